// gui.log: the Log page loads the engine's recent events once, then appends each Event live;
// the kind filter and the search hide rows; Copy and Export write what is shown.

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "tests/gui/tests.h"
#include "ui/app/application.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/eventmodel.h"
#include "ui/pages/log/logpage.h"
#include "ui/widgets/tablepane.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::GuiSession;
using Doorstep::Ui::Models::EventModel;
using Doorstep::Ui::Pages::LogPage;

namespace {

LogPage *logPage(GuiSession &session)
{
    return qobject_cast<LogPage *>(session.page(u"log"_s));
}

/** The rows the table shows whose event text contains @p text. */
int shownRowsWith(LogPage *page, const QString &text)
{
    const QAbstractItemModel *model = page->eventsPane()->table()->model();
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, EventModel::SummaryColumn).data().toString().contains(text))
            ++count;
    }
    return count;
}

} // namespace

void TestLog::initTestCase()
{
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    // Made before the window opens: it arrives through GetRecentEvents.
    QVERIFY(m_session->ctlOk({u"domain"_s, u"add"_s, u"before.example"_s}));
    m_session->startApplication();
    QVERIFY(m_session->window().showPage(u"log"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
}

void TestLog::cleanupTestCase()
{
    m_session.reset();
}

void TestLog::catchUpListLoaded()
{
    LogPage *page = logPage(*m_session);
    QTRY_VERIFY(shownRowsWith(page, u"before.example"_s) == 1);
    QCOMPARE(page->model()->maxRows(), 1000);
}

void TestLog::changeAppearsLive()
{
    LogPage *page = logPage(*m_session);
    const int before = page->model()->rowCount();
    QVERIFY(m_session->ctlOk({u"relay"_s, u"add"_s, u"192.168.9.0/24"_s, u"RELAY"_s, u"live test"_s}));
    QTRY_COMPARE(page->model()->rowCount(), before + 1);
    QCOMPARE(shownRowsWith(page, u"192.168.9.0/24"_s), 1);
    // Newest first, with its kind as a translated label.
    const QAbstractItemModel *shown = page->eventsPane()->table()->model();
    QVERIFY(shown->index(0, EventModel::SummaryColumn).data().toString().contains(u"192.168.9.0/24"_s));
    QCOMPARE(shown->index(0, EventModel::KindColumn).data().toString(), u"Configuration"_s);
    QVERIFY(!shown->index(0, EventModel::TimeColumn).data().toString().isEmpty());
    Doorstep::Tests::saveScreenshot(page, u"log"_s);
}

void TestLog::kindFilterHidesIt()
{
    LogPage *page = logPage(*m_session);
    QComboBox *kinds = page->kindFilter();
    kinds->setCurrentIndex(kinds->findData(u"received"_s));
    QCOMPARE(shownRowsWith(page, u"192.168.9.0/24"_s), 0);
    auto *empty = page->findChild<QLabel *>(u"logEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(u"Received"_s), qPrintable(empty->text()));
    // A new event of a hidden kind stays hidden; one of the chosen kind shows.
    QVERIFY(m_session->ctlOk({u"domain"_s, u"add"_s, u"hidden.example"_s}));
    QTRY_VERIFY(page->model()->rowCount() > 0 && page->model()->event(0).summary.contains(u"hidden.example"_s));
    QCOMPARE(shownRowsWith(page, u"hidden.example"_s), 0);
    kinds->setCurrentIndex(kinds->findData(u"config_changed"_s));
    QCOMPARE(shownRowsWith(page, u"192.168.9.0/24"_s), 1);
    kinds->setCurrentIndex(0);
    QCOMPARE(shownRowsWith(page, u"192.168.9.0/24"_s), 1);
    QVERIFY(!empty->isVisible());
}

void TestLog::searchFinds()
{
    LogPage *page = logPage(*m_session);
    auto *search = page->findChild<QLineEdit *>(u"logSearch"_s);
    QTest::keyClicks(search, u"hidden.exa"_s);
    QCOMPARE(page->eventsPane()->table()->model()->rowCount(), 1);
    search->clear();
    QVERIFY(page->eventsPane()->table()->model()->rowCount() >= 3);
}

void TestLog::copySelectedRows()
{
    LogPage *page = logPage(*m_session);
    QTableView *table = page->eventsPane()->table();
    table->setFocus();
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString text = page->selectedText();
    QCOMPARE(text.count(u'\n'), 2);
    QVERIFY2(text.contains(u"hidden.example"_s) && text.contains(u"\tConfiguration\t"_s), qPrintable(text));
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), text);
}

void TestLog::exportCsvAndText()
{
    LogPage *page = logPage(*m_session);
    QTemporaryDir dir;
    QString error;
    const QString csvPath = dir.filePath(u"events.csv"_s);
    QVERIFY2(page->exportTo(csvPath, LogPage::ExportFormat::Csv, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"Time,Kind,Event"_s);
    QCOMPARE(lines.size(), page->eventsPane()->table()->model()->rowCount() + 1);
    QVERIFY2(lines.at(1).contains(u"hidden.example"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u'T'), qPrintable(lines.at(1))); // ISO 8601 time

    const QString textPath = dir.filePath(u"events.txt"_s);
    QVERIFY2(page->exportTo(textPath, LogPage::ExportFormat::Text, &error), qPrintable(error));
    QFile text(textPath);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(text.readAll()).contains(u"192.168.9.0/24"_s));
    QVERIFY(!page->exportTo(dir.filePath(u"missing/dir/x.csv"_s), LogPage::ExportFormat::Csv, &error));
    QVERIFY(!error.isEmpty());
}

void TestLog::burstIsOneRow()
{
    // A summarised burst (details "suppressed") is one row that says how many it stands for.
    LogPage *page = logPage(*m_session);
    const int before = page->model()->rowCount();
    Doorstep::DBus::Event burst;
    burst.id = page->model()->lastId() + 1000;
    burst.usec = quint64(QDateTime::currentMSecsSinceEpoch()) * 1000;
    burst.kind = u"received"_s;
    burst.summary = u"37 more 'received' events in the last second (not listed one by one)."_s;
    burst.details = {{u"suppressed"_s, 37}};
    page->model()->addEvent(burst);
    QCOMPARE(page->model()->rowCount(), before + 1);
    const QString shown = page->model()->index(0, EventModel::SummaryColumn).data().toString();
    QVERIFY2(shown.contains(u"37"_s) && shown.contains(u"Received"_s), qPrintable(shown));
}

// gui.queue: a message an authenticated user sent to a remote recipient stays in the queue
// (deferred: the recipient's server, a loopback peer, answers 450); the Queue page lists it
// live, shows its recipients, the remote's reply and headers, filters by state, retries it,
// removes it after asking, and bounces another after saying that its sender gets a report,
// which arrives — and doorstepctl agrees.

#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "tests/gui/smtpsubmit.h"
#include "tests/gui/tests.h"
#include "ui/app/application.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/queuemodel.h"
#include "ui/models/queuerecipientmodel.h"
#include "ui/pages/queue/queuedetailspane.h"
#include "ui/pages/queue/queuepage.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/tablepane.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::GuiSession;
using Doorstep::Ui::Models::QueueModel;
using Doorstep::Ui::Pages::QueuePage;

namespace {

QueuePage *queuePage(GuiSession &session)
{
    return qobject_cast<QueuePage *>(session.page(u"queue"_s));
}

QJsonArray queue(GuiSession &session)
{
    return session.ctlJson({u"queue"_s, u"list"_s}).toArray();
}

/** Alice sends @p subject to @p to through the submission port; "" when it was accepted. */
QString submit(GuiSession &session, const QString &to, const QByteArray &subject)
{
    return Doorstep::Tests::submitFromAlice(session.listenerPort(u"submission"_s), to, subject);
}

} // namespace

void TestQueue::initTestCase()
{
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    QVERIFY(m_session->ctlOk({u"domain"_s, u"add"_s, u"example.org"_s}));
    QVERIFY(m_session->ctlOk({u"user"_s, u"add"_s, u"alice@example.org"_s}, "correct horse battery\n"));
    // remote.example's mail server is a loopback peer that answers 450 to busy@.
    const QString served = Doorstep::Tests::serveDomain(*m_session, m_dns, m_smtp, u"remote.example"_s);
    QVERIFY2(served.isEmpty(), qPrintable(served));
    m_session->startApplication();
    QVERIFY(m_session->window().showPage(u"queue"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
}

void TestQueue::cleanupTestCase()
{
    m_session.reset();
}

void TestQueue::emptyState()
{
    auto *empty = queuePage(*m_session)->findChild<QLabel *>(u"queueEmptyLabel"_s);
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"The queue is empty — every message has been delivered."_s);
}

void TestQueue::listsDeferredMessage()
{
    QueuePage *page = queuePage(*m_session);
    const QString failure = submit(*m_session, u"busy@remote.example"_s, "Holiday photos");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // Listed live, from the received/deferred events (no polling needed to see it).
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QTRY_COMPARE(page->model()->entries().first().state, u"deferred"_s);
    const QJsonArray listed = queue(*m_session);
    QCOMPARE(listed.size(), 1);
    m_id = listed.first().toObject().value(u"id"_s).toString();
    const Doorstep::DBus::QueueEntry &entry = page->model()->entries().first();
    QCOMPARE(entry.id, m_id);
    QCOMPARE(entry.sender, u"alice@example.org"_s);
    QCOMPARE(page->model()->index(0, QueueModel::RecipientsColumn).data().toString(), u"busy@remote.example"_s);
    QCOMPARE(page->model()->index(0, QueueModel::StateColumn).data().toString(), QueueModel::stateLabel(u"deferred"_s));
    QVERIFY(!page->model()->index(0, QueueModel::StateColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    // The remote's own reply, readable in full in the tooltip too.
    const QString lastError = page->model()->index(0, QueueModel::LastErrorColumn).data().toString();
    QVERIFY2(lastError.contains(u"mailbox is busy"_s), qPrintable(lastError));
    QVERIFY(page->model()->index(0, QueueModel::LastErrorColumn).data(Qt::ToolTipRole).toString().contains(u"mailbox is busy"_s));
    QVERIFY(!page->model()->index(0, QueueModel::NextAttemptColumn).data().toString().isEmpty());
    QVERIFY(!page->findChild<QLabel *>(u"queueEmptyLabel"_s)->isVisible());
}

void TestQueue::detailsShowRecipientsAndHeaders()
{
    QueuePage *page = queuePage(*m_session);
    QTableView *table = page->queuePane()->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    QCOMPARE(page->queuePane()->currentKey(), m_id);
    Doorstep::Ui::Pages::QueueDetailsPane *details = page->detailsPane();
    QTRY_COMPARE(details->messageId(), m_id);
    QCOMPARE(details->recipientModel()->rowCount(), 1);
    const auto &recipient = details->recipientModel()->recipients().first();
    QCOMPARE(recipient.address, u"busy@remote.example"_s);
    QCOMPARE(recipient.state, u"deferred"_s);
    QVERIFY2(recipient.lastError.contains(u"450"_s), qPrintable(recipient.lastError));
    QVERIFY(recipient.attempts >= 1);
    QCOMPARE(details->replyText(), recipient.lastError); // in full below the list
    QVERIFY(details->findChild<QLabel *>(u"queueDetailsReply"_s)->isVisible());
    QVERIFY2(details->headers()->toPlainText().contains(u"Subject: Holiday photos"_s), qPrintable(details->headers()->toPlainText()));
    QVERIFY(details->headers()->isReadOnly());
    QVERIFY(details->headers()->font().fixedPitch() || details->headers()->font().styleHint() == QFont::Monospace
            || details->headers()->font() == QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QVERIFY(page->findChild<QPushButton *>(u"retryMessageButton"_s)->isEnabled());
    QVERIFY(page->findChild<QPushButton *>(u"removeMessageButton"_s)->isEnabled());
    QVERIFY(page->findChild<QPushButton *>(u"bounceMessageButton"_s)->isEnabled());
    Doorstep::Tests::saveScreenshot(page, u"queue"_s);
}

void TestQueue::stateFilter()
{
    QueuePage *page = queuePage(*m_session);
    QComboBox *filter = page->stateFilter();
    QTableView *table = page->queuePane()->table();
    filter->setCurrentIndex(filter->findData(u"queued"_s));
    QCOMPARE(table->model()->rowCount(), 0);
    auto *empty = page->findChild<QLabel *>(u"queueEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QueueModel::stateLabel(u"queued"_s)), qPrintable(empty->text()));
    filter->setCurrentIndex(filter->findData(u"deferred"_s));
    QCOMPARE(table->model()->rowCount(), 1);
    filter->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(page->queuePane()->selectKey(m_id));
}

void TestQueue::retryNow()
{
    QueuePage *page = queuePage(*m_session);
    const int attempts = int(queue(*m_session).first().toObject().value(u"attempts"_s).toInt());
    QTest::mouseClick(page->findChild<QPushButton *>(u"retryMessageButton"_s), Qt::LeftButton);
    auto *bar = page->findChild<Doorstep::Ui::Widgets::MessageBar *>(u"messageBar"_s);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->type(), Doorstep::Ui::Widgets::MessageBar::Type::Information);
    QVERIFY2(bar->text().contains(m_id), qPrintable(bar->text()));
    // The engine tries again (and defers again); the page follows its events.
    QTRY_VERIFY(int(page->model()->entries().value(0).attempts) > attempts);
    QTRY_COMPARE(page->model()->entries().value(0).state, u"deferred"_s);
    bar->dismiss();
}

void TestQueue::removeAfterConfirmation()
{
    QueuePage *page = queuePage(*m_session);
    QVERIFY(page->queuePane()->selectKey(m_id));
    QTest::mouseClick(page->findChild<QPushButton *>(u"removeMessageButton"_s), Qt::LeftButton);
    QPointer<QMessageBox> confirm = page->findChild<QMessageBox *>(u"confirmRemoveMessage"_s);
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(m_id), qPrintable(confirm->text()));
    QVERIFY2(confirm->informativeText().contains(u"busy@remote.example"_s), qPrintable(confirm->informativeText()));
    QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(page->model()->rowCount(), 0);
    QVERIFY(queue(*m_session).isEmpty());
    QVERIFY(page->findChild<QLabel *>(u"queueEmptyLabel"_s)->isVisible());
    QVERIFY(page->detailsPane()->messageId().isEmpty());
}

void TestQueue::neverPollsFasterThanTenSeconds()
{
    QueuePage *page = queuePage(*m_session);
    QVERIFY(page->refreshTimer()->isActive()); // while the page is shown
    QVERIFY(page->refreshTimer()->interval() >= 10000);
    QVERIFY(m_session->window().showPage(u"overview"_s));
    QVERIFY(!page->refreshTimer()->isActive()); // and not while it is hidden
    QVERIFY(m_session->window().showPage(u"queue"_s));
    QVERIFY(page->refreshTimer()->isActive());
}

void TestQueue::bounceAfterConfirmation()
{
    QueuePage *page = queuePage(*m_session);
    const QString failure = submit(*m_session, u"busy@remote.example"_s, "Party invitation");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QTRY_COMPARE(page->model()->entries().first().state, u"deferred"_s);
    const QString id = page->model()->entries().first().id;
    QVERIFY(page->queuePane()->selectKey(id));

    // Cancel changes nothing.
    auto *bounce = page->findChild<QPushButton *>(u"bounceMessageButton"_s);
    QTest::mouseClick(bounce, Qt::LeftButton);
    QPointer<QMessageBox> confirm = page->findChild<QMessageBox *>(u"confirmBounceMessage"_s);
    QVERIFY(confirm);
    QTest::keyClick(confirm, Qt::Key_Escape);
    QTRY_VERIFY(confirm.isNull());
    QCOMPARE(queue(*m_session).size(), 1);

    QTest::mouseClick(bounce, Qt::LeftButton);
    confirm = page->findChild<QMessageBox *>(u"confirmBounceMessage"_s);
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(id), qPrintable(confirm->text()));
    // It says that the sender gets a report.
    QVERIFY2(confirm->informativeText().contains(u"alice@example.org"_s) && confirm->informativeText().contains(u"report"_s),
             qPrintable(confirm->informativeText()));
    Doorstep::Tests::saveScreenshot(confirm, u"queue-bounce"_s);
    QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);

    // The message leaves the queue, and the promised report reaches Alice's mailbox.
    QTRY_VERIFY(page->model()->rowOf(id) < 0);
    QTRY_VERIFY(queue(*m_session).isEmpty());
    const QDir inbox(m_session->fixture().dataDirectory() + u"/mail/example.org/alice/new"_s);
    QTRY_VERIFY(!inbox.entryList(QDir::Files).isEmpty());
}

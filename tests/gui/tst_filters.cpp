// gui.filters: the Filters page against a real engine. A spam threshold typed on the Spam tab
// reaches the engine and a refused one shows the engine's sentence by its field; a pattern is
// added to the greylist allow list and removed after asking; Score a Sample scores GTUBE as
// spam; the virus scanner shows as off, as the engine starts; sizes, prefixes and two-decimal
// scores reach the engine.

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include "tests/gui/tests.h"
#include "ui/app/application.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/allowlistmodel.h"
#include "ui/pages/filters/antiviruspane.h"
#include "ui/pages/filters/filterspage.h"
#include "ui/pages/filters/greylistpane.h"
#include "ui/pages/filters/scoresampledialog.h"
#include "ui/pages/filters/spampane.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/settingsform.h"
#include "ui/widgets/tablepane.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::GuiSession;
using Doorstep::Ui::Pages::FiltersPage;
using Doorstep::Ui::Pages::ScoreSampleDialog;
using Doorstep::Ui::Widgets::FieldErrorLabel;

namespace {

FiltersPage *filtersPage(GuiSession &session)
{
    return qobject_cast<FiltersPage *>(session.page(u"filters"_s));
}

QJsonValue setting(GuiSession &session, const QString &key)
{
    return session.ctlJson({u"settings"_s, u"get"_s, key}).toObject().value(u"value"_s);
}

/** Clicks @p button as a person does: scrolled into view first (the message bar takes room). */
void click(QPushButton *button)
{
    QWidget *parent = button->parentWidget();
    while (parent && !qobject_cast<QScrollArea *>(parent))
        parent = parent->parentWidget();
    if (auto *area = qobject_cast<QScrollArea *>(parent))
        area->ensureWidgetVisible(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

void TestFilters::initTestCase()
{
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    m_session->startApplication();
    QVERIFY(m_session->window().showPage(u"filters"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
    FiltersPage *page = filtersPage(*m_session);
    QVERIFY(page);
    QTRY_VERIFY(page->greylistPane()->settingsForm()->isLoaded());
    QTRY_VERIFY(page->spamPane()->settingsForm()->isLoaded());
    QTRY_VERIFY(page->antivirusPane()->settingsForm()->isLoaded());
}

void TestFilters::cleanupTestCase()
{
    m_session.reset();
}

void TestFilters::antivirusOffByDefault()
{
    FiltersPage *page = filtersPage(*m_session);
    page->showPane(page->antivirusPane());
    QTRY_COMPARE(page->antivirusPane()->state(), u"off"_s);
    auto *word = page->antivirusPane()->findChild<QLabel *>(u"antivirusStateWord"_s);
    QVERIFY(word);
    QCOMPARE(word->text(), u"Off"_s);
    QVERIFY(!page->antivirusPane()->findChild<QLabel *>(u"antivirusSignatures"_s)->isVisibleTo(page));
    QVERIFY(page->findChild<QLabel *>(u"quarantineEmptyLabel"_s)->isVisible());
    Doorstep::Tests::saveScreenshot(page, u"filters-antivirus"_s);
}

void TestFilters::spamThresholdReachesEngine()
{
    FiltersPage *page = filtersPage(*m_session);
    page->showPane(page->spamPane());
    auto *threshold = page->spamPane()->findChild<QLineEdit *>(u"spamThresholdEdit"_s);
    auto *apply = page->spamPane()->findChild<QPushButton *>(u"spamApplyButton"_s);
    QVERIFY(threshold && apply);
    QCOMPARE(threshold->text(), u"5.0"_s);
    QVERIFY(!apply->isEnabled());
    typeInto(threshold, u"7.5"_s);
    QVERIFY(apply->isEnabled());
    click(apply);
    QTRY_VERIFY(!page->spamPane()->settingsForm()->isBusy());
    QCOMPARE(setting(*m_session, u"spam.threshold"_s).toDouble(), 7.5);
    QVERIFY(!apply->isEnabled());
    Doorstep::Tests::saveScreenshot(page, u"filters-spam"_s);
}

void TestFilters::refusedThresholdShowsEngineSentence()
{
    FiltersPage *page = filtersPage(*m_session);
    page->showPane(page->spamPane());
    auto *reject = page->spamPane()->findChild<QLineEdit *>(u"spamRejectThresholdEdit"_s);
    auto *error = page->spamPane()->findChild<FieldErrorLabel *>(u"spamRejectThresholdError"_s);
    auto *apply = page->spamPane()->findChild<QPushButton *>(u"spamApplyButton"_s);
    QVERIFY(reject && error && apply);
    typeInto(reject, u"250"_s);
    QVERIFY(apply->isEnabled());
    click(apply);
    QTRY_VERIFY(error->hasError());
    QVERIFY2(error->text().contains(u"'spam.reject_threshold' must be a number from 0.0 to 100.0"_s), qPrintable(error->text()));
    QCOMPARE(setting(*m_session, u"spam.reject_threshold"_s).toDouble(), 0.0);
    Doorstep::Tests::saveScreenshot(page, u"filters-spam-refused"_s);
    click(page->spamPane()->findChild<QPushButton *>(u"spamResetButton"_s));
    QTRY_COMPARE(reject->text(), u"0.0"_s);
    QVERIFY(!error->hasError());
}

void TestFilters::sizesAndPrefixesReachEngine()
{
    FiltersPage *page = filtersPage(*m_session);
    page->showPane(page->spamPane());
    auto *sizeSpin = page->spamPane()->findChild<QSpinBox *>(u"spamMaxSizeSpin"_s);
    auto *sizeUnit = page->spamPane()->findChild<QComboBox *>(u"spamMaxSizeUnit"_s);
    auto *threshold = page->spamPane()->findChild<QLineEdit *>(u"spamThresholdEdit"_s);
    auto *apply = page->spamPane()->findChild<QPushButton *>(u"spamApplyButton"_s);
    QVERIFY(sizeSpin && sizeUnit && threshold && apply);
    // spamc's 500 KiB, shown exactly in the largest unit that divides it.
    QCOMPARE(sizeSpin->value(), 500);
    QCOMPARE(sizeUnit->currentData().toULongLong(), 1024ULL);
    sizeUnit->setCurrentIndex(sizeUnit->findData(QVariant::fromValue<quint64>(1024 * 1024)));
    Q_EMIT sizeUnit->activated(sizeUnit->currentIndex());
    sizeSpin->setValue(2);
    typeInto(threshold, u"4.25"_s);
    click(apply);
    QTRY_VERIFY(!page->spamPane()->settingsForm()->isBusy());
    QCOMPARE(setting(*m_session, u"spam.max_size"_s).toInteger(), 2 * 1024 * 1024);
    QCOMPARE(setting(*m_session, u"spam.threshold"_s).toDouble(), 4.25);
    page->spamPane()->reload();
    QTRY_VERIFY(page->spamPane()->settingsForm()->isLoaded());
    QTRY_COMPARE(threshold->text(), u"4.25"_s); // two decimals when the second one counts

    page->showPane(page->greylistPane());
    auto *prefix = page->greylistPane()->findChild<QSpinBox *>(u"greylistPrefixV4Spin"_s);
    auto *greylistApply = page->greylistPane()->findChild<QPushButton *>(u"greylistApplyButton"_s);
    QVERIFY(prefix && greylistApply);
    QCOMPARE(prefix->value(), 24);
    prefix->setValue(28);
    QVERIFY(greylistApply->isEnabled());
    click(greylistApply);
    QTRY_VERIFY(!page->greylistPane()->settingsForm()->isBusy());
    QCOMPARE(setting(*m_session, u"greylist.prefix_v4"_s).toInt(), 28);
    Doorstep::Tests::saveScreenshot(page, u"filters-greylist-prefix"_s);
}

void TestFilters::allowAndDisallowPattern()
{
    FiltersPage *page = filtersPage(*m_session);
    page->showPane(page->greylistPane());
    auto *pane = page->greylistPane();
    auto *pattern = pane->findChild<QLineEdit *>(u"allowPatternEdit"_s);
    auto *allow = pane->findChild<QPushButton *>(u"allowButton"_s);
    QVERIFY(pattern && allow);
    QVERIFY(pane->findChild<QLabel *>(u"allowListEmptyLabel"_s)->isVisible());
    QVERIFY(!allow->isEnabled());

    typeInto(pattern, u"not a pattern!"_s);
    click(allow);
    auto *error = pane->findChild<FieldErrorLabel *>(u"allowPatternError"_s);
    QTRY_VERIFY(error->hasError());
    QVERIFY2(error->text().contains(u"not a pattern!"_s), qPrintable(error->text()));

    typeInto(pattern, u"192.0.2.0/24"_s);
    QVERIFY(!error->hasError());
    click(allow);
    QTRY_COMPARE(pane->allowModel()->patterns(), QStringList{u"192.0.2.0/24"_s});
    QVERIFY(pattern->text().isEmpty());
    QCOMPARE(m_session->ctlJson({u"greylist"_s, u"allowed"_s}).toArray(), QJsonArray{u"192.0.2.0/24"_s});
    Doorstep::Tests::saveScreenshot(page, u"filters-greylist"_s);

    QVERIFY(pane->allowPane()->selectKey(u"192.0.2.0/24"_s));
    click(pane->findChild<QPushButton *>(u"disallowButton"_s));
    QPointer<QMessageBox> confirm = pane->findChild<QMessageBox *>(u"confirmDisallow"_s);
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(u"192.0.2.0/24"_s), qPrintable(confirm->text()));
    QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY(pane->allowModel()->patterns().isEmpty());
    QVERIFY(m_session->ctlJson({u"greylist"_s, u"allowed"_s}).toArray().isEmpty());
}

void TestFilters::scoreGtubeAsSpam()
{
    FiltersPage *page = filtersPage(*m_session);
    QVERIFY(m_session->triggerAction(u"scoreSampleAction"_s));
    QPointer<ScoreSampleDialog> dialog = page->scoreSampleDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *score = dialog->findChild<QPushButton *>(u"scoreButton"_s);
    QVERIFY(!score->isEnabled()); // nothing to score yet
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"useGtubeButton"_s), Qt::LeftButton);
    QVERIFY(score->isEnabled());
    QTest::mouseClick(score, Qt::LeftButton);
    QTRY_COMPARE(dialog->result().value(u"verdict"_s).toString(), u"spam"_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"scoreVerdict"_s)->text(), u"Spam"_s);
    QVERIFY(!dialog->findChild<QLabel *>(u"scoreRules"_s)->text().isEmpty());
    Doorstep::Tests::saveScreenshot(dialog, u"filters-score"_s);
    dialog->close();
    QTRY_VERIFY(!dialog);
}

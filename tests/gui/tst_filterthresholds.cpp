// gui.filterthresholds: the Filter thresholds wizard against a real engine. spamd on a closed
// port is not taken without "use it anyway"; Cancel (and Escape) change nothing; the whole
// walk — built-in checks, thresholds refused and corrected, tag and folder, GTUBE and a clean
// message scored with the unsaved thresholds — ends in one SetMany (which also turns scoring
// on) that doorstepctl sees and the Filters page shows.

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include "tests/gui/tests.h"
#include "tests/support/loopbackport.h"
#include "ui/app/application.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/pages/filters/filterspage.h"
#include "ui/pages/filters/spampane.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/settingsform.h"
#include "ui/wizards/filterthresholds/backendpage.h"
#include "ui/wizards/filterthresholds/filterthresholdswizard.h"
#include "ui/wizards/filterthresholds/reviewpage.h"
#include "ui/wizards/filterthresholds/trypage.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::chooseRadio;
using Doorstep::Tests::clickWizardButton;
using Doorstep::Tests::GuiSession;
using Doorstep::Ui::Pages::FiltersPage;
using Doorstep::Ui::Widgets::FieldErrorLabel;
using Doorstep::Ui::Wizards::FilterThresholdsWizard;
namespace Pages = Doorstep::Ui::Wizards::FilterThresholds;

namespace {

FiltersPage *filtersPage(GuiSession &session)
{
    return qobject_cast<FiltersPage *>(session.page(u"filters"_s));
}

QString setting(GuiSession &session, const QString &key)
{
    return session.ctlJson({u"settings"_s, u"get"_s, key}).toObject().value(u"value"_s).toVariant().toString();
}

/** The spam settings as doorstepctl reads them, to see that nothing changed. */
QMap<QString, QString> spamSettings(GuiSession &session)
{
    QMap<QString, QString> values;
    for (const QString &key : FilterThresholdsWizard::kKeys)
        values.insert(key, setting(session, key));
    return values;
}

/** Opens the wizard with the Spam tab's button and waits until it knows the settings. */
FilterThresholdsWizard *openWizard(GuiSession &session)
{
    FiltersPage *page = filtersPage(session);
    page->showPane(page->spamPane());
    auto *button = page->spamPane()->findChild<QPushButton *>(u"thresholdsWizardButton"_s);
    if (!button)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    FilterThresholdsWizard *wizard = page->thresholdsWizard();
    if (!wizard || !QTest::qWaitFor([wizard] { return wizard->isLoaded() && wizard->button(QWizard::NextButton)->isEnabled(); }))
        return nullptr;
    return wizard;
}

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

/** Next, then waits until the wizard shows @p id (a check may take a moment). */
bool nextTo(QWizard *wizard, int id)
{
    clickWizardButton(wizard, QWizard::NextButton);
    return QTest::qWaitFor([wizard, id] { return wizard->currentId() == id; });
}

} // namespace

void TestFilterThresholds::initTestCase()
{
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    m_session->startApplication();
    QVERIFY(m_session->window().showPage(u"filters"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
    QTRY_VERIFY(filtersPage(*m_session)->spamPane()->settingsForm()->isLoaded());
}

void TestFilterThresholds::cleanupTestCase()
{
    m_session.reset();
}

void TestFilterThresholds::unreachableSpamdNeedsAcknowledgement()
{
    const QMap<QString, QString> before = spamSettings(*m_session);
    QPointer<FilterThresholdsWizard> wizard = openWizard(*m_session);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(FilterThresholdsWizard::BackendPageId));
    QVERIFY(wizard->findChild<QRadioButton *>(u"builtinChoice"_s)->isChecked());
    auto *address = wizard->findChild<QLineEdit *>(u"addressEdit"_s);
    QVERIFY(!address->isEnabled()); // the built-in checks listen nowhere
    Doorstep::Tests::saveScreenshot(wizard, u"thresholds-backend"_s);

    chooseRadio(wizard->findChild<QRadioButton *>(u"spamdChoice"_s));
    QVERIFY(wizard->findChild<QRadioButton *>(u"spamdChoice"_s)->isChecked());
    QVERIFY(address->isEnabled());
    QCOMPARE(address->placeholderText(), u"127.0.0.1:783"_s);
    const quint16 port = Doorstep::Tests::closedLoopbackPort();
    QVERIFY(port > 0);
    typeInto(address, u"127.0.0.1:%1"_s.arg(port));
    clickWizardButton(wizard, QWizard::NextButton);
    auto *error = wizard->findChild<FieldErrorLabel *>(u"addressError"_s);
    QTRY_VERIFY(error->hasError());
    QCOMPARE(wizard->currentId(), int(FilterThresholdsWizard::BackendPageId));
    QVERIFY2(error->text().contains(u"cannot be reached"_s) && error->text().contains(QString::number(port)), qPrintable(error->text()));
    auto *acknowledge = wizard->findChild<QCheckBox *>(u"acknowledgeUnreachable"_s);
    QVERIFY(acknowledge->isVisible());
    QVERIFY(!acknowledge->isChecked());
    Doorstep::Tests::saveScreenshot(wizard, u"thresholds-backend-unreachable"_s);

    // Next without the acknowledgement asks again, and stays.
    clickWizardButton(wizard, QWizard::NextButton);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY(error->hasError());
    QCOMPARE(wizard->currentId(), int(FilterThresholdsWizard::BackendPageId));

    // Another address: the acknowledgement was for the first one.
    typeInto(address, u"127.0.0.1:%1"_s.arg(Doorstep::Tests::closedLoopbackPort()));
    QVERIFY(!acknowledge->isVisible());
    QVERIFY(!error->hasError());
    clickWizardButton(wizard, QWizard::NextButton);
    QTRY_VERIFY(acknowledge->isVisible());
    acknowledge->click();
    QVERIFY(nextTo(wizard, FilterThresholdsWizard::ThresholdsPageId));
    QVERIFY(nextTo(wizard, FilterThresholdsWizard::SpamHandlingPageId));
    QVERIFY(nextTo(wizard, FilterThresholdsWizard::TryPageId));

    // Trying spamd says it is not scored, and why.
    auto *tryPage = qobject_cast<Pages::TryPage *>(wizard->currentPage());
    QTest::mouseClick(tryPage->findChild<QPushButton *>(u"useGtubeButton"_s), Qt::LeftButton);
    QTest::mouseClick(tryPage->findChild<QPushButton *>(u"scoreButton"_s), Qt::LeftButton);
    QTRY_COMPARE(tryPage->result().value(u"verdict"_s).toString(), u"unscanned"_s);
    QCOMPARE(tryPage->findChild<QLabel *>(u"scoreVerdict"_s)->text(), u"Not scored"_s);
    QVERIFY(nextTo(wizard, FilterThresholdsWizard::ReviewPageId));
    const QStringList lines = qobject_cast<Pages::ReviewPage *>(wizard->currentPage())->changeLines();
    QVERIFY2(lines.contains(u"Scored by: Built-in checks → SpamAssassin (spamd)"_s), qPrintable(lines.join(u" | "_s)));

    // Cancel on the last page: nothing changed.
    clickWizardButton(wizard, QWizard::CancelButton);
    QTRY_VERIFY(wizard.isNull());
    QCOMPARE(spamSettings(*m_session), before);
}

void TestFilterThresholds::escapeChangesNothing()
{
    const QMap<QString, QString> before = spamSettings(*m_session);
    QPointer<FilterThresholdsWizard> wizard = openWizard(*m_session);
    QVERIFY(wizard);
    QVERIFY(nextTo(wizard, FilterThresholdsWizard::ThresholdsPageId));
    typeInto(wizard->findChild<QDoubleSpinBox *>(u"thresholdSpin"_s), u"3"_s);
    QVERIFY(nextTo(wizard, FilterThresholdsWizard::SpamHandlingPageId));
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(wizard.isNull());
    QCOMPARE(spamSettings(*m_session), before);
}

void TestFilterThresholds::walkAndApply()
{
    // Scoring is off: the wizard says so, and applying it turns scoring on.
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"spam.enabled"_s, u"false"_s}));
    FiltersPage *page = filtersPage(*m_session);
    QPointer<FilterThresholdsWizard> wizard = openWizard(*m_session);
    QVERIFY(wizard);
    QVERIFY(wizard->findChild<QLabel *>(u"spamOffNote"_s)->isVisible());
    QVERIFY(wizard->findChild<QLabel *>(u"backendSmallPrint"_s)->text().contains(u"spamass-milter"_s));
    QVERIFY(nextTo(wizard, FilterThresholdsWizard::ThresholdsPageId)); // the built-in checks answered

    // Thresholds: refusing at or below marking is caught by the field.
    auto *threshold = wizard->findChild<QDoubleSpinBox *>(u"thresholdSpin"_s);
    auto *reject = wizard->findChild<QDoubleSpinBox *>(u"rejectThresholdSpin"_s);
    QCOMPARE(threshold->value(), 5.0);
    QCOMPARE(reject->text(), u"Never"_s);
    QVERIFY(wizard->findChild<QLabel *>(u"thresholdsSmallPrint"_s)->text().contains(u"required_score"_s));
    typeInto(threshold, u"6.5"_s);
    typeInto(reject, u"6"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(FilterThresholdsWizard::ThresholdsPageId));
    auto *rejectError = wizard->findChild<FieldErrorLabel *>(u"rejectThresholdError"_s);
    QVERIFY(rejectError->isVisible());
    QVERIFY2(rejectError->text().contains(u"6.5"_s), qPrintable(rejectError->text()));
    Doorstep::Tests::saveScreenshot(wizard, u"thresholds-thresholds-refused"_s);
    typeInto(reject, u"15"_s);
    QVERIFY(!rejectError->isVisible());
    Doorstep::Tests::saveScreenshot(wizard, u"thresholds-thresholds"_s);
    QVERIFY(nextTo(wizard, FilterThresholdsWizard::SpamHandlingPageId));

    // What happens to spam: a folder name with a slash is caught by the field.
    auto *tag = wizard->findChild<QLineEdit *>(u"subjectTagEdit"_s);
    auto *folder = wizard->findChild<QLineEdit *>(u"spamFolderEdit"_s);
    QCOMPARE(tag->text(), u"[SPAM]"_s);
    QCOMPARE(folder->text(), u"spamtrap"_s);
    typeInto(tag, u"[JUNK]"_s);
    typeInto(folder, u"mail/junk"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(FilterThresholdsWizard::SpamHandlingPageId));
    QVERIFY(wizard->findChild<FieldErrorLabel *>(u"spamFolderError"_s)->isVisible());
    typeInto(folder, u"Junk"_s);
    QVERIFY2(wizard->findChild<QLabel *>(u"spamExample"_s)->text().contains(u"“[JUNK] Cheap watches” in the folder Junk"_s),
             qPrintable(wizard->findChild<QLabel *>(u"spamExample"_s)->text()));
    Doorstep::Tests::saveScreenshot(wizard, u"thresholds-spam"_s);
    QVERIFY(nextTo(wizard, FilterThresholdsWizard::TryPageId));

    // Try it: scored with the thresholds chosen, not the saved ones (GTUBE is refused at 15).
    auto *tryPage = qobject_cast<Pages::TryPage *>(wizard->currentPage());
    QVERIFY(tryPage);
    QVERIFY2(tryPage->findChild<QLabel *>(u"tryChoices"_s)->text().contains(u"Spam from 6.5, refused from 15.0"_s),
             qPrintable(tryPage->findChild<QLabel *>(u"tryChoices"_s)->text()));
    auto *score = tryPage->findChild<QPushButton *>(u"scoreButton"_s);
    QVERIFY(!score->isEnabled());
    QTest::mouseClick(tryPage->findChild<QPushButton *>(u"useGtubeButton"_s), Qt::LeftButton);
    QTest::mouseClick(score, Qt::LeftButton);
    QTRY_COMPARE(tryPage->result().value(u"verdict"_s).toString(), u"reject"_s);
    QCOMPARE(tryPage->result().value(u"score"_s).toDouble(), 1000.0);
    QCOMPARE(tryPage->findChild<QLabel *>(u"scoreVerdict"_s)->text(), u"Refused"_s);
    QVERIFY(tryPage->findChild<QLabel *>(u"scoreRules"_s)->text().contains(u"GTUBE"_s));
    Doorstep::Tests::saveScreenshot(wizard, u"thresholds-try"_s);
    QTest::mouseClick(tryPage->findChild<QPushButton *>(u"useCleanButton"_s), Qt::LeftButton);
    QTest::mouseClick(score, Qt::LeftButton);
    QTRY_COMPARE(tryPage->result().value(u"verdict"_s).toString(), u"ham"_s);
    QCOMPARE(tryPage->findChild<QLabel *>(u"scoreVerdict"_s)->text(), u"Not spam"_s);
    Doorstep::Tests::saveScreenshot(wizard, u"thresholds-try-clean"_s);
    QVERIFY(nextTo(wizard, FilterThresholdsWizard::ReviewPageId));

    // The review lists only what changes; nothing is saved before Apply.
    const QStringList lines = qobject_cast<Pages::ReviewPage *>(wizard->currentPage())->changeLines();
    const QStringList want{u"Spam scoring: off → on"_s, u"Spam from score: 5.0 → 6.5"_s, u"Refused from score: never → 15.0"_s, u"Subject tag: [SPAM] → [JUNK]"_s,
                           u"Spam folder: spamtrap → Junk"_s};
    QCOMPARE(lines, want);
    QCOMPARE(setting(*m_session, u"spam.threshold"_s), u"5"_s);
    QCOMPARE(wizard->button(QWizard::FinishButton)->text(), u"&Apply"_s);
    Doorstep::Tests::saveScreenshot(wizard, u"thresholds-review"_s);

    clickWizardButton(wizard, QWizard::FinishButton);
    QTRY_VERIFY(wizard.isNull());
    QCOMPARE(setting(*m_session, u"spam.threshold"_s), u"6.5"_s);
    QCOMPARE(setting(*m_session, u"spam.reject_threshold"_s), u"15"_s);
    QCOMPARE(setting(*m_session, u"spam.subject_tag"_s), u"[JUNK]"_s);
    QCOMPARE(setting(*m_session, u"spam.folder"_s), u"Junk"_s);
    QCOMPARE(setting(*m_session, u"spam.backend"_s), u"builtin"_s);
    QCOMPARE(setting(*m_session, u"spam.enabled"_s), u"true"_s);

    // The Spam tab follows Settings.Changed; the message bar says what happened.
    auto *thresholdEdit = page->spamPane()->findChild<QLineEdit *>(u"spamThresholdEdit"_s);
    QTRY_COMPARE(thresholdEdit->text(), u"6.5"_s);
    QCOMPARE(page->spamPane()->findChild<QLineEdit *>(u"spamFolderEdit"_s)->text(), u"Junk"_s);
    auto *bar = page->findChild<Doorstep::Ui::Widgets::MessageBar *>(u"messageBar"_s);
    QVERIFY2(bar->text().contains(u"saved 5 spam setting"_s), qPrintable(bar->text()));
    Doorstep::Tests::saveScreenshot(page, u"thresholds-filters-page"_s);
}

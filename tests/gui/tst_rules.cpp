// gui.rules: the Rules page against a real engine with Pigeonhole. The empty state until a
// user exists; a mailing-list rule built in the builder reaches the engine as fileinto
// :create; a script the compiler refuses names its line in the message bar and the editor's
// cursor sits on it; a hand-written script is applied and the builder refuses to show it; a
// message with the list's List-Id is tried and lands in the rule's folder; a .procmailrc is
// imported into the editor, not applied; the global rules are read-only.

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

#include "tests/gui/smtpsubmit.h"
#include "tests/gui/tests.h"
#include "ui/app/application.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/pages/rules/dryrunpane.h"
#include "ui/pages/rules/messagepickerdialog.h"
#include "ui/pages/rules/rawruleseditor.h"
#include "ui/pages/rules/rulebuilder.h"
#include "ui/pages/rules/rulerowedit.h"
#include "ui/pages/rules/rulespage.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/messagebar.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::GuiSession;
using Doorstep::Ui::Pages::BuilderRule;
using Doorstep::Ui::Pages::RulesPage;
using Doorstep::Ui::Widgets::MessageBar;

namespace {

const QString kUser = u"alice@example.org"_s;
const QString kListFolder = u"Lists/Debian"_s;
// The mailbox it becomes: "." is the hierarchy separator of the Maildir++ mailboxes.
const QString kListMailbox = u"Lists.Debian"_s;

RulesPage *rulesPage(GuiSession &session)
{
    return qobject_cast<RulesPage *>(session.page(u"rules"_s));
}

QString storedScript(GuiSession &session, const QString &user)
{
    return session.fixture().ctl({u"rules"_s, u"get"_s, user}).out;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/** Shows @p user's rules and waits until they are loaded. */
void chooseUser(RulesPage *page, const QString &user)
{
    const int index = page->userCombo()->findData(user);
    QVERIFY2(index >= 0, qPrintable(u"no entry for '%1'"_s.arg(user)));
    page->userCombo()->setCurrentIndex(index);
    QTRY_VERIFY(!page->isBusy());
}

/** Applies @p script in the raw editor and waits for the answer. */
void applyRaw(RulesPage *page, const QString &script)
{
    page->tabs()->setCurrentIndex(1);
    page->rawEditor()->editor()->setPlainText(script);
    QTRY_VERIFY(page->rawEditor()->applyButton()->isEnabled());
    QTest::mouseClick(page->rawEditor()->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!page->isBusy());
    QTRY_VERIFY(page->messageBar()->isVisible());
}

} // namespace

void TestRules::initTestCase()
{
    if (QStandardPaths::findExecutable(u"sievec"_s).isEmpty())
        QSKIP("sievec (dovecot-sieve) is not installed");
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    m_session->startApplication();
    m_session->window().resize(1100, 760);
    QVERIFY(m_session->window().showPage(u"rules"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
    QVERIFY(rulesPage(*m_session));
}

void TestRules::cleanupTestCase()
{
    m_session.reset();
}

void TestRules::emptyStateUntilUserAdded()
{
    RulesPage *page = rulesPage(*m_session);
    auto *empty = page->findChild<Doorstep::Ui::Widgets::EmptyState *>(u"noUsersLabel"_s);
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"Mailboxes & Domains"_s));
    Doorstep::Tests::saveScreenshot(page, u"rules-empty"_s);

    QVERIFY(m_session->ctlOk({u"domain"_s, u"add"_s, u"example.org"_s}));
    QVERIFY(m_session->ctlOk({u"user"_s, u"add"_s, kUser}, "correct horse battery\n"));
    // config_changed brings the user; the first user is shown, the global rules come first.
    QTRY_COMPARE(page->userCombo()->count(), 2);
    QTRY_VERIFY(!empty->isVisible());
    QCOMPARE(page->userCombo()->itemData(0).toString(), QString());
    QCOMPARE(page->currentUser(), kUser);
    QTRY_VERIFY(!page->isBusy());
    QVERIFY(page->builder()->isShowingRules());
    QVERIFY(page->builder()->rows().isEmpty());
}

void TestRules::builderListRuleReachesEngine()
{
    RulesPage *page = rulesPage(*m_session);
    chooseUser(page, kUser);
    page->tabs()->setCurrentIndex(0);
    Doorstep::Ui::Widgets::MessageBar *bar = page->messageBar();

    QTest::mouseClick(page->builder()->addButton(), Qt::LeftButton);
    QCOMPARE(page->builder()->rows().size(), 1);
    Doorstep::Ui::Pages::RuleRowEdit *list = page->builder()->rows().at(0);
    list->fieldCombo()->setCurrentIndex(list->fieldCombo()->findData(int(BuilderRule::Field::MailingList)));
    QVERIFY(!list->comparisonCombo()->isVisible());
    typeInto(list->textEdit(), u"debian-user.lists.debian.org"_s);

    // An incomplete row is caught before anything is sent, with the focus on what is missing.
    QTest::mouseClick(page->builder()->applyButton(), Qt::LeftButton);
    QTRY_COMPARE(bar->type(), MessageBar::Type::Warning);
    QVERIFY2(bar->text().contains(u"folder"_s), qPrintable(bar->text()));
    QCOMPARE(QApplication::focusWidget(), list->folderEdit());
    typeInto(list->folderEdit(), kListFolder);

    // Quotes and backslashes in the text are escaped: the script still compiles.
    QTest::mouseClick(page->builder()->addButton(), Qt::LeftButton);
    Doorstep::Ui::Pages::RuleRowEdit *subject = page->builder()->rows().at(1);
    subject->fieldCombo()->setCurrentIndex(subject->fieldCombo()->findData(int(BuilderRule::Field::Subject)));
    typeInto(subject->textEdit(), uR"(say "hi" \o/)"_s);
    typeInto(subject->folderEdit(), u"Greetings"_s);
    QTRY_VERIFY(subject->isVisible());

    // A row removed with its button leaves the others and keeps the focus in the list.
    QTest::mouseClick(page->builder()->addButton(), Qt::LeftButton);
    QCOMPARE(page->builder()->rows().size(), 3);
    Doorstep::Ui::Pages::RuleRowEdit *extra = page->builder()->rows().at(2);
    QTest::mouseClick(extra->findChild<QPushButton *>(u"removeRuleButton"_s), Qt::LeftButton);
    QCOMPARE(page->builder()->rows().size(), 2);
    QCOMPARE(QApplication::focusWidget(), subject->fieldCombo());

    // The automatic reply, in the same script.
    auto *vacation = page->builder()->findChild<QGroupBox *>(u"vacationBox"_s);
    QVERIFY(vacation);
    vacation->setChecked(true);
    typeInto(page->builder()->findChild<QLineEdit *>(u"vacationSubject"_s), u"Away"_s);
    page->builder()->findChild<QPlainTextEdit *>(u"vacationText"_s)->setPlainText(u"Back on Monday."_s);
    Doorstep::Tests::saveScreenshot(page, u"rules-builder"_s);

    QTest::mouseClick(page->builder()->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!page->isBusy());
    QTRY_COMPARE(bar->type(), MessageBar::Type::Information);
    const QString stored = storedScript(*m_session, kUser);
    QVERIFY2(stored.contains(u"fileinto :create \"%1\""_s.arg(kListMailbox)), qPrintable(stored));
    QVERIFY2(stored.contains(uR"("say \"hi\" \\o/")"_s), qPrintable(stored));
    QVERIFY(stored.startsWith(u"# Doorstep rule builder v1\n"_s));
    QVERIFY2(stored.contains(u"vacation :days 7 :subject \"Away\" \"Back on Monday.\";"_s), qPrintable(stored));

    // Loaded back from the engine: the same two rows, and the script in the raw editor.
    QTRY_COMPARE(page->builder()->rows().size(), 2);
    QVERIFY(page->builder()->isShowingRules());
    QCOMPARE(page->builder()->rows().at(0)->rule().folder, kListFolder);
    QCOMPARE(page->builder()->rules().vacation.text, u"Back on Monday."_s);
    QCOMPARE(page->rawEditor()->script(), stored);
}

void TestRules::dryRunFilesListMessage()
{
    RulesPage *page = rulesPage(*m_session);
    chooseUser(page, kUser);
    page->tabs()->setCurrentIndex(2);
    Doorstep::Ui::Pages::DryRunPane *dryRun = page->dryRun();
    dryRun->editor()->setPlainText(u"From: bob@lists.debian.org\nTo: debian-user@lists.debian.org\n"
                                   u"List-Id: <debian-user.lists.debian.org>\nSubject: Trixie upgrade\n"
                                   u"Date: Fri, 27 Nov 2026 06:00:00 +0000\nMessage-ID: <upgrade@example.net>\n\n"
                                   u"Went well.\n"_s);
    QTRY_VERIFY(dryRun->tryButton()->isEnabled());
    QTest::mouseClick(dryRun->tryButton(), Qt::LeftButton);
    QTRY_VERIFY(!page->isBusy());
    QVERIFY2(!page->messageBar()->isVisible(), qPrintable(page->messageBar()->text() + u' ' + page->messageBar()->detail()));
    QCOMPARE(dryRun->shownFolder(), kListMailbox);
    auto *folder = dryRun->findChild<QLabel *>(u"folderResult"_s);
    QVERIFY(folder && folder->isVisible());
    QCOMPARE(folder->text(), kListMailbox);
    QVERIFY(!dryRun->findChild<QLabel *>(u"folderIcon"_s)->pixmap().isNull());
    // The spam verdict arrives as a nested a{sv}: shown as a score, not as "off".
    const QString spam = dryRun->findChild<QLabel *>(u"spamResult"_s)->text();
    QVERIFY2(spam.contains(u" of "_s) && spam.contains(u"not spam"_s), qPrintable(spam));
    QVERIFY(!dryRun->findChild<QLabel *>(u"actionsResult"_s)->text().isEmpty());
    auto *trace = dryRun->findChild<QPlainTextEdit *>(u"traceView"_s);
    QVERIFY(!trace->isVisible());
    QTest::mouseClick(dryRun->findChild<QWidget *>(u"showTraceButton"_s), Qt::LeftButton);
    QTRY_VERIFY(trace->isVisible());
    Doorstep::Tests::saveScreenshot(page, u"rules-dryrun"_s);
}

void TestRules::dryRunOfStoredMessage()
{
    RulesPage *page = rulesPage(*m_session);
    chooseUser(page, kUser);
    page->tabs()->setCurrentIndex(2);
    Doorstep::Ui::Pages::DryRunPane *dryRun = page->dryRun();
    const QString failure = Doorstep::Tests::submitFromAlice(m_session->listenerPort(u"submission"_s), kUser, "Picked for the dry run");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // The picker lists the mailbox's newest messages; delivery may take a moment.
    Doorstep::Ui::Pages::MessagePickerDialog *picker = nullptr;
    QTreeWidgetItem *item = nullptr;
    for (int attempt = 0; attempt < 20 && !item; ++attempt) {
        if (picker)
            picker->reject();
        QTRY_VERIFY(dryRun->pickButton()->isEnabled());
        QTest::mouseClick(dryRun->pickButton(), Qt::LeftButton);
        QTRY_VERIFY((picker = page->findChild<Doorstep::Ui::Pages::MessagePickerDialog *>()) && picker->isVisible());
        QTRY_VERIFY(picker->isLoaded());
        const auto found = picker->list()->findItems(u"Picked for the dry run"_s, Qt::MatchExactly, 3);
        if (!found.isEmpty())
            item = found.first();
        else
            QTest::qWait(250);
    }
    QVERIFY2(item, "the submitted message never appeared in the picker");
    QCOMPARE(item->text(1), u"Inbox"_s);
    picker->list()->setCurrentItem(item);
    Doorstep::Tests::saveScreenshot(picker, u"rules-pickmessage"_s);
    picker->accept();
    QTRY_VERIFY(!page->isBusy());
    QVERIFY2(!page->messageBar()->isVisible(), qPrintable(page->messageBar()->text() + u' ' + page->messageBar()->detail()));
    auto *tried = dryRun->findChild<QLabel *>(u"triedMessageLabel"_s);
    QTRY_VERIFY(tried->isVisible());
    QVERIFY2(tried->text().contains(u"Picked for the dry run"_s), qPrintable(tried->text()));
    QCOMPARE(dryRun->shownFolder(), u"INBOX"_s);
    // Submitted after a login: greylisting does not apply (worded by the page from greylist_exempt).
    const QString greylist = dryRun->findChild<QLabel *>(u"greylistResult"_s)->text();
    QVERIFY2(greylist.contains(u"logged in"_s), qPrintable(greylist));
    Doorstep::Tests::saveScreenshot(page, u"rules-dryrun-stored"_s);

    // The global rules have no mailbox to pick from.
    chooseUser(page, QString());
    QTRY_VERIFY(!page->isBusy());
    QVERIFY(!dryRun->pickButton()->isEnabled());
    chooseUser(page, kUser);
}

void TestRules::refusedScriptMarksItsLine()
{
    RulesPage *page = rulesPage(*m_session);
    chooseUser(page, kUser);
    const QString before = storedScript(*m_session, kUser);
    applyRaw(page, u"require [\"fileinto\"];\n\nif header :contains \"subject\" \"x\" {\n    filein \"Junk\";\n}\n"_s);
    MessageBar *bar = page->messageBar();
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    const QString shown = bar->text() + u' ' + bar->detail();
    QVERIFY2(shown.contains(u"line 4"_s), qPrintable(shown));
    QCOMPARE(page->tabs()->currentIndex(), 1);
    QCOMPARE(page->rawEditor()->markedLine(), 4);
    QCOMPARE(page->rawEditor()->editor()->textCursor().blockNumber() + 1, 4);
    QVERIFY(page->rawEditor()->editor()->textCursor().selectedText().contains(u"filein"_s));
    QCOMPARE(page->rawEditor()->editor()->extraSelections().size(), 1);
    QCOMPARE(storedScript(*m_session, kUser), before);
    Doorstep::Tests::saveScreenshot(page, u"rules-raw-refused"_s);

    // Typing removes the mark: it belonged to the refused text.
    QTest::keyClick(page->rawEditor()->editor(), Qt::Key_End);
    QTest::keyClicks(page->rawEditor()->editor(), u" "_s);
    QCOMPARE(page->rawEditor()->markedLine(), 0);
    QVERIFY(page->rawEditor()->editor()->extraSelections().isEmpty());
}

void TestRules::handWrittenScriptApplied()
{
    RulesPage *page = rulesPage(*m_session);
    chooseUser(page, kUser);
    const QString script = u"require [\"fileinto\"];\n\n# Written by hand.\nif address :is \"from\" \"boss@example.org\" {\n"
                           u"    fileinto \"INBOX\";\n    stop;\n}\n"_s;
    applyRaw(page, script);
    QCOMPARE(page->messageBar()->type(), MessageBar::Type::Information);
    QCOMPARE(storedScript(*m_session, kUser), script);
    // The builder does not pretend to understand it, and offers the raw editor instead.
    QTRY_VERIFY(!page->builder()->isShowingRules());
    page->tabs()->setCurrentIndex(0);
    QVERIFY(page->builder()->findChild<QLabel *>(u"notBuilderLabel"_s)->isVisible());
    Doorstep::Tests::saveScreenshot(page, u"rules-builder-not-builders"_s);
    QTest::mouseClick(page->builder()->findChild<QPushButton *>(u"openRawButton"_s), Qt::LeftButton);
    QCOMPARE(page->tabs()->currentIndex(), 1);
    QCOMPARE(page->rawEditor()->script(), script);
}

void TestRules::procmailImportedNotApplied()
{
    RulesPage *page = rulesPage(*m_session);
    chooseUser(page, kUser);
    const QString before = storedScript(*m_session, kUser);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u".procmailrc"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(":0:\n* ^List-Id:.*debian-user\nlists.debian/\n\n:0\n| /usr/local/bin/notify\n");
    file.close();

    page->importProcmail(path);
    QTRY_VERIFY(!page->isBusy());
    QCOMPARE(page->tabs()->currentIndex(), 1);
    QVERIFY2(page->rawEditor()->script().contains(u"fileinto"_s), qPrintable(page->rawEditor()->script()));
    QListWidget *untranslated = page->rawEditor()->untranslatedList();
    QTRY_VERIFY(untranslated->isVisible());
    QCOMPARE(untranslated->count(), 1);
    QVERIFY2(untranslated->item(0)->text().startsWith(u"line 5"_s), qPrintable(untranslated->item(0)->text()));
    QCOMPARE(page->messageBar()->type(), MessageBar::Type::Warning);
    QCOMPARE(storedScript(*m_session, kUser), before);
    Doorstep::Tests::saveScreenshot(page, u"rules-procmail"_s);
}

void TestRules::changedElsewhereOffersReload()
{
    RulesPage *page = rulesPage(*m_session);
    chooseUser(page, kUser);
    page->tabs()->setCurrentIndex(1);
    const QString before = page->rawEditor()->script();
    const QString elsewhere = u"require \"fileinto\";\n# written by doorstepctl\nif header :contains \"Subject\" \"elsewhere\" { fileinto \"Elsewhere\"; }\n"_s;
    QVERIFY(m_session->ctlOk({u"rules"_s, u"set"_s, kUser, u"-"_s}, elsewhere.toUtf8()));
    // Offered, not done: the editor keeps what it showed until Reload.
    QTRY_VERIFY(page->changedElsewhereBar()->isVisible());
    QCOMPARE(page->rawEditor()->script(), before);
    Doorstep::Tests::saveScreenshot(page, u"rules-changed-elsewhere"_s);
    QAbstractButton *reload = nullptr;
    for (QAbstractButton *button : page->changedElsewhereBar()->findChildren<QAbstractButton *>()) {
        if (button->text().contains(u"Reload"_s))
            reload = button;
    }
    QVERIFY(reload);
    QTest::mouseClick(reload, Qt::LeftButton);
    QTRY_COMPARE(page->rawEditor()->script(), elsewhere);
    QTRY_VERIFY(!page->changedElsewhereBar()->isVisible());
    // The page's own Apply is no news.
    applyRaw(page, u"keep;\n"_s);
    QTest::qWait(500);
    QVERIFY(!page->changedElsewhereBar()->isVisible());

    // A mail program's change over ManageSieve raises no event: Dovecot writes the active
    // script itself (done here as it does). Coming back to the page finds it.
    m_session->window().showPage(u"overview"_s);
    const QString active = m_session->fixture().dataDirectory() + u"/sieve/example.org/alice/active.sieve"_s;
    QFile file(QFileInfo(active).symLinkTarget().isEmpty() ? active : QFileInfo(active).symLinkTarget());
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.fileName()));
    file.write("# from Thunderbird's filter editor\nkeep;\n");
    file.close();
    QVERIFY(m_session->window().showPage(u"rules"_s));
    QTRY_VERIFY(page->changedElsewhereBar()->isVisible());
    QVERIFY(page->changedElsewhereBar()->text().contains(u"a mail program"_s));
}

void TestRules::globalRulesReadOnly()
{
    RulesPage *page = rulesPage(*m_session);
    chooseUser(page, QString());
    QCOMPARE(page->userCombo()->currentText(), u"Global rules (spam)"_s);
    QCOMPARE(page->rawEditor()->script(), storedScript(*m_session, QString()));
    QVERIFY(!page->rawEditor()->script().isEmpty());
    QVERIFY(page->rawEditor()->editor()->isReadOnly());
    QVERIFY(!page->rawEditor()->applyButton()->isEnabled());
    QVERIFY(!page->rawEditor()->importButton()->isEnabled());
    QVERIFY(!page->tabs()->isTabEnabled(0));
    QCOMPARE(page->tabs()->currentIndex(), 1);
    QVERIFY(page->rawEditor()->findChild<QLabel *>(u"rawReadOnlyNote"_s)->isVisible());
    Doorstep::Tests::saveScreenshot(page, u"rules-global"_s);
    chooseUser(page, kUser);
    QVERIFY(!page->rawEditor()->editor()->isReadOnly());
    QVERIFY(page->tabs()->isTabEnabled(0));
}

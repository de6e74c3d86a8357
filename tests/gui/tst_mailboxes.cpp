// gui.mailboxes: domains and users through the Mailboxes & domains page, checked with
// doorstepctl; validation shown next to the field it concerns.

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

#include "tests/gui/tests.h"
#include "ui/app/application.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/domainmodel.h"
#include "ui/models/usermodel.h"
#include "ui/pages/mailboxes/mailboxespage.h"
#include "ui/pages/mailboxes/userspane.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/submitdialog.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::GuiSession;
using Doorstep::Ui::Pages::MailboxesPage;
using Doorstep::Ui::Widgets::FieldErrorLabel;
using Doorstep::Ui::Widgets::SubmitDialog;

namespace {

QStringList userAddresses(GuiSession &session)
{
    QStringList addresses;
    const QJsonArray users = session.ctlJson({u"user"_s, u"list"_s}).toArray();
    for (const QJsonValue &user : users)
        addresses << user.toObject().value(u"address"_s).toString();
    return addresses;
}

MailboxesPage *mailboxesPage(GuiSession &session)
{
    return qobject_cast<MailboxesPage *>(session.page(u"mailboxes"_s));
}

// Clicks the title bar button of a page action and returns the dialog it opened.
SubmitDialog *openDialog(GuiSession &session, const QString &action, const QString &dialogName)
{
    auto *button = session.window().findChild<QToolButton *>(action + u"Button"_s);
    if (!button || !QTest::qWaitFor([button] { return button->isEnabled(); }))
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return session.window().findChild<SubmitDialog *>(dialogName);
}

bool userEnabled(GuiSession &session, const QString &address)
{
    const QJsonArray users = session.ctlJson({u"user"_s, u"list"_s}).toArray();
    for (const QJsonValue &user : users) {
        if (user.toObject().value(u"address"_s).toString() == address)
            return user.toObject().value(u"enabled"_s).toBool();
    }
    return false;
}

// Selects @p address in the users table the way a person does: by clicking its row.
bool clickUser(MailboxesPage *page, const QString &address)
{
    QTableView *table = page->usersPane()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data().toString() == address) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            return page->usersPane()->selectedUser() == address;
        }
    }
    return false;
}

} // namespace

void TestMailboxes::initTestCase()
{
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    m_session->startApplication();
    QVERIFY(m_session->window().showPage(u"mailboxes"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
}

void TestMailboxes::cleanupTestCase()
{
    m_session.reset();
}

void TestMailboxes::addDomainAndUser()
{
    MailboxesPage *page = mailboxesPage(*m_session);
    QVERIFY(page);

    QPointer<SubmitDialog> domainDialog = openDialog(*m_session, u"addDomainAction"_s, u"addDomainDialog"_s);
    QVERIFY(domainDialog);
    QTest::keyClicks(domainDialog->findChild<QLineEdit *>(u"domainEdit"_s), u"example.org"_s);
    QTest::mouseClick(domainDialog->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
    QTRY_VERIFY(domainDialog.isNull());
    QTRY_COMPARE(page->domainModel()->domains(), QStringList{u"example.org"_s});
    QCOMPARE(page->selectedDomain(), u"example.org"_s);

    QPointer<SubmitDialog> userDialog = openDialog(*m_session, u"addUserAction"_s, u"addUserDialog"_s);
    QVERIFY(userDialog);
    QTest::keyClicks(userDialog->findChild<QLineEdit *>(u"localPartEdit"_s), u"alice"_s);
    QTest::keyClicks(userDialog->findChild<QLineEdit *>(u"passwordEdit"_s), u"correct horse battery"_s);
    QTest::keyClicks(userDialog->findChild<QLineEdit *>(u"repeatPasswordEdit"_s), u"correct horse battery"_s);
    Doorstep::Tests::saveScreenshot(userDialog, u"adduser"_s);
    QTest::keyClick(userDialog->findChild<QLineEdit *>(u"repeatPasswordEdit"_s), Qt::Key_Return); // Enter submits
    QTRY_VERIFY(userDialog.isNull());
    QTRY_COMPARE(page->userModel()->rowCount(), 1);
    QCOMPARE(page->userModel()->users().first().address, u"alice@example.org"_s);

    QCOMPARE(userAddresses(*m_session), QStringList{u"alice@example.org"_s});
    Doorstep::Tests::saveScreenshot(page, u"mailboxes-test"_s);
}

void TestMailboxes::shortPasswordShowsEngineSentence()
{
    // The engine's own sentence for this refusal, as doorstepctl prints it.
    const Doorstep::Tests::CtlResult refused = m_session->fixture().ctl({u"user"_s, u"add"_s, u"bob@example.org"_s}, "short\n");
    QCOMPARE(refused.exitCode, 1);
    const QString sentence = refused.err.trimmed().remove(u"doorstepctl: "_s);
    QVERIFY2(sentence.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(sentence));

    QPointer<SubmitDialog> dialog = openDialog(*m_session, u"addUserAction"_s, u"addUserDialog"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"localPartEdit"_s), u"bob"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), u"short"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"repeatPasswordEdit"_s), u"short"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);

    auto *passwordError = dialog->findChild<FieldErrorLabel *>(u"passwordError"_s);
    auto *addressError = dialog->findChild<FieldErrorLabel *>(u"addressError"_s);
    QTRY_COMPARE(passwordError->text(), sentence);
    QVERIFY(passwordError->isVisible());
    QVERIFY(!addressError->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->accessibleDescription(), sentence);
    QVERIFY(!dialog->isBusy());
    Doorstep::Tests::saveScreenshot(dialog, u"adduser-error"_s);

    QVERIFY(dialog->isVisible()); // nothing was added, so the dialog stays
    QCOMPARE(userAddresses(*m_session), QStringList{u"alice@example.org"_s});
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
}

void TestMailboxes::differentPasswordsCaughtLocally()
{
    QPointer<SubmitDialog> dialog = openDialog(*m_session, u"addUserAction"_s, u"addUserDialog"_s);
    QVERIFY(dialog);
    auto *repeatError = dialog->findChild<FieldErrorLabel *>(u"repeatPasswordError"_s);
    QVERIFY(!repeatError->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"localPartEdit"_s), u"carol"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), u"long enough one"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"repeatPasswordEdit"_s), u"long enough two"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);

    // Caught before any call: shown at once, and the dialog is not waiting for the engine.
    QVERIFY(repeatError->isVisible());
    QVERIFY(!repeatError->text().isEmpty());
    QVERIFY(!dialog->isBusy());

    // An empty name is caught locally too.
    auto *addressError = dialog->findChild<FieldErrorLabel *>(u"addressError"_s);
    dialog->findChild<QLineEdit *>(u"localPartEdit"_s)->clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
    QVERIFY(addressError->isVisible());

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(userAddresses(*m_session), QStringList{u"alice@example.org"_s});
}

void TestMailboxes::emptyStates()
{
    MailboxesPage *page = mailboxesPage(*m_session);
    QVERIFY(m_session->fixture().ctl({u"domain"_s, u"add"_s, u"empty.example"_s}).exitCode == 0);
    QTRY_VERIFY(page->domainModel()->domains().contains(u"empty.example"_s));
    QVERIFY(page->selectDomain(u"empty.example"_s));
    auto *empty = page->findChild<QLabel *>(u"usersEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(u"empty.example"_s), qPrintable(empty->text()));

    // A search that matches nobody says so.
    QVERIFY(page->selectDomain(u"example.org"_s));
    QTRY_VERIFY(!empty->isVisible());
    QTest::keyClicks(page->findChild<QLineEdit *>(u"userSearch"_s), u"zzz"_s);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(u"zzz"_s), qPrintable(empty->text()));
    page->findChild<QLineEdit *>(u"userSearch"_s)->clear();
    QVERIFY(!empty->isVisible());
}

void TestMailboxes::reloadsOnConfigChanged()
{
    // A change made elsewhere (doorstepctl) shows up through Manager.Event config_changed.
    MailboxesPage *page = mailboxesPage(*m_session);
    QCOMPARE(m_session->fixture().ctl({u"user"_s, u"add"_s, u"dave@example.org"_s}, "another long password\n").exitCode, 0);
    QTRY_COMPARE(page->userModel()->rowCount(), 2);
    QVERIFY(m_session->fixture().ctl({u"user"_s, u"disable"_s, u"dave@example.org"_s}).exitCode == 0);
    QTRY_VERIFY(!page->userModel()->users().at(page->userModel()->rowOf(u"dave@example.org"_s)).enabled);
}

void TestMailboxes::setPasswordOfSelectedUser()
{
    MailboxesPage *page = mailboxesPage(*m_session);
    QVERIFY(clickUser(page, u"alice@example.org"_s));
    auto *button = page->findChild<QPushButton *>(u"setPasswordButton"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<SubmitDialog> dialog = page->findChild<SubmitDialog *>(u"setPasswordDialog"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), u"a brand new password"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"repeatPasswordEdit"_s), u"a brand new password"_s);
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"repeatPasswordEdit"_s), Qt::Key_Enter);
    QTRY_VERIFY(dialog.isNull());
    auto *bar = page->findChild<Doorstep::Ui::Widgets::MessageBar *>(u"messageBar"_s);
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"alice@example.org"_s), qPrintable(bar->text()));
    bar->dismiss();
}

void TestMailboxes::enableAndRemoveUser()
{
    MailboxesPage *page = mailboxesPage(*m_session);
    QVERIFY(!userEnabled(*m_session, u"dave@example.org"_s));
    QVERIFY(clickUser(page, u"dave@example.org"_s));
    auto *toggle = page->findChild<QPushButton *>(u"toggleEnabledButton"_s);
    QVERIFY(toggle->isEnabled());
    QVERIFY2(toggle->text().remove(u'&') == u"Enable"_s, qPrintable(toggle->text()));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(page->userModel()->users().at(page->userModel()->rowOf(u"dave@example.org"_s)).enabled);
    QVERIFY(userEnabled(*m_session, u"dave@example.org"_s));
    QTRY_COMPARE(page->usersPane()->selectedUser(), u"dave@example.org"_s); // kept across the reload

    QTest::mouseClick(page->findChild<QPushButton *>(u"removeUserButton"_s), Qt::LeftButton);
    QPointer<QMessageBox> confirm = page->findChild<QMessageBox *>(u"confirmRemoveUser"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY(confirm.isNull());
    QTRY_COMPARE(page->userModel()->rowOf(u"dave@example.org"_s), -1);
    QCOMPARE(userAddresses(*m_session), QStringList{u"alice@example.org"_s});
}

void TestMailboxes::refusalShownInMessageBar()
{
    // example.org still has alice: the engine refuses, the page says why (Failed -> message bar).
    MailboxesPage *page = mailboxesPage(*m_session);
    QVERIFY(page->selectDomain(u"example.org"_s));
    QTest::mouseClick(page->findChild<QPushButton *>(u"removeDomainButton"_s), Qt::LeftButton);
    QPointer<QMessageBox> confirm = page->findChild<QMessageBox *>(u"confirmRemoveDomain"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    auto *bar = page->findChild<Doorstep::Ui::Widgets::MessageBar *>(u"messageBar"_s);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->type(), Doorstep::Ui::Widgets::MessageBar::Type::Error);
    QVERIFY2(bar->detail().contains(u"example.org"_s), qPrintable(bar->detail())); // the engine's sentence
    QVERIFY(!bar->text().isEmpty());
    QVERIFY(page->domainModel()->domains().contains(u"example.org"_s));
    Doorstep::Tests::saveScreenshot(page, u"mailboxes-refused"_s);
    QTest::mouseClick(bar->findChild<QWidget *>(u"messageBarClose"_s), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
}

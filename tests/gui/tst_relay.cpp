// gui.relay: the Relay page's clients and the Relay client wizard: the "network" path adds a
// RELAY client, the "elsewhere" path a user whose configuration texts name it, this server
// and the engine's real submission port. Checked with doorstepctl.

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

#include "tests/gui/smtpsubmit.h"
#include "tests/gui/tests.h"
#include "ui/app/application.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/relayclientmodel.h"
#include "ui/pages/relay/relaypage.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/tablepane.h"
#include "ui/wizards/relayclient/relayclientwizard.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::chooseRadio;
using Doorstep::Tests::clickWizardButton;
using Doorstep::Tests::GuiSession;
using Doorstep::Ui::Models::RelayClientModel;
using Doorstep::Ui::Pages::RelayPage;
using Doorstep::Ui::Widgets::FieldErrorLabel;
using Doorstep::Ui::Wizards::RelayClientWizard;

namespace {

RelayPage *relayPage(GuiSession &session)
{
    return qobject_cast<RelayPage *>(session.page(u"relay"_s));
}

/** ctl relay list as pattern -> action. */
QMap<QString, QString> relayClients(GuiSession &session)
{
    QMap<QString, QString> map;
    const QJsonArray list = session.ctlJson({u"relay"_s, u"list"_s}).toArray();
    for (const QJsonValue &client : list)
        map.insert(client.toObject().value(u"pattern"_s).toString(), client.toObject().value(u"action"_s).toString());
    return map;
}

QStringList users(GuiSession &session)
{
    QStringList list;
    const QJsonArray array = session.ctlJson({u"user"_s, u"list"_s}).toArray();
    for (const QJsonValue &user : array)
        list << user.toObject().value(u"address"_s).toString();
    return list;
}

/** Opens the wizard from the title bar and waits until it knows the server. */
RelayClientWizard *openWizard(GuiSession &session)
{
    if (!session.triggerAction(u"addRelayClientAction"_s))
        return nullptr;
    auto *wizard = session.window().findChild<RelayClientWizard *>(u"relayClientWizard"_s);
    if (!wizard || !QTest::qWaitFor([wizard] { return wizard->serverInfo().loaded && wizard->button(QWizard::NextButton)->isEnabled(); }))
        return nullptr;
    return wizard;
}

} // namespace

void TestRelay::initTestCase()
{
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    QVERIFY(m_session->ctlOk({u"domain"_s, u"add"_s, u"example.org"_s}));
    m_session->startApplication();
    QVERIFY(m_session->window().showPage(u"relay"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
}

void TestRelay::cleanupTestCase()
{
    m_session.reset();
}

void TestRelay::emptyState()
{
    auto *empty = relayPage(*m_session)->findChild<QLabel *>(u"relayClientsEmptyLabel"_s);
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(u"No relay clients yet"_s), qPrintable(empty->text()));
}

void TestRelay::networkPathAddsRelayClient()
{
    RelayPage *page = relayPage(*m_session);
    QPointer<RelayClientWizard> wizard = openWizard(*m_session);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(RelayClientWizard::ChoicePageId));
    QVERIFY(wizard->findChild<QRadioButton *>(u"networkChoice"_s)->isChecked());
    QVERIFY(wizard->findChild<QLabel *>(u"choiceSmallPrint"_s)->text().contains(u"SMART_HOST"_s));
    Doorstep::Tests::saveScreenshot(wizard, u"relaywizard-choice"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(RelayClientWizard::NetworkPageId));

    // An address with host bits is caught before Next, next to the field.
    auto *network = wizard->findChild<QLineEdit *>(u"networkEdit"_s);
    QTest::keyClicks(network, u"192.168.7.1/24"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(RelayClientWizard::NetworkPageId));
    auto *error = wizard->findChild<FieldErrorLabel *>(u"networkError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"192.168.7.0/24"_s), qPrintable(error->text()));
    network->clear();
    QTest::keyClicks(network, u"0.0.0.0/0"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(RelayClientWizard::NetworkPageId)); // an open relay: never
    network->clear();
    QTest::keyClicks(network, u"192.168.7.0/24"_s);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"commentEdit"_s), u"Scanner in the office"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(RelayClientWizard::ReviewPageId));
    QVERIFY(wizard->findChild<QLabel *>(u"reviewSummary"_s)->text().contains(u"192.168.7.0/24"_s));
    QVERIFY(relayClients(*m_session).isEmpty()); // nothing changed before Apply

    clickWizardButton(wizard, QWizard::CommitButton);
    QTRY_COMPARE(wizard->currentId(), int(RelayClientWizard::ConfigurationPageId));
    QCOMPARE(relayClients(*m_session).value(u"192.168.7.0/24"_s), u"RELAY"_s);

    // No password for a machine on the network; it relays over the MTA port.
    QVERIFY(!wizard->findChild<QLineEdit *>(u"generatedPassword"_s)->isVisible());
    const QString hostname = m_session->ctlJson({u"settings"_s, u"get"_s, u"identity.hostname"_s}).toObject().value(u"value"_s).toString();
    QVERIFY(!hostname.isEmpty());
    const QString mtaPort = QString::number(m_session->listenerPort(u"mta"_s));
    const QString sendmail = wizard->findChild<QPlainTextEdit *>(u"sendmailConfig"_s)->toPlainText();
    QVERIFY2(sendmail.contains(u"SMART_HOST', `[%1]'"_s.arg(hostname)), qPrintable(sendmail));
    QVERIFY2(sendmail.contains(mtaPort), qPrintable(sendmail));
    QVERIFY2(!sendmail.contains(u"AuthInfo"_s), qPrintable(sendmail));
    const QString postfix = wizard->findChild<QPlainTextEdit *>(u"postfixConfig"_s)->toPlainText();
    QVERIFY2(postfix.contains(u"relayhost = [%1]:%2"_s.arg(hostname, mtaPort)), qPrintable(postfix));
    QVERIFY2(!postfix.contains(u"sasl"_s), qPrintable(postfix));
    QVERIFY(wizard->findChild<QPlainTextEdit *>(u"msmtpConfig"_s)->toPlainText().contains(u"auth           off"_s));
    Doorstep::Tests::saveScreenshot(wizard, u"relaywizard-network"_s);
    clickWizardButton(wizard, QWizard::FinishButton);
    QTRY_VERIFY(wizard.isNull());

    QTRY_VERIFY(page->model()->rowOf(u"192.168.7.0/24"_s) >= 0);
    const int row = page->model()->rowOf(u"192.168.7.0/24"_s);
    const QModelIndex action = page->model()->index(row, RelayClientModel::ActionColumn);
    QCOMPARE(action.data().toString(), RelayClientModel::actionLabel(u"RELAY"_s)); // a word …
    QVERIFY(!action.data(Qt::DecorationRole).value<QIcon>().isNull());          // … and an icon
    QCOMPARE(page->model()->index(row, RelayClientModel::LastSeenColumn).data().toString(), u"never"_s);
    QCOMPARE(page->model()->index(row, RelayClientModel::CommentColumn).data().toString(), u"Scanner in the office"_s);
    QCOMPARE(page->clientsPane()->currentKey(), u"192.168.7.0/24"_s);
    Doorstep::Tests::saveScreenshot(page, u"relay"_s);
}

void TestRelay::cancelChangesNothing()
{
    QPointer<RelayClientWizard> wizard = openWizard(*m_session);
    QVERIFY(wizard);
    clickWizardButton(wizard, QWizard::NextButton);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"networkEdit"_s), u"10.1.2.0/24"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(RelayClientWizard::ReviewPageId));
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(wizard.isNull());
    QVERIFY(!relayClients(*m_session).contains(u"10.1.2.0/24"_s));
}

void TestRelay::elsewherePathCreatesUser()
{
    QPointer<RelayClientWizard> wizard = openWizard(*m_session);
    QVERIFY(wizard);
    chooseRadio(wizard->findChild<QRadioButton *>(u"elsewhereChoice"_s));
    QVERIFY(wizard->findChild<QRadioButton *>(u"elsewhereChoice"_s)->isChecked());
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(RelayClientWizard::ElsewherePageId));
    QCOMPARE(wizard->findChild<QLineEdit *>(u"accountEdit"_s)->text(), u"scanner"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(RelayClientWizard::ReviewPageId));
    QVERIFY(!users(*m_session).contains(u"scanner@example.org"_s));
    clickWizardButton(wizard, QWizard::CommitButton);
    QTRY_COMPARE(wizard->currentId(), int(RelayClientWizard::ConfigurationPageId));
    QVERIFY(users(*m_session).contains(u"scanner@example.org"_s));

    const QString password = wizard->findChild<QLineEdit *>(u"generatedPassword"_s)->text();
    QCOMPARE(password.size(), 23); // four groups of five
    QVERIFY(wizard->findChild<QLineEdit *>(u"generatedPassword"_s)->isVisible());
    const QString hostname = m_session->ctlJson({u"settings"_s, u"get"_s, u"identity.hostname"_s}).toObject().value(u"value"_s).toString();
    const quint16 submission = m_session->listenerPort(u"submission"_s);
    QVERIFY(submission > 0);
    const QString port = QString::number(submission);
    const QString msmtp = wizard->findChild<QPlainTextEdit *>(u"msmtpConfig"_s)->toPlainText();
    QVERIFY2(msmtp.contains(u"user           scanner@example.org"_s), qPrintable(msmtp));
    QVERIFY2(msmtp.contains(u"host           "_s + hostname), qPrintable(msmtp));
    QVERIFY2(msmtp.contains(u"port           "_s + port), qPrintable(msmtp));
    QVERIFY2(msmtp.contains(u"password       "_s + password), qPrintable(msmtp));
    const QString sendmail = wizard->findChild<QPlainTextEdit *>(u"sendmailConfig"_s)->toPlainText();
    QVERIFY2(sendmail.contains(u"AuthInfo:%1 \"U:scanner@example.org\" \"I:scanner@example.org\" \"P:%2\""_s.arg(hostname, password)),
             qPrintable(sendmail));
    QVERIFY2(sendmail.contains(u"TCP $h "_s + port), qPrintable(sendmail));
    const QString postfix = wizard->findChild<QPlainTextEdit *>(u"postfixConfig"_s)->toPlainText();
    QVERIFY2(postfix.contains(u"relayhost = [%1]:%2"_s.arg(hostname, port)), qPrintable(postfix));
    QVERIFY2(postfix.contains(u"[%1]:%2 scanner@example.org:%3"_s.arg(hostname, port, password)), qPrintable(postfix));
    QVERIFY2(postfix.contains(u"smtp_tls_security_level = encrypt"_s), qPrintable(postfix));
    const QString thunderbird = wizard->findChild<QPlainTextEdit *>(u"thunderbirdConfig"_s)->toPlainText();
    QVERIFY2(thunderbird.contains(hostname) && thunderbird.contains(port) && thunderbird.contains(u"STARTTLS"_s)
                 && thunderbird.contains(u"Normal password"_s) && thunderbird.contains(u"scanner@example.org"_s),
             qPrintable(thunderbird));
    Doorstep::Tests::saveScreenshot(wizard, u"relaywizard-elsewhere"_s);

    // The account works: it logs in on the submission port and may send anywhere.
    Doorstep::Tests::Submission mail;
    mail.port = submission;
    mail.user = u"scanner@example.org"_s;
    mail.password = password;
    mail.from = u"scanner@example.org"_s;
    mail.to = {u"someone@remote.example"_s};
    mail.message = "From: scanner@example.org\r\nTo: someone@remote.example\r\nSubject: Scan\r\n\r\nA scan.";
    const QString failure = Doorstep::Tests::submitMessage(mail);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    clickWizardButton(wizard, QWizard::FinishButton);
    QTRY_VERIFY(wizard.isNull());
}

void TestRelay::existingUserCaughtBeforeNext()
{
    QPointer<RelayClientWizard> wizard = openWizard(*m_session);
    QVERIFY(wizard);
    chooseRadio(wizard->findChild<QRadioButton *>(u"elsewhereChoice"_s));
    QVERIFY(wizard->findChild<QRadioButton *>(u"elsewhereChoice"_s)->isChecked());
    clickWizardButton(wizard, QWizard::NextButton);
    clickWizardButton(wizard, QWizard::NextButton); // "scanner" exists now
    QCOMPARE(wizard->currentId(), int(RelayClientWizard::ElsewherePageId));
    auto *error = wizard->findChild<FieldErrorLabel *>(u"accountError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"scanner@example.org"_s), qPrintable(error->text()));
    clickWizardButton(wizard, QWizard::CancelButton);
    QTRY_VERIFY(wizard.isNull());
}

void TestRelay::removeClientAfterConfirmation()
{
    RelayPage *page = relayPage(*m_session);
    QVERIFY(page->clientsPane()->selectKey(u"192.168.7.0/24"_s));
    auto *remove = page->findChild<QPushButton *>(u"removeRelayClientButton"_s);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QPointer<QMessageBox> confirm = page->findChild<QMessageBox *>(u"confirmRemoveRelayClient"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(page->model()->rowCount(), 0);
    QVERIFY(relayClients(*m_session).isEmpty());
    QVERIFY(page->findChild<QLabel *>(u"relayClientsEmptyLabel"_s)->isVisible());
}

// gui.sending: the Relay page's Sending tab against a real engine. The smart host is saved
// with Settings.Set and reads back (its password never), a refused value is shown by its
// field with the engine's sentence; routes are added, changed and removed through the dialog
// and the engine lists them; the port 25 check shows open and blocked against loopback
// peers; a test message reports the remote's answer or its refusal.

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "tests/gui/fakesmtpserver.h"
#include "tests/support/loopbackport.h"
#include "tests/gui/tests.h"
#include "ui/app/application.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/routemodel.h"
#include "ui/models/tlsmode.h"
#include "ui/pages/relay/probebox.h"
#include "ui/pages/relay/relaypage.h"
#include "ui/pages/relay/routedialog.h"
#include "ui/pages/relay/sendingpane.h"
#include "ui/pages/relay/testmessagedialog.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/settingsform.h"
#include "ui/widgets/tablepane.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::GuiSession;
using Doorstep::Ui::Pages::ProbeBox;
using Doorstep::Ui::Pages::RelayPage;
using Doorstep::Ui::Pages::RouteDialog;
using Doorstep::Ui::Pages::SendingPane;
using Doorstep::Ui::Pages::TestMessageDialog;
using Doorstep::Ui::Widgets::FieldErrorLabel;
using Doorstep::Ui::Widgets::MessageBar;

namespace {

RelayPage *relayPage(GuiSession &session)
{
    return qobject_cast<RelayPage *>(session.page(u"relay"_s));
}

QString setting(GuiSession &session, const QString &key)
{
    return session.ctlJson({u"settings"_s, u"get"_s, key}).toObject().value(u"value"_s).toString();
}

/** ctl route list as destination -> the route's fields. */
QMap<QString, QJsonObject> routes(GuiSession &session)
{
    QMap<QString, QJsonObject> map;
    const QJsonArray list = session.ctlJson({u"route"_s, u"list"_s}).toArray();
    for (const QJsonValue &route : list)
        map.insert(route.toObject().value(u"destination"_s).toString(), route.toObject());
    return map;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void chooseTls(QComboBox *combo, const QString &mode)
{
    // As a person does: the keyboard moves through the list, each step is an activation.
    combo->setFocus();
    while (combo->currentData().toString() != mode && combo->currentIndex() < combo->count() - 1)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), mode);
}

} // namespace

void TestSending::initTestCase()
{
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    QVERIFY(m_session->ctlOk({u"domain"_s, u"add"_s, u"example.org"_s}));
    // Remote delivery on loopback: example.net's MX is this machine, where a small SMTP peer
    // listens on relay.mx_port.
    const QString served = Doorstep::Tests::serveDomain(*m_session, m_dns, m_smtp, u"example.net"_s);
    QVERIFY2(served.isEmpty(), qPrintable(served));
    m_session->startApplication();
    QVERIFY(m_session->window().showPage(u"relay"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
    RelayPage *page = relayPage(*m_session);
    page->showSending();
    QVERIFY(page->sendingPane()->isVisible());
    QTRY_VERIFY(page->sendingPane()->settingsForm()->isLoaded());
}

void TestSending::cleanupTestCase()
{
    m_session.reset();
}

void TestSending::smartHostReadsBack()
{
    SendingPane *pane = relayPage(*m_session)->sendingPane();
    auto *host = pane->findChild<QLineEdit *>(u"smartHostEdit"_s);
    auto *port = pane->findChild<QSpinBox *>(u"smartHostPortSpin"_s);
    auto *user = pane->findChild<QLineEdit *>(u"smartHostUserEdit"_s);
    auto *password = pane->findChild<QLineEdit *>(u"smartHostPasswordEdit"_s);
    auto *tls = pane->findChild<QComboBox *>(u"smartHostTlsCombo"_s);
    auto *fallback = pane->findChild<QLineEdit *>(u"fallbackEdit"_s);
    auto *apply = pane->findChild<QPushButton *>(u"sendingApplyButton"_s);
    QVERIFY(host && port && user && password && tls && fallback && apply);
    QVERIFY(host->text().isEmpty());
    QCOMPARE(port->value(), 25);
    QCOMPARE(tls->currentData().toString(), u"opportunistic"_s);
    QVERIFY(!apply->isEnabled()); // nothing changed yet
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY2(password->placeholderText().contains(u"empty to keep"_s), qPrintable(password->placeholderText()));

    typeInto(host, u"smtp.provider.example"_s);
    QVERIFY(apply->isEnabled());
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, u"587"_s);
    typeInto(user, u"dad@provider.example"_s);
    typeInto(password, u"correct horse battery"_s);
    chooseTls(tls, u"required"_s);
    QVERIFY(!pane->findChild<QLabel *>(u"smartHostTlsExplanation"_s)->text().isEmpty());
    typeInto(fallback, u"relay.provider.example:2525"_s);
    QTest::mouseClick(apply, Qt::LeftButton);

    QTRY_COMPARE(setting(*m_session, u"relay.smart_host"_s), u"smtp.provider.example:587"_s);
    QCOMPARE(setting(*m_session, u"relay.smart_host_user"_s), u"dad@provider.example"_s);
    QCOMPARE(setting(*m_session, u"relay.smart_host_tls"_s), u"required"_s);
    QCOMPARE(setting(*m_session, u"relay.fallback_host"_s), u"relay.provider.example:2525"_s);
    QCOMPARE(setting(*m_session, u"relay.smart_host_password"_s), QString()); // write-only
    // Saved: the password is gone from the field, nothing is left to apply, and it says so.
    Doorstep::Ui::Widgets::SettingsForm *form = pane->settingsForm();
    QTRY_VERIFY(!form->isBusy() && !form->isModified());
    QVERIFY(!apply->isEnabled());
    QVERIFY(password->text().isEmpty());
    auto *bar = relayPage(*m_session)->findChild<MessageBar *>(u"messageBar"_s);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Information);
    bar->dismiss();

    // It reads back the way it was typed.
    QCOMPARE(host->text(), u"smtp.provider.example"_s);
    QCOMPARE(port->value(), 587);
    QCOMPARE(user->text(), u"dad@provider.example"_s);
    QCOMPARE(tls->currentData().toString(), u"required"_s);
    Doorstep::Tests::saveScreenshot(pane, u"sending"_s);

    // A change made elsewhere shows up by itself.
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"relay.smart_host"_s, u"[mail.provider.example]:465"_s}));
    QTRY_COMPARE(host->text(), u"[mail.provider.example]"_s);
    QCOMPARE(port->value(), 465);
    QVERIFY(!apply->isEnabled());
}

void TestSending::refusedSmartHostShownByTheField()
{
    SendingPane *pane = relayPage(*m_session)->sendingPane();
    auto *host = pane->findChild<QLineEdit *>(u"smartHostEdit"_s);
    auto *error = pane->findChild<FieldErrorLabel *>(u"smartHostError"_s);
    typeInto(host, u"smtp provider"_s);
    QTest::mouseClick(pane->findChild<QPushButton *>(u"sendingApplyButton"_s), Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    const QString refusal = m_session->ctlRefusal({u"settings"_s, u"set"_s, u"relay.smart_host"_s, u"smtp provider:465"_s});
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(error->text(), refusal); // the engine's own sentence, by the field
    QVERIFY(host->hasFocus());
    QCOMPARE(setting(*m_session, u"relay.smart_host"_s), u"[mail.provider.example]:465"_s); // unchanged
    Doorstep::Tests::saveScreenshot(pane, u"sending-refused"_s);

    // Reset shows the saved value again and forgets the error.
    QTest::mouseClick(pane->findChild<QPushButton *>(u"sendingResetButton"_s), Qt::LeftButton);
    QCOMPARE(host->text(), u"[mail.provider.example]"_s);
    QVERIFY(!error->isVisible());

    // Emptying the server goes back to direct delivery.
    typeInto(host, QString());
    QTest::mouseClick(pane->findChild<QPushButton *>(u"sendingApplyButton"_s), Qt::LeftButton);
    QTRY_COMPARE(setting(*m_session, u"relay.smart_host"_s), QString());
}

void TestSending::addEditRemoveRoute()
{
    SendingPane *pane = relayPage(*m_session)->sendingPane();
    auto *empty = pane->findChild<QLabel *>(u"routesEmptyLabel"_s);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(u"Add Route"_s), qPrintable(empty->text()));

    QTest::mouseClick(pane->findChild<QPushButton *>(u"addRouteButton"_s), Qt::LeftButton);
    QPointer<RouteDialog> dialog = pane->findChild<RouteDialog *>(u"routeDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"routeDestinationEdit"_s), u"Outlook.com"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"routeNextHopEdit"_s), u"smtp.provider.example:587"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"routeUserEdit"_s), u"dad"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"routePasswordEdit"_s), u"correct horse battery"_s);
    chooseTls(dialog->findChild<QComboBox *>(u"routeTlsCombo"_s), u"required"_s);
    Doorstep::Tests::saveScreenshot(dialog, u"route-dialog"_s);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(dialog.isNull());

    QTRY_COMPARE(routes(*m_session).value(u"outlook.com"_s).value(u"next_hop"_s).toString(), u"smtp.provider.example:587"_s);
    QJsonObject route = routes(*m_session).value(u"outlook.com"_s);
    QCOMPARE(route.value(u"user"_s).toString(), u"dad"_s);
    QCOMPARE(route.value(u"tls"_s).toString(), u"required"_s);
    QTRY_COMPARE(pane->routeModel()->rowCount(), 1);
    QCOMPARE(pane->routesPane()->currentKey(), u"outlook.com"_s); // the new route is selected
    const int row = pane->routeModel()->rowOf(u"outlook.com"_s);
    QCOMPARE(pane->routeModel()->index(row, Doorstep::Ui::Models::RouteModel::TlsColumn).data().toString(),
             Doorstep::Ui::Models::TlsMode::label(u"required"_s));
    QVERIFY(!empty->isVisible());

    // Editing a route that logs in needs its password again (the engine replaces it whole).
    QTest::mouseClick(pane->findChild<QPushButton *>(u"editRouteButton"_s), Qt::LeftButton);
    dialog = pane->findChild<RouteDialog *>(u"routeDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLineEdit *>(u"routeDestinationEdit"_s)->isReadOnly());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"routeUserEdit"_s)->text(), u"dad"_s);
    QVERIFY(dialog->findChild<QLineEdit *>(u"routePasswordEdit"_s)->text().isEmpty());
    chooseTls(dialog->findChild<QComboBox *>(u"routeTlsCombo"_s), u"verify"_s);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    auto *passwordError = dialog->findChild<FieldErrorLabel *>(u"routePasswordError"_s);
    QVERIFY(passwordError->isVisible());
    QCOMPARE(routes(*m_session).value(u"outlook.com"_s).value(u"tls"_s).toString(), u"required"_s); // not sent
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"routePasswordEdit"_s), u"correct horse battery"_s);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE(routes(*m_session).value(u"outlook.com"_s).value(u"tls"_s).toString(), u"verify"_s);
    QTRY_COMPARE(pane->routeModel()->routes().value(0).tls, u"verify"_s);

    // Removed after asking.
    QVERIFY(pane->routesPane()->selectKey(u"outlook.com"_s));
    QTest::mouseClick(pane->findChild<QPushButton *>(u"removeRouteButton"_s), Qt::LeftButton);
    QPointer<QMessageBox> confirm = pane->findChild<QMessageBox *>(u"confirmRemoveRoute"_s);
    QVERIFY(confirm);
    QVERIFY2(confirm->informativeText().contains(u"smtp.provider.example:587"_s), qPrintable(confirm->informativeText()));
    QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(pane->routeModel()->rowCount(), 0);
    QVERIFY(routes(*m_session).isEmpty());
    QVERIFY(empty->isVisible());
}

void TestSending::refusedRouteShownByTheField()
{
    SendingPane *pane = relayPage(*m_session)->sendingPane();
    QTest::mouseClick(pane->findChild<QPushButton *>(u"addRouteButton"_s), Qt::LeftButton);
    QPointer<RouteDialog> dialog = pane->findChild<RouteDialog *>(u"routeDialog"_s);
    QVERIFY(dialog);
    auto *destination = dialog->findChild<QLineEdit *>(u"routeDestinationEdit"_s);
    auto *nextHop = dialog->findChild<QLineEdit *>(u"routeNextHopEdit"_s);
    auto *destinationError = dialog->findChild<FieldErrorLabel *>(u"routeDestinationError"_s);
    auto *nextHopError = dialog->findChild<FieldErrorLabel *>(u"routeNextHopError"_s);

    // Empty fields are caught before the engine is asked.
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QVERIFY(destinationError->isVisible());
    QVERIFY(nextHopError->isVisible());

    QTest::keyClicks(destination, u"localhost"_s);
    QTest::keyClicks(nextHop, u"smtp.provider.example"_s);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QTRY_VERIFY(destinationError->isVisible() && !destinationError->text().contains(u"Enter"_s));
    QCOMPARE(destinationError->text(),
             m_session->ctlRefusal({u"route"_s, u"set"_s, u"localhost"_s, u"smtp.provider.example"_s}));
    QVERIFY(!nextHopError->isVisible());
    QVERIFY(dialog->isVisible());

    typeInto(destination, u"*.example.com"_s);
    typeInto(nextHop, u"smtp provider"_s);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QTRY_VERIFY(nextHopError->isVisible());
    QCOMPARE(nextHopError->text(), m_session->ctlRefusal({u"route"_s, u"set"_s, u"*.example.com"_s, u"smtp provider"_s}));
    QVERIFY(!destinationError->isVisible());
    Doorstep::Tests::saveScreenshot(dialog, u"route-refused"_s);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(routes(*m_session).isEmpty());
}

void TestSending::routesFollowTheEngine()
{
    SendingPane *pane = relayPage(*m_session)->sendingPane();
    QVERIFY(m_session->ctlOk({u"route"_s, u"set"_s, u"*.example.com"_s, u"[relay.example.com]:2525"_s}));
    QTRY_COMPARE(pane->routeModel()->rowCount(), 1); // from the config_changed event
    QCOMPARE(pane->routeModel()->routes().first().destination, u"*.example.com"_s);
    QVERIFY(m_session->ctlOk({u"route"_s, u"remove"_s, u"*.example.com"_s}));
    QTRY_COMPARE(pane->routeModel()->rowCount(), 0);
}

void TestSending::probeOpen()
{
    SendingPane *pane = relayPage(*m_session)->sendingPane();
    ProbeBox *probe = pane->probe();
    const int before = m_smtp.connections();
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"relay.probe_host"_s, u"127.0.0.1:%1"_s.arg(m_smtp.port())}));
    auto *button = pane->findChild<QPushButton *>(u"probeButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(probe->isChecking());
    QVERIFY(!button->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!probe->isChecking(), 20000);
    QCOMPARE(probe->state(), u"open"_s);
    QVERIFY(m_smtp.connections() > before); // it really knocked
    QCOMPARE(pane->findChild<QLabel *>(u"probeStateWord"_s)->text(), ProbeBox::stateLabel(u"open"_s));
    QVERIFY(!probe->sentence().isEmpty());
    QVERIFY(pane->findChild<QLabel *>(u"probeSentence"_s)->isVisible());
    QVERIFY(!pane->findChild<QPushButton *>(u"setUpSmartHostButton"_s)->isVisible());
    QVERIFY(button->isEnabled());
}

void TestSending::probeBlocked()
{
    SendingPane *pane = relayPage(*m_session)->sendingPane();
    ProbeBox *probe = pane->probe();
    const quint16 closed = Doorstep::Tests::closedLoopbackPort();
    QVERIFY(closed > 0);
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"relay.probe_host"_s, u"127.0.0.1:%1"_s.arg(closed)}));
    QTest::mouseClick(pane->findChild<QPushButton *>(u"probeButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!probe->isChecking(), 20000);
    QCOMPARE(probe->state(), u"blocked"_s);
    QCOMPARE(pane->findChild<QLabel *>(u"probeStateWord"_s)->text(), ProbeBox::stateLabel(u"blocked"_s));
    QVERIFY(!probe->sentence().isEmpty());
    QVERIFY2(probe->advice().contains(u"smart host"_s), qPrintable(probe->advice()));
    auto *setUp = pane->findChild<QPushButton *>(u"setUpSmartHostButton"_s);
    QVERIFY(setUp->isVisible());
    Doorstep::Tests::saveScreenshot(pane, u"sending-blocked"_s);
    QTest::mouseClick(setUp, Qt::LeftButton);
    // The window's focus widget: after the dialogs of earlier tests the offscreen platform
    // need not make the main window active again.
    auto *host = pane->findChild<QLineEdit *>(u"smartHostEdit"_s);
    QTRY_COMPARE(host->window()->focusWidget(), host);
}

void TestSending::testMessageReportsTheAnswer()
{
    RelayPage *page = relayPage(*m_session);
    QVERIFY(m_session->triggerAction(u"sendTestMessageAction"_s));
    QPointer<TestMessageDialog> dialog = page->findChild<TestMessageDialog *>(u"testMessageDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *address = dialog->findChild<QLineEdit *>(u"testMessageAddressEdit"_s);
    auto *error = dialog->findChild<FieldErrorLabel *>(u"testMessageAddressError"_s);

    // A local address is refused by the engine, next to the field.
    QTest::keyClicks(address, u"someone@example.org"_s);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), m_session->ctlRefusal({u"relay"_s, u"test"_s, u"someone@example.org"_s}));

    // A remote that refuses: its answer, in the dialog.
    typeInto(address, u"busy@example.net"_s);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    auto *dialogBar = dialog->findChild<MessageBar *>(u"dialogMessageBar"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialogBar->isVisible(), 20000);
    QCOMPARE(dialogBar->type(), MessageBar::Type::Error);
    QVERIFY2(dialogBar->detail().contains(u"450"_s), qPrintable(dialogBar->detail()));
    Doorstep::Tests::saveScreenshot(dialog, u"testmessage-refused"_s);

    // A remote that takes it: the dialog closes and the page shows the answer.
    typeInto(address, u"dad@example.net"_s);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 20000);
    auto *bar = page->findChild<MessageBar *>(u"messageBar"_s);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Information);
    QVERIFY2(bar->text().contains(u"dad@example.net"_s), qPrintable(bar->text()));
    QVERIFY2(bar->detail().contains(QString::fromLatin1(Doorstep::Tests::FakeSmtpServer::kAcceptedReply.toByteArray())),
             qPrintable(bar->detail()));
    QVERIFY(m_smtp.recipients().contains(u"<dad@example.net>"_s));
    Doorstep::Tests::saveScreenshot(page, u"sending-tested"_s);
    bar->dismiss();
}

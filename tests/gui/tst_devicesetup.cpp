// gui.devicesetup: the "Set up a device" dialog of the Mailboxes & domains page against a real
// engine: the settings a mail program needs, the QR code and the saved autoconfig file, and
// "On This Computer": the account added to a (fake) Thunderbird in a temporary home.

#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "tests/gui/tests.h"
#include "ui/app/application.h"
#include "ui/mailprograms/environment.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/usermodel.h"
#include "ui/pages/mailboxes/devicesetupdialog.h"
#include "ui/pages/mailboxes/mailboxespage.h"
#include "ui/pages/mailboxes/userspane.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/qrcodeview.h"

using namespace Qt::StringLiterals;
using Doorstep::Ui::Pages::DeviceSetupDialog;
using Doorstep::Ui::Pages::MailboxesPage;

namespace {

const QString Address = u"carol@example.net"_s;

MailboxesPage *mailboxesPage(Doorstep::Tests::GuiSession &session)
{
    return qobject_cast<MailboxesPage *>(session.page(u"mailboxes"_s));
}

/** A temporary home whose bin/ (the whole search path) holds the executables @p programs. */
Doorstep::Ui::MailPrograms::Environment fakeComputer(const QTemporaryDir &home, const QStringList &programs)
{
    const QDir dir(home.path());
    dir.mkpath(u"bin"_s);
    for (const QString &program : programs) {
        QFile script(dir.filePath(u"bin/"_s + program));
        if (script.open(QIODevice::WriteOnly)) {
            script.write("#!/bin/sh\nexit 0\n");
            script.close();
            script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
    }
    return {dir.filePath(u"bin"_s), home.path(), QString()};
}

DeviceSetupDialog *openDialog(Doorstep::Tests::GuiSession &session, const Doorstep::Ui::MailPrograms::Environment &environment)
{
    auto *dialog = new DeviceSetupDialog(session.app().client(), Address, mailboxesPage(session));
    dialog->setMailProgramEnvironment(environment);
    dialog->open();
    return dialog;
}

} // namespace

void TestDeviceSetup::initTestCase()
{
    m_session = std::make_unique<Doorstep::Tests::GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    QVERIFY(m_session->ctlOk({u"domain"_s, u"add"_s, u"example.net"_s}));
    QVERIFY(m_session->ctlOk({u"user"_s, u"add"_s, Address}, "correct horse battery\n"));
    m_session->startApplication();
    QVERIFY(m_session->window().showPage(u"mailboxes"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
}

void TestDeviceSetup::cleanupTestCase()
{
    m_session.reset();
}

void TestDeviceSetup::actionNeedsSelectedUser()
{
    MailboxesPage *page = mailboxesPage(*m_session);
    QVERIFY(page);
    QTRY_COMPARE(page->userModel()->rowCount(), 1);
    QAction *action = page->usersPane()->setUpDeviceAction();
    QCOMPARE(action->objectName(), u"setUpDeviceAction"_s);
    page->usersPane()->table()->clearSelection();
    QVERIFY(!action->isEnabled());
    page->usersPane()->selectUser(Address);
    QCOMPARE(page->usersPane()->selectedUser(), Address);
    QVERIFY(action->isEnabled());
}

void TestDeviceSetup::showsSettingsAndQrCode()
{
    MailboxesPage *page = mailboxesPage(*m_session);
    page->usersPane()->selectUser(Address);
    page->usersPane()->setUpDeviceAction()->trigger();
    QPointer<DeviceSetupDialog> dialog = page->findChild<DeviceSetupDialog *>(u"deviceSetupDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY(dialog->isLoaded());

    const quint16 imaps = m_session->listenerPort(u"imaps"_s);
    QVERIFY(imaps != 0);
    const QString hostname = m_session->ctlJson({u"user"_s, u"setup"_s, Address}).toObject().value(u"hostname"_s).toString();
    QVERIFY(!hostname.isEmpty());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"incomingPortEdit"_s)->text(), QString::number(imaps));
    QCOMPARE(dialog->findChild<QLineEdit *>(u"incomingSecurityEdit"_s)->text(), u"SSL/TLS"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"incomingHostEdit"_s)->text(), hostname);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"incomingUserEdit"_s)->text(), Address);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"outgoingUserEdit"_s)->text(), Address);
    QVERIFY(!dialog->findChild<QLineEdit *>(u"outgoingPortEdit"_s)->text().isEmpty());

    Doorstep::Ui::Widgets::QrCodeView *qr = dialog->qrView();
    const QImage code = qr->image();
    QVERIFY(!code.isNull());
    QCOMPARE(code.width(), code.height());
    QVERIFY(qr->moduleSize() >= 1);
    QCOMPARE(code.width() % qr->moduleSize(), 0);
    QCOMPARE(code.width(), qr->modules() * qr->moduleSize());
    QCOMPARE(code.pixelColor(0, 0), QColor(Qt::white)); // the quiet zone
    QVERIFY(dialog->qrText().contains(u"%1:%2"_s.arg(hostname).arg(imaps)));
    QVERIFY(dialog->qrText().contains(Address));
    Doorstep::Tests::saveScreenshot(dialog, u"devicesetup"_s);
}

void TestDeviceSetup::savesAutoconfigLikeDoorstepctl()
{
    auto *dialog = mailboxesPage(*m_session)->findChild<DeviceSetupDialog *>(u"deviceSetupDialog"_s);
    QVERIFY(dialog);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"config-v1.1.xml"_s);
    QVERIFY(dialog->saveAutoconfig(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString expected = m_session->ctlJson({u"user"_s, u"setup"_s, Address}).toObject().value(u"autoconfig_xml"_s).toString();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QString::fromUtf8(file.readAll()), expected);

    const QString profile = dir.filePath(u"carol.mobileconfig"_s);
    QVERIFY(dialog->saveMobileconfig(profile));
    QVERIFY(QFile(profile).size() > 0);
    dialog->close();
}

void TestDeviceSetup::refusalInMessageBar()
{
    MailboxesPage *page = mailboxesPage(*m_session);
    auto *dialog = new DeviceSetupDialog(m_session->app().client(), u"nobody@example.net"_s, page);
    dialog->open();
    QSignalSpy loaded(dialog, &DeviceSetupDialog::loaded);
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!dialog->isLoaded());
    QTRY_VERIFY(dialog->messageBar()->isVisible());
    QCOMPARE(dialog->messageBar()->type(), Doorstep::Ui::Widgets::MessageBar::Type::Error);
    dialog->close();
}

void TestDeviceSetup::addsToThunderbirdOnThisComputer()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QDir root(home.filePath(u".thunderbird"_s));
    QVERIFY(root.mkpath(u"x1y2z3.default-release"_s));
    QFile ini(root.filePath(u"profiles.ini"_s));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[Profile0]\nName=default-release\nIsRelative=1\nPath=x1y2z3.default-release\nDefault=1\n");
    ini.close();
    const QString prefsPath = root.filePath(u"x1y2z3.default-release/prefs.js"_s);
    QFile prefs(prefsPath);
    QVERIFY(prefs.open(QIODevice::WriteOnly));
    prefs.write("// Mozilla User Preferences\n\nuser_pref(\"mail.rights.version\", 1);\n");
    prefs.close();

    QPointer<DeviceSetupDialog> dialog = openDialog(*m_session, fakeComputer(home, {u"thunderbird"_s}));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY(dialog->isLoaded());
    QVERIFY(dialog->computerBox()->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(u"noMailProgramLabel"_s)->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(u"addToEvolutionButton"_s));
    auto *add = dialog->findChild<QPushButton *>(u"addToThunderbirdButton"_s);
    QVERIFY(add);
    QVERIFY(add->isVisible());
    QCOMPARE(add->text(), u"Add to Thunderbird"_s);
    QTRY_VERIFY(add->isEnabled());
    Doorstep::Tests::saveScreenshot(dialog, u"devicesetup-computer"_s);

    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(dialog->messageBar()->isVisible());
    QCOMPARE(dialog->messageBar()->type(), Doorstep::Ui::Widgets::MessageBar::Type::Information);
    QVERIFY2(dialog->messageBar()->text().startsWith(Address + u" was added to Thunderbird."_s),
             qPrintable(dialog->messageBar()->text()));
    QVERIFY(dialog->messageBar()->text().contains(u"password"_s));
    Doorstep::Tests::saveScreenshot(dialog, u"devicesetup-added"_s);

    const QString hostname = m_session->ctlJson({u"user"_s, u"setup"_s, Address}).toObject().value(u"hostname"_s).toString();
    const quint16 imaps = m_session->listenerPort(u"imaps"_s);
    QVERIFY(prefs.open(QIODevice::ReadOnly));
    const QByteArray written = prefs.readAll();
    prefs.close();
    QVERIFY(written.startsWith("// Mozilla User Preferences\n\nuser_pref(\"mail.rights.version\", 1);\n"));
    QVERIFY2(written.contains("user_pref(\"mail.server.server1.hostname\", \"" + hostname.toUtf8() + "\");"), written.constData());
    QVERIFY(written.contains("user_pref(\"mail.server.server1.port\", " + QByteArray::number(imaps) + ");"));
    QVERIFY(written.contains("user_pref(\"mail.identity.id1.useremail\", \"" + Address.toUtf8() + "\");"));

    // Never twice.
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_COMPARE(dialog->messageBar()->type(), Doorstep::Ui::Widgets::MessageBar::Type::Error);
    QCOMPARE(dialog->messageBar()->text(), Address + u" is already set up in Thunderbird."_s);
    dialog->close();
}

void TestDeviceSetup::saysWhenNoMailProgramIsInstalled()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QPointer<DeviceSetupDialog> dialog = openDialog(*m_session, fakeComputer(home, {}));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY(dialog->isLoaded());
    auto *none = dialog->findChild<QLabel *>(u"noMailProgramLabel"_s);
    QVERIFY(none);
    QVERIFY(none->isVisible());
    QCOMPARE(none->text(), u"No mail program for this computer was found (Thunderbird, Evolution or KMail)."_s);
    QVERIFY(dialog->computerBox()->findChildren<QPushButton *>().isEmpty());
    Doorstep::Tests::saveScreenshot(dialog, u"devicesetup-noprogram"_s);
    dialog->close();
}

// gui.devicesetup: the "Set up a device" dialog of the Mailboxes & domains page against a real
// engine: the settings a mail program needs, the QR code and the saved autoconfig file.

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "tests/gui/tests.h"
#include "ui/app/application.h"
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

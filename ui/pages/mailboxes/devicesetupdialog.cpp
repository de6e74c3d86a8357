#include "ui/pages/mailboxes/devicesetupdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDBusConnection>
#include <QDBusPendingReply>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/mailprograms/environment.h"
#include "ui/mailprograms/mailaccount.h"
#include "ui/mailprograms/mailprogram.h"
#include "ui/mailprograms/mailprograms.h"
#include "ui/models/dbusvalue.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/qrcodeview.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

namespace {

QString securityInWords(const QString &security)
{
    if (security == u"tls"_s)
        //: Connection security as mail programs name it: encrypted from the start (implicit TLS)
        return DeviceSetupDialog::tr("SSL/TLS");
    if (security == u"starttls"_s)
        //: Connection security as mail programs name it: STARTTLS upgrade
        return DeviceSetupDialog::tr("STARTTLS");
    return security;
}

QString protocolName(const QString &protocol)
{
    return protocol.toUpper();
}

QLineEdit *readOnlyField(const QString &objectName)
{
    auto *field = new QLineEdit;
    field->setObjectName(objectName);
    field->setReadOnly(true);
    return field;
}

/** @p field with a Copy button after it. */
QWidget *withCopyButton(QLineEdit *field, const QString &accessibleName)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    auto *copy = new QToolButton;
    copy->setObjectName(field->objectName() + u"Copy"_s);
    copy->setIcon(Widgets::Icons::copy());
    copy->setText(DeviceSetupDialog::tr("Copy"));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setAccessibleName(accessibleName);
    copy->setToolTip(accessibleName);
    QObject::connect(copy, &QToolButton::clicked, field, [field] { QGuiApplication::clipboard()->setText(field->text()); });
    layout->addWidget(copy);
    return row;
}

} // namespace

DeviceSetupDialog::DeviceSetupDialog(EngineClient &client, const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_address(address)
    , m_messageBar(new Widgets::MessageBar)
    , m_qr(new Widgets::QrCodeView)
    , m_qrCaption(new QLabel)
    , m_saveAutoconfig(new QPushButton(tr("Save &Thunderbird Settings…")))
    , m_saveMobileconfig(new QPushButton(tr("Save &Apple Profile…")))
    , m_computerBox(new QGroupBox(tr("On This Computer")))
    , m_noProgram(new QLabel(tr("No mail program for this computer was found (Thunderbird, Evolution or KMail).")))
{
    setObjectName(u"deviceSetupDialog"_s);
    setWindowTitle(tr("Set Up a Device for %1").arg(address));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("To read and send the mail of %1 on a computer, phone or tablet, add an account in its "
                                "mail program with these settings. Most programs ask for the address and password "
                                "first and fill in the rest; when one asks, type what is below.")
                                 .arg(address));
    intro->setTextFormat(Qt::PlainText);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_messageBar->setObjectName(u"messageBar"_s);
    layout->addWidget(m_messageBar);

    auto *columns = new QHBoxLayout;
    auto *servers = new QVBoxLayout;
    m_incoming = buildServer(tr("Incoming mail"), u"incoming"_s);
    m_outgoing = buildServer(tr("Outgoing mail"), u"outgoing"_s);
    servers->addWidget(m_incoming.box);
    servers->addWidget(m_outgoing.box);
    servers->addStretch(1);
    columns->addLayout(servers, 1);

    auto *phone = new QVBoxLayout;
    auto *phoneTitle = new QLabel(tr("For a phone"));
    QFont bold = phoneTitle->font();
    bold.setBold(true);
    phoneTitle->setFont(bold);
    phone->addWidget(phoneTitle);
    m_qr->setObjectName(u"qrCodeView"_s);
    m_qr->setAccessibleName(tr("QR code with the mail settings"));
    phone->addWidget(m_qr, 0, Qt::AlignHCenter);
    m_qrCaption->setObjectName(u"qrCaption"_s);
    m_qrCaption->setWordWrap(true);
    m_qrCaption->setMaximumWidth(260);
    m_qrCaption->setText(tr("Scan this with the phone's camera to see the servers, ports and user name as text; "
                            "the password is not in it. On an iPhone or iPad, the Apple profile sets the account "
                            "up by itself."));
    phone->addWidget(m_qrCaption);
    phone->addStretch(1);
    columns->addLayout(phone);
    layout->addLayout(columns, 1);

    m_computerBox->setObjectName(u"computerBox"_s);
    auto *computer = new QVBoxLayout(m_computerBox);
    auto *computerIntro = new QLabel(tr("Add this account to a mail program on this computer in one step. Doorstep "
                                        "does not know the password: the program asks for it when it first connects."));
    computerIntro->setObjectName(u"computerIntroLabel"_s);
    computerIntro->setWordWrap(true);
    computer->addWidget(computerIntro);
    m_noProgram->setObjectName(u"noMailProgramLabel"_s);
    m_noProgram->setWordWrap(true);
    computer->addWidget(m_noProgram);
    auto *programButtons = new QHBoxLayout;
    programButtons->setObjectName(u"mailProgramButtons"_s);
    programButtons->addStretch(1);
    computer->addLayout(programButtons);
    layout->addWidget(m_computerBox);

    auto *buttons = new QDialogButtonBox;
    m_saveAutoconfig->setObjectName(u"saveAutoconfigButton"_s);
    m_saveAutoconfig->setToolTip(tr("A file Thunderbird and other programs read to set up the account (config-v1.1.xml)"));
    m_saveMobileconfig->setObjectName(u"saveMobileconfigButton"_s);
    m_saveMobileconfig->setToolTip(tr("A profile that sets up the account on an iPhone, iPad or Mac; open it there"));
    buttons->addButton(m_saveAutoconfig, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveMobileconfig, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveAutoconfig, &QPushButton::clicked, this, [this] {
        chooseAndSave(u"autoconfig_xml"_s, tr("Save Thunderbird Settings"), u"config-v1.1.xml"_s,
                      tr("Autoconfig files (*.xml)"));
    });
    connect(m_saveMobileconfig, &QPushButton::clicked, this, [this] {
        chooseAndSave(u"mobileconfig"_s, tr("Save Apple Profile"), m_address.section(u'@', 0, 0) + u".mobileconfig"_s,
                      tr("Apple profiles (*.mobileconfig)"));
    });
    m_saveAutoconfig->setEnabled(false);
    m_saveMobileconfig->setEnabled(false);
    setMinimumWidth(760);
    setMailProgramEnvironment(MailPrograms::Environment::fromProcess());
    load();
}

DeviceSetupDialog::~DeviceSetupDialog() = default;

void DeviceSetupDialog::setMailProgramEnvironment(const MailPrograms::Environment &environment)
{
    m_programs = MailPrograms::allMailPrograms(environment, QDBusConnection::sessionBus());
    showMailPrograms();
}

void DeviceSetupDialog::showMailPrograms()
{
    qDeleteAll(m_programButtons);
    m_programButtons.clear();
    auto *row = m_computerBox->findChild<QHBoxLayout *>(u"mailProgramButtons"_s);
    for (const auto &program : m_programs) {
        if (!program->isInstalled())
            continue;
        //: %1 is a mail program: Thunderbird, Evolution or KMail
        auto *button = new QPushButton(tr("Add to %1").arg(program->name()));
        button->setObjectName(u"addTo%1Button"_s.arg(program->name()));
        button->setToolTip(tr("Adds %1 to %2 on this computer").arg(m_address, program->name()));
        button->setEnabled(isLoaded());
        MailPrograms::MailProgram *target = program.get();
        connect(button, &QPushButton::clicked, this, [this, target, button] { addToMailProgram(*target, button); });
        row->insertWidget(row->count() - 1, button);
        m_programButtons.append(button);
    }
    m_noProgram->setVisible(m_programButtons.isEmpty());
    m_computerBox->findChild<QLabel *>(u"computerIntroLabel"_s)->setVisible(!m_programButtons.isEmpty());
}

void DeviceSetupDialog::addToMailProgram(MailPrograms::MailProgram &program, QPushButton *button)
{
    const auto account = MailPrograms::MailAccount::fromClientSetup(m_setup);
    if (!account) {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Error, account.error());
        return;
    }
    button->setEnabled(false);
    QPointer<QPushButton> guard(button);
    program.add(account.value(), this, [this, guard](const MailPrograms::Outcome<QString> &outcome) {
        if (guard)
            guard->setEnabled(true);
        if (outcome)
            m_messageBar->showMessage(Widgets::MessageBar::Type::Information, outcome.value());
        else
            m_messageBar->showMessage(Widgets::MessageBar::Type::Error, outcome.error());
    });
}

DeviceSetupDialog::ServerFields DeviceSetupDialog::buildServer(const QString &title, const QString &prefix)
{
    ServerFields fields;
    fields.box = new QGroupBox(title);
    fields.box->setObjectName(prefix + u"Box"_s);
    auto *form = new QFormLayout(fields.box);
    fields.host = readOnlyField(prefix + u"HostEdit"_s);
    fields.port = readOnlyField(prefix + u"PortEdit"_s);
    fields.security = readOnlyField(prefix + u"SecurityEdit"_s);
    fields.user = readOnlyField(prefix + u"UserEdit"_s);
    fields.password = readOnlyField(prefix + u"PasswordEdit"_s);
    fields.host->setAccessibleName(tr("%1: server").arg(title));
    fields.port->setAccessibleName(tr("%1: port").arg(title));
    fields.security->setAccessibleName(tr("%1: connection security").arg(title));
    fields.user->setAccessibleName(tr("%1: user name").arg(title));
    fields.password->setAccessibleName(tr("%1: password").arg(title));
    form->addRow(tr("Server:"), withCopyButton(fields.host, tr("%1: copy the server").arg(title)));
    form->addRow(tr("Port:"), fields.port);
    //: Mail programs call this "Connection security" (SSL/TLS, STARTTLS)
    form->addRow(tr("Connection security:"), fields.security);
    form->addRow(tr("User name:"), withCopyButton(fields.user, tr("%1: copy the user name").arg(title)));
    //: How the mail program proves who it is; "Normal password" is Thunderbird's word for it
    form->addRow(tr("Authentication:"), fields.password);
    return fields;
}

void DeviceSetupDialog::load()
{
    EngineClient::whenFinished(m_client.users().ClientSetup(m_address), this, [this](const QDBusPendingCall &call) {
        if (call.isError())
            m_messageBar->showError(ClientError(call.error()));
        else
            showSetup(QDBusPendingReply<QVariantMap>(call).value());
        Q_EMIT loaded();
    });
}

void DeviceSetupDialog::fill(ServerFields &fields, const QVariantMap &server)
{
    const QString protocol = protocolName(server.value(u"protocol"_s).toString());
    fields.box->setTitle(tr("%1 (%2)").arg(fields.box->title(), protocol));
    fields.host->setText(server.value(u"hostname"_s).toString());
    fields.port->setText(QString::number(server.value(u"port"_s).toUInt()));
    fields.security->setText(securityInWords(server.value(u"security"_s).toString()));
    fields.user->setText(server.value(u"username"_s).toString());
    const QString authentication = server.value(u"authentication"_s).toString();
    fields.password->setText(authentication == u"password-cleartext"_s
                                 ? tr("Normal password (the one set for this user)")
                                 : authentication);
}

void DeviceSetupDialog::showSetup(const QVariantMap &setup)
{
    m_setup = setup;
    const QList<QVariantMap> incoming = Models::toVariantMapList(setup.value(u"incoming"_s));
    const QList<QVariantMap> outgoing = Models::toVariantMapList(setup.value(u"outgoing"_s));
    if (!incoming.isEmpty())
        fill(m_incoming, incoming.first());
    if (!outgoing.isEmpty())
        fill(m_outgoing, outgoing.first());
    m_incoming.box->setVisible(!incoming.isEmpty());
    m_outgoing.box->setVisible(!outgoing.isEmpty());

    // Plain lines any QR reader shows as text: there is no standard QR format for mail accounts,
    // and the Apple profile is far too big for a QR code.
    QStringList lines;
    const auto line = [](const QVariantMap &server) {
        return u"%1: %2:%3 %4"_s.arg(protocolName(server.value(u"protocol"_s).toString()),
                                     server.value(u"hostname"_s).toString(),
                                     QString::number(server.value(u"port"_s).toUInt()),
                                     securityInWords(server.value(u"security"_s).toString()));
    };
    if (!incoming.isEmpty())
        lines << line(incoming.first());
    if (!outgoing.isEmpty())
        lines << line(outgoing.first());
    lines << u"User: "_s + setup.value(u"address"_s, m_address).toString();
    m_qr->setText(lines.join(u'\n'));
    m_saveAutoconfig->setEnabled(!setup.value(u"autoconfig_xml"_s).toString().isEmpty());
    m_saveMobileconfig->setEnabled(!setup.value(u"mobileconfig"_s).toString().isEmpty());
    for (QPushButton *button : std::as_const(m_programButtons))
        button->setEnabled(true);
    adjustSize();
}

QString DeviceSetupDialog::qrText() const
{
    return m_qr->text();
}

bool DeviceSetupDialog::saveAutoconfig(const QString &path)
{
    return save(u"autoconfig_xml"_s, path);
}

bool DeviceSetupDialog::saveMobileconfig(const QString &path)
{
    return save(u"mobileconfig"_s, path);
}

bool DeviceSetupDialog::save(const QString &key, const QString &path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(m_setup.value(key).toString().toUtf8()) >= 0 && file.commit()) {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information,
                                  tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    m_messageBar->showMessage(Widgets::MessageBar::Type::Error,
                              tr("Could not save %1.").arg(QDir::toNativeSeparators(path)), file.errorString());
    return false;
}

void DeviceSetupDialog::chooseAndSave(const QString &key, const QString &title, const QString &fileName,
                                      const QString &filter)
{
    auto *chooser = new QFileDialog(this, title, QDir::home().filePath(fileName), filter);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this, key](const QString &path) { save(key, path); });
    chooser->open();
}

} // namespace Doorstep::Ui::Pages

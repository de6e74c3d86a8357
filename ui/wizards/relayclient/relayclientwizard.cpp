#include "ui/wizards/relayclient/relayclientwizard.h"

#include <memory>

#include <QDBusPendingReply>
#include <QRadioButton>
#include <QRandomGenerator>

#include "ui/client/engineclient.h"
#include "ui/models/dbusvalue.h"
#include "ui/wizards/relayclient/relayclientpages.h"
#include "ui/wizards/wizardlayout.h"

namespace Doorstep::Ui::Wizards {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPasswordGroups = 4;
constexpr int kPasswordGroupLength = 5;

/** The first port of a listener, from GetStatus (bound) or else the setting. */
int listenerPort(const QVariantMap &bound, const QVariantMap &settings, const QString &name)
{
    for (const QString &address : bound.value(name).toStringList()) {
        if (const int port = RelayClientWizard::portOf(address); port > 0)
            return port;
    }
    for (const QString &address : settings.value(u"listeners."_s + name).toStringList()) {
        if (const int port = RelayClientWizard::portOf(address); port > 0)
            return port;
    }
    return 0;
}

} // namespace

RelayClientWizard::RelayClientWizard(EngineClient &client, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_choice(new ChoicePage(this))
    , m_network(new NetworkPage(this))
    , m_elsewhere(new ElsewherePage(this))
    , m_review(new ReviewPage(this))
    , m_configuration(new ConfigurationPage(this))
    , m_password(generatePassword())
{
    setObjectName(u"relayClientWizard"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Relay Client Wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    setPage(ChoicePageId, m_choice);
    setPage(NetworkPageId, m_network);
    setPage(ElsewherePageId, m_elsewhere);
    setPage(ReviewPageId, m_review);
    setPage(ConfigurationPageId, m_configuration);
    setStartId(ChoicePageId);
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    nameButtons(this);
    resize(840, 600);
    load();
}

RelayClientWizard::~RelayClientWizard()
{
    // The password lives only in this window: overwrite it before the memory is released.
    m_password.fill(u'\0');
}

RelayClientWizard::Kind RelayClientWizard::kind() const
{
    return m_choice->elsewhereChoice()->isChecked() ? Kind::Elsewhere : Kind::Network;
}

void RelayClientWizard::setNetwork(const QString &pattern, const QString &comment)
{
    m_pattern = pattern;
    m_comment = comment;
}

void RelayClientWizard::setAccount(const QString &address)
{
    m_account = address;
}

QString RelayClientWizard::generatePassword()
{
    // 20 characters from 55 (no 0/O, 1/l/I): about 115 bits, and easy to read out or type.
    static const QString alphabet = u"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString password;
    QRandomGenerator *random = QRandomGenerator::system();
    for (int group = 0; group < kPasswordGroups; ++group) {
        if (group > 0)
            password += u'-';
        for (int i = 0; i < kPasswordGroupLength; ++i)
            password += alphabet.at(int(random->bounded(quint32(alphabet.size()))));
    }
    return password;
}

int RelayClientWizard::portOf(const QString &address)
{
    const qsizetype colon = address.lastIndexOf(u':');
    if (colon < 0 || address.endsWith(u']'))
        return 0;
    bool ok = false;
    const int port = address.mid(colon + 1).toInt(&ok);
    return ok ? port : 0;
}

ClientSetup RelayClientWizard::clientSetup() const
{
    ClientSetup setup;
    setup.host = m_info.hostname;
    setup.selfSignedFingerprint = m_info.selfSignedFingerprint;
    if (kind() == Kind::Network) {
        // A machine on the network relays by its address over the MTA port, without a login.
        setup.port = m_info.mtaPort;
        setup.security = ClientSetup::Security::StartTls;
        return setup;
    }
    if (m_info.submissionPort > 0) {
        setup.port = m_info.submissionPort;
        setup.security = ClientSetup::Security::StartTls;
    } else {
        setup.port = m_info.smtpsPort;
        setup.security = ClientSetup::Security::ImplicitTls;
    }
    setup.user = m_account;
    setup.password = m_password;
    return setup;
}

void RelayClientWizard::load()
{
    // Six answers in parallel; the pages wait for all of them. The certificate only refines
    // the msmtp and Thunderbird texts, so its failure is no failure.
    m_pendingLoads = 6;
    auto settings = std::make_shared<QVariantMap>();
    auto bound = std::make_shared<QVariantMap>();
    const auto done = [this, settings, bound](const QDBusPendingCall &call, bool required = true) {
        if (required && call.isError() && m_loadError.isEmpty())
            m_loadError = ClientError(call.error()).summary() + u' ' + call.error().message();
        if (--m_pendingLoads > 0)
            return;
        m_info.hostname = settings->value(u"identity.hostname"_s).toString();
        m_info.mtaPort = listenerPort(*bound, *settings, u"mta"_s);
        m_info.submissionPort = listenerPort(*bound, *settings, u"submission"_s);
        m_info.smtpsPort = listenerPort(*bound, *settings, u"smtps"_s);
        m_info.loaded = m_loadError.isEmpty();
        Q_EMIT serverInfoLoaded(m_loadError);
    };
    EngineClient::whenFinished(m_client.settings().GetAll(), this, [settings, done](const QDBusPendingCall &call) {
        if (!call.isError())
            *settings = QDBusPendingReply<QVariantMap>(call).value();
        done(call);
    });
    EngineClient::whenFinished(m_client.manager().GetStatus(), this, [bound, done](const QDBusPendingCall &call) {
        if (!call.isError())
            *bound = Models::toVariantMap(QDBusPendingReply<QVariantMap>(call).value().value(u"listeners"_s));
        done(call);
    });
    EngineClient::whenFinished(m_client.domains().List(), this, [this, done](const QDBusPendingCall &call) {
        if (!call.isError())
            m_info.domains = QDBusPendingReply<QStringList>(call).value();
        done(call);
    });
    EngineClient::whenFinished(m_client.users().List(), this, [this, done](const QDBusPendingCall &call) {
        if (!call.isError()) {
            for (const DBus::User &user : QDBusPendingReply<DBus::UserList>(call).value())
                m_info.users << user.address.toLower();
        }
        done(call);
    });
    EngineClient::whenFinished(m_client.relay().ListClients(), this, [this, done](const QDBusPendingCall &call) {
        if (!call.isError()) {
            for (const DBus::RelayClient &relayClient : QDBusPendingReply<DBus::RelayClientList>(call).value())
                m_info.relayPatterns << relayClient.pattern.toLower();
        }
        done(call);
    });
    EngineClient::whenFinished(m_client.certificates().Current(), this, [this, done](const QDBusPendingCall &call) {
        if (!call.isError()) {
            const QVariantMap certificate = QDBusPendingReply<QVariantMap>(call).value();
            if (certificate.value(u"self_signed"_s).toBool())
                m_info.selfSignedFingerprint = certificate.value(u"fingerprint_sha256"_s).toString();
        }
        done(call, false);
    });
}

void RelayClientWizard::apply(std::function<void(const ClientError &error)> done)
{
    const Kind which = kind();
    const QDBusPendingCall call = which == Kind::Network ? m_client.relay().AddClient(m_pattern, u"RELAY"_s, m_comment)
                                                         : m_client.users().Add(m_account, m_password);
    EngineClient::whenFinished(call, this, [this, which, done = std::move(done)](const QDBusPendingCall &finished) {
        const ClientError error(finished.error());
        if (!error.isError()) {
            m_applied = true;
            Q_EMIT applied(which, which == Kind::Network ? m_pattern : m_account);
        }
        done(error);
    });
}

} // namespace Doorstep::Ui::Wizards

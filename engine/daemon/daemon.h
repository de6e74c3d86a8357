#pragma once

#include <memory>

#include <QDBusConnection>
#include <QHostAddress>
#include <QObject>

#include "engine/core/result.h"
#include "engine/daemon/options.h"

namespace Doorstep::Core {
class EngineState;
class EventLog;
class SettingsRegistry;
} // namespace Doorstep::Core

namespace Doorstep::Store {
class Settings;
class Statistics;
class Store;
} // namespace Doorstep::Store

namespace Doorstep::Smtp {
class LocalSubmissionServer;
class SmtpServer;
} // namespace Doorstep::Smtp
namespace Doorstep::Tls {
class CertificateRenewal;
class CertificateStore;
class DkimKeyStore;
} // namespace Doorstep::Tls
namespace Doorstep::Dns {
class UnboundResolver;
}
namespace Doorstep::Policy {
class DirectoryCache;
class MailPolicy;
} // namespace Doorstep::Policy
namespace Doorstep::Filters {
class Greylist;
class ContentPipeline;
class SpamFilter;
namespace Antivirus {
class AntivirusFilter;
class ScannerSupervisor;
} // namespace Antivirus
} // namespace Doorstep::Filters
namespace Doorstep::Queue {
class Notifier;
class Quarantine;
class Scheduler;
class Spool;
} // namespace Doorstep::Queue
namespace Doorstep::Delivery {
class DkimSigner;
class DovecotSupervisor;
class LmtpDeliverer;
class LocalDeliverer;
class MailboxDeliverer;
class SieveRules;
class RemoteDeliverer;
struct RewriteRules;
}

namespace Doorstep::Ddns {
class DdnsUpdater;
}

namespace Doorstep::DBus {
class Authorizer;
class EngineObject;
struct ServiceContext;
} // namespace Doorstep::DBus

namespace Doorstep::Daemon {

class DnsChallengeBridge;
class HealthMonitor;

class DataDirectory;
class MailFlow;

/**
 * The composition root: owns the data directory claim, the store, the settings, the
 * listeners and the D-Bus services, wires them together and takes the bus name last, so a
 * client that sees org.doorstep.Engine1 always finds a ready engine.
 */
class Daemon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Daemon)

public:
    static constexpr QLatin1StringView kBusName{"org.doorstep.Engine1"};

    /** Starts the engine; the error is the one line doorstepd prints before exiting. */
    static Core::Result<std::unique_ptr<Daemon>> start(const Options &options);
    ~Daemon() override;

    /** Orderly stop: no new connections, the bus name released, counters and store flushed. */
    void shutdown();

    /** doorstepd's main(): parses the command line, runs until SIGTERM/SIGINT. */
    static int main(int argc, char **argv);

private Q_SLOTS:
    // QDBusConnection::connect only takes a slot by name (Qt 6.4).
    void onBusDisconnected();

private:
    explicit Daemon(const Options &options);
    Core::Result<void> startUp();
    Core::Result<void> startMailFlow();
    Core::Result<void> startLocalSubmission();
    void startAntivirus();
    Core::Result<void> finishStartUp();
    void ensureCertificate();
    /**
     * A self-signed certificate follows identity.hostname: it exists to name this host. One
     * generation at a time; when the name changed again meanwhile, it runs once more.
     */
    void followHostnameWithSelfSigned();
    Core::Result<void> connectBus();
    Core::Result<void> takeBusName();
    QVariantMap boundListeners() const;
    bool isOwnListener(const QHostAddress &address, quint16 port) const;
    Delivery::RewriteRules rewriteRules() const;
    bool isDkimDomain(const QString &domain) const;

    Options m_options;
    QDBusConnection m_bus;
    std::unique_ptr<DataDirectory> m_dataDirectory;
    std::unique_ptr<Core::SettingsRegistry> m_registry;
    std::unique_ptr<Store::Store> m_store;
    std::unique_ptr<Core::EngineState> m_state;
    std::unique_ptr<Core::EventLog> m_events;
    std::unique_ptr<Store::Settings> m_settings;
    std::unique_ptr<Store::Statistics> m_statistics;
    std::unique_ptr<Tls::CertificateStore> m_certificates;
    std::unique_ptr<Tls::CertificateRenewal> m_renewal;
    std::unique_ptr<Tls::DkimKeyStore> m_dkimKeys;
    std::unique_ptr<Delivery::DkimSigner> m_dkimSigner;
    std::unique_ptr<Dns::UnboundResolver> m_resolver;
    std::unique_ptr<Policy::DirectoryCache> m_directory;
    std::unique_ptr<Policy::MailPolicy> m_policy;
    std::unique_ptr<Queue::Spool> m_spool;
    std::unique_ptr<Delivery::LocalDeliverer> m_localDeliverer;
    std::unique_ptr<Delivery::DovecotSupervisor> m_dovecot;
    std::unique_ptr<Delivery::LmtpDeliverer> m_lmtpDeliverer;
    std::unique_ptr<Delivery::MailboxDeliverer> m_mailboxDeliverer;
    std::unique_ptr<Delivery::SieveRules> m_rules;
    std::unique_ptr<Delivery::RemoteDeliverer> m_remoteDeliverer;
    std::unique_ptr<Queue::Notifier> m_notifier;
    std::unique_ptr<Queue::Scheduler> m_scheduler;
    std::unique_ptr<Filters::SpamFilter> m_spamFilter;
    std::unique_ptr<Queue::Quarantine> m_quarantine;
    std::unique_ptr<Filters::Antivirus::ScannerSupervisor> m_antivirus;
    std::unique_ptr<Filters::Antivirus::AntivirusFilter> m_antivirusFilter;
    std::unique_ptr<Filters::Greylist> m_greylist;
    std::unique_ptr<Filters::ContentPipeline> m_contentFilters;
    std::unique_ptr<MailFlow> m_mailFlow;
    std::unique_ptr<Smtp::SmtpServer> m_smtp;
    std::unique_ptr<Smtp::LocalSubmissionServer> m_localSubmission;
    std::unique_ptr<Ddns::DdnsUpdater> m_ddns;
    std::unique_ptr<HealthMonitor> m_health;
    std::unique_ptr<DnsChallengeBridge> m_dnsChallenges;
    std::unique_ptr<DBus::Authorizer> m_authorizer;
    std::unique_ptr<DBus::ServiceContext> m_serviceContext;
    std::unique_ptr<DBus::EngineObject> m_engineObject;
    quint64 m_startedAtUsec = 0;
    bool m_ownsName = false;
    bool m_stopped = false;
    bool m_selfSignedRunning = false;
};

} // namespace Doorstep::Daemon

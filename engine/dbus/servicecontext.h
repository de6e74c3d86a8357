#pragma once

#include <functional>

#include <QVariantMap>

#include "engine/core/result.h"
#include "engine/core/runmode.h"
#include "engine/dns/healthcheckresult.h"

namespace Doorstep::Core {
class Clock;
class EngineState;
class EventLog;
} // namespace Doorstep::Core

namespace Doorstep::Store {
class Settings;
class Statistics;
class Store;
} // namespace Doorstep::Store

namespace Doorstep::Queue {
class Quarantine;
class Scheduler;
class Spool;
} // namespace Doorstep::Queue

namespace Doorstep::Tls {
class CertificateRenewal;
class CertificateStore;
} // namespace Doorstep::Tls

namespace Doorstep::Delivery {
class DkimSigner;
class RemoteDeliverer;
class SieveRules;
} // namespace Doorstep::Delivery

namespace Doorstep::Ddns {
class DdnsUpdater;
}

namespace Doorstep::Filters {
class Greylist;
class SpamFilter;
namespace Antivirus {
class ScannerSupervisor;
}
} // namespace Doorstep::Filters

namespace Doorstep::Policy {
class DirectoryCache;
}

namespace Doorstep::DBus {

class Authorizer;

/** The engine parts the D-Bus services use; owned by the daemon, which outlives the services. */
struct ServiceContext
{
    Core::RunMode mode;
    QString dataDirectory;
    quint64 startedAtUsec = 0;
    const Core::Clock &clock;
    Core::EngineState &state;
    Core::EventLog &events;
    Store::Store &store;
    Store::Settings &settings;
    Store::Statistics &statistics;
    Authorizer &authorizer;
    /** Listener name to the addresses actually bound ("HOST:PORT"). */
    std::function<QVariantMap()> boundListeners;
    Queue::Spool &spool;
    Queue::Scheduler &scheduler;
    Tls::CertificateStore &certificates;
    Delivery::RemoteDeliverer &remote;
    /** Domains.DkimRecords. */
    Delivery::DkimSigner &dkim;
    Filters::SpamFilter &spam;
    Filters::Antivirus::ScannerSupervisor &antivirus;
    Queue::Quarantine &quarantine;
    Filters::Greylist &greylist;
    Tls::CertificateRenewal &renewal;
    Ddns::DdnsUpdater &ddns;
    /** Domains.Check (the daemon's HealthMonitor): every health check of a local domain, later. */
    std::function<void(const QString &domain, std::function<void(Core::Result<QList<Dns::HealthCheckResult>>)>)> checkDomain;
    /** Manager.GetStatus "health": the worst state of the last health checks, and what fails. */
    std::function<QVariantMap()> healthSummary;
    /** Manager.GetStatus "imap": the managed Dovecot's state, why it is not running, its listeners. */
    std::function<QVariantMap()> imapStatus;
    /** Who is local now (Rules and ClientSetup check users against it). */
    Policy::DirectoryCache &directory;
    /** Rules: the Sieve scripts, their check and dry run. */
    Delivery::SieveRules &rules;
};

} // namespace Doorstep::DBus

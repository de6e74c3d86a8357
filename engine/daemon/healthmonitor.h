#pragma once

#include <functional>

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTimer>
#include <QVariantMap>

#include "engine/core/result.h"
#include "engine/dns/healthcheckresult.h"

namespace Doorstep::Core {
class Clock;
class EventLog;
} // namespace Doorstep::Core

namespace Doorstep::Dns {
class DomainHealthCheck;
class Resolver;
} // namespace Doorstep::Dns

namespace Doorstep::Store {
class Settings;
class Store;
} // namespace Doorstep::Store

namespace Doorstep::Tls {
class CertificateStore;
}

namespace Doorstep::Delivery {
struct ProbeResult;
}

namespace Doorstep::Daemon {

/**
 * Domains.Check and the watch over it: the DNS checks of Dns::DomainHealthCheck plus the
 * certificate (checkCertificate) and outbound port 25 (the sending side's probe), for one
 * domain on request, and for every local domain by itself once a day and after each change
 * of the public address. A check that turns from ok to warn or fail raises one
 * `health_changed` Event per domain and run, naming what turned and why ("Your address
 * 203.0.113.7 is not in the SPF record of example.org ..."). The first run after start is a
 * baseline and raises nothing.
 *
 * The parts that live in higher modules come in as functions the daemon sets: the public
 * addresses (engine/ddns), the DKIM records (the signing keys), the port 25 probe.
 */
class HealthMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthMonitor)

public:
    using Results = QList<Dns::HealthCheckResult>;
    using DkimRecords = QList<QPair<QString, QString>>;
    /** Finds the public addresses now (IPv4 first); gives an empty list when they cannot be found. */
    using PublicAddresses = std::function<void(QObject *context, std::function<void(QList<QHostAddress>)> done)>;
    using DkimSource = std::function<void(const QString &domain, QObject *context, std::function<void(DkimRecords)> done)>;
    using Port25Probe = std::function<void(std::function<void(Delivery::ProbeResult)> done)>;

    static constexpr int kRecheckIntervalMs = 24 * 60 * 60 * 1000;
    static constexpr int kFirstRunDelayMs = 60 * 1000;
    /** How often the public address is looked at (a change re-runs every check). */
    static constexpr int kAddressWatchMs = 60 * 60 * 1000;

    HealthMonitor(Dns::Resolver &resolver, const Store::Settings &settings, Store::Store &store, const Tls::CertificateStore &certificates,
                  Core::EventLog &events, const Core::Clock &clock, QObject *parent = nullptr);
    ~HealthMonitor() override;

    void setPublicAddresses(PublicAddresses source) { m_publicAddresses = std::move(source); }
    void setDkimSource(DkimSource source) { m_dkim = std::move(source); }
    void setPort25Probe(Port25Probe probe) { m_port25 = std::move(probe); }

    /** Starts the daily run (the first one kFirstRunDelayMs after this call) and the hourly look at the public address. */
    void start();
    /** Looks the public address up now; a change makes the owner call checkAll(). */
    void watchAddress();

    /**
     * Domains.Check: every check for the local domain @p domain now; NotFound for a domain
     * that is not local. @p done runs later on this thread.
     */
    void check(const QString &domain, std::function<void(Core::Result<Results>)> done);

    /** Checks every local domain again (the public address changed; the daily run). */
    void checkAll();

    /** Manager.GetStatus "health": worst state, when, and the problems of every domain's last run. */
    QVariantMap summary() const;

Q_SIGNALS:
    /** A run for @p domain finished (on request or by itself). */
    void checked(const QString &domain, const QList<Doorstep::Dns::HealthCheckResult> &results);

private:
    void run(const QString &domain, std::function<void(Results)> done);
    void record(const QString &domain, const Results &results);

    Dns::Resolver &m_resolver;
    const Store::Settings &m_settings;
    Store::Store &m_store;
    const Tls::CertificateStore &m_certificates;
    Core::EventLog &m_events;
    const Core::Clock &m_clock;
    Dns::DomainHealthCheck *m_dns; // child
    PublicAddresses m_publicAddresses;
    DkimSource m_dkim;
    Port25Probe m_port25;
    QHash<QString, Results> m_last; // lower-case domain -> last results
    quint64 m_lastCheckedUsec = 0;
    QTimer m_timer;
    QTimer m_addressTimer;
};

} // namespace Doorstep::Daemon

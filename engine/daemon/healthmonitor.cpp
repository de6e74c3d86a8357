#include "engine/daemon/healthmonitor.h"

#include <algorithm>
#include <memory>

#include <QFile>

#include "engine/core/clock.h"
#include "engine/core/eventlog.h"
#include "engine/daemon/certificatecheck.h"
#include "engine/daemon/log.h"
#include "engine/delivery/remote/outboundprobe.h"
#include "engine/dns/domainhealth.h"
#include "engine/store/repositories/domainrepository.h"
#include "engine/store/settings.h"
#include "engine/store/store.h"
#include "engine/tls/certificatestore.h"

namespace Doorstep::Daemon {

using namespace Qt::StringLiterals;
using Dns::HealthCheckResult;
using Dns::HealthState;

namespace {

HealthCheckResult port25Result(const Delivery::ProbeResult &probe, const QString &smartHost, const QString &fallbackHost)
{
    using State = Delivery::ProbeResult::State;
    if (probe.state == State::Open)
        return {u"port25"_s, HealthState::Ok, u"Outgoing port 25 is open: this server delivers mail directly."_s, {}};
    if (!smartHost.isEmpty())
        return {u"port25"_s, HealthState::Ok, u"Outgoing port 25 is %1, but mail leaves through the smart host %2."_s.arg(probe.stateName(), smartHost), {}};
    if (!fallbackHost.isEmpty())
        return {u"port25"_s, HealthState::Warn, u"Outgoing port 25 is %1 (%2); mail goes through the fallback relay %3."_s.arg(probe.stateName(), probe.sentence, fallbackHost), {}};
    // The probe's sentence already says what to do (set a smart host).
    return {u"port25"_s, HealthState::Fail, u"Outgoing port 25 is %1: %2"_s.arg(probe.stateName(), probe.sentence), {}};
}

QList<QSslCertificate> extraAuthorities(const QString &path)
{
    if (path.isEmpty())
        return {};
    return QSslCertificate::fromPath(path, QSsl::Pem);
}

} // namespace

HealthMonitor::HealthMonitor(Dns::Resolver &resolver, const Store::Settings &settings, Store::Store &store,
                             const Tls::CertificateStore &certificates, Core::EventLog &events, const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_settings(settings)
    , m_store(store)
    , m_certificates(certificates)
    , m_events(events)
    , m_clock(clock)
    , m_dns(new Dns::DomainHealthCheck(resolver, this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        checkAll();
        m_timer.start(kRecheckIntervalMs);
    });
    connect(&m_addressTimer, &QTimer::timeout, this, &HealthMonitor::watchAddress);
}

HealthMonitor::~HealthMonitor() = default;

void HealthMonitor::start()
{
    m_timer.start(kFirstRunDelayMs);
    m_addressTimer.start(kAddressWatchMs);
}

void HealthMonitor::watchAddress()
{
    if (m_publicAddresses)
        m_publicAddresses(this, [](const QList<QHostAddress> &) {});
}

void HealthMonitor::check(const QString &domain, std::function<void(Core::Result<Results>)> done)
{
    const QString wanted = domain.trimmed().toLower();
    m_store.run(
        this, [](Store::Database &db) { return Store::DomainRepository(db).list(); },
        [this, wanted, done](Core::Result<QStringList> domains) {
            if (!domains) {
                done(domains.error());
                return;
            }
            if (!domains->contains(wanted)) {
                done(Core::Error::notFound(u"'%1' is not one of this server's domains: add it first (Domains)."_s.arg(wanted)));
                return;
            }
            run(wanted, [done](const Results &results) { done(results); });
        });
}

void HealthMonitor::checkAll()
{
    m_store.run(
        this, [](Store::Database &db) { return Store::DomainRepository(db).list(); },
        [this](Core::Result<QStringList> domains) {
            if (!domains) {
                qCWarning(lcDaemon).noquote() << "health check: the domains could not be read:" << domains.error().message;
                return;
            }
            for (const QString &domain : *domains)
                run(domain, [](const Results &) {});
        });
}

void HealthMonitor::run(const QString &domain, std::function<void(Results)> done)
{
    struct Pending
    {
        Dns::DomainHealthInput input;
        Results dns;
        std::optional<HealthCheckResult> port25;
        int outstanding = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->input.domain = domain;
    pending->input.hostname = m_settings.stringValue(u"identity.hostname"_s);
    pending->input.blocklists = m_settings.listValue(u"health.blocklists"_s);

    const auto finish = [this, pending, domain, done] {
        if (--pending->outstanding > 0)
            return;
        Results results = pending->dns;
        const Tls::CertificateInfo &info = m_certificates.current();
        results.append(checkCertificate(info, m_certificates.serverConfiguration().localCertificateChain(), pending->input.hostname,
                                        QDateTime::fromMSecsSinceEpoch(qint64(m_clock.nowUsec() / 1000), Qt::UTC),
                                        extraAuthorities(m_settings.stringValue(u"acme.ca_file"_s))));
        if (pending->port25)
            results.append(*pending->port25);
        record(domain, results);
        done(results);
    };

    // In parallel: the port 25 probe, and (public address, then DKIM records) feeding the DNS checks.
    pending->outstanding = m_port25 ? 2 : 1;
    if (m_port25) {
        m_port25([this, pending, finish](const Delivery::ProbeResult &probe) {
            pending->port25 = port25Result(probe, m_settings.stringValue(u"relay.smart_host"_s), m_settings.stringValue(u"relay.fallback_host"_s));
            finish();
        });
    }
    const auto runDns = [this, pending, finish](const DkimRecords &records) {
        pending->input.dkimRecords = records;
        m_dns->run(pending->input, [pending, finish](const Results &results) {
            pending->dns = results;
            finish();
        });
    };
    const auto withAddresses = [this, pending, domain, runDns](const QList<QHostAddress> &addresses) {
        pending->input.publicAddresses = addresses;
        if (m_dkim && m_settings.boolValue(u"dkim.enabled"_s))
            m_dkim(domain, this, runDns);
        else
            runDns({});
    };
    if (m_publicAddresses)
        m_publicAddresses(this, withAddresses);
    else
        withAddresses({});
}

void HealthMonitor::record(const QString &domain, const Results &results)
{
    const auto previous = m_last.constFind(domain);
    if (previous != m_last.cend()) {
        QStringList turned;
        QStringList sentences;
        for (const HealthCheckResult &now : results) {
            if (now.state == HealthState::Ok)
                continue;
            for (const HealthCheckResult &before : *previous) {
                if (before.check == now.check && before.state == HealthState::Ok) {
                    turned.append(now.check);
                    sentences.append(now.sentence);
                }
            }
        }
        if (!turned.isEmpty()) {
            QString summary = sentences.constFirst();
            if (turned.size() > 1)
                summary += u" (%1 more checks of %2 turned too.)"_s.arg(turned.size() - 1).arg(domain);
            m_events.add(Core::EventKind::HealthChanged, summary,
                         {{u"domain"_s, domain}, {u"checks"_s, turned}, {u"state"_s, QString(Dns::healthStateName(Dns::worstState(results)))}});
            qCInfo(lcDaemon).noquote() << "health check of" << domain << "turned:" << turned.join(u", "_s);
        }
    }
    m_last.insert(domain, results);
    m_lastCheckedUsec = m_clock.nowUsec();
    Q_EMIT checked(domain, results);
}

QVariantMap HealthMonitor::summary() const
{
    if (m_last.isEmpty())
        return {{u"state"_s, QString()}, {u"checked_at"_s, QVariant::fromValue<qulonglong>(0)}, {u"problems"_s, QStringList()}};
    HealthState worst = HealthState::Ok;
    QStringList failures;
    QStringList warnings;
    QStringList domains = m_last.keys();
    domains.sort();
    for (const QString &domain : domains) {
        const Results &results = m_last.value(domain);
        worst = std::max(worst, Dns::worstState(results), [](HealthState a, HealthState b) { return int(a) < int(b); });
        for (const HealthCheckResult &result : results) {
            if (result.state == HealthState::Fail)
                failures << domain + u": "_s + result.sentence;
            else if (result.state == HealthState::Warn)
                warnings << domain + u": "_s + result.sentence;
        }
    }
    return {{u"state"_s, QString(Dns::healthStateName(worst))},
            {u"checked_at"_s, QVariant::fromValue<qulonglong>(m_lastCheckedUsec)},
            {u"problems"_s, failures + warnings}};
}

} // namespace Doorstep::Daemon

#include "engine/ddns/ddnsupdater.h"

#include <QDateTime>
#include <QDir>
#include <QNetworkReply>

#include "engine/core/clock.h"
#include "engine/core/eventlog.h"
#include "engine/ddns/log.h"
#include "engine/store/settings.h"

namespace Doorstep::Ddns {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
constexpr quint64 kUsecPerSecond = 1000000;
const QString kOffSentence = u"Dynamic DNS is off: choose a provider in setting 'ddns.provider' first."_s;
} // namespace

QString DdnsUpdater::stateName(State state)
{
    switch (state) {
    case State::Disabled:
        return u"disabled"_s;
    case State::Waiting:
        return u"waiting"_s;
    case State::Updating:
        return u"updating"_s;
    case State::Ok:
        return u"ok"_s;
    case State::Error:
        return u"error"_s;
    case State::Stopped:
        return u"stopped"_s;
    }
    return u"unknown"_s;
}

quint64 DdnsUpdater::backoffSeconds(quint32 failures, quint64 intervalSeconds)
{
    const quint64 base = std::max<quint64>(1, std::min<quint64>(60, intervalSeconds));
    const quint64 cap = std::min(std::max(4 * intervalSeconds, base), kMaxBackoffSeconds);
    quint64 delay = base;
    for (quint32 i = 1; i < failures && delay < cap; ++i)
        delay *= 2;
    return std::min(delay, cap);
}

DdnsUpdater::DdnsUpdater(Store::Settings &settings, Core::EventLog &events, const Core::Clock &clock, const QString &dataDirectory,
                         QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_events(events)
    , m_clock(clock)
    , m_http(m_network)
    , m_address(std::make_unique<PublicAddress>(settings, m_http, events, clock))
    , m_file(QDir(dataDirectory).filePath(u"ddns/last-update.json"_s))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { runCycle(false); });
    connect(&m_settings, &Store::Settings::changed, this, &DdnsUpdater::onSettingsChanged);
    // The address as the health check finds it is remembered too.
    connect(m_address.get(), &PublicAddress::changed, this, [this] { save(); });
}

DdnsUpdater::~DdnsUpdater()
{
    // Requests still under way would report to a half-destroyed updater while the network
    // manager (a member) aborts them: silence them first.
    for (QNetworkReply *reply : m_network.findChildren<QNetworkReply *>()) {
        reply->disconnect();
        reply->abort();
    }
}

void DdnsUpdater::start()
{
    if (auto loaded = m_file.load(); loaded) {
        m_last = loaded.value();
        m_address->restore(m_last.seen);
        m_lastResult = m_last.result;
    } else {
        qCWarning(lcDdns).noquote() << loaded.error().message << "Starting without it, ignoring";
    }
    m_started = true;
    reconfigure();
}

void DdnsUpdater::stop()
{
    m_started = false;
    m_timer.stop();
    m_nextAttemptUsec = 0;
}

quint64 DdnsUpdater::intervalSeconds() const
{
    return std::max<quint64>(1, m_settings.uintValue(u"ddns.interval"_s));
}

void DdnsUpdater::onSettingsChanged(const QStringList &keys)
{
    bool relevant = false;
    for (const QString &key : keys) {
        if (!key.startsWith(u"ddns."_s))
            continue;
        relevant = true;
        // New credentials or a new name deserve one real request even for an unchanged
        // address: that is how the person learns whether they work.
        if (key != u"ddns.interval"_s && key != u"ddns.ip_source"_s && key != u"ddns.ip_url"_s)
            m_sendAfterSettingsChange = true;
    }
    if (relevant)
        reconfigure();
}

void DdnsUpdater::reconfigure()
{
    if (!m_started)
        return;
    m_provider = DdnsProvider::create(ProviderSettings::fromSettings(m_settings), m_http);
    m_failures = 0;
    if (!m_provider) {
        m_timer.stop();
        m_nextAttemptUsec = 0;
        m_state = State::Disabled;
        return;
    }
    if (m_running) {
        m_runAgain = true; // the new settings get their cycle when this one ends
        return;
    }
    if (m_state == State::Disabled || m_state == State::Stopped)
        m_state = State::Waiting;
    scheduleIn(0);
}

void DdnsUpdater::scheduleIn(quint64 seconds)
{
    m_nextAttemptUsec = m_clock.nowUsec() + seconds * kUsecPerSecond;
    // QTimer counts milliseconds in an int (24.8 days): a longer interval (ddns.interval may be
    // 30 days) only runs its cycle earlier, which sends nothing for an unchanged address.
    m_timer.start(std::chrono::milliseconds(std::min<quint64>(seconds, 20ULL * 24 * 3600) * 1000));
}

void DdnsUpdater::updateNow(QObject *context, std::function<void(Result<QString>)> done)
{
    if (!m_provider) {
        done(Error::failed(kOffSentence));
        return;
    }
    if (m_running) {
        m_nextWaiters.append({QPointer<QObject>(context), std::move(done)});
        m_forceAgain = true;
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(done)});
    runCycle(true);
}

void DdnsUpdater::runCycle(bool forced)
{
    m_timer.stop();
    m_nextAttemptUsec = 0;
    if (!m_started || !m_provider) {
        finishCycle(UpdateOutcome::stop(kOffSentence), false, {});
        return;
    }
    m_running = true;
    m_forced = forced;
    m_state = State::Updating;
    m_lastAttemptUsec = m_clock.nowUsec();
    if (const QString missing = m_provider->missingSettings(); !missing.isNull()) {
        finishCycle(UpdateOutcome::stop(missing), false, {});
        return;
    }
    m_address->refresh(this, [this](Result<PublicAddresses> found) {
        if (!found) {
            const bool fixable = found.error().code != Core::ErrorCode::Failed;
            const QString sentence = u"Cannot find the public address: %1"_s.arg(found.error().message);
            finishCycle(fixable ? UpdateOutcome::stop(sentence) : UpdateOutcome::retryLater(sentence + u" Will try again later."_s), false, {});
            return;
        }
        send(found.value());
    });
}

void DdnsUpdater::send(const PublicAddresses &addresses)
{
    const QString destination = m_provider->settings().destinationKey();
    const bool unchanged = m_last.destination == destination && m_last.sent == addresses
                           && m_clock.nowUsec() < m_last.sentAtUsec + kKeepAliveSeconds * kUsecPerSecond;
    if (unchanged && !m_forced && !m_sendAfterSettingsChange) {
        // Never resend what the provider has: DynDNS2 providers block repeated "nochg".
        finishCycle(UpdateOutcome::ok(u"The address %1 is unchanged since the update of %2; nothing sent."_s.arg(
                        addresses.describe(), QDateTime::fromMSecsSinceEpoch(qint64(m_last.sentAtUsec / 1000)).toString(Qt::ISODate))),
                    false, addresses);
        return;
    }
    qCInfo(lcDdns).noquote() << "sending" << addresses.describe() << "for" << m_provider->settings().fqdn() << "to" << m_provider->settings().provider;
    std::shared_ptr<DdnsProvider> provider = m_provider; // lives until its answer, even if settings change meanwhile
    provider->update(addresses, this, [this, provider, addresses](UpdateOutcome outcome) { finishCycle(outcome, true, addresses); });
}

void DdnsUpdater::finishCycle(const UpdateOutcome &outcome, bool sent, const PublicAddresses &addresses)
{
    m_running = false;
    m_lastResult = outcome.sentence;
    switch (outcome.kind) {
    case UpdateOutcome::Kind::Ok:
        m_state = State::Ok;
        m_failures = 0;
        if (sent) {
            m_sendAfterSettingsChange = false;
            qCInfo(lcDdns).noquote() << outcome.sentence;
            m_last.destination = m_provider ? m_provider->settings().destinationKey() : QString();
            m_last.sent = addresses;
            m_last.sentAtUsec = m_clock.nowUsec();
            m_last.result = outcome.sentence;
        }
        scheduleIn(intervalSeconds());
        break;
    case UpdateOutcome::Kind::RetryLater:
        m_state = State::Error;
        ++m_failures;
        qCWarning(lcDdns).noquote() << outcome.sentence;
        scheduleIn(backoffSeconds(m_failures, intervalSeconds()));
        break;
    case UpdateOutcome::Kind::Stop:
        m_state = m_provider ? State::Stopped : State::Disabled;
        m_sendAfterSettingsChange = false; // the next settings change sets it again
        m_timer.stop();
        m_nextAttemptUsec = 0;
        qCWarning(lcDdns).noquote() << outcome.sentence << "Dynamic DNS stops until its settings change.";
        break;
    }
    save();
    if (!m_started)
        m_timer.stop();

    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &[context, done] : waiters) {
        if (!context)
            continue;
        if (outcome.kind == UpdateOutcome::Kind::Ok)
            done(outcome.sentence);
        else
            done(Error::failed(outcome.sentence));
    }
    if (m_forceAgain) {
        m_forceAgain = false;
        m_runAgain = false;
        m_waiters = std::exchange(m_nextWaiters, {});
        runCycle(true);
    } else if (m_runAgain) {
        m_runAgain = false;
        if (m_provider)
            scheduleIn(0);
    }
}

void DdnsUpdater::save()
{
    m_last.seen = m_address->current();
    if (auto saved = m_file.save(m_last); !saved)
        qCWarning(lcDdns).noquote() << saved.error().message << "ignoring";
}

TxtRecordPublisher *DdnsUpdater::txtPublisher() const
{
    return m_provider ? m_provider->txtPublisher() : nullptr;
}

QVariantMap DdnsUpdater::status() const
{
    const ProviderSettings settings = ProviderSettings::fromSettings(m_settings);
    const PublicAddresses current = m_address->current();
    return {
        {u"provider"_s, settings.provider},
        {u"host"_s, settings.fqdn()},
        {u"state"_s, stateName(m_state)},
        {u"ip_source"_s, m_settings.stringValue(u"ddns.ip_source"_s)},
        {u"addresses"_s, current.toStringList()},
        {u"address_v4"_s, current.v4.isNull() ? QString() : current.v4.toString()},
        {u"address_v6"_s, current.v6.isNull() ? QString() : current.v6.toString()},
        {u"address_found"_s, m_address->foundAtUsec()},
        {u"address_error"_s, m_address->lastError()},
        {u"last_update"_s, m_last.sentAtUsec},
        {u"last_sent"_s, m_last.sent.toStringList()},
        {u"last_attempt"_s, m_lastAttemptUsec},
        {u"last_result"_s, m_lastResult},
        {u"next_attempt"_s, m_nextAttemptUsec},
        {u"failures"_s, m_failures},
        {u"txt_records"_s, txtPublisher() != nullptr},
    };
}

} // namespace Doorstep::Ddns

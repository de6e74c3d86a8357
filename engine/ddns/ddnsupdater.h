#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>

#include "engine/core/result.h"
#include "engine/ddns/ddnsprovider.h"
#include "engine/ddns/httpclient.h"
#include "engine/ddns/lastupdatefile.h"
#include "engine/ddns/publicaddress.h"

namespace Doorstep::Core {
class Clock;
class EventLog;
} // namespace Doorstep::Core

namespace Doorstep::Store {
class Settings;
}

namespace Doorstep::Ddns {

/**
 * Keeps the name at the dynamic DNS provider pointed at the public address: a cycle (find
 * the address, send it when it differs from what was last sent) runs at start, every
 * ddns.interval, at once after a change of any ddns.* setting, and on updateNow(). An
 * unchanged address is not sent again (the last update survives restarts, see
 * LastUpdateFile) unless updateNow() asks or a setting of the provider (name, credentials,
 * server) changed since; failures that may pass are retried with a growing delay, capped; refusals
 * of credentials or configuration stop the updater until the settings change or updateNow().
 */
class DdnsUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DdnsUpdater)

public:
    /** Status().state: API strings. */
    enum class State {
        Disabled, // ddns.provider is none
        Waiting,  // configured, no cycle has finished yet
        Updating,
        Ok,
        Error,    // the last attempt failed; another follows (next_attempt)
        Stopped,  // credentials or configuration refused; nothing until they change
    };
    static QString stateName(State state);

    /** The first retry waits min(60 s, ddns.interval); each further one twice as long, up to this. */
    static constexpr quint64 kMaxBackoffSeconds = 6 * 3600;
    /** An unchanged address is sent again only this long after the last update (providers expire idle names). */
    static constexpr quint64 kKeepAliveSeconds = 25 * 24 * 3600;

    DdnsUpdater(Store::Settings &settings, Core::EventLog &events, const Core::Clock &clock, const QString &dataDirectory,
                QObject *parent = nullptr);
    ~DdnsUpdater() override;

    /** Reads the last update and starts the first cycle (unless ddns.provider is none). */
    void start();
    /** No further cycles (shutdown). */
    void stop();

    /** The public address (works with ddns.provider none too). */
    PublicAddress &publicAddress() { return *m_address; }

    /** Ddns.Status(): see org.doorstep.Engine1.Ddns.xml for the keys. */
    QVariantMap status() const;

    /**
     * A cycle now that sends even an unchanged address; @p done gets the provider's answer,
     * or an error with it (Failed), or why no update is possible (ddns.provider none).
     */
    void updateNow(QObject *context, std::function<void(Core::Result<QString>)> done);

    /** The provider's TXT capability (Cloudflare, RFC 2136), or nullptr. */
    TxtRecordPublisher *txtPublisher() const;

    /** The delay before retry number @p failures (1 = the first) with an interval of @p intervalSeconds. */
    static quint64 backoffSeconds(quint32 failures, quint64 intervalSeconds);

private:
    using Waiter = std::pair<QPointer<QObject>, std::function<void(Core::Result<QString>)>>;

    void onSettingsChanged(const QStringList &keys);
    void reconfigure();
    void scheduleIn(quint64 seconds);
    void runCycle(bool forced);
    void send(const PublicAddresses &addresses);
    void finishCycle(const UpdateOutcome &outcome, bool sent, const PublicAddresses &addresses);
    void save();
    quint64 intervalSeconds() const;

    Store::Settings &m_settings;
    Core::EventLog &m_events;
    const Core::Clock &m_clock;
    QNetworkAccessManager m_network;
    HttpClient m_http;
    std::unique_ptr<PublicAddress> m_address;
    LastUpdateFile m_file;
    LastUpdate m_last;
    std::shared_ptr<DdnsProvider> m_provider;
    QTimer m_timer;
    State m_state = State::Disabled;
    bool m_started = false;
    bool m_running = false;
    bool m_forced = false;
    bool m_runAgain = false;
    bool m_forceAgain = false;
    bool m_sendAfterSettingsChange = false;
    quint32 m_failures = 0;
    quint64 m_lastAttemptUsec = 0;
    quint64 m_nextAttemptUsec = 0;
    QString m_lastResult;
    QList<Waiter> m_waiters;     // of the cycle that runs
    QList<Waiter> m_nextWaiters; // of the forced cycle after it
};

} // namespace Doorstep::Ddns

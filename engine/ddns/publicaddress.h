#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QPointer>

#include "engine/core/result.h"
#include "engine/ddns/publicaddresses.h"

namespace Doorstep::Core {
class Clock;
class EventLog;
} // namespace Doorstep::Core

namespace Doorstep::Store {
class Settings;
}

namespace Doorstep::Ddns {

class HttpClient;

/**
 * The public address of this line, from ddns.ip_source: "web" (GET ddns.ip_url; the body is
 * the address), "interface:NAME" (the interface's global IPv4 and IPv6 addresses) or
 * "fixed:ADDRESS". Usable with ddns.provider "none" too: the DNS health check asks it.
 * A refresh that finds another address than the known one raises the address_changed Event
 * (details "old" and "new") and changed().
 */
class PublicAddress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicAddress)

public:
    using Done = std::function<void(Core::Result<PublicAddresses>)>;

    PublicAddress(Store::Settings &settings, HttpClient &http, Core::EventLog &events, const Core::Clock &clock, QObject *parent = nullptr);

    /**
     * Finds the address now; @p done gets it or the sentence why not (on the event loop,
     * unless @p context is gone). Refreshes asked for while one runs share its answer.
     */
    void refresh(QObject *context, Done done);

    /** The last address found (empty before the first success). */
    PublicAddresses current() const { return m_current; }
    /** When current() was found, usec since the epoch; 0 never. */
    quint64 foundAtUsec() const { return m_foundAtUsec; }
    /** Why the last refresh failed; empty after a success. */
    QString lastError() const { return m_lastError; }

    /** The address known from before a restart (to tell a change at the first refresh). */
    void restore(const PublicAddresses &known) { m_current = known; }

    /** The address of @p source ("interface:NAME") on this machine, or why there is none. */
    static Core::Result<PublicAddresses> fromInterface(const QString &name);

Q_SIGNALS:
    void changed(const Doorstep::Ddns::PublicAddresses &old, const Doorstep::Ddns::PublicAddresses &now);

private:
    void lookUp(std::function<void(Core::Result<PublicAddresses>)> found);
    void finish(Core::Result<PublicAddresses> result);

    Store::Settings &m_settings;
    HttpClient &m_http;
    Core::EventLog &m_events;
    const Core::Clock &m_clock;
    PublicAddresses m_current;
    quint64 m_foundAtUsec = 0;
    QString m_lastError;
    QList<std::pair<QPointer<QObject>, Done>> m_waiting;
};

} // namespace Doorstep::Ddns

#pragma once

#include <functional>
#include <memory>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include "engine/core/result.h"
#include "engine/dns/resolver.h"

namespace Doorstep::Dns {

class UnboundContext;
struct UnboundReply;

/**
 * The engine's Resolver: libunbound in asynchronous mode (a resolver thread of its own per
 * configuration) whose result pipe is watched by a QSocketNotifier, so no lookup ever blocks
 * the event loop. Configured from the settings `dns.servers` (forwarders as "IP[:PORT]";
 * empty = the system's /etc/resolv.conf and /etc/hosts) and `dns.timeout` (seconds).
 *
 * - Every lookup has a deadline of `dns.timeout` seconds, enforced here with a timer and
 *   ub_cancel (libunbound alone may take 17 s and more): TempFail "No answer from the name
 *   servers for 'example.org' (MX) within 5 s.".
 * - At most maxInFlight() lookups run at once (1000); beyond that a lookup gets TempFail
 *   (on the event loop, not from inside the call) without reaching the network.
 * - reconfigure() applies to lookups started afterwards; lookups in flight finish on the
 *   old configuration (or time out), which is then deleted.
 * - Destroying the resolver cancels every lookup in flight: no callback runs afterwards,
 *   not even one whose answer was already queued.
 *
 * Not thread-safe: create, use and destroy it on one thread (the engine's main thread),
 * whose event loop delivers the answers.
 */
class UnboundResolver final : public QObject, public Resolver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnboundResolver)

public:
    /** Default and largest bound on lookups in flight (STYLE rule 16). */
    static constexpr int kMaxInFlight = 1000;
    static constexpr int kMaxTimeoutSeconds = 3600;

    /** A resolver for @p servers (dns.servers) with @p timeoutSeconds (dns.timeout, 1-3600). */
    static Core::Result<std::unique_ptr<UnboundResolver>> create(const QStringList &servers, int timeoutSeconds);
    ~UnboundResolver() override;

    /**
     * New name servers and timeout for lookups started from now on. Keeps the cache when only
     * the timeout changes. On error (a bad server, a bad timeout) nothing changes.
     */
    [[nodiscard]] Core::VoidResult reconfigure(const QStringList &servers, int timeoutSeconds);

    QStringList servers() const { return m_servers; }
    int timeoutSeconds() const { return m_timeoutSeconds; }

    /** Lowers the bound on lookups in flight (1 to kMaxInFlight); for tests and small hosts. */
    void setMaxInFlight(int limit);
    int maxInFlight() const { return m_maxInFlight; }
    /** Lookups started and not yet answered, timed out or abandoned. */
    int inFlight() const { return int(m_lookups.size()); }

    void lookupMx(const QString &domain, QObject *context, MxCallback callback) override;
    void lookupAddresses(const QString &host, QObject *context, AddressCallback callback) override;
    void lookupA(const QString &name, QObject *context, AddressCallback callback) override;
    void lookupTxt(const QString &name, QObject *context, TxtCallback callback) override;
    void lookupPtr(const QHostAddress &address, QObject *context, PtrCallback callback) override;

private:
    struct Part;
    struct Lookup;
    // Turns the finished parts into the caller's answer and queues it to the context.
    using Finisher = std::function<void(QObject *context, const QList<Part> &parts)>;

    UnboundResolver();
    void start(const QString &name, const QList<int> &types, QObject *context, Finisher finish);
    void finishAtOnce(const QString &name, const QList<int> &types, QObject *context, const Finisher &finish, Status status,
                      const QString &message);
    void onReply(quint64 id, qsizetype index, UnboundReply &&reply);
    void complete(quint64 id);
    void abandon(quint64 id);
    void onDeadline();
    void armDeadlineTimer();
    void retire(std::unique_ptr<UnboundContext> context);
    void schedulePurge();
    void purgeRetired();

    QStringList m_servers;
    int m_timeoutSeconds = 5;
    int m_maxInFlight = kMaxInFlight;
    bool m_overloaded = false;
    bool m_purgeScheduled = false;
    quint64 m_nextId = 1;
    std::unique_ptr<UnboundContext> m_current;            // new lookups go here
    std::vector<std::unique_ptr<UnboundContext>> m_retired; // finishing their lookups
    std::unordered_map<quint64, std::unique_ptr<Lookup>> m_lookups;
    std::set<std::pair<qint64, quint64>> m_deadlines; // (ms on m_clock, lookup id)
    QElapsedTimer m_clock;
    QTimer m_deadlineTimer;
};

} // namespace Doorstep::Dns

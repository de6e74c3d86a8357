#pragma once

#include <functional>
#include <memory>
#include <unordered_map>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include "engine/core/result.h"
#include "engine/dns/resolver.h"

class QSocketNotifier;
struct ub_ctx;
struct ub_result;

namespace Doorstep::Dns {

/** What libunbound answered to one query, classified. */
struct UnboundReply
{
    Status status = Status::TempFail;
    bool secure = false;
    QList<QByteArray> rdata; // one entry per record of the type asked for (Status::Ok only)
    QString problem;         // for TempFail: what went wrong, as a phrase ("server failure (SERVFAIL)")
};

/**
 * One libunbound context (ub_ctx) with its configuration frozen: forwarders (or the
 * system's resolv.conf and hosts file), asynchronous mode with a resolver thread of its own,
 * and the result pipe watched by a QSocketNotifier that calls ub_process on the event loop.
 *
 * Internal to UnboundResolver, which keeps one for new queries and lets replaced ones finish
 * their queries before deleting them. Used from the thread that created it only.
 *
 * Reply handlers run from processResults(), i.e. from inside ub_process: they must not delete
 * this object (UnboundResolver defers that to the event loop). After cancel() or destruction
 * a handler never runs; destruction (ub_ctx_delete) stops and joins the resolver thread.
 */
class UnboundContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnboundContext)

public:
    using ReplyHandler = std::function<void(UnboundReply &&reply)>;

    /**
     * A context that forwards to @p servers ("IP", "IP:PORT", "[IPv6]:PORT"; port 53 when
     * absent), or asks the name servers of /etc/resolv.conf and reads /etc/hosts when
     * @p servers is empty. InvalidArgument for a bad server, Failed when libunbound refuses.
     */
    static Core::Result<std::unique_ptr<UnboundContext>> create(const QStringList &servers);

    /** "127.0.0.66:5353" -> "127.0.0.66@5353", "[::1]:53" -> "::1@53", "192.0.2.1" -> "192.0.2.1@53". */
    static Core::Result<QByteArray> forwarderFor(const QString &server);

    ~UnboundContext() override;

    /**
     * Sends the query (@p name in ASCII, @p rrType such as 15 for MX) to the resolver thread.
     * Returns the query id for cancel(); @p handler runs once, later, from the event loop.
     */
    [[nodiscard]] Core::Result<int> resolve(const QByteArray &name, int rrType, ReplyHandler handler);

    /** Forgets query @p id: its handler will not run. Unknown ids are ignored. */
    void cancel(int id);

    /** Queries sent and neither answered nor cancelled. */
    int pendingCount() const { return int(m_pending.size()); }

    /** True once the resolver thread stopped answering; resolve() then fails at once. */
    bool isBroken() const;

private:
    struct Pending
    {
        UnboundContext *owner = nullptr;
        int id = 0;
        ReplyHandler handler;
    };

    UnboundContext() = default;
    void processResults();
    static void onResult(void *data, int error, ub_result *result);
    static UnboundReply classify(int error, const ub_result *result);

    ub_ctx *m_ctx = nullptr;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::unordered_map<int, std::unique_ptr<Pending>> m_pending;
};

} // namespace Doorstep::Dns

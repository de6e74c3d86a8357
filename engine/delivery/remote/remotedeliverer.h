#pragma once

#include <functional>
#include <optional>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

#include "engine/core/result.h"
#include "engine/delivery/outgoingcontent.h"
#include "engine/delivery/remote/connectionpool.h"
#include "engine/delivery/remote/dkimsigner.h"
#include "engine/delivery/remote/hopresolver.h"
#include "engine/delivery/remote/outboundprobe.h"
#include "engine/delivery/remote/router.h"
#include "engine/queue/deliverer.h"

namespace Doorstep::Core {
class EventLog;
}
namespace Doorstep::Dns {
class Resolver;
}
namespace Doorstep::Store {
class Settings;
}

namespace Doorstep::Delivery {

/**
 * Delivers to remote recipients over SMTP (issue 5): each recipient's domain gets its hop
 * (Router: route, smart host or MX), recipients with the same hop share one transaction, the
 * hop's addresses are tried in order (HopResolver) until one takes the transaction, through
 * the ConnectionPool (`relay.max_per_destination`, connection reuse). Replies become outcomes:
 * 2xx delivered, 4xx deferred, 5xx failed, each with the remote's words.
 *
 * When direct delivery cannot work from this line and `relay.fallback_host` is set, the
 * recipients go through the fallback relay in the same attempt (and an event says why):
 * every MX address refused or timed out while the outbound probe finds port 25 blocked or
 * filtered, or the remote refused with a 5.7.x reply about the sending address's reputation.
 */
class RemoteDeliverer final : public QObject, public Queue::Deliverer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteDeliverer)

public:
    using Routes = std::function<QList<Store::RouteRecord>()>;
    /** True when address:port is one of this engine's own listeners (a hop that loops). */
    using IsSelf = std::function<bool(const QHostAddress &, quint16)>;
    /** Rewrites the sender side (masquerading, outbound names): (sender, headers) -> rewritten. */
    using Rewrite = std::function<std::pair<QString, QByteArray>(const QString &sender, const QByteArray &headers)>;

    RemoteDeliverer(Dns::Resolver &resolver, const Store::Settings &settings, Core::EventLog &events, Routes routes, IsSelf isSelf,
                    Smtp::ClientTimeouts timeouts = {}, QObject *parent = nullptr);
    ~RemoteDeliverer() override;

    void setRewrite(Rewrite rewrite) { m_rewrite = std::move(rewrite); }
    /** Signs mail with DKIM after the rewriting and the filters' headers (none: no signatures). */
    void setSigner(DkimSigner *signer) { m_signer = signer; }
    /** Extra CAs trusted by "verify" (tests: the peer's self-signed certificate). */
    void setExtraCaCertificates(QList<QSslCertificate> certificates) { m_extraCas = std::move(certificates); }

    void deliver(const Store::QueuedMessage &message, const QString &spoolPath, const QList<Store::QueuedRecipient> &recipients,
                 std::function<void(QList<Queue::DeliveryOutcome>)> done) override;

    /** Relay.SendTestMessage: a short message to @p to now, outside the queue; the remote's reply. */
    void sendTestMessage(const QString &to, const QByteArray &message, const QString &sender, std::function<void(Core::Result<QString>)> done);

    /** Relay.ProbeOutbound. */
    void probe(std::function<void(ProbeResult)> done);

    /** Closes idle connections (at shutdown). */
    void shutdown();

private:
    struct Group;
    struct Attempt;
    void deliverGroups(const std::shared_ptr<Attempt> &attempt, const QList<Store::QueuedRecipient> &recipients);
    void deliverGroup(const std::shared_ptr<Attempt> &attempt, const std::shared_ptr<Group> &group);
    void tryCandidates(const std::shared_ptr<Attempt> &attempt, const std::shared_ptr<Group> &group, QList<Candidate> candidates,
                       QStringList connectErrors, bool allUnreachable);
    void finishGroup(const std::shared_ptr<Attempt> &attempt, const std::shared_ptr<Group> &group);
    void maybeFallBack(const std::shared_ptr<Attempt> &attempt, const std::shared_ptr<Group> &group, const QString &why);
    void announceFallback(const QString &why, const Hop &fallback);
    Smtp::ClientTarget targetFor(const Hop &hop, const Candidate &candidate) const;
    static bool isReputationRefusal(const Smtp::Reply &reply);
    void cachedProbe(std::function<void(ProbeResult)> done);

    Dns::Resolver &m_resolver;
    const Store::Settings &m_settings;
    Core::EventLog &m_events;
    Routes m_routes;
    IsSelf m_isSelf;
    Rewrite m_rewrite;
    QPointer<DkimSigner> m_signer;
    QList<QSslCertificate> m_extraCas;
    ConnectionPool m_pool;
    std::optional<ProbeResult> m_lastProbe;
    quint64 m_lastProbeMs = 0;
    QList<std::function<void(ProbeResult)>> m_probeWaiters;
    QString m_lastFallbackReason;
    quint64 m_lastFallbackAnnouncedMs = 0;
};

} // namespace Doorstep::Delivery

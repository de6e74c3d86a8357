#include "engine/delivery/remote/remotedeliverer.h"

#include <QDateTime>
#include <QPointer>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QThreadPool>

#include "engine/core/eventlog.h"
#include "engine/delivery/filterheaders.h"
#include "engine/delivery/log.h"
#include "engine/dns/resolver.h"
#include "engine/store/settings.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;
using Queue::DeliveryOutcome;
using Smtp::Reply;

namespace {

constexpr quint64 kProbeCacheMs = 10 * 60 * 1000;
constexpr quint64 kAnnounceEveryMs = 60 * 60 * 1000;

DeliveryOutcome::Kind kindOf(const Reply &reply)
{
    if (reply.code >= 200 && reply.code < 300)
        return DeliveryOutcome::Kind::Delivered;
    if (reply.code >= 500)
        return DeliveryOutcome::Kind::Failed;
    return DeliveryOutcome::Kind::Deferred;
}

} // namespace

struct RemoteDeliverer::Attempt
{
    Store::QueuedMessage message;
    QString spoolPath;
    OutgoingContent content;
    std::function<void(QList<DeliveryOutcome>)> done;
    QList<DeliveryOutcome> outcomes;
    int pendingGroups = 0;
};

struct RemoteDeliverer::Group
{
    Hop hop;
    QList<Store::QueuedRecipient> recipients;
    QList<DeliveryOutcome> outcomes;
};

RemoteDeliverer::RemoteDeliverer(Dns::Resolver &resolver, const Store::Settings &settings, Core::EventLog &events, Routes routes, IsSelf isSelf,
                                 Smtp::ClientTimeouts timeouts, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_settings(settings)
    , m_events(events)
    , m_routes(std::move(routes))
    , m_isSelf(std::move(isSelf))
    , m_pool(timeouts)
{
}

RemoteDeliverer::~RemoteDeliverer() = default;

void RemoteDeliverer::deliver(const Store::QueuedMessage &message, const QString &spoolPath, const QList<Store::QueuedRecipient> &recipients,
                              std::function<void(QList<DeliveryOutcome>)> done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->message = message;
    attempt->spoolPath = spoolPath;
    attempt->done = std::move(done);
    const QString sender = message.sender;
    QPointer<RemoteDeliverer> self(this);
    QThreadPool::globalInstance()->start([self, attempt, spoolPath, sender, recipients] {
        auto content = std::make_shared<Result<OutgoingContent>>(OutgoingContent::read(spoolPath, sender));
        QMetaObject::invokeMethod(self, [self, attempt, content, recipients] {
            if (!*content) {
                for (const auto &r : recipients)
                    attempt->outcomes.append({r.position, DeliveryOutcome::Kind::Deferred, content->error().message});
                attempt->done(attempt->outcomes);
                return;
            }
            attempt->content = content->value();
            if (self->m_rewrite) {
                auto [rewrittenSender, rewrittenHeaders] = self->m_rewrite(attempt->content.sender, attempt->content.headers);
                attempt->content.sender = rewrittenSender;
                attempt->content.headers = rewrittenHeaders;
            }
            // The filters' X-Spam headers (and tag) travel with relayed mail too.
            const Store::QueuedMessage &queued = attempt->message;
            if (!queued.addedHeaders.isEmpty() || (queued.spam && !queued.subjectTag.isEmpty()))
                attempt->content.headers = FilterHeaders::apply(attempt->content.headers, queued.addedHeaders,
                                                                queued.spam ? queued.subjectTag : QString());
            // Signed last: what is signed is exactly what is sent.
            if (!self->m_signer) {
                self->deliverGroups(attempt, recipients);
                return;
            }
            self->m_signer->sign(attempt->content.headers, attempt->spoolPath, attempt->content.bodyOffset, self,
                                 [self, attempt, recipients](const QByteArray &headers) {
                attempt->content.headers = headers;
                self->deliverGroups(attempt, recipients);
            });
        }, Qt::QueuedConnection);
    });
}

void RemoteDeliverer::deliverGroups(const std::shared_ptr<Attempt> &attempt, const QList<Store::QueuedRecipient> &recipients)
{
    // One transaction per hop: all recipients that go the same way travel together.
    const QList<Store::RouteRecord> routes = m_routes();
    QList<std::shared_ptr<Group>> groups;
    for (const Store::QueuedRecipient &r : recipients) {
        const QString domain = r.address.section(u'@', -1).toLower();
        const Hop hop = Router::route(domain, routes, m_settings);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g->hop.key() == hop.key(); });
        if (it == groups.end()) {
            groups.append(std::make_shared<Group>());
            groups.last()->hop = hop;
            it = groups.end() - 1;
        }
        (*it)->recipients.append(r);
    }
    attempt->pendingGroups = int(groups.size());
    for (const auto &group : groups)
        deliverGroup(attempt, group);
}

void RemoteDeliverer::deliverGroup(const std::shared_ptr<Attempt> &attempt, const std::shared_ptr<Group> &group)
{
    HopResolver::resolve(m_resolver, group->hop, this, [this, attempt, group](const HopAddresses &found) {
        if (found.status != HopAddresses::Status::Ok) {
            const auto kind = found.status == HopAddresses::Status::PermFail ? DeliveryOutcome::Kind::Failed : DeliveryOutcome::Kind::Deferred;
            const QString detail = u"%1 %2 (%3)"_s.arg(found.enhancedStatus, found.error, group->hop.origin);
            for (const auto &r : group->recipients)
                group->outcomes.append({r.position, kind, detail});
            finishGroup(attempt, group);
            return;
        }
        QList<Candidate> candidates;
        QStringList loops;
        for (const Candidate &c : found.candidates) {
            if (m_isSelf && m_isSelf(c.address, c.port))
                loops << u"%1[%2]:%3"_s.arg(c.hostName, c.address.toString()).arg(c.port);
            else
                candidates.append(c);
        }
        if (candidates.isEmpty()) {
            // A configuration error, not a mail loop: keep the mail until the hop is fixed.
            const QString detail = u"4.4.6 Mail for %1 would loop back to this server (%2): check the %3."_s.arg(
                group->recipients.first().address.section(u'@', -1), loops.join(u", "_s), group->hop.origin);
            for (const auto &r : group->recipients)
                group->outcomes.append({r.position, DeliveryOutcome::Kind::Deferred, detail});
            finishGroup(attempt, group);
            return;
        }
        tryCandidates(attempt, group, candidates, {}, true);
    });
}

Smtp::ClientTarget RemoteDeliverer::targetFor(const Hop &hop, const Candidate &candidate) const
{
    Smtp::ClientTarget target;
    target.address = candidate.address;
    target.port = candidate.port;
    target.hostName = candidate.hostName;
    target.heloName = m_settings.stringValue(u"identity.hostname"_s);
    target.tls = hop.tls;
    target.user = hop.user;
    target.password = hop.password;
    target.extraCaCertificates = m_extraCas;
    return target;
}

void RemoteDeliverer::tryCandidates(const std::shared_ptr<Attempt> &attempt, const std::shared_ptr<Group> &group, QList<Candidate> candidates,
                                    QStringList connectErrors, bool allUnreachable)
{
    if (candidates.isEmpty()) {
        const QString why = connectErrors.join(u"; "_s);
        if (allUnreachable && group->hop.kind == Hop::Kind::Mx && Router::fallback(m_settings)) {
            maybeFallBack(attempt, group, why);
            return;
        }
        for (const auto &r : group->recipients)
            group->outcomes.append({r.position, DeliveryOutcome::Kind::Deferred, why});
        finishGroup(attempt, group);
        return;
    }
    const Candidate candidate = candidates.takeFirst();
    const Smtp::ClientTarget target = targetFor(group->hop, candidate);
    const QString destination = group->hop.key();
    const int limit = int(std::max<quint32>(1, m_settings.uintValue(u"relay.max_per_destination"_s)));
    m_pool.acquire(destination, target, limit,
                   [this, attempt, group, candidates, connectErrors, allUnreachable, destination, target](
                       Smtp::ClientSession *session, std::optional<Reply> failure, Smtp::ConnectFailure kind) mutable {
        if (!session) {
            m_pool.release(destination, nullptr, false);
            const Reply reply = failure.value_or(Reply::noConnection(target.describe()));
            connectErrors << u"%1: %2"_s.arg(target.describe(), reply.toString());
            const bool unreachable = kind == Smtp::ConnectFailure::Refused || kind == Smtp::ConnectFailure::TimedOut;
            if (candidates.isEmpty() && reply.code >= 500) {
                // The last server refused us outright (a 554 banner): permanent.
                for (const auto &r : group->recipients)
                    group->outcomes.append({r.position, DeliveryOutcome::Kind::Failed, connectErrors.join(u"; "_s)});
                finishGroup(attempt, group);
                return;
            }
            tryCandidates(attempt, group, candidates, connectErrors, allUnreachable && unreachable);
            return;
        }
        Smtp::ClientEnvelope envelope;
        envelope.sender = attempt->content.sender;
        for (const auto &r : group->recipients)
            envelope.recipients << r.address;
        envelope.smtputf8 = attempt->message.smtputf8;
        envelope.eightBit = attempt->content.eightBit;
        envelope.headers = attempt->content.headers;
        envelope.bodyPath = attempt->spoolPath;
        envelope.bodyOffset = attempt->content.bodyOffset;
        session->send(envelope, [this, attempt, group, destination, session](const Smtp::ClientResult &result) {
            m_pool.release(destination, session, true);
            QList<Store::QueuedRecipient> refusedForReputation;
            for (qsizetype i = 0; i < group->recipients.size(); ++i) {
                const auto &r = group->recipients[i];
                const Reply reply = result.recipients.value(i, Reply::connectionLost(u"no reply for this recipient"_s));
                if (group->hop.kind == Hop::Kind::Mx && isReputationRefusal(reply) && Router::fallback(m_settings)) {
                    refusedForReputation.append(r);
                    continue;
                }
                group->outcomes.append({r.position, kindOf(reply), u"%1 said: %2"_s.arg(result.remote, reply.toString())});
            }
            if (!refusedForReputation.isEmpty()) {
                auto again = std::make_shared<Group>();
                again->hop = *Router::fallback(m_settings);
                again->recipients = refusedForReputation;
                attempt->pendingGroups += 1;
                const QString why = u"%1 refused mail from this address for its reputation"_s.arg(result.remote);
                announceFallback(why, again->hop);
                deliverGroup(attempt, again);
            }
            finishGroup(attempt, group);
        });
    });
}

void RemoteDeliverer::maybeFallBack(const std::shared_ptr<Attempt> &attempt, const std::shared_ptr<Group> &group, const QString &why)
{
    cachedProbe([this, attempt, group, why](const ProbeResult &probe) {
        const auto fallback = Router::fallback(m_settings);
        if (probe.state == ProbeResult::State::Open || !fallback) {
            // One server down is an ordinary deferral.
            for (const auto &r : group->recipients)
                group->outcomes.append({r.position, DeliveryOutcome::Kind::Deferred, why});
            finishGroup(attempt, group);
            return;
        }
        announceFallback(u"no mail server of %1 could be reached and outgoing port 25 is %2"_s.arg(
                             group->recipients.first().address.section(u'@', -1), probe.stateName()),
                         *fallback);
        group->hop = *fallback;
        deliverGroup(attempt, group);
    });
}

void RemoteDeliverer::announceFallback(const QString &why, const Hop &fallback)
{
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch());
    if (m_lastFallbackReason == why.section(u' ', 0, 0) && now - m_lastFallbackAnnouncedMs < kAnnounceEveryMs)
        return;
    m_lastFallbackReason = why.section(u' ', 0, 0);
    m_lastFallbackAnnouncedMs = now;
    m_events.add(Core::EventKind::HealthChanged, u"Direct delivery cannot work from this line (%1): mail goes through the %2."_s.arg(why, fallback.origin),
                 {{u"check"_s, u"outbound"_s}, {u"fallback"_s, fallback.nextHop.toString()}, {u"reason"_s, why}});
    qCInfo(lcDelivery).noquote() << "using the fallback relay:" << why;
}

void RemoteDeliverer::finishGroup(const std::shared_ptr<Attempt> &attempt, const std::shared_ptr<Group> &group)
{
    attempt->outcomes.append(group->outcomes);
    group->outcomes.clear();
    if (--attempt->pendingGroups == 0)
        attempt->done(attempt->outcomes);
}

bool RemoteDeliverer::isReputationRefusal(const Reply &reply)
{
    if (reply.code < 500 || !reply.status.startsWith(u"5.7."_s))
        return false;
    static const QRegularExpression words(
        uR"(block ?list|black ?list|spamhaus|\bPBL\b|\bSBL\b|\bXBL\b|dynamic|residential|dial-?up|\blisted\b|reputation|\bRBL\b|DNSBL)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return words.match(reply.lines.join(u' ')).hasMatch();
}

void RemoteDeliverer::cachedProbe(std::function<void(ProbeResult)> done)
{
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch());
    if (m_lastProbe && now - m_lastProbeMs < kProbeCacheMs) {
        done(*m_lastProbe);
        return;
    }
    m_probeWaiters.append(std::move(done));
    if (m_probeWaiters.size() > 1)
        return;
    probe([this](const ProbeResult &result) {
        m_lastProbe = result;
        m_lastProbeMs = quint64(QDateTime::currentMSecsSinceEpoch());
        const auto waiters = std::exchange(m_probeWaiters, {});
        for (const auto &waiter : waiters)
            waiter(result);
    });
}

void RemoteDeliverer::probe(std::function<void(ProbeResult)> done)
{
    OutboundProbe::probe(m_resolver, m_settings.stringValue(u"relay.probe_host"_s), this, std::move(done));
}

void RemoteDeliverer::sendTestMessage(const QString &to, const QByteArray &message, const QString &sender, std::function<void(Result<QString>)> done)
{
    // The test goes the way real mail would, but outside the queue: a temporary file holds it.
    auto file = std::make_shared<QTemporaryFile>();
    if (!file->open() || file->write(message) != message.size() || !file->flush()) {
        done(Error::failed(u"Cannot write the test message to a temporary file."_s));
        return;
    }
    Store::QueuedMessage queued;
    queued.id = u"test"_s;
    queued.sender = sender;
    Store::QueuedRecipient recipient;
    recipient.address = to;
    recipient.original = to;
    queued.recipients = {recipient};
    deliver(queued, file->fileName(), queued.recipients, [file, done](const QList<DeliveryOutcome> &outcomes) {
        if (outcomes.isEmpty()) {
            done(Error::failed(u"The test message was not sent."_s));
            return;
        }
        const DeliveryOutcome &o = outcomes.first();
        if (o.kind == DeliveryOutcome::Kind::Delivered)
            done(o.detail);
        else
            done(Error::failed(u"The test message was not accepted: %1"_s.arg(o.detail)));
    });
}

void RemoteDeliverer::shutdown()
{
    m_pool.closeIdle();
}

} // namespace Doorstep::Delivery

#include "engine/dns/unboundcontext.h"

#include <utility>

#include <QSocketNotifier>

#include <unbound.h>

#include "engine/core/hostport.h"
#include "engine/core/textrules.h"
#include "engine/dns/log.h"

namespace Doorstep::Dns {

using namespace Qt::StringLiterals;

namespace {

constexpr int kClassIn = 1;

// libunbound answers NXDOMAIN itself for these RFC 6761/6303 zones even with a forwarder;
// tests and home networks use them, so the forwarder answers instead. ("onion.", "localhost."
// and the loopback reverse zones stay local; the LAN reverse zones go with unblock-lan-zones.)
constexpr const char *kForwardedLocalZones[] = {"test.", "invalid.", "home.arpa."};

struct Option
{
    const char *name;
    const char *value;
};

constexpr Option kOptions[] = {
    // Reverse lookups of private addresses (192.168.x.x) go to the forwarder: the home router answers them.
    {"unblock-lan-zones:", "yes"},
    {"insecure-lan-zones:", "yes"},
    // Room for UnboundResolver's 1000 lookups in flight, two queries each (A + AAAA).
    {"num-queries-per-thread:", "2048"},
    // The library default of 16 sockets makes a burst of DNSBL queries wait in line.
    {"outgoing-range:", "128"},
};

QString rcodeProblem(int rcode)
{
    switch (rcode) {
    case 1:
        return u"the name servers could not parse the query (FORMERR)"_s;
    case 2:
        return u"the name servers failed (SERVFAIL)"_s;
    case 4:
        return u"the name servers do not support the query (NOTIMP)"_s;
    case 5:
        return u"the name servers refused the query (REFUSED)"_s;
    default:
        return u"the name servers answered with error code %1"_s.arg(rcode);
    }
}

QString libraryProblem(int code)
{
    return QString::fromUtf8(ub_strerror(code));
}

} // namespace

Core::Result<QByteArray> UnboundContext::forwarderFor(const QString &server)
{
    const auto parsed = Core::HostPort::parseServer(server, 53);
    if (!parsed || !Core::parseIpAddress(parsed->host)) {
        return Core::Error::invalidArgument(
            u"'%1' is not a name server address: write IP or IP:PORT, such as '192.0.2.53', '127.0.0.66:5353' or '[2001:db8::53]:53'."_s
                .arg(server));
    }
    return (parsed->host + u'@' + QString::number(parsed->port)).toLatin1();
}

Core::Result<std::unique_ptr<UnboundContext>> UnboundContext::create(const QStringList &servers)
{
    QList<QByteArray> forwarders;
    for (const QString &server : servers) {
        auto forwarder = forwarderFor(server);
        if (!forwarder)
            return forwarder.error();
        forwarders.append(std::move(forwarder).value());
    }

    std::unique_ptr<UnboundContext> context(new UnboundContext);
    context->m_ctx = ub_ctx_create();
    if (!context->m_ctx)
        return Core::Error::failed(u"Could not create the DNS resolver (libunbound is out of memory)."_s);
    ub_ctx *ctx = context->m_ctx;
    const auto failed = [](const QString &what, int code) {
        return Core::Error::failed(u"Could not set up the DNS resolver: %1 (%2)."_s.arg(what, libraryProblem(code)));
    };

    if (forwarders.isEmpty()) {
        if (const int rc = ub_ctx_resolvconf(ctx, nullptr); rc != 0)
            return failed(u"reading the name servers from '/etc/resolv.conf' failed"_s, rc);
        if (const int rc = ub_ctx_hosts(ctx, nullptr); rc != 0)
            qCWarning(lcDns).noquote() << u"Could not read '/etc/hosts' (%1), ignoring."_s.arg(libraryProblem(rc));
    } else {
        for (const QByteArray &forwarder : std::as_const(forwarders)) {
            if (const int rc = ub_ctx_set_fwd(ctx, forwarder.constData()); rc != 0)
                return failed(u"the name server '%1' was refused"_s.arg(QString::fromLatin1(forwarder)), rc);
        }
    }
    for (const Option &option : kOptions) {
        if (const int rc = ub_ctx_set_option(ctx, option.name, option.value); rc != 0)
            return failed(u"the option '%1 %2' was refused"_s.arg(QLatin1StringView(option.name), QLatin1StringView(option.value)), rc);
    }
    // A thread, not a forked process (the default), answers the queries: forking a Qt
    // program with threads of its own is not safe.
    if (const int rc = ub_ctx_async(ctx, 1); rc != 0)
        return failed(u"asynchronous mode was refused"_s, rc);
    // Removing a zone finalizes the configuration, so this comes last.
    for (const char *zone : kForwardedLocalZones) {
        if (const int rc = ub_ctx_zone_remove(ctx, zone); rc != 0)
            return failed(u"removing the local zone '%1' failed"_s.arg(QLatin1StringView(zone)), rc);
    }

    const int fd = ub_fd(ctx);
    if (fd < 0)
        return Core::Error::failed(u"Could not set up the DNS resolver: libunbound has no result descriptor."_s);
    context->m_notifier = std::make_unique<QSocketNotifier>(qintptr(fd), QSocketNotifier::Read);
    connect(context->m_notifier.get(), &QSocketNotifier::activated, context.get(), &UnboundContext::processResults);
    return context;
}

UnboundContext::~UnboundContext()
{
    // The notifier goes first: ub_ctx_delete closes the descriptor it watches.
    m_notifier.reset();
    if (m_ctx)
        ub_ctx_delete(m_ctx); // stops and joins the resolver thread; no callback runs after it
    m_pending.clear();
}

Core::Result<int> UnboundContext::resolve(const QByteArray &name, int rrType, ReplyHandler handler)
{
    if (!m_notifier || !m_notifier->isEnabled())
        return Core::Error::failed(u"the DNS resolver thread stopped"_s);
    auto pending = std::make_unique<Pending>();
    pending->owner = this;
    pending->handler = std::move(handler);
    int id = 0;
    const int rc = ub_resolve_async(m_ctx, name.constData(), rrType, kClassIn, pending.get(), &UnboundContext::onResult, &id);
    if (rc != 0)
        return Core::Error::failed(libraryProblem(rc));
    // In asynchronous mode the callback runs only from ub_process, never before this point.
    pending->id = id;
    m_pending.emplace(id, std::move(pending));
    return id;
}

void UnboundContext::cancel(int id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    // The query stays known to libunbound until its answer arrives, and is then dropped
    // without calling back: freeing our record now is safe.
    const int rc = ub_cancel(m_ctx, id);
    if (rc != 0)
        qCDebug(lcDns) << "ub_cancel of query" << id << "said" << ub_strerror(rc);
    m_pending.erase(it);
}

void UnboundContext::processResults()
{
    const int rc = ub_process(m_ctx);
    if (rc != 0) {
        // The result pipe broke (the resolver thread is gone): stop watching it, or the
        // notifier fires forever. Queries in flight end with the resolver's timeout.
        qCCritical(lcDns).noquote() << u"The DNS resolver thread stopped answering (%1)."_s.arg(libraryProblem(rc));
        m_notifier->setEnabled(false);
    }
}

bool UnboundContext::isBroken() const
{
    return !m_notifier || !m_notifier->isEnabled();
}

void UnboundContext::onResult(void *data, int error, ub_result *result)
{
    auto *pending = static_cast<Pending *>(data);
    UnboundReply reply = classify(error, result);
    ub_resolve_free(result);

    UnboundContext *owner = pending->owner;
    const auto it = owner->m_pending.find(pending->id);
    Q_ASSERT(it != owner->m_pending.end() && it->second.get() == pending);
    if (it == owner->m_pending.end())
        return;
    const std::unique_ptr<Pending> done = std::move(it->second);
    owner->m_pending.erase(it);
    done->handler(std::move(reply));
}

UnboundReply UnboundContext::classify(int error, const ub_result *result)
{
    UnboundReply reply;
    if (error != 0 || !result) {
        reply.problem = libraryProblem(error);
        return reply;
    }
    reply.secure = result->secure != 0;
    if (result->bogus) {
        reply.secure = false;
        reply.problem = result->why_bogus ? u"DNSSEC validation failed: %1"_s.arg(QString::fromUtf8(result->why_bogus))
                                          : u"DNSSEC validation failed"_s;
        return reply;
    }
    if (result->havedata && result->data && result->len) {
        for (int i = 0; result->data[i]; ++i) {
            if (result->len[i] >= 0)
                reply.rdata.append(QByteArray(result->data[i], result->len[i]));
        }
    }
    if (!reply.rdata.isEmpty()) {
        reply.status = Status::Ok;
    } else if (result->nxdomain || result->rcode == 3) {
        reply.status = Status::NxDomain;
    } else if (result->rcode == 0) {
        reply.status = Status::NoData;
    } else {
        reply.problem = rcodeProblem(result->rcode);
    }
    return reply;
}

} // namespace Doorstep::Dns

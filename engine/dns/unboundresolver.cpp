#include "engine/dns/unboundresolver.h"

#include <algorithm>
#include <chrono>
#include <utility>

#include <QMetaObject>
#include <QPointer>

#include "engine/dns/dnsname.h"
#include "engine/dns/log.h"
#include "engine/dns/rdata.h"
#include "engine/dns/unboundcontext.h"

namespace Doorstep::Dns {

using namespace Qt::StringLiterals;

namespace {

constexpr int kTypeA = 1;
constexpr int kTypePtr = 12;
constexpr int kTypeMx = 15;
constexpr int kTypeTxt = 16;
constexpr int kTypeAaaa = 28;

QString typeName(int type)
{
    switch (type) {
    case kTypeA:
        return u"A"_s;
    case kTypePtr:
        return u"PTR"_s;
    case kTypeMx:
        return u"MX"_s;
    case kTypeTxt:
        return u"TXT"_s;
    case kTypeAaaa:
        return u"AAAA"_s;
    default:
        return u"TYPE%1"_s.arg(type);
    }
}

// The one sentence an answer carries (empty for Ok).
QString sentence(Status status, const QString &name, int type, const QString &problem)
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NoData:
        return u"'%1' has no %2 record."_s.arg(name, typeName(type));
    case Status::NxDomain:
        return u"The name '%1' does not exist in DNS."_s.arg(name);
    case Status::TempFail:
        return u"Looking up '%1' (%2) failed: %3."_s.arg(name, typeName(type), problem);
    }
    Q_UNREACHABLE();
    return {};
}

template <typename AnswerType>
void deliver(UnboundResolver *resolver, QObject *context, std::function<void(const AnswerType &)> callback, AnswerType answer)
{
    // Queued, also when the answer is known at once: a callback never runs inside the
    // lookup call, never after its context is gone (Qt drops the call then), and never
    // after the resolver is gone (callbacks often start the next lookup).
    QMetaObject::invokeMethod(
        context,
        [resolver = QPointer<UnboundResolver>(resolver), callback = std::move(callback), answer = std::move(answer)] {
            if (resolver)
                callback(answer);
        },
        Qt::QueuedConnection);
}

} // namespace

struct UnboundResolver::Part
{
    int type = 0;
    int queryId = 0; // in the lookup's UnboundContext while not done
    bool done = false;
    Status status = Status::TempFail;
    bool secure = false;
    QList<QByteArray> rdata;
    QString message;
};

struct UnboundResolver::Lookup
{
    QString name; // as the caller wrote it, for messages
    QPointer<QObject> context;
    QMetaObject::Connection contextGuard;
    UnboundContext *engine = nullptr; // m_current or one of m_retired; outlives the lookup
    QList<Part> parts;                // one query per part, run in parallel
    qint64 deadline = 0;
    int timeoutSeconds = 0;
    Finisher finish;
};

namespace {

// Parses the records of an Ok part; a part whose records are all malformed becomes TempFail.
template <typename T, typename Parser>
QList<T> recordsOf(const auto &part, Parser parse, Status &status, QString &message, const QString &name)
{
    status = part.status;
    message = part.message;
    QList<T> records;
    if (part.status != Status::Ok)
        return records;
    for (const QByteArray &rdata : part.rdata) {
        auto record = parse(rdata);
        if (record)
            records.append(std::move(record).value());
        else
            qCDebug(lcDns).noquote() << u"Skipping a %1 record of '%2': %3"_s.arg(typeName(part.type), name, record.error().message);
    }
    if (records.isEmpty()) {
        status = Status::TempFail;
        message = sentence(Status::TempFail, name, part.type, u"the answer was malformed"_s);
    }
    return records;
}

} // namespace

UnboundResolver::UnboundResolver()
{
    m_clock.start();
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &UnboundResolver::onDeadline);
}

Core::Result<std::unique_ptr<UnboundResolver>> UnboundResolver::create(const QStringList &servers, int timeoutSeconds)
{
    std::unique_ptr<UnboundResolver> resolver(new UnboundResolver);
    if (auto configured = resolver->reconfigure(servers, timeoutSeconds); !configured)
        return configured.error();
    return resolver;
}

UnboundResolver::~UnboundResolver()
{
    for (const auto &entry : m_lookups)
        QObject::disconnect(entry.second->contextGuard);
    // The contexts go first: once ub_ctx_delete returned, no reply handler can run.
    m_current.reset();
    m_retired.clear();
    m_lookups.clear();
}

Core::VoidResult UnboundResolver::reconfigure(const QStringList &servers, int timeoutSeconds)
{
    if (timeoutSeconds < 1 || timeoutSeconds > kMaxTimeoutSeconds) {
        return Core::Error::invalidArgument(
            u"The DNS timeout must be from 1 to %1 seconds, not %2."_s.arg(kMaxTimeoutSeconds).arg(timeoutSeconds));
    }
    if (m_current && !m_current->isBroken() && servers == m_servers) {
        m_timeoutSeconds = timeoutSeconds; // same servers: keep the context and its cache
        return {};
    }
    auto fresh = UnboundContext::create(servers);
    if (!fresh)
        return fresh.error();
    if (m_current)
        retire(std::move(m_current));
    m_current = std::move(fresh).value();
    m_servers = servers;
    m_timeoutSeconds = timeoutSeconds;
    if (servers.isEmpty())
        qCInfo(lcDns).noquote() << u"Asking the system's name servers (/etc/resolv.conf), timeout %1 s."_s.arg(timeoutSeconds);
    else
        qCInfo(lcDns).noquote() << u"Asking the name servers %1, timeout %2 s."_s.arg(servers.join(u", "_s)).arg(timeoutSeconds);
    return {};
}

void UnboundResolver::setMaxInFlight(int limit)
{
    m_maxInFlight = std::clamp(limit, 1, kMaxInFlight);
}

void UnboundResolver::lookupMx(const QString &domain, QObject *context, MxCallback callback)
{
    start(domain, {kTypeMx}, context, [this, domain, callback = std::move(callback)](QObject *target, const QList<Part> &parts) {
        MxAnswer answer;
        answer.secure = parts[0].secure;
        answer.records = recordsOf<MxRecord>(parts[0], parseMxRecord, answer.status, answer.message, domain);
        std::sort(answer.records.begin(), answer.records.end(), [](const MxRecord &a, const MxRecord &b) {
            if (a.preference != b.preference)
                return a.preference < b.preference;
            return a.exchange.compare(b.exchange, Qt::CaseInsensitive) < 0;
        });
        deliver(this, target, callback, std::move(answer));
    });
}

void UnboundResolver::lookupAddresses(const QString &host, QObject *context, AddressCallback callback)
{
    start(host, {kTypeA, kTypeAaaa}, context, [this, host, callback = std::move(callback)](QObject *target, const QList<Part> &parts) {
        Status v4Status = Status::TempFail;
        Status v6Status = Status::TempFail;
        QString v4Message;
        QString v6Message;
        AddressAnswer answer;
        answer.addresses = recordsOf<QHostAddress>(parts[0], parseARecord, v4Status, v4Message, host);
        answer.addresses += recordsOf<QHostAddress>(parts[1], parseAaaaRecord, v6Status, v6Message, host);
        answer.secure = parts[0].secure && parts[1].secure;
        if (!answer.addresses.isEmpty()) {
            answer.status = Status::Ok;
        } else if (v4Status == Status::TempFail || v6Status == Status::TempFail) {
            answer.status = Status::TempFail;
            answer.message = v4Status == Status::TempFail ? v4Message : v6Message;
        } else if (v4Status == Status::NxDomain && v6Status == Status::NxDomain) {
            answer.status = Status::NxDomain;
            answer.message = v4Message;
        } else {
            answer.status = Status::NoData;
            answer.message = u"'%1' has no IPv4 or IPv6 address (A or AAAA record)."_s.arg(host);
        }
        deliver(this, target, callback, std::move(answer));
    });
}

void UnboundResolver::lookupA(const QString &name, QObject *context, AddressCallback callback)
{
    start(name, {kTypeA}, context, [this, name, callback = std::move(callback)](QObject *target, const QList<Part> &parts) {
        AddressAnswer answer;
        answer.secure = parts[0].secure;
        answer.addresses = recordsOf<QHostAddress>(parts[0], parseARecord, answer.status, answer.message, name);
        deliver(this, target, callback, std::move(answer));
    });
}

void UnboundResolver::lookupTxt(const QString &name, QObject *context, TxtCallback callback)
{
    start(name, {kTypeTxt}, context, [this, name, callback = std::move(callback)](QObject *target, const QList<Part> &parts) {
        TxtAnswer answer;
        answer.secure = parts[0].secure;
        answer.texts = recordsOf<QByteArray>(parts[0], parseTxtRecord, answer.status, answer.message, name);
        deliver(this, target, callback, std::move(answer));
    });
}

void UnboundResolver::lookupPtr(const QHostAddress &address, QObject *context, PtrCallback callback)
{
    const QString name = reverseName(address);
    Finisher finish = [this, name, callback = std::move(callback)](QObject *target, const QList<Part> &parts) {
        PtrAnswer answer;
        answer.secure = parts[0].secure;
        answer.names = recordsOf<QString>(parts[0], parseNameRecord, answer.status, answer.message, name);
        deliver(this, target, callback, std::move(answer));
    };
    if (name.isEmpty()) {
        finishAtOnce(address.toString(), {kTypePtr}, context, finish, Status::NxDomain,
                     u"'%1' is not an IP address, so it has no reverse name."_s.arg(address.toString()));
        return;
    }
    start(name, {kTypePtr}, context, std::move(finish));
}

void UnboundResolver::finishAtOnce(const QString &name, const QList<int> &types, QObject *context, const Finisher &finish, Status status,
                                   const QString &message)
{
    QList<Part> parts;
    for (int type : types) {
        Part part;
        part.type = type;
        part.done = true;
        part.status = status;
        part.message = message;
        parts.append(part);
    }
    qCDebug(lcDns).noquote() << u"%1 %2: %3"_s.arg(typeName(types.first()), name, message);
    finish(context, parts);
}

void UnboundResolver::start(const QString &name, const QList<int> &types, QObject *context, Finisher finish)
{
    Q_ASSERT_X(context, "UnboundResolver", "a lookup needs a context object");
    if (!context)
        context = this;
    Q_ASSERT(!types.isEmpty());

    const auto query = queryName(name);
    if (!query) {
        finishAtOnce(name, types, context, finish, Status::NxDomain, query.error().message);
        return;
    }
    if (int(m_lookups.size()) >= m_maxInFlight) {
        if (!m_overloaded) {
            m_overloaded = true;
            qCWarning(lcDns).noquote()
                << u"%1 DNS lookups are in flight, the most allowed; new ones fail temporarily until some finish."_s.arg(m_maxInFlight);
        }
        finishAtOnce(name, types, context, finish, Status::TempFail,
                     sentence(Status::TempFail, name, types.first(),
                              u"too many DNS lookups are in flight (%1 at most), try again later"_s.arg(m_maxInFlight)));
        return;
    }
    if (m_current->isBroken()) {
        // The resolver thread died: start over with the same configuration.
        auto fresh = UnboundContext::create(m_servers);
        if (fresh) {
            retire(std::move(m_current));
            m_current = std::move(fresh).value();
        }
    }

    const quint64 id = m_nextId++;
    auto lookup = std::make_unique<Lookup>();
    lookup->name = name;
    lookup->context = context;
    lookup->engine = m_current.get();
    lookup->timeoutSeconds = m_timeoutSeconds;
    lookup->deadline = m_clock.elapsed() + qint64(m_timeoutSeconds) * 1000;
    lookup->finish = std::move(finish);
    bool anySent = false;
    for (qsizetype i = 0; i < types.size(); ++i) {
        Part part;
        part.type = types[i];
        auto queryId = m_current->resolve(*query, part.type, [this, id, i](UnboundReply &&reply) { onReply(id, i, std::move(reply)); });
        if (queryId) {
            part.queryId = *queryId;
            anySent = true;
        } else {
            part.done = true;
            part.message = sentence(Status::TempFail, name, part.type, queryId.error().message);
        }
        lookup->parts.append(part);
    }
    if (!anySent) {
        qCWarning(lcDns).noquote() << lookup->parts.first().message;
        lookup->finish(context, lookup->parts);
        return;
    }
    qCDebug(lcDns).noquote() << u"Looking up '%1' (%2), lookup %3"_s.arg(name, typeName(types.first())).arg(id);

    lookup->contextGuard = connect(context, &QObject::destroyed, this, [this, id] { abandon(id); });
    const bool earliest = m_deadlines.empty() || lookup->deadline < m_deadlines.begin()->first;
    m_deadlines.emplace(lookup->deadline, id);
    m_lookups.emplace(id, std::move(lookup));
    if (earliest)
        armDeadlineTimer();
}

void UnboundResolver::onReply(quint64 id, qsizetype index, UnboundReply &&reply)
{
    const auto it = m_lookups.find(id);
    if (it == m_lookups.end())
        return;
    Lookup &lookup = *it->second;
    Part &part = lookup.parts[index];
    part.done = true;
    part.queryId = 0;
    part.status = reply.status;
    part.secure = reply.secure;
    part.rdata = std::move(reply.rdata);
    part.message = sentence(reply.status, lookup.name, part.type, reply.problem);
    const bool allDone = std::all_of(lookup.parts.cbegin(), lookup.parts.cend(), [](const Part &p) { return p.done; });
    if (allDone)
        complete(id);
}

void UnboundResolver::complete(quint64 id)
{
    const auto it = m_lookups.find(id);
    if (it == m_lookups.end())
        return;
    const std::unique_ptr<Lookup> lookup = std::move(it->second);
    m_lookups.erase(it);
    const bool wasEarliest = !m_deadlines.empty() && m_deadlines.begin()->second == id;
    m_deadlines.erase({lookup->deadline, id});
    if (wasEarliest)
        armDeadlineTimer();
    QObject::disconnect(lookup->contextGuard);

    if (lcDns().isDebugEnabled()) {
        QStringList states;
        for (const Part &part : std::as_const(lookup->parts))
            states << u"%1 %2 (%3 records)"_s.arg(typeName(part.type), statusName(part.status)).arg(part.rdata.size());
        qCDebug(lcDns).noquote() << u"Lookup %1 of '%2': %3"_s.arg(id).arg(lookup->name, states.join(u", "_s));
    }
    if (lookup->context)
        lookup->finish(lookup->context, lookup->parts);

    if (lookup->engine != m_current.get())
        schedulePurge();
    if (m_overloaded && int(m_lookups.size()) < m_maxInFlight) {
        m_overloaded = false;
        qCInfo(lcDns) << "DNS lookups in flight are below the limit again.";
    }
}

void UnboundResolver::abandon(quint64 id)
{
    const auto it = m_lookups.find(id);
    if (it == m_lookups.end())
        return;
    const std::unique_ptr<Lookup> lookup = std::move(it->second);
    m_lookups.erase(it);
    const bool wasEarliest = !m_deadlines.empty() && m_deadlines.begin()->second == id;
    m_deadlines.erase({lookup->deadline, id});
    if (wasEarliest)
        armDeadlineTimer();
    for (const Part &part : std::as_const(lookup->parts)) {
        if (!part.done)
            lookup->engine->cancel(part.queryId);
    }
    qCDebug(lcDns).noquote() << u"Lookup %1 of '%2' abandoned: its context was destroyed"_s.arg(id).arg(lookup->name);
    if (lookup->engine != m_current.get())
        schedulePurge();
}

void UnboundResolver::onDeadline()
{
    const qint64 now = m_clock.elapsed();
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        const quint64 id = m_deadlines.begin()->second;
        const auto it = m_lookups.find(id);
        if (it == m_lookups.end()) {
            m_deadlines.erase(m_deadlines.begin());
            continue;
        }
        Lookup &lookup = *it->second;
        for (Part &part : lookup.parts) {
            if (part.done)
                continue;
            lookup.engine->cancel(part.queryId);
            part.done = true;
            part.queryId = 0;
            part.status = Status::TempFail;
            part.message = u"No answer from the name servers for '%1' (%2) within %3 s."_s.arg(lookup.name, typeName(part.type))
                               .arg(lookup.timeoutSeconds);
        }
        qCDebug(lcDns).noquote() << u"Lookup %1 of '%2' timed out"_s.arg(id).arg(lookup.name);
        complete(id);
    }
    armDeadlineTimer();
}

void UnboundResolver::armDeadlineTimer()
{
    if (m_deadlines.empty()) {
        m_deadlineTimer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_deadlines.begin()->first - m_clock.elapsed());
    m_deadlineTimer.start(std::chrono::milliseconds(wait));
}

void UnboundResolver::retire(std::unique_ptr<UnboundContext> context)
{
    m_retired.push_back(std::move(context));
    schedulePurge();
}

void UnboundResolver::schedulePurge()
{
    // Never delete a context from inside its own ub_process (reply handlers run there).
    if (m_purgeScheduled)
        return;
    m_purgeScheduled = true;
    QMetaObject::invokeMethod(this, &UnboundResolver::purgeRetired, Qt::QueuedConnection);
}

void UnboundResolver::purgeRetired()
{
    m_purgeScheduled = false;
    std::erase_if(m_retired, [](const std::unique_ptr<UnboundContext> &context) { return context->pendingCount() == 0; });
}

} // namespace Doorstep::Dns

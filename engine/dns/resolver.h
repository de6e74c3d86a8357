#pragma once

#include <functional>

#include <QByteArray>
#include <QHostAddress>
#include <QLatin1StringView>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Doorstep::Dns {

/**
 * How a lookup ended. String forms (logs, D-Bus): "ok", "nodata", "nxdomain", "tempfail".
 */
enum class Status {
    Ok,       // the name has records of the type asked for
    NoData,   // the name exists but has no record of that type
    NxDomain, // the name does not exist (or is not a valid domain name)
    TempFail, // no usable answer now: SERVFAIL, timeout, network, DNSSEC failure, overload
};

/** The documented string form of @p status. */
QLatin1StringView statusName(Status status);

/**
 * What every answer carries. @c message is one English sentence for TempFail, NxDomain and
 * NoData ("No answer from the name servers for 'example.org' (MX) within 5 s."), empty for
 * Ok. @c secure is libunbound's DNSSEC verdict: true only when the answer (or the proof that
 * there is none) validated up to a trust anchor; without one configured it is always false.
 */
struct Answer
{
    Status status = Status::TempFail;
    QString message;
    bool secure = false;

    bool ok() const { return status == Status::Ok; }
};

/** One MX record. @c exchange is a host name without the trailing dot, "." for the root. */
struct MxRecord
{
    quint16 preference = 0;
    QString exchange;

    bool operator==(const MxRecord &other) const = default;
};

/**
 * MX records sorted by preference, and by exchange name among equal preferences (so the
 * order is stable; delivery shuffles equal preferences as RFC 5321 §5.1 asks).
 */
struct MxAnswer : Answer
{
    QList<MxRecord> records;

    /** RFC 7505: the domain published "MX 0 ." and accepts no mail at all. */
    bool isNullMx() const;
};

/** IPv4 addresses first, then IPv6, each in the order the server gave them. */
struct AddressAnswer : Answer
{
    QList<QHostAddress> addresses;
};

/**
 * One entry per TXT record, its character-strings joined without separator (RFC 7208 §3.3),
 * as raw bytes: SPF, DKIM and DMARC records are ASCII, others may not be.
 */
struct TxtAnswer : Answer
{
    QList<QByteArray> texts;
};

/** Host names (without the trailing dot) of the PTR records for an address. */
struct PtrAnswer : Answer
{
    QStringList names;
};

using MxCallback = std::function<void(const MxAnswer &)>;
using AddressCallback = std::function<void(const AddressAnswer &)>;
using TxtCallback = std::function<void(const TxtAnswer &)>;
using PtrCallback = std::function<void(const PtrAnswer &)>;

/**
 * Asynchronous DNS lookups for the engine: the SMTP policy, outbound delivery, the spam
 * DNSBL checks and the DNS health checks. Every method returns at once; the callback runs
 * later on the thread of @p context (the engine's event loop), exactly once, unless
 * @p context or the resolver is destroyed first: then it never runs (destroying the context
 * also cancels the lookup). A callback never runs from inside the lookup call itself, so
 * callers need not guard against re-entrance. @p context must not be null. Names are domain names in Unicode or ASCII ("bücher.example" is looked up
 * as "xn--bcher-kva.example"); an invalid one gives NxDomain.
 *
 * Implementations are used from one thread (the engine's main thread) only.
 */
class Resolver
{
public:
    virtual ~Resolver() = default;

    /** MX records of @p domain; see MxAnswer for the order and the null MX. */
    virtual void lookupMx(const QString &domain, QObject *context, MxCallback callback) = 0;

    /**
     * A and AAAA records of @p host in one lookup (both queries run in parallel). Ok when
     * either has addresses; TempFail when neither has and one of them failed.
     */
    virtual void lookupAddresses(const QString &host, QObject *context, AddressCallback callback) = 0;

    /**
     * A records of @p name only: for DNSBL queries ("2.0.0.127.zen.spamhaus.org" ->
     * 127.0.0.2; see dnsblQueryName()) and anything else that wants IPv4 answers alone.
     */
    virtual void lookupA(const QString &name, QObject *context, AddressCallback callback) = 0;

    /** TXT records of @p name (SPF, DKIM keys, DMARC policies, DNSBL reasons). */
    virtual void lookupTxt(const QString &name, QObject *context, TxtCallback callback) = 0;

    /** PTR records of @p address (IPv4, IPv6, or IPv4-mapped IPv6 looked up as IPv4). */
    virtual void lookupPtr(const QHostAddress &address, QObject *context, PtrCallback callback) = 0;

protected:
    Resolver() = default;
    Q_DISABLE_COPY_MOVE(Resolver)
};

} // namespace Doorstep::Dns

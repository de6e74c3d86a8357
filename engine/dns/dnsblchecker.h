#pragma once

#include <functional>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Doorstep::Dns {

class Resolver;
struct AddressAnswer;

/** What one DNS blocklist said about a client address (RFC 5782). */
struct DnsblResult
{
    enum class Listing {
        Listed,    // an A record in 127.0.0.0/8 (127.0.0.2 and up)
        NotListed, // NXDOMAIN or no A record
        Refused,   // 127.255.255.x: the list refuses the query (a public resolver, over quota); unknown
        Unknown,   // no answer (timeout, SERVFAIL) or one outside 127.0.0.0/8; unknown
    };

    QString zone;
    Listing listing = Listing::Unknown;
    QList<QHostAddress> answers;
};

/**
 * Looks a client's IPv4 address up in DNS blocklists through the engine's resolver: all zones
 * in parallel, each bounded by dns.timeout. An IPv6 client (or none) is not looked up.
 */
class DnsblChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsblChecker)

public:
    explicit DnsblChecker(Resolver &resolver, QObject *parent = nullptr);

    /** Answers later on the event loop with one result per zone, in the order of @p zones. */
    void check(const QHostAddress &client, const QStringList &zones, std::function<void(QList<DnsblResult>)> done);

    /** What an A answer for a DNSBL query name means. */
    static DnsblResult::Listing classify(const AddressAnswer &answer);

private:
    Resolver &m_resolver;
};

} // namespace Doorstep::Dns

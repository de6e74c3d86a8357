#pragma once

#include <functional>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include "engine/dns/healthcheckresult.h"

namespace Doorstep::Dns {

class DnsblChecker;
class Resolver;
class SpfEvaluator;

/** What the DNS half of the health check compares the world's DNS with. */
struct DomainHealthInput
{
    QString domain;                              // the mail domain (Domains)
    QString hostname;                            // identity.hostname: the MX and HELO name
    QList<QHostAddress> publicAddresses;         // the line's public IPv4 and/or IPv6; empty = not known
    QList<QPair<QString, QString>> dkimRecords;  // Domains.DkimRecords (name, TXT); empty = signing off
    QStringList blocklists;                      // health.blocklists
};

/**
 * The DNS checks of Domains.Check for one domain, all through the engine's Resolver
 * (`dns.servers`, `dns.timeout` per lookup) and in parallel:
 *
 * | id | ok when |
 * |---|---|
 * | `mx` | an MX of the domain is the hostname (and none before it) |
 * | `address` | the hostname's A/AAAA records are the public addresses |
 * | `ptr` | each public address has a PTR naming the hostname, which points back (FCrDNS) |
 * | `spf` | the domain's SPF record (our own evaluator) passes the public addresses |
 * | `dkim` | every DKIM key the engine signs with is published unchanged |
 * | `dmarc` | the domain has one DMARC record that parses, with a policy |
 * | `blocklist:ZONE` | the public IPv4 address is not listed in ZONE |
 *
 * A lookup that fails or times out makes its check "warn" (unknown), never "fail". Results
 * come back in the order of the table; blocklists in the order given. The certificate and
 * outbound port checks are not DNS and are added by the caller.
 */
class DomainHealthCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainHealthCheck)

public:
    explicit DomainHealthCheck(Resolver &resolver, QObject *parent = nullptr);
    ~DomainHealthCheck() override;

    /** Runs every check; @p done runs later on this object's thread, unless it is destroyed first. */
    void run(const DomainHealthInput &input, std::function<void(QList<HealthCheckResult>)> done);

    /** The SPF record suggested for @p domain (with @p existing when there is one). */
    static QString suggestedSpf(const QString &hostname, const QByteArray &existing = {});
    /** The DMARC record suggested for @p domain. */
    static QString suggestedDmarc(const QString &domain);

private:
    struct Run;
    Resolver &m_resolver;
    SpfEvaluator *m_spf;  // child
    DnsblChecker *m_dnsbl; // child
};

} // namespace Doorstep::Dns

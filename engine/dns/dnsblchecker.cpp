#include "engine/dns/dnsblchecker.h"

#include <memory>

#include "engine/dns/dnsname.h"
#include "engine/dns/resolver.h"

namespace Doorstep::Dns {

using namespace Qt::StringLiterals;

DnsblChecker::DnsblChecker(Resolver &resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
}

DnsblResult::Listing DnsblChecker::classify(const AddressAnswer &answer)
{
    switch (answer.status) {
    case Status::NxDomain:
    case Status::NoData:
        return DnsblResult::Listing::NotListed;
    case Status::TempFail:
        return DnsblResult::Listing::Unknown;
    case Status::Ok:
        break;
    }
    static const QPair<QHostAddress, int> loopback = QHostAddress::parseSubnet(u"127.0.0.0/8"_s);
    static const QPair<QHostAddress, int> refusals = QHostAddress::parseSubnet(u"127.255.255.0/24"_s);
    bool refused = false;
    for (const QHostAddress &address : answer.addresses) {
        if (address.isInSubnet(refusals))
            refused = true;
        else if (address.isInSubnet(loopback))
            return DnsblResult::Listing::Listed;
    }
    // RFC 5782 2.1: listings are 127.0.0.2 and up; anything else is a resolver's wildcard.
    return refused ? DnsblResult::Listing::Refused : DnsblResult::Listing::Unknown;
}

void DnsblChecker::check(const QHostAddress &client, const QStringList &zones, std::function<void(QList<DnsblResult>)> done)
{
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4); // IPv4-mapped IPv6 counts as IPv4
    if (!isV4 || zones.isEmpty()) {
        QMetaObject::invokeMethod(this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    struct Pending
    {
        QList<DnsblResult> results;
        int outstanding = 0;
        std::function<void(QList<DnsblResult>)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    pending->outstanding = int(zones.size());
    for (const QString &zone : zones)
        pending->results.append({zone, DnsblResult::Listing::Unknown, {}});
    const QHostAddress address(v4);
    for (qsizetype i = 0; i < zones.size(); ++i) {
        m_resolver.lookupA(dnsblQueryName(address, zones.at(i)), this, [pending, i](const AddressAnswer &answer) {
            pending->results[i].listing = classify(answer);
            pending->results[i].answers = answer.addresses;
            if (--pending->outstanding == 0)
                pending->done(pending->results);
        });
    }
}

} // namespace Doorstep::Dns

#include "engine/ddns/publicaddresses.h"

namespace Doorstep::Ddns {

using namespace Qt::StringLiterals;

QStringList PublicAddresses::toStringList() const
{
    QStringList list;
    if (!v4.isNull())
        list << v4.toString();
    if (!v6.isNull())
        list << v6.toString();
    return list;
}

QString PublicAddresses::describe() const
{
    return isEmpty() ? u"none"_s : toStringList().join(u" and "_s);
}

void PublicAddresses::set(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        v4 = address;
    else
        v6 = address;
}

QString whyNotPublic(const QHostAddress &address)
{
    const QString text = address.toString();
    if (address.isNull())
        return u"'%1' is not an IP address."_s.arg(text);
    if (address.isLoopback())
        return u"%1 is a loopback address, not a public one."_s.arg(text);
    if (address.isMulticast() || address.isBroadcast())
        return u"%1 is a multicast or broadcast address, not a public one."_s.arg(text);
    if (address.isLinkLocal())
        return u"%1 is a link-local address, not a public one."_s.arg(text);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 ip = address.toIPv4Address();
        const auto in = [ip](quint32 network, int bits) { return (ip >> (32 - bits)) == (network >> (32 - bits)); };
        if (in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16))
            return u"%1 is a private address (RFC 1918): the answer came from inside your network."_s.arg(text);
        if (in(0x64400000, 10))
            return u"%1 is a carrier-grade NAT address (RFC 6598): your line has no public IPv4 address of its own."_s.arg(text);
        if (in(0x00000000, 8) || in(0xF0000000, 4))
            return u"%1 is a reserved IPv4 address, not a public one."_s.arg(text);
        // XXX: the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) pass:
        // no real service answers with them, and tests and examples use them.
        return {};
    }
    if (address.isUniqueLocalUnicast() || address.isSiteLocal())
        return u"%1 is a unique local IPv6 address, not a public one."_s.arg(text);
    if (address == QHostAddress::AnyIPv6 || address.toString().startsWith(u"::ffff:"_s))
        return u"%1 is not a global IPv6 unicast address."_s.arg(text);
    // Global unicast is 2000::/3 (RFC 4291 §2.4).
    if ((address.toIPv6Address()[0] & 0xE0) != 0x20)
        return u"%1 is not a global IPv6 unicast address (2000::/3)."_s.arg(text);
    return {};
}

} // namespace Doorstep::Ddns

#pragma once

#include <QHostAddress>
#include <QStringList>

#include "engine/core/result.h"

namespace Doorstep::Ddns {

/** The public addresses of this line: at most one IPv4 and one IPv6 address. */
struct PublicAddresses
{
    QHostAddress v4;
    QHostAddress v6;

    bool isEmpty() const { return v4.isNull() && v6.isNull(); }
    /** "203.0.113.7", "2001:db8::7": the known ones, IPv4 first. */
    QStringList toStringList() const;
    /** "203.0.113.7 and 2001:db8::7", "none" when empty: for sentences and logs. */
    QString describe() const;
    /** Sets v4 or v6, whichever family @p address has. */
    void set(const QHostAddress &address);

    bool operator==(const PublicAddresses &other) const { return v4 == other.v4 && v6 == other.v6; }
    bool operator!=(const PublicAddresses &other) const { return !(*this == other); }
};

/**
 * Null when @p address can be reached from the Internet as a unicast address; otherwise the
 * sentence saying why not (private, carrier-grade NAT, loopback, link-local, ...).
 */
QString whyNotPublic(const QHostAddress &address);

} // namespace Doorstep::Ddns

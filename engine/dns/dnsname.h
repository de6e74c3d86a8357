#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Dns {

/**
 * The query name that goes to libunbound for @p name: ASCII, Unicode labels in their IDNA
 * "xn--" form, no trailing dot. Labels are letters, digits, '-' and '_', 1 to 63 octets;
 * the name is 253 octets at most (one trailing dot is allowed and dropped). InvalidArgument
 * with a sentence otherwise.
 */
[[nodiscard]] Core::Result<QByteArray> queryName(const QString &name);

/**
 * The PTR name of @p address: "25.2.0.192.in-addr.arpa", or the 32 nibbles of an IPv6
 * address under "ip6.arpa". An IPv4-mapped IPv6 address (::ffff:192.0.2.25) is treated as
 * the IPv4 address it carries. Empty for a null or non-IP address.
 */
QString reverseName(const QHostAddress &address);

/**
 * The DNSBL query name of @p address in @p zone (RFC 5782 §2.1 and §2.4): "2.0.0.127.zen.example"
 * for 127.0.0.2, nibbles for IPv6. Empty for a null address or an empty zone.
 */
QString dnsblQueryName(const QHostAddress &address, const QString &zone);

} // namespace Doorstep::Dns

#pragma once

#include <optional>

#include <QHostAddress>
#include <QString>

namespace Doorstep::Core {

/** Characters as people count them: Unicode code points, not UTF-16 units. */
qsizetype characterCount(const QString &text);

/**
 * An IP address written in full: four decimal octets for IPv4 ("192.168.1.7", never the
 * inet_aton shorthands "192.168.1", "10.77" or "0x7f.0.0.1", which QHostAddress would read as
 * another host), or an IPv6 address without a zone ("%eth0"). nullopt otherwise.
 */
std::optional<QHostAddress> parseIpAddress(const QString &text);

} // namespace Doorstep::Core

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QString>

#include "engine/core/result.h"
#include "engine/dns/resolver.h"

namespace Doorstep::Dns {

// Parsers for the record data (RDATA) of one resource record as libunbound hands it over:
// network order, names uncompressed. Answers come from the network, so every length is
// checked; malformed data gives InvalidArgument, never a read past the end.

/**
 * A domain name in wire format that fills @p rdata exactly, in presentation form without the
 * trailing dot ("mail.example.org"), "." for the root. Octets other than letters, digits,
 * '-' and '_' are written as \DDD, as in master files.
 */
[[nodiscard]] Core::Result<QString> parseNameRecord(QByteArrayView rdata);

/** MX: 16-bit preference and the exchange name. */
[[nodiscard]] Core::Result<MxRecord> parseMxRecord(QByteArrayView rdata);

/** TXT: one or more character-strings, joined without separator (RFC 7208 §3.3). */
[[nodiscard]] Core::Result<QByteArray> parseTxtRecord(QByteArrayView rdata);

/** A: four octets. */
[[nodiscard]] Core::Result<QHostAddress> parseARecord(QByteArrayView rdata);

/** AAAA: sixteen octets. */
[[nodiscard]] Core::Result<QHostAddress> parseAaaaRecord(QByteArrayView rdata);

} // namespace Doorstep::Dns

#pragma once

#include <QHostAddress>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Dns {

/** What SPF macros expand to (RFC 7208 7.2) for one check_host() call. */
struct SpfMacroContext
{
    QString sender;     // %{s}: the MAIL FROM address (or postmaster@HELO)
    QString domain;     // %{d}: the domain whose record is being evaluated
    QHostAddress ip;    // %{i}, %{v}
    QString helo;       // %{h}
};

/** A macro string's syntax (RFC 7208 7.1) without expanding it; a sentence when it is wrong. */
[[nodiscard]] Core::Result<void> checkSpfMacroString(const QString &macroString);

/**
 * Expands @p macroString (RFC 7208 7): %{s l o d i p v h} with digit and 'r' transformers
 * and delimiters, "%%", "%_", "%-"; upper-case letters are URL-escaped. %{p} is "unknown"
 * (the RFC allows it and discourages the lookup). The exp-only letters c, r, t are refused.
 * A domain-spec longer than 253 octets loses labels on the left until it fits (7.3).
 */
[[nodiscard]] Core::Result<QString> expandSpfMacros(const QString &macroString, const SpfMacroContext &context);

} // namespace Doorstep::Dns

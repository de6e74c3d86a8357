#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Dns {

/** What a matching mechanism gives (RFC 7208 4.6.2): "+" pass, "-" fail, "~" softfail, "?" neutral. */
enum class SpfQualifier { Pass, Fail, SoftFail, Neutral };

/** One mechanism of an SPF record (RFC 7208 5). */
struct SpfMechanism
{
    enum class Kind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists };

    Kind kind = Kind::All;
    SpfQualifier qualifier = SpfQualifier::Pass;
    QString domainSpec;  // include, a, mx, ptr, exists: unexpanded macro string; empty = current domain
    QHostAddress network; // ip4, ip6
    int cidr4 = 32;       // ip4, a, mx
    int cidr6 = 128;      // ip6, a, mx
    QString text;         // the term as written, for sentences ("-all", "ip4:192.0.2.0/24")
};

/**
 * A parsed SPF record (RFC 7208 4.5 and 12): its mechanisms in order, and the redirect= and
 * exp= modifiers. Unknown modifiers are ignored, as the RFC says; anything else that does
 * not follow the grammar is a permanent error, with a sentence that names the term.
 */
struct SpfRecord
{
    QList<SpfMechanism> mechanisms;
    std::optional<QString> redirect;    // unexpanded domain-spec
    std::optional<QString> explanation; // unexpanded domain-spec of exp=

    /** "v=spf1" (any case) followed by a space or the end: the TXT records that count (4.5). */
    static bool isSpfRecord(QByteArrayView txt);
    /** Parses a record for which isSpfRecord() holds; InvalidArgument with a sentence otherwise. */
    [[nodiscard]] static Core::Result<SpfRecord> parse(QByteArrayView txt);
};

} // namespace Doorstep::Dns

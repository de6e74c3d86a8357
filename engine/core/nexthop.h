#pragma once

#include <optional>

#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Core {

/**
 * Where outgoing mail goes next, as the smart host, a route and the fallback relay write it
 * (sendmail's SMART_HOST and mailertable): "relay.example.net" (its MX records are looked up,
 * then its addresses), "[relay.example.net]" (its addresses only), an IP address (used as it
 * is), each with an optional ":PORT".
 */
struct NextHop
{
    QString host;           // lower case, no brackets, no trailing dot; or an IP address
    quint16 port = 25;
    bool lookupMx = false;  // a plain name: MX records first (RFC 5321 5.1)

    /** Back to the textual form; the port is left out when it is @p omittedPort (never for nullopt). */
    QString toString(std::optional<quint16> omittedPort = 25) const;

    static Result<NextHop> parse(const QString &text, quint16 defaultPort);
};

} // namespace Doorstep::Core

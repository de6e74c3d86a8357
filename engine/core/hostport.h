#pragma once

#include <QHostAddress>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Core {

/** "host:port" as settings write it: IPv6 hosts in brackets ("[::1]:25"). */
struct HostPort
{
    QString host;
    quint16 port = 0;

    /** Back to the textual form, brackets around IPv6 addresses. */
    QString toString() const;

    /**
     * Parses "IP:PORT" (a listening address): the host must be an IPv4 or bracketed IPv6
     * address; port 0 picks a free port.
     */
    static Result<HostPort> parseListenAddress(const QString &text);

    /**
     * Parses "HOST[:PORT]" (a server to connect to): a host name, an IPv4 address or a
     * bracketed IPv6 address; @p defaultPort when the port is absent. Ports 1-65535.
     */
    static Result<HostPort> parseServer(const QString &text, quint16 defaultPort);
};

} // namespace Doorstep::Core

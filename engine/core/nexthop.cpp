#include "engine/core/nexthop.h"

#include "engine/core/hostport.h"
#include "engine/core/textrules.h"

namespace Doorstep::Core {

using namespace Qt::StringLiterals;

QString NextHop::toString() const
{
    const bool ip = parseIpAddress(host).has_value();
    const bool ipv6 = ip && host.contains(u':');
    QString text = (!ip && !lookupMx) || ipv6 ? u"[%1]"_s.arg(host) : host;
    if (port != 25)
        text += u":%1"_s.arg(port);
    return text;
}

Result<NextHop> NextHop::parse(const QString &text, quint16 defaultPort)
{
    QString trimmed = text.trimmed();
    // "[192.0.2.7]" or "[192.0.2.7]:26": an IPv4 literal in brackets, as in an address literal.
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u']');
        const QString inner = close > 0 ? trimmed.mid(1, close - 1) : QString();
        if (const auto ip = parseIpAddress(inner); ip && ip->protocol() == QAbstractSocket::IPv4Protocol)
            trimmed = inner + trimmed.mid(close + 1);
    }
    auto server = HostPort::parseServer(trimmed, defaultPort);
    if (!server)
        return server.error();
    NextHop hop;
    hop.host = server->host;
    hop.port = server->port;
    hop.lookupMx = !text.trimmed().startsWith(u'[') && !parseIpAddress(hop.host).has_value();
    return hop;
}

} // namespace Doorstep::Core

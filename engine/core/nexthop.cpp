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
    const QString trimmed = text.trimmed();
    auto server = HostPort::parseServer(trimmed, defaultPort);
    if (!server)
        return server.error();
    NextHop hop;
    hop.host = server->host;
    hop.port = server->port;
    hop.lookupMx = !trimmed.startsWith(u'[') && !parseIpAddress(hop.host).has_value();
    return hop;
}

} // namespace Doorstep::Core

#include "engine/core/hostport.h"

#include "engine/core/mailaddress.h"
#include "engine/core/textrules.h"

namespace Doorstep::Core {

using namespace Qt::StringLiterals;

namespace {

struct Split
{
    QString host;
    QString port;
    bool bracketed = false;
    bool hasPort = false;
};

bool split(const QString &text, Split &out)
{
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return false;
        out.host = text.mid(1, close - 1);
        out.bracketed = true;
        const QString rest = text.mid(close + 1);
        if (rest.isEmpty())
            return true;
        if (!rest.startsWith(u':'))
            return false;
        out.port = rest.mid(1);
        out.hasPort = true;
        return true;
    }
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon >= 0 && text.indexOf(u':') != colon)
        return false; // an IPv6 address without brackets
    if (colon < 0) {
        out.host = text;
        return true;
    }
    out.host = text.left(colon);
    out.port = text.mid(colon + 1);
    out.hasPort = true;
    return true;
}

bool parsePort(const QString &text, bool allowZero, quint16 &port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535 || (!allowZero && value == 0))
        return false;
    for (QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    port = quint16(value);
    return true;
}

} // namespace

QString HostPort::toString() const
{
    if (host.contains(u':'))
        return u"[%1]:%2"_s.arg(host).arg(port);
    return u"%1:%2"_s.arg(host).arg(port);
}

Result<HostPort> HostPort::parseListenAddress(const QString &text)
{
    const auto invalid = [&text] {
        return Error::invalidArgument(
            u"'%1' is not a listening address: write IP:PORT, such as '0.0.0.0:25', '127.0.0.1:2525' or '[::]:25' (port 0 picks a free port)."_s
                .arg(text));
    };
    Split parts;
    if (!split(text, parts) || !parts.hasPort)
        return invalid();
    const auto parsed = parseIpAddress(parts.host);
    if (!parsed)
        return invalid();
    const QHostAddress address = *parsed;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if (v6 != parts.bracketed)
        return invalid();
    HostPort result;
    if (!parsePort(parts.port, true, result.port))
        return invalid();
    result.host = address.toString();
    return result;
}

Result<HostPort> HostPort::parseServer(const QString &text, quint16 defaultPort)
{
    const auto invalid = [&text] {
        return Error::invalidArgument(
            u"'%1' is not a server address: write HOST or HOST:PORT, such as 'smtp.example.net:587' or '[2001:db8::1]:25'."_s.arg(text));
    };
    Split parts;
    if (!split(text, parts) || parts.host.isEmpty())
        return invalid();
    HostPort result;
    result.port = defaultPort;
    if (parts.hasPort && !parsePort(parts.port, false, result.port))
        return invalid();
    if (const auto ip = parseIpAddress(parts.host)) {
        const QHostAddress address = *ip;
        if ((address.protocol() == QAbstractSocket::IPv6Protocol) != parts.bracketed)
            return invalid();
        result.host = address.toString();
        return result;
    }
    if (parts.bracketed && !isValidHostName(parts.host))
        return invalid();
    QString host = parts.host;
    if (host.endsWith(u'.'))
        host.chop(1);
    // A name whose last label is all digits ("192.168.1") is an incomplete address, not a name.
    const QString lastLabel = host.section(u'.', -1);
    bool numeric = !lastLabel.isEmpty();
    for (QChar c : lastLabel)
        numeric = numeric && c.isDigit();
    if (!isValidHostName(host) || numeric)
        return invalid();
    result.host = host.toLower();
    return result;
}

} // namespace Doorstep::Core

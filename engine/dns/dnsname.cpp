#include "engine/dns/dnsname.h"

#include <utility>

#include <QUrl>

namespace Doorstep::Dns {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxNameLength = 253;
constexpr qsizetype kMaxLabelLength = 63;

bool isLabelCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// The reversed octets (IPv4) or nibbles (IPv6) of an address, without a suffix; empty when
// @p address is not an IP address.
QString reversedLabels(const QHostAddress &address, bool &v4)
{
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (mapped) {
        v4 = true;
        return u"%1.%2.%3.%4"_s.arg(ipv4 & 0xff).arg((ipv4 >> 8) & 0xff).arg((ipv4 >> 16) & 0xff).arg(ipv4 >> 24);
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    v4 = false;
    const Q_IPV6ADDR ipv6 = address.toIPv6Address();
    static constexpr char kHex[] = "0123456789abcdef";
    QString labels;
    labels.reserve(63);
    for (int i = 15; i >= 0; --i) {
        if (!labels.isEmpty())
            labels += u'.';
        labels += QLatin1Char(kHex[ipv6[i] & 0x0f]);
        labels += u'.';
        labels += QLatin1Char(kHex[ipv6[i] >> 4]);
    }
    return labels;
}

} // namespace

Core::Result<QByteArray> queryName(const QString &name)
{
    const auto invalid = [&name] {
        return Core::Error::invalidArgument(
            u"'%1' is not a valid domain name: write labels of letters, digits, '-' or '_' separated by dots, such as 'mail.example.org'."_s
                .arg(name));
    };
    QString text = name;
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.isEmpty())
        return invalid();
    QByteArray ascii;
    bool plain = true;
    for (QChar c : text)
        plain = plain && c.unicode() < 0x80;
    if (plain) {
        ascii = text.toLatin1();
    } else {
        ascii = QUrl::toAce(text);
        if (ascii.isEmpty())
            return invalid();
    }
    if (ascii.size() > kMaxNameLength)
        return invalid();
    qsizetype labelLength = 0;
    for (char c : std::as_const(ascii)) {
        if (c == '.') {
            if (labelLength == 0)
                return invalid();
            labelLength = 0;
            continue;
        }
        if (!isLabelCharacter(c) || ++labelLength > kMaxLabelLength)
            return invalid();
    }
    if (labelLength == 0)
        return invalid();
    return ascii;
}

QString reverseName(const QHostAddress &address)
{
    bool v4 = false;
    const QString labels = reversedLabels(address, v4);
    if (labels.isEmpty())
        return {};
    return labels + (v4 ? u".in-addr.arpa"_s : u".ip6.arpa"_s);
}

QString dnsblQueryName(const QHostAddress &address, const QString &zone)
{
    QString suffix = zone;
    while (suffix.startsWith(u'.'))
        suffix.remove(0, 1);
    if (suffix.endsWith(u'.'))
        suffix.chop(1);
    bool v4 = false;
    const QString labels = reversedLabels(address, v4);
    if (labels.isEmpty() || suffix.isEmpty())
        return {};
    return labels + u'.' + suffix;
}

} // namespace Doorstep::Dns

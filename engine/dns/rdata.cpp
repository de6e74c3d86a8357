#include "engine/dns/rdata.h"

namespace Doorstep::Dns {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxWireNameLength = 255;
constexpr int kMaxLabelLength = 63;

Core::Error malformed(QLatin1StringView type)
{
    return Core::Error::invalidArgument(u"The %1 record data is malformed."_s.arg(type));
}

bool isPlain(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Reads a wire-format name at @p pos, moving @p pos past it; false when malformed.
bool readName(QByteArrayView data, qsizetype &pos, QString &out)
{
    out.clear();
    const qsizetype start = pos;
    while (true) {
        if (pos >= data.size())
            return false;
        const int length = uchar(data[pos]);
        if (length > kMaxLabelLength) // compression pointers (0xc0) and reserved label types
            return false;
        ++pos;
        if (length == 0)
            break;
        if (pos + length > data.size())
            return false;
        if (!out.isEmpty())
            out += u'.';
        for (int i = 0; i < length; ++i) {
            const uchar c = uchar(data[pos + i]);
            if (isPlain(c))
                out += QLatin1Char(char(c));
            else
                out += u"\\%1"_s.arg(uint(c), 3, 10, QChar(u'0'));
        }
        pos += length;
        if (pos - start > kMaxWireNameLength)
            return false;
    }
    if (out.isEmpty())
        out = u"."_s;
    return true;
}

} // namespace

Core::Result<QString> parseNameRecord(QByteArrayView rdata)
{
    qsizetype pos = 0;
    QString name;
    if (!readName(rdata, pos, name) || pos != rdata.size())
        return malformed("name"_L1);
    return name;
}

Core::Result<MxRecord> parseMxRecord(QByteArrayView rdata)
{
    if (rdata.size() < 3)
        return malformed("MX"_L1);
    MxRecord record;
    record.preference = quint16((uchar(rdata[0]) << 8) | uchar(rdata[1]));
    qsizetype pos = 2;
    if (!readName(rdata, pos, record.exchange) || pos != rdata.size())
        return malformed("MX"_L1);
    return record;
}

Core::Result<QByteArray> parseTxtRecord(QByteArrayView rdata)
{
    if (rdata.isEmpty())
        return malformed("TXT"_L1);
    QByteArray text;
    qsizetype pos = 0;
    while (pos < rdata.size()) {
        const qsizetype length = uchar(rdata[pos]);
        ++pos;
        if (pos + length > rdata.size())
            return malformed("TXT"_L1);
        text += rdata.sliced(pos, length);
        pos += length;
    }
    return text;
}

Core::Result<QHostAddress> parseARecord(QByteArrayView rdata)
{
    if (rdata.size() != 4)
        return malformed("A"_L1);
    const quint32 ipv4 = (quint32(uchar(rdata[0])) << 24) | (quint32(uchar(rdata[1])) << 16) | (quint32(uchar(rdata[2])) << 8)
                         | quint32(uchar(rdata[3]));
    return QHostAddress(ipv4);
}

Core::Result<QHostAddress> parseAaaaRecord(QByteArrayView rdata)
{
    if (rdata.size() != 16)
        return malformed("AAAA"_L1);
    return QHostAddress(reinterpret_cast<const quint8 *>(rdata.data()));
}

} // namespace Doorstep::Dns

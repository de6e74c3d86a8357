#include "engine/dns/spfmacro.h"

#include <QStringList>
#include <QUrl>

namespace Doorstep::Dns {

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView kDelimiters = u".-+,/_=";
constexpr QStringView kLetters = u"slodipvh";

Core::Error macroError(const QString &why)
{
    return Core::Error::invalidArgument(why);
}

/** The dotted (IPv4) or nibble (IPv6) form of %{i}. */
QString ipMacro(const QHostAddress &ip)
{
    bool isV4 = false;
    const quint32 v4 = ip.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    const Q_IPV6ADDR v6 = ip.toIPv6Address();
    QStringList nibbles;
    for (int i = 0; i < 16; ++i) {
        nibbles.append(QString::number(v6[i] >> 4, 16));
        nibbles.append(QString::number(v6[i] & 0xf, 16));
    }
    return nibbles.join(u'.');
}

QString letterValue(QChar letter, const SpfMacroContext &context)
{
    const qsizetype at = context.sender.lastIndexOf(u'@');
    switch (letter.toLower().unicode()) {
    case 's': return context.sender;
    case 'l': return at > 0 ? context.sender.first(at) : u"postmaster"_s;
    case 'o': return at >= 0 ? context.sender.mid(at + 1) : context.sender;
    case 'd': return context.domain;
    case 'i': return ipMacro(context.ip);
    case 'p': return u"unknown"_s;
    case 'v': {
        bool isV4 = false;
        context.ip.toIPv4Address(&isV4);
        return isV4 ? u"in-addr"_s : u"ip6"_s;
    }
    case 'h': return context.helo.isEmpty() ? u"unknown"_s : context.helo;
    default: return {};
    }
}

/** One %{...} body: letter, digits, 'r', delimiters. Appends the value to @p out when given. */
Core::Result<void> macroExpand(QStringView body, const SpfMacroContext *context, QString *out)
{
    if (body.isEmpty())
        return macroError(u"'%{}' names no macro"_s);
    const QChar letter = body.front();
    if (!kLetters.contains(letter.toLower())) {
        if (QStringView(u"crt").contains(letter.toLower()))
            return macroError(u"the macro '%{%1}' is allowed only in an explanation"_s.arg(letter));
        return macroError(u"'%{%1}' is not an SPF macro"_s.arg(letter));
    }
    qsizetype i = 1;
    int keep = 0;
    const qsizetype digitsStart = i;
    while (i < body.size() && body.at(i).isDigit() && body.at(i).unicode() < 0x80)
        ++i;
    if (i > digitsStart) {
        bool ok = false;
        keep = body.sliced(digitsStart, i - digitsStart).toInt(&ok);
        if (!ok || keep == 0 || keep > 128)
            return macroError(u"the digits in '%{%1}' must be 1 to 128"_s.arg(body));
    }
    bool reverse = false;
    if (i < body.size() && body.at(i).toLower() == u'r') {
        reverse = true;
        ++i;
    }
    QString delimiters;
    for (; i < body.size(); ++i) {
        if (!kDelimiters.contains(body.at(i)))
            return macroError(u"'%1' is not an SPF macro delimiter in '%{%2}'"_s.arg(body.at(i)).arg(body));
        delimiters.append(body.at(i));
    }
    if (!context || !out)
        return {};

    QString value = letterValue(letter, *context);
    QStringList parts;
    if (delimiters.isEmpty()) {
        parts = value.split(u'.');
    } else {
        QString current;
        for (const QChar c : value) {
            if (delimiters.contains(c)) {
                parts.append(current);
                current.clear();
            } else {
                current.append(c);
            }
        }
        parts.append(current);
    }
    if (reverse)
        std::reverse(parts.begin(), parts.end());
    if (keep > 0 && parts.size() > keep)
        parts = parts.mid(parts.size() - keep);
    value = parts.join(u'.');
    if (letter.isUpper())
        value = QString::fromLatin1(QUrl::toPercentEncoding(value));
    out->append(value);
    return {};
}

/** Walks @p macroString; with a context, builds the expansion in @p out. */
Core::Result<void> walk(const QString &macroString, const SpfMacroContext *context, QString *out)
{
    for (qsizetype i = 0; i < macroString.size(); ++i) {
        const QChar c = macroString.at(i);
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return macroError(u"a macro string is printable ASCII without spaces"_s);
        if (c != u'%') {
            if (out)
                out->append(c);
            continue;
        }
        if (i + 1 >= macroString.size())
            return macroError(u"a '%' at the end must be written '%%'"_s);
        const QChar next = macroString.at(++i);
        if (next == u'%' || next == u'_' || next == u'-') {
            if (out)
                out->append(next == u'%' ? u"%"_s : next == u'_' ? u" "_s : u"%20"_s);
            continue;
        }
        if (next != u'{')
            return macroError(u"'%%1' is not a macro: write '%%' for a percent sign"_s.arg(next));
        const qsizetype close = macroString.indexOf(u'}', i + 1);
        if (close < 0)
            return macroError(u"a '%{' is not closed by '}'"_s);
        if (const Core::Result<void> expanded = macroExpand(QStringView(macroString).sliced(i + 1, close - i - 1), context, out); !expanded)
            return expanded;
        i = close;
    }
    return {};
}

} // namespace

Core::Result<void> checkSpfMacroString(const QString &macroString)
{
    return walk(macroString, nullptr, nullptr);
}

Core::Result<QString> expandSpfMacros(const QString &macroString, const SpfMacroContext &context)
{
    QString out;
    if (const Core::Result<void> walked = walk(macroString, &context, &out); !walked)
        return walked.error();
    if (out.endsWith(u'.'))
        out.chop(1);
    while (out.size() > 253) {
        const qsizetype dot = out.indexOf(u'.');
        if (dot < 0)
            break;
        out.remove(0, dot + 1);
    }
    return out;
}

} // namespace Doorstep::Dns

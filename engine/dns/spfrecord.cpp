#include "engine/dns/spfrecord.h"

#include <QRegularExpression>

#include "engine/dns/spfmacro.h"

namespace Doorstep::Dns {

using namespace Qt::StringLiterals;

namespace {

Core::Error termError(const QString &term, const QString &why)
{
    return Core::Error::invalidArgument(u"The SPF term '%1' is not valid: %2."_s.arg(term, why));
}

/** "/N" with 0 <= N <= @p max, or nullopt when @p text is not one. */
std::optional<int> cidrLength(const QString &digits, int max)
{
    if (digits.isEmpty() || digits.size() > 3 || (digits.size() > 1 && digits.startsWith(u'0')))
        return std::nullopt;
    bool ok = false;
    const int value = digits.toInt(&ok);
    if (!ok || value < 0 || value > max)
        return std::nullopt;
    return value;
}

/**
 * The argument of a, mx: [":" domain-spec] [ "/" cidr4 ] [ "//" cidr6 ], already without the
 * mechanism name. Fills domainSpec and the lengths.
 */
Core::Result<void> parseDomainAndCidr(const QString &term, QString argument, SpfMechanism &mechanism, bool allowCidr)
{
    if (allowCidr) {
        static const QRegularExpression dualCidr(u"^(.*?)(?:/(\\d+))?(?://(\\d+))?$"_s);
        const QRegularExpressionMatch match = dualCidr.match(argument);
        if (match.hasMatch() && (match.hasCaptured(2) || match.hasCaptured(3))) {
            if (match.hasCaptured(2)) {
                const std::optional<int> length = cidrLength(match.captured(2), 32);
                if (!length)
                    return termError(term, u"an IPv4 prefix length is 0 to 32"_s);
                mechanism.cidr4 = *length;
            }
            if (match.hasCaptured(3)) {
                const std::optional<int> length = cidrLength(match.captured(3), 128);
                if (!length)
                    return termError(term, u"an IPv6 prefix length is 0 to 128"_s);
                mechanism.cidr6 = *length;
            }
            argument = match.captured(1);
        }
    }
    if (argument.isEmpty())
        return {};
    if (!argument.startsWith(u':'))
        return termError(term, u"a domain follows a colon"_s);
    argument.remove(0, 1);
    if (argument.isEmpty())
        return termError(term, u"the domain after the colon is missing"_s);
    if (const Core::Result<void> macros = checkSpfMacroString(argument); !macros)
        return termError(term, macros.error().message);
    mechanism.domainSpec = argument;
    return {};
}

Core::Result<void> parseNetwork(const QString &term, const QString &argument, SpfMechanism &mechanism, bool v6)
{
    if (!argument.startsWith(u':') || argument.size() < 2)
        return termError(term, v6 ? u"ip6 needs an address: ip6:2001:db8::/32"_s : u"ip4 needs an address: ip4:192.0.2.0/24"_s);
    QString address = argument.mid(1);
    int length = v6 ? 128 : 32;
    if (const qsizetype slash = address.indexOf(u'/'); slash >= 0) {
        const std::optional<int> parsed = cidrLength(address.mid(slash + 1), length);
        if (!parsed)
            return termError(term, v6 ? u"an IPv6 prefix length is 0 to 128"_s : u"an IPv4 prefix length is 0 to 32"_s);
        length = *parsed;
        address.truncate(slash);
    }
    QHostAddress network;
    const bool parsed = network.setAddress(address);
    const bool rightFamily = v6 ? network.protocol() == QAbstractSocket::IPv6Protocol
                                : network.protocol() == QAbstractSocket::IPv4Protocol;
    // ip4 wants dotted quads only (QHostAddress also takes "1" or "0x7f.1").
    static const QRegularExpression dottedQuad(u"^\\d{1,3}(\\.\\d{1,3}){3}$"_s);
    if (!parsed || !rightFamily || (!v6 && !dottedQuad.match(address).hasMatch()))
        return termError(term, u"'%1' is not an %2 address"_s.arg(address, v6 ? u"IPv6"_s : u"IPv4"_s));
    mechanism.network = network;
    if (v6)
        mechanism.cidr6 = length;
    else
        mechanism.cidr4 = length;
    return {};
}

} // namespace

bool SpfRecord::isSpfRecord(QByteArrayView txt)
{
    static constexpr QByteArrayView version("v=spf1");
    if (txt.size() < version.size() || QByteArrayView(txt.first(version.size())).compare(version, Qt::CaseInsensitive) != 0)
        return false;
    return txt.size() == version.size() || txt.at(version.size()) == ' ';
}

Core::Result<SpfRecord> SpfRecord::parse(QByteArrayView txt)
{
    if (!isSpfRecord(txt))
        return Core::Error::invalidArgument(u"The record does not start with 'v=spf1'."_s);
    for (const char c : txt) {
        if (uchar(c) < 0x20 || uchar(c) > 0x7e)
            return Core::Error::invalidArgument(u"The SPF record contains a character that is not printable ASCII."_s);
    }
    SpfRecord record;
    const QString body = QString::fromLatin1(txt.sliced(6));
    static const QRegularExpression modifierName(u"^[A-Za-z][A-Za-z0-9._-]*$"_s);
    for (const QString &term : body.split(u' ', Qt::SkipEmptyParts)) {
        // A modifier is name=value; a mechanism's name never contains '='.
        const qsizetype equals = term.indexOf(u'=');
        const qsizetype colon = term.indexOf(u':');
        const qsizetype slash = term.indexOf(u'/');
        const bool isModifier = equals > 0 && (colon < 0 || equals < colon) && (slash < 0 || equals < slash);
        if (isModifier) {
            const QString name = term.first(equals).toLower();
            const QString value = term.mid(equals + 1);
            if (!modifierName.match(name).hasMatch())
                return termError(term, u"a modifier's name is letters, digits, '-', '_' and '.'"_s);
            if (const Core::Result<void> macros = checkSpfMacroString(value); !macros)
                return termError(term, macros.error().message);
            if (name == u"redirect"_s || name == u"exp"_s) {
                std::optional<QString> &slot = name == u"redirect"_s ? record.redirect : record.explanation;
                if (slot)
                    return termError(term, u"'%1=' may appear only once"_s.arg(name));
                if (value.isEmpty())
                    return termError(term, u"a domain follows '='"_s);
                slot = value;
            }
            continue; // unknown modifiers are ignored (RFC 7208 6)
        }

        SpfMechanism mechanism;
        mechanism.text = term;
        QString rest = term;
        switch (rest.front().unicode()) {
        case '+': mechanism.qualifier = SpfQualifier::Pass; rest.remove(0, 1); break;
        case '-': mechanism.qualifier = SpfQualifier::Fail; rest.remove(0, 1); break;
        case '~': mechanism.qualifier = SpfQualifier::SoftFail; rest.remove(0, 1); break;
        case '?': mechanism.qualifier = SpfQualifier::Neutral; rest.remove(0, 1); break;
        default: break;
        }
        qsizetype nameEnd = 0;
        while (nameEnd < rest.size() && rest.at(nameEnd).isLetterOrNumber() && rest.at(nameEnd).unicode() < 0x80)
            ++nameEnd;
        const QString name = rest.first(nameEnd).toLower();
        const QString argument = rest.mid(nameEnd);
        Core::Result<void> parsed;
        if (name == u"all"_s) {
            mechanism.kind = SpfMechanism::Kind::All;
            if (!argument.isEmpty())
                parsed = termError(term, u"'all' takes no argument"_s);
        } else if (name == u"include"_s || name == u"exists"_s) {
            mechanism.kind = name == u"include"_s ? SpfMechanism::Kind::Include : SpfMechanism::Kind::Exists;
            parsed = parseDomainAndCidr(term, argument, mechanism, false);
            if (parsed && mechanism.domainSpec.isEmpty())
                parsed = termError(term, u"'%1' needs a domain: %1:example.org"_s.arg(name));
        } else if (name == u"a"_s || name == u"mx"_s) {
            mechanism.kind = name == u"a"_s ? SpfMechanism::Kind::A : SpfMechanism::Kind::Mx;
            parsed = parseDomainAndCidr(term, argument, mechanism, true);
        } else if (name == u"ptr"_s) {
            mechanism.kind = SpfMechanism::Kind::Ptr;
            parsed = parseDomainAndCidr(term, argument, mechanism, false);
        } else if (name == u"ip4"_s || name == u"ip6"_s) {
            mechanism.kind = name == u"ip4"_s ? SpfMechanism::Kind::Ip4 : SpfMechanism::Kind::Ip6;
            parsed = parseNetwork(term, argument, mechanism, name == u"ip6"_s);
        } else {
            parsed = termError(term, u"'%1' is not an SPF mechanism"_s.arg(name.isEmpty() ? term : name));
        }
        if (!parsed)
            return parsed.error();
        record.mechanisms.append(mechanism);
    }
    return record;
}

} // namespace Doorstep::Dns

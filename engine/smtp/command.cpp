#include "engine/smtp/command.h"

#include <QList>

#include "engine/core/textrules.h"

namespace Doorstep::Smtp {

using namespace Qt::StringLiterals;

Command Command::parse(const QByteArray &line)
{
    Command command;
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    command.name = QString::fromLatin1(verb);
    command.argument = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
    static const QList<std::pair<QByteArray, Verb>> verbs{
        {"HELO", Verb::Helo}, {"EHLO", Verb::Ehlo}, {"MAIL", Verb::Mail}, {"RCPT", Verb::Rcpt},   {"DATA", Verb::Data},
        {"RSET", Verb::Rset}, {"NOOP", Verb::Noop}, {"QUIT", Verb::Quit}, {"VRFY", Verb::Vrfy},   {"EXPN", Verb::Expn},
        {"HELP", Verb::Help}, {"STARTTLS", Verb::StartTls}, {"AUTH", Verb::Auth},
    };
    for (const auto &[text, v] : verbs) {
        if (verb == text) {
            command.verb = v;
            break;
        }
    }
    return command;
}

namespace {

constexpr qsizetype kMaxLocal = 64;   // RFC 5321 4.5.3.1.1
constexpr qsizetype kMaxDomain = 255; // RFC 5321 4.5.3.1.2
constexpr qsizetype kMaxPath = 256;   // RFC 5321 4.5.3.1.3

bool isAtext(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80)
        return true; // UTF-8 (RFC 6531), checked against SMTPUTF8 by the session
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isDotString(const QByteArray &s)
{
    if (s.isEmpty() || s.startsWith('.') || s.endsWith('.') || s.contains(".."))
        return false;
    for (char c : s)
        if (c != '.' && !isAtext(c))
            return false;
    return true;
}

bool isQuotedString(const QByteArray &s)
{
    if (s.size() < 2 || !s.startsWith('"') || !s.endsWith('"'))
        return false;
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\\') {
            ++i;
            if (i + 1 >= s.size())
                return false;
            continue;
        }
        if (c == '"' || c < 32 || c == 127)
            return false;
    }
    return true;
}

bool isDomain(const QByteArray &s)
{
    if (s.isEmpty() || s.size() > kMaxDomain)
        return false;
    QByteArray name = s;
    if (name.endsWith('.'))
        name.chop(1); // a trailing dot: normalized by policy
    for (const QByteArray &label : name.split('.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return false;
        for (char c : label) {
            const auto u = static_cast<unsigned char>(c);
            if (!(u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'))
                return false;
        }
    }
    return true;
}

// RFC 5321 4.1.3: "[IPv4]", "[IPv6:address]" or "[tag:content]".
bool isAddressLiteral(const QByteArray &s)
{
    if (s.size() <= 2 || !s.startsWith('[') || !s.endsWith(']'))
        return false;
    const QByteArray inner = s.mid(1, s.size() - 2);
    if (Core::parseIpAddress(QString::fromLatin1(inner)) && !inner.contains(':'))
        return true;
    if (inner.startsWith("IPv6:")) {
        const auto address = Core::parseIpAddress(QString::fromLatin1(inner.mid(5)));
        return address && address->protocol() == QAbstractSocket::IPv6Protocol;
    }
    const qsizetype colon = inner.indexOf(':');
    if (colon <= 0 || colon == inner.size() - 1)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const char c = inner.at(i);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    for (qsizetype i = colon + 1; i < inner.size(); ++i) {
        const auto c = static_cast<unsigned char>(inner.at(i));
        if (c < 33 || c > 126 || c == '[' || c == ']' || c == '\\')
            return false;
    }
    return true;
}

// Splits "<path> params"; the path may contain quoted '>' characters.
bool splitPath(const QByteArray &text, QByteArray &path, QByteArray &rest)
{
    if (!text.startsWith('<'))
        return false;
    bool quoted = false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && quoted) {
            ++i;
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        else if (c == '>' && !quoted) {
            path = text.mid(1, i - 1);
            rest = text.mid(i + 1);
            return rest.isEmpty() || rest.startsWith(' ');
        }
    }
    return false;
}

} // namespace

std::variant<PathArgument, Reply> parsePathArgument(const QByteArray &argument, const QByteArray &keyword)
{
    const bool mail = keyword == "FROM";
    const auto syntax = [&](const QString &why) -> Reply {
        return mail ? Reply::badSenderSyntax(why) : Reply::badAddressSyntax(why);
    };
    const QByteArray prefix = keyword + ':';
    if (!argument.toUpper().startsWith(prefix))
        return Reply::argumentError(u"Syntax: %1 %2:<address>"_s.arg(mail ? u"MAIL"_s : u"RCPT"_s, QString::fromLatin1(keyword)));
    const QByteArray afterColon = argument.mid(prefix.size()).trimmed();
    QByteArray rawPath;
    QByteArray rest;
    if (!splitPath(afterColon, rawPath, rest))
        return syntax(u"Address must be in angle brackets, such as <user@example.org>"_s);
    if (rawPath.size() + 2 > kMaxPath) // the angle brackets count (RFC 5321 4.5.3.1.3)
        return syntax(u"Address too long"_s);

    PathArgument result;
    // Source route "@a,@b:user@domain": accepted and ignored (RFC 5321 C, 4.1.2).
    if (rawPath.startsWith('@')) {
        const qsizetype colon = rawPath.indexOf(':');
        if (colon < 0)
            return syntax(u"Bad source route"_s);
        rawPath = rawPath.mid(colon + 1);
    }
    Path &path = result.path;
    if (rawPath.isEmpty()) {
        if (!mail)
            return syntax(u"Empty recipient address"_s);
        path.isNull = true;
    } else if (!mail && rawPath.compare("postmaster", Qt::CaseInsensitive) == 0) {
        path.isPostmaster = true;
        path.local = u"postmaster"_s;
        path.address = u"postmaster"_s;
    } else {
        const qsizetype at = rawPath.lastIndexOf('@');
        if (at <= 0 || at == rawPath.size() - 1)
            return syntax(u"Address must have the form user@domain"_s);
        const QByteArray local = rawPath.left(at);
        const QByteArray domain = rawPath.mid(at + 1);
        path.quotedLocal = local.startsWith('"');
        if (local.size() > kMaxLocal || !(path.quotedLocal ? isQuotedString(local) : isDotString(local)))
            return syntax(u"Bad local part in address"_s);
        path.addressLiteral = domain.startsWith('[');
        if (!(path.addressLiteral ? isAddressLiteral(domain) : isDomain(domain)))
            return syntax(u"Bad domain in address"_s);
        for (char c : rawPath)
            path.nonAscii = path.nonAscii || static_cast<unsigned char>(c) >= 0x80;
        path.local = QString::fromUtf8(local);
        path.domain = QString::fromUtf8(domain);
        path.address = path.local + u'@' + path.domain;
    }
    for (const QByteArray &item : rest.split(' ')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        const QString name = QString::fromLatin1(eq < 0 ? item : item.left(eq)).toUpper();
        const QString value = eq < 0 ? QString() : QString::fromLatin1(item.mid(eq + 1));
        if (name.isEmpty())
            return Reply::argumentError(u"Bad parameter"_s);
        result.parameters.insert(name, value);
    }
    return result;
}

} // namespace Doorstep::Smtp

#include "engine/core/mailaddress.h"

#include <QStringList>
#include <QUrl>

namespace Doorstep::Core {

using namespace Qt::StringLiterals;

namespace {

bool isAtext(QChar c)
{
    // RFC 5322 3.2.3 atext.
    if (c.unicode() > 127)
        return false;
    if (c.isLetterOrNumber())
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isValidLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    if (label.front() == u'-' || label.back() == u'-')
        return false;
    for (QChar c : label) {
        const auto u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool isValidLocalPart(const QString &local)
{
    if (local.isEmpty() || local.size() > 64)
        return false;
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."_s))
        return false;
    for (QChar c : local) {
        if (c != u'.' && !isAtext(c))
            return false;
    }
    return true;
}

bool isValidHostName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    const auto labels = QStringView(name).split(u'.');
    for (QStringView label : labels) {
        if (!isValidLabel(label))
            return false;
    }
    return true;
}

Result<QString> normalizeDomain(const QString &text)
{
    QString name = text;
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return Error::invalidArgument(u"The domain name is empty."_s);
    for (QChar c : name) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Error::invalidArgument(u"Domain '%1' contains a space or a control character."_s.arg(text));
    }
    bool ascii = true;
    for (QChar c : name) {
        if (c.unicode() > 127) {
            ascii = false;
            break;
        }
    }
    if (!ascii) {
        const QByteArray ace = QUrl::toAce(name);
        if (ace.isEmpty())
            return Error::invalidArgument(u"Domain '%1' is not a valid internationalized domain name."_s.arg(text));
        name = QString::fromLatin1(ace);
    }
    name = name.toLower();
    if (name.size() > 253)
        return Error::invalidArgument(u"Domain '%1' is longer than 253 characters."_s.arg(text));
    const auto labels = QStringView(name).split(u'.');
    if (labels.size() < 2)
        return Error::invalidArgument(u"Domain '%1' must have at least two labels, such as 'example.org'."_s.arg(text));
    for (QStringView label : labels) {
        if (!isValidLabel(label))
            return Error::invalidArgument(
                u"Domain '%1' is not valid: each label must be 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen."_s
                    .arg(text));
        // An "xn--" label must be real punycode that converts back to itself.
        if (label.startsWith(u"xn--"_s)) {
            const QByteArray ace = label.toLatin1();
            const QString decoded = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist);
            if (decoded == label || QUrl::toAce(decoded, QUrl::IgnoreIDNWhitelist) != ace)
                return Error::invalidArgument(u"Domain '%1' is not valid: '%2' is not a valid internationalized (punycode) label."_s.arg(
                    text, label.toString()));
        }
    }
    bool numeric = true;
    for (QChar c : labels.back()) {
        if (!c.isDigit())
            numeric = false;
    }
    if (numeric)
        return Error::invalidArgument(u"Domain '%1' looks like an IP address; a mail domain is a name such as 'example.org'."_s.arg(text));
    return name;
}

Result<MailAddress> MailAddress::parse(const QString &text)
{
    const qsizetype at = text.lastIndexOf(u'@');
    if (at <= 0 || at == text.size() - 1)
        return Error::invalidArgument(u"Address '%1' must have the form 'name@domain'."_s.arg(text));
    const QString local = text.left(at);
    if (!isValidLocalPart(local))
        return Error::invalidArgument(
            u"Address '%1' is not valid: the part before '@' may contain letters, digits, dots (not at the ends or twice in a row) and !#$%&'*+-/=?^_`{|}~, at most 64 characters."_s
                .arg(text));
    const auto domain = normalizeDomain(text.mid(at + 1));
    if (!domain)
        return Error::invalidArgument(u"Address '%1' is not valid: %2"_s.arg(text, domain.error().message));
    return MailAddress{local.toLower(), domain.value()};
}

} // namespace Doorstep::Core

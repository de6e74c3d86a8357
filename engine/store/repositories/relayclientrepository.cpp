#include "engine/store/repositories/relayclientrepository.h"

#include <QHostAddress>

#include "engine/core/mailaddress.h"
#include "engine/core/textrules.h"
#include "engine/store/database.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

Result<QString> RelayClientRepository::normalizePattern(const QString &pattern)
{
    const auto invalid = [&pattern] {
        return Error::invalidArgument(
            u"Relay client '%1' is not valid: write an IP address ('192.168.1.20'), a network ('192.168.1.0/24', 'fd00::/8'), a host name ('pc.home.lan') or a domain pattern ('*.home.lan')."_s
                .arg(pattern));
    };
    if (pattern.isEmpty())
        return invalid();
    if (pattern.contains(u'/')) {
        const QString networkText = pattern.section(u'/', 0, 0);
        const QString prefixText = pattern.section(u'/', 1);
        const auto given = Core::parseIpAddress(networkText);
        bool prefixOk = !prefixText.isEmpty();
        for (QChar c : prefixText)
            prefixOk = prefixOk && c.isDigit();
        if (!given || !prefixOk)
            return invalid();
        const auto [network, prefix] = QHostAddress::parseSubnet(pattern);
        if (network.isNull() || prefix < 0)
            return invalid();
        const QString canonical = u"%1/%2"_s.arg(network.toString()).arg(prefix);
        if (*given != network)
            return Error::invalidArgument(u"Network '%1' has host bits set; did you mean '%2'?"_s.arg(pattern, canonical));
        return canonical;
    }
    if (const auto address = Core::parseIpAddress(pattern))
        return address->toString();
    // "192.168.1", "10.77", "0x7f.0.0.1": an address in shorthand, never a host name (a name's
    // last label is never all digits, RFC 1123 2.1).
    const QString lastLabel = pattern.section(u'.', -1);
    bool numeric = !lastLabel.isEmpty();
    for (QChar c : lastLabel)
        numeric = numeric && c.isDigit();
    if (numeric)
        return invalid();
    QString name = pattern.toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.startsWith(u"*."_s) || name.startsWith(u'.')) {
        const QString domain = name.mid(name.startsWith(u'.') ? 1 : 2);
        if (!Core::isValidHostName(domain) || !domain.contains(u'.'))
            return invalid();
        return u"*."_s + domain;
    }
    if (!Core::isValidHostName(name))
        return invalid();
    return name;
}

Result<QList<RelayClientRecord>> RelayClientRepository::list()
{
    auto q = m_db.query(u"SELECT pattern, action, comment, last_seen_usec FROM relay_clients ORDER BY pattern"_s);
    if (!q)
        return q.error();
    QList<RelayClientRecord> clients;
    while (q.value().next())
        clients.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
                        q.value().value(3).toULongLong()});
    return clients;
}

Result<RelayClientRecord> RelayClientRepository::add(const QString &patternText, const QString &actionText, const QString &comment,
                                                     quint64 nowUsec)
{
    const auto pattern = normalizePattern(patternText);
    if (!pattern)
        return pattern.error();
    const QString action = actionText.toUpper();
    if (action != u"RELAY"_s && action != u"REJECT"_s && action != u"OK"_s)
        return Error::invalidArgument(u"Relay action '%1' is not valid: use RELAY, REJECT or OK."_s.arg(actionText));
    if (Core::characterCount(comment) > 200)
        return Error::invalidArgument(u"The comment of relay client '%1' must be at most 200 characters long."_s.arg(pattern.value()));
    for (QChar c : comment) {
        if (c.category() == QChar::Other_Control)
            return Error::invalidArgument(u"The comment of relay client '%1' must not contain control characters."_s.arg(pattern.value()));
    }
    return m_db.transaction<RelayClientRecord>([&]() -> Result<RelayClientRecord> {
        auto q = m_db.query(u"SELECT action FROM relay_clients WHERE pattern = ?"_s, {pattern.value()});
        if (!q)
            return q.error();
        if (q.value().next())
            return Error::alreadyExists(u"Relay client '%1' is already listed with %2; remove it first to change it."_s.arg(
                pattern.value(), q.value().value(0).toString()));
        if (auto done = m_db.exec(u"INSERT INTO relay_clients (pattern, action, comment, created_usec) VALUES (?, ?, ?, ?)"_s,
                                  // A null QString binds as SQL NULL: store "" for "no comment".
                                  {pattern.value(), action, comment.isNull() ? u""_s : comment, qlonglong(nowUsec)});
            !done)
            return done.error();
        return RelayClientRecord{pattern.value(), action, comment, 0};
    });
}

Result<QString> RelayClientRepository::remove(const QString &patternText)
{
    const auto pattern = normalizePattern(patternText);
    if (!pattern)
        return Error::notFound(u"Relay client '%1' is not listed."_s.arg(patternText));
    return m_db.transaction<QString>([&]() -> Result<QString> {
        auto q = m_db.query(u"SELECT 1 FROM relay_clients WHERE pattern = ?"_s, {pattern.value()});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::notFound(u"Relay client '%1' is not listed."_s.arg(pattern.value()));
        if (auto done = m_db.exec(u"DELETE FROM relay_clients WHERE pattern = ?"_s, {pattern.value()}); !done)
            return done.error();
        return pattern.value();
    });
}

Result<void> RelayClientRepository::touch(const QString &pattern, quint64 usec)
{
    return m_db.exec(u"UPDATE relay_clients SET last_seen_usec = ? WHERE pattern = ?"_s, {qlonglong(usec), pattern});
}

} // namespace Doorstep::Store

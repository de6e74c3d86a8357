#include "engine/store/repositories/userrepository.h"

#include "engine/store/database.h"
#include "engine/store/repositories/domainrepository.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::MailAddress;
using Core::Result;

Error UserRepository::notFound(const MailAddress &address) const
{
    return Error::notFound(u"There is no user '%1'."_s.arg(address.toString()));
}

Result<std::optional<qint64>> UserRepository::idOf(const MailAddress &address)
{
    auto q = m_db.query(u"SELECT users.id FROM users JOIN domains ON domains.id = users.domain_id "
                        "WHERE domains.name = ? AND users.local_part = ?"_s,
                        {address.domain, address.local});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Result<QList<UserRecord>> UserRepository::list()
{
    auto q = m_db.query(u"SELECT users.local_part || '@' || domains.name AS address, users.enabled "
                        "FROM users JOIN domains ON domains.id = users.domain_id ORDER BY domains.name, users.local_part"_s);
    if (!q)
        return q.error();
    QList<UserRecord> users;
    while (q.value().next())
        users.append({q.value().value(0).toString(), q.value().value(1).toBool()});
    return users;
}

Result<bool> UserRepository::exists(const MailAddress &address)
{
    const auto id = idOf(address);
    if (!id)
        return id.error();
    return id.value().has_value();
}

Result<void> UserRepository::add(const MailAddress &address, const QByteArray &passwordHash, quint64 nowUsec)
{
    // The local part names the mailbox directory (DATA/mail/<domain>/<local>): a '/' would put
    // one user's mailbox inside another's.
    if (address.local.contains(u'/'))
        return Error::invalidArgument(u"Address '%1' cannot be a mailbox: '/' is not allowed before the '@'."_s.arg(address.toString()));
    return m_db.transaction<void>([&]() -> Result<void> {
        const auto domainId = DomainRepository(m_db).idOf(address.domain);
        if (!domainId)
            return domainId.error();
        if (!domainId.value())
            return Error::notFound(u"Domain '%1' is not one of this server's domains: add it first."_s.arg(address.domain));
        const auto existing = idOf(address);
        if (!existing)
            return existing.error();
        if (existing.value())
            return Error::alreadyExists(u"User '%1' already exists."_s.arg(address.toString()));
        auto alias = m_db.query(u"SELECT 1 FROM aliases WHERE address = ?"_s, {address.toString()});
        if (!alias)
            return alias.error();
        if (alias.value().next())
            return Error::alreadyExists(u"'%1' is already an alias; remove the alias first to make it a mailbox."_s.arg(address.toString()));
        return m_db.exec(u"INSERT INTO users (domain_id, local_part, password_hash, enabled, created_usec, password_changed_usec) "
                         "VALUES (?, ?, ?, 1, ?, ?)"_s,
                         {*domainId.value(), address.local, QString::fromLatin1(passwordHash), qlonglong(nowUsec), qlonglong(nowUsec)});
    });
}

Result<void> UserRepository::setPasswordHash(const MailAddress &address, const QByteArray &passwordHash, quint64 nowUsec)
{
    return m_db.transaction<void>([&]() -> Result<void> {
        const auto id = idOf(address);
        if (!id)
            return id.error();
        if (!id.value())
            return notFound(address);
        return m_db.exec(u"UPDATE users SET password_hash = ?, password_changed_usec = ? WHERE id = ?"_s,
                         {QString::fromLatin1(passwordHash), qlonglong(nowUsec), *id.value()});
    });
}

Result<bool> UserRepository::setEnabled(const MailAddress &address, bool enabled)
{
    return m_db.transaction<bool>([&]() -> Result<bool> {
        auto q = m_db.query(u"SELECT users.id, users.enabled FROM users JOIN domains ON domains.id = users.domain_id "
                            "WHERE domains.name = ? AND users.local_part = ?"_s,
                            {address.domain, address.local});
        if (!q)
            return q.error();
        if (!q.value().next())
            return notFound(address);
        const qint64 id = q.value().value(0).toLongLong();
        if (q.value().value(1).toBool() == enabled)
            return false;
        if (auto done = m_db.exec(u"UPDATE users SET enabled = ? WHERE id = ?"_s, {enabled ? 1 : 0, id}); !done)
            return done.error();
        return true;
    });
}

Result<void> UserRepository::remove(const MailAddress &address)
{
    return m_db.transaction<void>([&]() -> Result<void> {
        const auto id = idOf(address);
        if (!id)
            return id.error();
        if (!id.value())
            return notFound(address);
        auto q = m_db.query(u"SELECT DISTINCT aliases.address FROM alias_targets JOIN aliases ON aliases.id = alias_targets.alias_id "
                            "WHERE alias_targets.target = ? ORDER BY aliases.address"_s,
                            {address.toString()});
        if (!q)
            return q.error();
        QStringList aliases;
        while (q.value().next())
            aliases << u"'%1'"_s.arg(q.value().value(0).toString());
        if (!aliases.isEmpty())
            return Error::failed(u"User '%1' still receives the mail of alias(es) %2: change or remove them first."_s.arg(
                address.toString(), aliases.join(u", "_s)));
        return m_db.exec(u"DELETE FROM users WHERE id = ?"_s, {*id.value()});
    });
}

Result<std::optional<std::pair<QByteArray, bool>>> UserRepository::credentials(const MailAddress &address)
{
    using Value = std::optional<std::pair<QByteArray, bool>>;
    auto q = m_db.query(u"SELECT users.password_hash, users.enabled FROM users JOIN domains ON domains.id = users.domain_id "
                        "WHERE domains.name = ? AND users.local_part = ?"_s,
                        {address.domain, address.local});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Value();
    return Value(std::pair(q.value().value(0).toString().toLatin1(), q.value().value(1).toBool()));
}

} // namespace Doorstep::Store

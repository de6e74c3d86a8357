#include "engine/store/repositories/domainrepository.h"

#include "engine/core/mailaddress.h"
#include "engine/store/database.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

Result<QStringList> DomainRepository::list()
{
    auto q = m_db.query(u"SELECT name FROM domains ORDER BY name"_s);
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next())
        names << q.value().value(0).toString();
    return names;
}

Result<std::optional<qint64>> DomainRepository::idOf(const QString &normalizedName)
{
    auto q = m_db.query(u"SELECT id FROM domains WHERE name = ?"_s, {normalizedName});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Result<QString> DomainRepository::add(const QString &name, quint64 nowUsec)
{
    const auto normalized = Core::normalizeDomain(name);
    if (!normalized)
        return normalized.error();
    return m_db.transaction<QString>([&]() -> Result<QString> {
        const auto existing = idOf(normalized.value());
        if (!existing)
            return existing.error();
        if (existing.value())
            return Error::alreadyExists(u"Domain '%1' is already one of this server's domains."_s.arg(normalized.value()));
        if (auto done = m_db.exec(u"INSERT INTO domains (name, created_usec) VALUES (?, ?)"_s, {normalized.value(), qlonglong(nowUsec)});
            !done)
            return done.error();
        return normalized.value();
    });
}

Result<QString> DomainRepository::remove(const QString &name)
{
    const auto normalized = Core::normalizeDomain(name);
    if (!normalized)
        return Error::notFound(u"Domain '%1' is not one of this server's domains."_s.arg(name));
    return m_db.transaction<QString>([&]() -> Result<QString> {
        const auto id = idOf(normalized.value());
        if (!id)
            return id.error();
        if (!id.value())
            return Error::notFound(u"Domain '%1' is not one of this server's domains."_s.arg(normalized.value()));
        auto counts = m_db.query(u"SELECT (SELECT COUNT(*) FROM users WHERE domain_id = ?), "
                                 "(SELECT COUNT(*) FROM aliases WHERE domain_id = ?)"_s,
                                 {*id.value(), *id.value()});
        if (!counts)
            return counts.error();
        counts.value().next();
        const int users = counts.value().value(0).toInt();
        const int aliases = counts.value().value(1).toInt();
        if (users > 0 || aliases > 0)
            return Error::failed(u"Domain '%1' still has %2 user(s) and %3 alias(es): remove them first."_s.arg(normalized.value())
                                     .arg(users)
                                     .arg(aliases));
        if (auto done = m_db.exec(u"DELETE FROM domains WHERE id = ?"_s, {*id.value()}); !done)
            return done.error();
        return normalized.value();
    });
}

} // namespace Doorstep::Store

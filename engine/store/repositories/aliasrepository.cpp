#include "engine/store/repositories/aliasrepository.h"

#include <QSet>

#include "engine/core/mailaddress.h"
#include "engine/store/database.h"
#include "engine/store/repositories/domainrepository.h"
#include "engine/store/repositories/userrepository.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::MailAddress;
using Core::Result;

namespace {
constexpr int kMaxTargets = 100;
}

bool AliasRepository::isBareName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64 || name.startsWith(u'.') || name.startsWith(u'-'))
        return false;
    for (QChar c : name) {
        const auto u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

Result<QString> AliasRepository::normalizeAliasAddress(const QString &address)
{
    if (address.startsWith(u'@')) {
        const auto domain = Core::normalizeDomain(address.mid(1));
        if (!domain)
            return Error::invalidArgument(u"Catch-all '%1' is not valid: %2"_s.arg(address, domain.error().message));
        return u"@"_s + domain.value();
    }
    if (address.contains(u'@')) {
        const auto parsed = MailAddress::parse(address);
        if (!parsed)
            return parsed.error();
        return parsed->toString();
    }
    if (!isBareName(address))
        return Error::invalidArgument(
            u"Alias '%1' is not valid: write 'name@domain', '@domain' for a catch-all, or a bare name of letters, digits, '.', '_' and '-' such as 'root'."_s
                .arg(address));
    return address.toLower();
}

Result<void> AliasRepository::findLoop(const QString &address, const QStringList &targets)
{
    // Follow the targets through other aliases; reaching the alias being set would make mail
    // circle forever (a -> b -> a).
    QStringList pending = targets;
    QSet<QString> seen;
    while (!pending.isEmpty()) {
        const QString next = pending.takeFirst();
        if (next == address)
            return Error::invalidArgument(u"Alias '%1' would deliver to itself through other aliases: remove the loop."_s.arg(address));
        if (seen.contains(next))
            continue;
        seen.insert(next);
        auto q = m_db.query(u"SELECT alias_targets.target FROM aliases JOIN alias_targets ON alias_targets.alias_id = aliases.id "
                            "WHERE aliases.address = ?"_s,
                            {next});
        if (!q)
            return q.error();
        while (q.value().next())
            pending << q.value().value(0).toString();
    }
    return {};
}

Result<QList<AliasRecord>> AliasRepository::list()
{
    auto q = m_db.query(u"SELECT aliases.address, alias_targets.target FROM aliases "
                        "JOIN alias_targets ON alias_targets.alias_id = aliases.id "
                        "ORDER BY aliases.address, alias_targets.position"_s);
    if (!q)
        return q.error();
    QList<AliasRecord> aliases;
    while (q.value().next()) {
        const QString address = q.value().value(0).toString();
        if (aliases.isEmpty() || aliases.last().address != address)
            aliases.append({address, {}});
        aliases.last().targets << q.value().value(1).toString();
    }
    return aliases;
}

Result<AliasRecord> AliasRepository::set(const QString &addressText, const QString &targetText, quint64 nowUsec)
{
    const auto address = normalizeAliasAddress(addressText);
    if (!address)
        return address.error();

    QStringList targets;
    QSet<QString> seen;
    for (const QString &raw : targetText.split(u',')) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const auto target = MailAddress::parse(item);
        if (!target)
            return Error::invalidArgument(u"Target of alias '%1': %2"_s.arg(address.value(), target.error().message));
        const QString normalized = target->toString();
        if (normalized == address.value())
            return Error::invalidArgument(u"Alias '%1' cannot deliver to itself."_s.arg(address.value()));
        if (seen.contains(normalized))
            continue;
        seen.insert(normalized);
        targets << normalized;
    }
    if (targets.isEmpty())
        return Error::invalidArgument(u"Alias '%1' needs at least one target address, such as 'alice@example.org'."_s.arg(address.value()));
    if (targets.size() > kMaxTargets)
        return Error::invalidArgument(u"Alias '%1' has %2 targets; at most %3 are allowed."_s.arg(address.value()).arg(targets.size()).arg(kMaxTargets));

    return m_db.transaction<AliasRecord>([&]() -> Result<AliasRecord> {
        DomainRepository domains(m_db);
        UserRepository users(m_db);
        std::optional<qint64> domainId;
        const qsizetype at = address.value().indexOf(u'@');
        if (at >= 0) {
            const QString domain = address.value().mid(at + 1);
            const auto id = domains.idOf(domain);
            if (!id)
                return id.error();
            if (!id.value())
                return Error::notFound(u"Domain '%1' is not one of this server's domains; aliases are for local domains."_s.arg(domain));
            domainId = id.value();
            if (at > 0) {
                const auto user = users.exists(MailAddress{address.value().left(at), domain});
                if (!user)
                    return user.error();
                if (user.value())
                    return Error::alreadyExists(u"'%1' is a mailbox; an alias cannot have the same address."_s.arg(address.value()));
            }
        }
        for (const QString &target : targets) {
            const auto parsed = MailAddress::parse(target);
            const auto local = domains.idOf(parsed->domain);
            if (!local)
                return local.error();
            if (!local.value())
                continue; // a remote address
            const auto user = users.exists(parsed.value());
            if (!user)
                return user.error();
            if (user.value())
                continue;
            auto alias = m_db.query(u"SELECT 1 FROM aliases WHERE address = ?"_s, {target});
            if (!alias)
                return alias.error();
            if (!alias.value().next())
                return Error::notFound(u"Target '%1' of alias '%2' is in a local domain but is neither a user nor an alias."_s.arg(
                    target, address.value()));
        }
        // Nothing to do when the alias already delivers to exactly these targets.
        auto existing = m_db.query(u"SELECT alias_targets.target FROM aliases JOIN alias_targets ON alias_targets.alias_id = aliases.id "
                                   "WHERE aliases.address = ? ORDER BY alias_targets.position"_s,
                                   {address.value()});
        if (!existing)
            return existing.error();
        QStringList current;
        while (existing.value().next())
            current << existing.value().value(0).toString();
        if (current == targets)
            return AliasRecord{address.value(), targets, false};
        if (auto loop = findLoop(address.value(), targets); !loop)
            return loop.error();
        if (auto done = m_db.exec(u"DELETE FROM aliases WHERE address = ?"_s, {address.value()}); !done)
            return done.error();
        if (auto done = m_db.exec(u"INSERT INTO aliases (address, domain_id, created_usec) VALUES (?, ?, ?)"_s,
                                  {address.value(), domainId ? QVariant(*domainId) : QVariant(QMetaType(QMetaType::LongLong)),
                                   qlonglong(nowUsec)});
            !done)
            return done.error();
        auto id = m_db.query(u"SELECT id FROM aliases WHERE address = ?"_s, {address.value()});
        if (!id)
            return id.error();
        id.value().next();
        const qint64 aliasId = id.value().value(0).toLongLong();
        for (int i = 0; i < targets.size(); ++i) {
            if (auto done = m_db.exec(u"INSERT INTO alias_targets (alias_id, position, target) VALUES (?, ?, ?)"_s, {aliasId, i, targets[i]});
                !done)
                return done.error();
        }
        return AliasRecord{address.value(), targets, true};
    });
}

Result<QString> AliasRepository::remove(const QString &addressText)
{
    const auto address = normalizeAliasAddress(addressText);
    if (!address)
        return Error::notFound(u"There is no alias '%1'."_s.arg(addressText));
    return m_db.transaction<QString>([&]() -> Result<QString> {
        auto q = m_db.query(u"SELECT id FROM aliases WHERE address = ?"_s, {address.value()});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::notFound(u"There is no alias '%1'."_s.arg(address.value()));
        const qint64 id = q.value().value(0).toLongLong();
        auto targeted = m_db.query(u"SELECT DISTINCT aliases.address FROM alias_targets JOIN aliases ON aliases.id = alias_targets.alias_id "
                                   "WHERE alias_targets.target = ? ORDER BY aliases.address"_s,
                                   {address.value()});
        if (!targeted)
            return targeted.error();
        QStringList users;
        while (targeted.value().next())
            users << u"'%1'"_s.arg(targeted.value().value(0).toString());
        if (!users.isEmpty())
            return Error::failed(u"Alias '%1' is a target of alias(es) %2: change them first."_s.arg(address.value(), users.join(u", "_s)));
        if (auto done = m_db.exec(u"DELETE FROM aliases WHERE id = ?"_s, {id}); !done)
            return done.error();
        return address.value();
    });
}

Result<QList<OutboundNameRecord>> AliasRepository::listOutbound()
{
    auto q = m_db.query(u"SELECT local, external FROM outbound_names ORDER BY local"_s);
    if (!q)
        return q.error();
    QList<OutboundNameRecord> names;
    while (q.value().next())
        names.append({q.value().value(0).toString(), q.value().value(1).toString()});
    return names;
}

namespace {
Result<QString> normalizeOutboundLocal(const QString &local)
{
    if (local.contains(u'@')) {
        const auto parsed = MailAddress::parse(local);
        if (!parsed)
            return parsed.error();
        return parsed->toString();
    }
    if (!AliasRepository::isBareName(local))
        return Error::invalidArgument(
            u"Local sender '%1' is not valid: write a full address such as 'dad@pc.home.lan' or a login name such as 'dad'."_s.arg(local));
    return local.toLower();
}
} // namespace

Result<OutboundNameRecord> AliasRepository::setOutbound(const QString &localText, const QString &externalText, quint64 nowUsec)
{
    const auto local = normalizeOutboundLocal(localText);
    if (!local)
        return local.error();
    const auto external = MailAddress::parse(externalText);
    if (!external)
        return Error::invalidArgument(u"Outbound name for '%1': %2"_s.arg(local.value(), external.error().message));
    if (external->toString() == local.value())
        return Error::invalidArgument(u"Outbound name for '%1' is the same address; nothing would change."_s.arg(local.value()));
    return m_db.transaction<OutboundNameRecord>([&]() -> Result<OutboundNameRecord> {
        auto existing = m_db.query(u"SELECT external FROM outbound_names WHERE local = ?"_s, {local.value()});
        if (!existing)
            return existing.error();
        if (existing.value().next() && existing.value().value(0).toString() == external->toString())
            return OutboundNameRecord{local.value(), external->toString(), false};
        if (auto done = m_db.exec(u"INSERT INTO outbound_names (local, external, created_usec) VALUES (?, ?, ?) "
                                  "ON CONFLICT (local) DO UPDATE SET external = excluded.external"_s,
                                  {local.value(), external->toString(), qlonglong(nowUsec)});
            !done)
            return done.error();
        return OutboundNameRecord{local.value(), external->toString(), true};
    });
}

Result<QString> AliasRepository::removeOutbound(const QString &localText)
{
    const auto local = normalizeOutboundLocal(localText);
    if (!local)
        return Error::notFound(u"There is no outbound name for '%1'."_s.arg(localText));
    return m_db.transaction<QString>([&]() -> Result<QString> {
        auto q = m_db.query(u"SELECT 1 FROM outbound_names WHERE local = ?"_s, {local.value()});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::notFound(u"There is no outbound name for '%1'."_s.arg(local.value()));
        if (auto done = m_db.exec(u"DELETE FROM outbound_names WHERE local = ?"_s, {local.value()}); !done)
            return done.error();
        return local.value();
    });
}

} // namespace Doorstep::Store

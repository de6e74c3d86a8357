#include "engine/policy/directory.h"

#include "engine/store/database.h"
#include "engine/store/repositories/aliasrepository.h"
#include "engine/store/repositories/relayclientrepository.h"
#include "engine/store/repositories/routerepository.h"

namespace Doorstep::Policy {

using namespace Qt::StringLiterals;
using Core::Result;

Result<Directory> Directory::load(Store::Database &db)
{
    Directory d;
    auto domains = db.query(u"SELECT name FROM domains ORDER BY name"_s);
    if (!domains)
        return domains.error();
    while (domains.value().next()) {
        d.m_domainList << domains.value().value(0).toString();
        d.m_domains.insert(d.m_domainList.last());
    }
    auto users = db.query(u"SELECT users.local_part || '@' || domains.name, users.password_hash, users.enabled, domains.name "
                          "FROM users JOIN domains ON domains.id = users.domain_id ORDER BY users.created_usec, users.id"_s);
    if (!users)
        return users.error();
    while (users.value().next()) {
        const QString address = users.value().value(0).toString();
        d.m_users.insert(address, {users.value().value(1).toString().toLatin1(), users.value().value(2).toBool()});
        const QString domain = users.value().value(3).toString();
        if (users.value().value(2).toBool()) { // a disabled user receives nothing
            if (!d.m_firstUser.contains(domain))
                d.m_firstUser.insert(domain, address);
        }
    }
    // The server's postmaster: the first user of the first domain (by name) that has one.
    for (const QString &domain : d.m_domainList) {
        if (d.m_firstUser.contains(domain)) {
            d.m_firstUserAnywhere = d.m_firstUser.value(domain);
            break;
        }
    }
    auto aliases = Store::AliasRepository(db).list();
    if (!aliases)
        return aliases.error();
    for (const Store::AliasRecord &a : aliases.value())
        d.m_aliases.insert(a.address, a.targets);
    auto outbound = Store::AliasRepository(db).listOutbound();
    if (!outbound)
        return outbound.error();
    for (const Store::OutboundNameRecord &o : outbound.value())
        d.m_outbound.insert(o.local, o.external);
    auto clients = Store::RelayClientRepository(db).list();
    if (!clients)
        return clients.error();
    for (const Store::RelayClientRecord &c : clients.value()) {
        RelayRule rule;
        rule.pattern = c.pattern;
        rule.action = c.action;
        if (c.pattern.contains(u'/')) {
            const auto [network, prefix] = QHostAddress::parseSubnet(c.pattern);
            rule.kind = RelayRule::Kind::Network;
            rule.address = network;
            rule.prefixLength = prefix;
        } else if (QHostAddress address(c.pattern); !address.isNull()) {
            rule.kind = RelayRule::Kind::Address;
            rule.address = address;
        } else if (c.pattern.startsWith(u"*."_s)) {
            rule.kind = RelayRule::Kind::Domain;
            rule.name = c.pattern.mid(2);
        } else {
            rule.kind = RelayRule::Kind::Host;
            rule.name = c.pattern;
        }
        d.m_relayRules.append(rule);
    }
    auto routes = Store::RouteRepository(db).list();
    if (!routes)
        return routes.error();
    d.m_routes = routes.value();
    return d;
}

const Directory::User *Directory::user(const QString &address) const
{
    const auto it = m_users.constFind(address);
    return it == m_users.cend() ? nullptr : &*it;
}

const QStringList *Directory::alias(const QString &address) const
{
    const auto it = m_aliases.constFind(address);
    return it == m_aliases.cend() ? nullptr : &*it;
}

bool Directory::hasNameRules() const
{
    return std::any_of(m_relayRules.cbegin(), m_relayRules.cend(),
                       [](const RelayRule &r) { return r.kind == RelayRule::Kind::Host || r.kind == RelayRule::Kind::Domain; });
}

} // namespace Doorstep::Policy

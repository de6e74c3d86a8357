#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "engine/core/result.h"
#include "engine/store/repositories/routerepository.h"

namespace Doorstep::Store {
class Database;
}

namespace Doorstep::Policy {

/** One entry of the relay-client list, parsed for matching. */
struct RelayRule
{
    enum class Kind {
        Address,
        Network,
        Host,   // an exact host name
        Domain, // "*.domain": any host inside it
    };
    QString pattern;
    QString action; // RELAY, REJECT, OK
    Kind kind = Kind::Address;
    QHostAddress address;
    int prefixLength = -1;
    QString name; // host name, or the domain without "*."
};

/**
 * A snapshot of who and what is local: domains, users (with their hashes, for AUTH), aliases,
 * outbound names, relay clients and per-destination routes. SMTP decisions read it synchronously, in memory; the
 * DirectoryCache replaces it after every configuration change, so lookups never wait for the
 * store thread (which is busy syncing queue files).
 */
class Directory final
{
public:
    struct User
    {
        QByteArray passwordHash;
        bool enabled = true;
    };

    /** Reads everything from @p db (on the store thread). */
    static Core::Result<Directory> load(Store::Database &db);

    bool isLocalDomain(const QString &domain) const { return m_domains.contains(domain); }
    const QStringList &domains() const { return m_domainList; }
    const User *user(const QString &address) const;
    /** Every user by full address. */
    const QHash<QString, User> &users() const { return m_users; }
    const QStringList *alias(const QString &address) const;
    /** The first enabled user created in @p domain (postmaster@ and abuse@ reach them by default). */
    QString firstUser(const QString &domain) const { return m_firstUser.value(domain); }
    /** The first user of the first domain (by name) that has one: the server's postmaster. */
    QString firstUserAnywhere() const { return m_firstUserAnywhere; }
    /** The external address outbound mail from @p local (address or login) gets, or "". */
    QString outboundName(const QString &local) const { return m_outbound.value(local); }
    const QHash<QString, QString> &outboundNames() const { return m_outbound; }
    const QList<RelayRule> &relayRules() const { return m_relayRules; }
    bool hasNameRules() const;
    /** Per-destination routes (mailertable), sorted by destination. */
    const QList<Store::RouteRecord> &routes() const { return m_routes; }

private:
    QSet<QString> m_domains;
    QStringList m_domainList;
    QHash<QString, User> m_users;
    QHash<QString, QString> m_firstUser;
    QString m_firstUserAnywhere;
    QHash<QString, QStringList> m_aliases;
    QHash<QString, QString> m_outbound;
    QList<RelayRule> m_relayRules;
    QList<Store::RouteRecord> m_routes;
};

} // namespace Doorstep::Policy

#pragma once

#include <memory>
#include <optional>

#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/core/mailaddress.h"
#include "engine/core/settingsregistry.h"
#include "engine/policy/directory.h"
#include "engine/policy/directorycache.h"
#include "engine/store/passwordhash.h"
#include "engine/store/repositories/aliasrepository.h"
#include "engine/store/repositories/domainrepository.h"
#include "engine/store/repositories/relayclientrepository.h"
#include "engine/store/repositories/userrepository.h"
#include "engine/store/settings.h"
#include "engine/store/store.h"

namespace Doorstep::Tests {

/**
 * A real store in a temporary directory, filled through the store's own repositories, with
 * the settings and the DirectoryCache that policy reads.
 */
class PolicyFixture final
{
public:
    PolicyFixture()
    {
        auto opened = Store::Store::open(m_dir.filePath(QStringLiteral("doorstep.db")));
        if (!opened)
            qFatal("cannot open the store: %s", qPrintable(opened.error().message));
        store = std::move(opened).value();
        settings = std::make_unique<Store::Settings>(registry, *store, Core::Clock::system());
        if (auto loaded = settings->load(); !loaded)
            qFatal("cannot load the settings: %s", qPrintable(loaded.error().message));
        cache = std::make_unique<Policy::DirectoryCache>(*store);
    }

    bool domain(const QString &name)
    {
        return check(store->runSync([&](Store::Database &db) { return Store::DomainRepository(db).add(name, next()); }), name);
    }

    /** Users are created in call order: the first of a domain gets its postmaster@ mail. */
    bool user(const QString &address, const QString &password = QString(), bool enabled = true)
    {
        const auto parsed = Core::MailAddress::parse(address);
        if (!parsed)
            return check(Core::Result<void>(parsed.error()), address);
        // Hashing costs 30 ms: only logins that a test tries get a real hash.
        const QByteArray hash = password.isEmpty() ? QByteArray("$y$unused") : Store::PasswordHash::hash(password).value();
        const quint64 created = next();
        if (!check(store->runSync([&](Store::Database &db) { return Store::UserRepository(db).add(*parsed, hash, created); }), address))
            return false;
        if (!enabled)
            return check(store->runSync([&](Store::Database &db) { return Store::UserRepository(db).setEnabled(*parsed, false); }), address);
        return true;
    }

    /** @p targets comma-separated, as Aliases.Set takes them. */
    bool alias(const QString &address, const QString &targets)
    {
        return check(store->runSync([&](Store::Database &db) { return Store::AliasRepository(db).set(address, targets, next()); }), address);
    }

    bool outbound(const QString &local, const QString &external)
    {
        return check(store->runSync([&](Store::Database &db) { return Store::AliasRepository(db).setOutbound(local, external, next()); }),
                     local);
    }

    bool relay(const QString &pattern, const QString &action)
    {
        return check(store->runSync([&](Store::Database &db) { return Store::RelayClientRepository(db).add(pattern, action, QString(), next()); }),
                     pattern);
    }

    /** Reads the store into the cache (what the daemon does after each change). */
    bool load() { return check(cache->load(), QStringLiteral("the directory")); }

    const Policy::Directory &directory() const { return *cache->current(); }

    /** Settings.Set, to completion. */
    bool set(const QString &key, const QVariant &value)
    {
        std::optional<Core::Result<bool>> outcome;
        QObject context;
        settings->set(key, value, &context, [&](Core::Result<bool> r) { outcome.emplace(r); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return false;
        if (!outcome->ok())
            return check(Core::Result<void>(outcome->error()), key);
        return true;
    }

    Core::SettingsRegistry registry{Core::RunMode::Session};
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Store::Settings> settings;
    std::unique_ptr<Policy::DirectoryCache> cache;

private:
    template <typename T>
    static bool check(const Core::Result<T> &result, const QString &what)
    {
        if (!result.ok())
            qWarning("cannot set up %s: %s", qPrintable(what), qPrintable(result.error().message));
        return result.ok();
    }

    quint64 next() { return m_usec += 1000000; }

    QTemporaryDir m_dir;
    quint64 m_usec = 1'700'000'000'000'000ULL;
};

/**
 * The directory most policy tests read:
 * - domains example.org and example.net
 * - users, in this order: alice@example.org, bob@, carol@, dave@ (disabled), erin@example.net
 * - aliases: info -> alice; sales -> bob, carol; team -> sales, alice (a chain); everyone ->
 *   team, alice, bob (each user once); withdave -> dave, bob (a disabled member);
 *   onlydave -> dave; friend -> pal@remote.example; mixed -> alice, pal@remote.example;
 *   abuse@example.org -> bob (postmaster@ is not aliased); sales@example.net -> bob@example.org;
 *   the catch-all @example.net -> carol@example.org; deep1 -> ... -> deepN -> alice, with N =
 *   RecipientResolver::kMaxDepth (at the limit), and over1 -> ... -> overN+1 -> alice (over it)
 * - outbound names: alice@example.org -> alice@mail.example, bob -> bobby@isp.example
 * - relay clients: see fillRelayRules()
 */
inline bool fillStandard(PolicyFixture &f, int maxDepth, bool passwords = false)
{
    using namespace Qt::StringLiterals;
    bool ok = f.domain(u"example.org"_s) && f.domain(u"example.net"_s);
    ok = ok && f.user(u"alice@example.org"_s, passwords ? u"alice-password"_s : QString());
    ok = ok && f.user(u"bob@example.org"_s) && f.user(u"carol@example.org"_s);
    ok = ok && f.user(u"dave@example.org"_s, passwords ? u"dave-password"_s : QString(), false);
    ok = ok && f.user(u"erin@example.net"_s);
    ok = ok && f.alias(u"info@example.org"_s, u"alice@example.org"_s);
    ok = ok && f.alias(u"sales@example.org"_s, u"bob@example.org, carol@example.org"_s);
    ok = ok && f.alias(u"team@example.org"_s, u"sales@example.org, alice@example.org"_s);
    ok = ok && f.alias(u"everyone@example.org"_s, u"team@example.org, alice@example.org, bob@example.org"_s);
    ok = ok && f.alias(u"withdave@example.org"_s, u"dave@example.org, bob@example.org"_s);
    ok = ok && f.alias(u"onlydave@example.org"_s, u"dave@example.org"_s);
    ok = ok && f.alias(u"friend@example.org"_s, u"pal@remote.example"_s);
    ok = ok && f.alias(u"mixed@example.org"_s, u"alice@example.org, pal@remote.example"_s);
    ok = ok && f.alias(u"abuse@example.org"_s, u"bob@example.org"_s);
    ok = ok && f.alias(u"sales@example.net"_s, u"bob@example.org"_s);
    ok = ok && f.alias(u"@example.net"_s, u"carol@example.org"_s);
    // Chains are made from their end: a target must exist before an alias names it.
    QString next = u"alice@example.org"_s;
    for (int i = maxDepth; i >= 1 && ok; --i) {
        ok = f.alias(u"deep%1@example.org"_s.arg(i), next);
        next = u"deep%1@example.org"_s.arg(i);
    }
    next = u"alice@example.org"_s;
    for (int i = maxDepth + 1; i >= 1 && ok; --i) {
        ok = f.alias(u"over%1@example.org"_s.arg(i), next);
        next = u"over%1@example.org"_s.arg(i);
    }
    ok = ok && f.outbound(u"alice@example.org"_s, u"alice@mail.example"_s);
    ok = ok && f.outbound(u"bob"_s, u"bobby@isp.example"_s);
    return ok;
}

/**
 * Relay clients:
 * 192.0.2.1 REJECT, 192.0.2.0/24 OK, 192.0.2.128/25 RELAY, 10.0.0.5 RELAY, 10.0.0.0/8 REJECT,
 * 10.9.0.0/16 RELAY, 2001:db8::/32 RELAY, mail.partner.example RELAY, *.lan.example RELAY,
 * blocked.lan.example REJECT, *.office.lan.example REJECT, *.trusted.example OK.
 */
inline bool fillRelayRules(PolicyFixture &f)
{
    using namespace Qt::StringLiterals;
    const QList<std::pair<QString, QString>> rules{
        {u"192.0.2.1"_s, u"REJECT"_s},         {u"192.0.2.0/24"_s, u"OK"_s},        {u"192.0.2.128/25"_s, u"RELAY"_s},
        {u"10.0.0.5"_s, u"RELAY"_s},           {u"10.0.0.0/8"_s, u"REJECT"_s},      {u"10.9.0.0/16"_s, u"RELAY"_s},
        {u"2001:db8::/32"_s, u"RELAY"_s},      {u"mail.partner.example"_s, u"RELAY"_s}, {u"*.lan.example"_s, u"RELAY"_s},
        {u"blocked.lan.example"_s, u"REJECT"_s}, {u"*.office.lan.example"_s, u"REJECT"_s}, {u"*.trusted.example"_s, u"OK"_s},
    };
    for (const auto &[pattern, action] : rules) {
        if (!f.relay(pattern, action))
            return false;
    }
    return true;
}

} // namespace Doorstep::Tests

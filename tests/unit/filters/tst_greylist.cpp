#include <optional>

#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/core/settingsregistry.h"
#include "engine/filters/greylist.h"
#include "engine/store/repositories/greylistrepository.h"
#include "engine/store/settings.h"
#include "engine/store/store.h"
#include "tests/unit/filters/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Filters::Greylist;
using Filters::GreylistAllowPattern;
using Filters::GreylistVerdict;
using Outcome = Filters::GreylistVerdict::Outcome;
using Store::GreylistRecord;
using Store::GreylistTriplet;

Q_DECLARE_METATYPE(Outcome)

namespace {

constexpr quint64 kSecond = 1000000;
constexpr quint64 kStart = 1700000000 * kSecond;
constexpr int kTimeoutMs = 5000;

const char *outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Skipped:
        return "skipped";
    case Outcome::Passed:
        return "passed";
    case Outcome::Deferred:
        return "deferred";
    }
    return "?";
}

/** A real store in a temporary directory, its settings, a manual clock and a Greylist over them. */
class Fixture
{
public:
    Fixture()
    {
        store = Store::Store::open(dir.filePath(u"doorstep.db"_s)).value();
        settings = std::make_unique<Store::Settings>(registry, *store, clock);
        if (auto loaded = settings->load(); !loaded)
            qFatal("cannot load settings: %s", qPrintable(loaded.error().message));
        settings->setOverride(u"greylist.delay"_s, 60u);
        settings->setOverride(u"greylist.expire_unconfirmed"_s, 3600u);
        settings->setOverride(u"greylist.expire_confirmed"_s, 86400u);
        greylist = std::make_unique<Greylist>(*store, *settings, clock);
        if (auto loaded = greylist->load(); !loaded)
            qFatal("cannot load the greylist: %s", qPrintable(loaded.error().message));
    }

    /** A stranger's MTA session from @p address. */
    static Smtp::SessionInfo session(const QString &address = u"192.0.2.7"_s)
    {
        Smtp::SessionInfo s;
        s.id = u"S1"_s;
        s.listener = u"mta"_s;
        s.clientAddress = QHostAddress(address);
        return s;
    }

    std::optional<GreylistVerdict> check(const Smtp::SessionInfo &s, const QString &sender, const QString &recipient)
    {
        std::optional<GreylistVerdict> verdict;
        QObject context;
        greylist->check(s, sender, recipient, &context, [&](GreylistVerdict v) { verdict = v; });
        if (!QTest::qWaitFor([&] { return verdict.has_value(); }, kTimeoutMs))
            qWarning("no greylist verdict in time");
        return verdict;
    }

    /** Greylist::allow (@p add) or disallow, to completion. */
    Core::Result<QString> change(const QString &pattern, bool add)
    {
        std::optional<Core::Result<QString>> result;
        QObject context;
        auto done = [&](Core::Result<QString> r) { result.emplace(std::move(r)); };
        if (add)
            greylist->allow(pattern, &context, done);
        else
            greylist->disallow(pattern, &context, done);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs))
            return Core::Error::failed(u"no answer in time"_s);
        return *result;
    }
    Core::Result<QString> allow(const QString &pattern) { return change(pattern, true); }
    Core::Result<QString> disallow(const QString &pattern) { return change(pattern, false); }

    QTemporaryDir dir;
    Core::ManualClock clock{kStart};
    Core::SettingsRegistry registry{Core::RunMode::Session};
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Store::Settings> settings;
    std::unique_ptr<Greylist> greylist;
};

// Evaluates @p expr once: a check is an attempt that changes the store.
#define EXPECT_OUTCOME(expr, want, what)                                                                                                 \
    do {                                                                                                                                 \
        const std::optional<GreylistVerdict> got_ = (expr);                                                                              \
        QVERIFY2(got_.has_value() && got_->outcome == (want),                                                                            \
                 qPrintable(u"%1: got %2, want %3"_s.arg(QStringLiteral(what),                                                           \
                                                         QLatin1StringView(got_ ? outcomeName(got_->outcome) : "no answer"),             \
                                                         QLatin1StringView(outcomeName(want)))));                                        \
    } while (false)

} // namespace

void TestGreylist::decide_data()
{
    QTest::addColumn<bool>("known");
    QTest::addColumn<quint64>("firstSeen"); // seconds before now
    QTest::addColumn<quint64>("lastSeen");  // seconds before now
    QTest::addColumn<quint32>("passed");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<quint64>("retryAfter");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<quint32>("passedAfter");
    // delay 300 s, unconfirmed triplets expire 3600 s after the first attempt, confirmed ones
    // 86400 s after their last use.
    QTest::newRow("unknown") << false << quint64(0) << quint64(0) << 0u << Outcome::Deferred << quint64(300) << u"new"_s << 0u;
    QTest::newRow("retry too early") << true << quint64(100) << quint64(100) << 0u << Outcome::Deferred << quint64(200) << u"early"_s << 0u;
    QTest::newRow("retry a fraction early rounds up") << true << quint64(299) << quint64(299) << 0u << Outcome::Deferred << quint64(1)
                                                      << u"early"_s << 0u;
    QTest::newRow("retry at the delay") << true << quint64(300) << quint64(300) << 0u << Outcome::Passed << quint64(0) << QString() << 1u;
    QTest::newRow("retry after the delay") << true << quint64(1000) << quint64(500) << 0u << Outcome::Passed << quint64(0) << QString() << 1u;
    QTest::newRow("retry after unconfirmed expiry") << true << quint64(3600) << quint64(10) << 0u << Outcome::Deferred << quint64(300)
                                                    << u"new"_s << 0u;
    QTest::newRow("confirmed, used again") << true << quint64(80000) << quint64(80000) << 4u << Outcome::Passed << quint64(0) << QString()
                                           << 5u;
    QTest::newRow("confirmed, expired") << true << quint64(90000) << quint64(86400) << 4u << Outcome::Deferred << quint64(300) << u"new"_s
                                        << 0u;
}

void TestGreylist::decide()
{
    QFETCH(bool, known);
    QFETCH(quint64, firstSeen);
    QFETCH(quint64, lastSeen);
    QFETCH(quint32, passed);
    QFETCH(Outcome, outcome);
    QFETCH(quint64, retryAfter);
    QFETCH(QString, reason);
    QFETCH(quint32, passedAfter);
    const GreylistTriplet triplet{u"192.0.2.0/24"_s, u"bob@example.net"_s, u"alice@example.org"_s};
    std::optional<GreylistRecord> stored;
    if (known)
        stored = GreylistRecord{triplet, kStart - firstSeen * kSecond, kStart - lastSeen * kSecond, 2, passed};
    const auto [verdict, record] = Greylist::decide(triplet, stored, kStart, {300, 3600, 86400});
    QVERIFY2(verdict.outcome == outcome, qPrintable(u"got %1, want %2"_s.arg(QLatin1StringView(outcomeName(verdict.outcome)),
                                                                              QLatin1StringView(outcomeName(outcome)))));
    QCOMPARE(verdict.retryAfterSeconds, retryAfter);
    QCOMPARE(verdict.reason, reason);
    QCOMPARE(verdict.triplet, triplet);
    QCOMPARE(record.triplet, triplet);
    QCOMPARE(record.passed, passedAfter);
    QCOMPARE(record.lastSeenUsec, kStart);
    if (reason == u"new"_s) {
        QCOMPARE(record.firstSeenUsec, kStart); // a first attempt again
        QCOMPARE(record.attempts, 1u);
    } else {
        QCOMPARE(record.firstSeenUsec, stored->firstSeenUsec);
        QCOMPARE(record.attempts, reason == u"early"_s ? 3u : 2u);
    }
}

void TestGreylist::networkOf_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("v4");
    QTest::addColumn<int>("v6");
    QTest::addColumn<QString>("network");
    QTest::newRow("ipv4 /24") << u"192.0.2.77"_s << 24 << 64 << u"192.0.2.0/24"_s;
    QTest::newRow("ipv4 /32") << u"192.0.2.77"_s << 32 << 64 << u"192.0.2.77/32"_s;
    QTest::newRow("ipv4 /16") << u"198.51.100.7"_s << 16 << 64 << u"198.51.0.0/16"_s;
    QTest::newRow("ipv4-mapped is ipv4") << u"::ffff:192.0.2.77"_s << 24 << 64 << u"192.0.2.0/24"_s;
    QTest::newRow("ipv6 /64") << u"2001:db8:1:2:3:4:5:6"_s << 24 << 64 << u"2001:db8:1:2::/64"_s;
    QTest::newRow("ipv6 /128") << u"2001:db8::1"_s << 24 << 128 << u"2001:db8::1/128"_s;
}

void TestGreylist::networkOf()
{
    QFETCH(QString, address);
    QFETCH(int, v4);
    QFETCH(int, v6);
    QFETCH(QString, network);
    QCOMPARE(Greylist::networkOf(QHostAddress(address), v4, v6), network);
}

void TestGreylist::allowPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("normalized"); // empty = refused
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("clientName");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<bool>("matches");
    const QString other = u"203.0.113.5"_s;
    QTest::newRow("address") << u"192.0.2.7"_s << u"192.0.2.7"_s << u"192.0.2.7"_s << u"unknown"_s << u"x@y.example"_s << true;
    QTest::newRow("address, another client") << u"192.0.2.7"_s << u"192.0.2.7"_s << u"192.0.2.8"_s << u"unknown"_s << u"x@y.example"_s
                                             << false;
    QTest::newRow("network") << u"192.0.2.0/24"_s << u"192.0.2.0/24"_s << u"192.0.2.200"_s << u"unknown"_s << QString() << true;
    QTest::newRow("network, outside") << u"192.0.2.0/24"_s << u"192.0.2.0/24"_s << u"192.0.3.1"_s << u"unknown"_s << QString() << false;
    QTest::newRow("ipv6 network") << u"2001:DB8::/32"_s << u"2001:db8::/32"_s << u"2001:db8:5::1"_s << u"unknown"_s << QString() << true;
    QTest::newRow("host") << u"MX.Example.NET"_s << u"mx.example.net"_s << other << u"mx.example.net"_s << QString() << true;
    QTest::newRow("host, not a subdomain") << u"example.net"_s << u"example.net"_s << other << u"mx.example.net"_s << QString() << false;
    QTest::newRow("domain pattern") << u"*.example.net"_s << u"*.example.net"_s << other << u"mx1.example.net"_s << QString() << true;
    QTest::newRow("dot domain pattern") << u".example.net"_s << u"*.example.net"_s << other << u"a.b.example.net"_s << QString() << true;
    QTest::newRow("domain pattern, unconfirmed name") << u"*.example.net"_s << u"*.example.net"_s << other << u"unknown"_s << QString()
                                                      << false;
    QTest::newRow("domain pattern, lookalike") << u"*.example.net"_s << u"*.example.net"_s << other << u"badexample.net"_s << QString()
                                               << false;
    QTest::newRow("sender") << u"Bob@Example.NET"_s << u"bob@example.net"_s << other << u"unknown"_s << u"bob@example.net"_s << true;
    QTest::newRow("sender, another") << u"bob@example.net"_s << u"bob@example.net"_s << other << u"unknown"_s << u"eve@example.net"_s
                                     << false;
    QTest::newRow("sender domain") << u"@Example.net"_s << u"@example.net"_s << other << u"unknown"_s << u"eve@example.net"_s << true;
    QTest::newRow("sender domain, subdomain") << u"@example.net"_s << u"@example.net"_s << other << u"unknown"_s
                                              << u"eve@mail.example.net"_s << false;
    QTest::newRow("sender domain, null sender") << u"@example.net"_s << u"@example.net"_s << other << u"unknown"_s << QString() << false;
    QTest::newRow("network with host bits") << u"192.0.2.7/24"_s << QString() << other << u"unknown"_s << QString() << false;
    QTest::newRow("bad sender") << u"bob@@example.net"_s << QString() << other << u"unknown"_s << QString() << false;
    QTest::newRow("bad sender domain") << u"@-bad-"_s << QString() << other << u"unknown"_s << QString() << false;
    QTest::newRow("shorthand address") << u"192.0.2"_s << QString() << other << u"unknown"_s << QString() << false;
    QTest::newRow("empty") << QString() << QString() << other << u"unknown"_s << QString() << false;
}

void TestGreylist::allowPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, normalized);
    QFETCH(QString, client);
    QFETCH(QString, clientName);
    QFETCH(QString, sender);
    QFETCH(bool, matches);
    const auto parsed = GreylistAllowPattern::parse(pattern);
    if (normalized.isEmpty()) {
        QVERIFY2(!parsed.ok(), qPrintable(u"got '%1', want a refusal"_s.arg(parsed.ok() ? parsed->text() : QString())));
        QCOMPARE(parsed.error().code, Core::ErrorCode::InvalidArgument);
        QVERIFY2(parsed.error().message.contains(u'\'' + pattern + u'\''), qPrintable(parsed.error().message));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->text(), normalized);
    QCOMPARE(parsed->matches(QHostAddress(client), clientName, sender), matches);
}

void TestGreylist::flowOverRealStore()
{
    Fixture f;
    const auto s = Fixture::session(u"192.0.2.7"_s);
    auto first = f.check(s, u"Bob@Example.net"_s, u"Alice@example.org"_s);
    EXPECT_OUTCOME(first, Outcome::Deferred, "first attempt");
    QCOMPARE(first->retryAfterSeconds, 60ull);
    QCOMPARE(first->triplet.toString(), u"192.0.2.0/24,bob@example.net,alice@example.org"_s);
    f.clock.advanceSeconds(20);
    // Another host of the same /24 is the same sender farm.
    auto early = f.check(Fixture::session(u"192.0.2.99"_s), u"bob@example.net"_s, u"alice@example.org"_s);
    EXPECT_OUTCOME(early, Outcome::Deferred, "retry after 20 s");
    QCOMPARE(early->retryAfterSeconds, 40ull);
    QCOMPARE(early->reason, u"early"_s);
    // Another recipient is another triplet.
    EXPECT_OUTCOME(f.check(s, u"bob@example.net"_s, u"carol@example.org"_s), Outcome::Deferred, "another recipient");
    f.clock.advanceSeconds(40);
    EXPECT_OUTCOME(f.check(s, u"bob@example.net"_s, u"alice@example.org"_s), Outcome::Passed, "retry after 60 s");
    // Confirmed: passes at once from then on, refreshed by each use.
    f.clock.advanceSeconds(80000);
    EXPECT_OUTCOME(f.check(s, u"bob@example.net"_s, u"alice@example.org"_s), Outcome::Passed, "confirmed, 80000 s later");
    f.clock.advanceSeconds(80000);
    EXPECT_OUTCOME(f.check(s, u"bob@example.net"_s, u"alice@example.org"_s), Outcome::Passed, "confirmed, refreshed");
    // The database holds what happened.
    const auto stored = f.store->runSync([](Store::Database &db) {
        return Store::GreylistRepository(db).find({u"192.0.2.0/24"_s, u"bob@example.net"_s, u"alice@example.org"_s});
    });
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE(stored->value().passed, 3u);
    QCOMPARE(stored->value().attempts, 2u);
    QCOMPARE(stored->value().firstSeenUsec, kStart);
    // The null sender <> is a sender like any other (stored as '').
    EXPECT_OUTCOME(f.check(s, QString(), u"alice@example.org"_s), Outcome::Deferred, "first bounce");
    auto bounce = f.check(s, QString(), u"alice@example.org"_s);
    EXPECT_OUTCOME(bounce, Outcome::Deferred, "bounce retried at once");
    QCOMPARE(bounce->reason, u"early"_s);
    QCOMPARE(bounce->triplet.toString(), u"192.0.2.0/24,,alice@example.org"_s);
    // A confirmed triplet not used for expire_confirmed starts over.
    f.clock.advanceSeconds(86400);
    auto expired = f.check(s, u"bob@example.net"_s, u"alice@example.org"_s);
    EXPECT_OUTCOME(expired, Outcome::Deferred, "confirmed, unused for a day");
    QCOMPARE(expired->reason, u"new"_s);
}

void TestGreylist::exemptions()
{
    Fixture f;
    auto authenticated = Fixture::session();
    authenticated.authUser = u"alice@example.org"_s;
    EXPECT_OUTCOME(f.check(authenticated, u"x@example.net"_s, u"bob@example.org"_s), Outcome::Skipped, "authenticated");
    auto relay = Fixture::session();
    relay.trust = Smtp::ClientTrust::Relay;
    EXPECT_OUTCOME(f.check(relay, u"x@example.net"_s, u"bob@example.org"_s), Outcome::Skipped, "RELAY client");
    auto ok = Fixture::session();
    ok.trust = Smtp::ClientTrust::Ok;
    EXPECT_OUTCOME(f.check(ok, u"x@example.net"_s, u"bob@example.org"_s), Outcome::Skipped, "OK client");
    auto local = Fixture::session();
    local.clientAddress = QHostAddress();
    local.listener = u"local"_s;
    local.local = Smtp::LocalClient{1000, 1000, 42, u"alice"_s, QString(), false};
    EXPECT_OUTCOME(f.check(local, u"alice@host.example"_s, u"bob@example.org"_s), Outcome::Skipped, "local program");
    // Nothing was stored for them.
    QCOMPARE(f.store->runSync([](Store::Database &db) { return Store::GreylistRepository(db).count(); }).value(), 0ull);

    // The allow list applies at once, and goes with Disallow.
    EXPECT_OUTCOME(f.check(Fixture::session(u"198.51.100.4"_s), u"x@friend.example"_s, u"bob@example.org"_s), Outcome::Deferred,
                   "stranger");
    QCOMPARE(f.allow(u"@Friend.example"_s).value(), u"@friend.example"_s);
    QCOMPARE(f.allow(u"198.51.100.0/24"_s).value(), u"198.51.100.0/24"_s);
    QCOMPARE(f.allow(u"@friend.example"_s).error().code, Core::ErrorCode::AlreadyExists);
    QCOMPARE(f.allow(u"nonsense@@"_s).error().code, Core::ErrorCode::InvalidArgument);
    QCOMPARE(f.greylist->allowed(), (QStringList{u"198.51.100.0/24"_s, u"@friend.example"_s}));
    EXPECT_OUTCOME(f.check(Fixture::session(u"203.0.113.1"_s), u"y@friend.example"_s, u"bob@example.org"_s), Outcome::Skipped,
                   "allowed sender domain");
    EXPECT_OUTCOME(f.check(Fixture::session(u"198.51.100.9"_s), u"z@elsewhere.example"_s, u"bob@example.org"_s), Outcome::Skipped,
                   "allowed network");
    QCOMPARE(f.disallow(u"@FRIEND.example"_s).value(), u"@friend.example"_s);
    QCOMPARE(f.disallow(u"@friend.example"_s).error().code, Core::ErrorCode::NotFound);
    EXPECT_OUTCOME(f.check(Fixture::session(u"203.0.113.1"_s), u"y@friend.example"_s, u"bob@example.org"_s), Outcome::Deferred,
                   "after Disallow");

    // A new Greylist over the same store reads the allow list back.
    Greylist again(*f.store, *f.settings, f.clock);
    QVERIFY(again.load().ok());
    QCOMPARE(again.allowed(), QStringList{u"198.51.100.0/24"_s});

    // greylist.enabled off lets everyone through.
    f.settings->setOverride(u"greylist.enabled"_s, false);
    EXPECT_OUTCOME(f.check(Fixture::session(u"203.0.113.1"_s), u"new@stranger.example"_s, u"bob@example.org"_s), Outcome::Skipped,
                   "greylisting off");
}

void TestGreylist::pruneDeletesExpired()
{
    Fixture f;
    const auto s = Fixture::session();
    EXPECT_OUTCOME(f.check(s, u"a@example.net"_s, u"bob@example.org"_s), Outcome::Deferred, "a");
    f.clock.advanceSeconds(3000);
    EXPECT_OUTCOME(f.check(s, u"b@example.net"_s, u"bob@example.org"_s), Outcome::Deferred, "b");
    f.clock.advanceSeconds(700); // a is 3700 s old (expired), b 700 s
    std::optional<Core::Result<quint64>> pruned;
    f.greylist->prune([&](Core::Result<quint64> r) { pruned.emplace(std::move(r)); });
    QVERIFY(QTest::qWaitFor([&] { return pruned.has_value(); }, kTimeoutMs));
    QCOMPARE(pruned->value(), 1ull);
    const auto left = f.store->runSync([](Store::Database &db) { return Store::GreylistRepository(db).list(10); }).value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0].triplet.sender, u"b@example.net"_s);
}

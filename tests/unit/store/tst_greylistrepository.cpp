#include <QTest>

#include "engine/store/repositories/greylistrepository.h"
#include "tests/unit/store/testdatabase.h"
#include "tests/unit/store/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Store;
using Doorstep::Core::ErrorCode;
using Doorstep::Tests::TestDatabase;

namespace {

constexpr quint64 kSecond = 1000000;

GreylistRecord record(const QString &network, const QString &sender, const QString &recipient, quint64 first, quint64 last,
                      quint32 passed = 0)
{
    return {{network, sender, recipient}, first * kSecond, last * kSecond, 1, passed};
}

// SQLite's plan for @p sql, one detail per row, joined.
QString plan(TestDatabase &t, const QString &sql, const QVariantList &bindings)
{
    auto q = t.db().query(u"EXPLAIN QUERY PLAN "_s + sql, bindings);
    QStringList details;
    while (q.value().next())
        details << q.value().value(3).toString();
    return details.join(u"; "_s);
}

} // namespace

void TestGreylistRepository::tripletText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("network"); // empty = refused
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("recipient");
    QTest::newRow("plain") << u"192.0.2.0/24,bob@example.net,alice@example.org"_s << u"192.0.2.0/24"_s << u"bob@example.net"_s
                           << u"alice@example.org"_s;
    QTest::newRow("null sender") << u"192.0.2.0/24,,alice@example.org"_s << u"192.0.2.0/24"_s << QString() << u"alice@example.org"_s;
    QTest::newRow("ipv6, upper case") << u"2001:db8::/64,Bob@Example.NET,Alice@example.org"_s << u"2001:db8::/64"_s << u"bob@example.net"_s
                                      << u"alice@example.org"_s;
    QTest::newRow("comma in the sender") << u"192.0.2.0/24,\"a,b\"@example.net,alice@example.org"_s << u"192.0.2.0/24"_s
                                         << u"\"a,b\"@example.net"_s << u"alice@example.org"_s;
    QTest::newRow("two parts") << u"192.0.2.0/24,alice@example.org"_s << QString() << QString() << QString();
    QTest::newRow("no network") << u",bob@example.net,alice@example.org"_s << QString() << QString() << QString();
    QTest::newRow("address, not network") << u"192.0.2.1,bob@example.net,alice@example.org"_s << QString() << QString() << QString();
    QTest::newRow("no recipient") << u"192.0.2.0/24,bob@example.net,"_s << QString() << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString() << QString();
}

void TestGreylistRepository::tripletText()
{
    QFETCH(QString, text);
    QFETCH(QString, network);
    QFETCH(QString, sender);
    QFETCH(QString, recipient);
    const auto parsed = GreylistTriplet::parse(text);
    if (network.isEmpty()) {
        QVERIFY2(!parsed.ok(), qPrintable(u"got '%1', want a refusal"_s.arg(parsed.ok() ? parsed->toString() : QString())));
        QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.error().message.contains(u'\'' + text + u'\''), qPrintable(parsed.error().message));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), (GreylistTriplet{network, sender, recipient}));
    QCOMPARE(GreylistTriplet::parse(parsed->toString()).value(), parsed.value()); // the text form round-trips
}

void TestGreylistRepository::saveFindList()
{
    TestDatabase t;
    GreylistRepository greylist(t.db());
    const GreylistTriplet unknown{u"198.51.100.0/24"_s, u"x@example.net"_s, u"alice@example.org"_s};
    QVERIFY(!greylist.find(unknown).value().has_value());
    QVERIFY(greylist.save(record(u"192.0.2.0/24"_s, u"bob@example.net"_s, u"alice@example.org"_s, 100, 100)).ok());
    QVERIFY(greylist.save(record(u"192.0.2.0/24"_s, QString(), u"alice@example.org"_s, 100, 300, 2)).ok());
    QVERIFY(greylist.save(record(u"2001:db8::/64"_s, u"bob@example.net"_s, u"alice@example.org"_s, 200, 200)).ok());
    // Saving a triplet again replaces its record.
    auto changed = record(u"192.0.2.0/24"_s, u"bob@example.net"_s, u"alice@example.org"_s, 100, 150);
    changed.attempts = 3;
    QVERIFY(greylist.save(changed).ok());
    const auto found = greylist.find(changed.triplet).value();
    QVERIFY(found.has_value());
    QCOMPARE(found->lastSeenUsec, 150 * kSecond);
    QCOMPARE(found->attempts, 3u);
    QCOMPARE(greylist.count().value(), 3ull);

    const auto all = greylist.list(10).value();
    QStringList order;
    for (const GreylistRecord &r : all)
        order << r.triplet.toString();
    QCOMPARE(order, (QStringList{u"192.0.2.0/24,,alice@example.org"_s, u"2001:db8::/64,bob@example.net,alice@example.org"_s,
                                 u"192.0.2.0/24,bob@example.net,alice@example.org"_s})); // the most recently seen first
    QCOMPARE(all[0].passed, 2u);
    QCOMPARE(greylist.list(1).value().size(), 1);
}

void TestGreylistRepository::forget()
{
    TestDatabase t;
    GreylistRepository greylist(t.db());
    const auto r = record(u"192.0.2.0/24"_s, u"bob@example.net"_s, u"alice@example.org"_s, 1, 1);
    QVERIFY(greylist.save(r).ok());
    QCOMPARE(greylist.forget(r.triplet).value(), r.triplet);
    QVERIFY(!greylist.find(r.triplet).value().has_value());
    const auto again = greylist.forget(r.triplet);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    QVERIFY2(again.error().message.contains(u"'192.0.2.0/24,bob@example.net,alice@example.org'"_s), qPrintable(again.error().message));
}

void TestGreylistRepository::pruneExpired()
{
    TestDatabase t;
    GreylistRepository greylist(t.db());
    // now = 1000 s; unconfirmed triplets live 100 s from their first attempt, confirmed ones
    // 500 s from their last use.
    QVERIFY(greylist.save(record(u"192.0.2.0/24"_s, u"old@example.net"_s, u"a@example.org"_s, 850, 990)).ok()); // waiting, expired
    QVERIFY(greylist.save(record(u"192.0.2.0/24"_s, u"new@example.net"_s, u"a@example.org"_s, 950, 950)).ok()); // waiting, kept
    QVERIFY(greylist.save(record(u"192.0.2.0/24"_s, u"gone@example.net"_s, u"a@example.org"_s, 10, 400, 3)).ok()); // confirmed, expired
    QVERIFY(greylist.save(record(u"192.0.2.0/24"_s, u"used@example.net"_s, u"a@example.org"_s, 10, 600, 1)).ok()); // confirmed, kept
    QCOMPARE(greylist.prune(1000 * kSecond, {100, 500}).value(), 2ull);
    QStringList left;
    const auto records = greylist.list(10).value();
    for (const GreylistRecord &r : records)
        left << r.triplet.sender;
    QCOMPARE(left, (QStringList{u"new@example.net"_s, u"used@example.net"_s}));
    QCOMPARE(greylist.prune(1000 * kSecond, {100, 500}).value(), 0ull);
}

void TestGreylistRepository::queriesUseIndexes()
{
    TestDatabase t;
    const QString lookup = plan(t, u"SELECT * FROM greylist_triplets WHERE network = ? AND sender = ? AND recipient = ?"_s,
                                {u"n"_s, u"s"_s, u"r"_s});
    QVERIFY2(lookup.contains(u"PRIMARY KEY"_s) && !lookup.contains(u"SCAN"_s), qPrintable(u"got plan '%1', want the primary key"_s.arg(lookup)));
    const QString waiting = plan(t, u"DELETE FROM greylist_triplets WHERE passed = 0 AND first_seen_usec <= ?"_s, {1});
    QVERIFY2(waiting.contains(u"greylist_waiting"_s), qPrintable(u"got plan '%1', want index greylist_waiting"_s.arg(waiting)));
    const QString confirmed = plan(t, u"DELETE FROM greylist_triplets WHERE passed > 0 AND last_seen_usec <= ?"_s, {1});
    QVERIFY2(confirmed.contains(u"greylist_confirmed"_s), qPrintable(u"got plan '%1', want index greylist_confirmed"_s.arg(confirmed)));
    const QString recent = plan(t, u"SELECT * FROM greylist_triplets ORDER BY last_seen_usec DESC LIMIT 5"_s, {});
    QVERIFY2(recent.contains(u"greylist_recent"_s), qPrintable(u"got plan '%1', want index greylist_recent"_s.arg(recent)));
}

void TestGreylistRepository::allowList()
{
    TestDatabase t;
    GreylistRepository greylist(t.db());
    QCOMPARE(greylist.allow(u"@example.net"_s, 1).value(), u"@example.net"_s);
    QCOMPARE(greylist.allow(u"192.0.2.0/24"_s, 1).value(), u"192.0.2.0/24"_s);
    QCOMPARE(greylist.allowed().value(), (QStringList{u"192.0.2.0/24"_s, u"@example.net"_s}));
    const auto twice = greylist.allow(u"@example.net"_s, 2);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(greylist.disallow(u"@example.net"_s).value(), u"@example.net"_s);
    QCOMPARE(greylist.allowed().value(), QStringList{u"192.0.2.0/24"_s});
    const auto absent = greylist.disallow(u"@example.net"_s);
    QVERIFY(!absent.ok());
    QCOMPARE(absent.error().code, ErrorCode::NotFound);
}

void TestGreylistRepository::unsyncedTransaction()
{
    TestDatabase t;
    GreylistRepository greylist(t.db());
    const auto r = record(u"192.0.2.0/24"_s, u"bob@example.net"_s, u"alice@example.org"_s, 1, 1);
    int syncDuringBody = -1;
    const auto saved = greylist.unsyncedTransaction<bool>([&]() -> Doorstep::Core::Result<bool> {
        syncDuringBody = t.scalar(u"PRAGMA synchronous"_s).toInt();
        if (auto done = greylist.save(r); !done)
            return done.error();
        return true;
    });
    QVERIFY(saved.ok());
    QCOMPARE(syncDuringBody, 1); // NORMAL for this commit
    QCOMPARE(t.scalar(u"PRAGMA synchronous"_s).toInt(), 2); // FULL again for everything else
    QVERIFY(greylist.find(r.triplet).value().has_value());
    // A failing body rolls back, and FULL is restored all the same.
    const auto failed = greylist.unsyncedTransaction<bool>([&]() -> Doorstep::Core::Result<bool> {
        if (auto done = t.db().exec(u"DELETE FROM greylist_triplets"_s); !done)
            return done.error();
        return Doorstep::Core::Error::failed(u"on purpose"_s);
    });
    QVERIFY(!failed.ok());
    QVERIFY2(greylist.find(r.triplet).value().has_value(), "got the triplet forgotten, want the failed transaction rolled back");
    QCOMPARE(t.scalar(u"PRAGMA synchronous"_s).toInt(), 2);
}

#include <QTest>

#include "engine/smtp/clientlimits.h"
#include "tests/unit/smtp/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Smtp::ClientLimits;

namespace {
const QHostAddress kClient(u"192.0.2.10"_s);
const QHostAddress kOther(u"192.0.2.20"_s);
constexpr qint64 kStart = 1'700'000'000;
} // namespace

void TestClientLimits::connections_data()
{
    QTest::addColumn<uint>("maxTotal");
    QTest::addColumn<uint>("maxPerAddress");
    QTest::addColumn<QStringList>("clients"); // connecting in this order
    QTest::addColumn<QString>("want");        // per connection: 1 admitted, 0 refused

    const QString a = u"192.0.2.10"_s;
    const QString b = u"192.0.2.20"_s;
    const QString c = u"2001:db8::1"_s;
    QTest::newRow("per-address limit") << 10u << 2u << QStringList{a, a, a, b} << u"1101"_s;
    QTest::newRow("total limit across addresses") << 3u << 10u << QStringList{a, b, c, a} << u"1110"_s;
    QTest::newRow("both limits") << 3u << 1u << QStringList{a, a, b, c, a} << u"10110"_s;
    QTest::newRow("IPv4 and IPv6 counted apart") << 10u << 1u << QStringList{a, c, c, a} << u"1100"_s;
    QTest::newRow("zero per-address limit refuses everyone") << 10u << 0u << QStringList{a, b} << u"00"_s;
    QTest::newRow("zero total limit refuses everyone") << 0u << 10u << QStringList{a, b} << u"00"_s;
}

void TestClientLimits::connections()
{
    QFETCH(uint, maxTotal);
    QFETCH(uint, maxPerAddress);
    QFETCH(QStringList, clients);
    QFETCH(QString, want);
    ClientLimits limits;
    QString got;
    for (const QString &client : clients)
        got += limits.tryOpen(QHostAddress(client), maxTotal, maxPerAddress) ? u'1' : u'0';
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got, want)));
    QCOMPARE(limits.openConnections(), int(want.count(u'1')));
}

void TestClientLimits::closeReleasesTheSlot()
{
    ClientLimits limits;
    QVERIFY(limits.tryOpen(kClient, 2, 1));
    QVERIFY(limits.tryOpen(kOther, 2, 1));
    QVERIFY2(!limits.tryOpen(kClient, 2, 1), "got admitted over both limits, want refused");
    limits.close(kClient);
    QCOMPARE(limits.openConnections(), 1);
    QVERIFY2(!limits.tryOpen(kOther, 2, 1), "got a second connection of the other client admitted, want refused");
    QVERIFY2(limits.tryOpen(kClient, 2, 1), "got refused after close(), want the freed slot used");
    limits.close(kClient);
    limits.close(kOther);
    QCOMPARE(limits.openConnections(), 0);
    QVERIFY(limits.tryOpen(kClient, 1, 1));
}

void TestClientLimits::authFailureDelays_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("delayMs"); // of the last failure
    QTest::newRow("first failure 1 s") << 1 << 1000;
    QTest::newRow("second 2 s") << 2 << 2000;
    QTest::newRow("third 4 s") << 3 << 4000;
    QTest::newRow("fourth 8 s") << 4 << 8000;
    QTest::newRow("fifth capped at 8 s") << 5 << 8000;
    QTest::newRow("tenth capped at 8 s") << 10 << 8000;
    QTest::newRow("fiftieth capped at 8 s") << 50 << 8000;
}

void TestClientLimits::authFailureDelays()
{
    QFETCH(int, failures);
    QFETCH(int, delayMs);
    ClientLimits limits;
    int got = 0;
    for (int i = 0; i < failures; ++i)
        got = limits.recordAuthFailure(kClient, kStart + i);
    QVERIFY2(got == delayMs, qPrintable(u"got %1 ms after %2 failures, want %3 ms"_s.arg(got).arg(failures).arg(delayMs)));
    QCOMPARE(limits.authFailures(kClient, kStart + failures), failures);
    // Another address starts from the beginning.
    QCOMPARE(limits.recordAuthFailure(kOther, kStart), 1000);
}

void TestClientLimits::lockoutAfterTenFailures()
{
    ClientLimits limits;
    for (int i = 1; i < ClientLimits::kLockoutFailures; ++i) {
        limits.recordAuthFailure(kClient, kStart + i);
        QVERIFY2(!limits.authLockedOut(kClient, kStart + i), qPrintable(u"got locked out after %1 failures, want 10"_s.arg(i)));
    }
    limits.recordAuthFailure(kClient, kStart + 60);
    QVERIFY2(limits.authLockedOut(kClient, kStart + 60), "got no lockout after 10 failures within the window");
    QVERIFY2(!limits.authLockedOut(kOther, kStart + 60), "got another address locked out");
}

void TestClientLimits::windowExpiry_data()
{
    QTest::addColumn<qint64>("later"); // seconds after the last failure
    QTest::addColumn<bool>("locked");
    QTest::addColumn<int>("failures");
    QTest::newRow("a minute later") << qint64(60) << true << 10;
    QTest::newRow("at the end of the window") << ClientLimits::kWindowSeconds << true << 10;
    QTest::newRow("just after the window") << ClientLimits::kWindowSeconds + 1 << false << 0;
    QTest::newRow("a day later") << qint64(86400) << false << 0;
}

void TestClientLimits::windowExpiry()
{
    QFETCH(qint64, later);
    QFETCH(bool, locked);
    QFETCH(int, failures);
    ClientLimits limits;
    for (int i = 0; i < ClientLimits::kLockoutFailures; ++i)
        limits.recordAuthFailure(kClient, kStart + i);
    const qint64 last = kStart + ClientLimits::kLockoutFailures - 1;
    QVERIFY2(limits.authLockedOut(kClient, last + later) == locked,
             qPrintable(u"got locked=%1 %2 s after the last failure, want %3"_s.arg(!locked).arg(later).arg(locked)));
    QCOMPARE(limits.authFailures(kClient, last + later), failures);
    // A failure after an expired window counts from one again (1 s delay).
    const int delay = limits.recordAuthFailure(kClient, last + later);
    QVERIFY2(delay == (locked ? 8000 : 1000), qPrintable(u"got a delay of %1 ms, want %2"_s.arg(delay).arg(locked ? 8000 : 1000)));
}

void TestClientLimits::successResets()
{
    ClientLimits limits;
    for (int i = 0; i < 5; ++i)
        limits.recordAuthFailure(kClient, kStart + i);
    limits.recordAuthFailure(kOther, kStart);
    limits.recordAuthSuccess(kClient);
    QCOMPARE(limits.authFailures(kClient, kStart + 5), 0);
    QCOMPARE(limits.recordAuthFailure(kClient, kStart + 6), 1000);
    QVERIFY2(limits.authFailures(kOther, kStart + 6) == 1, "got the other address's failures reset too");
}

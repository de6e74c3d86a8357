#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/store/statistics.h"
#include "engine/store/store.h"
#include "tests/unit/store/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Core::Result;

namespace {

// Noon, local time, on a fixed day: far from midnight, whatever the time zone.
quint64 noonUsec(const QDate &day)
{
    return quint64(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch()) * 1000;
}

Result<QVariantMap> query(Store::Statistics &statistics, int days)
{
    std::optional<Result<QVariantMap>> outcome;
    QObject context;
    statistics.query(days, &context, [&](Result<QVariantMap> r) { outcome.emplace(r); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
        return Core::Error::failed(u"timed out"_s);
    return *outcome;
}

QList<qulonglong> series(const QVariantMap &map, const QString &counter)
{
    return map.value(counter).value<QList<qulonglong>>();
}

} // namespace

void TestStatistics::countsToday()
{
    QTemporaryDir dir;
    auto store = Store::Store::open(dir.filePath(u"doorstep.db"_s)).value();
    Core::ManualClock clock(noonUsec(QDate(2026, 3, 10)));
    Store::Statistics statistics(*store, clock);
    QVERIFY(statistics.load().ok());
    QSignalSpy changed(&statistics, &Store::Statistics::changed);
    statistics.increment(u"received"_s);
    statistics.increment(u"received"_s, 2);
    statistics.increment(u"spam"_s);
    QCOMPARE(statistics.today().value(u"received"_s).toULongLong(), 3ull);
    QCOMPARE(statistics.today().value(u"spam"_s).toULongLong(), 1ull);
    QCOMPARE(statistics.today().value(u"virus"_s).toULongLong(), 0ull);
    QCOMPARE(statistics.today().size(), Store::Statistics::counterNames().size());
    QTRY_COMPARE(changed.count(), 1); // coalesced: one announcement for three increments
}

void TestStatistics::queryReturnsDailySeries()
{
    QTemporaryDir dir;
    auto store = Store::Store::open(dir.filePath(u"doorstep.db"_s)).value();
    Core::ManualClock clock(noonUsec(QDate(2026, 3, 10)));
    Store::Statistics statistics(*store, clock);
    QVERIFY(statistics.load().ok());
    statistics.increment(u"delivered"_s, 4);
    clock.advanceSeconds(86400);
    statistics.increment(u"delivered"_s, 1);
    statistics.increment(u"bounced"_s);
    const auto result = query(statistics, 3);
    QVERIFY(result.ok());
    QCOMPARE(result->value(u"days"_s).toStringList(), (QStringList{u"2026-03-09"_s, u"2026-03-10"_s, u"2026-03-11"_s}));
    QCOMPARE(series(result.value(), u"delivered"_s), (QList<qulonglong>{0, 4, 1}));
    QCOMPARE(series(result.value(), u"bounced"_s), (QList<qulonglong>{0, 0, 1}));
    QCOMPARE(series(result.value(), u"rejected_relay"_s), (QList<qulonglong>{0, 0, 0}));
}

void TestStatistics::persistsAcrossInstances()
{
    QTemporaryDir dir;
    auto store = Store::Store::open(dir.filePath(u"doorstep.db"_s)).value();
    Core::ManualClock clock(noonUsec(QDate(2026, 3, 10)));
    {
        Store::Statistics statistics(*store, clock);
        QVERIFY(statistics.load().ok());
        statistics.increment(u"rejected"_s, 5);
        statistics.flushSync();
    }
    Store::Statistics again(*store, clock);
    QVERIFY(again.load().ok());
    QCOMPARE(again.today().value(u"rejected"_s).toULongLong(), 5ull);
}

void TestStatistics::dayRollsOver()
{
    QTemporaryDir dir;
    auto store = Store::Store::open(dir.filePath(u"doorstep.db"_s)).value();
    Core::ManualClock clock(noonUsec(QDate(2026, 3, 10)));
    Store::Statistics statistics(*store, clock);
    QVERIFY(statistics.load().ok());
    statistics.increment(u"greylisted"_s, 2);
    clock.advanceSeconds(86400);
    QCOMPARE(statistics.today().value(u"greylisted"_s).toULongLong(), 0ull);
    statistics.increment(u"greylisted"_s);
    QCOMPARE(statistics.today().value(u"greylisted"_s).toULongLong(), 1ull);
}

void TestStatistics::refusesBadDayCounts()
{
    QTemporaryDir dir;
    auto store = Store::Store::open(dir.filePath(u"doorstep.db"_s)).value();
    Store::Statistics statistics(*store, Core::Clock::system());
    QCOMPARE(query(statistics, 0).error().code, Core::ErrorCode::InvalidArgument);
    QCOMPARE(query(statistics, 367).error().code, Core::ErrorCode::InvalidArgument);
    QVERIFY(query(statistics, 366).ok());
}

#include <QSignalSpy>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/core/eventlog.h"
#include "tests/unit/core/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Core;

void TestEventLog::idsIncrease()
{
    ManualClock clock(1000);
    EventLog log(clock);
    QSignalSpy spy(&log, &EventLog::appended);
    const quint64 first = log.add(EventKind::ConfigChanged, u"one"_s);
    clock.advanceSeconds(1);
    const quint64 second = log.add(EventKind::Bounced, u"two"_s, {{u"queue_id"_s, u"abc"_s}});
    QCOMPARE(first, quint64(1));
    QCOMPARE(second, quint64(2));
    QCOMPARE(spy.count(), 2);
    const auto events = log.after(0, 10);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[1].usec, quint64(1000 + 1000000));
    QCOMPARE(events[1].details.value(u"queue_id"_s).toString(), u"abc"_s);
}

void TestEventLog::afterReturnsNewestWithinMax()
{
    ManualClock clock(0);
    EventLog log(clock);
    for (int i = 0; i < 10; ++i)
        log.add(EventKind::Received, QString::number(i));
    const auto afterFive = log.after(5, 100);
    QCOMPARE(afterFive.size(), 5);
    QCOMPARE(afterFive.first().id, quint64(6));
    const auto newest = log.after(0, 3);
    QCOMPARE(newest.size(), 3);
    QCOMPARE(newest.first().id, quint64(8));
    QCOMPARE(newest.last().id, quint64(10));
    QVERIFY(log.after(10, 5).isEmpty());
}

void TestEventLog::ringKeepsCapacity()
{
    ManualClock clock(0);
    EventLog log(clock);
    for (int i = 0; i < EventLog::kCapacity + 50; ++i)
        log.add(EventKind::ConfigChanged, QString::number(i));
    const auto all = log.after(0, EventLog::kCapacity * 2);
    QCOMPARE(all.size(), EventLog::kCapacity);
    QCOMPARE(all.first().id, quint64(51));
    QCOMPARE(log.lastId(), quint64(EventLog::kCapacity + 50));
}

void TestEventLog::kindNamesRoundTrip()
{
    const QStringList names = eventKindNames();
    QCOMPARE(names.size(), 17);
    for (const QString &name : names) {
        const auto kind = eventKindFromName(name);
        QVERIFY2(kind.has_value(), qPrintable(name));
        QCOMPARE(eventKindName(*kind), name);
    }
    QVERIFY(!eventKindFromName(u"nonsense"_s).has_value());
    QCOMPARE(eventKindName(EventKind::QueueStuck), u"queue_stuck"_s);
}

void TestEventLog::burstIsSummarised()
{
    ManualClock clock(0);
    EventLog log(clock);
    QSignalSpy spy(&log, &EventLog::appended);
    for (int i = 0; i < 100; ++i)
        log.add(EventKind::Received, QString::number(i));
    log.add(EventKind::ConfigChanged, u"not per message: never held back"_s);
    QCOMPARE(spy.count(), EventLog::kBurstPerSecond + 1);
    // A second later the rest arrives as one summary of the same kind.
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), EventLog::kBurstPerSecond + 2, 3000);
    const auto summary = spy.last().first().value<EventRecord>();
    QCOMPARE(summary.kind, EventKind::Received);
    QCOMPARE(summary.details.value(u"suppressed"_s).toInt(), 100 - EventLog::kBurstPerSecond);
}

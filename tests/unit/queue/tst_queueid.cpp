#include <QSet>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/queue/queueid.h"
#include "tests/unit/queue/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Queue::newQueueId;

namespace {

const QString kAlphabet = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s; // Crockford base32

/** The microseconds an id's first 11 characters carry. */
quint64 timeOf(const QString &id)
{
    quint64 value = 0;
    for (QChar c : id.left(11))
        value = value * 32 + quint64(kAlphabet.indexOf(c));
    return value;
}

} // namespace

void TestQueueId::format_data()
{
    QTest::addColumn<quint64>("usec");
    QTest::newRow("epoch") << quint64(0);
    QTest::newRow("one microsecond") << quint64(1);
    QTest::newRow("31") << quint64(31);
    QTest::newRow("32: a carry") << quint64(32);
    QTest::newRow("now-ish") << quint64(1'700'000'000'123'456ULL);
    QTest::newRow("the last time 55 bits hold") << quint64((1ULL << 55) - 1);
}

void TestQueueId::format()
{
    QFETCH(quint64, usec);
    for (int i = 0; i < 50; ++i) {
        const QString id = newQueueId(usec);
        QVERIFY2(id.size() == 16, qPrintable(u"got '%1' of %2 characters, want 16"_s.arg(id).arg(id.size())));
        for (QChar c : id)
            QVERIFY2(kAlphabet.contains(c), qPrintable(u"got '%1' with '%2', want Crockford base32 only"_s.arg(id, c)));
        QVERIFY2(timeOf(id) == usec, qPrintable(u"got time %1 in '%2', want %3"_s.arg(timeOf(id)).arg(id).arg(usec)));
        QVERIFY(Doorstep::Queue::isQueueId(id));
    }
}

void TestQueueId::isQueueId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("a made id") << newQueueId(1'700'000'000'000'000ULL) << true;
    QTest::newRow("all digits") << u"0123456789012345"_s << true;
    QTest::newRow("15 characters") << u"012345678901234"_s << false;
    QTest::newRow("17 characters") << u"01234567890123456"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("lower case") << u"0123456789abcdef"_s << false;
    QTest::newRow("I is not in the alphabet") << u"012345678901234I"_s << false;
    QTest::newRow("L is not in the alphabet") << u"012345678901234L"_s << false;
    QTest::newRow("O is not in the alphabet") << u"012345678901234O"_s << false;
    QTest::newRow("U is not in the alphabet") << u"012345678901234U"_s << false;
    QTest::newRow("a path") << u"../../etc/passwd"_s << false;
    QTest::newRow("a dot file") << u".123456789012345"_s << false;
    QTest::newRow("a NUL") << (u"012345678901234"_s + QChar(0)) << false;
    QTest::newRow("non-ASCII look-alike") << u"012345678901234Ａ"_s << false;
}

void TestQueueId::isQueueId()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QVERIFY2(Doorstep::Queue::isQueueId(text) == valid, qPrintable(u"got %1 for '%2', want %3"_s.arg(!valid).arg(text).arg(valid)));
}

void TestQueueId::increasingWithTime_data()
{
    QTest::addColumn<quint64>("usec");
    QTest::newRow("0 -> 1") << quint64(0);
    QTest::newRow("31 -> 32") << quint64(31);
    QTest::newRow("1023 -> 1024") << quint64(1023);
    QTest::newRow("2^35-1 -> 2^35") << quint64((1ULL << 35) - 1);
    QTest::newRow("now-ish") << quint64(1'700'000'000'999'999ULL);
}

void TestQueueId::increasingWithTime()
{
    QFETCH(quint64, usec);
    for (int i = 0; i < 20; ++i) {
        const QString earlier = newQueueId(usec);
        const QString later = newQueueId(usec + 1);
        QVERIFY2(earlier < later, qPrintable(u"got '%1' (at %2) sorting after '%3' (a microsecond later)"_s.arg(earlier).arg(usec).arg(later)));
    }
}

void TestQueueId::uniqueOver100000Calls()
{
    const Doorstep::Core::Clock &clock = Doorstep::Core::Clock::system();
    QSet<QString> seen;
    seen.reserve(100000);
    QString previous;
    for (int i = 0; i < 100000; ++i) {
        const QString id = newQueueId(clock.nowUsec());
        QVERIFY2(!seen.contains(id), qPrintable(u"got '%1' twice, after %2 ids"_s.arg(id).arg(i)));
        seen.insert(id);
        // Ids sort by age: a later one never sorts before an earlier one's time.
        QVERIFY2(previous.isEmpty() || id.left(11) >= previous.left(11), qPrintable(u"got '%1' after '%2'"_s.arg(id, previous)));
        previous = id;
    }
}

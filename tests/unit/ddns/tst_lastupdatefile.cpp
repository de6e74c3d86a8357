#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engine/ddns/lastupdatefile.h"
#include "tests/unit/ddns/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Ddns;

void TestLastUpdateFile::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const LastUpdateFile file(dir.filePath(u"ddns/last-update.json"_s));
    LastUpdate update;
    update.destination = u"dyndns2|home.example.org||alice"_s;
    update.sent.set(QHostAddress(u"203.0.113.7"_s));
    update.sent.set(QHostAddress(u"2001:db8::7"_s));
    update.sentAtUsec = 1767225600000000ULL;
    update.result = u"good"_s;
    update.seen.set(QHostAddress(u"203.0.113.8"_s));
    const auto saved = file.save(update);
    QVERIFY2(saved, qPrintable(saved.error().message));
    const auto loaded = file.load();
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->destination, update.destination);
    QCOMPARE(loaded->sent.toStringList(), (QStringList{u"203.0.113.7"_s, u"2001:db8::7"_s}));
    QCOMPARE(loaded->sentAtUsec, update.sentAtUsec);
    QCOMPARE(loaded->result, update.result);
    QCOMPARE(loaded->seen.toStringList(), QStringList{u"203.0.113.8"_s});
}

void TestLastUpdateFile::absentIsEmpty()
{
    QTemporaryDir dir;
    const auto loaded = LastUpdateFile(dir.filePath(u"none.json"_s)).load();
    QVERIFY(loaded);
    QVERIFY(loaded->isEmpty());
}

void TestLastUpdateFile::damagedIsAnError()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"bad.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{not json");
    f.close();
    const auto loaded = LastUpdateFile(f.fileName()).load();
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(u"not valid JSON"_s), qPrintable(loaded.error().message));
}

#include <QTest>

#include "engine/filters/antivirus/protocol.h"
#include "tests/unit/filters/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Filters::Antivirus;
using Protocol::ScanReply;

void TestScanProtocol::readinessRoundTrip()
{
    const QByteArray line = Protocol::readyLine(42, 1700000000, 27000);
    QVERIFY2(line.endsWith('\n'), qPrintable(u"ready line: got %1, want a line end"_s.arg(QString::fromUtf8(line))));
    const auto parsed = Protocol::parseReadiness(line.chopped(1));
    QVERIFY2(parsed, "ready line: got unparsable, want READY");
    QVERIFY(parsed->ready);
    QCOMPARE(parsed->signatures, quint64(42));
    QCOMPARE(parsed->databaseTime, quint64(1700000000));
    QCOMPARE(parsed->databaseVersion, quint64(27000));

    const auto failed = Protocol::parseReadiness(Protocol::failedLine(u"No database in\n'/x'"_s).chopped(1));
    QVERIFY2(failed && !failed->ready, "failed line: got unparsable or ready, want FAILED");
    QCOMPARE(failed->failure, u"No database in '/x'"_s);
}

void TestScanProtocol::malformedReadiness_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unknown word") << QByteArray("HELLO 1 2 3");
    QTest::newRow("missing fields") << QByteArray("READY 1 2");
    QTest::newRow("extra field") << QByteArray("READY 1 2 3 4");
    QTest::newRow("negative") << QByteArray("READY -1 2 3");
    QTest::newRow("not a number") << QByteArray("READY x 2 3");
    QTest::newRow("failed without reason") << QByteArray("FAILED ");
}

void TestScanProtocol::malformedReadiness()
{
    QFETCH(QByteArray, line);
    const auto parsed = Protocol::parseReadiness(line);
    QVERIFY2(!parsed, qPrintable(u"parseReadiness(%1): got a value, want none"_s.arg(QString::fromUtf8(line))));
}

void TestScanProtocol::scanRequests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");
    QTest::newRow("spool file") << u"/var/lib/doorstep/spool/queue/0123456789ABCDEF"_s << true;
    QTest::newRow("space in path") << u"/home/a b/data/spool/queue/X"_s << true;
    QTest::newRow("relative") << u"spool/queue/X"_s << false;
    QTest::newRow("line end") << u"/tmp/x\nSCAN /etc/shadow"_s << false;
    QTest::newRow("carriage return") << u"/tmp/x\r"_s << false;
    QTest::newRow("too long") << u"/"_s + QString(5000, u'a') << false;
}

void TestScanProtocol::scanRequests()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);
    const QByteArray request = Protocol::scanRequest(path);
    QCOMPARE(!request.isEmpty(), valid);
    if (!valid)
        return;
    QVERIFY(request.endsWith('\n'));
    const auto parsed = Protocol::parseScanRequest(request.chopped(1));
    QVERIFY2(parsed, qPrintable(u"parseScanRequest(%1): got none, want the path"_s.arg(QString::fromUtf8(request))));
    QCOMPARE(*parsed, path);
}

void TestScanProtocol::malformedScanRequests_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no path") << QByteArray("SCAN");
    QTest::newRow("relative") << QByteArray("SCAN etc/passwd");
    QTest::newRow("lower case") << QByteArray("scan /tmp/x");
    QTest::newRow("other verb") << QByteArray("STREAM /tmp/x");
    QTest::newRow("nul") << QByteArray("SCAN /tmp/x\0y", 13);
}

void TestScanProtocol::malformedScanRequests()
{
    QFETCH(QByteArray, line);
    QVERIFY2(!Protocol::parseScanRequest(line), qPrintable(u"parseScanRequest(%1): got a path, want none"_s.arg(QString::fromUtf8(line))));
}

void TestScanProtocol::replies_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("clean") << Protocol::cleanReply() << int(ScanReply::Kind::Clean) << QString();
    QTest::newRow("found") << Protocol::foundReply(u"Doorstep.Test.Virus.UNOFFICIAL"_s) << int(ScanReply::Kind::Found)
                           << u"Doorstep.Test.Virus.UNOFFICIAL"_s;
    QTest::newRow("error with line end inside") << Protocol::errorReply(u"Cannot open\n'/x'"_s) << int(ScanReply::Kind::Error)
                                                << u"Cannot open '/x'"_s;
}

void TestScanProtocol::replies()
{
    QFETCH(QByteArray, line);
    QFETCH(int, kind);
    QFETCH(QString, text);
    QCOMPARE(line.count('\n'), qsizetype(1));
    const auto parsed = Protocol::parseScanReply(line.chopped(1));
    QVERIFY2(parsed, qPrintable(u"parseScanReply(%1): got none"_s.arg(QString::fromUtf8(line))));
    QCOMPARE(int(parsed->kind), kind);
    QCOMPARE(parsed->text, text);
}

void TestScanProtocol::malformedReplies_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("ok with text") << QByteArray("OK fine");
    QTest::newRow("found without name") << QByteArray("FOUND ");
    QTest::newRow("error without text") << QByteArray("ERROR");
    QTest::newRow("clamd style") << QByteArray("stream: OK");
}

void TestScanProtocol::malformedReplies()
{
    QFETCH(QByteArray, line);
    QVERIFY2(!Protocol::parseScanReply(line), qPrintable(u"parseScanReply(%1): got a reply, want none"_s.arg(QString::fromUtf8(line))));
}

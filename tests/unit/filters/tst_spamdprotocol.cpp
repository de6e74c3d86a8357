#include <QTest>

#include "engine/filters/spam/spamdprotocol.h"
#include "tests/unit/filters/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Filters::SpamdProtocol;

void TestSpamdProtocol::symbolsRequest()
{
    const QByteArray message = "Subject: hi\r\n\r\nbody\r\n";
    QCOMPARE(SpamdProtocol::symbolsRequest(message), QByteArray("SYMBOLS SPAMC/1.5\r\nContent-length: 21\r\n\r\n") + message);
    QCOMPARE(SpamdProtocol::symbolsRequest(message, u"alice"_s),
             QByteArray("SYMBOLS SPAMC/1.5\r\nContent-length: 21\r\nUser: alice\r\n\r\n") + message);
}

void TestSpamdProtocol::parseReply_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("score");
    QTest::addColumn<QStringList>("rules");

    QTest::newRow("spam, GTUBE") << QByteArray("SPAMD/1.1 0 EX_OK\r\nContent-length: 26\r\nSpam: True ; 1000.0 / 5.0\r\n\r\nGTUBE,MISSING_DATE,NO_RCVD")
                                 << true << 1000.0 << QStringList{u"GTUBE"_s, u"MISSING_DATE"_s, u"NO_RCVD"_s};
    QTest::newRow("ham, negative") << QByteArray("SPAMD/1.1 0 EX_OK\r\nContent-length: 13\r\nSpam: False ; -0.1 / 5.0\r\n\r\nALL_TRUSTED\r\n")
                                   << true << -0.1 << QStringList{u"ALL_TRUSTED"_s};
    QTest::newRow("no rules") << QByteArray("SPAMD/1.1 0 EX_OK\r\nSpam: False ; 0.0 / 5.0\r\nContent-length: 0\r\n\r\n") << true << 0.0
                              << QStringList{};
    QTest::newRow("old Yes form, LF") << QByteArray("SPAMD/1.0 0 EX_OK\nSpam: Yes ; 7.5 / 5.0\n\nA,B") << true << 7.5
                                      << QStringList{u"A"_s, u"B"_s};
    QTest::newRow("error code") << QByteArray("SPAMD/1.0 76 Bad header line: (Content-Length mismatch)\r\n") << false << 0.0 << QStringList{};
    QTest::newRow("no Spam header") << QByteArray("SPAMD/1.1 0 EX_OK\r\nContent-length: 0\r\n\r\n") << false << 0.0 << QStringList{};
    QTest::newRow("bad Spam header") << QByteArray("SPAMD/1.1 0 EX_OK\r\nSpam: True ; lots\r\n\r\n") << false << 0.0 << QStringList{};
    QTest::newRow("not SPAMD") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << false << 0.0 << QStringList{};
    QTest::newRow("cut short") << QByteArray("SPAMD/1.1 0 EX_OK\r\nSpam: True ; 1.0 / 5.0\r\n") << false << 0.0 << QStringList{};
}

void TestSpamdProtocol::parseReply()
{
    QFETCH(QByteArray, reply);
    QFETCH(bool, ok);
    QFETCH(double, score);
    QFETCH(QStringList, rules);
    const auto parsed = SpamdProtocol::parseReply(reply);
    QVERIFY2(parsed.ok() == ok, qPrintable(u"got %1 (%2), want %3"_s.arg(parsed.ok() ? u"ok"_s : u"an error"_s,
                                                                            parsed.ok() ? QString() : parsed.error().message,
                                                                            ok ? u"ok"_s : u"an error"_s)));
    if (!ok)
        return;
    QVERIFY(parsed->scanned());
    QVERIFY2(qFuzzyCompare(parsed->score + 1.0, score + 1.0), qPrintable(u"got score %1, want %2"_s.arg(parsed->score).arg(score)));
    QCOMPARE(parsed->rules, rules);
}

void TestSpamdProtocol::isComplete()
{
    const QByteArray whole = "SPAMD/1.1 0 EX_OK\r\nContent-length: 5\r\nSpam: True ; 1000.0 / 5.0\r\n\r\nGTUBE";
    QVERIFY(SpamdProtocol::isComplete(whole));
    QVERIFY(!SpamdProtocol::isComplete(whole.chopped(1)));
    QVERIFY(!SpamdProtocol::isComplete("SPAMD/1.1 0 EX_OK\r\nContent-length: 5\r\n"));
    // Without Content-length the reply ends when spamd closes the connection.
    QVERIFY(!SpamdProtocol::isComplete("SPAMD/1.1 0 EX_OK\r\nSpam: True ; 1.0 / 5.0\r\n\r\n"));
}

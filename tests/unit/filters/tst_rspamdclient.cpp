#include <QTest>

#include "engine/filters/spam/rspamdclient.h"
#include "tests/unit/filters/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Filters::RspamdClient;
using Filters::SpamRequest;

namespace {

QByteArray http(const QByteArray &json, const QByteArray &status = "200 OK")
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

} // namespace

void TestRspamdClient::checkRequest()
{
    SpamRequest request;
    request.message = "Subject: x\r\n\r\nbody\r\n";
    request.clientAddress = QHostAddress(u"192.0.2.7"_s);
    request.clientName = u"mail.example.org"_s;
    request.helo = u"mail.example.org\r\nInjected: yes"_s;
    request.sender = u"a@example.org"_s;
    request.recipients = {u"b@example.net"_s, u"c@example.net"_s};
    request.queueId = u"Q1"_s;
    const QByteArray got = RspamdClient::checkRequest(request, u"127.0.0.1"_s, 11333);
    const QByteArray want = "POST /checkv2 HTTP/1.1\r\nHost: 127.0.0.1:11333\r\nConnection: close\r\nContent-Length: 20\r\n"
                            "IP: 192.0.2.7\r\nHelo: mail.example.org  Injected: yes\r\nHostname: mail.example.org\r\nFrom: a@example.org\r\n"
                            "Rcpt: b@example.net\r\nRcpt: c@example.net\r\nQueue-Id: Q1\r\n\r\nSubject: x\r\n\r\nbody\r\n";
    QVERIFY2(got == want, qPrintable(u"got '%1', want '%2'"_s.arg(QString::fromLatin1(got), QString::fromLatin1(want))));
}

void TestRspamdClient::checkRequestClient_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("want");

    QTest::newRow("a confirmed name is passed on") << u"192.0.2.7"_s << u"mail.example.org"_s
                                                   << QStringList{u"IP: 192.0.2.7"_s, u"Hostname: mail.example.org"_s, u"From: a@example.org"_s};
    // rspamd 3.4 takes "Hostname: unknown" for a name: RDNS_NONE and HFILTER_HOSTNAME_UNKNOWN
    // (3.5 points) never fire. Without the header it looks the PTR up itself, as it should.
    QTest::newRow("no name: rspamd looks it up") << u"192.0.2.7"_s << u"unknown"_s << QStringList{u"IP: 192.0.2.7"_s, u"From: a@example.org"_s};
    QTest::newRow("no look-up made") << u"192.0.2.7"_s << QString() << QStringList{u"IP: 192.0.2.7"_s, u"From: a@example.org"_s};
    // Filters.ScoreMessage: rspamd takes the client from the first Received header.
    QTest::newRow("no client") << QString() << QString() << QStringList{};
}

void TestRspamdClient::checkRequestClient()
{
    QFETCH(QString, address);
    QFETCH(QString, name);
    QFETCH(QStringList, want);
    SpamRequest request;
    request.message = "Subject: x\r\n\r\nbody\r\n";
    request.clientAddress = address.isEmpty() ? QHostAddress() : QHostAddress(address);
    request.clientName = name;
    request.sender = u"a@example.org"_s;
    const QByteArray http = RspamdClient::checkRequest(request, u"127.0.0.1"_s, 11333);
    QStringList got;
    for (const QByteArray &line : http.left(http.indexOf("\r\n\r\n")).split('\n')) {
        const QString field = QString::fromLatin1(line.trimmed());
        if (field.startsWith(u"IP:"_s) || field.startsWith(u"Hostname:"_s) || field.startsWith(u"From:"_s))
            got << field;
    }
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got.join(u" | "_s), want.join(u" | "_s))));
}

void TestRspamdClient::parseReply_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("score");
    QTest::addColumn<QStringList>("rules");

    QTest::newRow("spam") << http(R"({"is_skipped":false,"score":9.5,"required_score":15.0,"action":"add header",)"
                                  R"("symbols":{"MISSING_DATE":{"name":"MISSING_DATE","score":1.0},"BAYES_SPAM":{"name":"BAYES_SPAM","score":8.5}}})")
                          << true << 9.5 << QStringList{u"BAYES_SPAM"_s, u"MISSING_DATE"_s};
    QTest::newRow("reject below required_score counts as required_score")
        << http(R"({"score":0,"required_score":15,"action":"reject","symbols":{"GTUBE":{"score":0}}})") << true << 15.0 << QStringList{u"GTUBE"_s};
    // Replies of Debian's rspamd 3.4 as they came (e2e.filters.rspamd), the ham one shortened.
    QTest::newRow("rspamd 3.4: GTUBE")
        << http(R"({"is_skipped":true,"score":15.0,"required_score":15.0,"action":"reject","symbols":{"GTUBE":{"name":"GTUBE",)"
                R"("score":0.0,"metric_score":0.0}},"messages":{"smtp_message":"Gtube pattern"},"message-id":"1234@e2e.test",)"
                R"("time_real":0.235323,"milter":{"remove_headers":{"X-Spam":0}}})")
        << true << 15.0 << QStringList{u"GTUBE"_s};
    QTest::newRow("rspamd 3.4: ham")
        << http(R"({"is_skipped":false,"score":2.199999,"required_score":15.0,"action":"no action","symbols":{"ARC_NA":{"name":"ARC_NA",)"
                R"("score":0.0,"metric_score":0.0,"description":"ARC signature absent"},"MIME_GOOD":{"name":"MIME_GOOD","score":-0.100000,)"
                R"("metric_score":-0.100000,"description":"Known content-type","options":["text/plain"]},"HFILTER_HELO_IP_A":{"name":)"
                R"("HFILTER_HELO_IP_A","score":1.0,"metric_score":1.0,"options":["mx.sender.test"]},"BOUNCE_NO_AUTH":{"name":"BOUNCE_NO_AUTH",)"
                R"("score":1.0,"metric_score":1.0}},"messages":{},"message-id":"1234@e2e.test","time_real":0.343019,)"
                R"("milter":{"remove_headers":{"X-Spam":0}}})")
        << true << 2.199999 << QStringList{u"ARC_NA"_s, u"BOUNCE_NO_AUTH"_s, u"HFILTER_HELO_IP_A"_s, u"MIME_GOOD"_s};
    QTest::newRow("ham") << http(R"({"score":-0.5,"required_score":15,"action":"no action","symbols":{}})") << true << -0.5 << QStringList{};
    QTest::newRow("odd symbol names are left out") << http(R"({"score":1,"action":"no action","symbols":{"A B\r\nX":{},"OK_1":{}}})") << true
                                                   << 1.0 << QStringList{u"OK_1"_s};
    QTest::newRow("HTTP error") << http(R"({"error":"bad request"})", "400 Bad Request") << false << 0.0 << QStringList{};
    QTest::newRow("not JSON") << http("<html>") << false << 0.0 << QStringList{};
    QTest::newRow("no score") << http(R"({"action":"no action"})") << false << 0.0 << QStringList{};
    QTest::newRow("not HTTP") << QByteArray("SPAMD/1.1 0 EX_OK\r\n\r\n") << false << 0.0 << QStringList{};
}

void TestRspamdClient::parseReply()
{
    QFETCH(QByteArray, reply);
    QFETCH(bool, ok);
    QFETCH(double, score);
    QFETCH(QStringList, rules);
    const auto parsed = RspamdClient::parseReply(reply);
    QVERIFY2(parsed.ok() == ok, qPrintable(u"got %1, want %2"_s.arg(parsed.ok() ? u"ok"_s : parsed.error().message, ok ? u"ok"_s : u"an error"_s)));
    if (!ok)
        return;
    QVERIFY2(qAbs(parsed->score - score) < 0.001, qPrintable(u"got score %1, want %2"_s.arg(parsed->score).arg(score)));
    QCOMPARE(parsed->rules, rules);
}

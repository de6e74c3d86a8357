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

void TestRspamdClient::parseReply_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("score");
    QTest::addColumn<QStringList>("rules");

    QTest::newRow("spam") << http(R"({"is_skipped":false,"score":9.5,"required_score":15.0,"action":"add header",)"
                                  R"("symbols":{"MISSING_DATE":{"name":"MISSING_DATE","score":1.0},"BAYES_SPAM":{"name":"BAYES_SPAM","score":8.5}}})")
                          << true << 9.5 << QStringList{u"BAYES_SPAM"_s, u"MISSING_DATE"_s};
    QTest::newRow("GTUBE: reject with score 0") << http(R"({"score":0,"required_score":15,"action":"reject","symbols":{"GTUBE":{"score":0}}})")
                                                << true << 15.0 << QStringList{u"GTUBE"_s};
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

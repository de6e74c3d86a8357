#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "engine/filters/spam/spamdclient.h"
#include "tests/unit/filters/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Filters::SpamdClient;
using Filters::SpamOptions;
using Filters::SpamRequest;
using Filters::SpamScore;

namespace {

constexpr int kWaitMs = 10000;

/** A spamd stand-in on the loopback: answers each request with @p reply in two writes (or not at all). */
class FakeSpamd final : public QObject
{
public:
    explicit FakeSpamd(QByteArray reply)
        : m_reply(std::move(reply))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                received += socket->readAll();
                const qsizetype end = received.indexOf("\r\n\r\n");
                if (end < 0 || m_reply.isEmpty())
                    return;
                const qsizetype length = received.mid(received.indexOf("Content-length: ") + 16).split('\r').value(0).toLongLong();
                if (received.size() < end + 4 + length)
                    return;
                socket->write(m_reply.left(10));
                socket->flush();
                socket->write(m_reply.mid(10));
                socket->disconnectFromHost();
            });
        });
    }

    SpamOptions options(int timeoutMs = kWaitMs) const { return {u"127.0.0.1"_s, m_server.serverPort(), timeoutMs, {}}; }

    QByteArray received;

private:
    QTcpServer m_server;
    QByteArray m_reply;
};

std::optional<SpamScore> scoreWith(SpamdClient &client, const SpamOptions &options, const QByteArray &message)
{
    std::optional<SpamScore> got;
    SpamRequest request;
    request.message = message;
    client.score(request, options, [&got](const SpamScore &score) { got = score; });
    if (got)
        return SpamScore::failed(SpamScore::Unscanned::Unavailable, u"answered inside score(), want later on the event loop"_s);
    (void)QTest::qWaitFor([&got] { return got.has_value(); }, kWaitMs); // the caller checks got
    return got;
}

} // namespace

void TestSpamdClient::scoresOverTcp()
{
    FakeSpamd spamd("SPAMD/1.1 0 EX_OK\r\nContent-length: 18\r\nSpam: True ; 1000.0 / 5.0\r\n\r\nGTUBE,MISSING_DATE");
    SpamdClient client;
    const QByteArray message = "Subject: x\r\n\r\nXJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X\r\n";
    const auto got = scoreWith(client, spamd.options(), message);
    QVERIFY2(got, "got no answer");
    QVERIFY2(got->scanned(), qPrintable(got->problem));
    QCOMPARE(got->score, 1000.0);
    QCOMPARE(got->rules, (QStringList{u"GTUBE"_s, u"MISSING_DATE"_s}));
    QCOMPARE(spamd.received, "SYMBOLS SPAMC/1.5\r\nContent-length: " + QByteArray::number(message.size()) + "\r\n\r\n" + message);
}

void TestSpamdClient::refusedConnectionIsUnavailable()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    SpamdClient client;
    const auto got = scoreWith(client, {u"127.0.0.1"_s, port, kWaitMs, {}}, "Subject: x\r\n\r\n");
    QVERIFY2(got, "got no answer");
    QCOMPARE(int(got->unscanned), int(SpamScore::Unscanned::Unavailable));
    QVERIFY2(got->problem.startsWith(u"spamd at 127.0.0.1:%1 cannot be reached"_s.arg(port)), qPrintable(got->problem));
}

void TestSpamdClient::silentServerTimesOut()
{
    FakeSpamd silent{QByteArray()}; // reads, never answers
    SpamdClient client;
    QElapsedTimer timer;
    timer.start();
    const auto got = scoreWith(client, silent.options(300), "Subject: x\r\n\r\n");
    QVERIFY2(got, "got no answer");
    QCOMPARE(int(got->unscanned), int(SpamScore::Unscanned::Timeout));
    QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 5000, qPrintable(u"answered after %1 ms, want about 300"_s.arg(timer.elapsed())));
    QCOMPARE(got->problem, u"spamd at 127.0.0.1:%1 did not answer within 0.3 s."_s.arg(silent.options().port));
}

void TestSpamdClient::badReplyIsUnavailable()
{
    FakeSpamd spamd("SPAMD/1.0 76 Bad header line: (Content-length mismatch)\r\n");
    SpamdClient client;
    const auto got = scoreWith(client, spamd.options(), "Subject: x\r\n\r\n");
    QVERIFY2(got, "got no answer");
    QCOMPARE(int(got->unscanned), int(SpamScore::Unscanned::Unavailable));
    QVERIFY2(got->problem.contains(u"76 Bad header line"_s), qPrintable(got->problem));
}

void TestSpamdClient::destroyedClientNeverAnswers()
{
    FakeSpamd silent{QByteArray()};
    bool answered = false;
    {
        SpamdClient client;
        SpamRequest request;
        request.message = "Subject: x\r\n\r\n";
        client.score(request, silent.options(100), [&answered](const SpamScore &) { answered = true; });
    }
    QTest::qWait(400); // longer than the timeout: a leftover exchange would have answered by now
    QVERIFY2(!answered, "got an answer from a destroyed client");
}

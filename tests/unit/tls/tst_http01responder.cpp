#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "engine/tls/http01responder.h"
#include "tests/unit/tls/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Tls::Http01Responder;

namespace {

constexpr int kTimeout = 10000;

/** The whole answer of the responder to @p request on 127.0.0.1:@p port (empty when refused). */
QByteArray ask(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    QByteArray answer;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(request); });
    QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
    // Bounded: the caller's checks of the answer fail when this times out.
    if (!QTest::qWaitFor([&] { return disconnected.size() > 0 || failed.size() > 0; }, kTimeout))
        qWarning("no answer within %d ms", kTimeout);
    answer += socket.readAll();
    return answer;
}

} // namespace

void TestHttp01Responder::servesTokensOnlyWhileStarted()
{
    Http01Responder responder;
    QVERIFY(!responder.isListening());
    QVERIFY(responder.start(0));
    const quint16 port = responder.port();
    QVERIFY(port != 0);
    responder.setToken(u"evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA"_s, u"evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA.thumb"_s);

    const QByteArray hit = ask(port, "GET /.well-known/acme-challenge/evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA HTTP/1.1\r\n"
                                     "Host: mail.example.org\r\n\r\n");
    QVERIFY2(hit.startsWith("HTTP/1.1 200 OK\r\n"), hit.constData());
    QVERIFY(hit.endsWith("\r\n\r\nevaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA.thumb"));
    QVERIFY(hit.contains("Content-Length: 49\r\n"));

    const QByteArray miss = ask(port, "GET /.well-known/acme-challenge/other HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY2(miss.startsWith("HTTP/1.1 404 "), miss.constData());
    const QByteArray elsewhere = ask(port, "GET /evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA HTTP/1.1\r\n\r\n");
    QVERIFY(elsewhere.startsWith("HTTP/1.1 404 "));
    const QByteArray post = ask(port, "POST /.well-known/acme-challenge/x HTTP/1.1\r\n\r\n");
    QVERIFY(post.startsWith("HTTP/1.1 405 "));

    responder.stop();
    QVERIFY(!responder.isListening());
    QTcpSocket late;
    late.connectToHost(u"127.0.0.1"_s, port);
    QSignalSpy refused(&late, &QTcpSocket::errorOccurred);
    QTRY_VERIFY_WITH_TIMEOUT(refused.size() > 0, kTimeout);
    QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestHttp01Responder::portInUseIsASentence()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::Any, 0));
    Http01Responder responder;
    auto refused = responder.start(other.serverPort());
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             u"Port %1 (acme.http_port) is in use by another program, so the HTTP-01 challenge cannot be answered: stop that program "
             "while the certificate is requested, forward the port to another one, or use DNS-01."_s.arg(other.serverPort()));
}

void TestHttp01Responder::oversizedRequestIsRefused()
{
    Http01Responder responder;
    QVERIFY(responder.start(0));
    const QByteArray answer = ask(responder.port(), "GET /" + QByteArray(Http01Responder::MaxRequestBytes + 10, 'a'));
    QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.left(80).constData());
}

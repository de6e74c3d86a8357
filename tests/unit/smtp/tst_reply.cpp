#include <QTest>

#include "engine/smtp/reply.h"
#include "tests/unit/smtp/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Smtp::Reply;

Q_DECLARE_METATYPE(Doorstep::Smtp::Reply)

void TestReply::toWire_data()
{
    QTest::addColumn<Reply>("reply");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("single line with enhanced code") << Reply::make(250, u"2.1.0"_s, u"Sender ok"_s) << QByteArray("250 2.1.0 Sender ok\r\n");
    QTest::newRow("multi-line: enhanced code on every line (RFC 2034)")
        << Reply{550, u"5.1.1"_s, {u"first"_s, u"second"_s, u"third"_s}}
        << QByteArray("550-5.1.1 first\r\n550-5.1.1 second\r\n550 5.1.1 third\r\n");
    QTest::newRow("EHLO: continuation lines without codes")
        << Reply{250, QString(), {u"mx.example.org Hello client"_s, u"PIPELINING"_s, u"SIZE 1000"_s}}
        << QByteArray("250-mx.example.org Hello client\r\n250-PIPELINING\r\n250 SIZE 1000\r\n");
    QTest::newRow("greeting has no enhanced code") << Reply::greeting(u"mx.example.org"_s) << QByteArray("220 mx.example.org ESMTP Doorstep\r\n");
    QTest::newRow("354 has no enhanced code") << Reply::startData() << QByteArray("354 End data with <CR><LF>.<CR><LF>\r\n");
    QTest::newRow("AUTH challenge is bare base64") << Reply::authChallenge("VXNlcm5hbWU6") << QByteArray("334 VXNlcm5hbWU6\r\n");
    QTest::newRow("empty AUTH challenge keeps the space") << Reply::authChallenge(QByteArray()) << QByteArray("334 \r\n");
    QTest::newRow("UTF-8 text") << Reply::make(250, u"2.0.0"_s, u"Grüße"_s) << QByteArray("250 2.0.0 Gr\xc3\xbc\xc3\x9f" "e\r\n");
    QTest::newRow("queued names the id") << Reply::queued(u"0123456789ABCDEF"_s) << QByteArray("250 2.0.0 Ok: queued as 0123456789ABCDEF\r\n");
}

void TestReply::toWire()
{
    QFETCH(Reply, reply);
    QFETCH(QByteArray, wire);
    const QByteArray got = reply.toWire();
    QVERIFY2(got == wire, qPrintable(u"got '%1', want '%2'"_s.arg(QString::fromUtf8(got.toPercentEncoding(" -.:<>")),
                                                                 QString::fromUtf8(wire.toPercentEncoding(" -.:<>")))));
}

void TestReply::namedReplies_data()
{
    QTest::addColumn<Reply>("reply");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("status");

    QTest::newRow("ok") << Reply::ok() << 250 << u"2.0.0"_s;
    QTest::newRow("closing") << Reply::closing(u"mx"_s) << 221 << u"2.0.0"_s;
    QTest::newRow("startTls") << Reply::startTls() << 220 << u"2.0.0"_s;
    QTest::newRow("authenticated") << Reply::authenticated() << 235 << u"2.7.0"_s;
    QTest::newRow("cannotVerify") << Reply::cannotVerify() << 252 << u"2.5.2"_s;
    QTest::newRow("serviceUnavailable") << Reply::serviceUnavailable(u"x"_s) << 421 << u"4.3.2"_s;
    QTest::newRow("tooManyConnections") << Reply::tooManyConnections(u"x"_s) << 421 << u"4.7.0"_s;
    QTest::newRow("timeout") << Reply::timeout() << 421 << u"4.4.2"_s;
    QTest::newRow("tooManyErrors") << Reply::tooManyErrors() << 421 << u"4.7.0"_s;
    QTest::newRow("insufficientStorage") << Reply::insufficientStorage() << 452 << u"4.3.1"_s;
    QTest::newRow("tooManyRecipients") << Reply::tooManyRecipients() << 452 << u"4.5.3"_s;
    QTest::newRow("localError") << Reply::localError(u"x"_s) << 451 << u"4.3.0"_s;
    QTest::newRow("senderDomainTempFail") << Reply::senderDomainTempFail(u"d"_s) << 451 << u"4.1.8"_s;
    QTest::newRow("authTemporaryFailure") << Reply::authTemporaryFailure() << 454 << u"4.7.0"_s;
    QTest::newRow("tlsNotAvailable") << Reply::tlsNotAvailable() << 454 << u"4.7.0"_s;
    QTest::newRow("syntaxError") << Reply::syntaxError(u"x"_s) << 500 << u"5.5.2"_s;
    QTest::newRow("lineTooLong") << Reply::lineTooLong() << 500 << u"5.5.2"_s;
    QTest::newRow("argumentError") << Reply::argumentError(u"x"_s) << 501 << u"5.5.4"_s;
    QTest::newRow("badAddressSyntax") << Reply::badAddressSyntax(u"x"_s) << 501 << u"5.1.3"_s;
    QTest::newRow("badSenderSyntax") << Reply::badSenderSyntax(u"x"_s) << 501 << u"5.1.7"_s;
    QTest::newRow("notImplemented") << Reply::notImplemented(u"EXPN"_s) << 502 << u"5.5.1"_s;
    QTest::newRow("badSequence") << Reply::badSequence(u"x"_s) << 503 << u"5.5.1"_s;
    QTest::newRow("unsupportedParameter") << Reply::unsupportedParameter(u"X"_s) << 555 << u"5.5.4"_s;
    QTest::newRow("authRequired") << Reply::authRequired() << 530 << u"5.7.0"_s;
    QTest::newRow("authInvalid") << Reply::authInvalid() << 535 << u"5.7.8"_s;
    QTest::newRow("encryptionRequired") << Reply::encryptionRequired() << 538 << u"5.7.11"_s;
    QTest::newRow("authCancelled") << Reply::authCancelled() << 501 << u"5.0.0"_s;
    QTest::newRow("authMechanismUnknown") << Reply::authMechanismUnknown(u"X"_s) << 504 << u"5.5.4"_s;
    QTest::newRow("mailboxUnknown") << Reply::mailboxUnknown(u"a@b"_s) << 550 << u"5.1.1"_s;
    QTest::newRow("mailboxDisabled") << Reply::mailboxDisabled(u"a@b"_s) << 550 << u"5.2.1"_s;
    QTest::newRow("relayDenied") << Reply::relayDenied(u"a@b"_s) << 554 << u"5.7.1"_s;
    QTest::newRow("clientRejected") << Reply::clientRejected() << 554 << u"5.7.1"_s;
    QTest::newRow("senderNotOwned") << Reply::senderNotOwned(u"a@b"_s) << 553 << u"5.7.1"_s;
    QTest::newRow("localSenderFromOutside") << Reply::localSenderFromOutside(u"a@b"_s) << 550 << u"5.7.1"_s;
    QTest::newRow("senderDomainUnknown") << Reply::senderDomainUnknown(u"d"_s) << 550 << u"5.1.8"_s;
    QTest::newRow("messageTooBig") << Reply::messageTooBig(1000) << 552 << u"5.3.4"_s;
    QTest::newRow("badMessageContent") << Reply::badMessageContent(u"x"_s) << 550 << u"5.6.0"_s;
    QTest::newRow("bareLineEnding") << Reply::bareLineEnding() << 521 << u"5.5.2"_s;
    QTest::newRow("pregreet") << Reply::pregreet() << 554 << u"5.5.1"_s;
    QTest::newRow("noValidRecipients") << Reply::noValidRecipients() << 554 << u"5.5.1"_s;
    QTest::newRow("eightBitNotDeclared") << Reply::eightBitNotDeclared() << 553 << u"5.6.7"_s;
    // the outbound client's own conditions
    QTest::newRow("noConnection") << Reply::noConnection(u"x"_s) << 421 << u"4.4.1"_s;
    QTest::newRow("connectionLost") << Reply::connectionLost(u"x"_s) << 421 << u"4.4.2"_s;
    QTest::newRow("remoteProtocolError") << Reply::remoteProtocolError(u"x"_s) << 421 << u"4.5.0"_s;
    QTest::newRow("tlsNotOffered") << Reply::tlsNotOffered(u"mx"_s) << 454 << u"4.7.4"_s;
    QTest::newRow("tlsFailed") << Reply::tlsFailed(u"x"_s) << 454 << u"4.7.5"_s;
    QTest::newRow("authNotPossible") << Reply::authNotPossible(u"x"_s) << 454 << u"4.7.0"_s;
    QTest::newRow("authRefusedByRemote, even a 5xx") << Reply::authRefusedByRemote(u"mx"_s, Reply::authInvalid()) << 454 << u"4.7.0"_s;
    QTest::newRow("tooBigForRemote") << Reply::tooBigForRemote(2000, 1000, u"mx"_s) << 552 << u"5.3.4"_s;
    QTest::newRow("smtputf8NotOffered") << Reply::smtputf8NotOffered(u"mx"_s) << 553 << u"5.6.7"_s;
}

void TestReply::namedReplies()
{
    QFETCH(Reply, reply);
    QFETCH(int, code);
    QFETCH(QString, status);
    QVERIFY2(reply.code == code, qPrintable(u"got code %1, want %2"_s.arg(reply.code).arg(code)));
    QVERIFY2(reply.status == status, qPrintable(u"got status '%1', want '%2'"_s.arg(reply.status, status)));
    // RFC 3463 2: the class digit of the enhanced code matches the reply code's.
    QVERIFY2(reply.status.at(0) == QString::number(code).at(0),
             qPrintable(u"got class %1 for a %2 reply, want %3"_s.arg(reply.status.at(0)).arg(code).arg(QString::number(code).at(0))));
    QCOMPARE(reply.lines.size(), 1);
    QVERIFY2(!reply.lines.first().isEmpty(), "got an empty text, want a sentence");
    QCOMPARE(reply.isPositive(), code < 400);
    QCOMPARE(reply.isTemporary(), code >= 400 && code < 500);
    QCOMPARE(reply.isError(), code >= 400);
    const QByteArray wire = reply.toWire();
    QVERIFY2(wire.startsWith(QByteArray::number(code) + ' ' + status.toLatin1() + ' '), wire.constData());
    QVERIFY(wire.endsWith("\r\n"));
    QCOMPARE(wire.count('\n'), 1);
}

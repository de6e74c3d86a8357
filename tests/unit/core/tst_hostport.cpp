#include <QTest>

#include "engine/core/hostport.h"
#include "tests/unit/core/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Core::HostPort;

void TestHostPort::listenAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("ipv4") << u"127.0.0.1:2525"_s << true << u"127.0.0.1:2525"_s;
    QTest::newRow("any ipv4") << u"0.0.0.0:25"_s << true << u"0.0.0.0:25"_s;
    QTest::newRow("port zero picks a free port") << u"127.0.0.1:0"_s << true << u"127.0.0.1:0"_s;
    QTest::newRow("ipv6 in brackets") << u"[::1]:25"_s << true << u"[::1]:25"_s;
    QTest::newRow("ipv6 long form normalized") << u"[0:0:0:0:0:0:0:1]:587"_s << true << u"[::1]:587"_s;
    QTest::newRow("ipv6 without brackets") << u"::1:25"_s << false << QString();
    QTest::newRow("ipv4 in brackets") << u"[127.0.0.1]:25"_s << false << QString();
    QTest::newRow("host name") << u"localhost:25"_s << false << QString();
    QTest::newRow("no port") << u"127.0.0.1"_s << false << QString();
    QTest::newRow("port too big") << u"127.0.0.1:65536"_s << false << QString();
    QTest::newRow("port not a number") << u"127.0.0.1:smtp"_s << false << QString();
    QTest::newRow("signed port") << u"127.0.0.1:+25"_s << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("ipv4 shorthand") << u"127.1:25"_s << false << QString();
    QTest::newRow("hex ipv4") << u"0x7f.0.0.1:25"_s << false << QString();
    QTest::newRow("ipv6 zone") << u"[fe80::1%eth0]:25"_s << false << QString();
}

void TestHostPort::listenAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    const auto result = HostPort::parseListenAddress(text);
    QVERIFY2(result.ok() == valid, qPrintable(u"got %1, want %2"_s.arg(result.ok() ? u"valid"_s : result.error().message,
                                                                         valid ? u"valid"_s : u"invalid"_s)));
    if (valid)
        QCOMPARE(result->toString(), normalized);
    else
        QVERIFY(result.error().message.contains(u"IP:PORT"_s));
}

void TestHostPort::server_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("name, default port") << u"smtp.example.net"_s << true << u"smtp.example.net"_s << 25;
    QTest::newRow("name with port") << u"smtp.example.net:587"_s << true << u"smtp.example.net"_s << 587;
    QTest::newRow("upper case and trailing dot") << u"SMTP.Example.NET.:465"_s << true << u"smtp.example.net"_s << 465;
    QTest::newRow("bracketed name skips MX") << u"[smtp.example.net]"_s << true << u"smtp.example.net"_s << 25;
    QTest::newRow("ipv4") << u"192.0.2.1:2525"_s << true << u"192.0.2.1"_s << 2525;
    QTest::newRow("ipv6") << u"[2001:db8::1]:25"_s << true << u"2001:db8::1"_s << 25;
    QTest::newRow("port zero") << u"smtp.example.net:0"_s << false << QString() << 0;
    QTest::newRow("bad name") << u"smtp_example.net"_s << false << QString() << 0;
    QTest::newRow("space") << u"smtp example.net"_s << false << QString() << 0;
    QTest::newRow("empty host") << u":25"_s << false << QString() << 0;
    QTest::newRow("incomplete ipv4") << u"192.168.1"_s << false << QString() << 0;
    QTest::newRow("name ending in a digit") << u"mx1.example.net"_s << true << u"mx1.example.net"_s << 25;
}

void TestHostPort::server()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto result = HostPort::parseServer(text, 25);
    QCOMPARE(result.ok(), valid);
    if (valid) {
        QCOMPARE(result->host, host);
        QCOMPARE(int(result->port), port);
    }
}

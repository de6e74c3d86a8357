#include <QFile>
#include <QTest>

#include "engine/dns/unboundcontext.h"
#include "tests/unit/dns/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Core::ErrorCode;
using Doorstep::Dns::UnboundContext;

void TestUnboundContext::forwarder_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QByteArray>("forwarder");
    QTest::newRow("ipv4 with port") << u"127.0.0.66:5353"_s << QByteArray("127.0.0.66@5353");
    QTest::newRow("ipv4 default port") << u"192.0.2.1"_s << QByteArray("192.0.2.1@53");
    QTest::newRow("ipv6 with port") << u"[::1]:53"_s << QByteArray("::1@53");
    QTest::newRow("ipv6 default port") << u"[2001:db8::53]"_s << QByteArray("2001:db8::53@53");
    QTest::newRow("ipv6 normalized") << u"[2001:0db8:0:0::53]:5353"_s << QByteArray("2001:db8::53@5353");
    QTest::newRow("host name") << u"dns.example.org"_s << QByteArray();
    QTest::newRow("ipv6 without brackets") << u"::1"_s << QByteArray();
    QTest::newRow("port zero") << u"127.0.0.1:0"_s << QByteArray();
    QTest::newRow("port too big") << u"127.0.0.1:65536"_s << QByteArray();
    QTest::newRow("ipv4 shorthand") << u"127.1"_s << QByteArray();
    QTest::newRow("unbound form is not ours") << u"127.0.0.1@53"_s << QByteArray();
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestUnboundContext::forwarder()
{
    QFETCH(QString, server);
    QFETCH(QByteArray, forwarder);
    const auto result = UnboundContext::forwarderFor(server);
    QVERIFY2(result.ok() == !forwarder.isEmpty(),
             qPrintable(u"got %1, want %2"_s.arg(result.ok() ? QString::fromLatin1(result.value()) : result.error().message,
                                                  forwarder.isEmpty() ? u"an error"_s : QString::fromLatin1(forwarder))));
    if (result.ok()) {
        QCOMPARE(result.value(), forwarder);
    } else {
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        QVERIFY(result.error().message.contains(u"'%1'"_s.arg(server)));
    }
}

void TestUnboundContext::createRefusesBadServers()
{
    const auto context = UnboundContext::create({u"127.0.0.1:53"_s, u"not a server"_s});
    QVERIFY(!context.ok());
    QCOMPARE(context.error().code, ErrorCode::InvalidArgument);
    QVERIFY(context.error().message.contains(u"'not a server'"_s));
}

void TestUnboundContext::createWithSystemServers()
{
    if (!QFile::exists(u"/etc/resolv.conf"_s))
        QSKIP("this system has no /etc/resolv.conf");
    // Reads /etc/resolv.conf and /etc/hosts; sends nothing.
    const auto context = UnboundContext::create({});
    QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().message));
    QCOMPARE(context.value()->pendingCount(), 0);
    QVERIFY(!context.value()->isBroken());
}

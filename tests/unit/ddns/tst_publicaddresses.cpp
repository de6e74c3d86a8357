#include <QTest>

#include "engine/ddns/publicaddress.h"
#include "engine/ddns/publicaddresses.h"
#include "tests/unit/ddns/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Ddns;

void TestPublicAddresses::whyNotPublic_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("reason"); // a word of the sentence; empty = public
    QTest::newRow("public v4") << u"93.184.216.34"_s << QString();
    QTest::newRow("documentation v4") << u"203.0.113.7"_s << QString();
    QTest::newRow("global v6") << u"2a00:1450:4001:80b::200e"_s << QString();
    QTest::newRow("documentation v6") << u"2001:db8::7"_s << QString();
    QTest::newRow("rfc1918 10") << u"10.1.2.3"_s << u"private"_s;
    QTest::newRow("rfc1918 172.16") << u"172.16.0.1"_s << u"private"_s;
    QTest::newRow("rfc1918 172.31") << u"172.31.255.255"_s << u"private"_s;
    QTest::newRow("172.32 is public") << u"172.32.0.1"_s << QString();
    QTest::newRow("rfc1918 192.168") << u"192.168.1.1"_s << u"private"_s;
    QTest::newRow("cgnat") << u"100.64.0.1"_s << u"carrier-grade"_s;
    QTest::newRow("cgnat end") << u"100.127.255.254"_s << u"carrier-grade"_s;
    QTest::newRow("100.128 is public") << u"100.128.0.1"_s << QString();
    QTest::newRow("loopback v4") << u"127.0.0.1"_s << u"loopback"_s;
    QTest::newRow("loopback v6") << u"::1"_s << u"loopback"_s;
    QTest::newRow("link-local v4") << u"169.254.1.1"_s << u"link-local"_s;
    QTest::newRow("link-local v6") << u"fe80::1"_s << u"link-local"_s;
    QTest::newRow("unique local v6") << u"fd00::1"_s << u"unique local"_s;
    QTest::newRow("multicast") << u"224.0.0.1"_s << u"multicast"_s;
    QTest::newRow("zero network") << u"0.1.2.3"_s << u"reserved"_s;
    QTest::newRow("class e") << u"240.0.0.1"_s << u"reserved"_s;
    QTest::newRow("v4-mapped") << u"::ffff:93.184.216.34"_s << u"global"_s;
    QTest::newRow("outside 2000::/3") << u"4000::1"_s << u"2000::/3"_s;
}

void TestPublicAddresses::whyNotPublic()
{
    QFETCH(QString, address);
    QFETCH(QString, reason);
    const QString why = Doorstep::Ddns::whyNotPublic(QHostAddress(address));
    if (reason.isEmpty())
        QVERIFY2(why.isNull(), qPrintable(u"%1: got '%2', want public"_s.arg(address, why)));
    else
        QVERIFY2(why.contains(reason), qPrintable(u"%1: got '%2', want a sentence with '%3'"_s.arg(address, why, reason)));
}

void TestPublicAddresses::loopbackInterfaceHasNoPublicAddress()
{
    const auto found = PublicAddress::fromInterface(u"lo"_s);
    QVERIFY2(!found, qPrintable(u"lo: got %1, want an error"_s.arg(found ? found->describe() : QString())));
    QVERIFY2(found.error().message.contains(u"'lo' has no public"_s), qPrintable(found.error().message));
}

void TestPublicAddresses::unknownInterface()
{
    const auto found = PublicAddress::fromInterface(u"nosuch0"_s);
    QVERIFY(!found);
    QCOMPARE(found.error().message, u"There is no network interface 'nosuch0' on this machine (ddns.ip_source)."_s);
}

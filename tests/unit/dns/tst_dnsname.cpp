#include <QTest>

#include "engine/dns/dnsname.h"
#include "engine/dns/resolver.h"
#include "tests/unit/dns/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Dns;

void TestDnsName::queryName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("host") << u"mail.example.org"_s << true << QByteArray("mail.example.org");
    QTest::newRow("trailing dot dropped") << u"example.org."_s << true << QByteArray("example.org");
    QTest::newRow("case kept") << u"Mail.Example.ORG"_s << true << QByteArray("Mail.Example.ORG");
    QTest::newRow("underscore labels") << u"_dmarc.example.org"_s << true << QByteArray("_dmarc.example.org");
    QTest::newRow("dnsbl digits") << u"2.0.0.127.zen.example"_s << true << QByteArray("2.0.0.127.zen.example");
    QTest::newRow("single label") << u"localhost"_s << true << QByteArray("localhost");
    QTest::newRow("unicode to ace") << u"bücher.example"_s << true << QByteArray("xn--bcher-kva.example");
    QTest::newRow("63 octet label") << QString(63, u'a') + u".test"_s << true << QByteArray(63, 'a') + ".test";
    QTest::newRow("64 octet label") << QString(64, u'a') + u".test"_s << false << QByteArray();
    const QString label63 = QString(63, u'a') + u'.';
    QTest::newRow("253 octets") << label63.repeated(3) + QString(61, u'b') << true
                                << (QByteArray(63, 'a') + '.').repeated(3) + QByteArray(61, 'b');
    QTest::newRow("254 octets") << label63.repeated(3) + QString(62, u'b') << false << QByteArray();
    QTest::newRow("empty") << QString() << false << QByteArray();
    QTest::newRow("root") << u"."_s << false << QByteArray();
    QTest::newRow("empty label") << u"a..example"_s << false << QByteArray();
    QTest::newRow("leading dot") << u".example"_s << false << QByteArray();
    QTest::newRow("space") << u"bad name.example"_s << false << QByteArray();
    QTest::newRow("backslash escape") << u"a\\046b.example"_s << false << QByteArray();
    QTest::newRow("at sign") << u"user@example.org"_s << false << QByteArray();
    QTest::newRow("line break") << u"example.org\n"_s << false << QByteArray();
}

void TestDnsName::queryName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(QByteArray, query);
    const auto result = Doorstep::Dns::queryName(name);
    QVERIFY2(result.ok() == valid,
             qPrintable(u"got %1, want %2"_s.arg(result.ok() ? QString::fromLatin1(result.value()) : result.error().message,
                                                  valid ? u"valid"_s : u"invalid"_s)));
    if (valid)
        QCOMPARE(result.value(), query);
    else
        QVERIFY(result.error().message.contains(u"is not a valid domain name"_s));
}

void TestDnsName::reverseName_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("name");
    QTest::newRow("ipv4") << u"192.0.2.25"_s << u"25.2.0.192.in-addr.arpa"_s;
    QTest::newRow("ipv4 zeros") << u"10.0.0.1"_s << u"1.0.0.10.in-addr.arpa"_s;
    QTest::newRow("ipv6") << u"2001:db8::25"_s << u"5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"_s;
    QTest::newRow("ipv6 loopback") << u"::1"_s << u"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa"_s;
    QTest::newRow("ipv4-mapped ipv6 is ipv4") << u"::ffff:192.0.2.25"_s << u"25.2.0.192.in-addr.arpa"_s;
    QTest::newRow("null") << QString() << QString();
}

void TestDnsName::reverseName()
{
    QFETCH(QString, address);
    QFETCH(QString, name);
    QCOMPARE(Doorstep::Dns::reverseName(QHostAddress(address)), name);
    // The test DNS server computes the same names on its own.
    if (!address.isEmpty() && !address.startsWith(u"::ffff:"_s))
        QCOMPARE(Doorstep::Tests::DnsServer::reverseName(address), name);
}

void TestDnsName::dnsblQueryName_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("name");
    QTest::newRow("rfc 5782 test entry") << u"127.0.0.2"_s << u"zen.example"_s << u"2.0.0.127.zen.example"_s;
    QTest::newRow("zone dots trimmed") << u"192.0.2.99"_s << u".bl.example."_s << u"99.2.0.192.bl.example"_s;
    QTest::newRow("mapped") << u"::ffff:127.0.0.2"_s << u"zen.example"_s << u"2.0.0.127.zen.example"_s;
    QTest::newRow("ipv6 nibbles") << u"2001:db8::1"_s << u"bl.example"_s
                                  << u"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.bl.example"_s;
    QTest::newRow("no zone") << u"127.0.0.2"_s << QString() << QString();
    QTest::newRow("no address") << QString() << u"zen.example"_s << QString();
}

void TestDnsName::dnsblQueryName()
{
    QFETCH(QString, address);
    QFETCH(QString, zone);
    QFETCH(QString, name);
    QCOMPARE(Doorstep::Dns::dnsblQueryName(QHostAddress(address), zone), name);
}

void TestDnsName::statusNames()
{
    QCOMPARE(statusName(Status::Ok), "ok"_L1);
    QCOMPARE(statusName(Status::NoData), "nodata"_L1);
    QCOMPARE(statusName(Status::NxDomain), "nxdomain"_L1);
    QCOMPARE(statusName(Status::TempFail), "tempfail"_L1);
}

#include <QTest>

#include "engine/dns/spfmacro.h"
#include "engine/dns/spfrecord.h"
#include "engine/dns/taglist.h"
#include "tests/unit/dns/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Dns;

void TestSpfRecord::recognises_data()
{
    QTest::addColumn<QByteArray>("txt");
    QTest::addColumn<bool>("isSpf");
    QTest::newRow("plain") << QByteArray("v=spf1 -all") << true;
    QTest::newRow("upper case") << QByteArray("V=SPF1 -all") << true;
    QTest::newRow("version alone") << QByteArray("v=spf1") << true;
    QTest::newRow("spf10") << QByteArray("v=spf10 -all") << false;
    QTest::newRow("leading space") << QByteArray(" v=spf1 -all") << false;
    QTest::newRow("dkim") << QByteArray("v=DKIM1; p=abc") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestSpfRecord::recognises()
{
    QFETCH(QByteArray, txt);
    QFETCH(bool, isSpf);
    QCOMPARE(SpfRecord::isSpfRecord(txt), isSpf);
}

void TestSpfRecord::parsesMechanisms()
{
    const auto record = SpfRecord::parse("v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a a:mail.example.org/28//64 "
                                         "~mx:example.net -include:_spf.example.com ?exists:%{i}.x.example ptr "
                                         "redirect=_spf.example.org exp=explain.example.org foo=bar -all");
    QVERIFY2(record.ok(), qPrintable(record ? QString() : record.error().message));
    QCOMPARE(record->mechanisms.size(), 9);
    const SpfMechanism &ip4 = record->mechanisms.at(0);
    QCOMPARE(ip4.kind, SpfMechanism::Kind::Ip4);
    QCOMPARE(ip4.network, QHostAddress(u"192.0.2.0"_s));
    QCOMPARE(ip4.cidr4, 24);
    QCOMPARE(record->mechanisms.at(1).kind, SpfMechanism::Kind::Ip6);
    QCOMPARE(record->mechanisms.at(1).cidr6, 32);
    QCOMPARE(record->mechanisms.at(2).domainSpec, QString());
    const SpfMechanism &a = record->mechanisms.at(3);
    QCOMPARE(a.domainSpec, u"mail.example.org"_s);
    QCOMPARE(a.cidr4, 28);
    QCOMPARE(a.cidr6, 64);
    QCOMPARE(record->mechanisms.at(4).qualifier, SpfQualifier::SoftFail);
    QCOMPARE(record->mechanisms.at(5).qualifier, SpfQualifier::Fail);
    QCOMPARE(record->mechanisms.at(5).kind, SpfMechanism::Kind::Include);
    QCOMPARE(record->mechanisms.at(6).qualifier, SpfQualifier::Neutral);
    QCOMPARE(record->mechanisms.at(6).domainSpec, u"%{i}.x.example"_s);
    QCOMPARE(record->mechanisms.at(7).kind, SpfMechanism::Kind::Ptr);
    QCOMPARE(record->mechanisms.at(8).text, u"-all"_s);
    QCOMPARE(record->redirect, std::optional<QString>(u"_spf.example.org"_s));
    QCOMPARE(record->explanation, std::optional<QString>(u"explain.example.org"_s));
}

void TestSpfRecord::refuses_data()
{
    QTest::addColumn<QByteArray>("txt");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown mechanism") << QByteArray("v=spf1 foo -all") << u"'foo'"_s;
    QTest::newRow("ip4 without address") << QByteArray("v=spf1 ip4 -all") << u"ip4"_s;
    QTest::newRow("ip4 not an address") << QByteArray("v=spf1 ip4:192.0.2 -all") << u"192.0.2"_s;
    QTest::newRow("ip4 given ipv6") << QByteArray("v=spf1 ip4:2001:db8::1") << u"IPv4"_s;
    QTest::newRow("ip4 prefix too long") << QByteArray("v=spf1 ip4:192.0.2.0/33") << u"0 to 32"_s;
    QTest::newRow("ip6 prefix too long") << QByteArray("v=spf1 ip6:2001:db8::/129") << u"0 to 128"_s;
    QTest::newRow("include without domain") << QByteArray("v=spf1 include -all") << u"needs a domain"_s;
    QTest::newRow("all with argument") << QByteArray("v=spf1 all:x") << u"no argument"_s;
    QTest::newRow("two redirects") << QByteArray("v=spf1 redirect=a.example redirect=b.example") << u"only once"_s;
    QTest::newRow("bad macro") << QByteArray("v=spf1 exists:%{x}.example") << u"%{x}"_s;
    QTest::newRow("lone percent") << QByteArray("v=spf1 a:50%.example") << u"'%%'"_s;
    QTest::newRow("not printable") << QByteArray("v=spf1 a:\xc3\xa9.example") << u"printable"_s;
}

void TestSpfRecord::refuses()
{
    QFETCH(QByteArray, txt);
    QFETCH(QString, mentions);
    const auto record = SpfRecord::parse(txt);
    QVERIFY(!record.ok());
    QVERIFY2(record.error().message.contains(mentions), qPrintable(record.error().message));
}

void TestSpfRecord::macros_data()
{
    // RFC 7208 7.4's examples.
    QTest::addColumn<QString>("macro");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("expanded");
    const QString v4 = u"192.0.2.3"_s;
    QTest::newRow("s") << u"%{s}"_s << v4 << u"strong-bad@email.example.com"_s;
    QTest::newRow("o") << u"%{o}"_s << v4 << u"email.example.com"_s;
    QTest::newRow("d") << u"%{d}"_s << v4 << u"email.example.com"_s;
    QTest::newRow("d4") << u"%{d4}"_s << v4 << u"email.example.com"_s;
    QTest::newRow("d3") << u"%{d3}"_s << v4 << u"email.example.com"_s;
    QTest::newRow("d2") << u"%{d2}"_s << v4 << u"example.com"_s;
    QTest::newRow("d1") << u"%{d1}"_s << v4 << u"com"_s;
    QTest::newRow("dr") << u"%{dr}"_s << v4 << u"com.example.email"_s;
    QTest::newRow("d2r") << u"%{d2r}"_s << v4 << u"example.email"_s;
    QTest::newRow("l") << u"%{l}"_s << v4 << u"strong-bad"_s;
    QTest::newRow("l-") << u"%{l-}"_s << v4 << u"strong.bad"_s;
    QTest::newRow("lr") << u"%{lr}"_s << v4 << u"strong-bad"_s;
    QTest::newRow("lr-") << u"%{lr-}"_s << v4 << u"bad.strong"_s;
    QTest::newRow("l1r-") << u"%{l1r-}"_s << v4 << u"strong"_s;
    QTest::newRow("ir v4") << u"%{ir}.%{v}._spf.%{d2}"_s << v4 << u"3.2.0.192.in-addr._spf.example.com"_s;
    QTest::newRow("lr- lp") << u"%{lr-}.lp._spf.%{d2}"_s << v4 << u"bad.strong.lp._spf.example.com"_s;
    QTest::newRow("ir v6") << u"%{ir}.%{v}._spf.%{d2}"_s << u"2001:db8::cb01"_s
                           << u"1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com"_s;
    QTest::newRow("escapes") << u"a%%b%_c%-d"_s << v4 << u"a%b c%20d"_s;
    QTest::newRow("url escape") << u"%{S}"_s << v4 << u"strong-bad%40email.example.com"_s;
}

void TestSpfRecord::macros()
{
    QFETCH(QString, macro);
    QFETCH(QString, ip);
    QFETCH(QString, expanded);
    const SpfMacroContext context{u"strong-bad@email.example.com"_s, u"email.example.com"_s, QHostAddress(ip), u"mx.example.org"_s};
    const auto result = expandSpfMacros(macro, context);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(*result, expanded);
}

void TestSpfRecord::macroErrors_data()
{
    QTest::addColumn<QString>("macro");
    QTest::newRow("unknown letter") << u"%{x}"_s;
    QTest::newRow("exp only letter") << u"%{c}"_s;
    QTest::newRow("unclosed") << u"%{d"_s;
    QTest::newRow("percent at end") << u"abc%"_s;
    QTest::newRow("bad escape") << u"%a"_s;
    QTest::newRow("zero digits") << u"%{d0}"_s;
    QTest::newRow("bad delimiter") << u"%{d*}"_s;
}

void TestSpfRecord::macroErrors()
{
    QFETCH(QString, macro);
    QVERIFY(!checkSpfMacroString(macro).ok());
    QVERIFY(!expandSpfMacros(macro, {}).ok());
}

void TestSpfRecord::longExpansionLosesLeftLabels()
{
    const SpfMacroContext context{QString(200, u'a') + u"@example.org"_s, u"example.org"_s, QHostAddress(u"192.0.2.3"_s), {}};
    const auto result = expandSpfMacros(u"%{l}.%{l}.example.org"_s, context);
    QVERIFY(result.ok());
    QVERIFY(result->size() <= 253);
    QVERIFY(result->endsWith(u".example.org"_s));
}

void TestSpfRecord::tagLists()
{
    const auto tags = TagList::parse("v=DKIM1; k=rsa;\t p=MIIB AQAB ;");
    QVERIFY(tags.ok());
    QCOMPARE(tags->tags.size(), 3);
    QCOMPARE(tags->value(u"p"_s), u"MIIB AQAB"_s);
    QVERIFY(!tags->contains(u"t"_s));
    QVERIFY(!TagList::parse("v=DMARC1; p=none; p=reject").ok());
    QVERIFY(!TagList::parse("v=DMARC1; policy").ok());
    QVERIFY(!TagList::parse("v=DMARC1;; p=none").ok());
    QVERIFY(!TagList::parse("1v=x").ok());
}

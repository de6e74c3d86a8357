#include <QTest>

#include "engine/policy/recipientresolver.h"
#include "tests/unit/policy/policyfixture.h"
#include "tests/unit/policy/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Policy::RecipientResolver;
using Doorstep::Policy::RelayRule;
using Doorstep::Tests::PolicyFixture;

Q_DECLARE_METATYPE(Doorstep::Policy::RelayRule::Kind)

void TestDirectory::contents()
{
    PolicyFixture f;
    QVERIFY(Doorstep::Tests::fillStandard(f, RecipientResolver::kMaxDepth));
    QVERIFY(f.load());
    const auto &d = f.directory();
    QCOMPARE(d.domains(), (QStringList{u"example.net"_s, u"example.org"_s}));
    QVERIFY(d.isLocalDomain(u"example.org"_s));
    QVERIFY(!d.isLocalDomain(u"remote.example"_s));
    QVERIFY(d.user(u"alice@example.org"_s) && d.user(u"alice@example.org"_s)->enabled);
    QVERIFY2(d.user(u"dave@example.org"_s) && !d.user(u"dave@example.org"_s)->enabled, "got dave enabled or missing, want him disabled");
    QVERIFY(!d.user(u"info@example.org"_s));
    QCOMPARE(d.firstUser(u"example.org"_s), u"alice@example.org"_s);
    QCOMPARE(d.firstUser(u"example.net"_s), u"erin@example.net"_s);
    QCOMPARE(d.firstUser(u"remote.example"_s), QString());
    QVERIFY(d.alias(u"sales@example.org"_s));
    QCOMPARE(*d.alias(u"sales@example.org"_s), (QStringList{u"bob@example.org"_s, u"carol@example.org"_s}));
    QCOMPARE(*d.alias(u"@example.net"_s), QStringList{u"carol@example.org"_s});
    QVERIFY(!d.alias(u"alice@example.org"_s));
    QCOMPARE(d.outboundName(u"bob"_s), u"bobby@isp.example"_s);
    QCOMPARE(d.outboundName(u"alice@example.org"_s), u"alice@mail.example"_s);
    QCOMPARE(d.outboundName(u"carol"_s), QString());
    QVERIFY(!d.hasNameRules());
}

void TestDirectory::relayRules_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<RelayRule::Kind>("kind");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<QString>("name");

    QTest::newRow("IPv4 address") << u"192.0.2.7"_s << RelayRule::Kind::Address << u"192.0.2.7"_s << -1 << QString();
    QTest::newRow("IPv6 address") << u"2001:DB8::7"_s << RelayRule::Kind::Address << u"2001:db8::7"_s << -1 << QString();
    QTest::newRow("IPv4 network") << u"192.0.2.0/24"_s << RelayRule::Kind::Network << u"192.0.2.0"_s << 24 << QString();
    QTest::newRow("IPv6 network") << u"2001:db8::/32"_s << RelayRule::Kind::Network << u"2001:db8::"_s << 32 << QString();
    QTest::newRow("host name") << u"Mail.Partner.Example"_s << RelayRule::Kind::Host << QString() << -1 << u"mail.partner.example"_s;
    QTest::newRow("domain pattern") << u"*.lan.example"_s << RelayRule::Kind::Domain << QString() << -1 << u"lan.example"_s;
    QTest::newRow("domain pattern with a leading dot") << u".home.example"_s << RelayRule::Kind::Domain << QString() << -1 << u"home.example"_s;
}

void TestDirectory::relayRules()
{
    QFETCH(QString, pattern);
    QFETCH(RelayRule::Kind, kind);
    QFETCH(QString, address);
    QFETCH(int, prefix);
    QFETCH(QString, name);
    PolicyFixture f;
    QVERIFY(f.relay(pattern, u"RELAY"_s));
    QVERIFY(f.load());
    const auto &rules = f.directory().relayRules();
    QCOMPARE(rules.size(), 1);
    const RelayRule &rule = rules.first();
    QVERIFY2(rule.kind == kind, qPrintable(u"got kind %1, want %2"_s.arg(int(rule.kind)).arg(int(kind))));
    QCOMPARE(rule.action, u"RELAY"_s);
    if (!address.isEmpty())
        QVERIFY2(rule.address == QHostAddress(address), qPrintable(u"got %1, want %2"_s.arg(rule.address.toString(), address)));
    QCOMPARE(rule.prefixLength, prefix);
    QCOMPARE(rule.name, name);
    QCOMPARE(f.directory().hasNameRules(), kind == RelayRule::Kind::Host || kind == RelayRule::Kind::Domain);
}

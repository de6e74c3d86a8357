#include <optional>

#include <QTest>

#include "engine/dns/spfevaluator.h"
#include "engine/dns/unboundresolver.h"
#include "tests/support/dnsserver.h"
#include "tests/unit/dns/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Dns;
using Doorstep::Tests::DnsServer;

namespace {

std::optional<SpfVerdict> evaluate(SpfEvaluator &evaluator, const QString &ip, const QString &domain)
{
    std::optional<SpfVerdict> verdict;
    evaluator.check(QHostAddress(ip), domain, u"someone@"_s + domain, u"client.test"_s,
                    [&verdict](const SpfVerdict &received) { verdict = received; });
    if (!QTest::qWaitFor([&verdict] { return verdict.has_value(); }, 15000))
        return std::nullopt;
    return verdict;
}

} // namespace

void TestSpfEvaluator::initTestCase()
{
    m_server = std::make_unique<DnsServer>();
    DnsServer &dns = *m_server;
    dns.addTxt(u"pass.test"_s, {u"v=spf1 ip4:192.0.2.0/24 -all"_s});
    dns.addTxt(u"pass.test"_s, {u"google-site-verification=abc"_s}); // other TXT records do not count
    dns.addTxt(u"soft.test"_s, {u"v=spf1 ~all"_s});
    dns.addAddress(u"none.test"_s, u"192.0.2.1"_s);
    dns.addTxt(u"two.test"_s, {u"v=spf1 -all"_s});
    dns.addTxt(u"two.test"_s, {u"v=spf1 +all"_s});
    dns.addTxt(u"bad.test"_s, {u"v=spf1 foo:bar -all"_s});
    dns.addTxt(u"a.test"_s, {u"v=spf1 a a:net.a.test/24 -all"_s});
    dns.addAddress(u"a.test"_s, u"192.0.2.10"_s);
    dns.addAddress(u"net.a.test"_s, u"198.51.100.1"_s);
    dns.addTxt(u"mx.test"_s, {u"v=spf1 mx -all"_s});
    dns.addMx(u"mx.test"_s, u"mail.mx.test"_s, 10);
    dns.addAddress(u"mail.mx.test"_s, u"192.0.2.20"_s);
    dns.addTxt(u"inc.test"_s, {u"v=spf1 include:pass.test -all"_s});
    dns.addTxt(u"incnone.test"_s, {u"v=spf1 include:none.test -all"_s});
    dns.addTxt(u"redir.test"_s, {u"v=spf1 ip4:203.0.113.5 redirect=pass.test"_s});
    dns.addTxt(u"loop.test"_s, {u"v=spf1 include:loop.test -all"_s});
    dns.addTxt(u"exists.test"_s, {u"v=spf1 exists:%{i}.allow.test -all"_s});
    dns.addAddress(u"192.0.2.30.allow.test"_s, u"127.0.0.2"_s);
    dns.addTxt(u"ip6.test"_s, {u"v=spf1 ip6:2001:db8::/32 -all"_s});
    dns.addTxt(u"void.test"_s, {u"v=spf1 a:no1.test a:no2.test a:no3.test -all"_s});
    dns.addTxt(u"neutral.test"_s, {u"v=spf1 ip4:10.0.0.1"_s});
    dns.addTxt(u"split.test"_s, {u"v=spf1 ip4:192.0.2.0/24 "_s, u"ip4:198.51.100.0/24 -all"_s});
    dns.addTxt(u"ptr.test"_s, {u"v=spf1 ptr -all"_s});
    dns.addAddress(u"host.ptr.test"_s, u"192.0.2.40"_s); // with its PTR record
    QVERIFY2(dns.start(), qPrintable(dns.error()));
    auto resolver = UnboundResolver::create({dns.serverSpec()}, 5);
    QVERIFY2(resolver.ok(), qPrintable(resolver ? QString() : resolver.error().message));
    m_resolver = std::move(resolver).value();
}

void TestSpfEvaluator::cleanupTestCase()
{
    m_resolver.reset();
    m_server.reset();
}

void TestSpfEvaluator::results_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("result");
    QTest::newRow("ip4 pass") << u"pass.test"_s << u"192.0.2.7"_s << u"pass"_s;
    QTest::newRow("ip4 fail") << u"pass.test"_s << u"198.51.100.7"_s << u"fail"_s;
    QTest::newRow("ipv4-mapped is ipv4") << u"pass.test"_s << u"::ffff:192.0.2.7"_s << u"pass"_s;
    QTest::newRow("softfail") << u"soft.test"_s << u"192.0.2.7"_s << u"softfail"_s;
    QTest::newRow("no record") << u"none.test"_s << u"192.0.2.7"_s << u"none"_s;
    QTest::newRow("no domain") << u"nothere.test"_s << u"192.0.2.7"_s << u"none"_s;
    QTest::newRow("two records") << u"two.test"_s << u"192.0.2.7"_s << u"permerror"_s;
    QTest::newRow("syntax error") << u"bad.test"_s << u"192.0.2.7"_s << u"permerror"_s;
    QTest::newRow("a own") << u"a.test"_s << u"192.0.2.10"_s << u"pass"_s;
    QTest::newRow("a other with cidr") << u"a.test"_s << u"198.51.100.77"_s << u"pass"_s;
    QTest::newRow("a miss") << u"a.test"_s << u"192.0.2.11"_s << u"fail"_s;
    QTest::newRow("mx pass") << u"mx.test"_s << u"192.0.2.20"_s << u"pass"_s;
    QTest::newRow("mx fail") << u"mx.test"_s << u"192.0.2.21"_s << u"fail"_s;
    QTest::newRow("include pass") << u"inc.test"_s << u"192.0.2.9"_s << u"pass"_s;
    QTest::newRow("include no match") << u"inc.test"_s << u"203.0.113.9"_s << u"fail"_s;
    QTest::newRow("include of none") << u"incnone.test"_s << u"192.0.2.9"_s << u"permerror"_s;
    QTest::newRow("redirect pass") << u"redir.test"_s << u"192.0.2.9"_s << u"pass"_s;
    QTest::newRow("own before redirect") << u"redir.test"_s << u"203.0.113.5"_s << u"pass"_s;
    QTest::newRow("redirect fail") << u"redir.test"_s << u"203.0.113.6"_s << u"fail"_s;
    QTest::newRow("include loop") << u"loop.test"_s << u"192.0.2.9"_s << u"permerror"_s;
    QTest::newRow("exists macro") << u"exists.test"_s << u"192.0.2.30"_s << u"pass"_s;
    QTest::newRow("exists macro miss") << u"exists.test"_s << u"192.0.2.31"_s << u"fail"_s;
    QTest::newRow("ip6 pass") << u"ip6.test"_s << u"2001:db8::25"_s << u"pass"_s;
    QTest::newRow("ip6 against ipv4") << u"ip6.test"_s << u"192.0.2.25"_s << u"fail"_s;
    QTest::newRow("void lookups") << u"void.test"_s << u"192.0.2.25"_s << u"permerror"_s;
    QTest::newRow("neutral default") << u"neutral.test"_s << u"192.0.2.25"_s << u"neutral"_s;
    QTest::newRow("split strings") << u"split.test"_s << u"198.51.100.3"_s << u"pass"_s;
    QTest::newRow("ptr pass") << u"ptr.test"_s << u"192.0.2.40"_s << u"pass"_s;
    QTest::newRow("ptr miss") << u"ptr.test"_s << u"192.0.2.41"_s << u"fail"_s;
}

void TestSpfEvaluator::results()
{
    QFETCH(QString, domain);
    QFETCH(QString, ip);
    QFETCH(QString, result);
    SpfEvaluator evaluator(*m_resolver);
    const std::optional<SpfVerdict> verdict = evaluate(evaluator, ip, domain);
    QVERIFY2(verdict.has_value(), "no verdict within 15 s");
    QVERIFY2(!verdict->reason.isEmpty(), "every verdict says why");
    QVERIFY2(spfResultName(verdict->result) == result,
             qPrintable(u"%1 for %2 from %3: %4"_s.arg(spfResultName(verdict->result), domain, ip, verdict->reason)));
}

void TestSpfEvaluator::reasonsNameTheTerm()
{
    SpfEvaluator evaluator(*m_resolver);
    const auto matched = evaluate(evaluator, u"198.51.100.7"_s, u"pass.test"_s);
    QVERIFY(matched.has_value());
    QVERIFY2(matched->reason.contains(u"'-all'"_s) && matched->reason.contains(u"pass.test"_s), qPrintable(matched->reason));
    const auto loop = evaluate(evaluator, u"192.0.2.9"_s, u"loop.test"_s);
    QVERIFY(loop.has_value());
    QVERIFY2(loop->reason.contains(u"10 DNS lookups"_s), qPrintable(loop->reason));
}

void TestSpfEvaluator::tempErrorWhenServerSilent()
{
    DnsServer silent;
    QVERIFY2(silent.startSilent(), qPrintable(silent.error()));
    auto resolver = UnboundResolver::create({silent.serverSpec()}, 1);
    QVERIFY(resolver.ok());
    SpfEvaluator evaluator(**resolver);
    const auto verdict = evaluate(evaluator, u"192.0.2.7"_s, u"pass.test"_s);
    QVERIFY(verdict.has_value());
    QCOMPARE(verdict->result, SpfResult::TempError);
}

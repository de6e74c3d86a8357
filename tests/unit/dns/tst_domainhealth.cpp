#include <optional>

#include <QTest>

#include "engine/dns/domainhealth.h"
#include "engine/dns/unboundresolver.h"
#include "tests/support/dnsserver.h"
#include "tests/unit/dns/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Dns;
using Doorstep::Tests::DnsServer;

namespace {

const QString kKey = u"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtest"_s;

QList<HealthCheckResult> runCheck(Resolver &resolver, const DomainHealthInput &input)
{
    DomainHealthCheck check(resolver);
    std::optional<QList<HealthCheckResult>> results;
    check.run(input, [&results](const QList<HealthCheckResult> &received) { results = received; });
    if (!QTest::qWaitFor([&results] { return results.has_value(); }, 20000))
        return {};
    return *results;
}

const HealthCheckResult *find(const QList<HealthCheckResult> &results, const QString &check)
{
    for (const HealthCheckResult &result : results) {
        if (result.check == check)
            return &result;
    }
    return nullptr;
}

QString describe(const QList<HealthCheckResult> &results)
{
    QStringList lines;
    for (const HealthCheckResult &result : results)
        lines.append(u"%1 %2: %3 [%4]"_s.arg(result.check, healthStateName(result.state), result.sentence, result.record));
    return lines.join(u'\n');
}

DomainHealthInput input(const QString &domain, const QString &address)
{
    DomainHealthInput in;
    in.domain = domain;
    in.hostname = u"mail."_s + domain;
    if (!address.isEmpty())
        in.publicAddresses = {QHostAddress(address)};
    in.dkimRecords = {{u"doorstep._domainkey."_s + domain, u"v=DKIM1; k=rsa; p="_s + kKey}};
    in.blocklists = {u"clean.bl.test"_s, u"dirty.bl.test"_s, u"refusing.bl.test"_s};
    return in;
}

} // namespace

void TestDomainHealth::initTestCase()
{
    m_server = std::make_unique<DnsServer>();
    DnsServer &dns = *m_server;
    // good.test: everything right for 192.0.2.7.
    dns.addMx(u"good.test"_s, u"mail.good.test"_s, 10);
    dns.addAddress(u"mail.good.test"_s, u"192.0.2.7"_s); // and its PTR
    dns.addTxt(u"good.test"_s, {u"v=spf1 a:mail.good.test -all"_s});
    // Split the key as a zone file would: the strings are joined again.
    dns.addTxt(u"doorstep._domainkey.good.test"_s, {u"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A"_s, u"MIIBCgKCAQEAtest"_s});
    dns.addTxt(u"_dmarc.good.test"_s, {u"v=DMARC1; p=reject; rua=mailto:dmarc@good.test"_s});
    dns.addAddress(u"7.2.0.192.dirty.bl.test"_s, u"127.0.0.2"_s);
    dns.addAddress(u"7.2.0.192.refusing.bl.test"_s, u"127.255.255.254"_s);
    // wrong.test: everything there, all of it wrong for 192.0.2.8.
    dns.addMx(u"wrong.test"_s, u"mx.elsewhere.test"_s, 10);
    dns.addAddress(u"mail.wrong.test"_s, u"192.0.2.99"_s);
    dns.addAddress(u"dyn-8.isp.test"_s, u"192.0.2.8"_s); // a generic reverse name that points back
    dns.addTxt(u"wrong.test"_s, {u"v=spf1 ip4:198.51.100.0/24 -all"_s});
    dns.addTxt(u"doorstep._domainkey.wrong.test"_s, {u"v=DKIM1; k=rsa; p=MIIBIjANotTheSameKey"_s});
    dns.addTxt(u"_dmarc.wrong.test"_s, {u"v=DMARC1; p=bogus"_s});
    // missing.test exists (an address) but has none of the records.
    dns.addAddress(u"missing.test"_s, u"198.51.100.50"_s);
    QVERIFY2(dns.start(), qPrintable(dns.error()));
    auto resolver = UnboundResolver::create({dns.serverSpec()}, 5);
    QVERIFY(resolver.ok());
    m_resolver = std::move(resolver).value();
}

void TestDomainHealth::cleanupTestCase()
{
    m_resolver.reset();
    m_server.reset();
}

void TestDomainHealth::allGood()
{
    DomainHealthInput in = input(u"good.test"_s, u"192.0.2.7"_s);
    in.blocklists = {u"clean.bl.test"_s};
    const QList<HealthCheckResult> results = runCheck(*m_resolver, in);
    QCOMPARE(results.size(), 7);
    const QStringList order{u"mx"_s, u"address"_s, u"ptr"_s, u"spf"_s, u"dkim"_s, u"dmarc"_s, u"blocklist:clean.bl.test"_s};
    for (qsizetype i = 0; i < order.size(); ++i)
        QCOMPARE(results.at(i).check, order.at(i));
    for (const HealthCheckResult &result : results) {
        QVERIFY2(result.state == HealthState::Ok, qPrintable(describe(results)));
        QVERIFY(result.record.isEmpty());
    }
    QCOMPARE(worstState(results), HealthState::Ok);
}

void TestDomainHealth::everythingWrong()
{
    const QList<HealthCheckResult> results = runCheck(*m_resolver, input(u"wrong.test"_s, u"192.0.2.8"_s));
    const QString all = describe(results);
    QCOMPARE(find(results, u"mx"_s)->state, HealthState::Fail);
    QVERIFY2(find(results, u"mx"_s)->sentence.contains(u"mx.elsewhere.test"_s), qPrintable(all));
    QCOMPARE(find(results, u"mx"_s)->record, u"wrong.test MX 10 mail.wrong.test"_s);
    QCOMPARE(find(results, u"address"_s)->state, HealthState::Fail);
    QVERIFY2(find(results, u"address"_s)->sentence.contains(u"192.0.2.99"_s), qPrintable(all));
    QCOMPARE(find(results, u"address"_s)->record, u"mail.wrong.test A 192.0.2.8"_s);
    // A generic reverse name that points back is a warning, not a failure.
    QCOMPARE(find(results, u"ptr"_s)->state, HealthState::Warn);
    QVERIFY2(find(results, u"ptr"_s)->sentence.contains(u"dyn-8.isp.test"_s), qPrintable(all));
    QCOMPARE(find(results, u"ptr"_s)->record, u"8.2.0.192.in-addr.arpa PTR mail.wrong.test"_s);
    const HealthCheckResult *spf = find(results, u"spf"_s);
    QCOMPARE(spf->state, HealthState::Fail);
    QVERIFY2(spf->sentence.contains(u"192.0.2.8 is not in the SPF record"_s), qPrintable(all));
    QCOMPARE(spf->record, u"wrong.test TXT \"v=spf1 a:mail.wrong.test ip4:198.51.100.0/24 -all\""_s);
    QCOMPARE(find(results, u"dkim"_s)->state, HealthState::Fail);
    QVERIFY2(find(results, u"dkim"_s)->sentence.contains(u"another key"_s), qPrintable(all));
    QVERIFY(find(results, u"dkim"_s)->record.endsWith(kKey + u"\""_s));
    QCOMPARE(find(results, u"dmarc"_s)->state, HealthState::Fail);
    // The test lists hold 192.0.2.7 only.
    QCOMPARE(find(results, u"blocklist:dirty.bl.test"_s)->state, HealthState::Ok);
}

void TestDomainHealth::everythingMissing()
{
    const QList<HealthCheckResult> results = runCheck(*m_resolver, input(u"missing.test"_s, u"192.0.2.9"_s));
    const QString all = describe(results);
    for (const QString &check : {u"mx"_s, u"address"_s, u"ptr"_s, u"spf"_s, u"dkim"_s})
        QVERIFY2(find(results, check)->state == HealthState::Fail, qPrintable(check + u":\n"_s + all));
    QCOMPARE(find(results, u"dmarc"_s)->state, HealthState::Warn);
    QCOMPARE(find(results, u"spf"_s)->record, u"missing.test TXT \"v=spf1 a:mail.missing.test mx -all\""_s);
    QCOMPARE(find(results, u"dmarc"_s)->record, u"_dmarc.missing.test TXT \"v=DMARC1; p=none; rua=mailto:postmaster@missing.test\""_s);
    QCOMPARE(find(results, u"address"_s)->record, u"mail.missing.test A 192.0.2.9"_s);
    QVERIFY(find(results, u"dkim"_s)->record.startsWith(u"doorstep._domainkey.missing.test TXT \"v=DKIM1; k=rsa; p="_s));
}

void TestDomainHealth::blocklists()
{
    const QList<HealthCheckResult> results = runCheck(*m_resolver, input(u"good.test"_s, u"192.0.2.7"_s));
    const QString all = describe(results);
    QCOMPARE(find(results, u"blocklist:clean.bl.test"_s)->state, HealthState::Ok);
    const HealthCheckResult *dirty = find(results, u"blocklist:dirty.bl.test"_s);
    QCOMPARE(dirty->state, HealthState::Fail);
    QVERIFY2(dirty->sentence.contains(u"127.0.0.2"_s), qPrintable(all));
    const HealthCheckResult *refusing = find(results, u"blocklist:refusing.bl.test"_s);
    QCOMPARE(refusing->state, HealthState::Warn);
    QVERIFY2(refusing->sentence.contains(u"unknown"_s), qPrintable(all));
}

void TestDomainHealth::unknownAddressWarns()
{
    DomainHealthInput in = input(u"good.test"_s, QString());
    in.dkimRecords.clear();
    const QList<HealthCheckResult> results = runCheck(*m_resolver, in);
    const QString all = describe(results);
    QCOMPARE(find(results, u"mx"_s)->state, HealthState::Ok);
    for (const QString &check : {u"address"_s, u"ptr"_s, u"spf"_s, u"dkim"_s, u"blocklist:dirty.bl.test"_s})
        QVERIFY2(find(results, check)->state == HealthState::Warn, qPrintable(check + u":\n"_s + all));
}

void TestDomainHealth::dnsFailureIsWarnNotFail()
{
    DnsServer silent;
    QVERIFY2(silent.startSilent(), qPrintable(silent.error()));
    auto resolver = UnboundResolver::create({silent.serverSpec()}, 1);
    QVERIFY(resolver.ok());
    const QList<HealthCheckResult> results = runCheck(**resolver, input(u"good.test"_s, u"192.0.2.7"_s));
    QVERIFY(!results.isEmpty());
    for (const HealthCheckResult &result : results)
        QVERIFY2(result.state == HealthState::Warn, qPrintable(describe(results)));
}

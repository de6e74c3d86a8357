#include <optional>

#include <QSet>
#include <QTest>

#include "engine/delivery/remote/hopresolver.h"
#include "engine/dns/unboundresolver.h"
#include "tests/support/dnsserver.h"
#include "tests/unit/delivery/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Delivery::HopAddresses;
using Delivery::HopResolver;
using Tests::DnsServer;

namespace {

constexpr int kTimeoutMs = 10000;

Delivery::Hop mxHop(const QString &domain)
{
    Delivery::Hop hop;
    hop.nextHop.host = domain;
    hop.nextHop.port = 2525;
    hop.nextHop.lookupMx = true;
    return hop;
}

std::optional<HopAddresses> resolve(Dns::Resolver &resolver, const Delivery::Hop &hop)
{
    std::optional<HopAddresses> found;
    QObject context;
    HopResolver::resolve(resolver, hop, &context, [&](HopAddresses a) { found = std::move(a); });
    if (!QTest::qWaitFor([&] { return found.has_value(); }, kTimeoutMs))
        return std::nullopt;
    return found;
}

QStringList addressesOf(const HopAddresses &found)
{
    QStringList list;
    for (const auto &c : found.candidates)
        list << u"%1=%2:%3"_s.arg(c.hostName, c.address.toString()).arg(c.port);
    return list;
}

} // namespace

TestHopResolver::TestHopResolver() = default;
TestHopResolver::~TestHopResolver() = default;

void TestHopResolver::initTestCase()
{
    m_dns = std::make_unique<DnsServer>();
    DnsServer &d = *m_dns;
    // Preference order: mx1 (10), then mx2a/mx2b (20, shuffled), then mx3 (30).
    d.addMx(u"ordered.test"_s, u"mx3.ordered.test"_s, 30);
    d.addMx(u"ordered.test"_s, u"mx1.ordered.test"_s, 10);
    d.addMx(u"ordered.test"_s, u"mx2a.ordered.test"_s, 20);
    d.addMx(u"ordered.test"_s, u"mx2b.ordered.test"_s, 20);
    d.addAddress(u"mx1.ordered.test"_s, u"127.0.0.11"_s);
    d.addAddress(u"mx2a.ordered.test"_s, u"127.0.0.21"_s);
    d.addAddress(u"mx2b.ordered.test"_s, u"127.0.0.22"_s);
    d.addAddress(u"mx3.ordered.test"_s, u"127.0.0.31"_s);
    d.addAddress(u"mx3.ordered.test"_s, u"::1"_s);
    d.addAddress(u"implicit.test"_s, u"127.0.0.40"_s); // no MX: the domain itself
    d.addNullMx(u"nullmx.test"_s);
    d.addMx(u"deadmx.test"_s, u"nowhere.deadmx.test"_s, 10); // its MX has no address
    d.addAddress(u"relay.test"_s, u"127.0.0.50"_s);
    d.addMx(u"relay.test"_s, u"elsewhere.test"_s, 10); // ignored for "[relay.test]"
    d.addAddress(u"elsewhere.test"_s, u"127.0.0.51"_s);
    QVERIFY2(d.start(), qPrintable(d.error()));
    auto resolver = Dns::UnboundResolver::create({d.serverSpec()}, 3);
    QVERIFY2(resolver.ok(), qPrintable(resolver.ok() ? QString() : resolver.error().message));
    m_resolver = std::move(resolver).value();
}

void TestHopResolver::cleanupTestCase()
{
    m_resolver.reset();
    m_dns.reset();
}

void TestHopResolver::mxInPreferenceOrder()
{
    QSet<QString> middleOrders;
    for (int i = 0; i < 24; ++i) {
        const auto found = resolve(*m_resolver, mxHop(u"ordered.test"_s));
        QVERIFY(found);
        QVERIFY2(found->status == HopAddresses::Status::Ok, qPrintable(found->error));
        const QStringList list = addressesOf(*found);
        QCOMPARE(list.size(), 5);
        QCOMPARE(list[0], u"mx1.ordered.test=127.0.0.11:2525"_s);
        QCOMPARE(QSet<QString>({list[1], list[2]}), QSet<QString>({u"mx2a.ordered.test=127.0.0.21:2525"_s, u"mx2b.ordered.test=127.0.0.22:2525"_s}));
        QCOMPARE(list[3], u"mx3.ordered.test=127.0.0.31:2525"_s); // IPv4 before IPv6
        QCOMPARE(list[4], u"mx3.ordered.test=::1:2525"_s);
        middleOrders.insert(list[1]);
    }
    QVERIFY2(middleOrders.size() == 2, "equal preferences are shuffled (RFC 5321 5.1): 24 tries always gave the same order");
}

void TestHopResolver::implicitMx()
{
    const auto found = resolve(*m_resolver, mxHop(u"implicit.test"_s));
    QVERIFY(found);
    QVERIFY2(found->status == HopAddresses::Status::Ok, qPrintable(found->error));
    QCOMPARE(addressesOf(*found), QStringList{u"implicit.test=127.0.0.40:2525"_s});
}

void TestHopResolver::failures_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("enhanced");
    QTest::newRow("null MX") << u"nullmx.test"_s << int(HopAddresses::Status::PermFail) << u"5.1.10"_s;
    QTest::newRow("no such domain") << u"missing.test"_s << int(HopAddresses::Status::PermFail) << u"5.1.2"_s;
    QTest::newRow("MX without address") << u"deadmx.test"_s << int(HopAddresses::Status::PermFail) << u"5.4.4"_s;
    QTest::newRow("DNS refuses (outside its zones)") << u"unknown.example"_s << int(HopAddresses::Status::TempFail) << u"4.4.3"_s;
}

void TestHopResolver::failures()
{
    QFETCH(QString, domain);
    QFETCH(int, status);
    QFETCH(QString, enhanced);
    const auto found = resolve(*m_resolver, mxHop(domain));
    QVERIFY(found);
    QCOMPARE(int(found->status), status);
    QCOMPARE(found->enhancedStatus, enhanced);
    QVERIFY(!found->error.isEmpty());
    QVERIFY(found->candidates.isEmpty());
}

void TestHopResolver::bracketedHostSkipsMx()
{
    Delivery::Hop hop;
    hop.nextHop.host = u"relay.test"_s;
    hop.nextHop.port = 587;
    hop.nextHop.lookupMx = false;
    const auto found = resolve(*m_resolver, hop);
    QVERIFY(found);
    QCOMPARE(addressesOf(*found), QStringList{u"relay.test=127.0.0.50:587"_s});
    hop.nextHop.lookupMx = true; // the same name without brackets: its MX
    const auto viaMx = resolve(*m_resolver, hop);
    QVERIFY(viaMx);
    QCOMPARE(addressesOf(*viaMx), QStringList{u"elsewhere.test=127.0.0.51:587"_s});
}

void TestHopResolver::literalAddress()
{
    Delivery::Hop hop;
    hop.nextHop.host = u"127.0.0.77"_s;
    hop.nextHop.port = 26;
    const auto found = resolve(*m_resolver, hop);
    QVERIFY(found);
    QCOMPARE(addressesOf(*found), QStringList{u"=127.0.0.77:26"_s});
}

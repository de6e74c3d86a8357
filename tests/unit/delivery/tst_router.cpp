#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/core/nexthop.h"
#include "engine/core/settingsregistry.h"
#include "engine/delivery/remote/router.h"
#include "engine/store/settings.h"
#include "engine/store/store.h"
#include "tests/unit/delivery/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Delivery::Hop;
using Delivery::Router;
using Store::RouteRecord;
using Store::RouteRepository;

void TestRouter::nextHopForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("lookupMx");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("name: MX looked up") << u"Relay.Example.NET."_s << u"relay.example.net"_s << 25 << true << u"relay.example.net"_s;
    QTest::newRow("name with port") << u"relay.example.net:587"_s << u"relay.example.net"_s << 587 << true << u"relay.example.net:587"_s;
    QTest::newRow("bracketed name: no MX") << u"[relay.example.net]"_s << u"relay.example.net"_s << 25 << false << u"[relay.example.net]"_s;
    QTest::newRow("bracketed name with port") << u"[relay.example.net]:2525"_s << u"relay.example.net"_s << 2525 << false
                                              << u"[relay.example.net]:2525"_s;
    QTest::newRow("bracketed IPv4") << u"[192.0.2.7]:26"_s << u"192.0.2.7"_s << 26 << false << u"192.0.2.7:26"_s;
    QTest::newRow("IPv4") << u"192.0.2.7:26"_s << u"192.0.2.7"_s << 26 << false << u"192.0.2.7:26"_s;
    QTest::newRow("IPv6") << u"[2001:db8::1]"_s << u"2001:db8::1"_s << 25 << false << u"[2001:db8::1]"_s;
}

void TestRouter::nextHopForms()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, lookupMx);
    QFETCH(QString, canonical);
    const auto hop = Core::NextHop::parse(text, 25);
    QVERIFY2(hop.ok(), qPrintable(hop.ok() ? QString() : hop.error().message));
    QCOMPARE(hop->host, host);
    QCOMPARE(int(hop->port), port);
    QCOMPARE(hop->lookupMx, lookupMx);
    QCOMPARE(hop->toString(), canonical);
    const auto again = Core::NextHop::parse(hop->toString(), 25);
    QVERIFY(again.ok());
    QCOMPARE(again->lookupMx, lookupMx); // the canonical form means the same
}

void TestRouter::routeValidation_data()
{
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("nextHop");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("tls");
    QTest::addColumn<QString>("expected"); // "destination|nextHop|tls", or "!" + part of the error
    QTest::newRow("domain") << u"Outlook.COM."_s << u"smtp.provider.net:587"_s << u"me"_s << u"secret"_s << u"required"_s
                            << u"outlook.com|smtp.provider.net:587|required"_s;
    QTest::newRow("subdomains") << u".example.com"_s << u"[10.0.0.2]"_s << QString() << QString() << QString()
                                << u"*.example.com|10.0.0.2|opportunistic"_s;
    QTest::newRow("implicit TLS defaults to 465") << u"example.org"_s << u"[smtp.example.net]"_s << QString() << QString() << u"implicit"_s
                                                  << u"example.org|[smtp.example.net]:465|implicit"_s;
    QTest::newRow("implicit TLS on 25 kept") << u"example.org"_s << u"[smtp.example.net]:25"_s << QString() << QString() << u"implicit"_s
                                             << u"example.org|[smtp.example.net]:25|implicit"_s;
    QTest::newRow("no dot") << u"localhost"_s << u"relay.example.net"_s << QString() << QString() << QString() << u"!is not valid"_s;
    QTest::newRow("bad next hop") << u"example.org"_s << u"relay..example"_s << QString() << QString() << QString() << u"!Next hop"_s;
    QTest::newRow("bad TLS mode") << u"example.org"_s << u"relay.example.net"_s << QString() << QString() << u"always"_s << u"!TLS mode"_s;
    QTest::newRow("password without login") << u"example.org"_s << u"relay.example.net"_s << QString() << u"pw"_s << QString()
                                            << u"!no login"_s;
    QTest::newRow("control character") << u"example.org"_s << u"relay.example.net"_s << u"me\n"_s << QString() << QString()
                                       << u"!control characters"_s;
}

void TestRouter::routeValidation()
{
    QFETCH(QString, destination);
    QFETCH(QString, nextHop);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, tls);
    QFETCH(QString, expected);
    const auto route = RouteRepository::validate({destination, nextHop, user, password, tls});
    if (expected.startsWith(u'!')) {
        QVERIFY2(!route.ok(), "an invalid route was accepted");
        QVERIFY2(route.error().message.contains(expected.mid(1)), qPrintable(route.error().message));
        return;
    }
    QVERIFY2(route.ok(), qPrintable(route.ok() ? QString() : route.error().message));
    QCOMPARE(u"%1|%2|%3"_s.arg(route->destination, route->nextHop, route->tls), expected);
}

void TestRouter::firstMatchWins()
{
    QTemporaryDir dir;
    auto store = Store::Store::open(dir.filePath(u"doorstep.db"_s));
    QVERIFY(store.ok());
    Core::SettingsRegistry registry{Core::RunMode::Session};
    Store::Settings settings(registry, *store.value(), Core::Clock::system());
    QVERIFY(settings.load().ok());
    QList<RouteRecord> routes;
    for (const auto &[destination, nextHop] : {std::pair(u"outlook.com"_s, u"[smtp.isp.example]:587"_s),
                                               std::pair(u"*.example.com"_s, u"wild.example.net"_s),
                                               std::pair(u"*.deep.example.com"_s, u"deep.example.net"_s)}) {
        auto route = RouteRepository::validate({destination, nextHop, u"me"_s, u"pw"_s, u"required"_s});
        QVERIFY(route.ok());
        routes.append(route.value());
    }
    // No smart host: routes, then the MX on relay.mx_port.
    Hop hop = Router::route(u"outlook.com"_s, routes, settings);
    QVERIFY(hop.kind == Hop::Kind::Route);
    QCOMPARE(hop.nextHop.toString(), u"[smtp.isp.example]:587"_s);
    QCOMPARE(hop.user, u"me"_s);
    QVERIFY(hop.tls == Smtp::ClientTls::Required);
    QCOMPARE(Router::route(u"a.deep.example.com"_s, routes, settings).nextHop.host, u"deep.example.net"_s); // longest wildcard
    QCOMPARE(Router::route(u"b.example.com"_s, routes, settings).nextHop.host, u"wild.example.net"_s);
    hop = Router::route(u"example.com"_s, routes, settings); // "*." is for subdomains only
    QVERIFY(hop.kind == Hop::Kind::Mx);
    QCOMPARE(hop.nextHop.host, u"example.com"_s);
    QCOMPARE(int(hop.nextHop.port), 25);
    QVERIFY(hop.nextHop.lookupMx);
    QVERIFY(!Router::fallback(settings));
    hop = Router::route(u"[127.0.0.22]"_s, routes, settings); // an address literal: that host, no MX
    QCOMPARE(hop.nextHop.host, u"127.0.0.22"_s);
    QVERIFY(!hop.nextHop.lookupMx);
    QCOMPARE(Router::route(u"[IPv6:2001:db8::1]"_s, routes, settings).nextHop.host, u"2001:db8::1"_s);

    // A smart host takes everything without a route.
    settings.setOverride(u"relay.smart_host"_s, u"[smart.example.net]:2525"_s);
    settings.setOverride(u"relay.smart_host_user"_s, u"home"_s);
    settings.setOverride(u"relay.smart_host_tls"_s, u"verify"_s);
    settings.setOverride(u"relay.fallback_host"_s, u"fallback.example.net"_s);
    hop = Router::route(u"gmail.com"_s, routes, settings);
    QVERIFY(hop.kind == Hop::Kind::SmartHost);
    QCOMPARE(hop.nextHop.toString(), u"[smart.example.net]:2525"_s);
    QCOMPARE(hop.user, u"home"_s);
    QVERIFY(hop.tls == Smtp::ClientTls::Verify);
    QVERIFY(Router::route(u"outlook.com"_s, routes, settings).kind == Hop::Kind::Route); // routes first
    // Same hop for two domains: one transaction.
    QCOMPARE(Router::route(u"gmail.com"_s, routes, settings).key(), Router::route(u"yahoo.com"_s, routes, settings).key());
    const auto fallback = Router::fallback(settings);
    QVERIFY(fallback);
    QCOMPARE(fallback->nextHop.host, u"fallback.example.net"_s);
}

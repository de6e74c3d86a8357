#include <algorithm>
#include <optional>

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "engine/dns/dnsname.h"
#include "engine/dns/unboundresolver.h"
#include "tests/support/dnsserver.h"
#include "tests/unit/dns/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Dns;
using Doorstep::Core::ErrorCode;
using Doorstep::Tests::DnsServer;

namespace {

constexpr int kAnswerTimeoutMs = 10000;

QString describe(const Answer &answer)
{
    return u"%1: %2"_s.arg(statusName(answer.status), answer.message);
}

// Starts one lookup with a context of its own and waits (bounded) for its answer.
template <typename AnswerType, typename Start>
std::optional<AnswerType> await(Start start)
{
    std::optional<AnswerType> answer;
    QObject context;
    start(&context, [&answer](const AnswerType &received) { answer = received; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kAnswerTimeoutMs))
        return std::nullopt; // the callers report "no answer within the wait"
    return answer;
}

std::optional<MxAnswer> mx(Resolver &resolver, const QString &name)
{
    return await<MxAnswer>([&](QObject *context, MxCallback callback) { resolver.lookupMx(name, context, std::move(callback)); });
}

std::optional<AddressAnswer> addresses(Resolver &resolver, const QString &name)
{
    return await<AddressAnswer>(
        [&](QObject *context, AddressCallback callback) { resolver.lookupAddresses(name, context, std::move(callback)); });
}

std::optional<AddressAnswer> a(Resolver &resolver, const QString &name)
{
    return await<AddressAnswer>([&](QObject *context, AddressCallback callback) { resolver.lookupA(name, context, std::move(callback)); });
}

std::optional<TxtAnswer> txt(Resolver &resolver, const QString &name)
{
    return await<TxtAnswer>([&](QObject *context, TxtCallback callback) { resolver.lookupTxt(name, context, std::move(callback)); });
}

std::optional<PtrAnswer> ptr(Resolver &resolver, const QHostAddress &address)
{
    return await<PtrAnswer>([&](QObject *context, PtrCallback callback) { resolver.lookupPtr(address, context, std::move(callback)); });
}

QList<QHostAddress> hostAddresses(const QStringList &texts)
{
    QList<QHostAddress> list;
    for (const QString &text : texts)
        list.append(QHostAddress(text));
    return list;
}

std::unique_ptr<UnboundResolver> makeResolver(const QString &server, int timeoutSeconds)
{
    auto resolver = UnboundResolver::create({server}, timeoutSeconds);
    if (!resolver) {
        qWarning("%s", qPrintable(resolver.error().message));
        return nullptr;
    }
    return std::move(resolver).value();
}

} // namespace

#define VERIFY_ANSWER(answer, wantStatus)                                                                                  \
    do {                                                                                                                   \
        QVERIFY2((answer).has_value(), "no answer within the wait");                                                       \
        QVERIFY2((answer)->status == (wantStatus),                                                                         \
                 qPrintable(u"got %1, want %2"_s.arg(describe(*(answer)), statusName(wantStatus))));                       \
    } while (false)

void TestUnboundResolver::initTestCase()
{
    if (!QFile::exists(u"/usr/sbin/dnsmasq"_s))
        QSKIP("dnsmasq (package dnsmasq-base) is not installed");
    m_server = std::make_unique<DnsServer>();
    DnsServer &dns = *m_server;
    dns.addMx(u"mx.test"_s, u"b.mx.test"_s, 20);
    dns.addMx(u"mx.test"_s, u"c.mx.test"_s, 10);
    dns.addMx(u"mx.test"_s, u"z.mx.test"_s, 30);
    dns.addMx(u"mx.test"_s, u"a.mx.test"_s, 10);
    dns.addNullMx(u"nullmx.test"_s);
    dns.addAddress(u"nomx.test"_s, u"192.0.2.20"_s);
    dns.addAddress(u"dual.test"_s, u"192.0.2.10"_s);
    dns.addAddress(u"dual.test"_s, u"2001:db8::10"_s);
    dns.addAddress(u"v6only.test"_s, u"2001:db8::11"_s);
    dns.addCname(u"alias.test"_s, u"dual.test"_s);
    dns.addTxt(u"txt.test"_s, {u"v=spf1 ip4:192.0.2.0/24"_s, u" -all"_s});
    dns.addTxt(u"txt.test"_s, {u"second=record"_s});
    dns.addTxt(u"_dmarc.txt.test"_s, {u"v=DMARC1; p=reject; rua=mailto:a@txt.test,mailto:b@txt.test"_s});
    dns.addTxt(u"odd.txt.test"_s, {u"say \"hi\", "_s, u"back\\slash"_s});
    dns.addPtr(u"192.0.2.25"_s, u"mail.ptr.test"_s);
    dns.addPtr(u"2001:db8::25"_s, u"mail6.ptr.test"_s);
    dns.addLocalDomain(u"invalid"_s);
    dns.addAddress(u"host.invalid"_s, u"192.0.2.40"_s);
    dns.addLocalDomain(u"home.arpa"_s);
    dns.addAddress(u"printer.home.arpa"_s, u"192.168.1.20"_s);
    dns.addAddress(u"2.0.0.127.zen.test"_s, u"127.0.0.2"_s);
    dns.addTxt(u"2.0.0.127.zen.test"_s, {u"Listed for testing"_s});
    dns.addAddress(u"xn--bcher-kva.test"_s, u"192.0.2.30"_s);
    dns.addWildcardAddress(u"many.test"_s, u"127.0.0.9"_s);
    QVERIFY2(dns.start(), qPrintable(dns.error()));
}

void TestUnboundResolver::init()
{
    m_resolver = makeResolver(m_server->serverSpec(), 5);
    QVERIFY(m_resolver);
}

void TestUnboundResolver::cleanup()
{
    m_resolver.reset();
    if (QTest::currentTestFailed() && m_server)
        qInfo("dnsmasq log (last lines):\n%s", qPrintable(m_server->log().right(3000)));
}

void TestUnboundResolver::mxSortedByPreference()
{
    const auto answer = mx(*m_resolver, u"mx.test"_s);
    VERIFY_ANSWER(answer, Status::Ok);
    const QList<MxRecord> want{{10, u"a.mx.test"_s}, {10, u"c.mx.test"_s}, {20, u"b.mx.test"_s}, {30, u"z.mx.test"_s}};
    QCOMPARE(answer->records, want);
    QVERIFY(!answer->isNullMx());
    QVERIFY(answer->message.isEmpty());
    QVERIFY(!answer->secure); // no trust anchor configured
}

void TestUnboundResolver::nullMx()
{
    const auto answer = mx(*m_resolver, u"nullmx.test"_s);
    VERIFY_ANSWER(answer, Status::Ok);
    QCOMPARE(answer->records, (QList<MxRecord>{{0, u"."_s}}));
    QVERIFY(answer->isNullMx());
}

void TestUnboundResolver::noMxButAddress()
{
    const auto answer = mx(*m_resolver, u"nomx.test"_s);
    VERIFY_ANSWER(answer, Status::NoData);
    QVERIFY(answer->records.isEmpty());
    QCOMPARE(answer->message, u"'nomx.test' has no MX record."_s);

    const auto host = addresses(*m_resolver, u"nomx.test"_s);
    VERIFY_ANSWER(host, Status::Ok);
    QCOMPARE(host->addresses, hostAddresses({u"192.0.2.20"_s}));
}

void TestUnboundResolver::nxDomain()
{
    const auto answer = mx(*m_resolver, u"nosuch.test"_s);
    VERIFY_ANSWER(answer, Status::NxDomain);
    QCOMPARE(answer->message, u"The name 'nosuch.test' does not exist in DNS."_s);

    const auto host = addresses(*m_resolver, u"nosuch.test"_s);
    VERIFY_ANSWER(host, Status::NxDomain);
    QVERIFY(host->addresses.isEmpty());
    const auto text = txt(*m_resolver, u"nosuch.test"_s);
    VERIFY_ANSWER(text, Status::NxDomain);
}

void TestUnboundResolver::addressesTogether()
{
    const auto answer = addresses(*m_resolver, u"dual.test"_s);
    VERIFY_ANSWER(answer, Status::Ok);
    QCOMPARE(answer->addresses, hostAddresses({u"192.0.2.10"_s, u"2001:db8::10"_s})); // IPv4 first

    const auto v4 = a(*m_resolver, u"dual.test"_s);
    VERIFY_ANSWER(v4, Status::Ok);
    QCOMPARE(v4->addresses, hostAddresses({u"192.0.2.10"_s}));
}

void TestUnboundResolver::addressesIpv6Only()
{
    const auto answer = addresses(*m_resolver, u"v6only.test"_s);
    VERIFY_ANSWER(answer, Status::Ok);
    QCOMPARE(answer->addresses, hostAddresses({u"2001:db8::11"_s}));

    const auto v4 = a(*m_resolver, u"v6only.test"_s);
    VERIFY_ANSWER(v4, Status::NoData);
}

void TestUnboundResolver::addressesThroughCname()
{
    const auto answer = addresses(*m_resolver, u"alias.test"_s);
    VERIFY_ANSWER(answer, Status::Ok);
    QCOMPARE(answer->addresses, hostAddresses({u"192.0.2.10"_s, u"2001:db8::10"_s}));
}

void TestUnboundResolver::txtStringsJoined()
{
    const auto answer = txt(*m_resolver, u"txt.test"_s);
    VERIFY_ANSWER(answer, Status::Ok);
    QList<QByteArray> texts = answer->texts;
    std::sort(texts.begin(), texts.end());
    QCOMPARE(texts, (QList<QByteArray>{"second=record", "v=spf1 ip4:192.0.2.0/24 -all"}));

    const auto dmarc = txt(*m_resolver, u"_dmarc.txt.test"_s);
    VERIFY_ANSWER(dmarc, Status::Ok);
    QCOMPARE(dmarc->texts, QList<QByteArray>{"v=DMARC1; p=reject; rua=mailto:a@txt.test,mailto:b@txt.test"});
    const auto odd = txt(*m_resolver, u"odd.txt.test"_s);
    VERIFY_ANSWER(odd, Status::Ok);
    QCOMPARE(odd->texts, QList<QByteArray>{"say \"hi\", back\\slash"});
}

void TestUnboundResolver::ptr_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("name");
    QTest::newRow("ipv4") << u"192.0.2.25"_s << u"mail.ptr.test"_s;
    QTest::newRow("ipv6") << u"2001:db8::25"_s << u"mail6.ptr.test"_s;
    QTest::newRow("ipv4-mapped ipv6") << u"::ffff:192.0.2.25"_s << u"mail.ptr.test"_s;
}

void TestUnboundResolver::ptr()
{
    QFETCH(QString, address);
    QFETCH(QString, name);
    const auto answer = ::ptr(*m_resolver, QHostAddress(address));
    VERIFY_ANSWER(answer, Status::Ok);
    QCOMPARE(answer->names, QStringList{name});
}

void TestUnboundResolver::ptrOfUnknownAddress()
{
    const auto unknown = ::ptr(*m_resolver, QHostAddress(u"192.0.2.99"_s));
    VERIFY_ANSWER(unknown, Status::NxDomain);
    QVERIFY2(unknown->message.contains(u"'99.2.0.192.in-addr.arpa'"_s), qPrintable(unknown->message));

    const auto null = ::ptr(*m_resolver, QHostAddress());
    VERIFY_ANSWER(null, Status::NxDomain);
    QVERIFY2(null->message.contains(u"not an IP address"_s), qPrintable(null->message));
}

void TestUnboundResolver::testNamesReachForwarder()
{
    // libunbound answers NXDOMAIN itself for test. and invalid. unless those local zones are removed.
    const auto test = a(*m_resolver, u"nomx.test"_s);
    VERIFY_ANSWER(test, Status::Ok);
    const auto invalid = a(*m_resolver, u"host.invalid"_s);
    VERIFY_ANSWER(invalid, Status::Ok);
    QCOMPARE(invalid->addresses, hostAddresses({u"192.0.2.40"_s}));
    // localhost stays answered by libunbound itself.
    const auto localhost = addresses(*m_resolver, u"localhost"_s);
    VERIFY_ANSWER(localhost, Status::Ok);
    QCOMPARE(localhost->addresses, hostAddresses({u"127.0.0.1"_s, u"::1"_s}));
}

void TestUnboundResolver::homeArpaAndLanReverse()
{
    const auto host = addresses(*m_resolver, u"printer.home.arpa"_s);
    VERIFY_ANSWER(host, Status::Ok);
    QCOMPARE(host->addresses, hostAddresses({u"192.168.1.20"_s}));
    // The reverse zones of private addresses go to the forwarder too (unblock-lan-zones).
    const auto reverse = ::ptr(*m_resolver, QHostAddress(u"192.168.1.20"_s));
    VERIFY_ANSWER(reverse, Status::Ok);
    QCOMPARE(reverse->names, QStringList{u"printer.home.arpa"_s});
}

void TestUnboundResolver::dnsblLookup()
{
    const QString listed = dnsblQueryName(QHostAddress(u"127.0.0.2"_s), u"zen.test"_s);
    QCOMPARE(listed, u"2.0.0.127.zen.test"_s);
    const auto hit = a(*m_resolver, listed);
    VERIFY_ANSWER(hit, Status::Ok);
    QCOMPARE(hit->addresses, hostAddresses({u"127.0.0.2"_s}));
    const auto reason = txt(*m_resolver, listed);
    VERIFY_ANSWER(reason, Status::Ok);
    QCOMPARE(reason->texts, QList<QByteArray>{"Listed for testing"});

    const auto miss = a(*m_resolver, dnsblQueryName(QHostAddress(u"127.0.0.3"_s), u"zen.test"_s));
    VERIFY_ANSWER(miss, Status::NxDomain);
}

void TestUnboundResolver::unicodeName()
{
    const auto answer = addresses(*m_resolver, u"bücher.test"_s);
    VERIFY_ANSWER(answer, Status::Ok);
    QCOMPARE(answer->addresses, hostAddresses({u"192.0.2.30"_s}));
}

void TestUnboundResolver::invalidNameAnsweredLater()
{
    std::optional<MxAnswer> answer;
    QObject context;
    m_resolver->lookupMx(u"bad name.test"_s, &context, [&answer](const MxAnswer &received) { answer = received; });
    QVERIFY2(!answer, "the callback ran inside lookupMx");
    QCOMPARE(m_resolver->inFlight(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kAnswerTimeoutMs);
    VERIFY_ANSWER(answer, Status::NxDomain);
    QVERIFY2(answer->message.contains(u"'bad name.test' is not a valid domain name"_s), qPrintable(answer->message));
}

void TestUnboundResolver::refusedIsTempFail()
{
    // Outside dnsmasq's local domains: REFUSED, which libunbound turns into SERVFAIL.
    const auto answer = addresses(*m_resolver, u"outside.example"_s);
    VERIFY_ANSWER(answer, Status::TempFail);
    QVERIFY2(answer->message.contains(u"'outside.example'"_s), qPrintable(answer->message));
}

void TestUnboundResolver::timeoutIsTempFail()
{
    DnsServer silent;
    QVERIFY2(silent.startSilent(), qPrintable(silent.error()));
    auto resolver = makeResolver(silent.serverSpec(), 1);
    QVERIFY(resolver);

    QElapsedTimer clock;
    clock.start();
    const auto answer = mx(*resolver, u"slow.test"_s);
    const qint64 elapsed = clock.elapsed();
    VERIFY_ANSWER(answer, Status::TempFail);
    QCOMPARE(answer->message, u"No answer from the name servers for 'slow.test' (MX) within 1 s."_s);
    QVERIFY2(elapsed >= 900 && elapsed <= 2000, qPrintable(u"got the timeout after %1 ms, want 1000 to 2000"_s.arg(elapsed)));
    QCOMPARE(resolver->inFlight(), 0);

    clock.restart();
    const auto both = addresses(*resolver, u"slow.test"_s);
    VERIFY_ANSWER(both, Status::TempFail);
    QVERIFY2(clock.elapsed() <= 2000, qPrintable(u"A+AAAA timed out after %1 ms, want at most 2000"_s.arg(clock.elapsed())));
}

void TestUnboundResolver::inFlightBound()
{
    DnsServer silent;
    QVERIFY2(silent.startSilent(), qPrintable(silent.error()));
    auto resolver = makeResolver(silent.serverSpec(), 1);
    QVERIFY(resolver);
    resolver->setMaxInFlight(3);
    QCOMPARE(resolver->maxInFlight(), 3);

    QObject context;
    QList<AddressAnswer> answers;
    for (int i = 0; i < 3; ++i)
        resolver->lookupA(u"n%1.test"_s.arg(i), &context, [&answers](const AddressAnswer &answer) { answers.append(answer); });
    QCOMPARE(resolver->inFlight(), 3);

    std::optional<AddressAnswer> refused;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^3 DNS lookups are in flight, the most allowed"_s));
    resolver->lookupA(u"one-too-many.test"_s, &context, [&refused](const AddressAnswer &answer) { refused = answer; });
    QCOMPARE(resolver->inFlight(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 500);
    VERIFY_ANSWER(refused, Status::TempFail);
    QVERIFY2(refused->message.contains(u"too many DNS lookups are in flight (3 at most)"_s), qPrintable(refused->message));
    QVERIFY(answers.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 3, 3000);
    for (const AddressAnswer &answer : std::as_const(answers))
        QCOMPARE(answer.status, Status::TempFail);
    QCOMPARE(resolver->inFlight(), 0);

    resolver->lookupA(u"again.test"_s, &context, [](const AddressAnswer &) {});
    QCOMPARE(resolver->inFlight(), 1);

    resolver->setMaxInFlight(UnboundResolver::kMaxInFlight + 1);
    QCOMPARE(resolver->maxInFlight(), UnboundResolver::kMaxInFlight);
}

void TestUnboundResolver::reconfigureSwitchesServers()
{
    DnsServer first;
    first.addAddress(u"switch.test"_s, u"192.0.2.1"_s);
    QVERIFY2(first.start(), qPrintable(first.error()));
    DnsServer second;
    second.addAddress(u"switch.test"_s, u"192.0.2.2"_s);
    QVERIFY2(second.start(), qPrintable(second.error()));

    auto resolver = makeResolver(first.serverSpec(), 5);
    QVERIFY(resolver);
    const auto before = addresses(*resolver, u"switch.test"_s);
    VERIFY_ANSWER(before, Status::Ok);
    QCOMPARE(before->addresses, hostAddresses({u"192.0.2.1"_s}));

    const auto reconfigured = resolver->reconfigure({second.serverSpec()}, 3);
    QVERIFY2(reconfigured.ok(), reconfigured.ok() ? "" : qPrintable(reconfigured.error().message));
    QCOMPARE(resolver->servers(), QStringList{second.serverSpec()});
    QCOMPARE(resolver->timeoutSeconds(), 3);
    const auto after = addresses(*resolver, u"switch.test"_s);
    VERIFY_ANSWER(after, Status::Ok);
    QCOMPARE(after->addresses, hostAddresses({u"192.0.2.2"_s}));
}

void TestUnboundResolver::reconfigureLetsInFlightFinish()
{
    DnsServer silent;
    QVERIFY2(silent.startSilent(), qPrintable(silent.error()));
    auto resolver = makeResolver(silent.serverSpec(), 1);
    QVERIFY(resolver);

    std::optional<AddressAnswer> old;
    QObject context;
    resolver->lookupA(u"old.test"_s, &context, [&old](const AddressAnswer &answer) { old = answer; });
    QVERIFY(resolver->reconfigure({m_server->serverSpec()}, 5).ok());

    const auto fresh = a(*resolver, u"nomx.test"_s);
    VERIFY_ANSWER(fresh, Status::Ok);
    QVERIFY2(!old, "the old lookup should still wait for the silent server");
    QCOMPARE(resolver->inFlight(), 1);

    QTRY_VERIFY_WITH_TIMEOUT(old.has_value(), 3000);
    VERIFY_ANSWER(old, Status::TempFail);
    // It keeps the timeout it started with.
    QCOMPARE(old->message, u"No answer from the name servers for 'old.test' (A) within 1 s."_s);
    QCOMPARE(resolver->inFlight(), 0);
}

void TestUnboundResolver::reconfigureRefusesBadValues()
{
    const QStringList servers{m_server->serverSpec()};
    auto refused = m_resolver->reconfigure({u"dns.example.org"_s}, 5);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(refused.error().message.contains(u"'dns.example.org'"_s), qPrintable(refused.error().message));
    QCOMPARE(m_resolver->servers(), servers);

    refused = m_resolver->reconfigure(servers, 0);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(m_resolver->timeoutSeconds(), 5);

    QVERIFY(!UnboundResolver::create({u"[::1"_s}, 5).ok());
    QVERIFY(!UnboundResolver::create(servers, UnboundResolver::kMaxTimeoutSeconds + 1).ok());

    QVERIFY(m_resolver->reconfigure(servers, 7).ok()); // same servers: only the timeout changes
    QCOMPARE(m_resolver->timeoutSeconds(), 7);
    const auto answer = a(*m_resolver, u"nomx.test"_s);
    VERIFY_ANSWER(answer, Status::Ok);
}

void TestUnboundResolver::destroyedContextGetsNoCallback()
{
    int calls = 0;
    auto context = std::make_unique<QObject>();
    m_resolver->lookupMx(u"mx.test"_s, context.get(), [&calls](const MxAnswer &) { ++calls; });
    m_resolver->lookupAddresses(u"dual.test"_s, context.get(), [&calls](const AddressAnswer &) { ++calls; });
    m_resolver->lookupMx(u"bad name.test"_s, context.get(), [&calls](const MxAnswer &) { ++calls; }); // answered at once
    QCOMPARE(m_resolver->inFlight(), 2);
    context.reset();
    QCOMPARE(m_resolver->inFlight(), 0);

    // The same questions from a living context get answered, so the others would have been too.
    const auto other = mx(*m_resolver, u"mx.test"_s);
    VERIFY_ANSWER(other, Status::Ok);
    const auto both = addresses(*m_resolver, u"dual.test"_s);
    VERIFY_ANSWER(both, Status::Ok);
    QCOMPARE(calls, 0);
}

void TestUnboundResolver::destroyedContextCancelsAtOnce()
{
    DnsServer silent;
    QVERIFY2(silent.startSilent(), qPrintable(silent.error()));
    auto resolver = makeResolver(silent.serverSpec(), 1);
    QVERIFY(resolver);

    int calls = 0;
    auto context = std::make_unique<QObject>();
    resolver->lookupAddresses(u"gone.test"_s, context.get(), [&calls](const AddressAnswer &) { ++calls; });
    resolver->lookupTxt(u"gone.test"_s, context.get(), [&calls](const TxtAnswer &) { ++calls; });
    QCOMPARE(resolver->inFlight(), 2);
    context.reset();
    QCOMPARE(resolver->inFlight(), 0); // the slots are free again without waiting for the timeout

    // Past the abandoned lookups' deadline: still no call.
    const auto later = a(*resolver, u"later.test"_s);
    VERIFY_ANSWER(later, Status::TempFail);
    QCOMPARE(calls, 0);
}

void TestUnboundResolver::destroyingResolverCancelsEverything()
{
    DnsServer silent;
    QVERIFY2(silent.startSilent(), qPrintable(silent.error()));
    int calls = 0;
    QObject context;
    {
        auto resolver = makeResolver(silent.serverSpec(), 1);
        QVERIFY(resolver);
        for (int i = 0; i < 10; ++i)
            resolver->lookupAddresses(u"pending%1.test"_s.arg(i), &context, [&calls](const AddressAnswer &) { ++calls; });
        // Answered by dnsmasq while the resolver goes away, and queued but not delivered.
        QVERIFY(resolver->reconfigure({m_server->serverSpec()}, 1).ok());
        for (int i = 0; i < 10; ++i)
            resolver->lookupMx(u"mx.test"_s, &context, [&calls](const MxAnswer &) { ++calls; });
        resolver->lookupMx(u"bad name.test"_s, &context, [&calls](const MxAnswer &) { ++calls; });
        QCOMPARE(resolver->inFlight(), 20);
    }
    // A second resolver's lookup times out after 1 s; by then the first one's deadlines passed too.
    auto second = makeResolver(silent.serverSpec(), 1);
    QVERIFY(second);
    const auto later = a(*second, u"later.test"_s);
    VERIFY_ANSWER(later, Status::TempFail);
    // Not even the invalid name's answer, queued to the context before the resolver died.
    QCOMPARE(calls, 0);
}

void TestUnboundResolver::manyParallelLookups()
{
    const int count = UnboundResolver::kMaxInFlight;
    QObject context;
    int good = 0;
    QStringList problems;
    const QList<QHostAddress> want = hostAddresses({u"127.0.0.9"_s});
    for (int i = 0; i < count; ++i) {
        m_resolver->lookupAddresses(u"host%1.many.test"_s.arg(i), &context, [&, i](const AddressAnswer &answer) {
            if (answer.ok() && answer.addresses == want)
                ++good;
            else
                problems.append(u"host%1: %2"_s.arg(i).arg(describe(answer)));
        });
    }
    QCOMPARE(m_resolver->inFlight(), count);
    std::optional<AddressAnswer> refused;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^1000 DNS lookups are in flight, the most allowed"_s));
    m_resolver->lookupA(u"one-more.test"_s, &context, [&refused](const AddressAnswer &answer) { refused = answer; });

    QTRY_COMPARE_WITH_TIMEOUT(good + int(problems.size()), count, 60000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u"; "_s)));
    VERIFY_ANSWER(refused, Status::TempFail);
    QCOMPARE(m_resolver->inFlight(), 0);
}

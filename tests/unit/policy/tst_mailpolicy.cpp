#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include "engine/dns/resolver.h"
#include "engine/policy/mailpolicy.h"
#include "engine/policy/recipientresolver.h"
#include "engine/smtp/command.h"
#include "tests/unit/policy/policyfixture.h"
#include "tests/unit/policy/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Policy::MailPolicy;
using Smtp::ClientTrust;
using Smtp::Reply;
using Smtp::SessionInfo;
using Tests::PolicyFixture;

Q_DECLARE_METATYPE(Doorstep::Smtp::ClientTrust)

namespace Doorstep::Tests {

/**
 * A Resolver with scripted answers (NXDOMAIN for anything not scripted), delivered on the
 * event loop as the real one's are. Records every query.
 */
class FakeResolver final : public Dns::Resolver
{
public:
    QHash<QString, Dns::MxAnswer> mx;
    QHash<QString, Dns::AddressAnswer> addresses;
    QHash<QString, Dns::PtrAnswer> ptr;
    QStringList queries;

    void lookupMx(const QString &domain, QObject *context, Dns::MxCallback callback) override
    {
        queries << u"MX "_s + domain;
        later(context, callback, mx.value(domain, nx<Dns::MxAnswer>()));
    }
    void lookupAddresses(const QString &host, QObject *context, Dns::AddressCallback callback) override
    {
        queries << u"A "_s + host;
        later(context, callback, addresses.value(host, nx<Dns::AddressAnswer>()));
    }
    void lookupA(const QString &name, QObject *context, Dns::AddressCallback callback) override
    {
        queries << u"A4 "_s + name;
        later(context, callback, nx<Dns::AddressAnswer>());
    }
    void lookupTxt(const QString &name, QObject *context, Dns::TxtCallback callback) override
    {
        queries << u"TXT "_s + name;
        later(context, callback, nx<Dns::TxtAnswer>());
    }
    void lookupPtr(const QHostAddress &address, QObject *context, Dns::PtrCallback callback) override
    {
        queries << u"PTR "_s + address.toString();
        later(context, callback, ptr.value(address.toString(), nx<Dns::PtrAnswer>()));
    }

    template <typename A>
    static A nx()
    {
        A answer;
        answer.status = Dns::Status::NxDomain;
        answer.message = u"No such domain (test)."_s;
        return answer;
    }
    template <typename A>
    static A withStatus(Dns::Status status)
    {
        A answer;
        answer.status = status;
        return answer;
    }
    static Dns::AddressAnswer address(const QString &ip)
    {
        Dns::AddressAnswer answer;
        answer.status = Dns::Status::Ok;
        answer.addresses << QHostAddress(ip);
        return answer;
    }
    static Dns::PtrAnswer names(const QStringList &names)
    {
        Dns::PtrAnswer answer;
        answer.status = Dns::Status::Ok;
        answer.names = names;
        return answer;
    }

private:
    template <typename Callback, typename A>
    static void later(QObject *context, Callback callback, A answer)
    {
        QTimer::singleShot(0, context, [callback, answer] { callback(answer); });
    }
};

} // namespace Doorstep::Tests

using Tests::FakeResolver;

namespace {

constexpr int kTimeout = 10000;

SessionInfo session(const QString &authUser = QString(), ClientTrust trust = ClientTrust::None)
{
    SessionInfo info;
    info.id = u"Stest"_s;
    info.listener = authUser.isEmpty() ? u"mta"_s : u"submission"_s;
    info.clientAddress = QHostAddress(u"198.51.100.20"_s);
    info.helo = u"client.example"_s;
    info.esmtp = true;
    info.authUser = authUser;
    info.trust = trust;
    return info;
}

Smtp::Path path(const QByteArray &argument, const QByteArray &keyword)
{
    const auto parsed = Smtp::parsePathArgument(keyword + ':' + argument, keyword);
    if (const auto *reply = std::get_if<Reply>(&parsed))
        qFatal("the test's path '%s' does not parse: %s", argument.constData(), qPrintable(reply->toString()));
    return std::get<Smtp::PathArgument>(parsed).path;
}

QString headOf(const std::optional<Reply> &reply)
{
    return reply ? QString::number(reply->code) + u' ' + reply->status : QString();
}

} // namespace

TestMailPolicy::TestMailPolicy() = default;
TestMailPolicy::~TestMailPolicy() = default;

void TestMailPolicy::initTestCase()
{
    m_fixture = std::make_unique<PolicyFixture>();
    QVERIFY(Tests::fillStandard(*m_fixture, Policy::RecipientResolver::kMaxDepth, true));
    QVERIFY(Tests::fillRelayRules(*m_fixture));
    QVERIFY(m_fixture->load());
    QVERIFY(m_fixture->set(u"identity.masquerade_as"_s, u"masq.example"_s));
    QVERIFY(m_fixture->set(u"identity.masquerade_domains"_s, QStringList{u"lanhost.example"_s}));

    m_resolver = std::make_unique<FakeResolver>();
    FakeResolver &r = *m_resolver;
    Dns::MxAnswer mx;
    mx.status = Dns::Status::Ok;
    mx.records = {{10, u"mail.mx.example"_s}};
    r.mx.insert(u"mx.example"_s, mx);
    Dns::MxAnswer nullMx;
    nullMx.status = Dns::Status::Ok;
    nullMx.records = {{0, u"."_s}};
    r.mx.insert(u"nullmx.example"_s, nullMx);
    r.mx.insert(u"aonly.example"_s, FakeResolver::withStatus<Dns::MxAnswer>(Dns::Status::NoData));
    r.addresses.insert(u"aonly.example"_s, FakeResolver::address(u"192.0.2.50"_s));
    r.mx.insert(u"tempfail.example"_s, FakeResolver::withStatus<Dns::MxAnswer>(Dns::Status::TempFail));
    r.mx.insert(u"atemp.example"_s, FakeResolver::withStatus<Dns::MxAnswer>(Dns::Status::NoData));
    r.addresses.insert(u"atemp.example"_s, FakeResolver::withStatus<Dns::AddressAnswer>(Dns::Status::TempFail));
    r.mx.insert(u"nodata.example"_s, FakeResolver::withStatus<Dns::MxAnswer>(Dns::Status::NoData));
    r.addresses.insert(u"nodata.example"_s, FakeResolver::withStatus<Dns::AddressAnswer>(Dns::Status::NoData));

    // Reverse DNS of connecting clients, and what the names resolve to.
    r.ptr.insert(u"203.0.113.10"_s, FakeResolver::names({u"pc1.lan.example"_s}));
    r.addresses.insert(u"pc1.lan.example"_s, FakeResolver::address(u"203.0.113.10"_s));
    r.ptr.insert(u"203.0.113.11"_s, FakeResolver::names({u"liar.lan.example"_s}));
    r.addresses.insert(u"liar.lan.example"_s, FakeResolver::address(u"198.51.100.99"_s));
    r.ptr.insert(u"203.0.113.12"_s, FakeResolver::names({u"PC2.LAN.Example."_s}));
    r.addresses.insert(u"pc2.lan.example"_s, FakeResolver::address(u"203.0.113.12"_s));
    r.ptr.insert(u"203.0.113.13"_s, FakeResolver::withStatus<Dns::PtrAnswer>(Dns::Status::TempFail));
    r.ptr.insert(u"203.0.113.14"_s, FakeResolver::names({u"host.elsewhere.example"_s}));
    r.addresses.insert(u"host.elsewhere.example"_s, FakeResolver::address(u"203.0.113.14"_s));
    r.ptr.insert(u"203.0.113.15"_s, FakeResolver::names({u"blocked.lan.example"_s}));
    r.addresses.insert(u"blocked.lan.example"_s, FakeResolver::address(u"203.0.113.15"_s));
    r.ptr.insert(u"203.0.113.16"_s, FakeResolver::names({u"fake.lan.example"_s, u"real.elsewhere.example"_s}));
    r.addresses.insert(u"fake.lan.example"_s, FakeResolver::address(u"198.51.100.98"_s));
    r.addresses.insert(u"real.elsewhere.example"_s, FakeResolver::address(u"203.0.113.16"_s));

    m_policy = std::make_unique<MailPolicy>(*m_fixture->cache, *m_resolver, *m_fixture->settings);
}

void TestMailPolicy::init()
{
    m_resolver->queries.clear();
}

void TestMailPolicy::matchRelayRule_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("names"); // forward-confirmed names
    QTest::addColumn<QString>("want");      // the pattern of the matching rule, "" for none

    QTest::newRow("exact address beats the networks around it") << u"10.0.0.5"_s << QStringList() << u"10.0.0.5"_s;
    QTest::newRow("exact address inside longer prefixes") << u"192.0.2.1"_s << QStringList() << u"192.0.2.1"_s;
    QTest::newRow("network") << u"10.1.2.3"_s << QStringList() << u"10.0.0.0/8"_s;
    QTest::newRow("longest prefix wins (/16 over /8)") << u"10.9.1.1"_s << QStringList() << u"10.9.0.0/16"_s;
    QTest::newRow("longest prefix wins (/25 over /24)") << u"192.0.2.200"_s << QStringList() << u"192.0.2.128/25"_s;
    QTest::newRow("the shorter prefix where the longer does not match") << u"192.0.2.5"_s << QStringList() << u"192.0.2.0/24"_s;
    QTest::newRow("IPv6 network") << u"2001:db8::1"_s << QStringList() << u"2001:db8::/32"_s;
    QTest::newRow("IPv6 outside") << u"2001:db9::1"_s << QStringList() << QString();
    QTest::newRow("host name") << u"203.0.113.9"_s << QStringList{u"mail.partner.example"_s} << u"mail.partner.example"_s;
    QTest::newRow("name inside *.domain") << u"203.0.113.9"_s << QStringList{u"pc.lan.example"_s} << u"*.lan.example"_s;
    QTest::newRow("deep name inside *.domain") << u"203.0.113.9"_s << QStringList{u"a.b.lan.example"_s} << u"*.lan.example"_s;
    QTest::newRow("the domain itself is not inside *.domain") << u"203.0.113.9"_s << QStringList{u"lan.example"_s} << QString();
    QTest::newRow("a name merely ending like the domain") << u"203.0.113.9"_s << QStringList{u"evillan.example"_s} << QString();
    QTest::newRow("host rule beats the domain rule") << u"203.0.113.9"_s << QStringList{u"blocked.lan.example"_s} << u"blocked.lan.example"_s;
    QTest::newRow("the most specific domain rule wins") << u"203.0.113.9"_s << QStringList{u"pc.office.lan.example"_s}
                                                       << u"*.office.lan.example"_s;
    QTest::newRow("OK domain") << u"203.0.113.9"_s << QStringList{u"a.trusted.example"_s} << u"*.trusted.example"_s;
    QTest::newRow("any of several names") << u"203.0.113.9"_s << QStringList{u"x.elsewhere.example"_s, u"pc.lan.example"_s}
                                          << u"*.lan.example"_s;
    QTest::newRow("address rule beats a name") << u"10.0.0.5"_s << QStringList{u"blocked.lan.example"_s} << u"10.0.0.5"_s;
    QTest::newRow("network rule beats a name") << u"10.1.2.3"_s << QStringList{u"pc.lan.example"_s} << u"10.0.0.0/8"_s;
    QTest::newRow("no names, no name rule") << u"203.0.113.9"_s << QStringList() << QString();
    QTest::newRow("no match") << u"198.51.100.1"_s << QStringList{u"x.elsewhere.example"_s} << QString();
}

void TestMailPolicy::matchRelayRule()
{
    QFETCH(QString, address);
    QFETCH(QStringList, names);
    QFETCH(QString, want);
    const auto *rule = MailPolicy::matchRelayRule(m_fixture->directory(), QHostAddress(address), names);
    const QString got = rule ? rule->pattern : QString();
    QVERIFY2(got == want, qPrintable(u"got '%1', want '%2'"_s.arg(got, want)));
}

void TestMailPolicy::connect_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<ClientTrust>("trust");
    QTest::addColumn<QString>("clientName");
    QTest::addColumn<QString>("rule"); // relayRuleUsed

    const QString unknown = u"unknown"_s;
    QTest::newRow("REJECT address") << u"192.0.2.1"_s << u"554 5.7.1"_s << ClientTrust::None << unknown << u"192.0.2.1"_s;
    QTest::newRow("REJECT network") << u"10.1.2.3"_s << u"554 5.7.1"_s << ClientTrust::None << unknown << u"10.0.0.0/8"_s;
    QTest::newRow("OK network") << u"192.0.2.5"_s << QString() << ClientTrust::Ok << unknown << u"192.0.2.0/24"_s;
    QTest::newRow("RELAY by the longest prefix") << u"192.0.2.200"_s << QString() << ClientTrust::Relay << unknown << u"192.0.2.128/25"_s;
    QTest::newRow("RELAY address inside a REJECT network") << u"10.0.0.5"_s << QString() << ClientTrust::Relay << unknown << u"10.0.0.5"_s;
    QTest::newRow("IPv6 RELAY network") << u"2001:db8::7"_s << QString() << ClientTrust::Relay << unknown << u"2001:db8::/32"_s;
    QTest::newRow("no rule") << u"198.51.100.7"_s << QString() << ClientTrust::None << unknown << QString();
    QTest::newRow("forward-confirmed name inside *.domain") << u"203.0.113.10"_s << QString() << ClientTrust::Relay << u"pc1.lan.example"_s
                                                            << u"*.lan.example"_s;
    QTest::newRow("a PTR name that does not resolve back") << u"203.0.113.11"_s << QString() << ClientTrust::None << unknown << QString();
    QTest::newRow("PTR name in capitals with a trailing dot") << u"203.0.113.12"_s << QString() << ClientTrust::Relay
                                                              << u"pc2.lan.example"_s << u"*.lan.example"_s;
    QTest::newRow("PTR lookup fails for now") << u"203.0.113.13"_s << QString() << ClientTrust::None << unknown << QString();
    QTest::newRow("confirmed name without a rule") << u"203.0.113.14"_s << QString() << ClientTrust::None << u"host.elsewhere.example"_s
                                                   << QString();
    QTest::newRow("host REJECT rule beats the domain's RELAY") << u"203.0.113.15"_s << u"554 5.7.1"_s << ClientTrust::None
                                                               << u"blocked.lan.example"_s << u"blocked.lan.example"_s;
    QTest::newRow("only the confirmed one of several names counts") << u"203.0.113.16"_s << QString() << ClientTrust::None
                                                                    << u"real.elsewhere.example"_s << QString();
}

void TestMailPolicy::connect()
{
    QFETCH(QString, address);
    QFETCH(QString, refusal);
    QFETCH(ClientTrust, trust);
    QFETCH(QString, clientName);
    QFETCH(QString, rule);
    QSignalSpy used(m_policy.get(), &MailPolicy::relayRuleUsed);
    SessionInfo info = session();
    info.clientAddress = QHostAddress(address);
    std::optional<Smtp::ConnectDecision> decision;
    m_policy->connect(info, [&](Smtp::ConnectDecision d) { decision = d; });
    QTRY_VERIFY_WITH_TIMEOUT(decision.has_value(), kTimeout);
    QVERIFY2(headOf(decision->refusal) == refusal, qPrintable(u"got refusal '%1', want '%2'"_s.arg(headOf(decision->refusal), refusal)));
    if (refusal.isEmpty())
        QVERIFY2(decision->trust == trust, qPrintable(u"got trust %1, want %2"_s.arg(int(decision->trust)).arg(int(trust))));
    QVERIFY2(decision->clientName == clientName, qPrintable(u"got client name '%1', want '%2'"_s.arg(decision->clientName, clientName)));
    const QString gotRule = used.isEmpty() ? QString() : used.first().first().toString();
    QVERIFY2(gotRule == rule, qPrintable(u"got relayRuleUsed('%1'), want '%2'"_s.arg(gotRule, rule)));
    QVERIFY(used.size() <= 1);
    QVERIFY2(m_resolver->queries.value(0) == u"PTR "_s + address, qPrintable(m_resolver->queries.join(u", "_s)));
}

void TestMailPolicy::checkSender_data()
{
    QTest::addColumn<QByteArray>("sender");
    QTest::addColumn<QString>("authUser");
    QTest::addColumn<ClientTrust>("trust");
    QTest::addColumn<QString>("want");          // "" accepts
    QTest::addColumn<QStringList>("lookups");   // the DNS queries made, in order (a prefix of them)

    const QString alice = u"alice@example.org"_s;
    const QString bob = u"bob@example.org"_s;
    const auto row = [](const char *name, const char *sender, const QString &authUser, ClientTrust trust, const QString &want,
                        const QStringList &lookups = {}) {
        QTest::newRow(name) << QByteArray(sender) << authUser << trust << want << lookups;
    };
    const ClientTrust none = ClientTrust::None;

    row("null sender", "<>", QString(), none, QString());
    row("authenticated as themselves", "<alice@example.org>", alice, none, QString());
    row("authenticated, address in capitals", "<Alice@EXAMPLE.org>", alice, none, QString());
    row("authenticated, an alias reaching them", "<info@example.org>", alice, none, QString());
    row("authenticated, a list that includes them", "<sales@example.org>", bob, none, QString());
    row("authenticated, their outbound name", "<alice@mail.example>", alice, none, QString());
    row("authenticated, their login's outbound name", "<bobby@isp.example>", bob, none, QString());
    row("authenticated as someone else", "<bob@example.org>", alice, none, u"553 5.7.1"_s);
    row("authenticated, someone else's outbound name", "<bobby@isp.example>", alice, none, u"553 5.7.1"_s);
    row("authenticated, a foreign address", "<alice@remote.example>", alice, none, u"553 5.7.1"_s);
    row("authenticated, a disabled user's address", "<dave@example.org>", alice, none, u"553 5.7.1"_s);
    row("authenticated, a quoted local part", "<\"alice\"@example.org>", alice, none, u"553 5.7.1"_s);
    row("RELAY client skips DNS", "<x@nxdomain.example>", QString(), ClientTrust::Relay, QString());
    row("OK client skips DNS", "<x@nxdomain.example>", QString(), ClientTrust::Ok, QString());
    row("RELAY client may send as a local address", "<alice@example.org>", QString(), ClientTrust::Relay, QString());
    row("local domain from outside", "<alice@example.org>", QString(), none, u"550 5.7.1"_s);
    row("local domain in capitals with a trailing dot", "<x@EXAMPLE.org.>", QString(), none, u"550 5.7.1"_s);
    row("second local domain from outside", "<erin@example.net>", QString(), none, u"550 5.7.1"_s);
    row("masquerade domain from outside", "<x@masq.example>", QString(), none, u"550 5.7.1"_s);
    row("masquerade_domains from outside", "<x@lanhost.example>", QString(), none, u"550 5.7.1"_s);
    row("domain with an MX", "<x@mx.example>", QString(), none, QString(), {u"MX mx.example"_s});
    row("domain looked up in lower case", "<x@MX.Example>", QString(), none, QString(), {u"MX mx.example"_s});
    row("null MX (RFC 7505)", "<x@nullmx.example>", QString(), none, u"550 5.7.27"_s, {u"MX nullmx.example"_s});
    row("no MX but an address", "<x@aonly.example>", QString(), none, QString(), {u"MX aonly.example"_s, u"A aonly.example"_s});
    row("NXDOMAIN", "<x@nxdomain.example>", QString(), none, u"550 5.1.8"_s, {u"MX nxdomain.example"_s});
    row("MX lookup fails for now", "<x@tempfail.example>", QString(), none, u"451 4.1.8"_s, {u"MX tempfail.example"_s});
    row("no MX, address lookup fails for now", "<x@atemp.example>", QString(), none, u"451 4.1.8"_s,
        {u"MX atemp.example"_s, u"A atemp.example"_s});
    row("neither MX nor address", "<x@nodata.example>", QString(), none, u"550 5.1.8"_s, {u"MX nodata.example"_s, u"A nodata.example"_s});
    row("address literal: nothing to look up", "<x@[192.0.2.1]>", QString(), none, QString());
    row("single-label domain", "<x@localhost>", QString(), none, u"550 5.1.8"_s);
    row("IDN looked up as punycode", "<x@b\xc3\xbc" "cher.example>", QString(), none, u"550 5.1.8"_s, {u"MX xn--bcher-kva.example"_s});
}

void TestMailPolicy::checkSender()
{
    QFETCH(QByteArray, sender);
    QFETCH(QString, authUser);
    QFETCH(ClientTrust, trust);
    QFETCH(QString, want);
    QFETCH(QStringList, lookups);
    std::optional<std::optional<Reply>> decision;
    m_policy->checkSender(session(authUser, trust), path(sender, "FROM"), [&](std::optional<Reply> r) {
        QVERIFY2(!decision, "got a second answer");
        decision = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(decision.has_value(), kTimeout);
    const QString got = headOf(*decision);
    QVERIFY2(got == want, qPrintable(u"got '%1', want '%2'"_s.arg(got, want)));
    const QStringList &queries = m_resolver->queries;
    if (lookups.isEmpty())
        QVERIFY2(queries.isEmpty(), qPrintable(u"got DNS queries %1, want none"_s.arg(queries.join(u", "_s))));
    else
        QVERIFY2(queries.mid(0, lookups.size()) == lookups,
                 qPrintable(u"got DNS queries %1, want %2 first"_s.arg(queries.join(u", "_s), lookups.join(u", "_s))));
}

void TestMailPolicy::checkRecipient_data()
{
    QTest::addColumn<QByteArray>("recipient");
    QTest::addColumn<QString>("authUser");
    QTest::addColumn<ClientTrust>("trust");
    QTest::addColumn<QStringList>("want"); // the refusal ("550 5.1.1") or the targets ("x (remote)" for remote ones)

    const QString alice = u"alice@example.org"_s;
    const ClientTrust none = ClientTrust::None;
    const auto row = [](const char *name, const char *recipient, const QString &authUser, ClientTrust trust, const QStringList &want) {
        QTest::newRow(name) << QByteArray(recipient) << authUser << trust << want;
    };
    const QStringList unknown{u"550 5.1.1"_s};
    const QStringList denied{u"554 5.7.1"_s};

    row("local user", "<alice@example.org>", QString(), none, {alice});
    row("local user, capitals and a trailing dot", "<ALICE@Example.ORG.>", QString(), none, {alice});
    row("alias", "<info@example.org>", QString(), none, {alice});
    row("list", "<sales@example.org>", QString(), none, {u"bob@example.org"_s, u"carol@example.org"_s});
    row("chain at the depth limit", "<deep1@example.org>", QString(), none, {alice});
    row("a disabled member is skipped", "<withdave@example.org>", QString(), none, {u"bob@example.org"_s});
    row("catch-all", "<whoever@example.net>", QString(), none, {u"carol@example.org"_s});
    row("unknown", "<nobody@example.org>", QString(), none, unknown);
    row("disabled", "<dave@example.org>", QString(), none, {u"550 5.2.1"_s});
    row("postmaster@ without an alias", "<postmaster@example.org>", QString(), none, {alice});
    row("postmaster@ in capitals", "<POSTMASTER@Example.Org>", QString(), none, {alice});
    row("abuse@ with an alias", "<abuse@example.org>", QString(), none, {u"bob@example.org"_s});
    row("<postmaster> alone: the first domain's", "<postmaster>", QString(), none, {u"erin@example.net"_s});
    row("quoted local part of a user", "<\"alice\"@example.org>", QString(), none, unknown);
    row("quoted local part naming a remote address", "<\"pal@remote.example\"@example.org>", QString(), none, unknown);
    row("quoted local part, authenticated", "<\"alice\"@example.org>", alice, none, unknown);
    row("percent hack", "<pal%remote.example@example.org>", QString(), none, unknown);
    row("percent hack, authenticated", "<pal%remote.example@example.org>", alice, none, unknown);
    row("bang path", "<remote.example!pal@example.org>", QString(), none, unknown);
    row("source route to a local user", "<@remote.example:alice@example.org>", QString(), none, {alice});
    row("source route to a foreign address", "<@example.org:pal@remote.example>", QString(), none, denied);
    row("foreign, unauthenticated", "<pal@remote.example>", QString(), none, denied);
    row("foreign, OK client", "<pal@remote.example>", QString(), ClientTrust::Ok, denied);
    row("foreign, RELAY client", "<pal@remote.example>", QString(), ClientTrust::Relay, {u"pal@remote.example (remote)"_s});
    row("foreign, authenticated", "<pal@remote.example>", alice, none, {u"pal@remote.example (remote)"_s});
    row("foreign, normalized for the queue", "<pal@Remote.Example.>", alice, none, {u"pal@remote.example (remote)"_s});
    row("a local domain inside a foreign one", "<alice@example.org.remote.example>", QString(), none, denied);
    row("a foreign domain ending like a local one", "<alice@notexample.org>", QString(), none, denied);
    row("address literal, unauthenticated", "<alice@[127.0.0.1]>", QString(), none, denied);
    row("address literal, authenticated", "<alice@[127.0.0.1]>", alice, none, {u"alice@[127.0.0.1] (remote)"_s});
}

void TestMailPolicy::checkRecipient()
{
    QFETCH(QByteArray, recipient);
    QFETCH(QString, authUser);
    QFETCH(ClientTrust, trust);
    QFETCH(QStringList, want);
    std::optional<Smtp::RecipientDecision> decision;
    m_policy->checkRecipient(session(authUser, trust), path(recipient, "TO"), [&](Smtp::RecipientDecision d) {
        QVERIFY2(!decision, "got a second answer");
        decision = d;
    });
    QTRY_VERIFY_WITH_TIMEOUT(decision.has_value(), kTimeout);
    QStringList got;
    if (decision->refusal)
        got << headOf(decision->refusal);
    for (const auto &target : decision->targets)
        got << (target.local ? target.address : target.address + u" (remote)"_s);
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got.join(u", "_s), want.join(u", "_s))));
    QVERIFY2(m_resolver->queries.isEmpty(), qPrintable(u"got DNS queries %1, want none"_s.arg(m_resolver->queries.join(u", "_s))));
}

void TestMailPolicy::postmasterWhenFirstDomainHasNoUsers_data()
{
    QTest::addColumn<QByteArray>("recipient");
    QTest::newRow("<postmaster>") << QByteArray("<postmaster>");
    QTest::newRow("postmaster@ of the domain without users") << QByteArray("<postmaster@aliases.example>");
}

void TestMailPolicy::postmasterWhenFirstDomainHasNoUsers()
{
    // RFC 5321 4.5.1: mail to <postmaster> must be accepted, and DESIGN.md: postmaster@ exists
    // for every domain. Here the first domain (by name) holds only aliases.
    QFETCH(QByteArray, recipient);
    PolicyFixture f;
    QVERIFY(f.domain(u"aliases.example"_s));
    QVERIFY(f.domain(u"example.org"_s));
    QVERIFY(f.user(u"bob@example.org"_s));
    QVERIFY(f.alias(u"info@aliases.example"_s, u"bob@example.org"_s));
    QVERIFY(f.load());
    MailPolicy policy(*f.cache, *m_resolver, *f.settings);
    std::optional<Smtp::RecipientDecision> decision;
    policy.checkRecipient(session(), path(recipient, "TO"), [&](Smtp::RecipientDecision d) { decision = d; });
    QTRY_VERIFY_WITH_TIMEOUT(decision.has_value(), kTimeout);
    QVERIFY2(!decision->refusal, qPrintable(u"got %1, want the mail accepted for a local user"_s.arg(decision->refusal ? decision->refusal->toString() : QString())));
    QVERIFY(!decision->targets.isEmpty());
    QVERIFY(decision->targets.first().local);
}

void TestMailPolicy::checkLocalName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hostName"); // identity.hostname
    QTest::addColumn<QStringList>("want");

    QTest::newRow("bare alias") << u"root"_s << u"mail.elsewhere.example"_s << QStringList{u"alice@example.org"_s};
    QTest::newRow("bare alias in capitals") << u"ROOT"_s << u"mail.elsewhere.example"_s << QStringList{u"alice@example.org"_s};
    QTest::newRow("bare alias to a remote address") << u"www-data"_s << u"mail.elsewhere.example"_s
                                                    << QStringList{u"pal@remote.example (remote)"_s};
    QTest::newRow("a user at a local host name") << u"erin"_s << u"Example.NET"_s << QStringList{u"erin@example.net"_s};
    QTest::newRow("a disabled user at a local host name") << u"dave"_s << u"example.org"_s << QStringList{u"550 5.2.1"_s};
    QTest::newRow("no alias") << u"nobody"_s << u"mail.elsewhere.example"_s << QStringList{u"550 5.1.1 no alias"_s};
    QTest::newRow("no alias, no user at the host") << u"nobody"_s << u"example.org"_s << QStringList{u"550 5.1.1 no alias"_s};
}

void TestMailPolicy::checkLocalName()
{
    // A local program (doorstep-sendmail) may name a bare local name: DESIGN.md's bare-name
    // alias sources, else name@identity.hostname when that is a local domain.
    QFETCH(QString, name);
    QFETCH(QString, hostName);
    QFETCH(QStringList, want);
    PolicyFixture f;
    QVERIFY(Tests::fillStandard(f, Policy::RecipientResolver::kMaxDepth));
    QVERIFY(f.alias(u"root"_s, u"alice@example.org"_s));
    QVERIFY(f.alias(u"www-data"_s, u"pal@remote.example"_s));
    QVERIFY(f.set(u"identity.hostname"_s, hostName));
    QVERIFY(f.load());
    MailPolicy policy(*f.cache, *m_resolver, *f.settings);
    SessionInfo local = session(QString(), ClientTrust::Relay);
    local.listener = u"local"_s;
    local.local = Smtp::LocalClient{1000, 1000, 42, u"someone"_s, QString(), false};
    Smtp::Path path;
    path.local = path.address = name;
    std::optional<Smtp::RecipientDecision> decision;
    policy.checkRecipient(local, path, [&](Smtp::RecipientDecision d) { decision = d; });
    QTRY_VERIFY_WITH_TIMEOUT(decision.has_value(), kTimeout);
    QStringList got;
    if (decision->refusal)
        got << headOf(decision->refusal) + (decision->refusal->toString().contains(u"no alias for the local name"_s) ? u" no alias"_s : QString());
    for (const auto &target : decision->targets)
        got << (target.local ? target.address : target.address + u" (remote)"_s);
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got.join(u", "_s), want.join(u", "_s))));
    QVERIFY2(m_resolver->queries.isEmpty(), qPrintable(u"got DNS queries %1, want none"_s.arg(m_resolver->queries.join(u", "_s))));
}

void TestMailPolicy::authenticate_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("right password") << u"alice@example.org"_s << u"alice-password"_s << true << u"alice@example.org"_s;
    QTest::newRow("login in capitals") << u"ALICE@Example.ORG"_s << u"alice-password"_s << true << u"alice@example.org"_s;
    QTest::newRow("wrong password") << u"alice@example.org"_s << u"Alice-password"_s << false << QString();
    QTest::newRow("empty password") << u"alice@example.org"_s << QString() << false << QString();
    QTest::newRow("unknown user") << u"nobody@example.org"_s << u"alice-password"_s << false << QString();
    QTest::newRow("disabled user, right password") << u"dave@example.org"_s << u"dave-password"_s << false << QString();
    QTest::newRow("malformed login") << u"alice"_s << u"alice-password"_s << false << QString();
    QTest::newRow("alias as login") << u"info@example.org"_s << u"alice-password"_s << false << QString();
}

void TestMailPolicy::authenticate()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QFETCH(QString, normalized);
    std::optional<Smtp::AuthDecision> decision;
    Qt::HANDLE thread = nullptr;
    m_policy->authenticate(user, password, [&](Smtp::AuthDecision d) {
        thread = QThread::currentThreadId();
        decision = d;
    });
    QVERIFY2(!decision, "got the answer inside authenticate(), want it later (hashing runs on a worker thread)");
    QTRY_VERIFY_WITH_TIMEOUT(decision.has_value(), kTimeout);
    QCOMPARE(thread, QThread::currentThreadId());
    const bool got = decision->result == Smtp::AuthDecision::Result::Accepted;
    QVERIFY2(got == accepted, qPrintable(u"got %1, want %2"_s.arg(got ? u"accepted"_s : u"refused"_s, accepted ? u"accepted"_s : u"refused"_s)));
    if (accepted)
        QCOMPARE(decision->user, normalized);
    else
        QVERIFY(decision->result == Smtp::AuthDecision::Result::Invalid);
}

namespace {

// Occupies every thread of the hashing pool until released, so a test can tell answers that
// need a hash from answers that do not.
class BusyHashingPool
{
public:
    BusyHashingPool()
    {
        QThreadPool &pool = Store::PasswordHash::pool();
        for (int i = 0; i < pool.maxThreadCount(); ++i) {
            pool.start([this] {
                m_started.release();
                m_release.acquire();
            });
        }
        m_started.acquire(pool.maxThreadCount());
    }
    ~BusyHashingPool() { release(); }
    void release()
    {
        if (!m_released) {
            m_release.release(Store::PasswordHash::pool().maxThreadCount());
            m_released = true;
        }
    }

private:
    QSemaphore m_started;
    QSemaphore m_release;
    bool m_released = false;
};

// One user, carol@example.org, with the password "carol-password".
bool withCarol(PolicyFixture &f)
{
    return f.domain(u"example.org"_s) && f.user(u"carol@example.org"_s, u"carol-password"_s) && f.load();
}

std::optional<bool> login(MailPolicy &policy, const QString &user, const QString &password)
{
    std::optional<bool> accepted;
    policy.authenticate(user, password, [&](Smtp::AuthDecision d) { accepted = d.result == Smtp::AuthDecision::Result::Accepted; });
    if (!QTest::qWaitFor([&] { return accepted.has_value(); }, kTimeout))
        return std::nullopt;
    return accepted;
}

} // namespace

void TestMailPolicy::verifiedLoginAnswersWhileHashingIsBusy()
{
    PolicyFixture f;
    QVERIFY(withCarol(f));
    MailPolicy policy(*f.cache, *m_resolver, *f.settings);
    QCOMPARE(login(policy, u"carol@example.org"_s, u"carol-password"_s), std::optional<bool>(true));

    BusyHashingPool busy;
    QCOMPARE(login(policy, u"Carol@Example.org"_s, u"carol-password"_s), std::optional<bool>(true));
    // A wrong password, or a login not verified yet, still needs a hash: no answer until then.
    std::optional<bool> wrong;
    policy.authenticate(u"carol@example.org"_s, u"carol-passworD"_s, [&](Smtp::AuthDecision d) {
        wrong = d.result == Smtp::AuthDecision::Result::Accepted;
    });
    QTest::qWait(100);
    QVERIFY2(!wrong.has_value(), "a wrong password was answered without hashing");
    busy.release();
    QTRY_VERIFY_WITH_TIMEOUT(wrong.has_value(), kTimeout);
    QCOMPARE(*wrong, false);
}

void TestMailPolicy::changedPasswordIsHashedAgain()
{
    PolicyFixture f;
    QVERIFY(withCarol(f));
    MailPolicy policy(*f.cache, *m_resolver, *f.settings);
    QCOMPARE(login(policy, u"carol@example.org"_s, u"carol-password"_s), std::optional<bool>(true));

    const QByteArray newHash = Store::PasswordHash::hash(u"new-carol-password"_s).value();
    const auto carol = Core::MailAddress::parse(u"carol@example.org"_s).value();
    QVERIFY(f.store->runSync([&](Store::Database &db) { return Store::UserRepository(db).setPasswordHash(carol, newHash, 1); }).ok());
    QVERIFY(f.load());
    QCOMPARE(login(policy, u"carol@example.org"_s, u"carol-password"_s), std::optional<bool>(false));
    QCOMPARE(login(policy, u"carol@example.org"_s, u"new-carol-password"_s), std::optional<bool>(true));

    // Disabled: the remembered login no longer counts.
    QVERIFY(f.store->runSync([&](Store::Database &db) { return Store::UserRepository(db).setEnabled(carol, false); }).ok());
    QVERIFY(f.load());
    QCOMPARE(login(policy, u"carol@example.org"_s, u"new-carol-password"_s), std::optional<bool>(false));
}

void TestMailPolicy::simultaneousLoginsShareAnswers()
{
    PolicyFixture f;
    QVERIFY(withCarol(f));
    MailPolicy policy(*f.cache, *m_resolver, *f.settings);
    BusyHashingPool busy;
    constexpr int kLogins = 6;
    std::vector<std::optional<bool>> right(kLogins), wrong(kLogins);
    for (int i = 0; i < kLogins; ++i) {
        policy.authenticate(u"carol@example.org"_s, u"carol-password"_s, [&right, i](Smtp::AuthDecision d) {
            right[size_t(i)] = d.result == Smtp::AuthDecision::Result::Accepted;
        });
        policy.authenticate(u"carol@example.org"_s, u"carol-passwort"_s, [&wrong, i](Smtp::AuthDecision d) {
            wrong[size_t(i)] = d.result == Smtp::AuthDecision::Result::Accepted;
        });
    }
    busy.release();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(right.cbegin(), right.cend(), [](auto a) { return a.has_value(); })
                                 && std::all_of(wrong.cbegin(), wrong.cend(), [](auto a) { return a.has_value(); }),
                             kTimeout);
    for (int i = 0; i < kLogins; ++i) {
        QVERIFY(*right[size_t(i)]);
        QVERIFY(!*wrong[size_t(i)]);
    }
}

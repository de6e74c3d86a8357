#include <QTest>

#include "engine/policy/recipientresolver.h"
#include "tests/unit/policy/policyfixture.h"
#include "tests/unit/policy/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Policy::RecipientResolver;
using Doorstep::Policy::Resolution;
using Doorstep::Tests::PolicyFixture;

namespace {

/** "Deliver: a, b (remote)", "Unknown", "Disabled". */
QString describe(const Resolution &resolution)
{
    switch (resolution.kind) {
    case Resolution::Kind::Unknown:
        return resolution.targets.isEmpty() ? u"Unknown"_s : u"Unknown with targets!"_s;
    case Resolution::Kind::Disabled:
        return resolution.targets.isEmpty() ? u"Disabled"_s : u"Disabled with targets!"_s;
    case Resolution::Kind::Deliver:
        break;
    }
    QStringList targets;
    for (const auto &t : resolution.targets)
        targets << (t.local ? t.address : t.address + u" (remote)"_s);
    return u"Deliver: "_s + targets.join(u", "_s);
}

void expect(const Resolution &resolution, const QString &want)
{
    const QString got = describe(resolution);
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got, want)));
}

} // namespace

TestRecipientResolver::TestRecipientResolver() = default;
TestRecipientResolver::~TestRecipientResolver() = default;

void TestRecipientResolver::initTestCase()
{
    m_fixture = std::make_unique<PolicyFixture>();
    QVERIFY(Doorstep::Tests::fillStandard(*m_fixture, RecipientResolver::kMaxDepth));
    // Bare names, for mail from local programs (the seed's /etc/aliases).
    QVERIFY(m_fixture->alias(u"root"_s, u"info@example.org"_s));
    QVERIFY(m_fixture->alias(u"www-data"_s, u"pal@remote.example, bob@example.org"_s));
    QVERIFY(m_fixture->alias(u"nologin"_s, u"dave@example.org"_s));
    QVERIFY(m_fixture->load());
}

void TestRecipientResolver::resolve_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("want");

    const QString org = u"example.org"_s;
    const QString net = u"example.net"_s;
    QTest::newRow("user") << u"alice"_s << org << u"Deliver: alice@example.org"_s;
    QTest::newRow("user of the second domain") << u"erin"_s << net << u"Deliver: erin@example.net"_s;
    QTest::newRow("alias") << u"info"_s << org << u"Deliver: alice@example.org"_s;
    QTest::newRow("list") << u"sales"_s << org << u"Deliver: bob@example.org, carol@example.org"_s;
    QTest::newRow("chain through a list") << u"team"_s << org << u"Deliver: bob@example.org, carol@example.org, alice@example.org"_s;
    QTest::newRow("each local user once") << u"everyone"_s << org << u"Deliver: bob@example.org, carol@example.org, alice@example.org"_s;
    QTest::newRow("disabled user") << u"dave"_s << org << u"Disabled"_s;
    QTest::newRow("a disabled member is skipped") << u"withdave"_s << org << u"Deliver: bob@example.org"_s;
    QTest::newRow("an alias of a disabled user only") << u"onlydave"_s << org << u"Unknown"_s;
    QTest::newRow("remote target") << u"friend"_s << org << u"Deliver: pal@remote.example (remote)"_s;
    QTest::newRow("local and remote targets") << u"mixed"_s << org << u"Deliver: alice@example.org, pal@remote.example (remote)"_s;
    QTest::newRow("postmaster reaches the first user") << u"postmaster"_s << org << u"Deliver: alice@example.org"_s;
    QTest::newRow("abuse follows its alias") << u"abuse"_s << org << u"Deliver: bob@example.org"_s;
    QTest::newRow("postmaster of a catch-all domain: its first user") << u"postmaster"_s << net << u"Deliver: erin@example.net"_s;
    QTest::newRow("abuse of a catch-all domain: its first user") << u"abuse"_s << net << u"Deliver: erin@example.net"_s;
    QTest::newRow("catch-all") << u"whoever"_s << net << u"Deliver: carol@example.org"_s;
    QTest::newRow("an alias beats the catch-all") << u"sales"_s << net << u"Deliver: bob@example.org"_s;
    QTest::newRow("a user beats the catch-all") << u"erin"_s << net << u"Deliver: erin@example.net"_s;
    QTest::newRow("unknown") << u"nobody"_s << org << u"Unknown"_s;
    QTest::newRow("percent hack is an unknown name") << u"pal%remote.example"_s << org << u"Unknown"_s;
    QTest::newRow("bang path is an unknown name") << u"remote.example!pal"_s << org << u"Unknown"_s;
    QTest::newRow("percent hack in a catch-all domain stays local") << u"pal%remote.example"_s << net << u"Deliver: carol@example.org"_s;
    QTest::newRow("chain at the depth limit") << u"deep1"_s << org << u"Deliver: alice@example.org"_s;
    QTest::newRow("chain one over the depth limit") << u"over1"_s << org << u"Unknown"_s;
}

void TestRecipientResolver::resolve()
{
    QFETCH(QString, local);
    QFETCH(QString, domain);
    QFETCH(QString, want);
    expect(RecipientResolver::resolve(m_fixture->directory(), local, domain), want);
}

void TestRecipientResolver::postmasterWhenFirstUserDisabled()
{
    // RFC 5321 4.5.1: every domain's postmaster must receive mail. It goes to the domain's
    // first user; when that user is disabled, to the next one who can receive it.
    PolicyFixture f;
    QVERIFY(f.domain(u"example.com"_s));
    QVERIFY(f.user(u"first@example.com"_s, QString(), false));
    QVERIFY(f.user(u"second@example.com"_s));
    QVERIFY(f.load());
    const QString got = describe(RecipientResolver::resolve(f.directory(), u"postmaster"_s, u"example.com"_s));
    QVERIFY2(got == u"Deliver: second@example.com"_s, qPrintable(u"got %1, want Deliver: second@example.com"_s.arg(got)));
}

void TestRecipientResolver::resolveLocalName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hostDomain");
    QTest::addColumn<QString>("want");

    const QString org = u"example.org"_s;
    const QString foreign = u"mail.elsewhere.example"_s;
    QTest::newRow("bare alias through an alias") << u"root"_s << foreign << u"Deliver: alice@example.org"_s;
    QTest::newRow("bare alias, remote and local targets") << u"www-data"_s << foreign
                                                          << u"Deliver: pal@remote.example (remote), bob@example.org"_s;
    QTest::newRow("bare alias of a disabled user only") << u"nologin"_s << org << u"Unknown"_s;
    QTest::newRow("the alias wins over a user at the host") << u"root"_s << org << u"Deliver: alice@example.org"_s;
    QTest::newRow("no alias: a user at a local host name") << u"bob"_s << org << u"Deliver: bob@example.org"_s;
    QTest::newRow("no alias: an alias at a local host name") << u"sales"_s << org << u"Deliver: bob@example.org, carol@example.org"_s;
    QTest::newRow("no alias: postmaster at a local host name") << u"postmaster"_s << org << u"Deliver: alice@example.org"_s;
    QTest::newRow("no alias: disabled user at the host") << u"dave"_s << org << u"Disabled"_s;
    QTest::newRow("no alias, no such user at the host") << u"nobody"_s << org << u"Unknown"_s;
    QTest::newRow("no alias, the host name is not local") << u"bob"_s << foreign << u"Unknown"_s;
    QTest::newRow("no alias, no host name") << u"bob"_s << QString() << u"Unknown"_s;
}

void TestRecipientResolver::resolveLocalName()
{
    QFETCH(QString, name);
    QFETCH(QString, hostDomain);
    QFETCH(QString, want);
    expect(RecipientResolver::resolveLocalName(m_fixture->directory(), name, hostDomain), want);
}

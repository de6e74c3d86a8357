// dbus.domains: domain list/add/remove through doorstepctl, with normalization, IDN and the
// refusals (each a row of its own, with the D-Bus error name checked directly).

#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QString kDomains = kInterfacePrefix + u"Domains"_s;

QStringList domainList(const EngineFixture &engine, QString *error)
{
    const CtlRun run = ctl(engine, {u"domain"_s, u"list"_s});
    if (run.exitCode != 0)
        *error = run.mismatch(0);
    return run.outLines();
}

} // namespace

void TestDomains::initTestCase()
{
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
    // What the refusals below need: a domain with a user, one with only an alias, an IDN.
    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, u"example.org"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, u"aliased.example"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, u"bücher.example"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"add"_s, u"alice@example.org"_s}, "alice-password\n"), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"alias"_s, u"set"_s, u"info@aliased.example"_s, u"alice@example.org"_s}), 0);
}

void TestDomains::cleanupTestCase()
{
    m_engine.reset();
}

void TestDomains::add_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("stored");
    QTest::newRow("plain") << u"plain.example"_s << u"plain.example"_s;
    QTest::newRow("upper case and a trailing dot") << u"Example.NET."_s << u"example.net"_s;
    QTest::newRow("subdomain with digits and hyphens") << u"mail-1.home2.example"_s << u"mail-1.home2.example"_s;
    QTest::newRow("internationalized") << u"café.example"_s << u"xn--caf-dma.example"_s;
    QTest::newRow("internationalized, upper case") << u"MÜNCHEN.example"_s << u"xn--mnchen-3ya.example"_s;
}

void TestDomains::add()
{
    QFETCH(QString, domain);
    QFETCH(QString, stored);
    const CtlRun run = ctl(*m_engine, {u"domain"_s, u"add"_s, domain});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.isEmpty() && run.err.isEmpty(), qPrintable(u"domain add prints nothing: "_s + run.mismatch(0)));
    QString error;
    const QStringList domains = domainList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(domains.contains(stored), qPrintable(u"domain list after adding '%1': "_s.arg(domain) + gotWant(domains, u"it to contain "_s + stored)));
    QVERIFY2(!domains.contains(domain) || domain == stored, qPrintable(u"domain list: got the unnormalized '%1' too"_s.arg(domain)));
}

void TestDomains::listAsJson()
{
    const CtlRun run = ctl(*m_engine, {u"--json"_s, u"domain"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    QString error;
    const QJsonArray domains = parseJson(run.out, &error).toArray();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList names;
    for (const QJsonValue &d : domains)
        names << d.toString();
    QStringList sorted = names;
    sorted.sort();
    EXPECT_EQ(names, sorted, u"--json domain list (sorted)"_s);
    for (const QString &want : {u"aliased.example"_s, u"example.org"_s, u"xn--bcher-kva.example"_s})
        QVERIFY2(names.contains(want), qPrintable(gotWant(names, u"a list with "_s + want)));
    const CtlRun status = ctl(*m_engine, {u"--json"_s, u"status"_s});
    EXPECT_EQ(qsizetype(parseJson(status.out).toObject().value(u"domains"_s).toInt()), names.size(), u"status domains"_s);
}

void TestDomains::remove_data()
{
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("removed"); // as given to `domain remove`
    QTest::newRow("as listed") << u"gone.example"_s << u"gone.example"_s;
    QTest::newRow("upper case and a trailing dot") << u"gone2.example"_s << u"GONE2.Example."_s;
    QTest::newRow("internationalized, in Unicode") << u"straße.example"_s << u"straße.example"_s;
}

void TestDomains::remove()
{
    QFETCH(QString, added);
    QFETCH(QString, removed);
    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, added}), 0);
    QString error;
    const qsizetype before = domainList(*m_engine, &error).size();
    const CtlRun run = ctl(*m_engine, {u"domain"_s, u"remove"_s, removed});
    EXPECT_EXIT(run, 0);
    const QStringList after = domainList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    EXPECT_EQ(after.size(), before - 1, u"domains after removing '%1' (%2)"_s.arg(removed, after.join(u", "_s)));
    QVERIFY2(!after.contains(added), qPrintable(gotWant(after, u"no "_s + added)));
}

void TestDomains::refused_data()
{
    QTest::addColumn<QString>("verb");   // add or remove
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("wantError");
    QTest::addColumn<QStringList>("wantParts");

    QTest::newRow("add: words with spaces") << u"add"_s << u"not a domain"_s << u"InvalidArgument"_s
                                            << QStringList{u"'not a domain'"_s, u"space"_s};
    QTest::newRow("add: hyphens at the ends of a label") << u"add"_s << u"-bad-.org"_s << u"InvalidArgument"_s
                                                         << QStringList{u"'-bad-.org'"_s, u"hyphen"_s};
    QTest::newRow("add: a single label") << u"add"_s << u"single"_s << u"InvalidArgument"_s
                                         << QStringList{u"'single'"_s, u"two labels"_s};
    QTest::newRow("add: an IP address") << u"add"_s << u"192.0.2.1"_s << u"InvalidArgument"_s << QStringList{u"'192.0.2.1'"_s, u"IP address"_s};
    QTest::newRow("add: empty") << u"add"_s << QString() << u"InvalidArgument"_s << QStringList{u"empty"_s};
    QTest::newRow("add: an empty label") << u"add"_s << u"example..org"_s << u"InvalidArgument"_s << QStringList{u"'example..org'"_s};
    QTest::newRow("add: an underscore") << u"add"_s << u"my_host.example"_s << u"InvalidArgument"_s << QStringList{u"'my_host.example'"_s};
    QTest::newRow("add: already local") << u"add"_s << u"example.org"_s << u"AlreadyExists"_s
                                        << QStringList{u"'example.org'"_s, u"already"_s};
    QTest::newRow("add: already local, other spelling") << u"add"_s << u"EXAMPLE.org."_s << u"AlreadyExists"_s
                                                        << QStringList{u"'example.org'"_s, u"already"_s};
    QTest::newRow("add: already local, IDN in punycode") << u"add"_s << u"xn--bcher-kva.example"_s << u"AlreadyExists"_s
                                                         << QStringList{u"'xn--bcher-kva.example'"_s, u"already"_s};
    QTest::newRow("remove: not local") << u"remove"_s << u"unknown.example"_s << u"NotFound"_s
                                       << QStringList{u"'unknown.example'"_s, u"not one of this server's domains"_s};
    QTest::newRow("remove: malformed") << u"remove"_s << u"not a domain"_s << u"NotFound"_s << QStringList{u"'not a domain'"_s};
    QTest::newRow("remove: while a user exists") << u"remove"_s << u"example.org"_s << u"Failed"_s
                                                 << QStringList{u"'example.org'"_s, u"1 user(s)"_s};
    QTest::newRow("remove: while an alias exists") << u"remove"_s << u"aliased.example"_s << u"Failed"_s
                                                   << QStringList{u"'aliased.example'"_s, u"1 alias(es)"_s};
}

void TestDomains::refused()
{
    QFETCH(QString, verb);
    QFETCH(QString, domain);
    QFETCH(QString, wantError);
    QFETCH(QStringList, wantParts);

    QString error;
    const QStringList before = domainList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const CtlRun run = ctl(*m_engine, {u"domain"_s, verb, domain});
    EXPECT_EXIT(run, 1);
    for (const QString &part : wantParts)
        EXPECT_CONTAINS(run.sentence(), part, u"sentence"_s);
    const DBusResult direct = callEngine(m_engine->connection(), kDomains, verb == u"add"_s ? u"Add"_s : u"Remove"_s, {domain});
    EXPECT_EQ(direct.errorName, kErrorPrefix + wantError, u"D-Bus error of Domains.%1('%2')"_s.arg(verb, domain));
    EXPECT_EQ(domainList(*m_engine, &error), before, u"domains after the refusal"_s);
}

// dbus.aliases: alias set/list/remove (address, @domain catch-all, bare name, several targets,
// replacing), outbound list/set/remove (genericstable) and their refusals.

#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QString kAliases = kInterfacePrefix + u"Aliases"_s;

// `--json alias list` (or outbound list) as first -> second.
QMap<QString, QString> pairs(const EngineFixture &engine, const QString &noun, const QString &first, const QString &second, QString *error)
{
    QMap<QString, QString> result;
    const CtlRun run = ctl(engine, {u"--json"_s, noun, u"list"_s});
    if (run.exitCode != 0) {
        *error = run.mismatch(0);
        return result;
    }
    for (const QJsonValue &v : parseJson(run.out, error).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList keys{first, second};
        keys.sort();
        if (o.keys() != keys)
            *error = gotWant(o, u"{%1, %2}"_s.arg(first, second));
        result.insert(o.value(first).toString(), o.value(second).toString());
    }
    return result;
}

QMap<QString, QString> aliasList(const EngineFixture &engine, QString *error)
{
    return pairs(engine, u"alias"_s, u"address"_s, u"targets"_s, error);
}

QMap<QString, QString> outboundList(const EngineFixture &engine, QString *error)
{
    return pairs(engine, u"outbound"_s, u"local"_s, u"external"_s, error);
}

} // namespace

void TestAliases::initTestCase()
{
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, u"example.org"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, u"bücher.example"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"add"_s, u"alice@example.org"_s}, "alice-password\n"), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"add"_s, u"bob@example.org"_s}, "bob-password\n"), 0);
    // An alias that others deliver to, for the rows that need one.
    EXPECT_EXIT(ctl(*m_engine, {u"alias"_s, u"set"_s, u"helpdesk@example.org"_s, u"alice@example.org"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"alias"_s, u"set"_s, u"sales@example.org"_s, u"helpdesk@example.org"_s}), 0);
}

void TestAliases::cleanupTestCase()
{
    m_engine.reset();
}

void TestAliases::set_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("targets"); // doorstepctl's arguments after ADDRESS
    QTest::addColumn<QString>("wantAddress");
    QTest::addColumn<QString>("wantTargets");

    QTest::newRow("address to a user") << u"info@example.org"_s << QStringList{u"alice@example.org"_s} << u"info@example.org"_s
                                       << u"alice@example.org"_s;
    QTest::newRow("@domain catch-all") << u"@example.org"_s << QStringList{u"alice@example.org"_s} << u"@example.org"_s << u"alice@example.org"_s;
    QTest::newRow("bare name (root)") << u"root"_s << QStringList{u"alice@example.org"_s} << u"root"_s << u"alice@example.org"_s;
    QTest::newRow("bare name in upper case") << u"Www-Data"_s << QStringList{u"bob@example.org"_s} << u"www-data"_s << u"bob@example.org"_s;
    QTest::newRow("several targets in one argument") << u"team@example.org"_s << QStringList{u"alice@example.org,bob@example.org"_s}
                                                     << u"team@example.org"_s << u"alice@example.org,bob@example.org"_s;
    QTest::newRow("several targets as arguments") << u"crew@example.org"_s << QStringList{u"bob@example.org"_s, u"alice@example.org"_s}
                                                  << u"crew@example.org"_s << u"bob@example.org,alice@example.org"_s;
    QTest::newRow("a remote target") << u"fwd@example.org"_s << QStringList{u"someone@remote.example"_s} << u"fwd@example.org"_s
                                     << u"someone@remote.example"_s;
    QTest::newRow("another alias as target") << u"support@example.org"_s << QStringList{u"helpdesk@example.org"_s} << u"support@example.org"_s
                                             << u"helpdesk@example.org"_s;
    QTest::newRow("upper case, normalized") << u"Mixed@Example.ORG"_s << QStringList{u"ALICE@example.org"_s} << u"mixed@example.org"_s
                                            << u"alice@example.org"_s;
    QTest::newRow("a target twice, kept once") << u"dup@example.org"_s << QStringList{u"alice@example.org,ALICE@example.org,bob@example.org"_s}
                                               << u"dup@example.org"_s << u"alice@example.org,bob@example.org"_s;
    QTest::newRow("internationalized domain") << u"post@bücher.example"_s << QStringList{u"alice@example.org"_s}
                                              << u"post@xn--bcher-kva.example"_s << u"alice@example.org"_s;
}

void TestAliases::set()
{
    QFETCH(QString, address);
    QFETCH(QStringList, targets);
    QFETCH(QString, wantAddress);
    QFETCH(QString, wantTargets);
    const CtlRun run = ctl(*m_engine, QStringList{u"alias"_s, u"set"_s, address} + targets);
    EXPECT_EXIT(run, 0);
    QString error;
    const auto aliases = aliasList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(aliases.contains(wantAddress), qPrintable(gotWant(QStringList(aliases.keys()), u"a list with "_s + wantAddress)));
    EXPECT_EQ(aliases.value(wantAddress), wantTargets, u"targets of "_s + wantAddress);
    if (wantAddress != address)
        QVERIFY2(!aliases.contains(address), qPrintable(u"alias list: got the unnormalized '%1' too"_s.arg(address)));

    const CtlRun table = ctl(*m_engine, {u"alias"_s, u"list"_s});
    EXPECT_EQ(table.outLines().value(0).simplified(), u"ADDRESS TARGETS"_s, u"header of alias list"_s);
    const QString row = wantAddress + u' ' + wantTargets;
    bool found = false;
    for (const QString &line : table.outLines())
        found = found || line.simplified() == row;
    QVERIFY2(found, qPrintable(gotWant(table.out, u"a row '%1  %2'"_s.arg(wantAddress, wantTargets))));
}

void TestAliases::replace()
{
    EXPECT_EXIT(ctl(*m_engine, {u"alias"_s, u"set"_s, u"desk@example.org"_s, u"alice@example.org"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"alias"_s, u"set"_s, u"desk@example.org"_s, u"bob@example.org,someone@remote.example"_s}), 0);
    QString error;
    const auto aliases = aliasList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    EXPECT_EQ(aliases.value(u"desk@example.org"_s), u"bob@example.org,someone@remote.example"_s, u"targets of desk@example.org after replacing"_s);
}

void TestAliases::remove()
{
    const QList<std::pair<QString, QString>> cases{
        {u"gone@example.org"_s, u"GONE@Example.org"_s}, // set as, removed as
        {u"@bücher.example"_s, u"@xn--bcher-kva.example"_s},
        {u"mailer-daemon"_s, u"MAILER-DAEMON"_s},
    };
    for (const auto &[address, spelled] : cases) {
        EXPECT_EXIT(ctl(*m_engine, {u"alias"_s, u"set"_s, address, u"alice@example.org"_s}), 0);
        QString error;
        const qsizetype before = aliasList(*m_engine, &error).size();
        const CtlRun run = ctl(*m_engine, {u"alias"_s, u"remove"_s, spelled});
        EXPECT_EXIT(run, 0);
        const auto after = aliasList(*m_engine, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        EXPECT_EQ(after.size(), before - 1, u"aliases after `alias remove %1` (%2)"_s.arg(spelled, QStringList(after.keys()).join(u", "_s)));
    }
}

void TestAliases::refused_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("wantError");
    QTest::addColumn<QStringList>("wantParts");

    QTest::newRow("set: local target neither user nor alias")
        << u"set"_s << QStringList{u"x@example.org"_s, u"ghost@example.org"_s} << u"NotFound"_s
        << QStringList{u"'ghost@example.org'"_s, u"neither a user nor an alias"_s};
    QTest::newRow("set: onto itself") << u"set"_s << QStringList{u"self@example.org"_s, u"self@example.org"_s} << u"InvalidArgument"_s
                                      << QStringList{u"'self@example.org'"_s, u"itself"_s};
    QTest::newRow("set: onto itself among other targets") << u"set"_s << QStringList{u"self@example.org"_s, u"alice@example.org,Self@Example.org"_s}
                                                          << u"InvalidArgument"_s << QStringList{u"'self@example.org'"_s, u"itself"_s};
    QTest::newRow("set: address in a domain that is not local") << u"set"_s << QStringList{u"info@remote.example"_s, u"alice@example.org"_s}
                                                                << u"NotFound"_s
                                                                << QStringList{u"'remote.example'"_s, u"not one of this server's domains"_s};
    QTest::newRow("set: catch-all of a domain that is not local") << u"set"_s << QStringList{u"@remote.example"_s, u"alice@example.org"_s}
                                                                  << u"NotFound"_s << QStringList{u"'remote.example'"_s};
    QTest::newRow("set: malformed target") << u"set"_s << QStringList{u"info@example.org"_s, u"not-an-address"_s} << u"InvalidArgument"_s
                                           << QStringList{u"'not-an-address'"_s};
    QTest::newRow("set: a catch-all as target") << u"set"_s << QStringList{u"info@example.org"_s, u"@example.org"_s} << u"InvalidArgument"_s
                                                << QStringList{u"'@example.org'"_s};
    QTest::newRow("set: malformed address") << u"set"_s << QStringList{u"bad address"_s, u"alice@example.org"_s} << u"InvalidArgument"_s
                                            << QStringList{u"'bad address'"_s};
    QTest::newRow("set: no target at all") << u"set"_s << QStringList{u"info@example.org"_s, u","_s} << u"InvalidArgument"_s
                                           << QStringList{u"'info@example.org'"_s, u"at least one target"_s};
    QTest::newRow("set: the address of a user") << u"set"_s << QStringList{u"alice@example.org"_s, u"bob@example.org"_s} << u"AlreadyExists"_s
                                                << QStringList{u"'alice@example.org'"_s, u"mailbox"_s};
    QTest::newRow("remove: unknown alias") << u"remove"_s << QStringList{u"nothing@example.org"_s} << u"NotFound"_s
                                           << QStringList{u"There is no alias 'nothing@example.org'."_s};
    QTest::newRow("remove: malformed alias") << u"remove"_s << QStringList{u"bad address"_s} << u"NotFound"_s << QStringList{u"'bad address'"_s};
    QTest::newRow("remove: a user, not an alias") << u"remove"_s << QStringList{u"bob@example.org"_s} << u"NotFound"_s
                                                  << QStringList{u"'bob@example.org'"_s};
    QTest::newRow("remove: target of another alias") << u"remove"_s << QStringList{u"helpdesk@example.org"_s} << u"Failed"_s
                                                     << QStringList{u"'helpdesk@example.org'"_s, u"'sales@example.org'"_s};
}

void TestAliases::refused()
{
    QFETCH(QString, verb);
    QFETCH(QStringList, args);
    QFETCH(QString, wantError);
    QFETCH(QStringList, wantParts);

    QString error;
    const auto before = aliasList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CtlRun run = ctl(*m_engine, QStringList{u"alias"_s, verb} + args);
    EXPECT_EXIT(run, 1);
    for (const QString &part : wantParts)
        EXPECT_CONTAINS(run.sentence(), part, u"sentence"_s);
    const DBusResult direct = verb == u"set"_s
                                  ? callEngine(m_engine->connection(), kAliases, u"Set"_s, {args.first(), args.mid(1).join(u',')})
                                  : callEngine(m_engine->connection(), kAliases, u"Remove"_s, {args.first()});
    EXPECT_EQ(direct.errorName, kErrorPrefix + wantError, u"D-Bus error of alias %1 %2"_s.arg(verb, args.join(u' ')));
    EXPECT_EQ(aliasList(*m_engine, &error), before, u"aliases after the refusal"_s);
}

void TestAliases::outboundSetListRemove()
{
    EXPECT_EXIT(ctl(*m_engine, {u"outbound"_s, u"set"_s, u"dad"_s, u"dad@example.org"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"outbound"_s, u"set"_s, u"Dad@PC.home.lan"_s, u"Dad@Example.org"_s}), 0);
    QString error;
    auto names = outboundList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    EXPECT_EQ(names.value(u"dad"_s), u"dad@example.org"_s, u"outbound name of dad"_s);
    EXPECT_EQ(names.value(u"dad@pc.home.lan"_s), u"dad@example.org"_s, u"outbound name of dad@pc.home.lan"_s);

    const CtlRun table = ctl(*m_engine, {u"outbound"_s, u"list"_s});
    EXPECT_EXIT(table, 0);
    EXPECT_EQ(table.outLines().value(0).simplified(), u"LOCAL EXTERNAL"_s, u"header of outbound list"_s);
    QVERIFY2(table.outLines().size() == 3, qPrintable(gotWant(table.out, u"a header and two rows"_s)));

    // Replacing.
    EXPECT_EXIT(ctl(*m_engine, {u"outbound"_s, u"set"_s, u"dad"_s, u"papa@example.org"_s}), 0);
    names = outboundList(*m_engine, &error);
    EXPECT_EQ(names.value(u"dad"_s), u"papa@example.org"_s, u"outbound name of dad after replacing"_s);
    EXPECT_EQ(names.size(), qsizetype(2), u"number of outbound names after replacing"_s);

    // Removing, spelled either way.
    EXPECT_EXIT(ctl(*m_engine, {u"outbound"_s, u"remove"_s, u"DAD"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"outbound"_s, u"remove"_s, u"dad@PC.HOME.LAN"_s}), 0);
    names = outboundList(*m_engine, &error);
    EXPECT_EQ(QStringList(names.keys()), QStringList(), u"outbound names after removing both"_s);
}

void TestAliases::outboundRefused_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("wantError");
    QTest::addColumn<QStringList>("wantParts");

    QTest::newRow("set: local sender with a space") << u"set"_s << QStringList{u"bad local"_s, u"x@example.org"_s} << u"InvalidArgument"_s
                                                    << QStringList{u"'bad local'"_s};
    QTest::newRow("set: malformed local address") << u"set"_s << QStringList{u"dad@"_s, u"x@example.org"_s} << u"InvalidArgument"_s
                                                  << QStringList{u"'dad@'"_s};
    QTest::newRow("set: external not an address") << u"set"_s << QStringList{u"dad"_s, u"not-an-address"_s} << u"InvalidArgument"_s
                                                   << QStringList{u"'dad'"_s, u"'not-an-address'"_s};
    QTest::newRow("set: external the same address") << u"set"_s << QStringList{u"mum@example.org"_s, u"MUM@example.org"_s} << u"InvalidArgument"_s
                                                    << QStringList{u"'mum@example.org'"_s, u"same address"_s};
    QTest::newRow("remove: unknown local sender") << u"remove"_s << QStringList{u"nobody"_s} << u"NotFound"_s
                                                  << QStringList{u"There is no outbound name for 'nobody'."_s};
    QTest::newRow("remove: malformed local sender") << u"remove"_s << QStringList{u"bad local"_s} << u"NotFound"_s
                                                    << QStringList{u"'bad local'"_s};
}

void TestAliases::outboundRefused()
{
    QFETCH(QString, verb);
    QFETCH(QStringList, args);
    QFETCH(QString, wantError);
    QFETCH(QStringList, wantParts);

    QString error;
    const auto before = outboundList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CtlRun run = ctl(*m_engine, QStringList{u"outbound"_s, verb} + args);
    EXPECT_EXIT(run, 1);
    for (const QString &part : wantParts)
        EXPECT_CONTAINS(run.sentence(), part, u"sentence"_s);
    const DBusResult direct = verb == u"set"_s ? callEngine(m_engine->connection(), kAliases, u"SetOutbound"_s, {args.at(0), args.at(1)})
                                               : callEngine(m_engine->connection(), kAliases, u"RemoveOutbound"_s, {args.at(0)});
    EXPECT_EQ(direct.errorName, kErrorPrefix + wantError, u"D-Bus error of outbound %1 %2"_s.arg(verb, args.join(u' ')));
    EXPECT_EQ(outboundList(*m_engine, &error), before, u"outbound names after the refusal"_s);
}

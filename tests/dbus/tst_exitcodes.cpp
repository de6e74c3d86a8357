// dbus.exitcodes: doorstepctl's exit codes that do not come from a refusal: 0 for --help and
// --version, 2 for usage errors, 3 when the engine or the bus cannot be reached.

#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

void TestExitCodes::initTestCase()
{
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
    m_noEngine = std::make_unique<EngineFixture>();
    QVERIFY2(m_noEngine->startBus(), qPrintable(m_noEngine->error()));
}

void TestExitCodes::cleanupTestCase()
{
    m_engine.reset();
    m_noEngine.reset();
}

void TestExitCodes::help()
{
    for (const QStringList &args : {QStringList{u"--help"_s}, QStringList{u"-h"_s}, QStringList{u"--json"_s, u"--help"_s}}) {
        const CtlRun run = ctl(*m_engine, args);
        EXPECT_EXIT(run, 0);
        QVERIFY2(run.out.startsWith(u"Usage: doorstepctl"_s), qPrintable(u"stdout: "_s + gotWant(run.out.left(80), u"Usage: doorstepctl ..."_s)));
        EXPECT_CONTAINS(run.out, u"Exit status: 0"_s, u"stdout"_s);
        // Every verb of DESIGN.md's table that this engine serves is listed.
        for (const QString &verb : {u"status"_s, u"stats [DAYS]"_s, u"events [--follow]"_s, u"reload"_s, u"settings set KEY VALUE"_s,
                                    u"domain add DOMAIN"_s, u"user passwd ADDRESS"_s, u"alias set ADDRESS TARGETS"_s,
                                    u"outbound set LOCAL EXTERNAL"_s, u"relay add PATTERN"_s, u"relay remove PATTERN"_s})
            EXPECT_CONTAINS(run.out, verb, u"verbs in --help"_s);
        EXPECT_EQ(run.err, QString(), u"stderr of "_s + args.join(u' '));
    }
}

void TestExitCodes::version()
{
    const CtlRun run = ctl(*m_engine, {u"--version"_s});
    EXPECT_EXIT(run, 0);
    EXPECT_EQ(run.out.trimmed(), u"doorstepctl "_s + QStringLiteral(DOORSTEP_VERSION), u"stdout"_s);
}

void TestExitCodes::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("wantPart"); // on stderr

    QTest::newRow("no verb") << QStringList() << u"Usage: doorstepctl"_s;
    QTest::newRow("unknown verb") << QStringList{u"frobnicate"_s} << u"unknown verb 'frobnicate'"_s;
    QTest::newRow("unknown second word") << QStringList{u"domain"_s, u"rename"_s, u"a"_s} << u"'domain' needs one of"_s;
    QTest::newRow("group word alone") << QStringList{u"user"_s} << u"doorstepctl user add ADDRESS"_s;
    QTest::newRow("too few arguments") << QStringList{u"domain"_s, u"add"_s} << u"wrong number of arguments for 'domain add'"_s;
    QTest::newRow("too many arguments") << QStringList{u"domain"_s, u"add"_s, u"a.example"_s, u"b.example"_s}
                                        << u"wrong number of arguments for 'domain add'"_s;
    QTest::newRow("settings get without a key") << QStringList{u"settings"_s, u"get"_s} << u"Usage: doorstepctl settings get KEY"_s;
    QTest::newRow("settings set without a value") << QStringList{u"settings"_s, u"set"_s, u"spam.threshold"_s}
                                                  << u"wrong number of arguments for 'settings set'"_s;
    QTest::newRow("status with an argument") << QStringList{u"status"_s, u"now"_s} << u"wrong number of arguments for 'status'"_s;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s, u"status"_s} << u"unknown option '--bogus'"_s;
    QTest::newRow("unknown option of events") << QStringList{u"events"_s, u"--tail"_s} << u"unknown argument '--tail'"_s;
    QTest::newRow("stats of a word") << QStringList{u"stats"_s, u"abc"_s} << u"DAYS must be a number"_s;
    QTest::newRow("user add without a password") << QStringList{u"user"_s, u"add"_s, u"x@example.org"_s} << u"no password"_s;
}

void TestExitCodes::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, wantPart);
    const CtlRun run = ctl(*m_engine, args);
    EXPECT_EXIT(run, 2);
    EXPECT_CONTAINS(run.err, wantPart, u"stderr"_s);
    EXPECT_EQ(run.out, QString(), u"stdout"_s);
}

void TestExitCodes::engineNotRunning_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("status") << QStringList{u"status"_s};
    QTest::newRow("domain list") << QStringList{u"domain"_s, u"list"_s};
    QTest::newRow("settings set") << QStringList{u"settings"_s, u"set"_s, u"spam.threshold"_s, u"6"_s};
    QTest::newRow("events --follow") << QStringList{u"events"_s, u"--follow"_s};
}

void TestExitCodes::engineNotRunning()
{
    QFETCH(QStringList, args);
    const CtlRun run = ctl(*m_noEngine, args);
    EXPECT_EXIT(run, 3);
    EXPECT_CONTAINS(run.err, u"not running on the session bus"_s, u"stderr"_s);
    EXPECT_EQ(run.out, QString(), u"stdout"_s);
}

void TestExitCodes::busNotReachable()
{
    QProcessEnvironment env = m_engine->environment();
    const QString missing = m_engine->dataDirectory() + u"/no-bus-here"_s;
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + missing);
    const CtlRun run = runProcess(EngineFixture::doorstepctlPath(), {u"--session"_s, u"status"_s}, env);
    EXPECT_EXIT(run, 3);
    EXPECT_CONTAINS(run.err, u"cannot connect to the session bus"_s, u"stderr"_s);
}

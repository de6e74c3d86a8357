// dbus.antivirus: Filters.AntivirusStatus and the quarantine verbs through doorstepctl, with
// antivirus off, on without a database (degraded, never silent), and each refusal.

#include <QDir>
#include <QTemporaryDir>

#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QString kFilters = kInterfacePrefix + u"Filters"_s;

QJsonObject antivirusStatus(const EngineFixture &engine, QString *error)
{
    const CtlRun run = ctl(engine, {u"--json"_s, u"filters"_s, u"antivirus"_s});
    if (run.exitCode != 0) {
        *error = run.mismatch(0);
        return {};
    }
    return parseJson(run.out, error).toObject();
}

QString engineState(const EngineFixture &engine)
{
    QString error;
    const CtlRun run = ctl(engine, {u"--json"_s, u"status"_s});
    return parseJson(run.out, &error).toObject().value(u"state"_s).toString();
}

} // namespace

void TestAntivirus::initTestCase()
{
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
}

void TestAntivirus::cleanupTestCase()
{
    m_engine.reset();
}

void TestAntivirus::antivirusOffByDefault()
{
    QString error;
    const QJsonObject status = antivirusStatus(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList keys{u"database_date"_s, u"database_dir"_s, u"database_version"_s, u"reason"_s, u"scanner_pid"_s, u"signatures"_s, u"state"_s};
    EXPECT_EQ(status.keys(), keys, u"AntivirusStatus keys"_s);
    EXPECT_EQ(status.value(u"state"_s).toString(), u"off"_s, u"state"_s);
    EXPECT_EQ(status.value(u"signatures"_s).toDouble(), 0.0, u"signatures"_s);
    EXPECT_EQ(status.value(u"scanner_pid"_s).toDouble(), 0.0, u"scanner_pid: nothing runs while antivirus is off"_s);
    EXPECT_EQ(status.value(u"database_dir"_s).toString(), u"/var/lib/clamav"_s, u"database_dir"_s);
    const CtlRun text = ctl(*m_engine, {u"filters"_s, u"antivirus"_s});
    EXPECT_EXIT(text, 0);
    EXPECT_EQ(text.outLines().value(0).simplified(), u"State: off"_s, u"first line of `filters antivirus`"_s);
    // The engine never loads signatures itself: no scanner process while off.
    QVERIFY2(!QDir(m_engine->dataDirectory()).exists(u"antivirus"_s), "DATA/antivirus exists although antivirus was never on");
}

void TestAntivirus::enabledWithoutDatabaseIsDegraded()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"antivirus.database_dir"_s, empty.path()}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"antivirus.enabled"_s, u"true"_s}), 0);
    QString error;
    QJsonObject status;
    const bool failed = waitUntil([&] {
        status = antivirusStatus(*m_engine, &error);
        return status.value(u"state"_s).toString() == u"failed"_s;
    });
    QVERIFY2(failed, qPrintable(gotWant(status, u"state failed"_s)));
    QVERIFY2(status.value(u"reason"_s).toString().contains(empty.path()), qPrintable(gotWant(status.value(u"reason"_s), u"a reason naming the directory"_s)));
    const QString state = engineState(*m_engine);
    QVERIFY2(state.startsWith(u"degraded: "_s) && state.contains(u"antivirus"_s), qPrintable(gotWant(state, u"degraded: antivirus: ..."_s)));

    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"antivirus.enabled"_s, u"false"_s}), 0);
    status = antivirusStatus(*m_engine, &error);
    EXPECT_EQ(status.value(u"state"_s).toString(), u"off"_s, u"state after antivirus.enabled false"_s);
    QVERIFY2(waitUntil([&] { return engineState(*m_engine) == u"running"_s; }), qPrintable(gotWant(engineState(*m_engine), u"running"_s)));
}

void TestAntivirus::emptyQuarantine()
{
    const CtlRun json = ctl(*m_engine, {u"--json"_s, u"quarantine"_s, u"list"_s});
    EXPECT_EXIT(json, 0);
    EXPECT_EQ(json.out.trimmed(), u"[]"_s, u"quarantine list --json"_s);
    const CtlRun text = ctl(*m_engine, {u"quarantine"_s, u"list"_s});
    EXPECT_EXIT(text, 0);
    EXPECT_EQ(text.out.trimmed(), u"The quarantine is empty."_s, u"quarantine list"_s);
}

void TestAntivirus::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("sentence");
    for (const QString &verb : {u"release"_s, u"delete"_s}) {
        QTest::newRow(qPrintable(verb + u" unknown id"_s)) << QStringList{u"quarantine"_s, verb, u"0000000000000000"_s} << 1
                                                          << u"There is no message '0000000000000000' in the quarantine."_s;
        QTest::newRow(qPrintable(verb + u" path"_s)) << QStringList{u"quarantine"_s, verb, u"../doorstep.db"_s} << 1
                                                    << u"There is no message '../doorstep.db' in the quarantine."_s;
        QTest::newRow(qPrintable(verb + u" without id"_s)) << QStringList{u"quarantine"_s, verb} << 2 << QString();
        QTest::newRow(qPrintable(verb + u" two ids"_s)) << QStringList{u"quarantine"_s, verb, u"A"_s, u"B"_s} << 2 << QString();
    }
    QTest::newRow("filters antivirus with an argument") << QStringList{u"filters"_s, u"antivirus"_s, u"now"_s} << 2 << QString();
}

void TestAntivirus::refused()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, sentence);
    const CtlRun run = ctl(*m_engine, args);
    EXPECT_EXIT(run, exitCode);
    if (!sentence.isEmpty())
        EXPECT_EQ(run.sentence(), sentence, u"refusal sentence"_s);
}

void TestAntivirus::notFoundErrorName()
{
    for (const QString &method : {u"ReleaseQuarantined"_s, u"DeleteQuarantined"_s}) {
        const DBusResult result = callEngine(m_engine->connection(), kFilters, method, {u"0000000000000000"_s});
        EXPECT_EQ(result.errorName, kErrorPrefix + u"NotFound"_s, method);
    }
}

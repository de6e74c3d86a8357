// dbus.spamscore: Filters.ScoreMessage through `doorstepctl filters score` with the built-in
// scorer (the default backend; no DNSBL lookups without a client address), a backend that is
// down, and the refusals.

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QByteArray kGtube = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X";

QByteArray message(const QByteArray &headers, const QByteArray &body)
{
    return headers + "\n" + body + "\n";
}

const QByteArray kHeaders = "From: a@example.org\nTo: b@example.org\nSubject: Hello\nDate: Thu, 01 Jan 2026 00:00:00 +0000\n"
                            "Message-ID: <1@example.org>\n";

} // namespace

void TestSpamScore::initTestCase()
{
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
}

void TestSpamScore::cleanupTestCase()
{
    m_engine.reset();
}

void TestSpamScore::score_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<double>("score");
    QTest::addColumn<QStringList>("rules");

    QTest::newRow("clean") << message(kHeaders, "See you.") << u"ham"_s << 0.0 << QStringList{};
    QTest::newRow("GTUBE") << message(kHeaders, kGtube) << u"spam"_s << 1000.0 << QStringList{u"GTUBE"_s};
    QTest::newRow("no date, no id") << message("From: a@example.org\nTo: b@example.org\nSubject: Hi\n", "x") << u"ham"_s << 1.9
                                    << QStringList{u"MISSING_DATE"_s, u"MISSING_MID"_s};
}

void TestSpamScore::score()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, verdict);
    QFETCH(double, score);
    QFETCH(QStringList, rules);
    const CtlRun run = ctl(*m_engine, {u"--json"_s, u"filters"_s, u"score"_s, u"-"_s}, message);
    QVERIFY2(run.exitCode == 0, qPrintable(run.mismatch(0)));
    QString error;
    const QJsonObject o = parseJson(run.out, &error).toObject();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList keys{u"backend"_s, u"problem"_s, u"reject_threshold"_s, u"required"_s, u"rules"_s, u"score"_s, u"verdict"_s};
    QVERIFY2(o.keys() == keys, qPrintable(gotWant(o, keys.join(u", "_s))));
    QCOMPARE(o.value(u"verdict"_s).toString(), verdict);
    QVERIFY2(qAbs(o.value(u"score"_s).toDouble() - score) < 0.001, qPrintable(gotWant(o.value(u"score"_s), QString::number(score))));
    QStringList gotRules;
    for (const QJsonValue &v : o.value(u"rules"_s).toArray())
        gotRules << v.toString();
    QCOMPARE(gotRules, rules);
    QCOMPARE(o.value(u"backend"_s).toString(), u"builtin"_s);
    QCOMPARE(o.value(u"required"_s).toDouble(), 5.0);
}

void TestSpamScore::scoreFromFileForPeople()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gtube.eml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(message(kHeaders, kGtube));
    file.close();
    const CtlRun run = ctl(*m_engine, {u"filters"_s, u"score"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.mismatch(0)));
    QVERIFY2(run.out.contains(u"1000.0 (spam from 5.0)"_s) && run.out.contains(u"GTUBE"_s), qPrintable(run.out));
}

void TestSpamScore::rejectThresholdGivesReject()
{
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"spam.reject_threshold"_s, u"50"_s}), 0);
    const CtlRun run = ctl(*m_engine, {u"--json"_s, u"filters"_s, u"score"_s, u"-"_s}, message(kHeaders, kGtube));
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"spam.reject_threshold"_s, u"0"_s}), 0);
    QVERIFY2(run.exitCode == 0, qPrintable(run.mismatch(0)));
    QString error;
    const QJsonObject o = parseJson(run.out, &error).toObject();
    QCOMPARE(o.value(u"verdict"_s).toString(), u"reject"_s);
    QCOMPARE(o.value(u"reject_threshold"_s).toDouble(), 50.0);
}

void TestSpamScore::backendDownIsUnscanned()
{
    // Nothing listens on port 1 of the loopback: refused at once.
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"spam.backend"_s, u"spamd"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"spam.address"_s, u"127.0.0.1:1"_s}), 0);
    const CtlRun run = ctl(*m_engine, {u"--json"_s, u"filters"_s, u"score"_s, u"-"_s}, message(kHeaders, kGtube));
    const CtlRun status = ctl(*m_engine, {u"--json"_s, u"status"_s});
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"spam.backend"_s, u"builtin"_s}), 0);
    QVERIFY2(run.exitCode == 0, qPrintable(run.mismatch(0)));
    QString error;
    const QJsonObject o = parseJson(run.out, &error).toObject();
    QCOMPARE(o.value(u"verdict"_s).toString(), u"unscanned"_s);
    QVERIFY2(o.value(u"problem"_s).toString().startsWith(u"spamd at 127.0.0.1:1 cannot be reached"_s), qPrintable(o.value(u"problem"_s).toString()));
    const QString state = parseJson(status.out, &error).toObject().value(u"state"_s).toString();
    QVERIFY2(state.startsWith(u"degraded: spam filter: spamd at 127.0.0.1:1"_s), qPrintable(state));
}

void TestSpamScore::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("empty message") << QStringList{u"filters"_s, u"score"_s, u"-"_s} << QByteArray("\n\n") << 1
                                   << u"The message to score is empty: give a whole message, headers and body."_s;
    QTest::newRow("no such file") << QStringList{u"filters"_s, u"score"_s, u"/nonexistent/message.eml"_s} << QByteArray() << 2 << QString();
    QTest::newRow("no file") << QStringList{u"filters"_s, u"score"_s} << QByteArray() << 2 << QString();
}

void TestSpamScore::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, sentence);
    const CtlRun run = ctl(*m_engine, args, input);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.mismatch(exitCode)));
    if (!sentence.isEmpty())
        QCOMPARE(run.sentence(), sentence);
}

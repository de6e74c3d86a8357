// dbus.trybackend: Filters.TrySpamBackend, directly and through `doorstepctl filters
// try-backend`. The built-in scorer scores GTUBE; spamd on a closed loopback port is not
// reachable at once, and one that never answers within the spam.timeout given; the chosen
// thresholds decide the verdict; bad choices are refused with Settings.Set's sentences. Nothing
// is saved, counted, logged or degraded.

#include <QDBusVariant>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTcpServer>

#include "resources/dbus/dbustypes.h"
#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"
#include "tests/support/loopbackport.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QString kFilters = kInterfacePrefix + u"Filters"_s;
const QString kSettings = kInterfacePrefix + u"Settings"_s;
const QString kGtube = u"XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"_s;
const QString kHeaders = u"From: a@example.org\nTo: b@example.org\nSubject: Hello\nDate: Thu, 01 Jan 2026 00:00:00 +0000\n"
                         "Message-ID: <1@example.org>\n"_s;
const QString kGtubeMessage = kHeaders + u"\n"_s + kGtube + u"\n"_s;

DBusResult tryBackend(EngineFixture &engine, const QVariantMap &choices, const QString &message)
{
    return callEngine(engine.connection(), kFilters, u"TrySpamBackend"_s, {choices, message});
}

QVariantMap resultOf(const DBusResult &call)
{
    return qdbus_cast<QVariantMap>(call.values.value(0));
}

/** TrySpamBackend of GTUBE with @p choices, and how long it took. */
DBusResult timedTry(EngineFixture &engine, const QVariantMap &choices, qint64 *elapsedMs)
{
    QElapsedTimer timer;
    timer.start();
    DBusResult call = tryBackend(engine, choices, kGtubeMessage);
    *elapsedMs = timer.elapsed();
    return call;
}

/** What TrySpamBackend must leave as it was: settings, state, counters and events. */
struct Traces
{
    QString settings;
    QString state;
    QString statistics;
    QString events;

    bool operator==(const Traces &) const = default;
};

Traces traces(const EngineFixture &engine)
{
    Traces t;
    t.settings = ctl(engine, {u"--json"_s, u"settings"_s, u"list"_s}).out;
    t.state = parseJson(ctl(engine, {u"--json"_s, u"status"_s}).out).toObject().value(u"state"_s).toString();
    t.statistics = ctl(engine, {u"--json"_s, u"stats"_s, u"1"_s}).out;
    t.events = ctl(engine, {u"--json"_s, u"events"_s}).out;
    return t;
}

QString describe(const Traces &t)
{
    return u"state %1; %2 bytes of settings; events: %3"_s.arg(t.state).arg(t.settings.size()).arg(t.events.right(300));
}

} // namespace

void TestTryBackend::initTestCase()
{
    Doorstep::DBus::registerTypes();
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
}

void TestTryBackend::cleanupTestCase()
{
    m_engine.reset();
}

void TestTryBackend::builtinScoresGtube()
{
    const Traces before = traces(*m_engine);
    const DBusResult call = tryBackend(*m_engine, {{u"spam.backend"_s, u"builtin"_s}}, kGtubeMessage);
    QVERIFY2(call.ok(), qPrintable(call.describe()));
    const QVariantMap result = resultOf(call);
    const QStringList keys{u"backend"_s, u"problem"_s, u"reachable"_s, u"reject_threshold"_s, u"required"_s, u"rules"_s, u"score"_s, u"verdict"_s};
    EXPECT_EQ(result.keys(), keys, u"keys of the result"_s);
    EXPECT_EQ(result.value(u"reachable"_s).toBool(), true, u"reachable"_s);
    EXPECT_EQ(result.value(u"score"_s).toDouble(), 1000.0, u"score"_s);
    EXPECT_EQ(result.value(u"verdict"_s).toString(), u"spam"_s, u"verdict"_s);
    EXPECT_EQ(result.value(u"rules"_s).toStringList(), QStringList{u"GTUBE"_s}, u"rules"_s);
    EXPECT_EQ(result.value(u"backend"_s).toString(), u"builtin"_s, u"backend"_s);
    EXPECT_EQ(result.value(u"problem"_s).toString(), QString(), u"problem"_s);
    const Traces after = traces(*m_engine);
    QVERIFY2(after == before, qPrintable(gotWant(describe(after), describe(before))));
}

void TestTryBackend::chosenThresholdsDecide_data()
{
    QTest::addColumn<QVariantMap>("choices");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("verdict");

    const QString noDateNoId = u"From: a@example.org\nTo: b@example.org\nSubject: Hi\n\nx\n"_s; // scores 1.9
    QTest::newRow("below the saved threshold, above the chosen one")
        << QVariantMap{{u"spam.threshold"_s, 1.5}} << noDateNoId << u"spam"_s;
    QTest::newRow("GTUBE over a chosen reject threshold")
        << QVariantMap{{u"spam.threshold"_s, 5.0}, {u"spam.reject_threshold"_s, 15.0}} << kGtubeMessage << u"reject"_s;
    QTest::newRow("GTUBE under a chosen high threshold")
        << QVariantMap{{u"spam.threshold"_s, 100.0}, {u"spam.reject_threshold"_s, 0.0}} << kGtubeMessage << u"spam"_s;
    QTest::newRow("the saved thresholds") << QVariantMap{} << noDateNoId << u"ham"_s;
}

void TestTryBackend::chosenThresholdsDecide()
{
    QFETCH(QVariantMap, choices);
    QFETCH(QString, message);
    QFETCH(QString, verdict);
    const DBusResult call = tryBackend(*m_engine, choices, message);
    QVERIFY2(call.ok(), qPrintable(call.describe()));
    const QVariantMap result = resultOf(call);
    EXPECT_EQ(result.value(u"verdict"_s).toString(), verdict, u"verdict (score %1)"_s.arg(result.value(u"score"_s).toDouble()));
    EXPECT_EQ(result.value(u"required"_s).toDouble(), choices.value(u"spam.threshold"_s, 5.0).toDouble(), u"required"_s);
    EXPECT_EQ(result.value(u"reject_threshold"_s).toDouble(), choices.value(u"spam.reject_threshold"_s, 0.0).toDouble(),
              u"reject_threshold"_s);
}

void TestTryBackend::closedPortIsUnreachable()
{
    const quint16 port = closedLoopbackPort();
    QVERIFY(port > 0);
    const Traces before = traces(*m_engine);
    qint64 elapsed = 0;
    const DBusResult call = timedTry(
        *m_engine, {{u"spam.backend"_s, u"spamd"_s}, {u"spam.address"_s, u"127.0.0.1:%1"_s.arg(port)}, {u"spam.timeout"_s, 3u}}, &elapsed);
    QVERIFY2(call.ok(), qPrintable(call.describe()));
    const QVariantMap result = resultOf(call);
    EXPECT_EQ(result.value(u"reachable"_s).toBool(), false, u"reachable"_s);
    EXPECT_EQ(result.value(u"verdict"_s).toString(), u"unscanned"_s, u"verdict"_s);
    EXPECT_EQ(result.value(u"backend"_s).toString(), u"spamd"_s, u"backend"_s);
    EXPECT_CONTAINS(result.value(u"problem"_s).toString(), u"spamd at 127.0.0.1:%1 cannot be reached"_s.arg(port), u"problem"_s);
    QVERIFY2(elapsed < 3000, qPrintable(u"a refused connection took %1 ms, want less than spam.timeout (3 s)"_s.arg(elapsed)));
    // Not degraded, not counted, no event, and still the built-in scorer in effect.
    const Traces after = traces(*m_engine);
    QVERIFY2(after == before, qPrintable(gotWant(describe(after), describe(before))));
    EXPECT_EQ(ctl(*m_engine, {u"settings"_s, u"get"_s, u"spam.backend"_s}).out.trimmed(), u"builtin"_s, u"spam.backend"_s);
}

void TestTryBackend::silentBackendTimesOut()
{
    // The kernel accepts the connection into the backlog; nobody ever answers.
    QTcpServer silent;
    QVERIFY2(silent.listen(QHostAddress::LocalHost, 0), qPrintable(silent.errorString()));
    qint64 elapsed = 0;
    const DBusResult call = timedTry(
        *m_engine, {{u"spam.backend"_s, u"rspamd"_s}, {u"spam.address"_s, u"127.0.0.1:%1"_s.arg(silent.serverPort())}, {u"spam.timeout"_s, 1u}},
        &elapsed);
    QVERIFY2(call.ok(), qPrintable(call.describe()));
    const QVariantMap result = resultOf(call);
    EXPECT_EQ(result.value(u"reachable"_s).toBool(), false, u"reachable"_s);
    EXPECT_CONTAINS(result.value(u"problem"_s).toString(), u"did not answer within 1 s"_s, u"problem"_s);
    QVERIFY2(elapsed >= 900 && elapsed < 5000, qPrintable(u"took %1 ms, want about the 1 s of spam.timeout"_s.arg(elapsed)));
}

void TestTryBackend::refused_data()
{
    QTest::addColumn<QVariantMap>("choices");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("sentence"); // "" = as Settings.Set says it for the one key

    QTest::newRow("an unknown backend") << QVariantMap{{u"spam.backend"_s, u"postfix"_s}} << kGtubeMessage << QString();
    QTest::newRow("a bad address") << QVariantMap{{u"spam.address"_s, u"not an address"_s}} << kGtubeMessage << QString();
    QTest::newRow("a timeout of 0") << QVariantMap{{u"spam.timeout"_s, 0u}} << kGtubeMessage << QString();
    QTest::newRow("a threshold of the wrong type") << QVariantMap{{u"spam.threshold"_s, u"high"_s}} << kGtubeMessage << QString();
    QTest::newRow("a bad DNSBL zone") << QVariantMap{{u"spam.dnsbl_zones"_s, QStringList{u"no zone"_s}}} << kGtubeMessage << QString();
    QTest::newRow("a key that is no choice")
        << QVariantMap{{u"spam.folder"_s, u"junk"_s}} << kGtubeMessage
        << u"'spam.folder' is not a choice of spam backend; give only spam.backend, spam.address, spam.timeout, spam.dnsbl_zones, "
           "spam.threshold, spam.reject_threshold."_s;
    QTest::newRow("an empty message") << QVariantMap{{u"spam.backend"_s, u"builtin"_s}} << u" \n\n"_s
                                      << u"The message to score is empty: give a whole message, headers and body."_s;
}

void TestTryBackend::refused()
{
    QFETCH(QVariantMap, choices);
    QFETCH(QString, message);
    QFETCH(QString, sentence);
    if (sentence.isEmpty()) {
        // The same sentence as Settings.Set gives for the value (which it refuses too).
        QCOMPARE(choices.size(), qsizetype(1));
        const DBusResult set = setSetting(m_engine->connection(), choices.firstKey(), choices.first());
        EXPECT_EQ(set.errorName, kErrorPrefix + u"InvalidArgument"_s, u"Settings.Set of the same value"_s);
        sentence = set.errorMessage;
    }
    const Traces before = traces(*m_engine);
    const DBusResult call = tryBackend(*m_engine, choices, message);
    EXPECT_EQ(call.errorName, kErrorPrefix + u"InvalidArgument"_s, u"error name"_s);
    EXPECT_EQ(call.errorMessage, sentence, u"sentence"_s);
    const Traces after = traces(*m_engine);
    QVERIFY2(after == before, qPrintable(gotWant(describe(after), describe(before))));
}

void TestTryBackend::throughDoorstepctl()
{
    const CtlRun gtube = ctl(*m_engine, {u"--json"_s, u"filters"_s, u"try-backend"_s, u"builtin"_s, u"-"_s}, kGtubeMessage.toUtf8());
    EXPECT_EXIT(gtube, 0);
    const QJsonObject o = parseJson(gtube.out).toObject();
    EXPECT_EQ(o.value(u"reachable"_s).toBool(), true, u"reachable"_s);
    EXPECT_EQ(o.value(u"verdict"_s).toString(), u"spam"_s, u"verdict"_s);

    const quint16 port = closedLoopbackPort();
    const CtlRun down = ctl(*m_engine, {u"filters"_s, u"try-backend"_s, u"spamd"_s, u"127.0.0.1:%1"_s.arg(port), u"-"_s}, kGtubeMessage.toUtf8());
    EXPECT_EXIT(down, 0);
    EXPECT_CONTAINS(down.out, u"Reachable:"_s, u"output"_s);
    EXPECT_CONTAINS(down.out, u"no"_s, u"output"_s);
    EXPECT_CONTAINS(down.out, u"not scored: spamd at 127.0.0.1:%1 cannot be reached"_s.arg(port), u"output"_s);

    // Without ADDRESS: the backend's standard port on 127.0.0.1, whatever spam.address says.
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"spam.address"_s, u"127.0.0.1:%1"_s.arg(port)}), 0);
    const CtlRun standard = ctl(*m_engine, {u"--json"_s, u"filters"_s, u"try-backend"_s, u"spamd"_s, u"-"_s}, kGtubeMessage.toUtf8());
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"spam.address"_s, QString()}), 0);
    EXPECT_EXIT(standard, 0);
    const QString problem = parseJson(standard.out).toObject().value(u"problem"_s).toString();
    QVERIFY2(problem.isEmpty() || problem.contains(u"127.0.0.1:783"_s), qPrintable(gotWant(problem, u"spamd at 127.0.0.1:783 or no problem"_s)));
}

void TestTryBackend::doorstepctlRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("an unknown backend") << QStringList{u"postfix"_s, u"-"_s} << 1
                                        << u"Setting 'spam.backend' must be one of builtin, spamd, rspamd, not 'postfix'."_s;
    QTest::newRow("no file") << QStringList{u"spamd"_s} << 2 << QString();
    QTest::newRow("too many") << QStringList{u"spamd"_s, u"127.0.0.1:783"_s, u"-"_s, u"x"_s} << 2 << QString();
    QTest::newRow("no such file") << QStringList{u"builtin"_s, u"/nonexistent/message.eml"_s} << 2 << QString();
}

void TestTryBackend::doorstepctlRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, sentence);
    const CtlRun run = ctl(*m_engine, QStringList{u"filters"_s, u"try-backend"_s} + args, kGtubeMessage.toUtf8());
    EXPECT_EXIT(run, exitCode);
    if (!sentence.isEmpty())
        EXPECT_EQ(run.sentence(), sentence, u"sentence"_s);
}

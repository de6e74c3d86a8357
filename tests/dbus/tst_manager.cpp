// dbus.manager: status, stats, events (with --follow) and reload through doorstepctl.

#include <csignal>

#include <QDate>
#include <QDBusArgument>
#include <QDBusVariant>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QStringList kCounters{u"received"_s, u"delivered"_s, u"deferred"_s, u"bounced"_s, u"rejected"_s, u"rejected_relay"_s,
                            u"rejected_recipient"_s, u"greylisted"_s, u"virus"_s, u"spam"_s};

// "Label:   value" lines of `doorstepctl status` as a map.
QMap<QString, QString> fieldsOf(const QString &text)
{
    QMap<QString, QString> fields;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            fields.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return fields;
}

// The JSON lines of `doorstepctl --json events`.
QList<QJsonObject> eventLines(const CtlRun &run, QString *error)
{
    QList<QJsonObject> events;
    for (const QString &line : run.outLines()) {
        const QJsonValue value = parseJson(line, error);
        if (!value.isObject()) {
            if (error->isEmpty())
                *error = u"not a JSON object: "_s + line;
            return {};
        }
        events << value.toObject();
    }
    return events;
}

} // namespace

void TestManager::initTestCase()
{
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
}

void TestManager::cleanupTestCase()
{
    m_engine.reset();
}

void TestManager::statusForPeople()
{
    const CtlRun run = ctl(*m_engine, {u"status"_s});
    EXPECT_EXIT(run, 0);
    const QMap<QString, QString> fields = fieldsOf(run.out);
    EXPECT_EQ(fields.value(u"State"_s), u"running"_s, u"State"_s);
    EXPECT_EQ(fields.value(u"Version"_s), QStringLiteral(DOORSTEP_VERSION), u"Version"_s);
    EXPECT_EQ(fields.value(u"Mode"_s), u"session"_s, u"Mode"_s);
    EXPECT_EQ(fields.value(u"Data directory"_s), m_engine->dataDirectory(), u"Data directory"_s);

    // The SMTP listeners, then the managed Dovecot's while it runs.
    static const QRegularExpression listeners(
        u"^mta 127\\.0\\.0\\.1:(\\d+); submission 127\\.0\\.0\\.1:(\\d+); smtps 127\\.0\\.0\\.1:(\\d+)(; (imap|imaps|pop3s|sieve) 127\\.0\\.0\\.1:\\d+)*$"_s);
    const auto match = listeners.match(fields.value(u"Listeners"_s));
    QVERIFY2(match.hasMatch(),
             qPrintable(u"Listeners: "_s + gotWant(fields.value(u"Listeners"_s), u"mta 127.0.0.1:PORT; submission ...; smtps ..."_s)));
    for (int i = 1; i <= 3; ++i)
        QVERIFY2(match.captured(i).toUInt() != 0, qPrintable(u"listener %1: got port 0, want the bound port"_s.arg(i)));

    static const QRegularExpression uptime(u"^(\\d+ s|\\d+ min|\\d+ h \\d+ min|\\d+ d \\d+ h)$"_s);
    QVERIFY2(uptime.match(fields.value(u"Uptime"_s)).hasMatch(), qPrintable(u"Uptime: "_s + gotWant(fields.value(u"Uptime"_s), u"N s"_s)));
    EXPECT_CONTAINS(fields.value(u"Today"_s), u"received 0"_s, u"Today"_s);
    static const QRegularExpression mailboxAccess(u"^(running|off|starting|unavailable|failed)( \\(.+\\))?$"_s);
    QVERIFY2(mailboxAccess.match(fields.value(u"Mailbox access"_s)).hasMatch(),
             qPrintable(u"Mailbox access: "_s + gotWant(fields.value(u"Mailbox access"_s), u"running, or a state with its reason"_s)));
}

void TestManager::statusAsJson()
{
    const CtlRun run = ctl(*m_engine, {u"--json"_s, u"status"_s});
    EXPECT_EXIT(run, 0);
    QString error;
    const QJsonObject status = parseJson(run.out, &error).toObject();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    EXPECT_EQ(status.value(u"state"_s).toString(), u"running"_s, u"state"_s);
    EXPECT_EQ(status.value(u"version"_s).toString(), QStringLiteral(DOORSTEP_VERSION), u"version"_s);
    EXPECT_EQ(status.value(u"mode"_s).toString(), u"session"_s, u"mode"_s);
    EXPECT_EQ(status.value(u"data_directory"_s).toString(), m_engine->dataDirectory(), u"data_directory"_s);
    EXPECT_EQ(qint64(status.value(u"pid"_s).toDouble()), qint64(m_engine->engine().processId()), u"pid"_s);
    // The revision the engine reports is the newest one resources/dbus/CHANGELOG.md records.
    QFile changelog(QStringLiteral(DOORSTEP_TEST_DBUS_XML_DIR) + u"/CHANGELOG.md"_s);
    QVERIFY(changelog.open(QIODevice::ReadOnly));
    static const QRegularExpression revisionHeading(u"^## Revision (\\d+)"_s, QRegularExpression::MultilineOption);
    const int newest = revisionHeading.match(QString::fromUtf8(changelog.readAll())).captured(1).toInt();
    QVERIFY(newest >= 1);
    EXPECT_EQ(status.value(u"interface_revision"_s).toInt(), newest, u"interface_revision"_s);

    const QJsonObject listeners = status.value(u"listeners"_s).toObject();
    static const QRegularExpression loopback(u"^127\\.0\\.0\\.1:(\\d+)$"_s);
    for (const QString &name : {u"mta"_s, u"submission"_s, u"smtps"_s}) {
        const QJsonArray addresses = listeners.value(name).toArray();
        EXPECT_EQ(addresses.size(), qsizetype(1), u"number of %1 listeners in %2"_s.arg(name, toText(listeners)));
        const auto match = loopback.match(addresses.first().toString());
        QVERIFY2(match.hasMatch(), qPrintable(name + u": "_s + gotWant(addresses.first(), u"127.0.0.1:PORT"_s)));
        QVERIFY2(match.captured(1).toUInt() != 0, qPrintable(name + u": got port 0, want the port actually bound"_s));
    }

    QVERIFY2(status.value(u"uptime"_s).isDouble(), qPrintable(u"uptime: "_s + gotWant(status.value(u"uptime"_s), u"a number"_s)));
    const double uptime = status.value(u"uptime"_s).toDouble();
    QVERIFY2(uptime >= 0 && uptime < 3600, qPrintable(u"uptime: got %1 s, want 0 to 3600 s for a fresh engine"_s.arg(uptime)));
    const qint64 startedMs = qint64(status.value(u"started_at"_s).toDouble() / 1000);
    const qint64 ageMs = QDateTime::currentMSecsSinceEpoch() - startedMs;
    QVERIFY2(ageMs >= -5000 && ageMs < 3600 * 1000,
             qPrintable(u"started_at: got %1 (%2 ms ago), want a moment ago"_s.arg(toText(status.value(u"started_at"_s))).arg(ageMs)));
    QVERIFY2(status.value(u"domains"_s).isDouble(), qPrintable(u"domains: "_s + gotWant(status.value(u"domains"_s), u"a number"_s)));
    QVERIFY2(status.value(u"users"_s).isDouble(), qPrintable(u"users: "_s + gotWant(status.value(u"users"_s), u"a number"_s)));
    const QJsonObject today = status.value(u"today"_s).toObject();
    for (const QString &counter : kCounters)
        QVERIFY2(today.value(counter).isDouble(), qPrintable(u"today.%1: "_s.arg(counter) + gotWant(today.value(counter), u"a number"_s)));
}

void TestManager::statusListenersAcceptConnections()
{
    QString error;
    const auto listeners = boundListeners(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (auto it = listeners.cbegin(); it != listeners.cend(); ++it) {
        for (const QString &address : it.value())
            QVERIFY2(acceptsConnections(address), qPrintable(u"%1 listener %2: got no connection, want one"_s.arg(it.key(), address)));
    }
}

void TestManager::propertiesMatchStatus()
{
    const DBusResult all = callEngine(m_engine->connection(), u"org.freedesktop.DBus.Properties"_s, u"GetAll"_s,
                                      {kInterfacePrefix + u"Manager"_s});
    QVERIFY2(all.ok(), qPrintable(all.describe()));
    const QVariantMap properties = qdbus_cast<QVariantMap>(all.values.value(0));
    const QList<std::pair<QString, QString>> types{
        {u"Version"_s, u"s"_s}, {u"State"_s, u"s"_s}, {u"StartedAt"_s, u"t"_s}, {u"DataDirectory"_s, u"s"_s}, {u"InterfaceRevision"_s, u"u"_s}};
    for (const auto &[name, type] : types) {
        QVERIFY2(properties.contains(name), qPrintable(u"%1: got no such property, want one of type %2"_s.arg(name, type)));
        EXPECT_EQ(signatureOf(properties.value(name)), type, u"type of property "_s + name);
    }
    const CtlRun run = ctl(*m_engine, {u"--json"_s, u"status"_s});
    EXPECT_EXIT(run, 0);
    const QJsonObject status = parseJson(run.out).toObject();
    EXPECT_EQ(properties.value(u"Version"_s).toString(), status.value(u"version"_s).toString(), u"Version"_s);
    EXPECT_EQ(properties.value(u"State"_s).toString(), u"running"_s, u"State"_s);
    EXPECT_EQ(properties.value(u"DataDirectory"_s).toString(), m_engine->dataDirectory(), u"DataDirectory"_s);
    EXPECT_EQ(properties.value(u"InterfaceRevision"_s).toUInt(), uint(status.value(u"interface_revision"_s).toInt()), u"InterfaceRevision"_s);
    // JSON numbers are doubles: compare the start time to the millisecond.
    EXPECT_EQ(properties.value(u"StartedAt"_s).toULongLong() / 1000, quint64(status.value(u"started_at"_s).toDouble()) / 1000, u"StartedAt"_s);
}

void TestManager::statsDefaultsToSevenDays()
{
    const CtlRun json = ctl(*m_engine, {u"--json"_s, u"stats"_s});
    EXPECT_EXIT(json, 0);
    const QJsonObject stats = parseJson(json.out).toObject();
    EXPECT_EQ(stats.value(u"days"_s).toArray().size(), qsizetype(7), u"number of days"_s);
    for (const QString &counter : kCounters)
        EXPECT_EQ(stats.value(counter).toArray().size(), qsizetype(7), u"values of "_s + counter);

    const CtlRun table = ctl(*m_engine, {u"stats"_s});
    EXPECT_EXIT(table, 0);
    EXPECT_EQ(table.outLines().size(), qsizetype(8), u"lines of `stats` (a header and 7 days)"_s);
}

void TestManager::statsDays_data()
{
    QTest::addColumn<uint>("days");
    QTest::newRow("one day") << 1u;
    QTest::newRow("three days") << 3u;
    QTest::newRow("the most, 366 days") << 366u;
}

void TestManager::statsDays()
{
    QFETCH(uint, days);
    const CtlRun run = ctl(*m_engine, {u"--json"_s, u"stats"_s, QString::number(days)});
    EXPECT_EXIT(run, 0);
    QString error;
    const QJsonObject stats = parseJson(run.out, &error).toObject();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &counter : kCounters) {
        const QJsonArray values = stats.value(counter).toArray();
        EXPECT_EQ(values.size(), qsizetype(days), u"values of "_s + counter);
        for (const QJsonValue &v : values)
            QVERIFY2(v.isDouble() && v.toDouble() >= 0, qPrintable(counter + u": "_s + gotWant(v, u"a count"_s)));
    }
    const QJsonArray dates = stats.value(u"days"_s).toArray();
    EXPECT_EQ(dates.size(), qsizetype(days), u"number of days"_s);
    // Oldest first, one per day, ending today (local time).
    const QDate today = QDate::currentDate();
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QDate want = today.addDays(i - dates.size() + 1);
        EXPECT_EQ(dates.at(i).toString(), want.toString(Qt::ISODate), u"day %1"_s.arg(i));
    }
}

void TestManager::statsTableForPeople()
{
    const CtlRun run = ctl(*m_engine, {u"stats"_s, u"3"_s});
    EXPECT_EXIT(run, 0);
    const QStringList lines = run.outLines();
    EXPECT_EQ(lines.size(), qsizetype(4), u"lines of `stats 3`"_s);
    EXPECT_EQ(lines.first().simplified(), (QStringList{u"Day"_s} + kCounters).join(u' '), u"header"_s);
    static const QRegularExpression row(u"^\\d{4}-\\d\\d-\\d\\d( +\\d+){10}$"_s);
    for (const QString &line : lines.mid(1))
        QVERIFY2(row.match(line.trimmed()).hasMatch(), qPrintable(gotWant(line, u"DATE and ten counts"_s)));
}

void TestManager::statsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("wantExit");
    QTest::addColumn<QString>("wantPart");
    QTest::addColumn<QString>("wantError"); // for a refusal by the engine: its D-Bus error

    QTest::newRow("zero days") << QStringList{u"stats"_s, u"0"_s} << 1 << u"1 to 366 days"_s << u"InvalidArgument"_s;
    QTest::newRow("367 days") << QStringList{u"stats"_s, u"367"_s} << 1 << u"not 367"_s << u"InvalidArgument"_s;
    QTest::newRow("400 days") << QStringList{u"stats"_s, u"400"_s} << 1 << u"not 400"_s << u"InvalidArgument"_s;
    QTest::newRow("not a number") << QStringList{u"stats"_s, u"abc"_s} << 2 << u"DAYS must be a number, not 'abc'"_s << QString();
    QTest::newRow("negative") << QStringList{u"stats"_s, u"-1"_s} << 2 << u"DAYS must be a number"_s << QString();
    QTest::newRow("two arguments") << QStringList{u"stats"_s, u"3"_s, u"4"_s} << 2 << u"wrong number of arguments"_s << QString();
}

void TestManager::statsRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, wantExit);
    QFETCH(QString, wantPart);
    QFETCH(QString, wantError);
    const CtlRun run = ctl(*m_engine, args);
    EXPECT_EXIT(run, wantExit);
    EXPECT_CONTAINS(run.err, wantPart, u"stderr"_s);
    QVERIFY2(run.out.isEmpty(), qPrintable(u"stdout: "_s + gotWant(run.out, u""_s)));
    if (!wantError.isEmpty()) {
        const DBusResult direct = callEngine(m_engine->connection(), kInterfacePrefix + u"Manager"_s, u"GetStatistics"_s, {args.at(1).toUInt()});
        EXPECT_EQ(direct.errorName, kErrorPrefix + wantError, u"GetStatistics(%1)"_s.arg(args.at(1)));
    }
}

void TestManager::eventsListConfigChanges()
{
    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, u"events.example"_s}), 0);
    const CtlRun run = ctl(*m_engine, {u"events"_s});
    EXPECT_EXIT(run, 0);
    static const QRegularExpression line(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  config_changed +Domain 'events\\.example' added\\.$"_s);
    bool found = false;
    for (const QString &l : run.outLines())
        found = found || line.match(l).hasMatch();
    QVERIFY2(found, qPrintable(gotWant(run.out, u"a line 'DATE TIME  config_changed  Domain 'events.example' added.'"_s)));
}

void TestManager::eventsAsJsonLines()
{
    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, u"json-events.example"_s}), 0);
    const CtlRun run = ctl(*m_engine, {u"--json"_s, u"events"_s});
    EXPECT_EXIT(run, 0);
    QString error;
    const QList<QJsonObject> events = eventLines(run, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!events.isEmpty(), "got no events, want at least the domain added");
    double lastId = 0;
    bool found = false;
    for (const QJsonObject &e : events) {
        const double id = e.value(u"id"_s).toDouble();
        QVERIFY2(id > lastId, qPrintable(u"id: got %1 after %2, want increasing ids"_s.arg(id).arg(lastId)));
        lastId = e.value(u"id"_s).toDouble();
        QVERIFY2(e.value(u"usec"_s).toDouble() > 0, qPrintable(u"usec: "_s + gotWant(e, u"a time"_s)));
        QVERIFY2(e.value(u"kind"_s).isString() && e.value(u"summary"_s).isString() && e.value(u"details"_s).isObject(),
                 qPrintable(gotWant(e, u"{id, usec, kind, summary, details}"_s)));
        const QJsonObject details = e.value(u"details"_s).toObject();
        if (e.value(u"kind"_s).toString() == u"config_changed"_s && details.value(u"domain"_s).toString() == u"json-events.example"_s) {
            found = true;
            EXPECT_EQ(details.value(u"object"_s).toString(), u"domain"_s, u"details.object"_s);
            EXPECT_EQ(details.value(u"action"_s).toString(), u"added"_s, u"details.action"_s);
        }
    }
    QVERIFY2(found, qPrintable(gotWant(run.out, u"a config_changed event for json-events.example"_s)));
}

void TestManager::eventsFollowPrintsNewEvents()
{
    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, u"follow-one.example"_s}), 0);

    QProcess follower;
    follower.setProcessEnvironment(m_engine->environment());
    follower.start(EngineFixture::doorstepctlPath(), {u"--session"_s, u"events"_s, u"--follow"_s});
    QVERIFY2(follower.waitForStarted(kWaitMs), qPrintable(follower.errorString()));
    QString output;
    const auto waitForOutput = [&](const QString &part) {
        QDeadlineTimer deadline(kWaitMs);
        while (!output.contains(part) && !deadline.hasExpired() && follower.state() == QProcess::Running) {
            follower.waitForReadyRead(100);
            output += QString::fromUtf8(follower.readAllStandardOutput());
        }
        return output.contains(part);
    };
    // The catch-up list is printed once the follower listens for new events.
    QVERIFY2(waitForOutput(u"Domain 'follow-one.example' added."_s),
             qPrintable(gotWant(output, u"the events so far"_s) + u" (stderr "_s + QString::fromUtf8(follower.readAllStandardError()) + u")"_s));

    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, u"follow-two.example"_s}), 0);
    QVERIFY2(waitForOutput(u"Domain 'follow-two.example' added."_s), qPrintable(gotWant(output, u"a new line for follow-two.example"_s)));
    static const QRegularExpression line(u"config_changed +Domain 'follow-two\\.example' added\\."_s);
    QVERIFY2(line.match(output).hasMatch(), qPrintable(gotWant(output, u"a config_changed line"_s)));

    ::kill(pid_t(follower.processId()), SIGINT);
    if (!follower.waitForFinished(kWaitMs)) {
        follower.kill();
        follower.waitForFinished(2000);
        QFAIL("events --follow: got no exit within 15 s of SIGINT, want exit 0");
    }
    EXPECT_EQ(int(follower.exitStatus()), int(QProcess::NormalExit), u"events --follow after SIGINT: exit status"_s);
    EXPECT_EQ(follower.exitCode(), 0, u"events --follow after SIGINT: exit code"_s);
}

void TestManager::reloadWithNothingChanged()
{
    const CtlRun run = ctl(*m_engine, {u"reload"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.isEmpty() && run.err.isEmpty(), qPrintable(run.mismatch(0)));
    const CtlRun events = ctl(*m_engine, {u"--json"_s, u"events"_s});
    EXPECT_EXIT(events, 0);
    const QJsonObject last = parseJson(events.outLines().value(events.outLines().size() - 1)).toObject();
    EXPECT_EQ(last.value(u"summary"_s).toString(), u"Reloaded the configuration: nothing had changed."_s, u"last event"_s);
    EXPECT_EQ(last.value(u"details"_s).toObject().value(u"action"_s).toString(), u"reloaded"_s, u"details.action"_s);
    EXPECT_EQ(last.value(u"details"_s).toObject().value(u"antivirus"_s).toString(), u"off"_s,
              u"details.antivirus: no virus database to load while antivirus is off"_s);
}

void TestManager::reloadAppliesStoredChanges()
{
    const CtlRun before = ctl(*m_engine, {u"settings"_s, u"get"_s, u"limits.max_errors"_s});
    EXPECT_EXIT(before, 0);
    EXPECT_EQ(before.out.trimmed(), u"20"_s, u"limits.max_errors before"_s);

    // Change the stored value behind the engine's back (as an older engine or a restore
    // from backup would); Reload must pick it up.
    const QString error = withStoreDatabase(m_engine->dataDirectory(), true, [](QSqlDatabase &db) -> QString {
        QSqlQuery q(db);
        q.prepare(u"INSERT OR REPLACE INTO settings (key, value, changed_usec) VALUES (?, ?, ?)"_s);
        q.addBindValue(u"limits.max_errors"_s);
        q.addBindValue(u"[\"7\"]"_s);
        q.addBindValue(qlonglong(1));
        return q.exec() ? QString() : q.lastError().text();
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    EXPECT_EXIT(ctl(*m_engine, {u"reload"_s}), 0);
    const CtlRun after = ctl(*m_engine, {u"settings"_s, u"get"_s, u"limits.max_errors"_s});
    EXPECT_EXIT(after, 0);
    EXPECT_EQ(after.out.trimmed(), u"7"_s, u"limits.max_errors after reload"_s);

    const CtlRun events = ctl(*m_engine, {u"--json"_s, u"events"_s});
    const QJsonObject last = parseJson(events.outLines().value(events.outLines().size() - 1)).toObject();
    EXPECT_EQ(last.value(u"summary"_s).toString(), u"Reloaded the configuration: limits.max_errors changed."_s, u"last event"_s);
    EXPECT_EQ(last.value(u"details"_s).toObject().value(u"keys"_s).toArray(), QJsonArray{u"limits.max_errors"_s}, u"details.keys"_s);
}

// dbus.settings: settings list/get/set/describe for every value type, the refusals, secrets,
// listeners (port 0, off, address in use) and persistence across an engine restart.

#include <QDBusArgument>
#include <QDBusVariant>
#include <QSet>
#include <QTcpServer>

#include "resources/dbus/dbustypes.h"
#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QString kSettings = kInterfacePrefix + u"Settings"_s;

QString getValue(const EngineFixture &engine, const QString &key, QString *error)
{
    const CtlRun run = ctl(engine, {u"settings"_s, u"get"_s, key});
    if (run.exitCode != 0)
        *error = run.mismatch(0);
    return run.out.endsWith(u'\n') ? run.out.chopped(1) : run.out;
}

// `settings describe --json` as key -> description.
QMap<QString, QJsonObject> descriptions(const EngineFixture &engine, QString *error)
{
    QMap<QString, QJsonObject> result;
    const CtlRun run = ctl(engine, {u"--json"_s, u"settings"_s, u"describe"_s});
    if (run.exitCode != 0) {
        *error = run.mismatch(0);
        return result;
    }
    for (const QJsonValue &v : parseJson(run.out, error).toArray())
        result.insert(v.toObject().value(u"key"_s).toString(), v.toObject());
    return result;
}

// The config_changed summaries of `events --json`, oldest first.
QStringList changeSummaries(const EngineFixture &engine)
{
    QStringList summaries;
    const CtlRun run = ctl(engine, {u"--json"_s, u"events"_s});
    for (const QString &line : run.outLines()) {
        const QJsonObject e = parseJson(line).toObject();
        if (e.value(u"kind"_s).toString() == u"config_changed"_s)
            summaries << e.value(u"summary"_s).toString();
    }
    return summaries;
}

} // namespace

void TestSettings::initTestCase()
{
    Doorstep::DBus::registerTypes();
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
}

void TestSettings::cleanupTestCase()
{
    m_engine.reset();
}

void TestSettings::listShowsEveryKey()
{
    QString error;
    const auto described = descriptions(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(described.size() > 50, qPrintable(u"got %1 described keys, want every key of DESIGN.md"_s.arg(described.size())));

    const CtlRun run = ctl(*m_engine, {u"settings"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    QMap<QString, QString> listed;
    for (const QString &line : run.outLines()) {
        const qsizetype eq = line.indexOf(u" = "_s);
        QVERIFY2(eq > 0, qPrintable(gotWant(line, u"KEY = VALUE"_s)));
        listed.insert(line.left(eq), line.mid(eq + 3));
    }
    EXPECT_EQ(QStringList(listed.keys()), QStringList(described.keys()), u"keys of `settings list`"_s);
    for (auto it = described.cbegin(); it != described.cend(); ++it) {
        if (it.value().value(u"secret"_s).toBool())
            EXPECT_EQ(listed.value(it.key()), QString(), u"secret "_s + it.key());
    }
    EXPECT_EQ(listed.value(u"limits.idle_timeout"_s), u"300"_s, u"limits.idle_timeout"_s);
    EXPECT_EQ(listed.value(u"greylist.enabled"_s), u"true"_s, u"greylist.enabled"_s);
    EXPECT_EQ(listed.value(u"spam.threshold"_s), u"5.0"_s, u"spam.threshold"_s);
    EXPECT_EQ(listed.value(u"health.blocklists"_s), u"zen.spamhaus.org,bl.spamcop.net,b.barracudacentral.org"_s, u"health.blocklists"_s);
}

void TestSettings::listAsJson()
{
    QString error;
    const auto described = descriptions(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CtlRun run = ctl(*m_engine, {u"--json"_s, u"settings"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    const QJsonObject all = parseJson(run.out, &error).toObject();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    EXPECT_EQ(all.keys(), QStringList(described.keys()), u"keys of `--json settings list`"_s);
    EXPECT_EQ(all.value(u"limits.idle_timeout"_s).toDouble(), 300.0, u"limits.idle_timeout"_s);
    EXPECT_EQ(all.value(u"greylist.enabled"_s).toBool(), true, u"greylist.enabled"_s);
    EXPECT_EQ(all.value(u"spam.threshold"_s).toDouble(), 5.0, u"spam.threshold"_s);
    EXPECT_EQ(toText(all.value(u"spam.dnsbl_zones"_s)), u"[\"zen.spamhaus.org\"]"_s, u"spam.dnsbl_zones"_s);
    EXPECT_EQ(toText(all.value(u"relay.smart_host_password"_s)), QString(), u"relay.smart_host_password"_s);
}

void TestSettings::describeOneKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("want");
    QTest::newRow("duration with a range") << u"limits.greeting_delay"_s << u"limits.greeting_delay (u; s; default 0; 0 to 300)"_s;
    QTest::newRow("size") << u"limits.max_message_size"_s << u"limits.max_message_size (t; bytes; default 52428800; 0 to 2147483648)"_s;
    QTest::newRow("score") << u"spam.threshold"_s << u"spam.threshold (d; default 5.0; 0.0 to 100.0)"_s;
    QTest::newRow("switch") << u"greylist.enabled"_s << u"greylist.enabled (b; default true)"_s;
    QTest::newRow("choice") << u"spam.backend"_s << u"spam.backend (s; default builtin; one of builtin, spamd, rspamd)"_s;
    QTest::newRow("list") << u"listeners.mta"_s << u"listeners.mta (as; default 127.0.0.1:2525; comma-separated IP:PORT)"_s;
    QTest::newRow("secret") << u"relay.smart_host_password"_s << u"relay.smart_host_password (s; secret, write-only)"_s;
}

void TestSettings::describeOneKey()
{
    QFETCH(QString, key);
    QFETCH(QString, want);
    const CtlRun run = ctl(*m_engine, {u"settings"_s, u"describe"_s, key});
    EXPECT_EXIT(run, 0);
    const QStringList lines = run.outLines();
    EXPECT_EQ(lines.size(), qsizetype(2), u"lines of `settings describe %1`"_s.arg(key));
    EXPECT_EQ(lines.first(), want, u"first line"_s);
    QVERIFY2(lines.last().startsWith(u"    "_s) && lines.last().trimmed().size() > 10, qPrintable(gotWant(lines.last(), u"    HELP"_s)));
}

void TestSettings::describeAsJson()
{
    QString error;
    const auto described = descriptions(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    static const QSet<QString> types{u"b"_s, u"u"_s, u"t"_s, u"d"_s, u"s"_s, u"as"_s};
    for (auto it = described.cbegin(); it != described.cend(); ++it) {
        const QJsonObject &d = it.value();
        const QString type = d.value(u"type"_s).toString();
        QVERIFY2(types.contains(type), qPrintable(it.key() + u": type "_s + gotWant(type, u"b, u, t, d, s or as"_s)));
        EXPECT_EQ(d.value(u"group"_s).toString(), it.key().section(u'.', 0, 0), it.key() + u": group"_s);
        QVERIFY2(!d.value(u"help"_s).toString().isEmpty(), qPrintable(it.key() + u": got no help, want one line"_s));
        QVERIFY2(d.value(u"secret"_s).isBool(), qPrintable(it.key() + u": secret "_s + gotWant(d.value(u"secret"_s), u"true or false"_s)));
        if (type == u"u"_s || type == u"t"_s || type == u"d"_s)
            QVERIFY2(d.value(u"min"_s).isDouble() && d.value(u"max"_s).isDouble(), qPrintable(it.key() + u": "_s + gotWant(d, u"min and max"_s)));
        if (type == u"as"_s)
            QVERIFY2(!d.value(u"list_item"_s).toString().isEmpty(), qPrintable(it.key() + u": "_s + gotWant(d, u"list_item"_s)));
    }
    const CtlRun one = ctl(*m_engine, {u"--json"_s, u"settings"_s, u"describe"_s, u"spam.backend"_s});
    EXPECT_EXIT(one, 0);
    const QJsonObject backend = parseJson(one.out).toObject();
    EXPECT_EQ(toText(backend.value(u"choices"_s)), u"[\"builtin\",\"spamd\",\"rspamd\"]"_s, u"spam.backend choices"_s);
    EXPECT_EQ(backend.value(u"default"_s).toString(), u"builtin"_s, u"spam.backend default"_s);
}

void TestSettings::unknownKeyRefused()
{
    for (const QString &verb : {u"get"_s, u"describe"_s}) {
        const CtlRun run = ctl(*m_engine, {u"settings"_s, verb, u"no.such.key"_s});
        EXPECT_EXIT(run, 1);
        EXPECT_EQ(run.sentence(), u"There is no setting 'no.such.key'."_s, u"stderr of settings "_s + verb);
        EXPECT_EQ(run.out, QString(), u"stdout of settings "_s + verb);
    }
    const DBusResult get = callEngine(m_engine->connection(), kSettings, u"Get"_s, {u"no.such.key"_s});
    EXPECT_EQ(get.errorName, kErrorPrefix + u"NotFound"_s, u"D-Bus error of Get('no.such.key')"_s);
}

void TestSettings::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("want"); // what `settings get` prints afterwards

    QTest::newRow("switch off (b)") << u"greylist.enabled"_s << u"false"_s << u"false"_s;
    QTest::newRow("switch on with 'yes' (b)") << u"greylist.enabled"_s << u"yes"_s << u"true"_s;
    QTest::newRow("count (u)") << u"limits.max_errors"_s << u"7"_s << u"7"_s;
    QTest::newRow("duration at its minimum (u)") << u"limits.idle_timeout"_s << u"1"_s << u"1"_s;
    QTest::newRow("port (u)") << u"relay.mx_port"_s << u"2525"_s << u"2525"_s;
    QTest::newRow("size (t)") << u"limits.max_message_size"_s << u"1048576"_s << u"1048576"_s;
    QTest::newRow("size of 0 = no limit (t)") << u"limits.max_message_size"_s << u"0"_s << u"0"_s;
    QTest::newRow("size beyond 4 GiB (t)") << u"limits.min_free_disk"_s << u"10737418240"_s << u"10737418240"_s;
    QTest::newRow("score with a fraction (d)") << u"spam.threshold"_s << u"6.5"_s << u"6.5"_s;
    QTest::newRow("whole score (d)") << u"spam.threshold"_s << u"7"_s << u"7.0"_s;
    QTest::newRow("text (s)") << u"spam.subject_tag"_s << u"[JUNK]"_s << u"[JUNK]"_s;
    QTest::newRow("empty text (s)") << u"spam.subject_tag"_s << QString() << QString();
    QTest::newRow("host name, normalized (s)") << u"identity.hostname"_s << u"Mail.Example.ORG."_s << u"mail.example.org"_s;
    QTest::newRow("choice (s)") << u"spam.backend"_s << u"spamd"_s << u"spamd"_s;
    QTest::newRow("list (as)") << u"spam.dnsbl_zones"_s << u"zen.example.org,bl.example.net"_s << u"zen.example.org,bl.example.net"_s;
    QTest::newRow("list, normalized (as)") << u"identity.masquerade_domains"_s << u"Home.LAN, Office.Example."_s << u"home.lan,office.example"_s;
    QTest::newRow("empty list (as)") << u"identity.masquerade_domains"_s << QString() << QString();
    QTest::newRow("durations list (as)") << u"queue.retry_schedule"_s << u"60,120,240"_s << u"60,120,240"_s;
    QTest::newRow("name servers with ports (as)") << u"dns.servers"_s << u"127.0.0.66:5353,[::1]:53"_s << u"127.0.0.66:5353,[::1]:53"_s;
}

void TestSettings::roundTrip()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, want);
    const CtlRun set = ctl(*m_engine, {u"settings"_s, u"set"_s, key, value});
    EXPECT_EXIT(set, 0);
    QVERIFY2(set.out.isEmpty() && set.err.isEmpty(), qPrintable(u"settings set prints nothing: "_s + set.mismatch(0)));
    QString error;
    const QString got = getValue(*m_engine, key, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    EXPECT_EQ(got, want, u"settings get "_s + key);
}

void TestSettings::getAsJsonIsTyped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("want");
    QTest::newRow("switch") << u"greylist.enabled"_s << u"false"_s << u"{\"key\":\"greylist.enabled\",\"value\":false}"_s;
    QTest::newRow("count") << u"limits.max_errors"_s << u"9"_s << u"{\"key\":\"limits.max_errors\",\"value\":9}"_s;
    QTest::newRow("score") << u"spam.threshold"_s << u"6.5"_s << u"{\"key\":\"spam.threshold\",\"value\":6.5}"_s;
    QTest::newRow("choice") << u"spam.backend"_s << u"rspamd"_s << u"{\"key\":\"spam.backend\",\"value\":\"rspamd\"}"_s;
    QTest::newRow("list") << u"spam.dnsbl_zones"_s << u"a.example.org,b.example.org"_s
                          << u"{\"key\":\"spam.dnsbl_zones\",\"value\":[\"a.example.org\",\"b.example.org\"]}"_s;
}

void TestSettings::getAsJsonIsTyped()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, want);
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, key, value}), 0);
    const CtlRun run = ctl(*m_engine, {u"--json"_s, u"settings"_s, u"get"_s, key});
    EXPECT_EXIT(run, 0);
    EXPECT_EQ(run.out.trimmed(), want, u"--json settings get "_s + key);
}

void TestSettings::valuesTravelWithTheirDescribedType()
{
    QDBusConnection bus = m_engine->connection();
    const DBusResult describe = callEngine(bus, kSettings, u"Describe"_s);
    QVERIFY2(describe.ok(), qPrintable(describe.describe()));
    const auto list = qdbus_cast<Doorstep::DBus::SettingDescriptionList>(describe.values.value(0));
    QVERIFY2(!list.isEmpty(), "Describe: got no keys, want all of them");

    const DBusResult getAll = callEngine(bus, kSettings, u"GetAll"_s);
    QVERIFY2(getAll.ok(), qPrintable(getAll.describe()));
    const QVariantMap all = qdbus_cast<QVariantMap>(getAll.values.value(0));
    EXPECT_EQ(qsizetype(all.size()), list.size(), u"number of keys of GetAll"_s);

    for (const auto &d : list) {
        const QString type = d.description.value(u"type"_s).toString();
        const DBusResult get = callEngine(bus, kSettings, u"Get"_s, {d.key});
        QVERIFY2(get.ok(), qPrintable(d.key + u": "_s + get.describe()));
        const QVariant value = get.values.value(0).value<QDBusVariant>().variant();
        EXPECT_EQ(signatureOf(value), type, u"D-Bus type of Get('%1')"_s.arg(d.key));
        EXPECT_EQ(signatureOf(all.value(d.key)), type, u"D-Bus type of GetAll()['%1']"_s.arg(d.key));
        if (!d.description.value(u"secret"_s).toBool())
            EXPECT_EQ(signatureOf(d.description.value(u"default"_s)), type, u"D-Bus type of the default of "_s + d.key);
        for (const QString &bound : {u"min"_s, u"max"_s}) {
            if (d.description.contains(bound))
                EXPECT_EQ(signatureOf(d.description.value(bound)), type, u"D-Bus type of the %1 of %2"_s.arg(bound, d.key));
        }
    }
}

void TestSettings::integersOfAnyWidthAccepted_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("want");
    QTest::newRow("byte (y) for a count") << u"limits.max_recipients"_s << QVariant::fromValue<uchar>(11) << u"11"_s;
    QTest::newRow("int16 (n) for a count") << u"limits.max_recipients"_s << QVariant::fromValue<short>(12) << u"12"_s;
    QTest::newRow("uint16 (q) for a count") << u"limits.max_recipients"_s << QVariant::fromValue<ushort>(13) << u"13"_s;
    QTest::newRow("int32 (i) for a count") << u"limits.max_recipients"_s << QVariant::fromValue<int>(14) << u"14"_s;
    QTest::newRow("int64 (x) for a count") << u"limits.max_recipients"_s << QVariant::fromValue<qlonglong>(15) << u"15"_s;
    QTest::newRow("uint64 (t) for a count") << u"limits.max_recipients"_s << QVariant::fromValue<qulonglong>(16) << u"16"_s;
    QTest::newRow("uint32 (u) for a size") << u"limits.max_message_size"_s << QVariant::fromValue<uint>(4096) << u"4096"_s;
    QTest::newRow("int32 (i) for a score") << u"spam.reject_threshold"_s << QVariant::fromValue<int>(20) << u"20.0"_s;
}

void TestSettings::integersOfAnyWidthAccepted()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, want);
    const DBusResult set = setSetting(m_engine->connection(), key, value);
    QVERIFY2(set.ok(), qPrintable(u"Set('%1', <%2>): "_s.arg(key, signatureOf(value)) + gotWant(set.describe(), u"success"_s)));
    QString error;
    EXPECT_EQ(getValue(*m_engine, key, &error), want, u"settings get "_s + key);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSettings::refused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");      // as doorstepctl gets it
    QTest::addColumn<QVariant>("dbusValue"); // the same through D-Bus, typed
    QTest::addColumn<QString>("wantError");
    QTest::addColumn<QStringList>("wantParts");

    QTest::newRow("unknown key") << u"no.such.key"_s << u"1"_s << QVariant(u"1"_s) << u"NotFound"_s
                                 << QStringList{u"There is no setting 'no.such.key'."_s};
    QTest::newRow("below the range (DESIGN.md's example)")
        << u"limits.greeting_delay"_s << u"-5"_s << QVariant::fromValue<qlonglong>(-5) << u"InvalidArgument"_s
        << QStringList{u"'limits.greeting_delay'"_s, u"from 0 to 300"_s, u"'-5'"_s};
    QTest::newRow("above the range") << u"limits.greeting_delay"_s << u"301"_s << QVariant::fromValue<uint>(301) << u"InvalidArgument"_s
                                     << QStringList{u"'limits.greeting_delay'"_s, u"from 0 to 300"_s, u"'301'"_s};
    QTest::newRow("zero where the minimum is one") << u"limits.idle_timeout"_s << u"0"_s << QVariant::fromValue<uint>(0) << u"InvalidArgument"_s
                                                   << QStringList{u"'limits.idle_timeout'"_s, u"from 1 to 86400"_s};
    QTest::newRow("size above its maximum") << u"limits.max_message_size"_s << u"3000000000"_s << QVariant::fromValue<qulonglong>(3000000000)
                                            << u"InvalidArgument"_s << QStringList{u"'limits.max_message_size'"_s, u"0 to 2147483648"_s};
    QTest::newRow("word for a count") << u"limits.idle_timeout"_s << u"abc"_s << QVariant(u"abc"_s) << u"InvalidArgument"_s
                                      << QStringList{u"'limits.idle_timeout'"_s, u"whole number"_s, u"'abc'"_s};
    QTest::newRow("word for a switch") << u"greylist.enabled"_s << u"maybe"_s << QVariant(u"maybe"_s) << u"InvalidArgument"_s
                                       << QStringList{u"'greylist.enabled'"_s, u"true or false"_s, u"'maybe'"_s};
    QTest::newRow("word for a score") << u"spam.threshold"_s << u"abc"_s << QVariant(u"abc"_s) << u"InvalidArgument"_s
                                      << QStringList{u"'spam.threshold'"_s, u"'abc'"_s};
    QTest::newRow("score above the range") << u"spam.threshold"_s << u"101"_s << QVariant(101.0) << u"InvalidArgument"_s
                                           << QStringList{u"'spam.threshold'"_s, u"0.0 to 100.0"_s};
    QTest::newRow("choice not offered") << u"spam.backend"_s << u"foo"_s << QVariant(u"foo"_s) << u"InvalidArgument"_s
                                        << QStringList{u"'spam.backend'"_s, u"builtin, spamd, rspamd"_s, u"'foo'"_s};
    QTest::newRow("list item with a port out of range")
        << u"listeners.mta"_s << u"1.2.3.4:99999"_s << QVariant(QStringList{u"1.2.3.4:99999"_s}) << u"InvalidArgument"_s
        << QStringList{u"'listeners.mta'"_s, u"'1.2.3.4:99999'"_s, u"IP:PORT"_s};
    QTest::newRow("list item without a port") << u"listeners.submission"_s << u"127.0.0.1"_s << QVariant(QStringList{u"127.0.0.1"_s})
                                              << u"InvalidArgument"_s << QStringList{u"'listeners.submission'"_s, u"'127.0.0.1'"_s};
    QTest::newRow("list item twice") << u"spam.dnsbl_zones"_s << u"a.example.org,A.example.org"_s
                                     << QVariant(QStringList{u"a.example.org"_s, u"A.example.org"_s}) << u"InvalidArgument"_s
                                     << QStringList{u"'spam.dnsbl_zones'"_s, u"twice"_s};
    QTest::newRow("listener twice") << u"listeners.smtps"_s << u"127.0.0.1:0,127.0.0.1:0"_s
                                    << QVariant(QStringList{u"127.0.0.1:0"_s, u"127.0.0.1:0"_s}) << u"InvalidArgument"_s
                                    << QStringList{u"'listeners.smtps'"_s, u"'127.0.0.1:0' twice"_s};
    QTest::newRow("empty retry schedule") << u"queue.retry_schedule"_s << QString() << QVariant(QStringList()) << u"InvalidArgument"_s
                                          << QStringList{u"'queue.retry_schedule'"_s, u"at least one"_s};
    QTest::newRow("text with a line break") << u"spam.subject_tag"_s << u"a\nb"_s << QVariant(u"a\nb"_s) << u"InvalidArgument"_s
                                            << QStringList{u"'spam.subject_tag'"_s, u"control characters"_s};
    QTest::newRow("host name with spaces") << u"identity.hostname"_s << u"not a host"_s << QVariant(u"not a host"_s) << u"InvalidArgument"_s
                                           << QStringList{u"'identity.hostname'"_s, u"'not a host'"_s};
}

void TestSettings::refused()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QVariant, dbusValue);
    QFETCH(QString, wantError);
    QFETCH(QStringList, wantParts);

    QString error;
    const bool known = key != u"no.such.key"_s;
    const QString before = known ? getValue(*m_engine, key, &error) : QString();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const CtlRun run = ctl(*m_engine, {u"settings"_s, u"set"_s, key, value});
    EXPECT_EXIT(run, 1);
    QVERIFY2(!run.sentence().contains(u'\n'), qPrintable(gotWant(run.err, u"one sentence"_s)));
    for (const QString &part : wantParts)
        EXPECT_CONTAINS(run.sentence(), part, u"sentence"_s);

    const DBusResult direct = setSetting(m_engine->connection(), key, dbusValue);
    EXPECT_EQ(direct.errorName, kErrorPrefix + wantError, u"D-Bus error of Set('%1', <%2>)"_s.arg(key, signatureOf(dbusValue)));

    if (known) {
        EXPECT_EQ(getValue(*m_engine, key, &error), before, u"%1 after the refusal"_s.arg(key));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestSettings::wrongDBusTypeRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("wantType");
    QTest::newRow("text for a count") << u"limits.max_errors"_s << QVariant(u"7"_s) << u"u"_s;
    QTest::newRow("double for a count") << u"limits.max_errors"_s << QVariant(7.0) << u"u"_s;
    QTest::newRow("boolean for a count") << u"limits.max_errors"_s << QVariant(true) << u"u"_s;
    QTest::newRow("negative int64 for a size") << u"limits.max_message_size"_s << QVariant::fromValue<qlonglong>(-1) << u"t"_s;
    QTest::newRow("count for a switch") << u"greylist.enabled"_s << QVariant::fromValue<uint>(1) << u"b"_s;
    QTest::newRow("text for a switch") << u"greylist.enabled"_s << QVariant(u"true"_s) << u"b"_s;
    QTest::newRow("text for a score") << u"spam.threshold"_s << QVariant(u"5.0"_s) << u"d"_s;
    QTest::newRow("text for a list") << u"listeners.mta"_s << QVariant(u"127.0.0.1:0"_s) << u"as"_s;
    QTest::newRow("list for a text") << u"spam.subject_tag"_s << QVariant(QStringList{u"x"_s}) << u"s"_s;
    QTest::newRow("array of variants for a list") << u"spam.dnsbl_zones"_s << QVariant(QVariantList{QVariant(u"a.example.org"_s)}) << u"as"_s;
    QTest::newRow("array of integers for a list") << u"queue.retry_schedule"_s << QVariant::fromValue(QList<int>{60}) << u"as"_s;
}

void TestSettings::wrongDBusTypeRefused()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, wantType);
    const DBusResult set = setSetting(m_engine->connection(), key, value);
    EXPECT_EQ(set.errorName, kErrorPrefix + u"InvalidArgument"_s, u"Set('%1', <%2>)"_s.arg(key, signatureOf(value)));
    EXPECT_CONTAINS(set.errorMessage, u"'%1'"_s.arg(key), u"sentence"_s);
    if (wantType != u"t"_s) // a negative number is a range error, not a type error
        EXPECT_CONTAINS(set.errorMessage, u"D-Bus type '%1'"_s.arg(wantType), u"sentence"_s);
}

void TestSettings::secretIsWriteOnly()
{
    const QString secret = u"S3cret-pass-4-relay"_s;
    const CtlRun set = ctl(*m_engine, {u"settings"_s, u"set"_s, u"relay.smart_host_password"_s, u"-"_s}, secret.toUtf8() + '\n');
    EXPECT_EXIT(set, 0);

    QString error;
    EXPECT_EQ(getValue(*m_engine, u"relay.smart_host_password"_s, &error), QString(), u"settings get of a secret"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CtlRun json = ctl(*m_engine, {u"--json"_s, u"settings"_s, u"get"_s, u"relay.smart_host_password"_s});
    EXPECT_EQ(json.out.trimmed(), u"{\"key\":\"relay.smart_host_password\",\"value\":\"\"}"_s, u"--json settings get of a secret"_s);
    const CtlRun list = ctl(*m_engine, {u"settings"_s, u"list"_s});
    QVERIFY2(list.outLines().contains(u"relay.smart_host_password = "_s),
             qPrintable(gotWant(list.out, u"a line 'relay.smart_host_password = '"_s)));

    // It was stored: the change is announced (without the value), and nothing shows it.
    const QStringList changes = changeSummaries(*m_engine);
    EXPECT_EQ(changes.value(changes.size() - 1), u"Setting 'relay.smart_host_password' changed."_s, u"last config_changed event"_s);
    const QList<QStringList> outputs{{u"--json"_s, u"events"_s}, {u"--json"_s, u"settings"_s, u"list"_s}, {u"status"_s}};
    for (const QStringList &args : outputs) {
        const CtlRun run = ctl(*m_engine, args);
        QVERIFY2(!run.out.contains(secret), qPrintable(args.join(u' ') + u": got the secret in the output, want it nowhere"_s));
    }
}

void TestSettings::secretWithoutInputIsUsageError()
{
    const CtlRun run = ctl(*m_engine, {u"settings"_s, u"set"_s, u"ddns.password"_s, u"-"_s});
    EXPECT_EXIT(run, 2);
    EXPECT_CONTAINS(run.err, u"standard input"_s, u"stderr"_s);
}

void TestSettings::setToCurrentValueIsNoOp()
{
    const qsizetype before = changeSummaries(*m_engine).size();
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"limits.max_connections"_s, u"100"_s}), 0); // the default
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"relay.smart_host_password"_s, u"-"_s}, "S3cret-pass-4-relay\n"), 0);
    const QStringList after = changeSummaries(*m_engine);
    EXPECT_EQ(after.size(), before, u"config_changed events after setting values they already had (%1)"_s.arg(after.mid(before).join(u" | "_s)));
}

void TestSettings::listenerPortZeroBindsNewPort()
{
    QString error;
    const QStringList first = boundListeners(*m_engine, &error).value(u"mta"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    EXPECT_EQ(first.size(), qsizetype(1), u"mta listeners at start (%1)"_s.arg(first.join(u", "_s)));

    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"listeners.mta"_s, u"127.0.0.2:0"_s}), 0);
    const QStringList second = boundListeners(*m_engine, &error).value(u"mta"_s);
    QVERIFY2(second.size() == 1 && second.first().startsWith(u"127.0.0.2:"_s) && portOf(second.first()) != 0,
             qPrintable(u"mta after setting 127.0.0.2:0: "_s + gotWant(second, u"127.0.0.2:PORT"_s)));
    QVERIFY2(acceptsConnections(second.first()), qPrintable(u"got no connection to %1, want one"_s.arg(second.first())));

    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"listeners.mta"_s, u"127.0.0.1:0"_s}), 0);
    const QStringList third = boundListeners(*m_engine, &error).value(u"mta"_s);
    QVERIFY2(third.size() == 1 && third.first().startsWith(u"127.0.0.1:"_s) && portOf(third.first()) != 0,
             qPrintable(u"mta after setting 127.0.0.1:0: "_s + gotWant(third, u"127.0.0.1:PORT"_s)));
    QVERIFY2(acceptsConnections(third.first()), qPrintable(u"got no connection to %1, want one"_s.arg(third.first())));
    QVERIFY2(!acceptsConnections(second.first()), qPrintable(u"%1 still accepts connections, want it closed"_s.arg(second.first())));
    EXPECT_EQ(getValue(*m_engine, u"listeners.mta"_s, &error), u"127.0.0.1:0"_s, u"settings get listeners.mta"_s);
}

void TestSettings::listenerEmptyListTurnsItOff()
{
    QString error;
    const QStringList before = boundListeners(*m_engine, &error).value(u"smtps"_s);
    QVERIFY2(error.isEmpty() && before.size() == 1, qPrintable(error + gotWant(before, u"one smtps listener"_s)));

    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"listeners.smtps"_s, QString()}), 0);
    const auto off = boundListeners(*m_engine, &error);
    QVERIFY2(off.contains(u"smtps"_s) && off.value(u"smtps"_s).isEmpty(), qPrintable(u"smtps: "_s + gotWant(off.value(u"smtps"_s), u""_s)));
    const CtlRun status = ctl(*m_engine, {u"status"_s});
    EXPECT_CONTAINS(status.out, u"smtps off"_s, u"status"_s);
    QVERIFY2(!acceptsConnections(before.first()), qPrintable(u"%1 still accepts connections, want smtps off"_s.arg(before.first())));

    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"listeners.smtps"_s, u"127.0.0.1:0"_s}), 0);
    const QStringList on = boundListeners(*m_engine, &error).value(u"smtps"_s);
    QVERIFY2(on.size() == 1 && acceptsConnections(on.first()), qPrintable(u"smtps back on: "_s + gotWant(on, u"127.0.0.1:PORT, accepting"_s)));
}

void TestSettings::listenerOnIPv6LoopbackInBrackets()
{
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("this machine has no IPv6 loopback (::1)");
    }
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"listeners.submission"_s, u"[::1]:0,127.0.0.1:0"_s}), 0);
    QString error;
    const QStringList bound = boundListeners(*m_engine, &error).value(u"submission"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(bound.size() == 2 && bound.first().startsWith(u"[::1]:"_s) && portOf(bound.first()) != 0,
             qPrintable(u"submission: "_s + gotWant(bound, u"[::1]:PORT|127.0.0.1:PORT"_s)));
    for (const QString &address : bound)
        QVERIFY2(acceptsConnections(address), qPrintable(u"got no connection to %1, want one"_s.arg(address)));
    EXPECT_EQ(getValue(*m_engine, u"listeners.submission"_s, &error), u"[::1]:0,127.0.0.1:0"_s, u"settings get listeners.submission"_s);
}

void TestSettings::listenerAddressInUseRefused_data()
{
    QTest::addColumn<QString>("value"); // %1 = the port the test holds
    QTest::newRow("the only address") << u"127.0.0.1:%1"_s;
    QTest::newRow("after the address in effect") << u"127.0.0.1:0,127.0.0.1:%1"_s;
    QTest::newRow("after a new free address") << u"127.0.0.2:0,127.0.0.1:%1"_s;
}

void TestSettings::listenerAddressInUseRefused()
{
    QFETCH(QString, value);
    QTcpServer taken;
    QVERIFY2(taken.listen(QHostAddress::LocalHost, 0), qPrintable(taken.errorString()));
    const QString busy = u"127.0.0.1:%1"_s.arg(taken.serverPort());
    value = value.arg(taken.serverPort());

    QString error;
    const QStringList before = boundListeners(*m_engine, &error).value(u"mta"_s);
    QVERIFY2(error.isEmpty() && !before.isEmpty(), qPrintable(error + gotWant(before, u"mta listening"_s)));
    const QString setting = getValue(*m_engine, u"listeners.mta"_s, &error);

    const CtlRun run = ctl(*m_engine, {u"settings"_s, u"set"_s, u"listeners.mta"_s, value});
    EXPECT_EXIT(run, 1);
    EXPECT_CONTAINS(run.sentence(), busy, u"sentence"_s);
    EXPECT_CONTAINS(run.sentence(), u"in use"_s, u"sentence"_s);
    const DBusResult direct = setSetting(m_engine->connection(), u"listeners.mta"_s, value.split(u','));
    EXPECT_EQ(direct.errorName, kErrorPrefix + u"Failed"_s, u"D-Bus error of Set('listeners.mta', [%1])"_s.arg(value));

    // The old listener keeps working and the setting is unchanged.
    const QStringList after = boundListeners(*m_engine, &error).value(u"mta"_s);
    EXPECT_EQ(after, before, u"mta listeners after the refusal"_s);
    for (const QString &address : after)
        QVERIFY2(acceptsConnections(address), qPrintable(u"got no connection to %1 after the refusal, want one"_s.arg(address)));
    EXPECT_EQ(getValue(*m_engine, u"listeners.mta"_s, &error), setting, u"settings get listeners.mta after the refusal"_s);
}

void TestSettings::settingsPersistAcrossRestart()
{
    const QList<std::pair<QString, QString>> values{
        {u"limits.max_errors"_s, u"13"_s},
        {u"limits.max_message_size"_s, u"7340032"_s},
        {u"spam.threshold"_s, u"4.5"_s},
        {u"greylist.enabled"_s, u"false"_s},
        {u"spam.backend"_s, u"spamd"_s},
        {u"identity.hostname"_s, u"persisted.example.org"_s},
        {u"spam.dnsbl_zones"_s, u"one.example.org,two.example.org"_s},
    };
    for (const auto &[key, value] : values)
        EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, key, value}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"ddns.password"_s, u"-"_s}, "persisted-secret\n"), 0);

    EXPECT_EQ(m_engine->stop(), 0, u"exit code of doorstepd after SIGTERM"_s);
    QVERIFY2(m_engine->start(), qPrintable(u"restart with the same data directory: "_s + m_engine->error()));

    QString error;
    for (const auto &[key, value] : values) {
        EXPECT_EQ(getValue(*m_engine, key, &error), value, key + u" after a restart"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // The secret cannot be read back, but setting the same value again is a no-op (no event)
    // while a different one is a change: so the stored secret survived.
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"ddns.password"_s, u"-"_s}, "persisted-secret\n"), 0);
    EXPECT_EQ(changeSummaries(*m_engine).filter(u"ddns.password"_s).size(), qsizetype(0),
              u"changes of ddns.password after setting the stored value"_s);
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"ddns.password"_s, u"-"_s}, "another-secret\n"), 0);
    EXPECT_EQ(changeSummaries(*m_engine).filter(u"ddns.password"_s).size(), qsizetype(1), u"changes of ddns.password after a new value"_s);
}

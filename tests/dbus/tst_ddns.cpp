// dbus.ddns: Ddns.Status and Ddns.UpdateNow directly and through doorstepctl, with the
// provider off and with settings missing (refused before anything is sent, so no network).
// The protocols themselves are e2e tests (tests/e2e/test_ddns*.py).

#include <QDBusMetaType>

#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QString kDdns = kInterfacePrefix + u"Ddns"_s;
const QString kOff = u"Dynamic DNS is off: choose a provider in setting 'ddns.provider' first."_s;

QJsonObject ddnsStatus(const EngineFixture &engine, QString *error)
{
    const CtlRun run = ctl(engine, {u"--json"_s, u"ddns"_s, u"status"_s});
    if (run.exitCode != 0) {
        *error = run.mismatch(0);
        return {};
    }
    return parseJson(run.out, error).toObject();
}

} // namespace

void TestDdns::initTestCase()
{
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
}

void TestDdns::cleanupTestCase()
{
    m_engine.reset();
}

void TestDdns::statusWhenOff()
{
    const DBusResult result = callEngine(m_engine->connection(), kDdns, u"Status"_s);
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const QVariantMap status = qdbus_cast<QVariantMap>(result.values.value(0));
    const QMap<QString, QString> types{
        {u"address_error"_s, u"s"_s}, {u"address_found"_s, u"t"_s}, {u"address_v4"_s, u"s"_s},  {u"address_v6"_s, u"s"_s},
        {u"addresses"_s, u"as"_s},    {u"failures"_s, u"u"_s},      {u"host"_s, u"s"_s},        {u"ip_source"_s, u"s"_s},
        {u"last_attempt"_s, u"t"_s},  {u"last_result"_s, u"s"_s},   {u"last_sent"_s, u"as"_s},  {u"last_update"_s, u"t"_s},
        {u"next_attempt"_s, u"t"_s},  {u"provider"_s, u"s"_s},      {u"state"_s, u"s"_s},       {u"txt_records"_s, u"b"_s},
    };
    EXPECT_EQ(QStringList(status.keys()), QStringList(types.keys()), u"Status keys"_s);
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        const QVariant value = status.value(it.key());
        const QString signature = value.metaType() == QMetaType::fromType<QStringList>()
                                      ? u"as"_s
                                      : QString::fromLatin1(QDBusMetaType::typeToSignature(value.metaType()));
        EXPECT_EQ(signature, it.value(), u"type of "_s + it.key());
    }
    EXPECT_EQ(status.value(u"provider"_s).toString(), u"none"_s, u"provider"_s);
    EXPECT_EQ(status.value(u"state"_s).toString(), u"disabled"_s, u"state"_s);
    EXPECT_EQ(status.value(u"ip_source"_s).toString(), u"web"_s, u"ip_source"_s);
    EXPECT_EQ(status.value(u"next_attempt"_s).toULongLong(), 0ULL, u"next_attempt: nothing planned while off"_s);
    EXPECT_EQ(status.value(u"address_found"_s).toULongLong(), 0ULL, u"address_found: no look-up while off"_s);
    EXPECT_EQ(status.value(u"txt_records"_s).toBool(), false, u"txt_records"_s);
}

void TestDdns::statusForPeople()
{
    const CtlRun run = ctl(*m_engine, {u"ddns"_s, u"status"_s});
    EXPECT_EXIT(run, 0);
    QStringList lines;
    for (const QString &line : run.outLines())
        lines << line.simplified();
    EXPECT_EQ(lines.value(0), u"Provider: none"_s, u"first line of `ddns status`"_s);
    QVERIFY2(lines.contains(u"State: disabled"_s), qPrintable(run.out));
    QVERIFY2(lines.contains(u"Last update: never"_s), qPrintable(run.out));
    QVERIFY2(lines.contains(u"Next attempt: none planned"_s), qPrintable(run.out));
}

void TestDdns::updateNowWhenOff()
{
    const DBusResult result = callEngine(m_engine->connection(), kDdns, u"UpdateNow"_s);
    EXPECT_EQ(result.errorName, kErrorPrefix + u"Failed"_s, u"UpdateNow error name"_s);
    EXPECT_EQ(result.errorMessage, kOff, u"UpdateNow sentence"_s);
    const CtlRun run = ctl(*m_engine, {u"ddns"_s, u"update"_s});
    EXPECT_EXIT(run, 1);
    EXPECT_EQ(run.sentence(), kOff, u"`ddns update` on stderr"_s);
}

void TestDdns::updateNowWithMissingSettings_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("dyndns2") << u"dyndns2"_s << u"Settings 'ddns.host' and 'ddns.domain' are empty: DynDNS2 needs the name to update."_s;
    QTest::newRow("namecheap") << u"namecheap"_s << u"Setting 'ddns.domain' is empty: Namecheap needs the domain registered there."_s;
    QTest::newRow("duckdns") << u"duckdns"_s << u"Setting 'ddns.host' is empty: DuckDNS needs your name (NAME of NAME.duckdns.org)."_s;
    QTest::newRow("cloudflare") << u"cloudflare"_s << u"Setting 'ddns.domain' is empty: Cloudflare needs the zone (your domain)."_s;
    QTest::newRow("rfc2136") << u"rfc2136"_s << u"Setting 'ddns.server' is empty: RFC 2136 needs the zone's primary DNS server (host[:port])."_s;
}

void TestDdns::updateNowWithMissingSettings()
{
    QFETCH(QString, provider);
    QFETCH(QString, sentence);
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"ddns.provider"_s, provider}), 0);
    QString error;
    QVERIFY2(waitUntil([&] { return ddnsStatus(*m_engine, &error).value(u"state"_s).toString() == u"stopped"_s; }),
             qPrintable(u"state: "_s + toText(ddnsStatus(*m_engine, &error))));
    const QJsonObject status = ddnsStatus(*m_engine, &error);
    EXPECT_EQ(status.value(u"last_result"_s).toString(), sentence, u"last_result"_s);
    EXPECT_EQ(status.value(u"next_attempt"_s).toDouble(), 0.0, u"next_attempt while stopped"_s);
    const DBusResult result = callEngine(m_engine->connection(), kDdns, u"UpdateNow"_s);
    EXPECT_EQ(result.errorName, kErrorPrefix + u"Failed"_s, u"UpdateNow error name"_s);
    EXPECT_EQ(result.errorMessage, sentence, u"UpdateNow sentence"_s);
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"ddns.provider"_s, u"none"_s}), 0);
    QVERIFY2(waitUntil([&] { return ddnsStatus(*m_engine, &error).value(u"state"_s).toString() == u"disabled"_s; }),
             "state after ddns.provider none: want disabled");
}

void TestDdns::secretNeverInStatus()
{
    const QString secret = u"n0t-in-any-reply"_s;
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set"_s, u"ddns.password"_s, u"-"_s}, (secret + u'\n').toUtf8()), 0);
    const CtlRun json = ctl(*m_engine, {u"--json"_s, u"ddns"_s, u"status"_s});
    const CtlRun text = ctl(*m_engine, {u"ddns"_s, u"status"_s});
    QVERIFY2(!json.out.contains(secret) && !text.out.contains(secret), qPrintable(json.out + text.out));
}

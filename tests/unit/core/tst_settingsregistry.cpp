#include <QTest>

#include "engine/core/settingsregistry.h"
#include "tests/unit/core/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Core;

namespace {

// Every key DESIGN.md lists, in its order: the registry must know each one.
const QStringList kDesignKeys{
    u"identity.hostname"_s, u"identity.masquerade_as"_s, u"identity.masquerade_domains"_s, u"identity.masquerade_envelope"_s,
    u"identity.masquerade_entire_domain"_s, u"identity.local_no_masquerade"_s, u"listeners.mta"_s, u"listeners.submission"_s,
    u"listeners.smtps"_s, u"limits.max_message_size"_s, u"limits.max_recipients"_s, u"limits.max_connections"_s,
    u"limits.max_connections_per_ip"_s, u"limits.idle_timeout"_s, u"limits.max_errors"_s, u"limits.greeting_delay"_s,
    u"limits.min_free_disk"_s, u"relay.smart_host"_s, u"relay.smart_host_user"_s, u"relay.smart_host_password"_s,
    u"relay.smart_host_tls"_s, u"relay.fallback_host"_s, u"relay.probe_host"_s, u"relay.mx_port"_s, u"relay.max_per_destination"_s,
    u"queue.retry_schedule"_s, u"queue.warn_after"_s, u"queue.bounce_after"_s, u"greylist.enabled"_s, u"greylist.delay"_s,
    u"greylist.expire_unconfirmed"_s, u"greylist.expire_confirmed"_s, u"greylist.prefix_v4"_s, u"greylist.prefix_v6"_s,
    u"antivirus.enabled"_s, u"antivirus.database_dir"_s, u"antivirus.action"_s, u"antivirus.low_memory_reload"_s,
    u"spam.enabled"_s, u"spam.backend"_s, u"spam.address"_s, u"spam.threshold"_s, u"spam.reject_threshold"_s,
    u"spam.subject_tag"_s, u"spam.folder"_s, u"spam.dnsbl_zones"_s, u"ddns.provider"_s, u"ddns.host"_s, u"ddns.domain"_s,
    u"ddns.username"_s, u"ddns.password"_s, u"ddns.interval"_s, u"ddns.ip_source"_s, u"ddns.ip_url"_s, u"ddns.server"_s,
    u"ddns.tsig_name"_s, u"ddns.tsig_algorithm"_s, u"ddns.tsig_secret"_s, u"acme.directory_url"_s, u"acme.email"_s,
    u"acme.http_port"_s, u"acme.ca_file"_s, u"acme.renew_before"_s, u"dkim.enabled"_s, u"dkim.selector"_s, u"dkim.ed25519"_s,
    u"health.blocklists"_s, u"imap.enabled"_s, u"imap.listen"_s, u"imaps.listen"_s, u"pop3.enabled"_s, u"pop3s.listen"_s,
    u"sieve.listen"_s, u"dns.servers"_s, u"dns.timeout"_s,
};

} // namespace

void TestSettingsRegistry::everyDesignKeyIsRegistered()
{
    const SettingsRegistry registry(RunMode::System);
    for (const QString &key : kDesignKeys)
        QVERIFY2(registry.find(key), qPrintable(u"missing key %1"_s.arg(key)));
    for (const SettingDefinition &d : registry.definitions()) {
        QVERIFY2(!d.help.isEmpty(), qPrintable(u"%1 has no help"_s.arg(d.key)));
        QVERIFY2(!d.help.contains(u'\n'), qPrintable(u"%1's help is more than one line"_s.arg(d.key)));
    }
    // DESIGN.md's stated defaults.
    QCOMPARE(registry.find(u"limits.idle_timeout"_s)->defaultValue.toUInt(), 300u);
    QCOMPARE(registry.find(u"limits.max_errors"_s)->defaultValue.toUInt(), 20u);
    QCOMPARE(registry.find(u"limits.greeting_delay"_s)->defaultValue.toUInt(), 0u);
    QCOMPARE(registry.find(u"queue.warn_after"_s)->defaultValue.toUInt(), 4u * 3600);
    QCOMPARE(registry.find(u"queue.bounce_after"_s)->defaultValue.toUInt(), 4u * 86400);
    QCOMPARE(registry.find(u"greylist.enabled"_s)->defaultValue.toBool(), true);
    QCOMPARE(registry.find(u"greylist.prefix_v4"_s)->defaultValue.toUInt(), 24u);
    QCOMPARE(registry.find(u"greylist.prefix_v6"_s)->defaultValue.toUInt(), 64u);
    QCOMPARE(registry.find(u"antivirus.enabled"_s)->defaultValue.toBool(), false);
    QCOMPARE(registry.find(u"antivirus.database_dir"_s)->defaultValue.toString(), u"/var/lib/clamav"_s);
    QCOMPARE(registry.find(u"spam.threshold"_s)->defaultValue.toDouble(), 5.0);
    QCOMPARE(registry.find(u"spam.reject_threshold"_s)->defaultValue.toDouble(), 0.0);
    QCOMPARE(registry.find(u"spam.folder"_s)->defaultValue.toString(), u"spamtrap"_s);
    QCOMPARE(registry.find(u"ddns.interval"_s)->defaultValue.toUInt(), 3600u);
    QCOMPARE(registry.find(u"acme.http_port"_s)->defaultValue.toUInt(), 80u);
    QCOMPARE(registry.find(u"acme.renew_before"_s)->defaultValue.toUInt(), 30u * 86400);
    QCOMPARE(registry.find(u"relay.mx_port"_s)->defaultValue.toUInt(), 25u);
    QCOMPARE(registry.find(u"dkim.enabled"_s)->defaultValue.toBool(), true);
    QCOMPARE(registry.find(u"dkim.ed25519"_s)->defaultValue.toBool(), false);
    QCOMPARE(registry.find(u"imap.enabled"_s)->defaultValue.toBool(), true);
    QCOMPARE(registry.find(u"pop3.enabled"_s)->defaultValue.toBool(), false);
    QVERIFY(registry.find(u"relay.smart_host_password"_s)->secret);
    QVERIFY(registry.find(u"ddns.password"_s)->secret);
    QVERIFY(registry.find(u"ddns.tsig_secret"_s)->secret);
}

void TestSettingsRegistry::everyDefaultIsValid_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("system") << int(RunMode::System);
    QTest::newRow("session") << int(RunMode::Session);
}

void TestSettingsRegistry::everyDefaultIsValid()
{
    QFETCH(int, mode);
    const SettingsRegistry registry{RunMode(mode)};
    for (const SettingDefinition &d : registry.definitions()) {
        const auto checked = registry.validate(d.key, d.defaultValue);
        QVERIFY2(checked.ok(), qPrintable(u"default of %1 refused: %2"_s.arg(d.key, checked.ok() ? QString() : checked.error().message)));
        QCOMPARE(checked.value(), d.defaultValue);
    }
}

void TestSettingsRegistry::validate_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QVariant>("normalized");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("bool") << u"greylist.enabled"_s << QVariant(false) << true << QVariant(false) << QString();
    QTest::newRow("bool given as string") << u"greylist.enabled"_s << QVariant(u"no"_s) << false << QVariant() << u"true or false"_s;
    QTest::newRow("u in range") << u"limits.greeting_delay"_s << QVariant(5u) << true << QVariant(5u) << QString();
    QTest::newRow("u as int32") << u"limits.greeting_delay"_s << QVariant(7) << true << QVariant(7u) << QString();
    QTest::newRow("u as uint64") << u"limits.greeting_delay"_s << QVariant::fromValue<qulonglong>(9) << true << QVariant(9u) << QString();
    QTest::newRow("u negative") << u"limits.greeting_delay"_s << QVariant(-5) << false << QVariant()
                                << u"Setting 'limits.greeting_delay' must be a whole number from 0 to 300 seconds, not '-5'."_s;
    QTest::newRow("u above max") << u"limits.greeting_delay"_s << QVariant(301u) << false << QVariant() << u"from 0 to 300"_s;
    QTest::newRow("u below min") << u"limits.idle_timeout"_s << QVariant(0u) << false << QVariant() << u"from 1 to"_s;
    QTest::newRow("u given text") << u"limits.idle_timeout"_s << QVariant(u"abc"_s) << false << QVariant()
                                  << u"takes a whole number (D-Bus type 'u'), not 'abc'"_s;
    QTest::newRow("t size") << u"limits.max_message_size"_s << QVariant::fromValue<qulonglong>(1048576) << true
                            << QVariant::fromValue<qulonglong>(1048576) << QString();
    QTest::newRow("t zero means off") << u"limits.max_message_size"_s << QVariant(0u) << true << QVariant::fromValue<qulonglong>(0)
                                      << QString();
    QTest::newRow("d score") << u"spam.threshold"_s << QVariant(6.5) << true << QVariant(6.5) << QString();
    QTest::newRow("d from integer") << u"spam.threshold"_s << QVariant(7) << true << QVariant(7.0) << QString();
    QTest::newRow("d out of range") << u"spam.threshold"_s << QVariant(100.5) << false << QVariant()
                                    << u"must be a number from 0.0 to 100.0"_s;
    QTest::newRow("d text") << u"spam.threshold"_s << QVariant(u"abc"_s) << false << QVariant() << u"not 'abc'"_s;
    QTest::newRow("choice") << u"spam.backend"_s << QVariant(u"rspamd"_s) << true << QVariant(u"rspamd"_s) << QString();
    QTest::newRow("bad choice") << u"spam.backend"_s << QVariant(u"foo"_s) << false << QVariant()
                                << u"must be one of builtin, spamd, rspamd, not 'foo'"_s;
    QTest::newRow("hostname lower-cased") << u"identity.hostname"_s << QVariant(u"Mail.Example.ORG."_s) << true
                                          << QVariant(u"mail.example.org"_s) << QString();
    QTest::newRow("bad hostname") << u"identity.hostname"_s << QVariant(u"mail example"_s) << false << QVariant() << u"host name"_s;
    QTest::newRow("listen list normalized") << u"listeners.mta"_s << QVariant(QStringList{u"127.0.0.1:25"_s, u"[0::1]:25"_s}) << true
                                            << QVariant(QStringList{u"127.0.0.1:25"_s, u"[::1]:25"_s}) << QString();
    QTest::newRow("empty listen list turns off") << u"listeners.smtps"_s << QVariant(QStringList{}) << true << QVariant(QStringList{})
                                                 << QString();
    QTest::newRow("listen list bad port") << u"listeners.mta"_s << QVariant(QStringList{u"1.2.3.4:99999"_s}) << false << QVariant()
                                          << u"IP:PORT"_s;
    QTest::newRow("listen list duplicate") << u"listeners.mta"_s << QVariant(QStringList{u"127.0.0.1:25"_s, u"127.0.0.1:25"_s}) << false
                                           << QVariant() << u"twice"_s;
    QTest::newRow("list given as string") << u"listeners.mta"_s << QVariant(u"127.0.0.1:25"_s) << false << QVariant() << u"'as'"_s;
    QTest::newRow("smart host") << u"relay.smart_host"_s << QVariant(u"[smtp.example.net]:587"_s) << true
                                << QVariant(u"[smtp.example.net]:587"_s) << QString();
    QTest::newRow("smart host off") << u"relay.smart_host"_s << QVariant(QString()) << true << QVariant(QString()) << QString();
    QTest::newRow("bad smart host") << u"relay.smart_host"_s << QVariant(u"smtp example"_s) << false << QVariant() << u"HOST:PORT"_s;
    QTest::newRow("retry schedule") << u"queue.retry_schedule"_s << QVariant(QStringList{u"60"_s, u"600"_s}) << true
                                    << QVariant(QStringList{u"60"_s, u"600"_s}) << QString();
    QTest::newRow("empty retry schedule") << u"queue.retry_schedule"_s << QVariant(QStringList{}) << false << QVariant()
                                          << u"at least one"_s;
    QTest::newRow("retry schedule not seconds") << u"queue.retry_schedule"_s << QVariant(QStringList{u"5m"_s}) << false << QVariant()
                                                << u"seconds"_s;
    QTest::newRow("spam folder") << u"spam.folder"_s << QVariant(u"Junk"_s) << true << QVariant(u"Junk"_s) << QString();
    QTest::newRow("spam folder escaping") << u"spam.folder"_s << QVariant(u"../etc"_s) << false << QVariant() << u"folder name"_s;
    QTest::newRow("name servers") << u"dns.servers"_s << QVariant(QStringList{u"127.0.0.66:5353"_s}) << true
                                  << QVariant(QStringList{u"127.0.0.66:5353"_s}) << QString();
    QTest::newRow("name server by name") << u"dns.servers"_s << QVariant(QStringList{u"dns.example.org"_s}) << false << QVariant()
                                         << u"IP or IP:PORT"_s;
    QTest::newRow("ip source fixed") << u"ddns.ip_source"_s << QVariant(u"fixed:192.0.2.7"_s) << true << QVariant(u"fixed:192.0.2.7"_s)
                                     << QString();
    QTest::newRow("ip source bad") << u"ddns.ip_source"_s << QVariant(u"dhcp"_s) << false << QVariant() << u"'web'"_s;
    QTest::newRow("acme email") << u"acme.email"_s << QVariant(u"Admin@Example.org"_s) << true << QVariant(u"admin@example.org"_s)
                                << QString();
    QTest::newRow("url") << u"ddns.ip_url"_s << QVariant(u"ftp://x.org"_s) << false << QVariant() << u"http://"_s;
    QTest::newRow("secret with newline") << u"relay.smart_host_password"_s << QVariant(u"a\nb"_s) << false << QVariant()
                                         << u"control characters"_s;
    QTest::newRow("unknown key") << u"no.such_key"_s << QVariant(1) << false << QVariant() << u"There is no setting 'no.such_key'."_s;
}

void TestSettingsRegistry::validate()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(bool, valid);
    QFETCH(QVariant, normalized);
    QFETCH(QString, messagePart);
    const SettingsRegistry registry(RunMode::System);
    const auto result = registry.validate(key, value);
    if (valid) {
        QVERIFY2(result.ok(), qPrintable(u"got '%1', want success"_s.arg(result.ok() ? QString() : result.error().message)));
        QCOMPARE(result.value(), normalized);
        QCOMPARE(result.value().typeId(), normalized.typeId());
    } else {
        QVERIFY2(!result.ok(), qPrintable(u"got success, want a refusal containing '%1'"_s.arg(messagePart)));
        QVERIFY2(result.error().message.contains(messagePart),
                 qPrintable(u"got '%1', want it to contain '%2'"_s.arg(result.error().message, messagePart)));
        QCOMPARE(result.error().code, key == u"no.such_key"_s ? ErrorCode::NotFound : ErrorCode::InvalidArgument);
    }
}

void TestSettingsRegistry::sessionDefaultsUseHighPorts()
{
    const SettingsRegistry session(RunMode::Session);
    QCOMPARE(session.find(u"listeners.mta"_s)->defaultValue.toStringList(), QStringList{u"127.0.0.1:2525"_s});
    QCOMPARE(session.find(u"listeners.submission"_s)->defaultValue.toStringList(), QStringList{u"127.0.0.1:2587"_s});
    QCOMPARE(session.find(u"listeners.smtps"_s)->defaultValue.toStringList(), QStringList{u"127.0.0.1:2465"_s});
    QCOMPARE(session.find(u"imap.listen"_s)->defaultValue.toStringList(), QStringList{u"127.0.0.1:2143"_s});
    QCOMPARE(session.find(u"imaps.listen"_s)->defaultValue.toStringList(), QStringList{u"127.0.0.1:2993"_s});
    QCOMPARE(session.find(u"pop3s.listen"_s)->defaultValue.toStringList(), QStringList{u"127.0.0.1:2995"_s});
    QCOMPARE(session.find(u"sieve.listen"_s)->defaultValue.toStringList(), QStringList{u"127.0.0.1:24190"_s});
    const SettingsRegistry system(RunMode::System);
    QVERIFY(system.find(u"listeners.mta"_s)->defaultValue.toStringList().contains(u"0.0.0.0:25"_s));
    QVERIFY(system.find(u"listeners.submission"_s)->defaultValue.toStringList().contains(u"[::]:587"_s));
}

void TestSettingsRegistry::encodeDecodeRoundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("b") << u"spam.enabled"_s << QVariant(false);
    QTest::newRow("u") << u"limits.max_errors"_s << QVariant(7u);
    QTest::newRow("t beyond 2^53") << u"limits.min_free_disk"_s << QVariant::fromValue<qulonglong>(9007199254740993ULL);
    QTest::newRow("d") << u"spam.threshold"_s << QVariant(4.25);
    QTest::newRow("s with quotes") << u"spam.subject_tag"_s << QVariant(u"\"[SPAM]\" ümlaut"_s);
    QTest::newRow("as") << u"spam.dnsbl_zones"_s << QVariant(QStringList{u"zen.spamhaus.org"_s, u"bl.spamcop.net"_s});
    QTest::newRow("empty as") << u"dns.servers"_s << QVariant(QStringList{});
}

void TestSettingsRegistry::encodeDecodeRoundTrip()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    const SettingsRegistry registry(RunMode::System);
    const SettingDefinition &d = *registry.find(key);
    const auto decoded = registry.decode(d, SettingsRegistry::encode(d, value));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), value);
}

void TestSettingsRegistry::decodeRefusesBadStoredValues()
{
    const SettingsRegistry registry(RunMode::System);
    const SettingDefinition &delay = *registry.find(u"limits.greeting_delay"_s);
    QVERIFY(!registry.decode(delay, "garbage").ok());
    QVERIFY(!registry.decode(delay, R"(["999"])").ok()); // out of range: what Set would refuse
    QVERIFY(!registry.decode(delay, R"([true])").ok());
    QVERIFY(registry.decode(delay, R"(["12"])").ok());
}

void TestSettingsRegistry::describeCarriesEditorFacts()
{
    const SettingsRegistry registry(RunMode::System);
    const QVariantMap delay = registry.describe(*registry.find(u"limits.greeting_delay"_s));
    QCOMPARE(delay.value(u"type"_s).toString(), u"u"_s);
    QCOMPARE(delay.value(u"unit"_s).toString(), u"s"_s);
    QCOMPARE(delay.value(u"min"_s).toUInt(), 0u);
    QCOMPARE(delay.value(u"max"_s).toUInt(), 300u);
    QCOMPARE(delay.value(u"group"_s).toString(), u"limits"_s);
    QVERIFY(!delay.value(u"help"_s).toString().isEmpty());
    const QVariantMap backend = registry.describe(*registry.find(u"spam.backend"_s));
    QCOMPARE(backend.value(u"choices"_s).toStringList(), (QStringList{u"builtin"_s, u"spamd"_s, u"rspamd"_s}));
    const QVariantMap secret = registry.describe(*registry.find(u"ddns.password"_s));
    QCOMPARE(secret.value(u"secret"_s).toBool(), true);
    QCOMPARE(secret.value(u"default"_s).toString(), QString());
    const QVariantMap listen = registry.describe(*registry.find(u"listeners.mta"_s));
    QCOMPARE(listen.value(u"type"_s).toString(), u"as"_s);
    QCOMPARE(listen.value(u"list_item"_s).toString(), u"IP:PORT"_s);
    QCOMPARE(registry.describe(*registry.find(u"limits.max_message_size"_s)).value(u"unit"_s).toString(), u"bytes"_s);
}

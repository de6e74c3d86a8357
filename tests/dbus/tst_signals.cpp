// dbus.signals (STYLE rule 20): what a client on the bus receives. Settings.Changed carries key
// names only, Manager.Event reports configuration changes without passwords, a Set to the
// current value emits nothing, and Manager.State does not announce changes that did not happen.

#include <QDBusArgument>
#include <QDBusVariant>
#include <QDateTime>

#include "resources/dbus/dbustypes.h"
#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QString kManager = kInterfacePrefix + u"Manager"_s;
const QString kSettings = kInterfacePrefix + u"Settings"_s;
const QString kBarrierKey = u"spam.subject_tag"_s;

// Everything a message carries, as text (to look for secrets in it).
QString flatten(const QVariant &value)
{
    if (value.userType() == qMetaTypeId<QDBusVariant>())
        return flatten(value.value<QDBusVariant>().variant());
    if (value.userType() == qMetaTypeId<QDBusArgument>()) {
        const auto argument = value.value<QDBusArgument>();
        if (argument.currentType() == QDBusArgument::MapType)
            return flatten(qdbus_cast<QVariantMap>(argument));
        return argument.currentSignature();
    }
    if (value.typeId() == QMetaType::QVariantMap) {
        QStringList parts;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts << it.key() + u'=' + flatten(it.value());
        return u"{"_s + parts.join(u", "_s) + u"}"_s;
    }
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u',');
    return value.toString();
}

QString flatten(const QDBusMessage &message)
{
    QStringList parts;
    for (const QVariant &a : message.arguments())
        parts << flatten(a);
    return message.member() + u"("_s + parts.join(u"; "_s) + u")"_s;
}

QVariantMap detailsOf(const QDBusMessage &event)
{
    return qdbus_cast<QVariantMap>(event.arguments().value(4));
}

} // namespace

QList<QDBusMessage> SignalRecorder::of(const QString &member) const
{
    QList<QDBusMessage> result;
    for (const QDBusMessage &m : messages) {
        if (m.member() == member)
            result << m;
    }
    return result;
}

bool SignalRecorder::barrier(QDBusConnection bus, const QString &key, const QVariant &value, QString *error)
{
    const qsizetype before = of(u"Changed"_s).size();
    const DBusResult set = setSetting(bus, key, value);
    if (!set.ok()) {
        *error = u"barrier: "_s + set.describe();
        return false;
    }
    const bool arrived = waitUntil([&] {
        const auto changed = of(u"Changed"_s);
        for (qsizetype i = before; i < changed.size(); ++i) {
            if (changed.at(i).arguments().value(0).toStringList() == QStringList{key})
                return true;
        }
        return false;
    });
    if (!arrived)
        *error = u"barrier: got no Changed(['%1']) within %2 ms, want one"_s.arg(key).arg(kWaitMs);
    return arrived;
}

void TestSignals::initTestCase()
{
    Doorstep::DBus::registerTypes();
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
    m_recorder = std::make_unique<SignalRecorder>();
    QDBusConnection bus = m_engine->connection();
    const auto listen = [&](const QString &interface, const QString &member) {
        return bus.connect(kService, kPath, interface, member, m_recorder.get(), SLOT(record(QDBusMessage)));
    };
    QVERIFY(listen(kSettings, u"Changed"_s));
    QVERIFY(listen(kManager, u"Event"_s));
    QVERIFY(listen(kManager, u"StatisticsChanged"_s));
    QVERIFY(listen(u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s));
    // The subscription is in place once a first signal arrives.
    QString error;
    QVERIFY2(barrier(&error), qPrintable(error));
}

void TestSignals::cleanupTestCase()
{
    m_recorder.reset();
    m_engine.reset();
}

bool TestSignals::barrier(QString *error)
{
    return m_recorder->barrier(m_engine->connection(), kBarrierKey, u"[barrier %1]"_s.arg(++m_barrierCount), error);
}

void TestSignals::changedCarriesKeyNamesOnly()
{
    m_recorder->messages.clear();
    const DBusResult set = setSetting(m_engine->connection(), u"limits.max_errors"_s, 17u);
    QVERIFY2(set.ok(), qPrintable(set.describe()));
    QVERIFY2(waitUntil([&] { return !m_recorder->of(u"Changed"_s).isEmpty(); }), "got no Settings.Changed within 15 s, want one");
    const QDBusMessage changed = m_recorder->of(u"Changed"_s).first();
    EXPECT_EQ(changed.signature(), u"as"_s, u"signature of Changed"_s);
    EXPECT_EQ(changed.arguments().value(0).toStringList(), QStringList{u"limits.max_errors"_s}, u"keys of Changed"_s);

    QString error;
    QVERIFY2(barrier(&error), qPrintable(error));
    const auto events = m_recorder->of(u"Event"_s);
    QVERIFY2(!events.isEmpty(), "got no Manager.Event for the change, want config_changed");
    EXPECT_EQ(events.first().arguments().value(2).toString(), u"config_changed"_s, u"kind"_s);
    EXPECT_EQ(detailsOf(events.first()).value(u"key"_s).toString(), u"limits.max_errors"_s, u"details.key"_s);
}

void TestSignals::secretNeverBroadcast()
{
    m_recorder->messages.clear();
    const QString secret = u"Hunter2-is-a-secret"_s;
    const DBusResult set = setSetting(m_engine->connection(), u"relay.smart_host_password"_s, secret);
    QVERIFY2(set.ok(), qPrintable(set.describe()));
    QString error;
    QVERIFY2(barrier(&error), qPrintable(error));
    bool announced = false;
    for (const QDBusMessage &m : m_recorder->messages) {
        QVERIFY2(!flatten(m).contains(secret), qPrintable(u"broadcast "_s + gotWant(flatten(m), u"no secret in it"_s)));
        announced = announced || m.arguments().value(0).toStringList() == QStringList{u"relay.smart_host_password"_s};
    }
    QVERIFY2(announced, "got no Changed(['relay.smart_host_password']), want the key announced");
    const DBusResult get = callEngine(m_engine->connection(), kSettings, u"Get"_s, {u"relay.smart_host_password"_s});
    EXPECT_EQ(get.values.value(0).value<QDBusVariant>().variant().toString(), QString(), u"Get of the secret"_s);
}

void TestSignals::setToCurrentValueEmitsNothing_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("a count set twice") << u"limits.max_recipients"_s << QVariant(55u);
    QTest::newRow("a list set twice") << u"spam.dnsbl_zones"_s << QVariant(QStringList{u"x.example.org"_s});
    QTest::newRow("a secret set twice") << u"ddns.password"_s << QVariant(u"twice-the-same"_s);
    QTest::newRow("a default value") << u"limits.idle_timeout"_s << QVariant(300u);
}

void TestSignals::setToCurrentValueEmitsNothing()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QDBusConnection bus = m_engine->connection();
    const DBusResult first = setSetting(bus, key, value);
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    QString error;
    QVERIFY2(barrier(&error), qPrintable(error));

    m_recorder->messages.clear();
    const DBusResult second = setSetting(bus, key, value);
    QVERIFY2(second.ok(), qPrintable(u"Set to the current value: "_s + gotWant(second.describe(), u"success"_s)));
    QVERIFY2(barrier(&error), qPrintable(error));
    for (const QDBusMessage &m : m_recorder->messages) {
        const bool isBarrier = m.arguments().value(0).toStringList() == QStringList{kBarrierKey}
                               || detailsOf(m).value(u"key"_s).toString() == kBarrierKey;
        QVERIFY2(isBarrier, qPrintable(u"after setting %1 to its current value: "_s.arg(key) + gotWant(flatten(m), u"no signal"_s)));
    }
}

void TestSignals::domainAddEmitsConfigChanged()
{
    m_recorder->messages.clear();
    const quint64 before = quint64(QDateTime::currentMSecsSinceEpoch()) * 1000;
    const DBusResult add = callEngine(m_engine->connection(), kInterfacePrefix + u"Domains"_s, u"Add"_s, {u"Signals.Example"_s});
    QVERIFY2(add.ok(), qPrintable(add.describe()));
    QVERIFY2(waitUntil([&] { return !m_recorder->of(u"Event"_s).isEmpty(); }), "got no Manager.Event within 15 s, want config_changed");
    const QDBusMessage event = m_recorder->of(u"Event"_s).first();
    EXPECT_EQ(event.signature(), u"ttssa{sv}"_s, u"signature of Event"_s);
    const QVariantList args = event.arguments();
    EXPECT_EQ(args.value(2).toString(), u"config_changed"_s, u"kind"_s);
    EXPECT_EQ(args.value(3).toString(), u"Domain 'signals.example' added."_s, u"summary"_s);
    const QVariantMap details = detailsOf(event);
    EXPECT_EQ(details.value(u"domain"_s).toString(), u"signals.example"_s, u"details.domain"_s);
    EXPECT_EQ(details.value(u"action"_s).toString(), u"added"_s, u"details.action"_s);
    const quint64 usec = args.value(1).toULongLong();
    const quint64 after = quint64(QDateTime::currentMSecsSinceEpoch()) * 1000 + 1000;
    QVERIFY2(usec >= before - 1000000 && usec <= after, qPrintable(u"usec: got %1, want between %2 and %3"_s.arg(usec).arg(before).arg(after)));

    // The catch-up method returns the same event under the same id.
    const quint64 id = args.value(0).toULongLong();
    const DBusResult recent = callEngine(m_engine->connection(), kManager, u"GetRecentEvents"_s, {QVariant::fromValue<qulonglong>(id - 1), 1u});
    QVERIFY2(recent.ok(), qPrintable(recent.describe()));
    const auto list = qdbus_cast<Doorstep::DBus::EventList>(recent.values.value(0));
    EXPECT_EQ(list.size(), qsizetype(1), u"GetRecentEvents(id - 1, 1)"_s);
    EXPECT_EQ(list.first().id, id, u"id of the caught-up event"_s);
    EXPECT_EQ(list.first().summary, args.value(3).toString(), u"summary of the caught-up event"_s);
}

void TestSignals::userEventsCarryNoPassword()
{
    const QString first = u"first-Passw0rd!"_s;
    const QString second = u"second-Passw0rd!"_s;
    QDBusConnection bus = m_engine->connection();
    QVERIFY(callEngine(bus, kInterfacePrefix + u"Domains"_s, u"Add"_s, {u"users.example"_s}).ok());
    m_recorder->messages.clear();
    const DBusResult add = callEngine(bus, kInterfacePrefix + u"Users"_s, u"Add"_s, {u"eve@users.example"_s, first});
    QVERIFY2(add.ok(), qPrintable(add.describe()));
    const DBusResult passwd = callEngine(bus, kInterfacePrefix + u"Users"_s, u"SetPassword"_s, {u"eve@users.example"_s, second});
    QVERIFY2(passwd.ok(), qPrintable(passwd.describe()));
    QString error;
    QVERIFY2(barrier(&error), qPrintable(error));

    QStringList actions;
    for (const QDBusMessage &event : m_recorder->of(u"Event"_s)) {
        const QString text = flatten(event);
        QVERIFY2(!text.contains(first) && !text.contains(second), qPrintable(gotWant(text, u"an event without the password"_s)));
        const QVariantMap details = detailsOf(event);
        QVERIFY2(!details.contains(u"password"_s), qPrintable(gotWant(text, u"no 'password' detail"_s)));
        if (details.value(u"object"_s).toString() == u"user"_s) {
            EXPECT_EQ(details.value(u"address"_s).toString(), u"eve@users.example"_s, u"details.address"_s);
            actions << details.value(u"action"_s).toString();
        }
    }
    EXPECT_EQ(actions, (QStringList{u"added"_s, u"password_changed"_s}), u"user events"_s);
}

void TestSignals::stateNotChangedSpuriously()
{
    // Everything above changed configuration; none of it changes the engine's State.
    m_recorder->messages.clear();
    QDBusConnection bus = m_engine->connection();
    QVERIFY(callEngine(bus, kInterfacePrefix + u"Domains"_s, u"Add"_s, {u"state.example"_s}).ok());
    QVERIFY(setSetting(bus, u"limits.max_errors"_s, 18u).ok());
    QVERIFY(callEngine(bus, kManager, u"Reload"_s).ok());
    QVERIFY(callEngine(bus, kInterfacePrefix + u"Domains"_s, u"Remove"_s, {u"state.example"_s}).ok());
    QString error;
    QVERIFY2(barrier(&error), qPrintable(error));
    const auto changed = m_recorder->of(u"PropertiesChanged"_s);
    QStringList shown;
    for (const QDBusMessage &m : changed)
        shown << flatten(m);
    EXPECT_EQ(shown, QStringList(), u"PropertiesChanged after configuration changes"_s);

    const DBusResult state = callEngine(bus, u"org.freedesktop.DBus.Properties"_s, u"Get"_s, {kManager, u"State"_s});
    QVERIFY2(state.ok(), qPrintable(state.describe()));
    EXPECT_EQ(state.values.value(0).value<QDBusVariant>().variant().toString(), u"running"_s, u"State"_s);
}

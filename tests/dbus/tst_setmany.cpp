// dbus.setmany: Settings.SetMany, directly and through `doorstepctl settings set-many`. It is
// all or nothing: one bad value or unknown key refuses the call and changes no key; a value
// that cannot be applied (a listener address in use) undoes those applied before it. A
// success changes every key and announces them in one Changed and one config_changed Event.

#include <QDBusVariant>
#include <QTcpServer>

#include "resources/dbus/dbustypes.h"
#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QString kSettings = kInterfacePrefix + u"Settings"_s;
const QString kManager = kInterfacePrefix + u"Manager"_s;
const QString kBarrierKey = u"identity.masquerade_as"_s;

DBusResult setMany(EngineFixture &engine, const QVariantMap &values)
{
    return callEngine(engine.connection(), kSettings, u"SetMany"_s, {values});
}

QVariant getSetting(EngineFixture &engine, const QString &key)
{
    const DBusResult get = callEngine(engine.connection(), kSettings, u"Get"_s, {key});
    return get.ok() ? get.values.value(0).value<QDBusVariant>().variant() : QVariant(u"(error: %1)"_s.arg(get.describe()));
}

QVariantMap getAll(EngineFixture &engine)
{
    const DBusResult all = callEngine(engine.connection(), kSettings, u"GetAll"_s);
    return all.ok() ? qdbus_cast<QVariantMap>(all.values.value(0)) : QVariantMap{{u"error"_s, all.describe()}};
}

/** The values of GetAll as text, for comparing before and after. */
QMap<QString, QString> asText(const QVariantMap &values)
{
    QMap<QString, QString> text;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.insert(it.key(), toText(it.value()));
    return text;
}

} // namespace

void TestSetMany::initTestCase()
{
    Doorstep::DBus::registerTypes();
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
    m_recorder = std::make_unique<SignalRecorder>();
    QDBusConnection bus = m_engine->connection();
    QVERIFY(bus.connect(kService, kPath, kSettings, u"Changed"_s, m_recorder.get(), SLOT(record(QDBusMessage))));
    QVERIFY(bus.connect(kService, kPath, kManager, u"Event"_s, m_recorder.get(), SLOT(record(QDBusMessage))));
    QString error;
    QVERIFY2(barrier(&error), qPrintable(error));
}

void TestSetMany::cleanupTestCase()
{
    m_recorder.reset();
    m_engine.reset();
}

bool TestSetMany::barrier(QString *error)
{
    return m_recorder->barrier(m_engine->connection(), kBarrierKey, u"barrier%1.example.org"_s.arg(++m_barrierCount), error);
}

QList<QDBusMessage> TestSetMany::signalsBeforeBarrier() const
{
    QList<QDBusMessage> before;
    for (const QDBusMessage &m : m_recorder->messages) {
        const QVariantMap details = qdbus_cast<QVariantMap>(m.arguments().value(4));
        if (m.arguments().value(0).toStringList() == QStringList{kBarrierKey} || details.value(u"key"_s).toString() == kBarrierKey)
            break;
        before << m;
    }
    return before;
}

void TestSetMany::setsAllAndAnnouncesOnce()
{
    m_recorder->messages.clear();
    const DBusResult set = setMany(*m_engine, {{u"spam.threshold"_s, 6.5},
                                               {u"spam.subject_tag"_s, u"[S]"_s},
                                               {u"limits.max_errors"_s, 7u},
                                               {u"spam.dnsbl_zones"_s, QStringList{u"a.example.org"_s, u"b.example.org"_s}},
                                               {u"spam.folder"_s, u"spamtrap"_s}}); // already so: not announced
    QVERIFY2(set.ok(), qPrintable(set.describe()));
    EXPECT_EQ(getSetting(*m_engine, u"spam.threshold"_s).toDouble(), 6.5, u"spam.threshold"_s);
    EXPECT_EQ(getSetting(*m_engine, u"spam.subject_tag"_s).toString(), u"[S]"_s, u"spam.subject_tag"_s);
    EXPECT_EQ(getSetting(*m_engine, u"limits.max_errors"_s).toUInt(), 7u, u"limits.max_errors"_s);
    EXPECT_EQ(getSetting(*m_engine, u"spam.dnsbl_zones"_s).toStringList(), (QStringList{u"a.example.org"_s, u"b.example.org"_s}),
              u"spam.dnsbl_zones"_s);

    QString error;
    QVERIFY2(barrier(&error), qPrintable(error));
    const QList<QDBusMessage> before = signalsBeforeBarrier();
    QList<QStringList> changed;
    QStringList events;
    QVariantMap details;
    for (const QDBusMessage &m : before) {
        if (m.member() == u"Changed"_s)
            changed << m.arguments().value(0).toStringList();
        else if (m.arguments().value(2).toString() == u"config_changed"_s) {
            events << m.arguments().value(3).toString();
            details = qdbus_cast<QVariantMap>(m.arguments().value(4));
        }
    }
    const QStringList want{u"limits.max_errors"_s, u"spam.dnsbl_zones"_s, u"spam.subject_tag"_s, u"spam.threshold"_s};
    EXPECT_EQ(changed.size(), qsizetype(1), u"Changed signals for one SetMany"_s);
    QStringList keys = changed.value(0);
    keys.sort();
    EXPECT_EQ(keys, want, u"keys of Changed"_s);
    EXPECT_EQ(events.size(), qsizetype(1), u"config_changed events for one SetMany (%1)"_s.arg(events.join(u" | "_s)));
    EXPECT_CONTAINS(events.value(0), u"'spam.threshold'"_s, u"summary"_s);
    QStringList detailKeys = details.value(u"keys"_s).toStringList();
    detailKeys.sort();
    EXPECT_EQ(detailKeys, want, u"details.keys"_s);
}

void TestSetMany::oneBadValueChangesNothing_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("errorName");
    QTest::addColumn<QString>("sentence");

    const QVariantMap good{{u"spam.subject_tag"_s, u"[NEVER]"_s}, {u"limits.max_recipients"_s, 77u}};
    QVariantMap outOfRange = good;
    outOfRange.insert(u"spam.threshold"_s, 250.0);
    QTest::newRow("a value out of range") << outOfRange << u"InvalidArgument"_s
                                          << u"Setting 'spam.threshold' must be a number from 0.0 to 100.0, not '250'."_s;
    QVariantMap wrongType = good;
    wrongType.insert(u"spam.threshold"_s, u"high"_s);
    QTest::newRow("a value of the wrong type") << wrongType << u"InvalidArgument"_s << u"'spam.threshold'"_s;
    QVariantMap badChoice = good;
    badChoice.insert(u"spam.backend"_s, u"postfix"_s);
    QTest::newRow("a choice that does not exist") << badChoice << u"InvalidArgument"_s << u"'spam.backend'"_s;
    QVariantMap unknown = good;
    unknown.insert(u"spam.no_such_key"_s, 1u);
    QTest::newRow("an unknown key") << unknown << u"NotFound"_s << u"There is no setting 'spam.no_such_key'."_s;
}

void TestSetMany::oneBadValueChangesNothing()
{
    QFETCH(QVariantMap, values);
    QFETCH(QString, errorName);
    QFETCH(QString, sentence);
    const QMap<QString, QString> before = asText(getAll(*m_engine));
    m_recorder->messages.clear();
    const DBusResult set = setMany(*m_engine, values);
    EXPECT_EQ(set.errorName, kErrorPrefix + errorName, u"error of SetMany"_s);
    EXPECT_CONTAINS(set.errorMessage, sentence, u"sentence"_s);
    EXPECT_EQ(asText(getAll(*m_engine)), before, u"settings after a refused SetMany"_s);
    QString error;
    QVERIFY2(barrier(&error), qPrintable(error));
    EXPECT_EQ(signalsBeforeBarrier().size(), qsizetype(0), u"signals after a refused SetMany"_s);
}

void TestSetMany::vetoUndoesWhatWasApplied()
{
    // listeners.mta (applied first: keys go in order) would move to a free port; then
    // listeners.submission is refused because the test holds its port. Both stay as they were.
    QTcpServer taken;
    QVERIFY2(taken.listen(QHostAddress::LocalHost, 0), qPrintable(taken.errorString()));
    QString error;
    const QMap<QString, QStringList> before = boundListeners(*m_engine, &error);
    QVERIFY2(error.isEmpty() && !before.value(u"mta"_s).isEmpty(), qPrintable(error));
    const QMap<QString, QString> settingsBefore = asText(getAll(*m_engine));
    m_recorder->messages.clear();
    const DBusResult set = setMany(*m_engine, {{u"listeners.mta"_s, QStringList{u"127.0.0.1:0"_s}},
                                               {u"listeners.submission"_s, QStringList{u"127.0.0.1:%1"_s.arg(taken.serverPort())}},
                                               {u"spam.threshold"_s, 9.0}});
    EXPECT_EQ(set.errorName, kErrorPrefix + u"Failed"_s, u"error of SetMany"_s);
    EXPECT_CONTAINS(set.errorMessage, u"in use"_s, u"sentence"_s);
    const QMap<QString, QStringList> after = boundListeners(*m_engine, &error);
    QVERIFY2(after == before, qPrintable(u"listeners after the veto: got %1, want %2"_s.arg(toText(after.value(u"mta"_s)), toText(before.value(u"mta"_s)))));
    for (const QString &address : before.value(u"mta"_s))
        QVERIFY2(acceptsConnections(address), qPrintable(u"got no connection to %1 after the veto, want one"_s.arg(address)));
    EXPECT_EQ(asText(getAll(*m_engine)), settingsBefore, u"settings after the veto"_s);
    QVERIFY2(barrier(&error), qPrintable(error));
    EXPECT_EQ(signalsBeforeBarrier().size(), qsizetype(0), u"signals after the veto"_s);
}

void TestSetMany::currentValuesChangeNothing()
{
    const QVariantMap current{{u"spam.folder"_s, getSetting(*m_engine, u"spam.folder"_s)},
                              {u"limits.idle_timeout"_s, getSetting(*m_engine, u"limits.idle_timeout"_s)}};
    m_recorder->messages.clear();
    const DBusResult same = setMany(*m_engine, current);
    QVERIFY2(same.ok(), qPrintable(same.describe()));
    const DBusResult empty = setMany(*m_engine, {});
    QVERIFY2(empty.ok(), qPrintable(empty.describe()));
    QString error;
    QVERIFY2(barrier(&error), qPrintable(error));
    EXPECT_EQ(signalsBeforeBarrier().size(), qsizetype(0), u"signals after SetMany of the values in effect"_s);
}

void TestSetMany::throughDoorstepctl()
{
    EXPECT_EXIT(ctl(*m_engine, {u"settings"_s, u"set-many"_s, u"spam.threshold=4.25"_s, u"spam.reject_threshold=20"_s,
                                u"greylist.enabled=false"_s, u"spam.dnsbl_zones=x.example.org, y.example.org"_s,
                                u"spam.subject_tag="_s}),
                0);
    EXPECT_EQ(getSetting(*m_engine, u"spam.threshold"_s).toDouble(), 4.25, u"spam.threshold"_s);
    EXPECT_EQ(getSetting(*m_engine, u"spam.reject_threshold"_s).toDouble(), 20.0, u"spam.reject_threshold"_s);
    EXPECT_EQ(getSetting(*m_engine, u"greylist.enabled"_s).toBool(), false, u"greylist.enabled"_s);
    EXPECT_EQ(getSetting(*m_engine, u"spam.dnsbl_zones"_s).toStringList(), (QStringList{u"x.example.org"_s, u"y.example.org"_s}),
              u"spam.dnsbl_zones"_s);
    EXPECT_EQ(getSetting(*m_engine, u"spam.subject_tag"_s).toString(), QString(), u"spam.subject_tag (empty)"_s);
}

void TestSetMany::doorstepctlRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("a bad value") << QStringList{u"spam.subject_tag=[X]"_s, u"spam.threshold=-1"_s} << 1
                                 << u"Setting 'spam.threshold' must be a number from 0.0 to 100.0, not '-1'."_s;
    QTest::newRow("an unknown key") << QStringList{u"spam.subject_tag=[X]"_s, u"no.such=1"_s} << 1 << u"There is no setting 'no.such'."_s;
    QTest::newRow("no equals sign") << QStringList{u"spam.subject_tag"_s} << 2 << QString();
    QTest::newRow("no key") << QStringList{u"=5"_s} << 2 << QString();
    QTest::newRow("a key twice") << QStringList{u"spam.threshold=5"_s, u"spam.threshold=6"_s} << 2 << QString();
    QTest::newRow("nothing") << QStringList{} << 2 << QString();
}

void TestSetMany::doorstepctlRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, sentence);
    const QMap<QString, QString> before = asText(getAll(*m_engine));
    const CtlRun run = ctl(*m_engine, QStringList{u"settings"_s, u"set-many"_s} + args);
    EXPECT_EXIT(run, exitCode);
    if (!sentence.isEmpty())
        EXPECT_EQ(run.sentence(), sentence, u"sentence"_s);
    EXPECT_EQ(asText(getAll(*m_engine)), before, u"settings after a refused set-many"_s);
}

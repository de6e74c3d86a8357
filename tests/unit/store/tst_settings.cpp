#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/core/settingsregistry.h"
#include "engine/store/settings.h"
#include "engine/store/store.h"
#include "tests/unit/store/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Core::Result;

namespace {

struct Engine
{
    QTemporaryDir dir;
    Core::SettingsRegistry registry{Core::RunMode::Session};
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Store::Settings> settings;

    Engine() { open(); }

    void open()
    {
        settings.reset();
        store.reset();
        store = Store::Store::open(dir.filePath(u"doorstep.db"_s)).value();
        settings = std::make_unique<Store::Settings>(registry, *store, Core::Clock::system());
        QVERIFY(settings->load().ok());
    }

    // Runs Settings::set to completion.
    Result<bool> set(const QString &key, const QVariant &value)
    {
        std::optional<Result<bool>> outcome;
        QObject context;
        settings->set(key, value, &context, [&](Result<bool> r) { outcome.emplace(r); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
            return Core::Error::failed(u"timed out"_s);
        return *outcome;
    }

    // Runs Settings::setMany to completion.
    Result<QStringList> setMany(const QVariantMap &values)
    {
        std::optional<Result<QStringList>> outcome;
        QObject context;
        settings->setMany(values, &context, [&](Result<QStringList> r) { outcome.emplace(r); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
            return Core::Error::failed(u"timed out"_s);
        return *outcome;
    }
};

} // namespace

void TestSettings::defaultsWithoutStoredValues()
{
    Engine e;
    QCOMPARE(e.settings->uintValue(u"limits.idle_timeout"_s), 300u);
    QCOMPARE(e.settings->listValue(u"listeners.mta"_s), QStringList{u"127.0.0.1:2525"_s});
    QCOMPARE(e.settings->publicValue(u"relay.smart_host_password"_s).toString(), QString());
}

void TestSettings::setPersistsAndSignals()
{
    Engine e;
    QSignalSpy changed(e.settings.get(), &Store::Settings::changed);
    const auto result = e.set(u"spam.threshold"_s, 6.5);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toStringList(), QStringList{u"spam.threshold"_s});
    QVERIFY(e.set(u"relay.smart_host_password"_s, u"s3cret"_s).ok());
    QCOMPARE(e.settings->stringValue(u"relay.smart_host_password"_s), u"s3cret"_s);
    QCOMPARE(e.settings->publicValue(u"relay.smart_host_password"_s).toString(), QString());
    e.open(); // a new process reads what the old one stored
    QCOMPARE(e.settings->doubleValue(u"spam.threshold"_s), 6.5);
    QCOMPARE(e.settings->stringValue(u"relay.smart_host_password"_s), u"s3cret"_s);
}

void TestSettings::sameValueIsANoOp()
{
    Engine e;
    QSignalSpy changed(e.settings.get(), &Store::Settings::changed);
    const auto result = e.set(u"limits.idle_timeout"_s, 300u);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), false);
    QCOMPARE(changed.count(), 0);
    const auto refused = e.set(u"limits.idle_timeout"_s, 0u);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Core::ErrorCode::InvalidArgument);
}

void TestSettings::applierVetoKeepsOldValue()
{
    Engine e;
    QStringList applied;
    e.settings->setApplier(u"listeners.mta"_s, [&](const QString &, const QVariant &value) -> Result<void> {
        if (value.toStringList().contains(u"127.0.0.1:1"_s))
            return Core::Error::failed(u"Cannot listen on 127.0.0.1:1 for mta: in use."_s);
        applied << value.toStringList();
        return {};
    });
    const auto vetoed = e.set(u"listeners.mta"_s, QStringList{u"127.0.0.1:1"_s});
    QVERIFY(!vetoed.ok());
    QCOMPARE(vetoed.error().code, Core::ErrorCode::Failed);
    QCOMPARE(e.settings->listValue(u"listeners.mta"_s), QStringList{u"127.0.0.1:2525"_s});
    QVERIFY(e.set(u"listeners.mta"_s, QStringList{u"127.0.0.1:2626"_s}).ok());
    QCOMPARE(applied, QStringList{u"127.0.0.1:2626"_s});
    e.open();
    QCOMPARE(e.settings->listValue(u"listeners.mta"_s), QStringList{u"127.0.0.1:2626"_s});
}

void TestSettings::overrideEndsWithSet()
{
    Engine e;
    e.settings->setOverride(u"listeners.mta"_s, QStringList{u"127.0.0.1:0"_s});
    QCOMPARE(e.settings->listValue(u"listeners.mta"_s), QStringList{u"127.0.0.1:0"_s});
    QVERIFY(e.settings->isOverridden(u"listeners.mta"_s));
    // The same value as the override: stored, the override ends, nothing announced.
    QSignalSpy changed(e.settings.get(), &Store::Settings::changed);
    QVERIFY(e.set(u"listeners.mta"_s, QStringList{u"127.0.0.1:0"_s}).ok());
    QVERIFY(!e.settings->isOverridden(u"listeners.mta"_s));
    QCOMPARE(changed.count(), 0);
    e.open();
    QCOMPARE(e.settings->listValue(u"listeners.mta"_s), QStringList{u"127.0.0.1:0"_s});
}

void TestSettings::reloadPicksUpStoredChanges()
{
    Engine e;
    // Another writer (a second settings object on the same store) changes a value.
    Store::Settings other(e.registry, *e.store, Core::Clock::system());
    bool done = false;
    QObject context;
    other.set(u"limits.max_errors"_s, 7u, &context, [&](Result<bool>) { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(e.settings->uintValue(u"limits.max_errors"_s), 20u);
    QSignalSpy changed(e.settings.get(), &Store::Settings::changed);
    std::optional<Result<QStringList>> reloaded;
    e.settings->reload(&context, [&](Result<QStringList> r) { reloaded.emplace(r); });
    QTRY_VERIFY(reloaded.has_value());
    QCOMPARE(reloaded->value(), QStringList{u"limits.max_errors"_s});
    QCOMPARE(e.settings->uintValue(u"limits.max_errors"_s), 7u);
    QCOMPARE(changed.count(), 1);
}

void TestSettings::badStoredValueFallsBackToDefault()
{
    Engine e;
    QVERIFY(e.store->runSync([](Store::Database &db) {
        return db.exec(u"INSERT INTO settings (key, value, changed_usec) VALUES ('limits.max_errors', '[\"99999\"]', 0), "
                       "('no.such_key', '[1]', 0)"_s);
    }).ok());
    e.open();
    QCOMPARE(e.settings->uintValue(u"limits.max_errors"_s), 20u);
}

void TestSettings::setManyStoresAllAndSignalsOnce()
{
    Engine e;
    QSignalSpy changed(e.settings.get(), &Store::Settings::changed);
    const auto result = e.setMany({{u"spam.threshold"_s, 6.5}, {u"spam.subject_tag"_s, u"[S]"_s}, {u"limits.idle_timeout"_s, 300u}});
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    // limits.idle_timeout was 300 already: not a change.
    QCOMPARE(result.value(), (QStringList{u"spam.subject_tag"_s, u"spam.threshold"_s}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toStringList(), (QStringList{u"spam.subject_tag"_s, u"spam.threshold"_s}));
    e.open();
    QCOMPARE(e.settings->doubleValue(u"spam.threshold"_s), 6.5);
    QCOMPARE(e.settings->stringValue(u"spam.subject_tag"_s), u"[S]"_s);
}

void TestSettings::setManyRefusesAllForOneBadValue()
{
    Engine e;
    QSignalSpy changed(e.settings.get(), &Store::Settings::changed);
    const auto bad = e.setMany({{u"spam.subject_tag"_s, u"[S]"_s}, {u"spam.threshold"_s, 500.0}});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Core::ErrorCode::InvalidArgument);
    QVERIFY2(bad.error().message.contains(u"'spam.threshold'"_s), qPrintable(bad.error().message));
    const auto unknown = e.setMany({{u"spam.subject_tag"_s, u"[S]"_s}, {u"spam.nothing"_s, 1u}});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Core::ErrorCode::NotFound);
    QCOMPARE(changed.count(), 0);
    e.open();
    QCOMPARE(e.settings->stringValue(u"spam.subject_tag"_s), u"[SPAM]"_s);
}

void TestSettings::setManyVetoRevertsAppliedKeys()
{
    Engine e;
    QStringList applied;
    const auto applier = [&](const QString &key, const QVariant &value) -> Result<void> {
        if (value.toStringList().contains(u"127.0.0.1:1"_s))
            return Core::Error::failed(u"Cannot listen on 127.0.0.1:1: in use."_s);
        applied << key + u'=' + value.toStringList().join(u',');
        return {};
    };
    e.settings->setApplier(u"listeners.mta"_s, applier);
    e.settings->setApplier(u"listeners.submission"_s, applier);
    QSignalSpy changed(e.settings.get(), &Store::Settings::changed);
    // Keys are applied in order: mta first, then submission is vetoed and mta given back.
    const auto vetoed = e.setMany({{u"listeners.mta"_s, QStringList{u"127.0.0.1:2626"_s}},
                                   {u"listeners.submission"_s, QStringList{u"127.0.0.1:1"_s}}});
    QVERIFY(!vetoed.ok());
    QCOMPARE(vetoed.error().code, Core::ErrorCode::Failed);
    QCOMPARE(applied, (QStringList{u"listeners.mta=127.0.0.1:2626"_s, u"listeners.mta=127.0.0.1:2525"_s}));
    QCOMPARE(e.settings->listValue(u"listeners.mta"_s), QStringList{u"127.0.0.1:2525"_s});
    QCOMPARE(changed.count(), 0);
    e.open();
    QCOMPARE(e.settings->listValue(u"listeners.mta"_s), QStringList{u"127.0.0.1:2525"_s});
}

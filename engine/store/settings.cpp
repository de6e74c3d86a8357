#include "engine/store/settings.h"

#include "engine/core/clock.h"
#include "engine/core/settingsregistry.h"
#include "engine/store/log.h"
#include "engine/store/repositories/settingsrepository.h"
#include "engine/store/store.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

Settings::Settings(const Core::SettingsRegistry &registry, Store &store, const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_store(store)
    , m_clock(clock)
{
}

Result<QHash<QString, QVariant>> Settings::decodeAll(const QHash<QString, QByteArray> &stored) const
{
    QHash<QString, QVariant> values;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const Core::SettingDefinition *definition = m_registry.find(it.key());
        if (!definition) {
            qCWarning(lcStore).noquote() << "stored setting" << it.key() << "is not known to this version, ignoring";
            continue;
        }
        const auto value = m_registry.decode(*definition, it.value());
        if (!value) {
            qCWarning(lcStore).noquote() << value.error().message << "Using the default, ignoring the stored value.";
            continue;
        }
        values.insert(it.key(), value.value());
    }
    return values;
}

Result<void> Settings::load()
{
    const auto stored = m_store.runSync([](Database &db) { return SettingsRepository(db).loadAll(); });
    if (!stored)
        return stored.error();
    const auto values = decodeAll(stored.value());
    if (!values)
        return values.error();
    m_stored = values.value();
    return {};
}

QVariant Settings::value(const QString &key) const
{
    if (const auto it = m_overrides.constFind(key); it != m_overrides.cend())
        return *it;
    if (const auto it = m_stored.constFind(key); it != m_stored.cend())
        return *it;
    const Core::SettingDefinition *definition = m_registry.find(key);
    Q_ASSERT_X(definition, "Settings::value", qPrintable(key));
    return definition ? definition->defaultValue : QVariant();
}

QVariant Settings::publicValue(const QString &key) const
{
    const Core::SettingDefinition *definition = m_registry.find(key);
    if (definition && definition->secret)
        return QString();
    return value(key);
}

void Settings::setOverride(const QString &key, const QVariant &value)
{
    m_overrides.insert(key, value);
}

void Settings::setApplier(const QString &key, Applier applier)
{
    m_appliers.insert(key, std::move(applier));
}

void Settings::set(const QString &key, const QVariant &raw, QObject *context, std::function<void(Result<bool>)> done)
{
    setMany({{key, raw}}, context, [done](Result<QStringList> changedKeys) {
        if (!changedKeys)
            done(changedKeys.error());
        else
            done(!changedKeys.value().isEmpty());
    });
}

void Settings::setMany(const QVariantMap &values, QObject *context, std::function<void(Result<QStringList>)> done)
{
    QList<Change> changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto validated = m_registry.validate(it.key(), it.value());
        if (!validated) {
            done(validated.error());
            return;
        }
        Change change{it.key(), value(it.key()), validated.value(), false, {}};
        change.effective = change.oldValue != change.newValue;
        // The same value as in effect: nothing to do, unless it ends a command-line override.
        if (!change.effective && !m_overrides.contains(change.key))
            continue;
        change.encoded = Core::SettingsRegistry::encode(*m_registry.find(change.key), change.newValue);
        changes.append(std::move(change));
    }
    if (changes.isEmpty()) {
        done(QStringList());
        return;
    }

    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change &change = changes.at(i);
        const auto applier = m_appliers.constFind(change.key);
        if (!change.effective || applier == m_appliers.cend())
            continue;
        if (auto applied = (*applier)(change.key, change.newValue); !applied) {
            revert(changes.first(i));
            done(Error::failed(applied.error().message));
            return;
        }
    }

    QList<std::pair<QString, QByteArray>> rows;
    for (const Change &change : std::as_const(changes))
        rows.append({change.key, change.encoded});
    const quint64 now = m_clock.nowUsec();
    m_store.run(
        this,
        [rows, now](Database &db) {
            return db.transaction<void>([&]() -> Result<void> {
                for (const auto &[key, encoded] : rows) {
                    if (auto stored = SettingsRepository(db).put(key, encoded, now); !stored)
                        return stored;
                }
                return {};
            });
        },
        [this, changes, context = QPointer<QObject>(context), done](Result<void> stored) {
            if (!stored) {
                // Undo what was applied, so what runs always matches what is stored.
                revert(changes);
                if (context)
                    done(stored.error());
                return;
            }
            QStringList changedKeys;
            for (const Change &change : changes) {
                m_stored.insert(change.key, change.newValue);
                m_overrides.remove(change.key);
                if (change.effective)
                    changedKeys << change.key;
            }
            if (!changedKeys.isEmpty()) {
                qCInfo(lcStore).noquote() << "settings changed:" << changedKeys.join(u", "_s);
                Q_EMIT changed(changedKeys);
            }
            if (context)
                done(changedKeys);
        });
}

void Settings::revert(const QList<Change> &changes)
{
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        const auto applier = m_appliers.constFind(it->key);
        if (!it->effective || applier == m_appliers.cend())
            continue;
        if (auto reverted = (*applier)(it->key, it->oldValue); !reverted)
            qCWarning(lcStore).noquote() << "could not restore" << it->key << "after a failed change:" << reverted.error().message;
    }
}

void Settings::reload(QObject *context, std::function<void(Result<QStringList>)> done)
{
    m_store.run(
        this, [](Database &db) { return SettingsRepository(db).loadAll(); },
        [this, context = QPointer<QObject>(context), done](Result<QHash<QString, QByteArray>> stored) {
            if (!stored) {
                if (context)
                    done(stored.error());
                return;
            }
            const auto values = decodeAll(stored.value());
            if (!values) {
                if (context)
                    done(values.error());
                return;
            }
            QStringList changedKeys;
            for (const Core::SettingDefinition &definition : m_registry.definitions()) {
                const QString &key = definition.key;
                if (m_overrides.contains(key))
                    continue;
                const QVariant before = value(key);
                const QVariant after = values.value().value(key, definition.defaultValue);
                if (before == after)
                    continue;
                if (const auto applier = m_appliers.constFind(key); applier != m_appliers.cend()) {
                    if (auto applied = (*applier)(key, after); !applied) {
                        qCWarning(lcStore).noquote() << "reload: cannot apply" << key << ":" << applied.error().message << "keeping the old value";
                        continue;
                    }
                }
                changedKeys << key;
            }
            for (const QString &key : changedKeys) {
                if (values.value().contains(key))
                    m_stored.insert(key, values.value().value(key));
                else
                    m_stored.remove(key);
            }
            if (!changedKeys.isEmpty())
                Q_EMIT changed(changedKeys);
            if (context)
                done(changedKeys);
        });
}

} // namespace Doorstep::Store

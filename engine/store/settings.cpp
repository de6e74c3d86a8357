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
    const auto validated = m_registry.validate(key, raw);
    if (!validated) {
        done(validated.error());
        return;
    }
    const Core::SettingDefinition &definition = *m_registry.find(key);
    const QVariant newValue = validated.value();
    const QVariant oldValue = value(key);
    const bool overridden = m_overrides.contains(key);
    const bool effectiveChange = oldValue != newValue;
    if (!effectiveChange && !overridden) {
        done(false);
        return;
    }

    const auto applier = m_appliers.constFind(key);
    if (effectiveChange && applier != m_appliers.cend()) {
        if (auto applied = (*applier)(key, newValue); !applied) {
            done(Error::failed(applied.error().message));
            return;
        }
    }

    const QByteArray encoded = Core::SettingsRegistry::encode(definition, newValue);
    const quint64 now = m_clock.nowUsec();
    m_store.run(
        this, [key, encoded, now](Database &db) { return SettingsRepository(db).put(key, encoded, now); },
        [this, key, newValue, oldValue, effectiveChange, context = QPointer<QObject>(context), done](Result<void> stored) {
            if (!stored) {
                // Undo what was applied, so what runs always matches what is stored.
                const auto applier = m_appliers.constFind(key);
                if (effectiveChange && applier != m_appliers.cend()) {
                    if (auto reverted = (*applier)(key, oldValue); !reverted)
                        qCWarning(lcStore).noquote() << "could not restore" << key << "after a failed write:" << reverted.error().message;
                }
                if (context)
                    done(stored.error());
                return;
            }
            m_stored.insert(key, newValue);
            m_overrides.remove(key);
            qCInfo(lcStore).noquote() << "setting" << key << "changed";
            if (effectiveChange)
                Q_EMIT changed({key});
            if (context)
                done(effectiveChange);
        });
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

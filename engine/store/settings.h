#pragma once

#include <functional>

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include "engine/core/result.h"

namespace Doorstep::Core {
class Clock;
class SettingsRegistry;
} // namespace Doorstep::Core

namespace Doorstep::Store {

class Store;

/**
 * The settings in effect: the registry's defaults, overlaid by the stored values, overlaid by
 * command-line overrides (`--listen`, never persisted). A change is validated, applied (a
 * subsystem may veto it, e.g. a port in use), committed to the store and only then announced.
 */
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    /** Applies a new value to a running subsystem before it is stored; an error vetoes it. */
    using Applier = std::function<Core::Result<void>(const QString &key, const QVariant &value)>;

    Settings(const Core::SettingsRegistry &registry, Store &store, const Core::Clock &clock, QObject *parent = nullptr);

    /** Reads the stored values (at start; blocks on the store thread). */
    Core::Result<void> load();

    const Core::SettingsRegistry &registry() const { return m_registry; }

    /** The value in effect (secrets included: for the engine's own use). */
    QVariant value(const QString &key) const;
    /** The value as clients see it: secrets as "". */
    QVariant publicValue(const QString &key) const;
    bool boolValue(const QString &key) const { return value(key).toBool(); }
    quint32 uintValue(const QString &key) const { return value(key).toUInt(); }
    quint64 sizeValue(const QString &key) const { return value(key).toULongLong(); }
    double doubleValue(const QString &key) const { return value(key).toDouble(); }
    QString stringValue(const QString &key) const { return value(key).toString(); }
    QStringList listValue(const QString &key) const { return value(key).toStringList(); }

    /** Overrides @p key for this run only, until a Set of the key (value already valid). */
    void setOverride(const QString &key, const QVariant &value);
    bool isOverridden(const QString &key) const { return m_overrides.contains(key); }

    void setApplier(const QString &key, Applier applier);

    /**
     * Validates, applies, stores and announces a new value; @p done gets true when the value
     * in effect changed (false for a no-op, which emits nothing).
     */
    void set(const QString &key, const QVariant &value, QObject *context, std::function<void(Core::Result<bool>)> done);

    /**
     * set() for several keys at once, all or nothing: every key and value is validated first
     * (the first refusal is the answer and nothing changes), then each change is applied (a
     * veto undoes those applied before it), all are stored in one transaction and announced
     * with one changed() naming every key whose value in effect changed. @p done gets those
     * keys (empty when nothing changed).
     */
    void setMany(const QVariantMap &values, QObject *context, std::function<void(Core::Result<QStringList>)> done);

    /** Reads the store again and applies every difference; @p done gets the changed keys. */
    void reload(QObject *context, std::function<void(Core::Result<QStringList>)> done);

Q_SIGNALS:
    void changed(const QStringList &keys);

private:
    /** One validated change of setMany(). */
    struct Change
    {
        QString key;
        QVariant oldValue;
        QVariant newValue;
        bool effective = false; // the value in effect changes (not only an override ending)
        QByteArray encoded;
    };

    /** Gives @p changes' old values back to their appliers (after a veto or a failed write). */
    void revert(const QList<Change> &changes);
    Core::Result<QHash<QString, QVariant>> decodeAll(const QHash<QString, QByteArray> &stored) const;

    const Core::SettingsRegistry &m_registry;
    Store &m_store;
    const Core::Clock &m_clock;
    QHash<QString, QVariant> m_stored;
    QHash<QString, QVariant> m_overrides;
    QHash<QString, Applier> m_appliers;
};

} // namespace Doorstep::Store

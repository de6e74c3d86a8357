#pragma once

#include <vector>

#include <QByteArray>
#include <QHash>
#include <QVariant>

#include "engine/core/result.h"
#include "engine/core/runmode.h"
#include "engine/core/settingdefinition.h"

namespace Doorstep::Core {

/**
 * Every configuration key of the engine, declared once (type, default, validation, unit,
 * help), shared by D-Bus (Settings.Describe), doorstepctl and the GUI. Defaults depend on the
 * run mode: a session engine listens on high loopback ports.
 */
class SettingsRegistry final
{
public:
    explicit SettingsRegistry(RunMode mode);

    const std::vector<SettingDefinition> &definitions() const { return m_definitions; }
    const SettingDefinition *find(const QString &key) const;

    /**
     * Checks a value arriving from outside (D-Bus) for @p key and returns it normalized to
     * the key's type: integers of any width for numeric keys, lists of strings for lists.
     * NotFound for an unknown key, InvalidArgument with a sentence otherwise.
     */
    Result<QVariant> validate(const QString &key, const QVariant &value) const;

    /** Settings.Describe's a{sv} for one key. */
    QVariantMap describe(const SettingDefinition &definition) const;

    /** The storage form of a valid value (JSON text). */
    static QByteArray encode(const SettingDefinition &definition, const QVariant &value);
    /** Back from the storage form; an error when the text does not hold a valid value. */
    Result<QVariant> decode(const SettingDefinition &definition, const QByteArray &text) const;

private:
    std::vector<SettingDefinition> m_definitions;
    QHash<QString, size_t> m_index;
};

} // namespace Doorstep::Core

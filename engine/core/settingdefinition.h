#pragma once

#include <functional>

#include <QString>
#include <QStringList>
#include <QVariant>

#include "engine/core/result.h"

namespace Doorstep::Core {

/** The value types a setting can have, each with its D-Bus signature. */
enum class SettingType {
    Bool,       // "b"
    UInt32,     // "u": counts, ports, durations in seconds
    UInt64,     // "t": sizes in bytes
    Double,     // "d": scores
    String,     // "s"
    StringList, // "as"
};

/** "b", "u", "t", "d", "s" or "as". */
QString dbusSignature(SettingType type);

/** One key of the settings registry: everything D-Bus, doorstepctl and the GUI need. */
struct SettingDefinition
{
    /** Extra check and normalization of a value already of the right type. */
    using Validator = std::function<Result<QVariant>(const QString &key, const QVariant &value)>;

    QString key;
    SettingType type = SettingType::String;
    QVariant defaultValue;
    QString help;
    QString unit;         // "s", "bytes", "port" or ""
    QVariant minimum;     // numbers only
    QVariant maximum;     // numbers only
    QStringList choices;  // enumerations only
    bool secret = false;
    QString listItem;     // for lists: what one item is, e.g. "host:port"
    Validator validator;  // optional

    QString group() const { return key.section(QLatin1Char('.'), 0, 0); }
};

} // namespace Doorstep::Core

#pragma once

#include <QList>
#include <QVariant>
#include <QVariantMap>

namespace Doorstep::Ui::Models {

/**
 * Values nested in an a{sv} reply arrive as QDBusArgument; these unpack them (and accept
 * values that QtDBus already unpacked).
 */
QVariantMap toVariantMap(const QVariant &value);
/** An "aa{sv}" or "av" of a{sv} (a list of maps) as a list. */
QList<QVariantMap> toVariantMapList(const QVariant &value);
/** An "at" (daily counters) as a list. */
QList<qulonglong> toCounts(const QVariant &value);

} // namespace Doorstep::Ui::Models

#pragma once

#include <QDBusConnection>
#include <QString>
#include <QVariantMap>

namespace Doorstep::DBus {

/**
 * Emits org.freedesktop.DBus.Properties.PropertiesChanged for @p interface at @p path with
 * the new values of every property the change touched (QtDBus does not do this by itself).
 */
void emitPropertiesChanged(const QDBusConnection &bus, const QString &path, const QString &interface, const QVariantMap &changed);

} // namespace Doorstep::DBus

#include "engine/dbus/propertieschanged.h"

#include <QDBusMessage>
#include <QStringList>

namespace Doorstep::DBus {

void emitPropertiesChanged(const QDBusConnection &bus, const QString &path, const QString &interface, const QVariantMap &changed)
{
    QDBusMessage signal = QDBusMessage::createSignal(path, QStringLiteral("org.freedesktop.DBus.Properties"),
                                                     QStringLiteral("PropertiesChanged"));
    signal << interface << changed << QStringList();
    bus.send(signal);
}

} // namespace Doorstep::DBus

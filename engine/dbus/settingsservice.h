#pragma once

#include <QDBusVariant>
#include <QStringList>

#include "engine/dbus/managerservice.h"

namespace Doorstep::DBus {

/** org.doorstep.Engine1.Settings: the typed configuration registry. */
class SettingsService : public ManagerService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsService)

public:
    explicit SettingsService(ServiceContext &context, QObject *parent = nullptr);

    QDBusVariant Get(const QString &key);
    void Set(const QString &key, const QDBusVariant &value);
    void SetMany(const QVariantMap &values);
    QVariantMap GetAll();
    SettingDescriptionList Describe();

Q_SIGNALS:
    void Changed(const QStringList &keys);
};

} // namespace Doorstep::DBus

#pragma once

#include <QStringList>

#include "resources/dbus/dbustypes.h"

#include "engine/dbus/settingsservice.h"

namespace Doorstep::DBus {

/** org.doorstep.Engine1.Domains: the local domains (local-host-names). */
class DomainsService : public SettingsService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainsService)

public:
    explicit DomainsService(ServiceContext &context, QObject *parent = nullptr);

    QStringList List();
    void Add(const QString &domain);
    void Remove(const QString &domain);
    StringPairList DkimRecords(const QString &domain);
    HealthCheckList Check(const QString &domain);
};

} // namespace Doorstep::DBus

#pragma once

#include <QVariantMap>

#include "engine/dbus/domainsservice.h"

namespace Doorstep::DBus {

/** org.doorstep.Engine1.Users: mailbox users; passwords hashed with yescrypt off the event loop. */
class UsersService : public DomainsService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersService)

public:
    explicit UsersService(ServiceContext &context, QObject *parent = nullptr);

    UserList List();
    void Add(const QString &address, const QString &password);
    void SetPassword(const QString &address, const QString &password);
    void SetEnabled(const QString &address, bool enabled);
    void Remove(const QString &address);
    QVariantMap ClientSetup(const QString &address);
};

} // namespace Doorstep::DBus

#pragma once

#include "engine/dbus/aliasesservice.h"

namespace Doorstep::DBus {

/** org.doorstep.Engine1.Relay: the relay-client list (sendmail's access file). */
class RelayService : public AliasesService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayService)

public:
    explicit RelayService(ServiceContext &context, QObject *parent = nullptr);

    RelayClientList ListClients();
    void AddClient(const QString &pattern, const QString &action, const QString &comment);
    void RemoveClient(const QString &pattern);
};

} // namespace Doorstep::DBus

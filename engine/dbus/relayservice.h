#pragma once

#include "engine/dbus/aliasesservice.h"

namespace Doorstep::DBus {

/**
 * org.doorstep.Engine1.Relay: the relay-client list (sendmail's access file), per-destination
 * routes (mailertable), the outbound port 25 probe and test messages.
 */
class RelayService : public AliasesService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayService)

public:
    explicit RelayService(ServiceContext &context, QObject *parent = nullptr);

    RelayClientList ListClients();
    void AddClient(const QString &pattern, const QString &action, const QString &comment);
    void RemoveClient(const QString &pattern);

    RouteList ListRoutes();
    void SetRoute(const QString &destination, const QString &nextHop, const QString &user, const QString &password, const QString &tls);
    void RemoveRoute(const QString &destination);
    QString ProbeOutbound(QString &sentence);
    QString SendTestMessage(const QString &to);
};

} // namespace Doorstep::DBus

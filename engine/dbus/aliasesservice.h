#pragma once

#include "engine/dbus/usersservice.h"

namespace Doorstep::DBus {

/** org.doorstep.Engine1.Aliases: incoming aliases (virtusertable) and outbound names (genericstable). */
class AliasesService : public UsersService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliasesService)

public:
    explicit AliasesService(ServiceContext &context, QObject *parent = nullptr);

    StringPairList List();
    void Set(const QString &address, const QString &target);
    void Remove(const QString &address);
    StringPairList ListOutbound();
    void SetOutbound(const QString &local, const QString &external);
    void RemoveOutbound(const QString &local);
};

} // namespace Doorstep::DBus

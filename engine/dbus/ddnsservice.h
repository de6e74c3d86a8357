#pragma once

#include <QVariantMap>

#include "engine/dbus/greylistservice.h"

namespace Doorstep::DBus {

/** org.doorstep.Engine1.Ddns: dynamic DNS state and an update on demand. */
class DdnsService : public GreylistService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DdnsService)

public:
    explicit DdnsService(ServiceContext &context, QObject *parent = nullptr);

    QVariantMap Status();
    QString UpdateNow();
};

} // namespace Doorstep::DBus

#pragma once

#include "engine/dbus/relayservice.h"

namespace Doorstep::DBus {

/** org.doorstep.Engine1.Queue: the messages waiting for delivery. */
class QueueService : public RelayService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueService)

public:
    explicit QueueService(ServiceContext &context, QObject *parent = nullptr);

    QueueEntryList List();
    QVariantMap Get(const QString &id);
    void RetryNow(const QString &id);
    void Remove(const QString &id);
    void Bounce(const QString &id);
};

} // namespace Doorstep::DBus

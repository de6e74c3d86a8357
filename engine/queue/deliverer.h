#pragma once

#include <functional>

#include <QList>
#include <QString>

#include "engine/store/repositories/queuerepository.h"

namespace Doorstep::Queue {

/** What became of one recipient in one delivery attempt. */
struct DeliveryOutcome
{
    enum class Kind {
        Delivered,
        Deferred, // try again later
        Failed,   // permanent: give up on this recipient
    };
    int position = 0;
    Kind kind = Kind::Deferred;
    QString detail; // the reason, for the queue and the log (a remote reply, an I/O error)
};

/**
 * Delivers a queued message to some of its recipients. Declared here, implemented by the
 * delivery module (local Maildir now, remote SMTP later) and wired by the daemon, so the
 * queue never depends on delivery. @p done is called exactly once, on the event loop, with an
 * outcome for every recipient given.
 */
class Deliverer
{
public:
    virtual ~Deliverer() = default;
    virtual void deliver(const Store::QueuedMessage &message, const QString &spoolPath, const QList<Store::QueuedRecipient> &recipients,
                         std::function<void(QList<DeliveryOutcome>)> done) = 0;
};

} // namespace Doorstep::Queue

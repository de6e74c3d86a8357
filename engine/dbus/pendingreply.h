#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariant>

#include "engine/core/result.h"

namespace Doorstep::DBus {

/**
 * The one reply a method call owes its caller, sent later (every engine method replies
 * after authorization and, usually, a store job). Copyable; send or fail exactly once.
 */
class PendingReply final
{
public:
    PendingReply(QDBusConnection connection, QDBusMessage message);

    /** Replies with @p values as the out arguments. */
    void send(const QVariantList &values = {}) const;
    template <typename T>
    void sendValue(const T &value) const
    {
        send({QVariant::fromValue(value)});
    }
    /** Replies with org.doorstep.Engine1.Error.<code> and the sentence. */
    void fail(const Core::Error &error) const;

    const QDBusMessage &message() const { return m_message; }

private:
    QDBusConnection m_connection;
    QDBusMessage m_message;
};

} // namespace Doorstep::DBus

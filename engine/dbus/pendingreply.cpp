#include "engine/dbus/pendingreply.h"

#include "engine/core/errors.h"
#include "engine/dbus/log.h"

namespace Doorstep::DBus {

PendingReply::PendingReply(QDBusConnection connection, QDBusMessage message)
    : m_connection(std::move(connection))
    , m_message(std::move(message))
{
}

void PendingReply::send(const QVariantList &values) const
{
    m_connection.send(m_message.createReply(values));
}

void PendingReply::fail(const Core::Error &error) const
{
    qCDebug(lcDBus).noquote() << m_message.interface() + QLatin1Char('.') + m_message.member() << "refused:" << error.message;
    m_connection.send(m_message.createErrorReply(QString(Core::errorName(error.code)), error.message));
}

} // namespace Doorstep::DBus

#include "ui/client/clienterror.h"

#include <QCoreApplication>

namespace Doorstep::Ui {

using namespace Qt::StringLiterals;

ClientError::ClientError(const QDBusError &error)
    : m_name(error.name())
    , m_message(error.message())
{
    if (!error.isValid()) {
        m_kind = Kind::None;
        return;
    }
    static const QString prefix = u"org.doorstep.Engine1.Error."_s;
    if (m_name.startsWith(prefix)) {
        const QString tail = m_name.mid(prefix.size());
        if (tail == u"InvalidArgument"_s)
            m_kind = Kind::InvalidArgument;
        else if (tail == u"NotFound"_s)
            m_kind = Kind::NotFound;
        else if (tail == u"AlreadyExists"_s)
            m_kind = Kind::AlreadyExists;
        else if (tail == u"AccessDenied"_s)
            m_kind = Kind::AccessDenied;
        else
            m_kind = Kind::Failed;
        return;
    }
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
    case QDBusError::NoReply:
    case QDBusError::Disconnected:
    case QDBusError::Timeout:
    case QDBusError::TimedOut:
    case QDBusError::NoServer:
        m_kind = Kind::Unreachable;
        break;
    case QDBusError::AccessDenied:
        m_kind = Kind::AccessDenied;
        break;
    default:
        m_kind = Kind::Protocol;
        break;
    }
}

bool ClientError::isRefusal() const
{
    return m_name.startsWith(u"org.doorstep.Engine1.Error."_s) || m_kind == Kind::AccessDenied;
}

QString ClientError::summary() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::InvalidArgument:
        return QCoreApplication::translate("ClientError", "The engine did not accept this value.");
    case Kind::NotFound:
        return QCoreApplication::translate("ClientError", "The engine does not know this item.");
    case Kind::AlreadyExists:
        return QCoreApplication::translate("ClientError", "This item already exists.");
    case Kind::AccessDenied:
        return QCoreApplication::translate("ClientError", "You are not allowed to do this.");
    case Kind::Failed:
        return QCoreApplication::translate("ClientError", "The engine could not do this.");
    case Kind::Unreachable:
        return QCoreApplication::translate("ClientError", "The Doorstep engine is not running.");
    case Kind::Protocol:
        return QCoreApplication::translate("ClientError", "The engine does not understand this request (is it another version?).");
    }
    return {};
}

} // namespace Doorstep::Ui

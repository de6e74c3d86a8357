#include "engine/dbus/dbusvalue.h"

#include <QDBusArgument>
#include <QDBusMetaType>

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;

QVariant fromDBus(const QVariant &value)
{
    if (value.userType() != qMetaTypeId<QDBusArgument>())
        return value;
    const auto argument = value.value<QDBusArgument>();
    if (argument.currentSignature() == u"as"_s)
        return qdbus_cast<QStringList>(argument);
    return QVariant(argument.currentSignature());
}

QVariantMap fromDBus(const QVariantMap &values)
{
    QVariantMap unwrapped;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        unwrapped.insert(it.key(), fromDBus(it.value()));
    return unwrapped;
}

} // namespace Doorstep::DBus

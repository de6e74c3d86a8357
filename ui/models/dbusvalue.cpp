#include "ui/models/dbusvalue.h"

#include <QDBusArgument>
#include <QDBusMetaType>

namespace Doorstep::Ui::Models {

QVariantMap toVariantMap(const QVariant &value)
{
    if (value.userType() == qMetaTypeId<QDBusArgument>())
        return qdbus_cast<QVariantMap>(value.value<QDBusArgument>());
    return value.toMap();
}

QList<qulonglong> toCounts(const QVariant &value)
{
    if (value.userType() == qMetaTypeId<QDBusArgument>())
        return qdbus_cast<QList<qulonglong>>(value.value<QDBusArgument>());
    return value.value<QList<qulonglong>>();
}

} // namespace Doorstep::Ui::Models

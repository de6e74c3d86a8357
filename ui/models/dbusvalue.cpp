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

QList<QVariantMap> toVariantMapList(const QVariant &value)
{
    QVariantList list;
    if (value.userType() == qMetaTypeId<QDBusArgument>()) {
        const QDBusArgument argument = value.value<QDBusArgument>();
        if (argument.currentSignature() == QLatin1StringView("aa{sv}"))
            return qdbus_cast<QList<QVariantMap>>(argument);
        list = qdbus_cast<QVariantList>(argument); // "av" of maps, as a QVariantList of maps travels
    } else {
        list = value.toList();
    }
    QList<QVariantMap> maps;
    for (const QVariant &item : list)
        maps << toVariantMap(item);
    return maps;
}

QList<qulonglong> toCounts(const QVariant &value)
{
    if (value.userType() == qMetaTypeId<QDBusArgument>())
        return qdbus_cast<QList<qulonglong>>(value.value<QDBusArgument>());
    return value.value<QList<qulonglong>>();
}

} // namespace Doorstep::Ui::Models

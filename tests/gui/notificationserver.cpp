#include "tests/gui/notificationserver.h"

uint NotificationServer::Notify(const QString &app_name, uint replaces_id, const QString &app_icon, const QString &summary,
                                const QString &body, const QStringList &actions, const QVariantMap &hints, int expire_timeout)
{
    calls.append({app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout});
    return uint(calls.size());
}

QStringList NotificationServer::GetCapabilities()
{
    return {QStringLiteral("body")};
}

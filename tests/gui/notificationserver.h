#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

/** One org.freedesktop.Notifications.Notify call as the stand-in received it. */
struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
};

/**
 * A stand-in notification daemon for the test's private session bus: records every Notify.
 * Export it with QDBusConnection::ExportAllSlots at /org/freedesktop/Notifications.
 */
class NotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<NotifyCall> calls;

public Q_SLOTS:
    uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int expire_timeout);
    QStringList GetCapabilities();
};

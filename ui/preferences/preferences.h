#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Doorstep::Ui {

/**
 * The control center's own preferences (window geometry, last page, notifications), kept in
 * QSettings under "ui/preferences". Never engine configuration: that lives in the engine.
 */
class Preferences final
{
public:
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);

    /** The id of the page shown last ("overview", "mailboxes"). */
    static QString lastPage();
    static void setLastPage(const QString &pageId);

    /** Event kinds the tray does not notify about. */
    static QStringList mutedEventKinds();
    static void setMutedEventKinds(const QStringList &kinds);

    static bool notificationsPaused();
    static void setNotificationsPaused(bool paused);
};

} // namespace Doorstep::Ui

#include "ui/preferences/preferences.h"

#include <QSettings>

namespace Doorstep::Ui {

using namespace Qt::StringLiterals;

namespace {

QString key(QStringView name)
{
    return u"ui/preferences/"_s + name.toString();
}

} // namespace

QByteArray Preferences::windowGeometry()
{
    return QSettings().value(key(u"windowGeometry")).toByteArray();
}

void Preferences::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(key(u"windowGeometry"), geometry);
}

QString Preferences::lastPage()
{
    return QSettings().value(key(u"lastPage")).toString();
}

void Preferences::setLastPage(const QString &pageId)
{
    QSettings().setValue(key(u"lastPage"), pageId);
}

QStringList Preferences::mutedEventKinds()
{
    return QSettings().value(key(u"mutedEventKinds")).toStringList();
}

void Preferences::setMutedEventKinds(const QStringList &kinds)
{
    QSettings().setValue(key(u"mutedEventKinds"), kinds);
}

bool Preferences::notificationsPaused()
{
    return QSettings().value(key(u"notificationsPaused"), false).toBool();
}

void Preferences::setNotificationsPaused(bool paused)
{
    QSettings().setValue(key(u"notificationsPaused"), paused);
}

} // namespace Doorstep::Ui

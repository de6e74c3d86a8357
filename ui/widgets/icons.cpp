#include "ui/widgets/icons.h"

#include <QApplication>

namespace Doorstep::Ui::Widgets::Icons {

using namespace Qt::StringLiterals;

namespace {

// QIcon::fromTheme() falls back from "doorstep-warning" to "doorstep" (dash-stripping, and
// ":/icons" is on the theme path): only take the theme's icon when it has this very name.
QIcon themedOr(const QString &name, const QIcon &fallback)
{
    return QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name) : fallback;
}

QIcon status(const QString &name)
{
    return themedOr(name, QIcon(u":/icons/status/%1.svg"_s.arg(name)));
}

} // namespace

QIcon application()
{
    return themedOr(u"doorstep"_s, QIcon(u":/icons/hicolor/scalable/apps/doorstep.svg"_s));
}

QIcon ok()
{
    return status(u"doorstep-ok"_s);
}

QIcon warning()
{
    return status(u"doorstep-warning"_s);
}

QIcon error()
{
    return status(u"doorstep-error"_s);
}

QIcon offline()
{
    return status(u"doorstep-offline"_s);
}

QIcon state(Models::EngineState::Kind kind)
{
    using Kind = Models::EngineState::Kind;
    switch (kind) {
    case Kind::Running:
        return ok();
    case Kind::Starting:
    case Kind::Degraded:
        return warning();
    case Kind::Unknown:
    case Kind::Unreachable:
        return error();
    case Kind::NotRunning:
        return offline();
    }
    return error();
}

QIcon themed(const QString &name, QStyle::StandardPixmap fallback)
{
    return themedOr(name, QApplication::style()->standardIcon(fallback));
}

QIcon overviewPage()
{
    return themedOr(u"dashboard-show"_s, application());
}

QIcon mailboxesPage()
{
    return themed(u"mail-folder-inbox"_s, QStyle::SP_DirHomeIcon);
}

QIcon domain()
{
    return themedOr(u"network-server"_s, {}); // nothing rather than a misleading stand-in
}

QIcon add()
{
    return themedOr(u"list-add"_s, {});
}

QIcon remove()
{
    return themedOr(u"list-remove"_s, {});
}

QIcon refresh()
{
    return themedOr(u"view-refresh"_s, {});
}

QIcon quit()
{
    return themedOr(u"application-exit"_s, {});
}

} // namespace Doorstep::Ui::Widgets::Icons

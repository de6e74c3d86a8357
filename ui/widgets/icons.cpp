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

QIcon trusted()
{
    return themedOr(u"doorstep-trusted"_s, QIcon(u":/ui-icons/doorstep-trusted.svg"_s));
}

QIcon waiting()
{
    return themedOr(u"doorstep-waiting"_s, QIcon(u":/ui-icons/doorstep-waiting.svg"_s));
}

QIcon sending()
{
    return themedOr(u"doorstep-sending"_s, QIcon(u":/ui-icons/doorstep-sending.svg"_s));
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

QIcon addressesPage()
{
    return themed(u"x-office-address-book"_s, QStyle::SP_FileDialogContentsView);
}

QIcon relayPage()
{
    return themed(u"network-workgroup"_s, QStyle::SP_DriveNetIcon);
}

QIcon queuePage()
{
    return themed(u"mail-send-receive"_s, QStyle::SP_FileDialogDetailedView);
}

QIcon filtersPage()
{
    return themedOr(u"mail-mark-junk"_s, QIcon(u":/ui-icons/doorstep-filters.svg"_s));
}

QIcon rulesPage()
{
    return themed(u"view-filter"_s, QStyle::SP_FileDialogListView);
}

QIcon internetPage()
{
    return themed(u"applications-internet"_s, QStyle::SP_DriveNetIcon);
}

QIcon logPage()
{
    return themed(u"utilities-system-monitor"_s, QStyle::SP_FileDialogInfoView);
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

QIcon edit()
{
    return themedOr(u"document-edit"_s, {});
}

QIcon wizard()
{
    return themedOr(u"tools-wizard"_s, {});
}

QIcon sendMail()
{
    return themedOr(u"mail-send"_s, {});
}

QIcon bounce()
{
    return themedOr(u"mail-reply-sender"_s, {});
}

QIcon copy()
{
    return themedOr(u"edit-copy"_s, {});
}

QIcon exportFile()
{
    return themedOr(u"document-save-as"_s, {});
}

QIcon quit()
{
    return themedOr(u"application-exit"_s, {});
}

} // namespace Doorstep::Ui::Widgets::Icons

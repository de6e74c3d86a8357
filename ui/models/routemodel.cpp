#include "ui/models/routemodel.h"

#include "ui/models/tableroles.h"
#include "ui/models/tlsmode.h"

namespace Doorstep::Ui::Models {

RouteModel::RouteModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RouteModel::setRoutes(const DBus::RouteList &routes)
{
    beginResetModel();
    m_routes = routes;
    endResetModel();
}

int RouteModel::rowOf(const QString &destination) const
{
    for (int row = 0; row < m_routes.size(); ++row) {
        if (m_routes[row].destination.compare(destination, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int RouteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_routes.size());
}

int RouteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RouteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_routes.size())
        return {};
    const DBus::Route &route = m_routes[index.row()];
    if (role == KeyRole)
        return route.destination;
    switch (index.column()) {
    case DestinationColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return route.destination;
        if (role == Qt::ToolTipRole && route.destination.startsWith(QLatin1String("*.")))
            //: %1 is a domain such as example.com
            return tr("Every domain inside %1, not %1 itself").arg(route.destination.mid(2));
        break;
    case NextHopColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return route.nextHop;
        break;
    case UserColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return route.user;
        if (role == Qt::ToolTipRole)
            return route.user.isEmpty() ? tr("Sends without logging in") : tr("Logs in as %1 (only inside TLS)").arg(route.user);
        break;
    case TlsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return TlsMode::label(route.tls);
        if (role == Qt::ToolTipRole)
            return TlsMode::description(route.tls);
        break;
    default:
        break;
    }
    return {};
}

QVariant RouteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DestinationColumn:
        //: Column header: the domain a route is for
        return tr("Mail to");
    case NextHopColumn:
        //: Column header: the server mail for the domain is handed to
        return tr("Goes through");
    case UserColumn:
        //: Column header: the login name at that server
        return tr("Login");
    case TlsColumn:
        //: Column header: the TLS mode
        return tr("Encryption");
    default:
        return {};
    }
}

} // namespace Doorstep::Ui::Models

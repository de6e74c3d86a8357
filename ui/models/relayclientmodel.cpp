#include "ui/models/relayclientmodel.h"

#include "ui/models/tableroles.h"
#include "ui/models/timeformat.h"
#include "ui/widgets/icons.h"

namespace Doorstep::Ui::Models {

using namespace Qt::StringLiterals;

RelayClientModel::RelayClientModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RelayClientModel::setClients(const DBus::RelayClientList &clients)
{
    beginResetModel();
    m_clients = clients;
    endResetModel();
}

int RelayClientModel::rowOf(const QString &pattern) const
{
    for (int row = 0; row < m_clients.size(); ++row) {
        if (m_clients[row].pattern.compare(pattern, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QString RelayClientModel::actionLabel(const QString &action)
{
    if (action == u"RELAY"_s)
        //: Relay client action RELAY: may send mail anywhere through this server
        return tr("Relay");
    if (action == u"REJECT"_s)
        //: Relay client action REJECT: refused when it connects
        return tr("Reject");
    if (action == u"OK"_s)
        //: Relay client action OK: trusted, but may not relay
        return tr("Trusted");
    return action;
}

QString RelayClientModel::actionDescription(const QString &action)
{
    if (action == u"RELAY"_s)
        return tr("May send mail to anyone through this server without a password (RELAY).");
    if (action == u"REJECT"_s)
        return tr("Refused as soon as it connects (REJECT).");
    if (action == u"OK"_s)
        return tr("Trusted: skips greylisting and sender checks, but may not send to other domains (OK).");
    return tr("An action this version does not know (%1).").arg(action);
}

QIcon RelayClientModel::actionIcon(const QString &action)
{
    if (action == u"RELAY"_s)
        return Widgets::Icons::ok();
    if (action == u"REJECT"_s)
        return Widgets::Icons::error();
    if (action == u"OK"_s)
        return Widgets::Icons::trusted();
    return Widgets::Icons::warning();
}

int RelayClientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int RelayClientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelayClientModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_clients.size())
        return {};
    const DBus::RelayClient &client = m_clients[index.row()];
    if (role == KeyRole)
        return client.pattern;
    if (role == CategoryRole)
        return client.action;
    switch (index.column()) {
    case PatternColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return client.pattern;
        break;
    case ActionColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return actionLabel(client.action);
        if (role == Qt::DecorationRole)
            return actionIcon(client.action);
        if (role == Qt::ToolTipRole)
            return actionDescription(client.action);
        break;
    case CommentColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return client.comment;
        break;
    case LastSeenColumn:
        if (role == Qt::DisplayRole)
            //: A relay client that has never connected
            return client.lastSeenUsec == 0 ? tr("never") : shortDateTime(client.lastSeenUsec);
        if (role == Qt::ToolTipRole && client.lastSeenUsec != 0)
            return longDateTime(client.lastSeenUsec);
        if (role == SortRole)
            return qulonglong(client.lastSeenUsec);
        break;
    default:
        break;
    }
    return {};
}

QVariant RelayClientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PatternColumn:
        //: Column header: an IP address, network or host name
        return tr("Machine or network");
    case ActionColumn:
        //: Column header: relay, reject or trusted
        return tr("Action");
    case CommentColumn:
        return tr("Comment");
    case LastSeenColumn:
        //: Column header: when the machine last connected
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace Doorstep::Ui::Models

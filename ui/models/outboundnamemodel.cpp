#include "ui/models/outboundnamemodel.h"

#include "ui/models/tableroles.h"

namespace Doorstep::Ui::Models {

OutboundNameModel::OutboundNameModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OutboundNameModel::setNames(const DBus::StringPairList &names)
{
    beginResetModel();
    m_names = names;
    endResetModel();
}

int OutboundNameModel::rowOf(const QString &local) const
{
    for (int row = 0; row < m_names.size(); ++row) {
        if (m_names[row].first.compare(local, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int OutboundNameModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int OutboundNameModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboundNameModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_names.size())
        return {};
    const DBus::StringPair &name = m_names[index.row()];
    if (role == KeyRole)
        return name.first;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case LocalColumn:
        return name.first;
    case ExternalColumn:
        return name.second;
    default:
        return {};
    }
}

QVariant OutboundNameModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LocalColumn:
        //: Column header: a sender address or login name on this network
        return tr("Local sender");
    case ExternalColumn:
        //: Column header: the address mail from the local sender gets on the Internet
        return tr("Leaves as");
    default:
        return {};
    }
}

} // namespace Doorstep::Ui::Models

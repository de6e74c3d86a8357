#include "ui/models/greylistmodel.h"

#include "ui/models/tableroles.h"
#include "ui/models/timeformat.h"
#include "ui/widgets/icons.h"

namespace Doorstep::Ui::Models {

using namespace Qt::StringLiterals;

GreylistModel::GreylistModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GreylistModel::setTriplets(const DBus::GreylistEntryList &triplets)
{
    beginResetModel();
    m_triplets = triplets;
    endResetModel();
}

QString GreylistModel::keyOf(const DBus::GreylistEntry &triplet)
{
    return triplet.network + u',' + triplet.sender + u',' + triplet.recipient;
}

int GreylistModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_triplets.size(); ++row) {
        if (keyOf(m_triplets[row]) == key)
            return row;
    }
    return -1;
}

int GreylistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_triplets.size());
}

int GreylistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GreylistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_triplets.size())
        return {};
    const DBus::GreylistEntry &triplet = m_triplets[index.row()];
    if (role == KeyRole)
        return keyOf(triplet);
    const bool waiting = triplet.passed == 0;
    if (role == CategoryRole)
        return waiting ? u"waiting"_s : u"passed"_s;
    switch (index.column()) {
    case NetworkColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return triplet.network;
        break;
    case SenderColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return triplet.sender.isEmpty() ? u"<>"_s : triplet.sender;
        break;
    case RecipientColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return triplet.recipient;
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            //: Greylisted triplet whose retry has not come yet
            return waiting ? tr("Waiting")
                           //: Greylisted triplet that was retried and accepted; %n recipients went through
                           : tr("Passed (%n)", nullptr, int(triplet.passed));
        if (role == SortRole)
            return triplet.passed;
        if (role == Qt::DecorationRole)
            return waiting ? Widgets::Icons::waiting() : Widgets::Icons::ok();
        if (role == Qt::ToolTipRole)
            return waiting ? tr("Asked to retry later; accepted when it does after the delay.")
                           : tr("Retried and accepted: mail from it passes without waiting.");
        break;
    case LastSeenColumn:
        if (role == Qt::DisplayRole)
            return shortDateTime(triplet.lastSeenUsec);
        if (role == Qt::ToolTipRole)
            return longDateTime(triplet.lastSeenUsec);
        if (role == SortRole)
            return qulonglong(triplet.lastSeenUsec);
        break;
    default:
        break;
    }
    return {};
}

QVariant GreylistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NetworkColumn:
        //: Column header: the network the sending server is in
        return tr("Network");
    case SenderColumn:
        return tr("Sender");
    case RecipientColumn:
        return tr("Recipient");
    case StateColumn:
        //: Column header: waiting or passed
        return tr("State");
    case LastSeenColumn:
        //: Column header: the latest attempt
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace Doorstep::Ui::Models

#include "ui/models/quarantinemodel.h"

#include "ui/models/tableroles.h"
#include "ui/models/timeformat.h"

namespace Doorstep::Ui::Models {

using namespace Qt::StringLiterals;

QuarantineModel::QuarantineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QuarantineModel::setMessages(const DBus::QuarantineEntryList &messages)
{
    beginResetModel();
    m_messages = messages;
    endResetModel();
}

int QuarantineModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages[row].id == id)
            return row;
    }
    return -1;
}

int QuarantineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int QuarantineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuarantineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const DBus::QuarantineEntry &message = m_messages[index.row()];
    if (role == KeyRole)
        return message.id;
    switch (index.column()) {
    case QuarantinedColumn:
        if (role == Qt::DisplayRole)
            return shortDateTime(message.quarantinedUsec);
        if (role == Qt::ToolTipRole)
            return longDateTime(message.quarantinedUsec);
        if (role == SortRole)
            return qulonglong(message.quarantinedUsec);
        break;
    case SenderColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return message.sender.isEmpty() ? u"<>"_s : message.sender;
        break;
    case RecipientsColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return message.recipients;
        break;
    case ReasonColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return message.reason;
        break;
    default:
        break;
    }
    return {};
}

QVariant QuarantineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuarantinedColumn:
        //: Column header: when the message was put in the quarantine
        return tr("Kept since");
    case SenderColumn:
        return tr("Sender");
    case RecipientsColumn:
        return tr("Recipients");
    case ReasonColumn:
        //: Column header: why the message is kept (the virus found)
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace Doorstep::Ui::Models

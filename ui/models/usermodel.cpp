#include "ui/models/usermodel.h"

#include <QLocale>

namespace Doorstep::Ui::Models {

UserModel::UserModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UserModel::setUsers(const DBus::UserList &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UserModel::rowOf(const QString &address) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users[row].address.compare(address, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int UserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const DBus::User &user = m_users[index.row()];
    switch (role) {
    case AddressRole:
        return user.address;
    case EnabledRole:
        return user.enabled;
    case DomainRole:
        return domainOf(user.address);
    default:
        break;
    }
    switch (index.column()) {
    case AddressColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return user.address;
        break;
    case EnabledColumn:
        if (role == Qt::DisplayRole)
            //: Whether a user may log in and receive mail
            return user.enabled ? tr("Enabled") : tr("Disabled");
        if (role == SortRole)
            return user.enabled ? 1 : 0;
        break;
    case MailboxColumn:
        if (role == Qt::DisplayRole)
            return QLocale().formattedDataSize(qint64(user.mailboxBytes));
        if (role == SortRole)
            return qulonglong(user.mailboxBytes);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case EnabledColumn:
        //: Column header: enabled or disabled
        return tr("State");
    case MailboxColumn:
        //: Column header: mailbox size on disk
        return tr("Mailbox size");
    default:
        return {};
    }
}

QString UserModel::domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1);
}

} // namespace Doorstep::Ui::Models

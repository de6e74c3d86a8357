#pragma once

#include <QAbstractTableModel>

#include "resources/dbus/dbustypes.h"

namespace Doorstep::Ui::Models {

/** Users.List as a table: address, enabled, mailbox size. */
class UserModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserModel)

public:
    enum Column {
        AddressColumn,
        EnabledColumn,
        MailboxColumn,
        ColumnCount,
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for sizes, text otherwise
        AddressRole,
        EnabledRole,
        DomainRole,
    };

    explicit UserModel(QObject *parent = nullptr);

    void setUsers(const DBus::UserList &users);
    const DBus::UserList &users() const { return m_users; }
    /** The row of @p address, or -1. */
    int rowOf(const QString &address) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The domain part of an address ("example.org" for "alice@example.org"). */
    static QString domainOf(const QString &address);

private:
    DBus::UserList m_users;
};

} // namespace Doorstep::Ui::Models

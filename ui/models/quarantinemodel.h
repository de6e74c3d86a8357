#pragma once

#include <QAbstractTableModel>

#include "resources/dbus/dbustypes.h"

namespace Doorstep::Ui::Models {

/**
 * Filters.ListQuarantine as a table: when each message was kept, its sender ("<>" for the
 * null sender), recipients and why (the virus found). A row's key is its id.
 */
class QuarantineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarantineModel)

public:
    enum Column {
        QuarantinedColumn,
        SenderColumn,
        RecipientsColumn,
        ReasonColumn,
        ColumnCount,
    };

    explicit QuarantineModel(QObject *parent = nullptr);

    void setMessages(const DBus::QuarantineEntryList &messages);
    const DBus::QuarantineEntryList &messages() const { return m_messages; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DBus::QuarantineEntryList m_messages;
};

} // namespace Doorstep::Ui::Models

#pragma once

#include <QAbstractTableModel>

#include "resources/dbus/dbustypes.h"

namespace Doorstep::Ui::Models {

/** Aliases.ListOutbound (sendmail's genericstable) as a table: local sender, address it leaves as. */
class OutboundNameModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboundNameModel)

public:
    enum Column {
        LocalColumn,
        ExternalColumn,
        ColumnCount,
    };

    explicit OutboundNameModel(QObject *parent = nullptr);

    void setNames(const DBus::StringPairList &names);
    const DBus::StringPairList &names() const { return m_names; }
    int rowOf(const QString &local) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DBus::StringPairList m_names;
};

} // namespace Doorstep::Ui::Models

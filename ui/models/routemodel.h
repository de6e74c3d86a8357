#pragma once

#include <QAbstractTableModel>

#include "resources/dbus/dbustypes.h"

namespace Doorstep::Ui::Models {

/**
 * Relay.ListRoutes as a table: destination ("outlook.com", "*.example.com"), next hop, login
 * ("" when none) and TLS mode as a word. Passwords never reach the control center.
 */
class RouteModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteModel)

public:
    enum Column {
        DestinationColumn,
        NextHopColumn,
        UserColumn,
        TlsColumn,
        ColumnCount,
    };

    explicit RouteModel(QObject *parent = nullptr);

    void setRoutes(const DBus::RouteList &routes);
    const DBus::RouteList &routes() const { return m_routes; }
    int rowOf(const QString &destination) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DBus::RouteList m_routes;
};

} // namespace Doorstep::Ui::Models

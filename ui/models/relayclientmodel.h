#pragma once

#include <QAbstractTableModel>
#include <QIcon>

#include "resources/dbus/dbustypes.h"

namespace Doorstep::Ui::Models {

/**
 * Relay.ListClients as a table: pattern, action (a word and an icon, never colour alone),
 * comment and when the client was last seen ("never").
 */
class RelayClientModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayClientModel)

public:
    enum Column {
        PatternColumn,
        ActionColumn,
        CommentColumn,
        LastSeenColumn,
        ColumnCount,
    };

    explicit RelayClientModel(QObject *parent = nullptr);

    void setClients(const DBus::RelayClientList &clients);
    const DBus::RelayClientList &clients() const { return m_clients; }
    int rowOf(const QString &pattern) const;

    /** "Relay", "Reject", "Trusted" for RELAY, REJECT, OK; the token itself when unknown. */
    static QString actionLabel(const QString &action);
    /** What the action lets the client do, in a sentence. */
    static QString actionDescription(const QString &action);
    static QIcon actionIcon(const QString &action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DBus::RelayClientList m_clients;
};

} // namespace Doorstep::Ui::Models

#pragma once

#include <QAbstractTableModel>

#include "resources/dbus/dbustypes.h"

namespace Doorstep::Ui::Models {

/** The last engine events (GetRecentEvents, then live Manager.Event), newest first. */
class EventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventModel)

public:
    enum Column {
        TimeColumn,
        KindColumn,
        SummaryColumn,
        ColumnCount,
    };
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
    };

    explicit EventModel(int maxRows, QObject *parent = nullptr);

    /** Replaces everything with @p events (oldest first, as GetRecentEvents returns them). */
    void setEvents(const DBus::EventList &events);
    /** Adds a live event unless it is already shown. */
    void addEvent(const DBus::Event &event);
    /** The largest id shown (0 when empty). */
    quint64 lastId() const { return m_lastId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_maxRows;
    DBus::EventList m_events; // newest first
    quint64 m_lastId = 0;
};

} // namespace Doorstep::Ui::Models

#pragma once

#include <QAbstractTableModel>

#include "resources/dbus/dbustypes.h"
#include "ui/models/tableroles.h"

namespace Doorstep::Ui::Models {

/**
 * The last engine events (GetRecentEvents, then live Manager.Event), newest first, at most
 * maxRows of them. A summary of a burst (details "suppressed": n) is one row that says how
 * many events it stands for.
 */
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
        KindRole = CategoryRole, // the kind token ("received")
        IdRole = KeyRole,        // the event id
    };

    explicit EventModel(int maxRows, QObject *parent = nullptr);

    /** Replaces everything with @p events (oldest first, as GetRecentEvents returns them). */
    void setEvents(const DBus::EventList &events);
    /** Adds a live event unless it is already shown. */
    void addEvent(const DBus::Event &event);
    /** The largest id shown (0 when empty). */
    quint64 lastId() const { return m_lastId; }
    /** The event shown in @p row (newest first). */
    const DBus::Event &event(int row) const { return m_events.at(row); }
    int maxRows() const { return m_maxRows; }

    /** The summary shown for @p event: the engine's sentence, or the burst summary. */
    static QString summaryText(const DBus::Event &event);

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

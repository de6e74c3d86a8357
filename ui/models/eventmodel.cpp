#include "ui/models/eventmodel.h"

#include <QDateTime>
#include <QLocale>

#include "ui/models/eventkinds.h"
#include "ui/models/timeformat.h"

namespace Doorstep::Ui::Models {

EventModel::EventModel(int maxRows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_maxRows(maxRows)
{
}

void EventModel::setEvents(const DBus::EventList &events)
{
    beginResetModel();
    m_events.clear();
    m_lastId = 0;
    for (auto it = events.crbegin(); it != events.crend() && m_events.size() < m_maxRows; ++it)
        m_events.append(*it);
    for (const DBus::Event &event : std::as_const(m_events))
        m_lastId = std::max(m_lastId, event.id);
    endResetModel();
}

void EventModel::addEvent(const DBus::Event &event)
{
    if (event.id <= m_lastId)
        return;
    m_lastId = event.id;
    beginInsertRows({}, 0, 0);
    m_events.prepend(event);
    endInsertRows();
    if (m_events.size() > m_maxRows) {
        beginRemoveRows({}, m_maxRows, int(m_events.size()) - 1);
        m_events.resize(m_maxRows);
        endRemoveRows();
    }
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const DBus::Event &event = m_events[index.row()];
    if (role == KindRole)
        return event.kind;
    if (role == IdRole)
        return QString::number(event.id);
    if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn:
            return qulonglong(event.id);
        case KindColumn:
            return EventKinds::label(event.kind);
        case SummaryColumn:
            return summaryText(event);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        // Today's events show the time only; older ones the date too.
        return role == Qt::ToolTipRole ? longDateTime(event.usec) : shortDateTime(event.usec);
    case KindColumn:
        return EventKinds::label(event.kind);
    case SummaryColumn:
        return summaryText(event);
    default:
        return {};
    }
}

QString EventModel::summaryText(const DBus::Event &event)
{
    const QVariant suppressed = event.details.value(QStringLiteral("suppressed"));
    if (!suppressed.isValid())
        return event.summary;
    //: One row of the event log standing for a burst of events of one kind (%1)
    return tr("%n more event(s) of this kind (%1) in that second, not listed one by one", nullptr, suppressed.toInt())
        .arg(EventKinds::label(event.kind));
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        //: Column header: the kind of event
        return tr("Kind");
    case SummaryColumn:
        //: Column header: what happened
        return tr("Event");
    default:
        return {};
    }
}

} // namespace Doorstep::Ui::Models

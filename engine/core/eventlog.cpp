#include "engine/core/eventlog.h"

#include <algorithm>

#include "engine/core/clock.h"
#include "engine/core/log.h"

namespace Doorstep::Core {

EventLog::EventLog(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

quint64 EventLog::add(EventKind kind, const QString &summary, const QVariantMap &details)
{
    EventRecord record{m_nextId++, m_clock.nowUsec(), kind, summary, details};
    m_events.push_back(record);
    while (m_events.size() > size_t(kCapacity))
        m_events.pop_front();
    qCInfo(lcCore).noquote() << "event" << eventKindName(kind) << summary;
    Q_EMIT appended(record);
    return record.id;
}

QList<EventRecord> EventLog::after(quint64 afterId, int max) const
{
    auto first = std::find_if(m_events.begin(), m_events.end(),
                              [afterId](const EventRecord &e) { return e.id > afterId; });
    const auto available = std::distance(first, m_events.end());
    if (max >= 0 && available > max)
        first += available - max;
    return QList<EventRecord>(first, m_events.end());
}

} // namespace Doorstep::Core

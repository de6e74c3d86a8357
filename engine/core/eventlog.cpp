#include "engine/core/eventlog.h"

#include <algorithm>

#include "engine/core/clock.h"
#include "engine/core/log.h"

namespace Doorstep::Core {

EventLog::EventLog(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_secondTimer.setInterval(1000);
    m_secondTimer.setSingleShot(true);
    connect(&m_secondTimer, &QTimer::timeout, this, &EventLog::flushSuppressed);
}

bool EventLog::isPerMessage(EventKind kind)
{
    switch (kind) {
    case EventKind::Received:
    case EventKind::Delivered:
    case EventKind::Deferred:
    case EventKind::Bounced:
    case EventKind::Rejected:
    case EventKind::Greylisted:
    case EventKind::Virus:
    case EventKind::Spam:
    case EventKind::AuthFailed:
        return true;
    default:
        return false;
    }
}

void EventLog::flushSuppressed()
{
    const auto suppressed = std::exchange(m_suppressed, {});
    m_sentThisSecond.clear();
    for (auto it = suppressed.cbegin(); it != suppressed.cend(); ++it) {
        const auto kind = EventKind(it.key());
        m_sentThisSecond[it.key()] = 1;
        EventRecord record{m_nextId++, m_clock.nowUsec(), kind,
                           QStringLiteral("%1 more '%2' events in the last second (not listed one by one).").arg(it.value()).arg(eventKindName(kind)),
                           {{QStringLiteral("suppressed"), it.value()}}};
        m_events.push_back(record);
        while (m_events.size() > size_t(kCapacity))
            m_events.pop_front();
        Q_EMIT appended(record);
    }
    if (!suppressed.isEmpty())
        m_secondTimer.start();
}

quint64 EventLog::add(EventKind kind, const QString &summary, const QVariantMap &details)
{
    if (isPerMessage(kind)) {
        if (!m_secondTimer.isActive())
            m_secondTimer.start();
        if (m_sentThisSecond.value(int(kind)) >= kBurstPerSecond) {
            ++m_suppressed[int(kind)];
            return 0;
        }
        ++m_sentThisSecond[int(kind)];
    }
    EventRecord record{m_nextId++, m_clock.nowUsec(), kind, summary, details};
    m_events.push_back(record);
    while (m_events.size() > size_t(kCapacity))
        m_events.pop_front();
    // Per-message events are logged by the modules that cause them, with their ids.
    if (isPerMessage(kind))
        qCDebug(lcCore).noquote() << "event" << eventKindName(kind) << summary;
    else
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

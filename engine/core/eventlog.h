#pragma once

#include <deque>

#include <QObject>
#include <QVariantMap>

#include "engine/core/eventkind.h"

namespace Doorstep::Core {

class Clock;

/** One entry of the user-visible event log. */
struct EventRecord
{
    quint64 id = 0;
    quint64 usec = 0;
    EventKind kind = EventKind::ConfigChanged;
    QString summary;
    QVariantMap details;
};

/**
 * What the user should see (dashboard log, tray): a bounded ring of events with increasing
 * ids, behind Manager.GetRecentEvents and the Manager.Event signal. Separate from debug
 * logging. Details never carry passwords or message bodies.
 */
class EventLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLog)

public:
    static constexpr int kCapacity = 1000;

    explicit EventLog(const Clock &clock, QObject *parent = nullptr);

    /** Records an event and emits appended(); returns its id. */
    quint64 add(EventKind kind, const QString &summary, const QVariantMap &details = {});

    /** Events with an id above @p afterId, oldest first; at most @p max, the newest ones. */
    QList<EventRecord> after(quint64 afterId, int max) const;

    quint64 lastId() const { return m_nextId - 1; }

Q_SIGNALS:
    void appended(const Doorstep::Core::EventRecord &event);

private:
    const Clock &m_clock;
    std::deque<EventRecord> m_events;
    quint64 m_nextId = 1;
};

} // namespace Doorstep::Core

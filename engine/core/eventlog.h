#pragma once

#include <deque>

#include <QHash>
#include <QObject>
#include <QTimer>
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
 *
 * Per-message kinds (received, delivered, rejected, ...) are limited to kBurstPerSecond of
 * each kind a second; the rest of that second becomes one summary event of the same kind
 * (details "suppressed": n), so mail at full speed never floods the bus with signals.
 */
class EventLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLog)

public:
    static constexpr int kCapacity = 1000;
    static constexpr int kBurstPerSecond = 20;

    /** True for the kinds that happen once per message or per client. */
    static bool isPerMessage(EventKind kind);

    explicit EventLog(const Clock &clock, QObject *parent = nullptr);

    /** Records an event and emits appended(); returns its id (0 when held back, see above). */
    quint64 add(EventKind kind, const QString &summary, const QVariantMap &details = {});

    /** Events with an id above @p afterId, oldest first; at most @p max, the newest ones. */
    QList<EventRecord> after(quint64 afterId, int max) const;

    quint64 lastId() const { return m_nextId - 1; }

Q_SIGNALS:
    void appended(const Doorstep::Core::EventRecord &event);

private:
    void flushSuppressed();

    const Clock &m_clock;
    QHash<int, int> m_sentThisSecond;     // kind -> events let through this second
    QHash<int, int> m_suppressed;         // kind -> events held back this second
    QTimer m_secondTimer;
    std::deque<EventRecord> m_events;
    quint64 m_nextId = 1;
};

} // namespace Doorstep::Core

#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <vector>

#include "engine/core/result.h"
#include "engine/queue/deliverer.h"

namespace Doorstep::Core {
class Clock;
class EventLog;
} // namespace Doorstep::Core
namespace Doorstep::Store {
class Settings;
class Statistics;
class Store;
} // namespace Doorstep::Store

namespace Doorstep::Queue {

class Notifier;
class Spool;

/**
 * Works the queue: a committed message is tried at once; recipients that fail temporarily
 * wait along `queue.retry_schedule` (the last step repeats) and are given up after
 * `queue.bounce_after`. A message leaves the queue (row, then file) only when every recipient
 * is delivered or failed, so a crash at any point repeats a delivery at worst, never loses one.
 * The sender gets a report (Notifier) for recipients given up, and one delay warning when the
 * message has waited `queue.warn_after`; a message deferred for over an hour is announced as
 * queue_stuck once.
 * At most kMaxConcurrent messages are in delivery at once; a message is never in two.
 */
class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)

public:
    static constexpr int kMaxConcurrent = 32;

    Scheduler(Spool &spool, Store::Store &store, Store::Settings &settings, Store::Statistics &statistics, Core::EventLog &events,
              const Core::Clock &clock, QObject *parent = nullptr);
    ~Scheduler() override;

    void setLocalDeliverer(Deliverer *deliverer) { m_local = deliverer; }
    void setRemoteDeliverer(Deliverer *deliverer) { m_remote = deliverer; }
    /** Bounces and delay warnings go through @p notifier (none without one). */
    void setNotifier(Notifier *notifier) { m_notifier = notifier; }

    /** A deferred message older than this is announced as queue_stuck (once per message). */
    static constexpr quint64 kStuckAfterSeconds = 3600;

    /** Starts working: everything due now, then as it becomes due. */
    void start();
    /** Stops taking up new messages (attempts in flight finish). */
    void stop();
    /** Looks at the queue again now (a new message, a Queue.RetryNow). */
    void wakeUp();

    /**
     * Queue.Bounce: gives up on every pending recipient of @p id now (failed, "returned by the
     * postmaster"), as if its time in the queue had run out. @p done gets false when there
     * is no such message; an error while a delivery of it runs.
     */
    void bounceNow(const QString &id, std::function<void(Core::Result<bool>)> done);

    int inFlight() const { return int(m_inFlight.size()); }
    bool isInFlight(const QString &id) const { return m_inFlight.contains(id); }

private:
    void poll();
    void process(const QString &id);
    void finish(const Store::QueuedMessage &message, const QList<DeliveryOutcome> &outcomes);
    quint64 retryDelaySeconds(int attempts) const;
    void recordOutcomes();
    void report(const Store::QueuedMessage &message, const QStringList &failed, const QStringList &delayed, std::function<void()> then);

    /** The outcome of one attempt, waiting to be written with others in one transaction. */
    struct Recording
    {
        Store::QueuedMessage message;
        bool done = false; // every recipient finished: the message leaves the queue
        std::function<void(Core::Result<void>)> after;
    };

    Spool &m_spool;
    Store::Store &m_store;
    Store::Settings &m_settings;
    Store::Statistics &m_statistics;
    Core::EventLog &m_events;
    const Core::Clock &m_clock;
    Deliverer *m_local = nullptr;
    Deliverer *m_remote = nullptr;
    Notifier *m_notifier = nullptr;
    QSet<QString> m_stuckAnnounced;
    QSet<QString> m_inFlight;
    QTimer m_timer;
    bool m_running = false;
    bool m_pollQueued = false;
    bool m_pollAgain = false;
    std::vector<Recording> m_recording;
    bool m_recordingInFlight = false;
};

} // namespace Doorstep::Queue

#include "engine/queue/scheduler.h"

#include <algorithm>

#include "engine/core/clock.h"
#include "engine/core/eventlog.h"
#include "engine/queue/log.h"
#include "engine/queue/notifier.h"
#include "engine/queue/spool.h"
#include "engine/store/settings.h"
#include "engine/store/statistics.h"
#include "engine/store/store.h"

namespace Doorstep::Queue {

using namespace Qt::StringLiterals;
using Core::Result;
using Store::QueuedMessage;
using Store::QueuedRecipient;
using Store::RecipientState;

namespace {
constexpr quint64 kUsec = 1000000;
constexpr int kMaxTimerMs = 60 * 1000;

bool isPending(const QueuedRecipient &r)
{
    return r.state == RecipientState::Queued || r.state == RecipientState::Deferred;
}
} // namespace

Scheduler::Scheduler(Spool &spool, Store::Store &store, Store::Settings &settings, Store::Statistics &statistics, Core::EventLog &events,
                     const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_spool(spool)
    , m_store(store)
    , m_settings(settings)
    , m_statistics(statistics)
    , m_events(events)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::poll);
}

Scheduler::~Scheduler() = default;

void Scheduler::start()
{
    m_running = true;
    poll();
}

void Scheduler::stop()
{
    m_running = false;
    m_timer.stop();
}

void Scheduler::wakeUp()
{
    if (!m_running)
        return;
    // Coalesce a burst of wake-ups (one per committed message) into one look at the queue.
    if (m_pollQueued)
        return;
    m_pollQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pollQueued = false;
            poll();
        },
        Qt::QueuedConnection);
}

quint64 Scheduler::retryDelaySeconds(int attempts) const
{
    const QStringList schedule = m_settings.listValue(u"queue.retry_schedule"_s);
    if (schedule.isEmpty())
        return 300;
    const int index = std::clamp(attempts - 1, 0, int(schedule.size()) - 1);
    return schedule[index].toULongLong();
}

void Scheduler::poll()
{
    if (!m_running)
        return;
    if (m_pollAgain)
        return; // a poll is on its way to the store; it will see everything due
    m_pollAgain = true;
    const quint64 now = m_clock.nowUsec();
    const int room = kMaxConcurrent - int(m_inFlight.size());
    if (room <= 0) {
        m_pollAgain = false;
        return; // each finished delivery polls again
    }
    const int limit = room + int(m_inFlight.size());
    m_store.run(
        this,
        [now, limit](Store::Database &db) -> Result<std::pair<QStringList, quint64>> {
            Store::QueueRepository queue(db);
            auto due = queue.due(now, limit);
            if (!due)
                return due.error();
            auto next = queue.nextAttemptUsec();
            if (!next)
                return next.error();
            return std::pair(due.value(), next.value());
        },
        [this](Result<std::pair<QStringList, quint64>> found) {
            m_pollAgain = false;
            if (!m_running)
                return;
            if (!found) {
                qCWarning(lcQueue).noquote() << "cannot read the queue, will retry:" << found.error().message;
                m_timer.start(5000);
                return;
            }
            for (const QString &id : found->first) {
                if (int(m_inFlight.size()) >= kMaxConcurrent)
                    break;
                if (!m_inFlight.contains(id))
                    process(id);
            }
            const quint64 next = found->second;
            if (next > 0) {
                const quint64 now = m_clock.nowUsec();
                const qint64 waitMs = next > now ? qint64((next - now) / 1000) + 1 : 1000;
                m_timer.start(int(std::min<qint64>(waitMs, kMaxTimerMs)));
            }
        });
}

void Scheduler::process(const QString &id)
{
    m_inFlight.insert(id);
    m_store.run(
        this, [id](Store::Database &db) { return Store::QueueRepository(db).get(id); },
        [this, id](Result<std::optional<QueuedMessage>> loaded) {
            if (!loaded || !loaded.value()) {
                m_inFlight.remove(id);
                if (!loaded)
                    qCWarning(lcQueue).noquote() << id << "cannot be read, will retry:" << loaded.error().message;
                return;
            }
            const QueuedMessage message = *loaded.value();
            const quint64 now = m_clock.nowUsec();
            const quint64 giveUpUsec = message.receivedUsec + quint64(m_settings.uintValue(u"queue.bounce_after"_s)) * kUsec;

            QList<QueuedRecipient> local;
            QList<QueuedRecipient> remote;
            QList<DeliveryOutcome> outcomes;
            for (const QueuedRecipient &r : message.recipients) {
                if (!isPending(r) || r.nextAttemptUsec > now)
                    continue;
                if (r.state == RecipientState::Deferred && now >= giveUpUsec) {
                    outcomes.append({r.position, DeliveryOutcome::Kind::Failed,
                                     u"Gave up after %1 s in the queue; last error: %2"_s.arg(m_settings.uintValue(u"queue.bounce_after"_s))
                                         .arg(r.lastError)});
                    continue;
                }
                (r.local ? local : remote).append(r);
            }
            if (!remote.isEmpty() && !m_remote) {
                for (const QueuedRecipient &r : remote)
                    outcomes.append({r.position, DeliveryOutcome::Kind::Deferred,
                                     u"Delivery to other mail servers is not available in this version of Doorstep yet."_s});
                remote.clear();
            }

            auto collected = std::make_shared<QList<DeliveryOutcome>>(outcomes);
            auto parts = std::make_shared<int>(int(!local.isEmpty()) + int(!remote.isEmpty()));
            const auto partDone = [this, message, collected, parts](QList<DeliveryOutcome> more) {
                collected->append(more);
                if (--*parts == 0)
                    finish(message, *collected);
            };
            if (*parts == 0) {
                finish(message, *collected);
                return;
            }
            const QString path = m_spool.path(message.id);
            if (!local.isEmpty())
                m_local->deliver(message, path, local, partDone);
            if (!remote.isEmpty())
                m_remote->deliver(message, path, remote, partDone);
        });
}

void Scheduler::bounceNow(const QString &id, std::function<void(Result<bool>)> done)
{
    if (m_inFlight.contains(id)) {
        done(Core::Error::failed(u"Message '%1' is being delivered right now; try again in a moment."_s.arg(id)));
        return;
    }
    m_inFlight.insert(id);
    m_store.run(
        this, [id](Store::Database &db) { return Store::QueueRepository(db).get(id); },
        [this, id, done](Result<std::optional<QueuedMessage>> loaded) {
            if (!loaded || !loaded.value()) {
                m_inFlight.remove(id);
                if (!loaded)
                    done(loaded.error());
                else
                    done(false);
                return;
            }
            QList<DeliveryOutcome> outcomes;
            for (const QueuedRecipient &r : loaded.value()->recipients) {
                if (isPending(r))
                    outcomes.append({r.position, DeliveryOutcome::Kind::Failed,
                                     r.lastError.isEmpty() ? u"5.0.0 Returned to the sender by the postmaster."_s
                                                           : u"5.0.0 Returned to the sender by the postmaster; last error: %1"_s.arg(r.lastError)});
            }
            finish(*loaded.value(), outcomes);
            done(true);
        });
}

void Scheduler::finish(const QueuedMessage &message, const QList<DeliveryOutcome> &outcomes)
{
    const quint64 now = m_clock.nowUsec();
    QueuedMessage updated = message;
    QStringList delivered;
    QStringList deferred;
    QStringList failed;
    for (const DeliveryOutcome &o : outcomes) {
        auto it = std::find_if(updated.recipients.begin(), updated.recipients.end(), [&](const QueuedRecipient &r) { return r.position == o.position; });
        if (it == updated.recipients.end())
            continue;
        it->attempts += 1;
        it->lastError = o.detail;
        switch (o.kind) {
        case DeliveryOutcome::Kind::Delivered:
            it->state = RecipientState::Delivered;
            it->lastError.clear();
            delivered << it->address;
            break;
        case DeliveryOutcome::Kind::Deferred:
            it->state = RecipientState::Deferred;
            it->nextAttemptUsec = now + retryDelaySeconds(it->attempts) * kUsec;
            deferred << it->address;
            break;
        case DeliveryOutcome::Kind::Failed:
            it->state = RecipientState::Failed;
            failed << it->address;
            break;
        }
    }
    const bool done = std::none_of(updated.recipients.cbegin(), updated.recipients.cend(), isPending);
    const quint64 ageSeconds = now > message.receivedUsec ? (now - message.receivedUsec) / kUsec : 0;
    // One delay warning per message, written with the outcomes so a restart does not repeat it.
    const bool warnNow = !done && !deferred.isEmpty() && !message.warned && message.listener != u"notifier"_s
                         && ageSeconds >= m_settings.uintValue(u"queue.warn_after"_s);
    if (warnNow)
        updated.warned = true;

    m_recording.push_back({updated, done, [this, updated, done, delivered, deferred, failed, outcomes, warnNow, ageSeconds](Result<void> saved) {
            m_inFlight.remove(updated.id);
            if (!saved) {
                // The attempt will be repeated: at least once, never lost.
                qCWarning(lcQueue).noquote() << updated.id << "cannot record the delivery, will retry:" << saved.error().message;
                wakeUp();
                return;
            }
            const QString sender = updated.sender.isEmpty() ? u"<>"_s : updated.sender;
            if (!delivered.isEmpty()) {
                m_statistics.increment(u"delivered"_s, quint64(delivered.size()));
                m_events.add(Core::EventKind::Delivered, u"Message %1 from %2 delivered to %3."_s.arg(updated.id, sender, delivered.join(u", "_s)),
                             {{u"queue_id"_s, updated.id}, {u"sender"_s, updated.sender}, {u"recipients"_s, delivered}});
                qCInfo(lcQueue).noquote() << updated.id << "delivered to" << delivered.join(u", "_s);
            }
            for (const DeliveryOutcome &o : outcomes) {
                if (o.kind == DeliveryOutcome::Kind::Delivered)
                    continue;
                qCInfo(lcQueue).noquote() << updated.id << (o.kind == DeliveryOutcome::Kind::Failed ? "failed:" : "deferred:") << o.detail;
            }
            if (!deferred.isEmpty()) {
                m_statistics.increment(u"deferred"_s, quint64(deferred.size()));
                const auto firstDeferred = std::find_if(outcomes.cbegin(), outcomes.cend(),
                                                        [](const DeliveryOutcome &o) { return o.kind == DeliveryOutcome::Kind::Deferred; });
                m_events.add(Core::EventKind::Deferred, u"Message %1 from %2 to %3 deferred: %4"_s.arg(updated.id, sender, deferred.join(u", "_s),
                                                                                                       firstDeferred->detail),
                             {{u"queue_id"_s, updated.id}, {u"sender"_s, updated.sender}, {u"recipients"_s, deferred}});
            }
            if (!failed.isEmpty()) {
                m_statistics.increment(u"bounced"_s, quint64(failed.size()));
                m_events.add(Core::EventKind::Bounced, u"Message %1 from %2 could not be delivered to %3."_s.arg(updated.id, sender, failed.join(u", "_s)),
                             {{u"queue_id"_s, updated.id}, {u"sender"_s, updated.sender}, {u"recipients"_s, failed}});
            }
            // The report quotes the message's headers: its file goes only after the report is queued.
            auto removeIfDone = [this, id = updated.id, done] {
                if (done)
                    m_spool.removeFile(id);
            };
            if (!failed.isEmpty() || warnNow)
                report(updated, failed, warnNow ? deferred : QStringList(), removeIfDone);
            else
                removeIfDone();
            if (!deferred.isEmpty() && ageSeconds >= kStuckAfterSeconds && !m_stuckAnnounced.contains(updated.id)) {
                m_stuckAnnounced.insert(updated.id);
                const auto firstDeferred = std::find_if(outcomes.cbegin(), outcomes.cend(),
                                                        [](const DeliveryOutcome &o) { return o.kind == DeliveryOutcome::Kind::Deferred; });
                m_events.add(Core::EventKind::QueueStuck,
                             u"Message %1 from %2 to %3 has waited %4 h in the queue: %5"_s.arg(updated.id, sender, deferred.join(u", "_s))
                                 .arg(ageSeconds / 3600)
                                 .arg(firstDeferred->detail),
                             {{u"queue_id"_s, updated.id}, {u"sender"_s, updated.sender}, {u"recipients"_s, deferred}, {u"age_seconds"_s, ageSeconds}});
            }
            if (done)
                m_stuckAnnounced.remove(updated.id);
            poll();
        }});
    recordOutcomes();
}

void Scheduler::report(const QueuedMessage &message, const QStringList &failed, const QStringList &delayed, std::function<void()> then)
{
    if (!m_notifier) {
        then();
        return;
    }
    auto pending = std::make_shared<int>(int(!failed.isEmpty()) + int(!delayed.isEmpty()));
    const auto pick = [&message](const QStringList &addresses) {
        QList<QueuedRecipient> picked;
        for (const QueuedRecipient &r : message.recipients) {
            if (addresses.contains(r.address) && !std::any_of(picked.cbegin(), picked.cend(), [&](const auto &p) { return p.address == r.address; }))
                picked.append(r);
        }
        return picked;
    };
    const auto logged = [id = message.id, pending, then](const char *what) {
        return [id, what, pending, then](Result<QString> queued) {
            if (!queued)
                qCWarning(lcQueue).noquote() << id << "cannot queue the" << what << "for its sender:" << queued.error().message;
            if (--*pending == 0)
                then();
        };
    };
    if (!failed.isEmpty())
        m_notifier->notify(message, pick(failed), Notifier::Kind::Failed, logged("bounce"));
    if (!delayed.isEmpty())
        m_notifier->notify(message, pick(delayed), Notifier::Kind::Delayed, logged("delay warning"));
}

void Scheduler::recordOutcomes()
{
    if (m_recordingInFlight || m_recording.empty())
        return;
    // Outcomes of deliveries that ended meanwhile share one transaction (one fsync).
    m_recordingInFlight = true;
    auto batch = std::make_shared<std::vector<Recording>>(std::exchange(m_recording, {}));
    m_store.run(
        this,
        [batch](Store::Database &db) {
            return db.transaction<void>([&]() -> Result<void> {
                Store::QueueRepository queue(db);
                for (const Recording &record : *batch) {
                    for (const QueuedRecipient &r : record.message.recipients) {
                        if (auto saved = queue.updateRecipient(record.message.id, r); !saved)
                            return saved;
                    }
                    if (record.message.warned) {
                        if (auto warned = queue.setWarned(record.message.id); !warned)
                            return warned;
                    }
                    if (record.done) {
                        if (auto removed = queue.remove(record.message.id); !removed)
                            return removed.error();
                    }
                }
                return {};
            });
        },
        [this, batch](Result<void> saved) {
            m_recordingInFlight = false;
            for (const Recording &record : *batch)
                record.after(saved);
            recordOutcomes();
        });
}

} // namespace Doorstep::Queue

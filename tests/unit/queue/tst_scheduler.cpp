#include <QSet>
#include <QTest>
#include <QTimer>

#include "engine/core/eventlog.h"
#include "engine/core/settingsregistry.h"
#include "engine/queue/deliverer.h"
#include "engine/queue/scheduler.h"
#include "engine/store/settings.h"
#include "engine/store/statistics.h"
#include "tests/unit/queue/queuefixture.h"
#include "tests/unit/queue/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Queue::DeliveryOutcome;
using Queue::Scheduler;
using Store::QueuedMessage;
using Store::QueuedRecipient;
using Store::RecipientState;
using Tests::SpoolFixture;

namespace {

constexpr int kTimeout = 10000;
constexpr quint64 kUsec = 1000000;

/**
 * A Deliverer with scripted outcomes per address (Delivered unless told otherwise), answering
 * on the event loop, or when released (hold). Records calls and how many run at once.
 */
class FakeDeliverer final : public QObject, public Queue::Deliverer
{
public:
    struct Call
    {
        QString id;
        QStringList addresses;
        QString spoolPath;
    };

    QHash<QString, std::pair<DeliveryOutcome::Kind, QString>> outcomes;
    bool hold = false;
    QList<std::function<void()>> held;
    QList<Call> calls;
    QSet<QString> active;
    int maxActive = 0;
    QStringList overlaps; // ids given out again while still in delivery

    void deliver(const QueuedMessage &message, const QString &spoolPath, const QList<QueuedRecipient> &recipients,
                 std::function<void(QList<DeliveryOutcome>)> done) override
    {
        Call call{message.id, {}, spoolPath};
        QList<DeliveryOutcome> result;
        for (const QueuedRecipient &r : recipients) {
            call.addresses << r.address;
            const auto outcome = outcomes.value(r.address, {DeliveryOutcome::Kind::Delivered, u"delivered"_s});
            result.append({r.position, outcome.first, outcome.second});
        }
        calls.append(call);
        if (active.contains(message.id))
            overlaps << message.id;
        active.insert(message.id);
        maxActive = std::max(maxActive, int(active.size()));
        auto finish = [this, id = message.id, done, result] {
            active.remove(id);
            done(result);
        };
        if (hold)
            held.append(finish);
        else
            QTimer::singleShot(0, this, finish);
    }

    void releaseOne()
    {
        if (!held.isEmpty())
            held.takeFirst()();
    }
    void releaseAll()
    {
        const auto callbacks = std::exchange(held, {});
        for (const auto &callback : callbacks)
            callback();
    }
    QStringList addressesOf(int call) const { return calls.value(call).addresses; }
};

/** A spool, a scheduler, settings, statistics and events, all on one manual clock. */
class SchedulerFixture
{
public:
    SchedulerFixture()
        : clock(quint64(QDateTime::currentMSecsSinceEpoch()) * 1000)
        , spool(clock)
    {
        settings = std::make_unique<Store::Settings>(registry, *spool.store, clock);
        if (auto loaded = settings->load(); !loaded)
            qFatal("cannot load settings: %s", qPrintable(loaded.error().message));
        statistics = std::make_unique<Store::Statistics>(*spool.store, clock);
        if (auto loaded = statistics->load(); !loaded)
            qFatal("cannot load statistics: %s", qPrintable(loaded.error().message));
        events = std::make_unique<Core::EventLog>(clock);
        if (!spool.openSpool())
            qFatal("cannot open the spool");
        scheduler = std::make_unique<Scheduler>(*spool.spool, *spool.store, *settings, *statistics, *events, clock);
        scheduler->setLocalDeliverer(&local);
        QObject::connect(spool.spool.get(), &Queue::Spool::enqueued, scheduler.get(), &Scheduler::wakeUp);
    }

    ~SchedulerFixture()
    {
        scheduler.reset();
        spool.settle(2);
    }

    bool set(const QString &key, const QVariant &value)
    {
        std::optional<Core::Result<bool>> outcome;
        QObject context;
        settings->set(key, value, &context, [&](Core::Result<bool> r) { outcome.emplace(r); });
        return QTest::qWaitFor([&] { return outcome.has_value(); }, kTimeout) && outcome->ok();
    }

    /** A message to @p recipients ("x@remote.example" ones are remote), received now. */
    QString enqueue(const QStringList &recipients)
    {
        QueuedMessage m;
        m.sender = u"sender@remote.example"_s;
        m.receivedUsec = clock.nowUsec();
        m.listener = u"mta"_s;
        for (int i = 0; i < recipients.size(); ++i)
            m.recipients.append(SpoolFixture::recipient(i, recipients[i], !recipients[i].endsWith(u"@remote.example"_s)));
        return spool.enqueue(m);
    }

    QueuedRecipient recipientOf(const QString &id, int position)
    {
        const auto row = spool.row(id);
        return row ? row->recipients.value(position) : QueuedRecipient{};
    }

    quint64 counter(const QString &name) const { return statistics->today().value(name).toULongLong(); }

    QStringList eventKinds() const
    {
        QStringList kinds;
        for (const Core::EventRecord &e : events->after(0, 1000))
            kinds << Core::eventKindName(e.kind);
        return kinds;
    }

    /** Advances the manual clock and looks at the queue again, as the scheduler's timer would. */
    void advance(quint64 seconds)
    {
        clock.advanceSeconds(seconds);
        scheduler->wakeUp();
        spool.settle();
    }

    Core::ManualClock clock;
    SpoolFixture spool;
    Core::SettingsRegistry registry{Core::RunMode::Session};
    std::unique_ptr<Store::Settings> settings;
    std::unique_ptr<Store::Statistics> statistics;
    std::unique_ptr<Core::EventLog> events;
    FakeDeliverer local;
    FakeDeliverer remote;
    std::unique_ptr<Scheduler> scheduler;
};

QString stateName(const QueuedRecipient &r)
{
    return Store::recipientStateName(r.state);
}

} // namespace

void TestScheduler::deliveredAtOnceAndRemoved()
{
    SchedulerFixture f;
    f.scheduler->start();
    const QString id = f.enqueue({u"a@example.org"_s, u"b@example.org"_s});
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(f.local.calls.size(), 1, kTimeout);
    QCOMPARE(f.local.calls[0].id, id);
    QCOMPARE(f.local.addressesOf(0), (QStringList{u"a@example.org"_s, u"b@example.org"_s}));
    QCOMPARE(f.local.calls[0].spoolPath, f.spool.spool->path(id));
    QTRY_VERIFY_WITH_TIMEOUT(!f.spool.row(id), kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(f.spool.spool->path(id)), kTimeout);
    QCOMPARE(f.counter(u"delivered"_s), quint64(2));
    QVERIFY2(f.eventKinds().contains(u"delivered"_s), qPrintable(f.eventKinds().join(u", "_s)));
    f.spool.settle();
    QCOMPARE(f.local.calls.size(), 1);
}

void TestScheduler::deferredFollowsRetrySchedule()
{
    SchedulerFixture f;
    QVERIFY(f.set(u"queue.retry_schedule"_s, QStringList{u"10"_s, u"20"_s, u"40"_s}));
    f.local.outcomes.insert(u"a@example.org"_s, {DeliveryOutcome::Kind::Deferred, u"451 4.2.0 mailbox busy"_s});
    const QString id = f.enqueue({u"a@example.org"_s});
    f.scheduler->start();
    QTRY_COMPARE_WITH_TIMEOUT(f.local.calls.size(), 1, kTimeout);
    const QList<quint64> waits{10, 20, 40, 40, 40}; // the last step repeats
    for (int attempt = 1; attempt <= waits.size(); ++attempt) {
        const quint64 wait = waits[attempt - 1];
        QTRY_VERIFY_WITH_TIMEOUT(f.recipientOf(id, 0).attempts == attempt, kTimeout);
        f.spool.settle(); // the scheduler sees the store\'s answer
        const QueuedRecipient r = f.recipientOf(id, 0);
        QCOMPARE(stateName(r), u"deferred"_s);
        QCOMPARE(r.lastError, u"451 4.2.0 mailbox busy"_s);
        QVERIFY2(r.nextAttemptUsec == f.clock.nowUsec() + wait * kUsec,
                 qPrintable(u"got the next attempt %1 s after attempt %2, want %3 s"_s.arg(qint64(r.nextAttemptUsec - f.clock.nowUsec()) / 1000000)
                                .arg(attempt)
                                .arg(wait)));
        f.advance(wait - 1);
        QVERIFY2(f.local.calls.size() == attempt, qPrintable(u"got attempt %1 a second early"_s.arg(attempt + 1)));
        f.advance(1);
        QTRY_COMPARE_WITH_TIMEOUT(f.local.calls.size(), attempt + 1, kTimeout);
    }
    QTRY_VERIFY_WITH_TIMEOUT(f.recipientOf(id, 0).attempts == int(waits.size()) + 1, kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    QVERIFY(f.spool.row(id));
    QCOMPARE(f.counter(u"deferred"_s), quint64(waits.size() + 1));
    QVERIFY(f.local.overlaps.isEmpty());
}

void TestScheduler::partialDeliveryKeepsPendingRecipients()
{
    SchedulerFixture f;
    f.local.outcomes.insert(u"b@example.org"_s, {DeliveryOutcome::Kind::Deferred, u"452 4.2.2 over quota"_s});
    const QString id = f.enqueue({u"a@example.org"_s, u"b@example.org"_s, u"c@example.org"_s});
    f.scheduler->start();
    QTRY_VERIFY_WITH_TIMEOUT(f.recipientOf(id, 1).attempts == 1, kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    QCOMPARE(stateName(f.recipientOf(id, 0)), u"delivered"_s);
    QCOMPARE(stateName(f.recipientOf(id, 1)), u"deferred"_s);
    QCOMPARE(stateName(f.recipientOf(id, 2)), u"delivered"_s);
    QVERIFY(QFile::exists(f.spool.spool->path(id)));
    QCOMPARE(f.counter(u"delivered"_s), quint64(2));

    f.local.outcomes.remove(u"b@example.org"_s);
    f.advance(300); // the default schedule's first step
    QTRY_COMPARE_WITH_TIMEOUT(f.local.calls.size(), 2, kTimeout);
    QVERIFY2(f.local.addressesOf(1) == QStringList{u"b@example.org"_s},
             qPrintable(u"got the retry for %1, want only the pending b@example.org"_s.arg(f.local.addressesOf(1).join(u", "_s))));
    QTRY_VERIFY_WITH_TIMEOUT(!f.spool.row(id), kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    QVERIFY(!QFile::exists(f.spool.spool->path(id)));
    QCOMPARE(f.counter(u"delivered"_s), quint64(3));
}

void TestScheduler::failedRecipientIsCountedAndRemoved()
{
    SchedulerFixture f;
    f.local.outcomes.insert(u"gone@example.org"_s, {DeliveryOutcome::Kind::Failed, u"550 5.1.1 no such mailbox"_s});
    const QString id = f.enqueue({u"gone@example.org"_s, u"a@example.org"_s});
    f.scheduler->start();
    QTRY_VERIFY_WITH_TIMEOUT(!f.spool.row(id), kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    QCOMPARE(f.counter(u"bounced"_s), quint64(1));
    QCOMPARE(f.counter(u"delivered"_s), quint64(1));
    QVERIFY(f.eventKinds().contains(u"bounced"_s));
    f.advance(86400);
    QCOMPARE(f.local.calls.size(), 1);
}

void TestScheduler::bounceAfterGivesUp()
{
    SchedulerFixture f;
    QVERIFY(f.set(u"queue.retry_schedule"_s, QStringList{u"30"_s}));
    QVERIFY(f.set(u"queue.bounce_after"_s, 60u));
    f.local.outcomes.insert(u"a@example.org"_s, {DeliveryOutcome::Kind::Deferred, u"451 4.2.0 busy"_s});
    const QString id = f.enqueue({u"a@example.org"_s});
    f.scheduler->start();
    QTRY_VERIFY_WITH_TIMEOUT(f.recipientOf(id, 0).attempts == 1, kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    f.advance(30); // 30 s after receipt: still tried
    QTRY_COMPARE_WITH_TIMEOUT(f.local.calls.size(), 2, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(f.recipientOf(id, 0).attempts == 2, kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    f.advance(30); // 60 s after receipt: given up without another attempt
    QTRY_VERIFY_WITH_TIMEOUT(!f.spool.row(id), kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    QCOMPARE(f.local.calls.size(), 2);
    QVERIFY(!QFile::exists(f.spool.spool->path(id)));
    QCOMPARE(f.counter(u"bounced"_s), quint64(1));
    const auto events = f.events->after(0, 100);
    const auto bounced = std::find_if(events.cbegin(), events.cend(), [](const Core::EventRecord &e) { return e.kind == Core::EventKind::Bounced; });
    QVERIFY(bounced != events.cend());
    QVERIFY2(bounced->summary.contains(u"a@example.org"_s), qPrintable(bounced->summary));
}

void TestScheduler::remoteWithoutDelivererIsDeferred()
{
    SchedulerFixture f;
    const QString id = f.enqueue({u"pal@remote.example"_s});
    f.scheduler->start();
    QTRY_VERIFY_WITH_TIMEOUT(f.recipientOf(id, 0).attempts == 1, kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    const QueuedRecipient r = f.recipientOf(id, 0);
    QCOMPARE(stateName(r), u"deferred"_s);
    QCOMPARE(r.lastError, u"Delivery to other mail servers is not available in this version of Doorstep yet."_s);
    QCOMPARE(r.nextAttemptUsec, f.clock.nowUsec() + 300 * kUsec);
    QVERIFY(f.local.calls.isEmpty());
}

void TestScheduler::localAndRemoteDeliverersShareAMessage()
{
    SchedulerFixture f;
    f.scheduler->setRemoteDeliverer(&f.remote);
    f.remote.outcomes.insert(u"pal@remote.example"_s, {DeliveryOutcome::Kind::Deferred, u"421 4.4.0 try later"_s});
    const QString id = f.enqueue({u"a@example.org"_s, u"pal@remote.example"_s});
    f.scheduler->start();
    QTRY_VERIFY_WITH_TIMEOUT(f.recipientOf(id, 1).attempts == 1, kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    QCOMPARE(f.local.calls.size(), 1);
    QCOMPARE(f.local.addressesOf(0), QStringList{u"a@example.org"_s});
    QCOMPARE(f.remote.calls.size(), 1);
    QCOMPARE(f.remote.addressesOf(0), QStringList{u"pal@remote.example"_s});
    QCOMPARE(stateName(f.recipientOf(id, 0)), u"delivered"_s);
    QCOMPARE(f.recipientOf(id, 1).lastError, u"421 4.4.0 try later"_s);
}

void TestScheduler::atMostMaxConcurrent()
{
    SchedulerFixture f;
    f.local.hold = true;
    constexpr int kMessages = Scheduler::kMaxConcurrent + 8;
    QStringList ids;
    for (int i = 0; i < kMessages; ++i)
        ids << f.enqueue({u"u%1@example.org"_s.arg(i)});
    QVERIFY(!ids.contains(QString()));
    f.scheduler->start();
    QTRY_COMPARE_WITH_TIMEOUT(f.local.calls.size(), Scheduler::kMaxConcurrent, kTimeout);
    f.spool.settle();
    QCOMPARE(f.local.calls.size(), Scheduler::kMaxConcurrent);
    QCOMPARE(f.scheduler->inFlight(), Scheduler::kMaxConcurrent);
    f.local.releaseOne();
    QTRY_COMPARE_WITH_TIMEOUT(f.local.calls.size(), Scheduler::kMaxConcurrent + 1, kTimeout);
    f.spool.settle();
    QCOMPARE(f.local.calls.size(), Scheduler::kMaxConcurrent + 1);
    while (f.local.calls.size() < kMessages || !f.local.held.isEmpty()) {
        const qsizetype before = f.local.calls.size();
        f.local.releaseAll();
        f.spool.settle();
        QVERIFY2(f.local.calls.size() > before || f.local.held.isEmpty(), "got no progress");
    }
    QTRY_VERIFY_WITH_TIMEOUT(f.spool.rowIds().isEmpty(), kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    QCOMPARE(f.local.calls.size(), kMessages);
    QVERIFY2(f.local.maxActive <= Scheduler::kMaxConcurrent, qPrintable(u"got %1 deliveries at once"_s.arg(f.local.maxActive)));
    QVERIFY(f.local.overlaps.isEmpty());
}

void TestScheduler::neverDeliveredTwiceConcurrently()
{
    SchedulerFixture f;
    f.local.hold = true;
    const QString id = f.enqueue({u"a@example.org"_s});
    f.scheduler->start();
    QTRY_COMPARE_WITH_TIMEOUT(f.local.calls.size(), 1, kTimeout);
    for (int i = 0; i < 10; ++i)
        f.advance(3600); // due again by any schedule, and Queue.RetryNow-style wake-ups
    QCOMPARE(f.local.calls.size(), 1);
    QVERIFY(f.scheduler->isInFlight(id));
    f.local.releaseAll();
    QTRY_VERIFY_WITH_TIMEOUT(!f.spool.row(id), kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    QTRY_VERIFY_WITH_TIMEOUT(!f.scheduler->isInFlight(id), kTimeout);
    QCOMPARE(f.local.calls.size(), 1);
    QVERIFY(f.local.overlaps.isEmpty());
}

void TestScheduler::burstOfWakeUpsDeliversOnce()
{
    SchedulerFixture f;
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << f.enqueue({u"u%1@example.org"_s.arg(i)});
    f.scheduler->start();
    for (int i = 0; i < 100; ++i)
        f.scheduler->wakeUp();
    QTRY_VERIFY_WITH_TIMEOUT(f.spool.rowIds().isEmpty(), kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    f.spool.settle();
    QStringList delivered;
    for (const auto &call : f.local.calls)
        delivered << call.id;
    delivered.sort();
    ids.sort();
    QVERIFY2(delivered == ids, qPrintable(u"got deliveries of %1, want each of %2 once"_s.arg(delivered.join(u", "_s), ids.join(u", "_s))));
}

void TestScheduler::stoppedSchedulerTakesNothingUp()
{
    SchedulerFixture f;
    f.scheduler->wakeUp(); // before start(): nothing
    const QString first = f.enqueue({u"a@example.org"_s});
    f.spool.settle();
    QVERIFY(f.local.calls.isEmpty());
    f.scheduler->start();
    QTRY_VERIFY_WITH_TIMEOUT(!f.spool.row(first), kTimeout);
    f.spool.settle(); // the scheduler sees the store\'s answer
    f.scheduler->stop();
    const QString second = f.enqueue({u"b@example.org"_s});
    f.advance(3600);
    QCOMPARE(f.local.calls.size(), 1);
    QVERIFY(f.spool.row(second));
}

#include "engine/store/statistics.h"

#include "engine/core/clock.h"
#include "engine/store/log.h"
#include "engine/store/repositories/statisticsrepository.h"
#include "engine/store/store.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
QString dayKey(const QDate &day)
{
    return day.toString(Qt::ISODate);
}
} // namespace

Statistics::Statistics(Store &store, const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_day(currentDay())
{
    m_flushTimer.setInterval(5000);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &Statistics::flush);
    m_announceTimer.setInterval(1000);
    m_announceTimer.setSingleShot(true);
    connect(&m_announceTimer, &QTimer::timeout, this, &Statistics::changed);
}

Statistics::~Statistics() = default;

QStringList Statistics::counterNames()
{
    return {u"received"_s, u"delivered"_s, u"deferred"_s, u"bounced"_s, u"rejected"_s, u"rejected_relay"_s,
            u"rejected_recipient"_s, u"greylisted"_s, u"virus"_s, u"spam"_s};
}

QDate Statistics::currentDay() const
{
    return m_clock.now().toLocalTime().date();
}

Result<void> Statistics::load()
{
    const QString today = dayKey(m_day);
    const auto values = m_store.runSync([today](Database &db) { return StatisticsRepository(db).range(today, today); });
    if (!values)
        return values.error();
    m_today = values.value().value(today);
    return {};
}

void Statistics::rollOver()
{
    const QDate day = currentDay();
    if (day != m_day) {
        m_day = day;
        m_today.clear();
    }
}

void Statistics::increment(const QString &counter, quint64 amount)
{
    Q_ASSERT(counterNames().contains(counter));
    rollOver();
    m_today[counter] += amount;
    m_pending[dayKey(m_day)][counter] += amount;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    if (!m_announceTimer.isActive())
        m_announceTimer.start();
}

QVariantMap Statistics::today() const
{
    const bool stale = currentDay() != m_day;
    QVariantMap map;
    for (const QString &name : counterNames())
        map.insert(name, QVariant::fromValue<qulonglong>(stale ? 0 : m_today.value(name)));
    return map;
}

void Statistics::flush()
{
    if (m_pending.isEmpty())
        return;
    const auto pending = std::exchange(m_pending, {});
    m_store.run(
        this, [pending](Database &db) { return StatisticsRepository(db).add(pending); },
        [](Result<void> done) {
            if (!done)
                qCWarning(lcStore).noquote() << "could not save statistics, ignoring:" << done.error().message;
        });
}

void Statistics::flushSync()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const auto pending = std::exchange(m_pending, {});
    if (auto done = m_store.runSync([pending](Database &db) { return StatisticsRepository(db).add(pending); }); !done)
        qCWarning(lcStore).noquote() << "could not save statistics, ignoring:" << done.error().message;
}

void Statistics::query(int days, QObject *context, std::function<void(Result<QVariantMap>)> done)
{
    if (days < 1 || days > 366) {
        done(Error::invalidArgument(u"Statistics cover 1 to 366 days, not %1."_s.arg(days)));
        return;
    }
    flush(); // queued before the read below: the store runs jobs in order
    const QDate last = currentDay();
    const QDate first = last.addDays(-(days - 1));
    m_store.run(
        context, [first, last](Database &db) { return StatisticsRepository(db).range(dayKey(first), dayKey(last)); },
        [first, days, done](Result<QHash<QString, QHash<QString, quint64>>> values) {
            if (!values) {
                done(values.error());
                return;
            }
            QVariantMap result;
            QStringList dayNames;
            QHash<QString, QList<qulonglong>> series;
            for (int i = 0; i < days; ++i) {
                const QString day = dayKey(first.addDays(i));
                dayNames << day;
                const auto counters = values.value().value(day);
                for (const QString &name : counterNames())
                    series[name].append(counters.value(name));
            }
            for (const QString &name : counterNames())
                result.insert(name, QVariant::fromValue(series.value(name)));
            result.insert(u"days"_s, dayNames);
            done(result);
        });
}

} // namespace Doorstep::Store

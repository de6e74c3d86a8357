#pragma once

#include <functional>

#include <QDate>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

#include "engine/core/result.h"

namespace Doorstep::Core {
class Clock;
}

namespace Doorstep::Store {

class Store;

/**
 * The daily counters behind Manager.GetStatistics: increments are counted in memory, written
 * to the store every few seconds (and at shutdown), and announced at most once a second.
 * Days are in the engine's local time.
 */
class Statistics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Statistics)

public:
    Statistics(Store &store, const Core::Clock &clock, QObject *parent = nullptr);
    ~Statistics() override;

    /** The public counter names, in DESIGN.md's order. */
    static QStringList counterNames();

    /** Reads today's values (at start; blocks on the store thread). */
    Core::Result<void> load();

    /** Adds @p amount to @p counter (one of counterNames()). */
    void increment(const QString &counter, quint64 amount = 1);

    /** Today's value of every counter, as "t". */
    QVariantMap today() const;

    /** GetStatistics: per counter the last @p days daily values, oldest first, and "days". */
    void query(int days, QObject *context, std::function<void(Core::Result<QVariantMap>)> done);

    /** Writes pending increments now (asynchronously). */
    void flush();
    /** Writes pending increments and waits: at shutdown. */
    void flushSync();

Q_SIGNALS:
    /** Counters changed; at most once a second. */
    void changed();

private:
    QDate currentDay() const;
    void rollOver();

    Store &m_store;
    const Core::Clock &m_clock;
    QDate m_day;
    QHash<QString, quint64> m_today;
    QHash<QString, QHash<QString, quint64>> m_pending; // day -> counter -> amount
    QTimer m_flushTimer;
    QTimer m_announceTimer;
};

} // namespace Doorstep::Store

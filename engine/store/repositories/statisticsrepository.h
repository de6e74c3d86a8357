#pragma once

#include <QHash>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Store {

class Database;

/** Daily counters: (day "YYYY-MM-DD", counter) to a value. */
class StatisticsRepository final
{
public:
    explicit StatisticsRepository(Database &db) : m_db(db) {}

    /** Adds @p deltas (day -> counter -> amount) in one transaction. */
    Core::Result<void> add(const QHash<QString, QHash<QString, quint64>> &deltas);
    /** Every stored value for days from @p firstDay to @p lastDay inclusive. */
    Core::Result<QHash<QString, QHash<QString, quint64>>> range(const QString &firstDay, const QString &lastDay);

private:
    Database &m_db;
};

} // namespace Doorstep::Store

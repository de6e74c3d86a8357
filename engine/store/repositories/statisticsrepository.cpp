#include "engine/store/repositories/statisticsrepository.h"

#include "engine/store/database.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Result;

Result<void> StatisticsRepository::add(const QHash<QString, QHash<QString, quint64>> &deltas)
{
    return m_db.transaction<void>([&]() -> Result<void> {
        for (auto day = deltas.cbegin(); day != deltas.cend(); ++day) {
            for (auto counter = day->cbegin(); counter != day->cend(); ++counter) {
                if (auto done = m_db.exec(u"INSERT INTO statistics_daily (day, counter, value) VALUES (?, ?, ?) "
                                          "ON CONFLICT (day, counter) DO UPDATE SET value = value + excluded.value"_s,
                                          {day.key(), counter.key(), qlonglong(counter.value())});
                    !done)
                    return done;
            }
        }
        return {};
    });
}

Result<QHash<QString, QHash<QString, quint64>>> StatisticsRepository::range(const QString &firstDay, const QString &lastDay)
{
    auto q = m_db.query(u"SELECT day, counter, value FROM statistics_daily WHERE day BETWEEN ? AND ?"_s, {firstDay, lastDay});
    if (!q)
        return q.error();
    QHash<QString, QHash<QString, quint64>> values;
    while (q.value().next())
        values[q.value().value(0).toString()][q.value().value(1).toString()] = q.value().value(2).toULongLong();
    return values;
}

} // namespace Doorstep::Store

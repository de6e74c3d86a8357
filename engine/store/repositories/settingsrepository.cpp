#include "engine/store/repositories/settingsrepository.h"

#include "engine/store/database.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Result;

Result<QHash<QString, QByteArray>> SettingsRepository::loadAll()
{
    auto q = m_db.query(u"SELECT key, value FROM settings"_s);
    if (!q)
        return q.error();
    QHash<QString, QByteArray> values;
    while (q.value().next())
        values.insert(q.value().value(0).toString(), q.value().value(1).toString().toUtf8());
    return values;
}

Result<void> SettingsRepository::put(const QString &key, const QByteArray &value, quint64 nowUsec)
{
    return m_db.exec(u"INSERT INTO settings (key, value, changed_usec) VALUES (?, ?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value, changed_usec = excluded.changed_usec"_s,
                     {key, QString::fromUtf8(value), qlonglong(nowUsec)});
}

} // namespace Doorstep::Store

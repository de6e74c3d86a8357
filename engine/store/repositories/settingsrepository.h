#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Store {

class Database;

/** The stored (non-default) settings: key to its JSON text. */
class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    Core::Result<QHash<QString, QByteArray>> loadAll();
    Core::Result<void> put(const QString &key, const QByteArray &value, quint64 nowUsec);

private:
    Database &m_db;
};

} // namespace Doorstep::Store

#pragma once

#include <optional>

#include <QStringList>

#include "engine/core/result.h"

namespace Doorstep::Store {

class Database;

/** The local domains (sendmail's local-host-names). Names are normalized on the way in. */
class DomainRepository final
{
public:
    explicit DomainRepository(Database &db) : m_db(db) {}

    Core::Result<QStringList> list();
    /** Adds a domain; returns its normalized name. */
    Core::Result<QString> add(const QString &name, quint64 nowUsec);
    /** Removes a domain that has no users or aliases left; returns its normalized name. */
    Core::Result<QString> remove(const QString &name);
    /** The row id of a local domain (already normalized), or nullopt. */
    Core::Result<std::optional<qint64>> idOf(const QString &normalizedName);

private:
    Database &m_db;
};

} // namespace Doorstep::Store

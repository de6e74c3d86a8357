#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "engine/core/result.h"

namespace Doorstep::Store {

class Database;

/** One numbered schema step: store/migrations/NNNN_name.sql. */
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

/**
 * Forward-only schema migrations, applied at start in one transaction per step and recorded
 * in the table schema_migrations. A database newer than this program is refused.
 */
class Migrations final
{
public:
    /** Every migration compiled into the program, in version order. */
    static QList<Migration> all();
    /** The highest version this program knows. */
    static int latestVersion();

    /** The version of @p db (0 for an empty database). */
    static Core::Result<int> currentVersion(Database &db);

    /** Applies every missing step up to @p target (default: the latest). */
    static Core::Result<void> migrate(Database &db, int target = -1);

    /** Splits a migration into statements (a CREATE TRIGGER body stays whole). */
    static QStringList statements(const QString &sql);
};

} // namespace Doorstep::Store

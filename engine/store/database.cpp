#include "engine/store/database.h"

#include <QSqlError>

#include "engine/store/log.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    if (!db.isValid())
        return Error::failed(u"Qt's SQLite driver (QSQLITE) is not available: install libqt6sql6-sqlite."_s);
    db.setDatabaseName(path);
    // The driver's own busy handler; the pragma below repeats it for clarity.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        const QString message = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Error::failed(u"Cannot open the database '%1': %2."_s.arg(path, message));
    }
    std::unique_ptr<Database> database(new Database(db, path));
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 5000"_s}) {
        if (auto done = database->exec(pragma); !done)
            return done.error();
    }
    auto mode = database->query(u"PRAGMA journal_mode"_s);
    if (!mode)
        return mode.error();
    if (!mode.value().next() || mode.value().value(0).toString().toLower() != u"wal"_s)
        return Error::failed(u"The database '%1' cannot use write-ahead logging (is it on a network file system?)."_s.arg(path));
    return database;
}

Database::Database(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlQuery> Database::query(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error::failed(u"Database error while preparing '%1': %2."_s.arg(sql.simplified(), q.lastError().text()));
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcStore).noquote() << "statement failed:" << sql.simplified() << q.lastError().text();
        return Error::failed(u"Database error: %1."_s.arg(q.lastError().text()));
    }
    return q;
}

Result<void> Database::exec(const QString &sql, const QVariantList &bindings)
{
    auto q = query(sql, bindings);
    if (!q)
        return q.error();
    return {};
}

Result<void> Database::begin()
{
    // IMMEDIATE takes the write lock at once, so two writers never deadlock on an upgrade.
    return exec(u"BEGIN IMMEDIATE"_s);
}

Result<void> Database::commit()
{
    return exec(u"COMMIT"_s);
}

void Database::rollback()
{
    if (auto done = exec(u"ROLLBACK"_s); !done)
        qCWarning(lcStore).noquote() << "rollback failed, ignoring:" << done.error().message;
}

} // namespace Doorstep::Store

#pragma once

#include <memory>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include "engine/core/result.h"

namespace Doorstep::Store {

/**
 * One connection to the engine's SQLite database through Qt SQL's SQLite driver, with the
 * pragmas every connection needs: WAL, foreign keys, a busy timeout and full fsync on commit
 * (a Settings.Set reply means the value is on disk). A connection belongs to the thread that
 * opened it.
 */
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    static Core::Result<std::unique_ptr<Database>> open(const QString &path, const QString &connectionName);
    ~Database();

    const QString &path() const { return m_path; }

    /** Runs one statement; the error sentence includes SQLite's message. */
    Core::Result<void> exec(const QString &sql, const QVariantList &bindings = {});
    /** Runs one statement and returns the active query positioned before the first row. */
    Core::Result<QSqlQuery> query(const QString &sql, const QVariantList &bindings = {});

    Core::Result<void> begin();
    Core::Result<void> commit();
    void rollback();

    /**
     * Runs @p body inside one transaction: committed when it returns a success, rolled back
     * otherwise. Nothing is ever half-written.
     */
    template <typename T, typename Body>
    Core::Result<T> transaction(Body &&body)
    {
        if (auto started = begin(); !started)
            return started.error();
        Core::Result<T> result = body();
        if (!result.ok()) {
            rollback();
            return result;
        }
        if (auto committed = commit(); !committed) {
            rollback();
            return committed.error();
        }
        return result;
    }

private:
    Database(QSqlDatabase db, QString path);

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace Doorstep::Store

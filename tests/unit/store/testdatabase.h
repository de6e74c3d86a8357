#pragma once

#include <memory>

#include <QTemporaryDir>
#include <QTest>

#include "engine/store/database.h"
#include "engine/store/migrations.h"

namespace Doorstep::Tests {

/** A migrated database in a temporary directory, for repository tests. */
class TestDatabase final
{
public:
    explicit TestDatabase(bool migrate = true)
    {
        static int counter = 0;
        auto db = Store::Database::open(m_dir.filePath(QStringLiteral("doorstep.db")), QStringLiteral("test-%1").arg(++counter));
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error().message));
        m_db = std::move(db).value();
        if (migrate) {
            if (auto done = Store::Migrations::migrate(*m_db); !done)
                qFatal("cannot migrate the test database: %s", qPrintable(done.error().message));
        }
    }

    Store::Database &db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("doorstep.db")); }

    /** The single value a query returns (for assertions). */
    QVariant scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto q = m_db->query(sql, bindings);
        if (!q || !q.value().next())
            return {};
        return q.value().value(0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Database> m_db;
};

} // namespace Doorstep::Tests

#include <QDir>
#include <QFile>
#include <QTest>

#include "engine/store/database.h"
#include "engine/store/migrations.h"
#include "tests/unit/store/testdatabase.h"
#include "tests/unit/store/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Store;
using Doorstep::Tests::TestDatabase;

namespace {

// Runs the statements of tests/unit/store/data/<name>; every SELECT must return 1.
void runDataFile(TestDatabase &t, const QString &name)
{
    QFile file(QDir(QStringLiteral(DOORSTEP_UNIT_STORE_DATA)).filePath(name));
    if (!file.exists())
        return;
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
    for (const QString &statement : Migrations::statements(QString::fromUtf8(file.readAll()))) {
        if (statement.startsWith(u"SELECT"_s, Qt::CaseInsensitive)) {
            const QVariant value = t.scalar(statement);
            QVERIFY2(value.toInt() == 1, qPrintable(u"%1: got %2, want 1 for: %3"_s.arg(name, value.toString(), statement)));
        } else {
            const auto done = t.db().exec(statement);
            QVERIFY2(done.ok(), qPrintable(u"%1: %2"_s.arg(name, done.ok() ? QString() : done.error().message)));
        }
    }
}

} // namespace

void TestMigrations::pragmasAreSet()
{
    TestDatabase t;
    QCOMPARE(t.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(t.scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(t.scalar(u"PRAGMA busy_timeout"_s).toInt(), 5000);
    QCOMPARE(t.scalar(u"PRAGMA synchronous"_s).toInt(), 2); // FULL
}

void TestMigrations::fromEmpty()
{
    TestDatabase t(false);
    QCOMPARE(Migrations::currentVersion(t.db()).value(), 0);
    QVERIFY(Migrations::migrate(t.db()).ok());
    QCOMPARE(Migrations::currentVersion(t.db()).value(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 1);
    QCOMPARE(t.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QVERIFY(!t.db().query(u"PRAGMA foreign_key_check"_s).value().next());
    // Foreign keys are enforced: a user needs a domain.
    QVERIFY(!t.db().exec(u"INSERT INTO users (domain_id, local_part, password_hash, created_usec, password_changed_usec) "
                         "VALUES (42, 'x', '$y$', 0, 0)"_s)
                 .ok());
}

void TestMigrations::eachMigrationFromPrevious_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("previous");
    // Numbers may have gaps while branches that each took one are merged: the previous schema
    // is the previous migration's.
    int previous = 0;
    for (const Migration &m : Migrations::all()) {
        QTest::newRow(qPrintable(u"%1_%2"_s.arg(m.version, 4, 10, QChar(u'0')).arg(m.name))) << m.version << previous;
        previous = m.version;
    }
}

void TestMigrations::eachMigrationFromPrevious()
{
    QFETCH(int, version);
    QFETCH(int, previous);
    TestDatabase t(false);
    QVERIFY(Migrations::migrate(t.db(), previous).ok());
    QCOMPARE(Migrations::currentVersion(t.db()).value(), previous);
    const QString number = u"%1"_s.arg(version, 4, 10, QChar(u'0'));
    runDataFile(t, u"before_%1.sql"_s.arg(number)); // rows as the previous schema held them
    const auto migrated = Migrations::migrate(t.db(), version);
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
    QCOMPARE(Migrations::currentVersion(t.db()).value(), version);
    runDataFile(t, u"check_%1.sql"_s.arg(number)); // the rows survived, the new schema works
    QCOMPARE(t.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void TestMigrations::migrateTwiceIsANoOp()
{
    TestDatabase t;
    const int applied = t.scalar(u"SELECT COUNT(*) FROM schema_migrations"_s).toInt();
    QVERIFY(Migrations::migrate(t.db()).ok());
    QCOMPARE(t.scalar(u"SELECT COUNT(*) FROM schema_migrations"_s).toInt(), applied);
}

void TestMigrations::refusesNewerSchema()
{
    TestDatabase t;
    QVERIFY(t.db().exec(u"INSERT INTO schema_migrations (version, name, applied_usec) VALUES (?, 'future', 0)"_s,
                        {Migrations::latestVersion() + 1})
                .ok());
    const auto result = Migrations::migrate(t.db());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"newer"_s), qPrintable(result.error().message));
}

void TestMigrations::transactionRollsBackOnError()
{
    TestDatabase t;
    const auto result = t.db().transaction<void>([&]() -> Doorstep::Core::Result<void> {
        if (auto done = t.db().exec(u"INSERT INTO domains (name, created_usec) VALUES ('rolled.back', 0)"_s); !done)
            return done;
        return Doorstep::Core::Error::failed(u"second step failed"_s);
    });
    QVERIFY(!result.ok());
    QCOMPARE(t.scalar(u"SELECT COUNT(*) FROM domains WHERE name = 'rolled.back'"_s).toInt(), 0);
}

void TestMigrations::statementsKeepTriggerBodies()
{
    const QStringList statements = Migrations::statements(
        u"-- comment\nCREATE TABLE a (x INTEGER);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = 1;\n  DELETE FROM a WHERE x = 2;\nEND;\nSELECT 1;\n"_s);
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements[1].startsWith(u"CREATE TRIGGER"_s));
    QVERIFY(statements[1].endsWith(u"END;"_s));
    QVERIFY(statements[1].contains(u"DELETE FROM a"_s));
}

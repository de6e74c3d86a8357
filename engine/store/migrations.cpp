#include "engine/store/migrations.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "engine/core/clock.h"
#include "engine/store/database.h"
#include "engine/store/log.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

QList<Migration> Migrations::all()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
        const QDir dir(u":/doorstep/migrations"_s);
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
        }
        std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return list;
    }();
    return migrations;
}

int Migrations::latestVersion()
{
    const auto list = all();
    return list.isEmpty() ? 0 : list.last().version;
}

QStringList Migrations::statements(const QString &sql)
{
    QStringList result;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(u'\n');
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        const qsizetype comment = line.indexOf(u"--"_s);
        if (comment >= 0)
            line.truncate(comment);
        if (line.trimmed().isEmpty())
            continue;
        current += line + u'\n';
        if (line.contains(u"CREATE TRIGGER"_s, Qt::CaseInsensitive))
            inTrigger = true;
        const QString trimmed = line.trimmed();
        const bool ends = inTrigger ? trimmed.compare(u"END;"_s, Qt::CaseInsensitive) == 0 : trimmed.endsWith(u';');
        if (ends) {
            result << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

Result<int> Migrations::currentVersion(Database &db)
{
    if (auto created = db.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                               "version INTEGER PRIMARY KEY NOT NULL, "
                               "name TEXT NOT NULL, "
                               "applied_usec INTEGER NOT NULL)"_s);
        !created)
        return created.error();
    auto q = db.query(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Result<void> Migrations::migrate(Database &db, int target)
{
    const int latest = latestVersion();
    if (target < 0)
        target = latest;
    const auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latest)
        return Error::failed(u"The database '%1' has schema version %2, newer than this doorstepd knows (%3): run a newer Doorstep."_s
                                 .arg(db.path())
                                 .arg(current.value())
                                 .arg(latest));
    for (const Migration &m : all()) {
        if (m.version <= current.value() || m.version > target)
            continue;
        qCInfo(lcStore).noquote() << "applying schema migration" << m.version << m.name;
        auto applied = db.transaction<bool>([&]() -> Result<bool> {
            for (const QString &statement : statements(m.sql)) {
                if (auto done = db.exec(statement); !done)
                    return Error::failed(u"Schema migration %1 (%2) failed: %3"_s.arg(m.version).arg(m.name, done.error().message));
            }
            if (auto done = db.exec(u"INSERT INTO schema_migrations (version, name, applied_usec) VALUES (?, ?, ?)"_s,
                                    {m.version, m.name, qlonglong(Core::Clock::system().nowUsec())});
                !done)
                return done.error();
            return true;
        });
        if (!applied)
            return applied.error();
    }
    return {};
}

} // namespace Doorstep::Store

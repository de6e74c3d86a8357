#include "engine/store/storeworker.h"

#include "engine/store/database.h"
#include "engine/store/log.h"
#include "engine/store/migrations.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;

StoreWorker::StoreWorker() = default;
StoreWorker::~StoreWorker() = default;

Core::Result<void> StoreWorker::open(const QString &path)
{
    auto database = Database::open(path, u"doorstep-store-writer"_s);
    if (!database)
        return database.error();
    m_database = std::move(database).value();
    return Migrations::migrate(*m_database);
}

void StoreWorker::close()
{
    m_database.reset();
}

void StoreWorker::execute(const std::function<void(Database &)> &job)
{
    if (!m_database) {
        qCWarning(lcStore) << "a store job arrived after the database was closed, ignoring";
        return;
    }
    job(*m_database);
}

} // namespace Doorstep::Store

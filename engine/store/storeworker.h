#pragma once

#include <functional>
#include <memory>

#include <QObject>

#include "engine/core/result.h"

namespace Doorstep::Store {

class Database;

/** The object living in the store's thread: owns that thread's database connection. */
class StoreWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWorker)

public:
    StoreWorker();
    ~StoreWorker() override;

    /** Opens the connection and migrates; called in the worker thread. */
    Core::Result<void> open(const QString &path);
    void close();
    void execute(const std::function<void(Database &)> &job);

private:
    std::unique_ptr<Database> m_database;
};

} // namespace Doorstep::Store

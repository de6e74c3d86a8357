#pragma once

#include <functional>
#include <memory>
#include <type_traits>

#include <QObject>
#include <QPointer>
#include <QThread>

#include "engine/core/result.h"
#include "engine/store/database.h"

namespace Doorstep::Store {

class StoreWorker;

/**
 * The engine's SQLite database, owned by a writer thread of its own so that no commit (and
 * its fsync) ever runs on the event loop. Work goes in as a job that receives the thread's
 * Database; its Result comes back on the caller's thread. Jobs run one at a time, in the
 * order they were submitted.
 */
class Store final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Store)

public:
    /** Opens (creating when absent) DATA/doorstep.db and applies the schema migrations. */
    static Core::Result<std::unique_ptr<Store>> open(const QString &path);
    ~Store() override;

    const QString &path() const { return m_path; }

    /**
     * Runs @p job (Result<T>(Database &)) on the writer thread, then @p done(Result<T>) on
     * this thread, unless @p context has been destroyed meanwhile.
     */
    template <typename Job, typename Done>
    void run(QObject *context, Job job, Done done)
    {
        using R = std::invoke_result_t<Job &, Database &>;
        QPointer<QObject> guard(context);
        post([this, guard, job = std::move(job), done = std::move(done)](Database &db) mutable {
            auto result = std::make_shared<R>(job(db));
            QMetaObject::invokeMethod(
                this,
                [guard, done = std::move(done), result]() mutable {
                    if (guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    /** Runs @p job on the writer thread and waits for it: for start-up and tests only. */
    template <typename Job>
    auto runSync(Job job) -> std::invoke_result_t<Job &, Database &>
    {
        using R = std::invoke_result_t<Job &, Database &>;
        std::optional<R> result;
        postBlocking([&](Database &db) { result.emplace(job(db)); });
        return std::move(*result);
    }

private:
    explicit Store(QString path);
    void post(std::function<void(Database &)> job);
    void postBlocking(const std::function<void(Database &)> &job);

    QString m_path;
    QThread m_thread;
    StoreWorker *m_worker = nullptr; // lives in m_thread; deleted when it finishes
};

} // namespace Doorstep::Store

#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QString>

#include "engine/core/result.h"
#include "engine/store/repositories/queuerepository.h"

namespace Doorstep::Core {
class Clock;
}
namespace Doorstep::Store {
class Store;
}

namespace Doorstep::Queue {

class SpoolFile;

/**
 * The durable queue's files: DATA/spool/queue/<id>, one per message, written as the client
 * sends it. commit() makes a message durable and only then calls back (the 250 waits for it):
 * the file's data is fdatasync'd, the directory fsync'd, and the queue row committed with
 * synchronous=FULL. Commits of concurrent sessions are grouped: while one batch runs on the
 * store thread the next collects, so N messages share one directory sync and one SQLite
 * commit (group commit).
 *
 * Invariant: a queue row exists exactly for messages that were acknowledged, and its file is
 * on disk. At start, files without a row (never acknowledged) are removed; rows without a file
 * are reported (Spool::open's missing list) and never silently dropped.
 */
class Spool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Spool)

public:
    struct Recovery
    {
        int orphansRemoved = 0;
        QStringList missingFiles; // queue ids whose spool file is gone
    };

    static Core::Result<std::unique_ptr<Spool>> open(const QString &dataDirectory, Store::Store &store, const Core::Clock &clock,
                                                     Recovery *recovery = nullptr);
    ~Spool() override;

    /** A new, empty spool file with a fresh queue id. */
    Core::Result<std::unique_ptr<SpoolFile>> create();

    /**
     * Makes @p file and @p envelope (whose id and size it fills in) durable, then calls @p done
     * on this thread, unless @p context is gone. On failure nothing is queued.
     */
    void commit(std::unique_ptr<SpoolFile> file, Store::QueuedMessage envelope, QObject *context,
                std::function<void(Core::Result<void>)> done);

    QString path(const QString &id) const;
    /** Removes the file of a message whose row is gone (delivered, removed). */
    void removeFile(const QString &id);

    /** Free bytes on the file system of the spool. */
    quint64 freeBytes() const;

    /** Messages committed in one batch at most (the rest wait for the next). */
    static constexpr int kMaxBatch = 256;
    /** Spool files synced at once. */
    static constexpr int kSyncThreads = 8;

Q_SIGNALS:
    /** A message was committed: it is in the queue and due at once. */
    void enqueued(const QString &id);

private:
    struct Pending
    {
        std::unique_ptr<SpoolFile> file;
        Store::QueuedMessage envelope;
        QPointer<QObject> context;
        std::function<void(Core::Result<void>)> done;
        Core::Result<void> synced; // the file's own fdatasync, done before the batch
    };

    Spool(QString queueDirectory, Store::Store &store, const Core::Clock &clock);
    void startBatch();

    QString m_queueDirectory;
    int m_directoryFd = -1;
    Store::Store &m_store;
    const Core::Clock &m_clock;
    std::vector<Pending> m_pending;
    bool m_batchInFlight = false;
    QThreadPool m_syncPool; // file syncs run side by side: the file system merges them
};

} // namespace Doorstep::Queue

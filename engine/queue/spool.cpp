#include "engine/queue/spool.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QSet>

#include "engine/core/clock.h"
#include "engine/queue/log.h"
#include "engine/queue/queueid.h"
#include "engine/queue/spoolfile.h"
#include "engine/store/store.h"

namespace Doorstep::Queue {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

Spool::Spool(QString queueDirectory, Store::Store &store, const Core::Clock &clock)
    : m_queueDirectory(std::move(queueDirectory))
    , m_store(store)
    , m_clock(clock)
{
    m_syncPool.setMaxThreadCount(kSyncThreads);
    m_syncPool.setObjectName(u"doorstep-spool-sync"_s);
}

Spool::~Spool()
{
    // A batch on the store thread still uses the directory descriptor: let it end first. Its
    // files are already marked committed there, so none is removed below a committed row.
    m_syncPool.waitForDone();
    if (m_batchInFlight)
        [[maybe_unused]] const auto drained = m_store.runSync([](Store::Database &) -> Result<bool> { return true; });
    if (m_directoryFd >= 0)
        ::close(m_directoryFd);
}

Result<std::unique_ptr<Spool>> Spool::open(const QString &dataDirectory, Store::Store &store, const Core::Clock &clock, Recovery *recovery)
{
    const QString directory = QDir(dataDirectory).filePath(u"spool/queue"_s);
    if (!QDir().mkpath(directory))
        return Error::failed(u"cannot create the spool directory '%1'"_s.arg(directory));
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    std::unique_ptr<Spool> spool(new Spool(directory, store, clock));
    spool->m_directoryFd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (spool->m_directoryFd < 0)
        return Error::failed(u"cannot open the spool directory '%1': %2"_s.arg(directory, errnoText(errno)));

    // Files without a row were never acknowledged: a crash interrupted their session.
    const auto ids = store.runSync([](Store::Database &db) { return Store::QueueRepository(db).allIds(); });
    if (!ids)
        return ids.error();
    const QSet<QString> queued(ids.value().cbegin(), ids.value().cend());
    Recovery found;
    const QDir dir(directory);
    for (const QString &file : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (!queued.contains(file)) {
            QFile::remove(dir.filePath(file));
            ++found.orphansRemoved;
        }
    }
    for (const QString &id : ids.value()) {
        if (!QFile::exists(dir.filePath(id)))
            found.missingFiles << id;
    }
    if (found.orphansRemoved > 0)
        qCInfo(lcQueue) << "removed" << found.orphansRemoved << "unacknowledged spool file(s) left by an interrupted session";
    if (recovery)
        *recovery = found;
    return spool;
}

QString Spool::path(const QString &id) const
{
    return QDir(m_queueDirectory).filePath(id);
}

Result<std::unique_ptr<SpoolFile>> Spool::create()
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString id = newQueueId(m_clock.nowUsec());
        const QString file = path(id);
        const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            return std::unique_ptr<SpoolFile>(new SpoolFile(id, file, fd));
        if (errno != EEXIST)
            return Error::failed(u"Cannot create a spool file: %1."_s.arg(errnoText(errno)));
    }
    return Error::failed(u"Cannot create a spool file: no free queue id."_s);
}

void Spool::removeFile(const QString &id)
{
    if (isQueueId(id))
        QFile::remove(path(id));
}

quint64 Spool::freeBytes() const
{
    struct statvfs info {};
    if (::fstatvfs(m_directoryFd, &info) != 0)
        return std::numeric_limits<quint64>::max();
    return quint64(info.f_bavail) * quint64(info.f_frsize);
}

void Spool::commit(std::unique_ptr<SpoolFile> file, Store::QueuedMessage envelope, QObject *context,
                   std::function<void(Result<void>)> done)
{
    envelope.id = file->id();
    envelope.size = file->size();
    // First the file's data, on a pool, in parallel with other sessions' files (one journal
    // commit of the file system serves many); then the batch: directory, rows.
    auto item = std::make_shared<Pending>(Pending{std::move(file), std::move(envelope), QPointer<QObject>(context), std::move(done), {}});
    m_syncPool.start([this, item] {
        SpoolFile &f = *item->file;
        if (f.m_failed)
            item->synced = Error::failed(u"Cannot write the message to disk."_s);
        else if (::fdatasync(f.m_fd) != 0)
            item->synced = Error::failed(u"Cannot sync the message to disk: %1."_s.arg(errnoText(errno)));
        QMetaObject::invokeMethod(
            this,
            [this, item] {
                m_pending.push_back(std::move(*item));
                if (!m_batchInFlight)
                    startBatch();
            },
            Qt::QueuedConnection);
    });
}

void Spool::startBatch()
{
    if (m_pending.empty())
        return;
    m_batchInFlight = true;
    auto batch = std::make_shared<std::vector<Pending>>();
    const size_t count = std::min(m_pending.size(), size_t(kMaxBatch));
    std::move(m_pending.begin(), m_pending.begin() + qsizetype(count), std::back_inserter(*batch));
    m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(count));
    const int directoryFd = m_directoryFd;

    // On the store thread (each file's data is already synced): the directory once, then one
    // transaction for every row of the batch. Per item: its own result.
    m_store.run(
        this,
        [batch, directoryFd](Store::Database &db) -> Result<std::vector<Result<void>>> {
            std::vector<Result<void>> results(batch->size());
            for (size_t i = 0; i < batch->size(); ++i)
                results[i] = (*batch)[i].synced;
            if (::fsync(directoryFd) != 0) {
                const Error failed = Error::failed(u"Cannot sync the spool directory: %1."_s.arg(errnoText(errno)));
                for (auto &r : results)
                    r = failed;
                return results;
            }
            auto committed = db.transaction<void>([&]() -> Result<void> {
                Store::QueueRepository queue(db);
                for (size_t i = 0; i < batch->size(); ++i) {
                    if (!results[i].ok())
                        continue;
                    if (auto inserted = queue.insert((*batch)[i].envelope); !inserted)
                        return inserted;
                }
                return {};
            });
            if (!committed) {
                for (auto &r : results)
                    if (r.ok())
                        r = committed.error();
            } else {
                // Marked here, not in the reply: if the spool is gone before the reply comes
                // back (shutdown), the files of committed rows must stay.
                for (size_t i = 0; i < batch->size(); ++i)
                    if (results[i].ok())
                        (*batch)[i].file->m_committed = true;
            }
            return results;
        },
        [this, batch](Result<std::vector<Result<void>>> outcome) {
            const std::vector<Result<void>> &results = outcome.value();
            for (size_t i = 0; i < batch->size(); ++i) {
                Pending &item = (*batch)[i];
                if (results[i].ok()) {
                    item.file->m_committed = true;
                    qCInfo(lcQueue).noquote() << item.envelope.id << "queued, from" << (item.envelope.sender.isEmpty() ? u"<>"_s : item.envelope.sender)
                                              << item.envelope.size << "bytes," << item.envelope.recipients.size() << "recipient(s)";
                } else {
                    qCWarning(lcQueue).noquote() << item.envelope.id << "not queued:" << results[i].error().message;
                }
                const QString id = item.envelope.id;
                const bool ok = results[i].ok();
                item.file.reset(); // closes; removes the file unless committed
                if (item.context)
                    item.done(results[i]);
                if (ok)
                    Q_EMIT enqueued(id);
            }
            m_batchInFlight = false;
            startBatch();
        });
}

} // namespace Doorstep::Queue

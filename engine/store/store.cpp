#include "engine/store/store.h"

#include "engine/store/log.h"
#include "engine/store/storeworker.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Result;

Store::Store(QString path)
    : m_path(std::move(path))
{
    m_thread.setObjectName(u"doorstep-store"_s);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path)
{
    std::unique_ptr<Store> store(new Store(path));
    store->m_worker = new StoreWorker;
    store->m_worker->moveToThread(&store->m_thread);
    connect(&store->m_thread, &QThread::finished, store->m_worker, &QObject::deleteLater);
    store->m_thread.start();

    Result<void> opened;
    QMetaObject::invokeMethod(
        store->m_worker, [&] { opened = store->m_worker->open(path); }, Qt::BlockingQueuedConnection);
    if (!opened)
        return opened.error();
    return store;
}

Store::~Store()
{
    // Finish every job already submitted, close the connection in its own thread, then stop.
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void Store::post(std::function<void(Database &)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->execute(job); }, Qt::QueuedConnection);
}

void Store::postBlocking(const std::function<void(Database &)> &job)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, &job] { worker->execute(job); }, Qt::BlockingQueuedConnection);
}

} // namespace Doorstep::Store

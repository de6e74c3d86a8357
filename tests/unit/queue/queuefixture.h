#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/queue/spool.h"
#include "engine/queue/spoolfile.h"
#include "engine/store/repositories/queuerepository.h"
#include "engine/store/store.h"

namespace Doorstep::Tests {

/** A store and a spool in a temporary data directory. */
class SpoolFixture
{
public:
    explicit SpoolFixture(const Core::Clock &clock = Core::Clock::system())
        : m_clock(clock)
    {
        auto opened = Store::Store::open(dir.filePath(QStringLiteral("doorstep.db")));
        if (!opened)
            qFatal("cannot open the store: %s", qPrintable(opened.error().message));
        store = std::move(opened).value();
    }

    bool openSpool()
    {
        spool.reset();
        auto opened = Queue::Spool::open(dir.path(), *store, m_clock, &recovery);
        if (!opened) {
            qWarning("cannot open the spool: %s", qPrintable(opened.error().message));
            return false;
        }
        spool = std::move(opened).value();
        return true;
    }

    QString queueDirectory() const { return dir.filePath(QStringLiteral("spool/queue")); }

    /** The queue row of @p id as the store has it now. */
    std::optional<Store::QueuedMessage> row(const QString &id)
    {
        auto found = store->runSync([&](Store::Database &db) { return Store::QueueRepository(db).get(id); });
        if (!found) {
            qWarning("cannot read the queue: %s", qPrintable(found.error().message));
            return std::nullopt;
        }
        return found.value();
    }

    QStringList rowIds()
    {
        auto ids = store->runSync([](Store::Database &db) { return Store::QueueRepository(db).allIds(); });
        return ids ? ids.value() : QStringList{QStringLiteral("(error)")};
    }

    /** Runs the event loop and the store thread until neither has work left from before. */
    void settle(int rounds = 6)
    {
        for (int i = 0; i < rounds; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            const auto drained = store->runSync([](Store::Database &) { return Core::Result<bool>(true); });
            Q_UNUSED(drained)
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    /** Writes a message and commits it; returns its id once the commit called back ("" on failure). */
    QString enqueue(Store::QueuedMessage envelope, const QByteArray &content = "Subject: test\r\n\r\nbody\r\n")
    {
        auto file = spool->create();
        if (!file) {
            qWarning("cannot create a spool file: %s", qPrintable(file.error().message));
            return {};
        }
        if (auto written = file.value()->write(content); !written)
            return {};
        const QString id = file.value()->id();
        std::optional<Core::Result<void>> committed;
        QObject context;
        spool->commit(std::move(file).value(), std::move(envelope), &context, [&](Core::Result<void> r) { committed.emplace(r); });
        if (!QTest::qWaitFor([&] { return committed.has_value(); }, 10000) || !committed->ok())
            return {};
        return id;
    }

    static Store::QueuedRecipient recipient(int position, const QString &address, bool local = true)
    {
        Store::QueuedRecipient r;
        r.position = position;
        r.original = address;
        r.address = address;
        r.local = local;
        return r;
    }

    QTemporaryDir dir;
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Queue::Spool> spool;
    Queue::Spool::Recovery recovery;

private:
    const Core::Clock &m_clock;
};

} // namespace Doorstep::Tests

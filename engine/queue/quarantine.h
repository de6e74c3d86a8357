#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include "engine/core/result.h"
#include "engine/store/repositories/queuerepository.h"

namespace Doorstep::Core {
class Clock;
}

namespace Doorstep::Queue {

class Spool;
class SpoolFile;

/** A message kept in the quarantine. */
struct QuarantinedMessage
{
    /** The queue id it had when it arrived; the quarantine's key. */
    QString id;
    /** Sender, recipients (as they were resolved at RCPT), client, ... as the queue would have had them. */
    Store::QueuedMessage envelope;
    /** Why it is kept: "virus Eicar-Test-Signature". */
    QString reason;
    quint64 quarantinedUsec = 0;
};

/**
 * Messages accepted (250) but never delivered: DATA/quarantine/<id> holds the message as
 * received, <id>.json its envelope and why it is there. Nobody reads it by default;
 * Filters.ListQuarantine lists it, ReleaseQuarantined queues a message for its original
 * recipients (through the Spool, like any message) and DeleteQuarantined removes it.
 *
 * Durability matches the queue's: keep() syncs the message, writes the envelope through a
 * synced temporary file and syncs the directory before it calls back, so the 250 comes after
 * the message is safe. A message without its envelope file was never acknowledged and is
 * removed at start. File work runs on one thread of its own, off the event loop.
 */
class Quarantine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Quarantine)

public:
    static Core::Result<std::unique_ptr<Quarantine>> open(const QString &dataDirectory, Spool &spool, const Core::Clock &clock);
    ~Quarantine() override;

    QString directory() const { return m_directory; }

    /** Moves the uncommitted @p file into the quarantine with @p envelope; @p done once it is durable. */
    void keep(std::unique_ptr<SpoolFile> file, const Store::QueuedMessage &envelope, const QString &reason, QObject *context,
              std::function<void(Core::Result<void>)> done);
    /** Every quarantined message, oldest first. */
    void list(QObject *context, std::function<void(Core::Result<QList<QuarantinedMessage>>)> done);
    /** Queues @p id for its recipients and removes it from the quarantine; @p done gets the new queue id. NotFound when absent. */
    void release(const QString &id, QObject *context, std::function<void(Core::Result<QString>)> done);
    /** Deletes @p id for good; NotFound when absent. */
    void remove(const QString &id, QObject *context, std::function<void(Core::Result<void>)> done);

private:
    Quarantine(QString directory, Spool &spool, const Core::Clock &clock);
    /** Runs @p job on the quarantine's thread, then @p done on the event loop unless @p context is gone. */
    template <typename T>
    void inThread(QObject *context, std::function<T()> job, std::function<void(T)> done);
    /** NotFound/Failed(busy) for an id that cannot be worked on now, else marks it busy. */
    Core::Result<void> claim(const QString &id);

    QString m_directory;
    Spool &m_spool;
    const Core::Clock &m_clock;
    QThreadPool m_thread;
    QSet<QString> m_busy; // ids being released or removed
};

} // namespace Doorstep::Queue

#pragma once

#include <functional>

#include <QList>
#include <QObject>

#include "engine/core/result.h"
#include "engine/store/repositories/queuerepository.h"

namespace Doorstep::Core {
class Clock;
}
namespace Doorstep::Store {
class Settings;
}

namespace Doorstep::Queue {

class Spool;

/**
 * Tells senders what became of their mail: a bounce (RFC 3464 report, "failed") when
 * recipients are given up, a delay warning ("delayed") once when a message has waited
 * `queue.warn_after`. The report is queued like any message, from the null sender, to the
 * original sender: so it is never answered by another report (RFC 5321 4.5.5), and messages
 * that are themselves reports or auto-replies get none (no loops).
 */
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    /** Where a report to @p address goes: local users (after aliases) or the remote address. */
    using ResolveRecipient = std::function<QList<Store::QueuedRecipient>(const QString &address)>;

    enum class Kind { Failed, Delayed };

    Notifier(Spool &spool, const Store::Settings &settings, const Core::Clock &clock, ResolveRecipient resolve, QObject *parent = nullptr);

    /**
     * Queues a report about @p recipients (with their last errors) of @p message; @p done gets
     * the report's queue id, "" when none was due (null sender, a report itself, nowhere to
     * send it), or an error.
     */
    void notify(const Store::QueuedMessage &message, const QList<Store::QueuedRecipient> &recipients, Kind kind,
                std::function<void(Core::Result<QString>)> done);

private:
    void enqueue(const Store::QueuedMessage &message, const QByteArray &report, std::function<void(Core::Result<QString>)> done);

    Spool &m_spool;
    const Store::Settings &m_settings;
    const Core::Clock &m_clock;
    ResolveRecipient m_resolve;
};

} // namespace Doorstep::Queue

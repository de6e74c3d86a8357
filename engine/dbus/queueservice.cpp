#include "engine/dbus/queueservice.h"

#include <QFile>

#include "engine/core/clock.h"
#include "engine/queue/queueid.h"
#include "engine/queue/scheduler.h"
#include "engine/queue/spool.h"
#include "engine/store/repositories/queuerepository.h"
#include "engine/store/store.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;
using Store::QueuedMessage;
using Store::QueuedRecipient;
using Store::RecipientState;

namespace {

constexpr qint64 kMaxHeaderBytes = 64 * 1024;

Error unknownMessage(const QString &id)
{
    return Error::notFound(u"There is no message '%1' in the queue."_s.arg(id));
}

bool pending(const QueuedRecipient &r)
{
    return r.state == RecipientState::Queued || r.state == RecipientState::Deferred;
}

QString readHeaders(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(kMaxHeaderBytes);
    const qsizetype end = head.indexOf("\r\n\r\n");
    return QString::fromUtf8(end < 0 ? head : head.left(end + 2));
}

} // namespace

QueueService::QueueService(ServiceContext &context, QObject *parent)
    : RelayService(context, parent)
{
}

QueueEntryList QueueService::List()
{
    handle([this](const PendingReply &reply) {
        m_context.store.run(
            this, [](Store::Database &db) { return Store::QueueRepository(db).list(); },
            [this, reply](Result<QList<QueuedMessage>> messages) {
                finish(reply, std::move(messages), [this, reply](const QList<QueuedMessage> &list) {
                    QueueEntryList entries;
                    for (const QueuedMessage &m : list) {
                        QueueEntry e;
                        e.id = m.id;
                        e.sender = m.sender;
                        QStringList recipients;
                        bool deferred = false;
                        quint64 next = 0;
                        for (const QueuedRecipient &r : m.recipients) {
                            if (!pending(r))
                                continue;
                            recipients << r.address;
                            deferred = deferred || r.state == RecipientState::Deferred;
                            next = next == 0 ? r.nextAttemptUsec : std::min(next, r.nextAttemptUsec);
                            e.attempts = std::max(e.attempts, uint(r.attempts));
                            if (!r.lastError.isEmpty())
                                e.lastError = r.lastError;
                        }
                        e.recipients = recipients.join(u',');
                        e.state = m_context.scheduler.isInFlight(m.id) ? u"delivering"_s : deferred ? u"deferred"_s : u"queued"_s;
                        e.nextAttemptUsec = next;
                        entries.append(e);
                    }
                    reply.sendValue(entries);
                });
            });
    });
    return {};
}

QVariantMap QueueService::Get(const QString &id)
{
    handle([this, id](const PendingReply &reply) {
        if (!Queue::isQueueId(id)) {
            reply.fail(unknownMessage(id));
            return;
        }
        m_context.store.run(
            this, [id](Store::Database &db) { return Store::QueueRepository(db).get(id); },
            [this, reply, id](Result<std::optional<QueuedMessage>> found) {
                if (!found) {
                    reply.fail(found.error());
                    return;
                }
                if (!found.value()) {
                    reply.fail(unknownMessage(id));
                    return;
                }
                const QueuedMessage m = *found.value();
                QVariantList recipients;
                for (const QueuedRecipient &r : m.recipients) {
                    recipients.append(QVariantMap{{u"address"_s, r.original},
                                                  {u"delivers_to"_s, r.address},
                                                  {u"local"_s, r.local},
                                                  {u"state"_s, Store::recipientStateName(r.state)},
                                                  {u"attempts"_s, uint(r.attempts)},
                                                  {u"next_attempt"_s, QVariant::fromValue<qulonglong>(r.nextAttemptUsec)},
                                                  {u"last_error"_s, r.lastError}});
                }
                const QString path = m_context.spool.path(m.id);
                inPool<QString>([path] { return readHeaders(path); },
                                [reply, m, recipients](QString headers) {
                                    reply.sendValue(QVariantMap{{u"id"_s, m.id},
                                                                {u"sender"_s, m.sender},
                                                                {u"size"_s, QVariant::fromValue<qulonglong>(m.size)},
                                                                {u"received"_s, QVariant::fromValue<qulonglong>(m.receivedUsec)},
                                                                {u"client"_s, m.clientAddress},
                                                                {u"helo"_s, m.helo},
                                                                {u"auth_user"_s, m.authUser},
                                                                {u"listener"_s, m.listener},
                                                                {u"recipients"_s, recipients},
                                                                {u"headers"_s, headers}});
                                });
            });
    });
    return {};
}

void QueueService::RetryNow(const QString &id)
{
    handle([this, id](const PendingReply &reply) {
        if (!Queue::isQueueId(id)) {
            reply.fail(unknownMessage(id));
            return;
        }
        const quint64 now = m_context.clock.nowUsec();
        m_context.store.run(
            this, [id, now](Store::Database &db) { return Store::QueueRepository(db).retryNow(id, now); },
            [this, reply, id](Result<bool> found) {
                finish(reply, std::move(found), [this, reply, id](bool exists) {
                    if (!exists) {
                        reply.fail(unknownMessage(id));
                        return;
                    }
                    m_context.scheduler.wakeUp();
                    reply.send();
                });
            });
    });
}

void QueueService::Remove(const QString &id)
{
    handle([this, id](const PendingReply &reply) {
        if (!Queue::isQueueId(id)) {
            reply.fail(unknownMessage(id));
            return;
        }
        if (m_context.scheduler.isInFlight(id)) {
            reply.fail(Error::failed(u"Message '%1' is being delivered right now; try again in a moment."_s.arg(id)));
            return;
        }
        m_context.store.run(
            this, [id](Store::Database &db) { return Store::QueueRepository(db).remove(id); },
            [this, reply, id](Result<bool> removed) {
                finish(reply, std::move(removed), [this, reply, id](bool existed) {
                    if (!existed) {
                        reply.fail(unknownMessage(id));
                        return;
                    }
                    m_context.spool.removeFile(id);
                    announce(u"Message %1 removed from the queue."_s.arg(id), {{u"object"_s, u"queue"_s}, {u"action"_s, u"removed"_s}, {u"queue_id"_s, id}});
                    reply.send();
                });
            });
    });
}

void QueueService::Bounce(const QString &id)
{
    handle([this, id](const PendingReply &reply) {
        if (!Queue::isQueueId(id)) {
            reply.fail(unknownMessage(id));
            return;
        }
        m_context.scheduler.bounceNow(id, [this, reply, id](Result<bool> bounced) {
            finish(reply, std::move(bounced), [this, reply, id](bool existed) {
                if (!existed) {
                    reply.fail(unknownMessage(id));
                    return;
                }
                announce(u"Message %1 returned to its sender."_s.arg(id), {{u"object"_s, u"queue"_s}, {u"action"_s, u"bounced"_s}, {u"queue_id"_s, id}});
                reply.send();
            });
        });
    });
}

} // namespace Doorstep::DBus

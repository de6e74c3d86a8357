#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "engine/core/result.h"

namespace Doorstep::Store {

class Database;

/** Where one recipient of a queued message stands. */
enum class RecipientState {
    Queued,    // not tried yet
    Deferred,  // tried, will be tried again
    Delivered,
    Failed,    // given up
};

QString recipientStateName(RecipientState state);
RecipientState recipientStateFromName(const QString &name);

struct QueuedRecipient
{
    int position = 0;
    QString original;      // RCPT TO as given
    QString address;       // a local user, or a remote address
    bool local = false;
    RecipientState state = RecipientState::Queued;
    int attempts = 0;
    quint64 nextAttemptUsec = 0;
    QString lastError;
};

/** A message in the queue: its envelope and recipients. The content is the spool file. */
struct QueuedMessage
{
    QString id;
    QString sender; // "" for the null sender <>
    quint64 size = 0;
    quint64 receivedUsec = 0;
    QString clientAddress;
    QString helo;
    QString authUser;
    QString listener;
    bool smtputf8 = false;
    bool warned = false; // the sender was told the message is delayed
    // What the content filters decided (ContentVerdict), applied at delivery:
    QByteArray addedHeaders; // complete header lines (CRLF) put on top of the message
    QString subjectTag;      // put before the Subject of spam, "" for none
    bool spam = false;       // local delivery files it into spam.folder
    QList<QueuedRecipient> recipients;
};

/** The queue index (tables queue_messages and queue_recipients). */
class QueueRepository final
{
public:
    explicit QueueRepository(Database &db) : m_db(db) {}

    /** Inserts messages with their recipients; the caller runs it inside one transaction. */
    Core::Result<void> insert(const QueuedMessage &message);
    Core::Result<QList<QueuedMessage>> list();
    Core::Result<std::optional<QueuedMessage>> get(const QString &id);
    /** Ids of messages with a recipient due (queued or deferred, next attempt <= @p nowUsec). */
    Core::Result<QStringList> due(quint64 nowUsec, int limit);
    /** The earliest next attempt of any pending recipient, or 0 when nothing is pending. */
    Core::Result<quint64> nextAttemptUsec();
    Core::Result<void> updateRecipient(const QString &id, const QueuedRecipient &recipient);
    /** Records that the sender got the delay warning. */
    Core::Result<void> setWarned(const QString &id);
    /** Makes every pending recipient of @p id due now; false when the message does not exist. */
    Core::Result<bool> retryNow(const QString &id, quint64 nowUsec);
    /** Makes every deferred local recipient due now (the mailbox server is back); how many. */
    Core::Result<int> retryLocalNow(quint64 nowUsec);
    Core::Result<bool> remove(const QString &id);
    Core::Result<QStringList> allIds();

private:
    Database &m_db;
};

} // namespace Doorstep::Store

#include "engine/store/repositories/queuerepository.h"

#include <QSqlQuery>

#include "engine/store/database.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

QString recipientStateName(RecipientState state)
{
    switch (state) {
    case RecipientState::Queued:
        return u"queued"_s;
    case RecipientState::Deferred:
        return u"deferred"_s;
    case RecipientState::Delivered:
        return u"delivered"_s;
    case RecipientState::Failed:
        return u"failed"_s;
    }
    return u"queued"_s;
}

RecipientState recipientStateFromName(const QString &name)
{
    if (name == u"deferred"_s)
        return RecipientState::Deferred;
    if (name == u"delivered"_s)
        return RecipientState::Delivered;
    if (name == u"failed"_s)
        return RecipientState::Failed;
    return RecipientState::Queued;
}

namespace {

// A null QString binds as SQL NULL; the columns want ''.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

const QString kMessageColumns =
    u"id, sender, size, received_usec, client_address, helo, auth_user, listener, smtputf8, warned, added_headers, subject_tag, spam"_s;
constexpr int kMessageColumnCount = 13;
const QString kRecipientColumns = u"position, original, address, local, state, attempts, next_attempt_usec, last_error"_s;

QueuedMessage readMessage(const QSqlQuery &q)
{
    QueuedMessage m;
    m.id = q.value(0).toString();
    m.sender = q.value(1).toString();
    m.size = q.value(2).toULongLong();
    m.receivedUsec = q.value(3).toULongLong();
    m.clientAddress = q.value(4).toString();
    m.helo = q.value(5).toString();
    m.authUser = q.value(6).toString();
    m.listener = q.value(7).toString();
    m.smtputf8 = q.value(8).toBool();
    m.warned = q.value(9).toBool();
    m.addedHeaders = q.value(10).toString().toUtf8();
    m.subjectTag = q.value(11).toString();
    m.spam = q.value(12).toBool();
    return m;
}

QueuedRecipient readRecipient(const QSqlQuery &q, int offset)
{
    QueuedRecipient r;
    r.position = q.value(offset).toInt();
    r.original = q.value(offset + 1).toString();
    r.address = q.value(offset + 2).toString();
    r.local = q.value(offset + 3).toBool();
    r.state = recipientStateFromName(q.value(offset + 4).toString());
    r.attempts = q.value(offset + 5).toInt();
    r.nextAttemptUsec = q.value(offset + 6).toULongLong();
    r.lastError = q.value(offset + 7).toString();
    return r;
}

} // namespace

Result<void> QueueRepository::insert(const QueuedMessage &m)
{
    if (auto done = m_db.exec(u"INSERT INTO queue_messages (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kMessageColumns),
                              {m.id, text(m.sender), qlonglong(m.size), qlonglong(m.receivedUsec), text(m.clientAddress), text(m.helo),
                               text(m.authUser), text(m.listener), m.smtputf8 ? 1 : 0, m.warned ? 1 : 0,
                               text(QString::fromUtf8(m.addedHeaders)), text(m.subjectTag), m.spam ? 1 : 0});
        !done)
        return done;
    for (const QueuedRecipient &r : m.recipients) {
        if (auto done = m_db.exec(u"INSERT INTO queue_recipients (message_id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kRecipientColumns),
                                  {m.id, r.position, r.original, r.address, r.local ? 1 : 0, recipientStateName(r.state), r.attempts,
                                   qlonglong(r.nextAttemptUsec), text(r.lastError)});
            !done)
            return done;
    }
    return {};
}

Result<QList<QueuedMessage>> QueueRepository::list()
{
    auto q = m_db.query(u"SELECT m.id, m.sender, m.size, m.received_usec, m.client_address, m.helo, m.auth_user, m.listener, m.smtputf8, m.warned, "
                        "m.added_headers, m.subject_tag, m.spam, r.position, r.original, r.address, r.local, r.state, r.attempts, r.next_attempt_usec, r.last_error "
                        "FROM queue_messages m JOIN queue_recipients r ON r.message_id = m.id "
                        "ORDER BY m.received_usec, m.id, r.position"_s);
    if (!q)
        return q.error();
    QList<QueuedMessage> messages;
    while (q.value().next()) {
        const QString id = q.value().value(0).toString();
        if (messages.isEmpty() || messages.last().id != id)
            messages.append(readMessage(q.value()));
        messages.last().recipients.append(readRecipient(q.value(), kMessageColumnCount));
    }
    return messages;
}

Result<std::optional<QueuedMessage>> QueueRepository::get(const QString &id)
{
    auto q = m_db.query(u"SELECT %1 FROM queue_messages WHERE id = ?"_s.arg(kMessageColumns), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QueuedMessage>();
    QueuedMessage m = readMessage(q.value());
    auto r = m_db.query(u"SELECT %1 FROM queue_recipients WHERE message_id = ? ORDER BY position"_s.arg(kRecipientColumns), {id});
    if (!r)
        return r.error();
    while (r.value().next())
        m.recipients.append(readRecipient(r.value(), 0));
    return std::optional<QueuedMessage>(m);
}

Result<QStringList> QueueRepository::due(quint64 nowUsec, int limit)
{
    auto q = m_db.query(u"SELECT DISTINCT message_id FROM queue_recipients "
                        "WHERE state IN ('queued', 'deferred') AND next_attempt_usec <= ? LIMIT ?"_s,
                        {qlonglong(nowUsec), limit});
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids << q.value().value(0).toString();
    return ids;
}

Result<quint64> QueueRepository::nextAttemptUsec()
{
    auto q = m_db.query(u"SELECT MIN(next_attempt_usec) FROM queue_recipients WHERE state IN ('queued', 'deferred')"_s);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toULongLong() : 0;
}

Result<void> QueueRepository::updateRecipient(const QString &id, const QueuedRecipient &r)
{
    return m_db.exec(u"UPDATE queue_recipients SET state = ?, attempts = ?, next_attempt_usec = ?, last_error = ? "
                     "WHERE message_id = ? AND position = ?"_s,
                     {recipientStateName(r.state), r.attempts, qlonglong(r.nextAttemptUsec), text(r.lastError), id, r.position});
}

Result<void> QueueRepository::setWarned(const QString &id)
{
    return m_db.exec(u"UPDATE queue_messages SET warned = 1 WHERE id = ?"_s, {id});
}

Result<bool> QueueRepository::retryNow(const QString &id, quint64 nowUsec)
{
    auto q = m_db.query(u"SELECT 1 FROM queue_messages WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return false;
    if (auto done = m_db.exec(u"UPDATE queue_recipients SET next_attempt_usec = ? WHERE message_id = ? AND state IN ('queued', 'deferred')"_s,
                              {qlonglong(nowUsec), id});
        !done)
        return done.error();
    return true;
}

Result<int> QueueRepository::retryLocalNow(quint64 nowUsec)
{
    auto q = m_db.query(u"UPDATE queue_recipients SET next_attempt_usec = ? WHERE local = 1 AND state = 'deferred' AND next_attempt_usec > ?"_s,
                        {qlonglong(nowUsec), qlonglong(nowUsec)});
    if (!q)
        return q.error();
    return q.value().numRowsAffected();
}

Result<bool> QueueRepository::remove(const QString &id)
{
    auto q = m_db.query(u"SELECT 1 FROM queue_messages WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return false;
    if (auto done = m_db.exec(u"DELETE FROM queue_messages WHERE id = ?"_s, {id}); !done)
        return done.error();
    return true;
}

Result<QStringList> QueueRepository::allIds()
{
    auto q = m_db.query(u"SELECT id FROM queue_messages"_s);
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids << q.value().value(0).toString();
    return ids;
}

} // namespace Doorstep::Store

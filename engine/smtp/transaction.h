#pragma once

#include <memory>
#include <variant>

#include <QList>
#include <QString>
#include <QStringList>

#include "engine/core/result.h"
#include "engine/smtp/messagereceiver.h"
#include "engine/smtp/reply.h"
#include "engine/smtp/sessionhandler.h"
#include "engine/smtp/sessioninput.h"

namespace Doorstep::Smtp {

/**
 * One mail transaction of a session (RFC 5321 3.3): MAIL's sender, RCPT's recipients and,
 * while DATA runs, the message on its way into the spool. ServerSession and LocalSession keep
 * one each: they differ in who may fill it, not in how it is kept.
 */
class Transaction final
{
public:
    Transaction();
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool haveSender = false;
    QString sender; // "" for <>
    bool smtputf8 = false;
    QList<std::pair<QString, RecipientTarget>> recipients; // (RCPT TO as given, target)
    QStringList acceptedRcpts;                             // each accepted RCPT TO, as given, once
    bool greylistPassed = false;                           // a recipient passed greylisting as a known triplet

    /** RSET, HELO, the end of a message: everything forgotten, an unfinished message dropped. */
    void reset();
    /** An accepted RCPT TO and where it leads: each target once, however often it is reached. */
    void addRecipient(const QString &original, const QList<RecipientTarget> &targets);

    /** DATA starts: the message goes through @p receiver into @p sink. */
    void startData(std::unique_ptr<MessageSink> sink, std::unique_ptr<MessageReceiver> receiver);

    struct Fed
    {
        MessageReceiver::Status status;
        bool wholeLines = false; // a line was completed: only that restarts the idle deadline
    };
    /** DATA goes on: takes what @p input holds. */
    Fed feedData(SessionInput &input);

    struct Refused // the message broke a limit (size, line length, NUL)
    {
        Reply reply;
        QString queueId;
    };
    struct NotWritten // the spool could not take it (disk full)
    {
        Core::Error error;
        QString queueId;
    };
    struct Complete // ready for SessionHandler::commitMessage()
    {
        std::unique_ptr<MessageSink> sink;
        MessageEnvelope envelope;
    };
    /**
     * DATA ended (the receiver saw CRLF.CRLF): what becomes of the message, with @p maxSize
     * (`limits.max_message_size`) named in a size refusal. The transaction is reset after it.
     */
    std::variant<Refused, NotWritten, Complete> endData(quint64 maxSize);

private:
    std::unique_ptr<MessageSink> m_sink;
    std::unique_ptr<MessageReceiver> m_receiver;
};

} // namespace Doorstep::Smtp

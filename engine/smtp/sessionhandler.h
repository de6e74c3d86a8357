#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include "engine/core/result.h"
#include "engine/smtp/command.h"
#include "engine/smtp/reply.h"

namespace Doorstep::Smtp {

/** What the relay-client list says about a client (DESIGN.md mail flow, step 1). */
enum class ClientTrust {
    None,
    Relay, // may send anywhere without AUTH
    Ok,    // trusted: skips greylisting and sender checks, may not relay
};

/**
 * A local program on the submission socket (doorstep-sendmail), known by the kernel's
 * credentials of its end of the socket (SO_PEERCRED), not by anything it says.
 */
struct LocalClient
{
    uint uid = 0;
    uint gid = 0;
    qint64 pid = 0;
    QString login;    // from the password database of the peer's uid
    QString fullName; // the GECOS name, "" when there is none
    bool mayChooseSender = false; // root, the engine's own user or group doorstep: -f is honoured

    /** "local uid 1000 (alice)", for Received, logs and events. */
    QString describe() const { return QStringLiteral("local uid %1 (%2)").arg(uid).arg(login); }
};

/** Everything policy needs to know about a session. */
struct SessionInfo
{
    QString id;                 // for log lines: "S1a2b"
    QString listener;           // "mta", "submission", "smtps"
    QHostAddress clientAddress;
    quint16 clientPort = 0;
    QString clientName = QStringLiteral("unknown"); // forward-confirmed reverse DNS name
    ClientTrust trust = ClientTrust::None;
    QString helo;
    bool esmtp = false;
    bool tls = false;
    QString tlsProtocol;        // "TLSv1.3"
    QString tlsCipher;
    QString authUser;           // "" until AUTH succeeded
    std::optional<LocalClient> local; // set on the local submission socket only (listener "local")

    /** The client for logs and events: its address, or the local program's uid and login. */
    QString describeClient() const { return local ? local->describe() : clientAddress.toString(); }
};

struct ConnectDecision
{
    std::optional<Reply> refusal; // REJECT clients
    ClientTrust trust = ClientTrust::None;
    QString clientName = QStringLiteral("unknown");
};

/** Where an accepted recipient's copy goes. */
struct RecipientTarget
{
    QString address; // a local user, or a remote address
    bool local = false;
};

struct RecipientDecision
{
    std::optional<Reply> refusal;
    QList<RecipientTarget> targets; // after alias expansion; at least one when accepted
    /** The refusal is greylisting's 451 4.7.1: counted and logged by the handler, not through rejected(). */
    bool greylisted = false;
    /** Accepted by greylisting as a known triplet: the client came back after a 451, as a mail server's queue does. */
    bool greylistPassed = false;
};

struct AuthDecision
{
    enum class Result {
        Accepted,
        Invalid,
        TemporaryFailure,
    };
    Result result = Result::Invalid;
    QString user; // the normalized login on success
};

/** Where a message's bytes go while DATA runs (the queue's spool file, in the daemon). */
class MessageSink
{
public:
    virtual ~MessageSink() = default;
    virtual QString id() const = 0;
    virtual Core::Result<void> write(const QByteArray &bytes) = 0;
};

/** The envelope of a message ready to commit. */
struct MessageEnvelope
{
    QString sender; // "" for <>
    bool smtputf8 = false;
    QList<std::pair<QString, RecipientTarget>> recipients; // (RCPT TO as given, target)
    /** Some recipient passed greylisting as a known triplet (the spam score's greylist history). */
    bool greylistPassed = false;
};

/**
 * What became of a message at the end of DATA: accepted (durable, queueId set: the 250 names
 * it), or a reply to send instead: a content filter's refusal (554 5.7.0 a virus, 550 5.7.1
 * spam over the reject threshold) or a temporary failure (451: the spool, a scanner that
 * could not scan). A refused message is never queued.
 */
struct CommitOutcome
{
    QString queueId;
    std::optional<Reply> reply;

    static CommitOutcome accepted(const QString &queueId) { return {queueId, std::nullopt}; }
    static CommitOutcome refused(const Reply &reply) { return {QString(), reply}; }
    bool isAccepted() const { return !reply.has_value(); }
};

/** Why something was refused, for statistics and the event log. */
enum class RejectionStage {
    Connect,
    Sender,
    Recipient,
    Relay,
    Content,
    Protocol,
};

/**
 * What a server session asks of the rest of the engine: policy (engine/policy) and the queue
 * (engine/queue) implement it; the daemon wires them. Declared here because the SMTP module
 * sits below both (DESIGN.md: lower modules declare interfaces, higher ones implement them).
 * Every callback is made once, on the event loop; the session guards itself against being
 * gone by then.
 */
class SessionHandler
{
public:
    virtual ~SessionHandler() = default;

    /** Connect stage: the relay-client list (REJECT, RELAY, OK) with forward-confirmed rDNS. */
    virtual void connect(const SessionInfo &session, std::function<void(ConnectDecision)> done) = 0;
    virtual void authenticate(const SessionInfo &session, const QString &user, const QString &password,
                              std::function<void(AuthDecision)> done) = 0;
    /** MAIL FROM: nullopt accepts. */
    virtual void checkSender(const SessionInfo &session, const Path &sender, std::function<void(std::optional<Reply>)> done) = 0;
    /** RCPT TO: @p sender is the transaction's MAIL FROM ("" for <>), for greylisting. */
    virtual void checkRecipient(const SessionInfo &session, const QString &sender, const Path &recipient,
                                std::function<void(RecipientDecision)> done) = 0;

    /** True while free disk space is below `limits.min_free_disk`. */
    virtual bool diskSpaceLow() = 0;
    virtual Core::Result<std::unique_ptr<MessageSink>> openMessage() = 0;
    /**
     * Runs the content filters over the written message, then makes it durable and calls
     * @p done with the outcome (the 250 or the refusal waits for it). Content refusals are
     * counted and logged by the handler itself (not through rejected()).
     */
    virtual void commitMessage(std::unique_ptr<MessageSink> sink, const SessionInfo &session, const MessageEnvelope &envelope,
                               QObject *context, std::function<void(CommitOutcome)> done) = 0;

    /** A refusal was sent (counted and logged; never per message at full speed as a signal). */
    virtual void rejected(const SessionInfo &session, RejectionStage stage, const Reply &reply, const QString &detail) = 0;
    /** A login failed (the auth_failed event). */
    virtual void authenticationFailed(const SessionInfo &session, const QString &user) = 0;
};

} // namespace Doorstep::Smtp

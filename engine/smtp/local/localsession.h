#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include "engine/smtp/command.h"
#include "engine/smtp/reply.h"
#include "engine/smtp/sessionhandler.h"
#include "engine/smtp/sessioninput.h"
#include "engine/smtp/transaction.h"

class QLocalSocket;

namespace Doorstep::Store {
class Settings;
}

namespace Doorstep::Smtp {

/**
 * One local submission on the engine's Unix socket: doorstep-sendmail handing over a message
 * for a program (cron, mail(1), PHP's mail()). The conversation is SMTP's grammar and replies
 * (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no TLS or AUTH: the kernel says who the client
 * is), so the same policy, the same MessageReceiver and the same durable commit serve it as
 * an SMTP submission, and the enhanced status codes tell doorstep-sendmail its exit code.
 *
 * What differs from a network session is who the sender is (SessionInfo::local):
 * - MAIL FROM names the sender the program asked for (-f, or the caller's login). Only a
 *   client that may choose its sender (root, the engine's user, group doorstep) gets it;
 *   anyone else's request is ignored and the sender is login@identity.hostname, as Exim does
 *   for untrusted users: refusing would lose the mail of every PHP site that passes -f. A
 *   bare name ("root") means name@identity.hostname.
 * - RCPT TO may also be a bare local name, resolved by policy through the bare-name aliases.
 * - MAIL's FULLNAME=xtext parameter carries -F; without it the caller's GECOS name is used
 *   for the From: field added when the message has none (with Date and Message-ID).
 * - The Received field names the uid and login instead of an address.
 *
 * Parented to the LocalSubmissionServer; deletes itself (deleteLater) when the connection ends.
 */
class LocalSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSession)

public:
    LocalSession(QLocalSocket *socket, SessionInfo info, SessionHandler &handler, const Store::Settings &settings, QObject *parent = nullptr);
    ~LocalSession() override;

    const SessionInfo &info() const { return m_info; }

    /** Greets the client (or refuses a uid without a login name). */
    void start();
    /** Ends the conversation with 421 (the engine is stopping). */
    void shutdown();

    /** The sender a local client gets for the MAIL FROM path it asked for ("" = <>). */
    static QString effectiveSender(const LocalClient &client, const Path &requested, const QString &hostName);
    /** The From: field for a message without one: "From: Full Name <address>". */
    static QByteArray fromField(const QString &fullName, const QString &address);

Q_SIGNALS:
    void finished();

private:
    enum class State {
        Command,
        Data,
        Closing,
    };

    void onReadyRead();
    void processInput();
    void reply(const Reply &reply);
    void refuse(const Reply &reply, RejectionStage stage, const QString &detail);
    void closeWith(const Reply &reply);
    void finish();
    void armIdleTimer();
    void wait();
    void resume();

    void handleCommand(const QByteArray &line);
    void handleHelo(const Command &command);
    void handleMail(const Command &command);
    void handleRcpt(const Command &command);
    void handleData();
    void consumeData();
    void endOfData();
    QByteArray receivedField(const QString &queueId) const;
    QString hostName() const;

    QLocalSocket *m_socket;
    SessionInfo m_info;
    SessionHandler &m_handler;
    const Store::Settings &m_settings;

    State m_state = State::Command;
    SessionInput m_input;
    QByteArray m_out;
    bool m_finished = false;
    int m_errors = 0;
    QTimer m_idleTimer;

    Transaction m_transaction;
    QString m_fullName; // for its From: from FULLNAME=, else the GECOS name for the caller's own address
};

} // namespace Doorstep::Smtp

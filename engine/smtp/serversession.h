#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include "engine/smtp/command.h"
#include "engine/smtp/reply.h"
#include "engine/smtp/sessionhandler.h"
#include "engine/smtp/sessioninput.h"
#include "engine/smtp/transaction.h"

class QSslSocket;

namespace Doorstep::Store {
class Settings;
}

namespace Doorstep::Smtp {

class ClientLimits;

/**
 * One SMTP conversation (RFC 5321, ESMTP extensions of DESIGN.md), as an explicit state
 * machine on the event loop. Pipelined commands are taken one at a time; while one waits for
 * policy, the store or a TLS handshake, reading pauses and the replies gathered so far go out
 * in one write. Limits: command line length, `limits.idle_timeout` as a deadline per line (a
 * client trickling bytes is dropped), `limits.max_errors`, recipients, message size.
 *
 * The session is parented to its socket's listener and deletes itself (deleteLater) when the
 * connection ends.
 */
class ServerSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSession)

public:
    /** The TLS configuration to serve, or a null configuration when there is no certificate. */
    using TlsConfiguration = std::function<QSslConfiguration()>;

    ServerSession(QSslSocket *socket, SessionInfo info, SessionHandler &handler, const Store::Settings &settings, ClientLimits &limits,
                  TlsConfiguration tls, bool implicitTls, QObject *parent = nullptr);
    ~ServerSession() override;

    const SessionInfo &info() const { return m_info; }

    /** Starts the conversation (connect-stage policy, greeting delay, greeting). */
    void start();
    /** Ends the conversation with 421 (the engine is stopping). */
    void shutdown();

Q_SIGNALS:
    void finished();

private:
    enum class State {
        Connecting,   // policy and greeting delay running; the client must not talk yet
        Command,
        AuthPlain,    // waiting for the PLAIN response line
        AuthLoginUser,
        AuthLoginPassword,
        Data,
        Closing,
    };

    // I/O
    void onReadyRead();
    void processInput();
    void send(const Reply &reply);
    void flush();
    void closeWith(const Reply &reply);
    void finish();
    void pauseInput();
    void resumeInput();
    void armIdleTimer();

    // stages
    void greet();
    void handleCommand(const QByteArray &line);
    void handleHelo(const Command &command, bool extended);
    void handleMail(const Command &command);
    void handleRcpt(const Command &command);
    void handleData(const Command &command);
    void handleStartTls();
    void handleAuth(const Command &command);
    void handleAuthLine(const QByteArray &line);
    void completeAuth(const QString &user, const QString &password);
    void consumeData();
    void endOfData();
    void onEncrypted();
    void countError(const Reply &reply);
    QByteArray receivedHeader(const QString &queueId) const;

    QSslSocket *m_socket;
    SessionInfo m_info;
    SessionHandler &m_handler;
    const Store::Settings &m_settings;
    ClientLimits &m_limits;
    TlsConfiguration m_tls;
    bool m_implicitTls;

    State m_state = State::Connecting;
    SessionInput m_input;
    QByteArray m_out;
    bool m_greeted = false;
    bool m_finished = false;
    bool m_connectDecided = false;
    bool m_delayPassed = false;
    std::optional<Reply> m_connectRefusal;
    int m_errors = 0;
    QTimer m_idleTimer;
    QTimer m_greetingTimer;

    Transaction m_transaction;

    QString m_authLoginUser;
    bool m_authInProgress = false;
};

} // namespace Doorstep::Smtp

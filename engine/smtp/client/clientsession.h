#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "engine/smtp/client/contentstream.h"
#include "engine/smtp/client/replyreader.h"
#include "engine/smtp/client/servercapabilities.h"
#include "engine/smtp/reply.h"

class QSslSocket;

namespace Doorstep::Smtp {

/**
 * How the client uses TLS with one next hop: the values of `relay.smart_host_tls` (and of a
 * route's tls), plus Opportunistic for MX delivery.
 * - Opportunistic: STARTTLS when offered, certificate not verified; when the handshake fails,
 *   the same attempt reconnects once and sends in the clear (as Postfix's "may" level).
 * - Required: STARTTLS must be offered and succeed (certificate not verified), else defer.
 * - Verify: as Required, and the certificate must chain to a trusted CA (system store plus
 *   ClientTarget::extraCaCertificates) and name ClientTarget::hostName.
 * - Implicit: TLS from the first byte (port 465), certificate not verified.
 */
enum class ClientTls { Opportunistic, Required, Verify, Implicit };

/** "opportunistic", "required", "verify", "implicit"; nullopt for anything else. */
std::optional<ClientTls> clientTlsFromName(const QString &name);

/** One next hop: an address to connect to and how to talk to it. */
struct ClientTarget
{
    QHostAddress address;
    quint16 port = 25;
    QString hostName;   // the MX / smart host name: logs, SNI, certificate check ("" = the address)
    QString heloName;   // our EHLO name (identity.hostname)
    ClientTls tls = ClientTls::Opportunistic;
    QString user;       // AUTH PLAIN/LOGIN when not empty, only ever inside TLS
    QString password;
    bool lmtp = false;  // LHLO and one DATA reply per recipient (RFC 2033): Dovecot's LMTP
    QList<QSslCertificate> extraCaCertificates;

    /** "mx.example.org[192.0.2.1]:25", for logs and the queue's last error. */
    QString describe() const;
};

/**
 * Deadlines (RFC 5321 4.5.3.2 by default). Tests shorten them.
 */
struct ClientTimeouts
{
    std::chrono::milliseconds connect{30000};
    std::chrono::milliseconds greeting{300000};   // 220 banner (and TLS handshakes)
    std::chrono::milliseconds command{300000};    // EHLO, STARTTLS, AUTH, MAIL, RCPT, RSET, QUIT
    std::chrono::milliseconds dataStart{120000};  // the 354
    std::chrono::milliseconds dataBlock{180000};  // each write of the content making progress
    std::chrono::milliseconds dataEnd{600000};    // the reply to the final "."
};

/** What to send in one transaction. */
struct ClientEnvelope
{
    QString sender;          // "" = the null sender <>
    QStringList recipients;  // addresses as they go into RCPT TO
    bool smtputf8 = false;   // the envelope or headers need SMTPUTF8 (RFC 6531)
    bool eightBit = false;   // the body has 8-bit bytes: BODY=8BITMIME when offered
    /** Header block as it goes out (already rewritten), ending with the empty line. */
    QByteArray headers;
    /** The body: this file from bodyOffset to its end (the spool file, read in chunks). */
    QString bodyPath;
    qint64 bodyOffset = 0;
};

/** Why a connection could not be used at all (for the fallback relay decision). */
enum class ConnectFailure {
    None,
    Refused,       // connection refused / reset / host unreachable at TCP level
    TimedOut,      // no TCP answer within ClientTimeouts::connect
    Greeting,      // connected, but no 220 (a 4xx/5xx banner, a timeout, a close)
    Tls,           // TLS required or verify, and it failed
    Other,
};

/**
 * The result of one transaction: one reply per recipient, in envelope order. A recipient
 * refused at RCPT gets that reply; one accepted gets the reply to the final "." (per recipient
 * with LMTP). When the connection or the transaction failed before that, every recipient not
 * yet answered gets one reply that says so (4xx for temporary trouble, 5xx for a permanent
 * refusal such as 554 at the banner or a 552 SIZE refusal), with the enhanced status code the
 * remote gave or one that fits (4.4.1 no answer, 4.4.2 connection dropped, 4.7.4 TLS not
 * offered but required, 4.7.0 AUTH failed, 5.3.4 too big for the remote's SIZE, 5.6.7 SMTPUTF8
 * needed but not offered).
 */
struct ClientResult
{
    QList<Reply> recipients;
    ConnectFailure connectFailure = ConnectFailure::None;
    QString remote;          // ClientTarget::describe()
    bool tlsUsed = false;
    /** Text for the log: the stage that ended it and the remote's words, one line. */
    QString summary;
};

/**
 * One outbound SMTP (or LMTP) connection, on the event loop, as an explicit state machine
 * (no blocking call): connect, banner, EHLO (HELO when EHLO is refused), STARTTLS as
 * ClientTarget::tls says, EHLO again, AUTH, then transactions. PIPELINING is used when
 * offered (MAIL, every RCPT and DATA in one write); SIZE is declared and respected; the
 * content is dot-stuffed and sent in chunks as the socket drains. After a transaction the
 * connection stays open for the next one (the delivery's connection cache); close() says QUIT.
 *
 * Usage: open(), then send() as often as wanted while isReady(), then close(). Every callback
 * runs exactly once, later, on the event loop (never inside the call).
 */
class ClientSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSession)

public:
    ClientSession(ClientTarget target, ClientTimeouts timeouts = {}, QObject *parent = nullptr);
    ~ClientSession() override;

    const ClientTarget &target() const { return m_target; }

    /**
     * Connects and greets (up to AUTH). On failure @p done gets a reply for the whole
     * connection (as ClientResult explains) and the failure kind; the session is then closed.
     */
    void open(std::function<void(std::optional<Reply> failure, ConnectFailure kind)> done);

    /**
     * One transaction. @p done gets the per-recipient replies. Only while isReady(); otherwise
     * (a programming error) every recipient gets a temporary local error.
     */
    void send(const ClientEnvelope &envelope, std::function<void(ClientResult)> done);

    /** Open, greeted and not in a transaction. */
    bool isReady() const;
    /** The largest message the remote takes (EHLO SIZE), 0 when it said no limit. */
    quint64 remoteSizeLimit() const;

    /** QUIT (politely, bounded by the command timeout), then the socket closes. */
    void close();
    /**
     * close(), then the session deletes itself once the connection has ended, so that the
     * QUIT is written and answered before the socket goes (deleteLater() right after close()
     * would drop the connection without a word).
     */
    void closeAndDelete();

Q_SIGNALS:
    /**
     * The connection ended (QUIT, the remote closed, a timeout, an error, a failed open()).
     * Emitted once, later on the event loop, after the callback whose failure ended it.
     */
    void closed();

private:
    enum class State {
        Idle,       // before open()
        Connecting, // TCP connect
        Handshake,  // TLS handshake: at connect (Implicit) or after the 220 to STARTTLS
        Greeting,   // waiting for the 220 banner
        Opening,    // EHLO/HELO, STARTTLS, AUTH: commands out, replies awaited
        Ready,      // greeted, between transactions
        Sending,    // a transaction: envelope commands and their replies
        Content,    // writing the message content
        Quitting,   // QUIT sent, its reply awaited
        Closed,
    };
    /** What a reply awaited answers. */
    enum class Stage {
        Ehlo,
        Helo,
        StartTls,
        AuthPlain,
        AuthLogin,
        AuthLoginUser,
        AuthLoginPassword,
        Mail,
        Rcpt,
        Data,
        EndOfData,
        Rset,
        Quit,
    };
    struct Pending
    {
        Stage stage;
        int recipient = -1; // Rcpt; EndOfData with LMTP
    };
    /** The transaction in progress. */
    struct Transaction
    {
        QStringList recipients;
        QList<std::optional<Reply>> replies; // final replies; an accepted RCPT leaves nullopt
        QList<bool> accepted;
        std::optional<Reply> mailRefusal;
        bool mailAccepted = false;
        QList<std::pair<QByteArray, Pending>> commands; // still to send, one at a time without PIPELINING
        std::unique_ptr<ContentStream> content;
        QString summary;
        bool finalErrorSeen = false; // LMTP: the first refusal after "." stays the summary
        std::function<void(ClientResult)> done;

        bool anyAccepted() const { return accepted.contains(true); }
    };
    /** How a connection is let go. */
    enum class Drop {
        Abort,    // at once (timeouts, protocol errors, destruction)
        Graceful, // after what is buffered went out (after the reply to QUIT)
        Quit,     // QUIT without waiting for its reply, then as Graceful (a refusal while opening)
    };

    // connection
    void connectSocket();
    void onConnected();
    void onEncrypted();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onTimeout();
    void onSocketGone();
    void configureTls();
    void handshakeFailed(const QString &why);
    /** The connection cannot go on: whoever waits gets @p reply; @p summary for the log (default: its text). */
    void connectionEnded(const Reply &reply, const QString &summary = QString());
    void dropSocket(Drop how);
    void arm(std::chrono::milliseconds timeout);
    qint64 backlog() const;

    // protocol
    void sendCommand(const QByteArray &line, Stage stage, int recipient = -1, bool secret = false);
    void write(const QByteArray &bytes);
    QByteArray heloArgument() const;
    void handleReply(const Reply &reply);
    void handleGreeting(const Reply &reply);
    void handleOpening(const Pending &pending, const Reply &reply);
    void sayHello();
    void afterHello();
    void startTls();
    void authenticate();
    void authenticationFailed(const Reply &reply);
    void opened();
    void openFailed(const Reply &reply, ConnectFailure kind, Drop how, const QString &summary = QString());

    // transactions
    void handleTransaction(const Pending &pending, const Reply &reply);
    void continueTransaction(Stage handled);
    void startContent();
    void pumpContent();
    void onBytesWritten();
    void finishTransaction(bool usable);
    void failTransaction(const Reply &reply, const QString &summary);
    QByteArray mailCommand(const ClientEnvelope &envelope, quint64 size) const;
    void finishQuit();

    // results
    void post(std::function<void()> call);
    void setClosed();
    QString said(const Reply &reply, Stage stage) const;
    QString stageName(Stage stage) const;
    std::chrono::milliseconds timeoutFor(Stage stage) const;
    /** What the session was doing, for "timed out while ..." and "lost connection ... while ...". */
    QString activity() const;

    ClientTarget m_target;
    ClientTimeouts m_timeouts;
    QString m_id;
    QString m_remote;
    State m_state = State::Idle;
    QPointer<QSslSocket> m_socket;
    QTimer m_timer;
    ReplyReader m_reader;
    ServerCapabilities m_capabilities;
    QList<Pending> m_pending;
    bool m_greeted = false;
    bool m_tlsActive = false;
    bool m_authenticated = false;
    bool m_withoutTls = false; // Opportunistic, after a failed handshake or a refused STARTTLS
    QString m_sslErrors;
    std::function<void(std::optional<Reply>, ConnectFailure)> m_openDone;
    std::unique_ptr<Transaction> m_transaction;
    bool m_closedSignalled = false;
};

} // namespace Doorstep::Smtp

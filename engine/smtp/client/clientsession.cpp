#include "engine/smtp/client/clientsession.h"

#include <atomic>

#include <QCoreApplication>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include "engine/smtp/log.h"

namespace Doorstep::Smtp {

using namespace Qt::StringLiterals;

namespace {

// Content goes to the socket while less than this waits in its buffers (plaintext and
// encrypted), so a message of any size holds about two chunks in memory.
constexpr qint64 kWriteBacklog = ContentStream::kChunk;
// EndOfData after a lone "." that ended a DATA without recipients: its reply answers nobody.
constexpr int kNobody = -2;

QString newSessionId()
{
    static std::atomic<quint32> counter{0};
    return u"C%1"_s.arg(uint(++counter), 5, 16, QChar(u'0'));
}

/**
 * The system's CAs, read once. Only Verify with extra CAs needs them as a list: setting any CA
 * list stops Qt from looking the system ones up on demand during the handshake.
 * XXX: the first such session reads /etc/ssl/certs on the event loop (tens of milliseconds,
 * once per process); QSslConfiguration has no way to add CAs and keep the lazy lookup.
 */
/**
 * An address that would end its command line early: never written (it would smuggle a
 * command of its own). The queue takes addresses only from checked command lines, so this
 * guards against a bug elsewhere, not against a sender.
 */
bool breaksTheLine(const QString &address)
{
    return address.contains(u'\r') || address.contains(u'\n') || address.contains(QChar(0));
}

QList<QSslCertificate> systemCaCertificates()
{
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}

} // namespace

std::optional<ClientTls> clientTlsFromName(const QString &name)
{
    static const QList<std::pair<QString, ClientTls>> names{
        {u"opportunistic"_s, ClientTls::Opportunistic},
        {u"required"_s, ClientTls::Required},
        {u"verify"_s, ClientTls::Verify},
        {u"implicit"_s, ClientTls::Implicit},
    };
    for (const auto &[text, tls] : names) {
        if (name == text)
            return tls;
    }
    return std::nullopt;
}

QString ClientTarget::describe() const
{
    const QString literal = address.toString();
    return u"%1[%2]:%3"_s.arg(hostName.isEmpty() ? literal : hostName, literal).arg(port);
}

ClientSession::ClientSession(ClientTarget target, ClientTimeouts timeouts, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_timeouts(timeouts)
    , m_id(newSessionId())
    , m_remote(m_target.describe())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClientSession::onTimeout);
}

ClientSession::~ClientSession()
{
    // Nothing is called back from here on: post() checks that the session still exists.
    m_timer.stop();
    dropSocket(Drop::Abort);
}

bool ClientSession::isReady() const
{
    return m_state == State::Ready;
}

quint64 ClientSession::remoteSizeLimit() const
{
    return m_capabilities.sizeLimit;
}

// ---- the connection --------------------------------------------------------------------

void ClientSession::open(std::function<void(std::optional<Reply>, ConnectFailure)> done)
{
    if (m_state != State::Idle) {
        const Reply reply = Reply::localError(u"The connection to %1 was opened already"_s.arg(m_remote));
        post([done = std::move(done), reply] { done(reply, ConnectFailure::Other); });
        return;
    }
    m_openDone = std::move(done);
    connectSocket();
}

void ClientSession::connectSocket()
{
    dropSocket(Drop::Abort);
    m_reader.clear();
    m_capabilities = {};
    m_pending.clear();
    m_greeted = false;
    m_tlsActive = false;
    m_sslErrors.clear();
    m_socket = new QSslSocket(this);
    connect(m_socket, &QSslSocket::connected, this, &ClientSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ClientSession::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ClientSession::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ClientSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &ClientSession::onSocketGone);
    connect(m_socket, &QSslSocket::sslErrors, this, &ClientSession::onSslErrors);
    connect(m_socket, &QSslSocket::bytesWritten, this, &ClientSession::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &ClientSession::onBytesWritten);
    m_state = State::Connecting;
    arm(m_timeouts.connect);
    qCDebug(lcSmtp).noquote() << m_id << "connecting to" << m_remote + (m_withoutTls ? u" (again, without STARTTLS)"_s : QString());
    m_socket->connectToHost(m_target.address, m_target.port);
}

void ClientSession::onConnected()
{
    // Commands go out whole, one write per batch: Nagle would only hold them back.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_target.tls == ClientTls::Implicit) {
        m_state = State::Handshake;
        arm(m_timeouts.greeting);
        configureTls();
        m_socket->startClientEncryption();
        return;
    }
    m_state = State::Greeting;
    arm(m_timeouts.greeting);
}

void ClientSession::configureTls()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    const bool verify = m_target.tls == ClientTls::Verify;
    // MX hosts rarely have certificates a client could check (RFC 7435: opportunistic security).
    configuration.setPeerVerifyMode(verify ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    if (verify && !m_target.extraCaCertificates.isEmpty())
        configuration.setCaCertificates(systemCaCertificates() + m_target.extraCaCertificates);
    m_socket->setSslConfiguration(configuration);
    // The name checked against the certificate, and sent as SNI.
    m_socket->setPeerVerifyName(m_target.hostName.isEmpty() ? m_target.address.toString() : m_target.hostName);
}

void ClientSession::onEncrypted()
{
    m_tlsActive = true;
    const QSslCipher cipher = m_socket->sessionCipher();
    qCDebug(lcSmtp).noquote() << m_id << "TLS with" << m_remote << "using" << cipher.protocolString() << "cipher" << cipher.name();
    if (!m_greeted) {
        m_state = State::Greeting; // smtps: the banner comes over TLS
        arm(m_timeouts.greeting);
        return;
    }
    // RFC 3207 4.2: forget what was said in the clear and ask again.
    m_capabilities = {};
    m_state = State::Opening;
    sayHello();
}

void ClientSession::onSslErrors(const QList<QSslError> &errors)
{
    // Not ignored: with Verify, the handshake fails and says why.
    QStringList texts;
    for (const QSslError &error : errors)
        texts << error.errorString();
    m_sslErrors = texts.join(u"; "_s);
}

void ClientSession::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (m_state == State::Connecting) {
        ConnectFailure kind = ConnectFailure::Other;
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
        case QAbstractSocket::RemoteHostClosedError: // reset
        case QAbstractSocket::NetworkError:          // unreachable
        case QAbstractSocket::HostNotFoundError:
            kind = ConnectFailure::Refused;
            break;
        case QAbstractSocket::SocketTimeoutError:
            kind = ConnectFailure::TimedOut;
            break;
        default:
            break;
        }
        openFailed(Reply::noConnection(u"connect to %1: %2"_s.arg(m_remote, m_socket->errorString())), kind, Drop::Abort);
        return;
    }
    if (m_state == State::Handshake) {
        handshakeFailed(m_socket->errorString());
        return;
    }
    // A closing remote reports RemoteHostClosedError while still connected: read what it
    // said last (a 421, say) before calling the connection lost.
    if (error == QAbstractSocket::RemoteHostClosedError || m_socket->state() != QAbstractSocket::ConnectedState)
        onSocketGone();
}

void ClientSession::onSocketGone()
{
    if (!m_socket)
        return;
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (!m_socket)
        return; // what it said ended the session
    switch (m_state) {
    case State::Idle:
    case State::Closed:
        return;
    case State::Connecting:
        openFailed(Reply::noConnection(u"connect to %1: %2"_s.arg(m_remote, m_socket->errorString())), ConnectFailure::Refused,
                   Drop::Abort);
        return;
    case State::Handshake:
        handshakeFailed(u"the connection was closed"_s);
        return;
    case State::Quitting:
        finishQuit();
        return;
    case State::Ready:
        qCDebug(lcSmtp).noquote() << m_id << m_remote << "closed the idle connection";
        dropSocket(Drop::Abort);
        setClosed();
        return;
    default:
        connectionEnded(Reply::connectionLost(u"lost connection with %1 while %2"_s.arg(m_remote, activity())));
        return;
    }
}

void ClientSession::handshakeFailed(const QString &why)
{
    QString text = u"TLS handshake with %1 failed: %2"_s.arg(m_remote, why);
    if (!m_sslErrors.isEmpty())
        text += u" ("_s + m_sslErrors + u')';
    if (m_target.tls == ClientTls::Opportunistic && !m_withoutTls) {
        // As Postfix's "may" level: plaintext beats no delivery when nothing was required.
        qCInfo(lcSmtp).noquote() << m_id << text << "- will retry without STARTTLS";
        m_withoutTls = true;
        connectSocket();
        return;
    }
    openFailed(Reply::tlsFailed(text), ConnectFailure::Tls, Drop::Abort);
}

void ClientSession::onTimeout()
{
    const qint64 ms = m_timer.interval();
    switch (m_state) {
    case State::Idle:
    case State::Ready:
    case State::Closed:
        return;
    case State::Connecting:
        openFailed(Reply::noConnection(u"connect to %1: no answer within %2 ms"_s.arg(m_remote).arg(ms)), ConnectFailure::TimedOut,
                   Drop::Abort);
        return;
    case State::Handshake:
        handshakeFailed(u"no answer within %1 ms"_s.arg(ms));
        return;
    case State::Quitting:
        finishQuit();
        return;
    default:
        connectionEnded(Reply::connectionLost(u"conversation with %1 timed out while %2"_s.arg(m_remote, activity())));
        return;
    }
}

void ClientSession::connectionEnded(const Reply &reply, const QString &given)
{
    const QString summary = given.isEmpty() ? reply.lines.value(0) : given;
    switch (m_state) {
    case State::Idle:
    case State::Closed:
        return;
    case State::Connecting:
    case State::Handshake:
    case State::Greeting:
        openFailed(reply, m_state == State::Handshake ? ConnectFailure::Tls : ConnectFailure::Greeting, Drop::Abort, summary);
        return;
    case State::Opening:
        openFailed(reply, ConnectFailure::Other, Drop::Abort, summary);
        return;
    case State::Sending:
    case State::Content:
        dropSocket(Drop::Abort);
        failTransaction(reply, summary);
        setClosed();
        return;
    case State::Ready:
        dropSocket(Drop::Abort);
        setClosed();
        return;
    case State::Quitting:
        finishQuit();
        return;
    }
}

void ClientSession::dropSocket(Drop how)
{
    if (!m_socket)
        return;
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    const bool writable = socket->state() == QAbstractSocket::ConnectedState
                          && (socket->mode() == QSslSocket::UnencryptedMode || socket->isEncrypted());
    if (how == Drop::Abort || !writable) {
        socket->abort();
        socket->deleteLater(); // this may run inside one of its signals
        return;
    }
    if (how == Drop::Quit) {
        qCDebug(lcSmtp).noquote() << m_id << "-> QUIT";
        socket->write("QUIT\r\n");
    }
    // Goes when it has closed, or with this session; a remote that never closes is cut off.
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(m_timeouts.command, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->disconnectFromHost();
}

void ClientSession::arm(std::chrono::milliseconds timeout)
{
    m_timer.start(timeout);
}

qint64 ClientSession::backlog() const
{
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

// ---- the conversation ------------------------------------------------------------------

void ClientSession::write(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void ClientSession::sendCommand(const QByteArray &line, Stage stage, int recipient, bool secret)
{
    // Never log AUTH payloads (STYLE 23).
    qCDebug(lcSmtp).noquote() << m_id << "->" << (secret ? stageName(stage) + u" (credentials not shown)"_s : QString::fromUtf8(line));
    const bool waiting = !m_pending.isEmpty();
    m_pending << Pending{stage, recipient};
    write(line + "\r\n");
    if (!waiting)
        arm(timeoutFor(stage));
}

void ClientSession::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    switch (m_state) {
    case State::Greeting:
    case State::Opening:
    case State::Ready:
    case State::Sending:
    case State::Content:
    case State::Quitting:
        break;
    default:
        return;
    }
    m_reader.append(bytes);
    const QSslSocket *socket = m_socket;
    // Each reply may end the session, drop or replace the socket, or start a handshake.
    while (m_socket == socket && m_reader.hasBufferedBytes() && m_state != State::Handshake && m_state != State::Closed) {
        auto next = m_reader.next();
        if (!next.ok()) {
            connectionEnded(Reply::remoteProtocolError(u"protocol error with %1: %2"_s.arg(m_remote, next.error().message)));
            return;
        }
        if (!next.value())
            return;
        handleReply(*next.value());
    }
}

void ClientSession::handleReply(const Reply &reply)
{
    qCDebug(lcSmtp).noquote() << m_id << "<-" << reply.toString();
    if (m_state == State::Greeting) {
        handleGreeting(reply);
        return;
    }
    if (m_state == State::Ready) {
        // Unasked (a 421 before the server closes an idle connection): not to be used again.
        qCDebug(lcSmtp).noquote() << m_id << m_remote << "said while idle:" << reply.toString();
        dropSocket(Drop::Abort);
        setClosed();
        return;
    }
    if (m_pending.isEmpty()) {
        // Only a server that gives up on the content answers before the final "." (a 5xx
        // for a message too big, say): that answer ends the transaction and the connection.
        const Reply taken = m_state == State::Content && reply.isError()
                                ? reply
                                : Reply::remoteProtocolError(u"%1 sent a reply nobody asked for: %2"_s.arg(m_remote, reply.toString()));
        connectionEnded(taken, u"%1 said: %2 (while %3)"_s.arg(m_remote, reply.toString(), activity()));
        return;
    }
    const Pending pending = m_pending.takeFirst();
    if (m_pending.isEmpty())
        m_timer.stop();
    else
        arm(timeoutFor(m_pending.first().stage));
    // RFC 5321 3.8: a 421 to any command means the server is closing the channel.
    if (reply.code == 421 && pending.stage != Stage::Quit) {
        connectionEnded(reply, said(reply, pending.stage));
        return;
    }
    switch (m_state) {
    case State::Opening:
        handleOpening(pending, reply);
        return;
    case State::Sending:
    case State::Content:
        handleTransaction(pending, reply);
        return;
    case State::Quitting:
        finishQuit();
        return;
    default:
        return;
    }
}

void ClientSession::handleGreeting(const Reply &reply)
{
    m_timer.stop();
    if (reply.code != 220) {
        // RFC 5321 3.1: a 554 banner says "no service here" (permanent), a 421 "not now".
        openFailed(reply, ConnectFailure::Greeting, Drop::Quit, u"%1 refused to talk to me: %2"_s.arg(m_remote, reply.toString()));
        return;
    }
    m_greeted = true;
    m_state = State::Opening;
    sayHello();
}

QByteArray ClientSession::heloArgument() const
{
    if (!m_target.heloName.isEmpty())
        return m_target.heloName.toUtf8();
    // RFC 5321 4.1.3: an address literal when there is no name.
    const QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + local.toString().toLatin1() + ']';
    return '[' + local.toString().toLatin1() + ']';
}

void ClientSession::sayHello()
{
    sendCommand((m_target.lmtp ? "LHLO " : "EHLO ") + heloArgument(), Stage::Ehlo);
}

void ClientSession::handleOpening(const Pending &pending, const Reply &reply)
{
    switch (pending.stage) {
    case Stage::Ehlo:
        if (reply.code == 250) {
            m_capabilities = ServerCapabilities::fromEhlo(reply);
            afterHello();
        } else if (!m_target.lmtp && reply.code >= 500) {
            // RFC 5321 3.2: a server that does not know EHLO still knows HELO.
            sendCommand("HELO " + heloArgument(), Stage::Helo);
        } else {
            openFailed(reply, ConnectFailure::Other, Drop::Quit, said(reply, pending.stage));
        }
        return;
    case Stage::Helo:
        if (reply.code == 250) {
            m_capabilities = {}; // no extensions
            afterHello();
        } else {
            openFailed(reply, ConnectFailure::Other, Drop::Quit, said(reply, pending.stage));
        }
        return;
    case Stage::StartTls:
        if (reply.code == 220) {
            // RFC 3207 6 (and CVE-2021-33515 for clients): whatever came after the 220 in
            // plaintext must never be taken as if it had come over TLS.
            m_reader.clear();
            m_socket->readAll();
            m_state = State::Handshake;
            arm(m_timeouts.greeting);
            configureTls();
            m_socket->startClientEncryption();
        } else if (m_target.tls == ClientTls::Opportunistic) {
            qCInfo(lcSmtp).noquote() << m_id << said(reply, pending.stage) << "- going on without TLS";
            m_withoutTls = true;
            afterHello();
        } else {
            openFailed(Reply::tlsFailed(u"%1 refused STARTTLS: %2"_s.arg(m_remote, reply.toString())), ConnectFailure::Tls, Drop::Quit,
                       said(reply, pending.stage));
        }
        return;
    case Stage::AuthPlain:
    case Stage::AuthLoginPassword:
        if (reply.code == 235) {
            m_authenticated = true;
            opened();
        } else {
            authenticationFailed(reply);
        }
        return;
    case Stage::AuthLogin:
    case Stage::AuthLoginUser: {
        // LOGIN asks for the user name, then the password, each as a 334 challenge.
        if (reply.code != 334) {
            authenticationFailed(reply);
            return;
        }
        const bool user = pending.stage == Stage::AuthLogin;
        sendCommand((user ? m_target.user : m_target.password).toUtf8().toBase64(), user ? Stage::AuthLoginUser : Stage::AuthLoginPassword,
                    -1, true);
        return;
    }
    default:
        return;
    }
}

void ClientSession::afterHello()
{
    const bool wanted = m_target.tls == ClientTls::Required || m_target.tls == ClientTls::Verify
                        || (m_target.tls == ClientTls::Opportunistic && !m_withoutTls);
    if (!m_tlsActive && wanted) {
        if (m_capabilities.startTls) {
            sendCommand("STARTTLS", Stage::StartTls);
            return;
        }
        if (m_target.tls != ClientTls::Opportunistic) {
            openFailed(Reply::tlsNotOffered(m_remote), ConnectFailure::Tls, Drop::Quit);
            return;
        }
    }
    authenticate();
}

void ClientSession::authenticate()
{
    if (m_target.user.isEmpty()) {
        opened();
        return;
    }
    if (!m_tlsActive) {
        // RFC 4954 4 and our own rule: a password never crosses the network in the clear.
        openFailed(Reply::authNotPossible(u"credentials for %1 are sent only over TLS, and this connection is not encrypted"_s.arg(m_remote)),
                   ConnectFailure::Other, Drop::Quit);
        return;
    }
    if (m_capabilities.authMechanisms.isEmpty()) {
        // As Postfix: a server that offers no AUTH may still take the mail (a trusted network).
        qCDebug(lcSmtp).noquote() << m_id << m_remote << "offers no AUTH, going on without";
        opened();
        return;
    }
    if (m_capabilities.offersAuth(u"PLAIN"_s)) {
        // RFC 4616 with the initial response (RFC 4954 4): one round trip.
        const QByteArray response = ('\0' + m_target.user.toUtf8() + '\0' + m_target.password.toUtf8()).toBase64();
        sendCommand("AUTH PLAIN " + response, Stage::AuthPlain, -1, true);
        return;
    }
    if (m_capabilities.offersAuth(u"LOGIN"_s)) {
        sendCommand("AUTH LOGIN", Stage::AuthLogin);
        return;
    }
    openFailed(Reply::authNotPossible(u"%1 offers none of the AUTH mechanisms PLAIN and LOGIN (only %2)"_s.arg(
                   m_remote, m_capabilities.authMechanisms.join(u' '))),
               ConnectFailure::Other, Drop::Quit);
}

void ClientSession::authenticationFailed(const Reply &reply)
{
    openFailed(Reply::authRefusedByRemote(m_remote, reply), ConnectFailure::Other, Drop::Quit, said(reply, Stage::AuthPlain));
}

void ClientSession::opened()
{
    m_timer.stop();
    m_state = State::Ready;
    qCDebug(lcSmtp).noquote() << m_id << "ready with" << m_remote << (m_tlsActive ? "over TLS" : "without TLS")
                              << (m_authenticated ? "as" : "") << (m_authenticated ? m_target.user : QString());
    post([done = std::exchange(m_openDone, {})] { done(std::nullopt, ConnectFailure::None); });
}

void ClientSession::openFailed(const Reply &reply, ConnectFailure kind, Drop how, const QString &summary)
{
    qCDebug(lcSmtp).noquote() << m_id << "cannot use" << m_remote << "-" << (summary.isEmpty() ? reply.toString() : summary);
    dropSocket(how);
    auto done = std::exchange(m_openDone, {});
    if (done)
        post([done = std::move(done), reply, kind] { done(reply, kind); });
    setClosed();
}

// ---- transactions ----------------------------------------------------------------------

void ClientSession::send(const ClientEnvelope &envelope, std::function<void(ClientResult)> done)
{
    ClientResult result;
    result.remote = m_remote;
    result.tlsUsed = m_tlsActive;
    const auto refuseAll = [&](const Reply &reply) {
        for (qsizetype i = 0; i < envelope.recipients.size(); ++i)
            result.recipients << reply;
        result.summary = reply.toString();
        post([done, result] { done(result); });
    };
    if (m_state != State::Ready) {
        refuseAll(Reply::localError(u"The connection to %1 is not ready for a message"_s.arg(m_remote)));
        return;
    }
    if (envelope.recipients.isEmpty()) {
        refuseAll(Reply::ok());
        return;
    }
    auto content = std::make_unique<ContentStream>(envelope.headers, envelope.bodyPath, envelope.bodyOffset);
    if (auto opened = content->open(); !opened) {
        qCWarning(lcSmtp).noquote() << m_id << opened.error().message;
        refuseAll(Reply::localError(opened.error().message));
        return;
    }
    // RFC 1870 6: a message the remote said it will not take is not offered to it.
    if (m_capabilities.size && m_capabilities.sizeLimit > 0 && content->size() > m_capabilities.sizeLimit) {
        refuseAll(Reply::tooBigForRemote(content->size(), m_capabilities.sizeLimit, m_remote));
        return;
    }
    if (envelope.smtputf8 && !m_capabilities.smtputf8) {
        refuseAll(Reply::smtputf8NotOffered(m_remote));
        return;
    }
    if (breaksTheLine(envelope.sender)) {
        refuseAll(Reply::badSenderSyntax(u"The sender address contains a line break or NUL"_s));
        return;
    }

    m_transaction = std::make_unique<Transaction>();
    Transaction &t = *m_transaction;
    t.recipients = envelope.recipients;
    t.replies.resize(envelope.recipients.size());
    t.accepted.fill(false, envelope.recipients.size());
    t.done = std::move(done);
    t.commands << std::pair{mailCommand(envelope, content->size()), Pending{Stage::Mail}};
    for (qsizetype i = 0; i < envelope.recipients.size(); ++i) {
        const QString &recipient = envelope.recipients.at(i);
        if (breaksTheLine(recipient)) {
            t.replies[i] = Reply::badAddressSyntax(u"The recipient address contains a line break or NUL"_s);
            t.summary = t.replies[i]->toString();
            continue;
        }
        t.commands << std::pair{"RCPT TO:<" + recipient.toUtf8() + '>', Pending{Stage::Rcpt, int(i)}};
    }
    t.commands << std::pair{QByteArray("DATA"), Pending{Stage::Data}};
    t.content = std::move(content);
    m_state = State::Sending;
    if (t.commands.size() == 2) { // no RCPT left to send
        finishTransaction(true);
        return;
    }

    if (!m_capabilities.pipelining) {
        const auto [line, pending] = t.commands.takeFirst(); // one at a time, each after its reply
        sendCommand(line, pending.stage, pending.recipient);
        return;
    }
    // RFC 2920 3.1: MAIL, every RCPT and DATA in one write; the replies come in that order.
    QByteArray batch;
    for (const auto &[line, pending] : std::as_const(t.commands)) {
        qCDebug(lcSmtp).noquote() << m_id << "->" << QString::fromUtf8(line);
        batch += line + "\r\n";
        m_pending << pending;
    }
    t.commands.clear();
    write(batch);
    arm(timeoutFor(Stage::Mail));
}

QByteArray ClientSession::mailCommand(const ClientEnvelope &envelope, quint64 size) const
{
    QByteArray line = "MAIL FROM:<" + envelope.sender.toUtf8() + '>';
    if (m_capabilities.size)
        line += " SIZE=" + QByteArray::number(size);
    // XXX: 8-bit content to a server without 8BITMIME goes as it is (what Postfix does unless
    // told to convert); RFC 6152 would want a conversion to quoted-printable.
    if (envelope.eightBit && m_capabilities.eightBitMime)
        line += " BODY=8BITMIME";
    if (envelope.smtputf8)
        line += " SMTPUTF8";
    return line;
}

void ClientSession::handleTransaction(const Pending &pending, const Reply &reply)
{
    Transaction &t = *m_transaction;
    switch (pending.stage) {
    case Stage::Mail:
        if (reply.isError()) {
            // It answers for every recipient; a pipelined group's other replies are moot.
            t.mailRefusal = reply;
            t.summary = said(reply, pending.stage);
            t.commands.clear();
        } else {
            t.mailAccepted = true;
        }
        break;
    case Stage::Rcpt:
        if (t.mailRefusal)
            break;
        if (reply.isPositive()) {
            t.accepted[pending.recipient] = true;
        } else {
            t.replies[pending.recipient] = reply;
            if (t.summary.isEmpty())
                t.summary = said(reply, pending.stage);
        }
        break;
    case Stage::Data:
        if (reply.code == 354) {
            if (!t.mailRefusal && t.anyAccepted()) {
                startContent();
                return;
            }
            // RFC 2920 3.1: no content without a recipient; a lone "." ends what the server
            // started, and its reply answers nobody.
            qCDebug(lcSmtp).noquote() << m_id << "-> . (no recipient was accepted)";
            write(".\r\n");
            m_pending << Pending{Stage::EndOfData, kNobody};
            arm(timeoutFor(Stage::EndOfData));
            return;
        }
        if (!t.mailRefusal && t.anyAccepted()) {
            for (qsizetype i = 0; i < t.accepted.size(); ++i) {
                if (t.accepted.at(i))
                    t.replies[i] = reply;
            }
            t.summary = said(reply, pending.stage);
        }
        t.commands.clear();
        break;
    case Stage::EndOfData:
        if (pending.recipient == kNobody)
            break;
        if (pending.recipient >= 0) { // LMTP: this recipient's own reply
            t.replies[pending.recipient] = reply;
        } else {
            for (qsizetype i = 0; i < t.accepted.size(); ++i) {
                if (t.accepted.at(i))
                    t.replies[i] = reply;
            }
        }
        if (!t.finalErrorSeen) {
            t.summary = said(reply, pending.stage);
            t.finalErrorSeen = reply.isError();
        }
        break;
    case Stage::Rset:
        if (!reply.isPositive()) {
            // A server that cannot reset is not one to send the next message to.
            finishTransaction(false);
            return;
        }
        break;
    default:
        break;
    }
    continueTransaction(pending.stage);
}

void ClientSession::continueTransaction(Stage handled)
{
    if (!m_pending.isEmpty())
        return; // more replies of a pipelined group to come
    Transaction &t = *m_transaction;
    if (!t.commands.isEmpty() && t.commands.first().second.stage == Stage::Data && !t.anyAccepted())
        t.commands.clear(); // RFC 5321 3.3: no DATA after every RCPT was refused
    if (!t.commands.isEmpty()) {
        const auto [line, pending] = t.commands.takeFirst();
        sendCommand(line, pending.stage, pending.recipient);
        return;
    }
    if (handled == Stage::EndOfData || handled == Stage::Rset) {
        finishTransaction(true);
        return;
    }
    if (t.mailAccepted) {
        // The envelope ended without content: leave nothing of it behind (RFC 5321 4.1.1.5).
        sendCommand("RSET", Stage::Rset);
        return;
    }
    finishTransaction(true);
}

void ClientSession::startContent()
{
    m_state = State::Content;
    qCDebug(lcSmtp).noquote() << m_id << "-> (message content," << m_transaction->content->size() << "bytes before dot-stuffing)";
    arm(m_timeouts.dataBlock);
    pumpContent();
}

void ClientSession::pumpContent()
{
    Transaction &t = *m_transaction;
    while (m_state == State::Content && m_socket && backlog() < kWriteBacklog) {
        auto chunk = t.content->next();
        if (!chunk.ok()) {
            // The message on the wire is incomplete: only dropping the connection keeps the
            // remote from taking it ("." must never follow).
            qCWarning(lcSmtp).noquote() << m_id << chunk.error().message;
            connectionEnded(Reply::localError(chunk.error().message));
            return;
        }
        m_socket->write(chunk.value());
        if (!t.content->atEnd())
            continue;
        m_state = State::Sending;
        if (m_target.lmtp) {
            // RFC 2033 4.2: one reply for each recipient accepted at RCPT, in their order.
            for (qsizetype i = 0; i < t.accepted.size(); ++i) {
                if (t.accepted.at(i))
                    m_pending << Pending{Stage::EndOfData, int(i)};
            }
        } else {
            m_pending << Pending{Stage::EndOfData};
        }
        arm(timeoutFor(Stage::EndOfData));
    }
}

void ClientSession::onBytesWritten()
{
    if (m_state == State::Content) {
        arm(m_timeouts.dataBlock); // progress
        pumpContent();
    } else if (m_state == State::Sending && !m_pending.isEmpty() && m_pending.first().stage == Stage::EndOfData) {
        arm(timeoutFor(Stage::EndOfData));
    }
}

void ClientSession::finishTransaction(bool usable)
{
    std::unique_ptr<Transaction> t = std::move(m_transaction);
    ClientResult result;
    result.remote = m_remote;
    result.tlsUsed = m_tlsActive;
    result.summary = t->summary;
    for (qsizetype i = 0; i < t->replies.size(); ++i) {
        // Every recipient has its answer by now; the fallback only guards the invariant.
        Q_ASSERT(t->replies.at(i) || t->mailRefusal);
        result.recipients << t->replies.at(i).value_or(t->mailRefusal.value_or(Reply::localError(u"No reply for this recipient"_s)));
    }
    m_timer.stop();
    m_state = State::Ready;
    post([done = std::move(t->done), result] { done(result); });
    if (!usable)
        close();
}

void ClientSession::failTransaction(const Reply &reply, const QString &summary)
{
    if (!m_transaction)
        return;
    Transaction &t = *m_transaction;
    for (auto &answer : t.replies) {
        if (!answer)
            answer = t.mailRefusal.value_or(reply);
    }
    t.summary = summary;
    finishTransaction(true);
    m_state = State::Closed;
}

void ClientSession::close()
{
    switch (m_state) {
    case State::Idle:
    case State::Closed:
    case State::Quitting:
        return;
    case State::Ready:
        m_state = State::Quitting;
        sendCommand("QUIT", Stage::Quit);
        return;
    default:
        // Given up half-way: whoever waits learns so, temporarily.
        connectionEnded(Reply::localError(u"The connection to %1 was closed while %2"_s.arg(m_remote, activity())));
        return;
    }
}

void ClientSession::closeAndDelete()
{
    if (m_state == State::Idle || m_state == State::Closed) {
        deleteLater();
        return;
    }
    connect(this, &ClientSession::closed, this, &QObject::deleteLater);
    close();
}

void ClientSession::finishQuit()
{
    dropSocket(Drop::Graceful);
    setClosed();
}

// ---- results ---------------------------------------------------------------------------

void ClientSession::post(std::function<void()> call)
{
    // From the event loop, with nothing of this session on the stack (the callee may delete
    // it), and never once it is gone.
    Q_ASSERT(QCoreApplication::instance());
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [self = QPointer<ClientSession>(this), call = std::move(call)] {
            if (self)
                call();
        },
        Qt::QueuedConnection);
}

void ClientSession::setClosed()
{
    m_timer.stop();
    m_pending.clear();
    m_state = State::Closed;
    if (m_closedSignalled)
        return;
    m_closedSignalled = true;
    post([this] { Q_EMIT closed(); });
}

// Queue::Notifier reads the remote's name and reply back out of this text for a report's
// Remote-MTA and Diagnostic-Code: keep "host[address]:port said: reply" in step with it.
QString ClientSession::said(const Reply &reply, Stage stage) const
{
    return u"%1 said: %2 (in reply to %3)"_s.arg(m_remote, reply.toString(), stageName(stage));
}

QString ClientSession::stageName(Stage stage) const
{
    switch (stage) {
    case Stage::Ehlo:
        return m_target.lmtp ? u"LHLO"_s : u"EHLO"_s;
    case Stage::Helo:
        return u"HELO"_s;
    case Stage::StartTls:
        return u"STARTTLS"_s;
    case Stage::AuthPlain:
    case Stage::AuthLogin:
    case Stage::AuthLoginUser:
    case Stage::AuthLoginPassword:
        return u"AUTH"_s;
    case Stage::Mail:
        return u"MAIL FROM"_s;
    case Stage::Rcpt:
        return u"RCPT TO"_s;
    case Stage::Data:
        return u"DATA"_s;
    case Stage::EndOfData:
        return u"end of DATA"_s;
    case Stage::Rset:
        return u"RSET"_s;
    case Stage::Quit:
        return u"QUIT"_s;
    }
    return QString();
}

std::chrono::milliseconds ClientSession::timeoutFor(Stage stage) const
{
    switch (stage) {
    case Stage::Data:
        return m_timeouts.dataStart;
    case Stage::EndOfData:
        // While content still drains, each write making progress is what counts.
        return backlog() > 0 ? m_timeouts.dataBlock : m_timeouts.dataEnd;
    default:
        return m_timeouts.command;
    }
}

QString ClientSession::activity() const
{
    switch (m_state) {
    case State::Connecting:
        return u"connecting"_s;
    case State::Handshake:
        return u"performing the TLS handshake"_s;
    case State::Greeting:
        return u"receiving the initial server greeting"_s;
    case State::Content:
        return u"sending message content"_s;
    case State::Ready:
        return u"idle"_s;
    default:
        break;
    }
    if (m_pending.isEmpty())
        return u"waiting"_s;
    const Stage stage = m_pending.first().stage;
    if (stage == Stage::EndOfData) // RFC 1047: the message may arrive twice
        return u"receiving the reply to end of DATA (the message may be sent more than once)"_s;
    return u"receiving the reply to "_s + stageName(stage);
}

} // namespace Doorstep::Smtp

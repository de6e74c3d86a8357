#include "engine/smtp/serversession.h"

#include <QDateTime>
#include <QSslCipher>
#include <QSslSocket>

#include "engine/smtp/clientlimits.h"
#include "engine/smtp/log.h"
#include "engine/smtp/messagereceiver.h"
#include "engine/smtp/sasl.h"
#include "engine/store/settings.h"

namespace Doorstep::Smtp {

using namespace Qt::StringLiterals;

namespace {

// What a client may send ahead while a command waits; beyond it the socket stops reading.
constexpr qint64 kReadBufferSize = 256 * 1024;

QString protocolName(const SessionInfo &info, bool smtputf8)
{
    // RFC 3848 and RFC 6531 "with" protocol types.
    QString name = smtputf8 ? u"UTF8SMTP"_s : (info.esmtp ? u"ESMTP"_s : u"SMTP"_s);
    if (info.tls)
        name += u'S';
    if (!info.authUser.isEmpty())
        name += u'A';
    return name;
}

} // namespace

ServerSession::ServerSession(QSslSocket *socket, SessionInfo info, SessionHandler &handler, const Store::Settings &settings,
                             ClientLimits &limits, TlsConfiguration tls, bool implicitTls, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_info(std::move(info))
    , m_handler(handler)
    , m_settings(settings)
    , m_limits(limits)
    , m_tls(std::move(tls))
    , m_implicitTls(implicitTls)
    , m_input(*socket)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferSize);
    // Replies are written whole, one write per batch: Nagle would only hold them back for the
    // client's delayed ACK (40 ms a reply).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_idleTimer.setSingleShot(true);
    m_greetingTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSmtp).noquote() << m_info.id << "timeout, disconnecting" << m_info.clientAddress.toString();
        closeWith(Reply::timeout());
    });
    connect(&m_greetingTimer, &QTimer::timeout, this, [this] {
        m_delayPassed = true;
        greet();
    });
    connect(m_socket, &QSslSocket::readyRead, this, &ServerSession::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &ServerSession::finish);
    connect(m_socket, &QSslSocket::encrypted, this, &ServerSession::onEncrypted);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcSmtp).noquote() << m_info.id << "socket error:" << m_socket->errorString();
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            finish();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &) {
        // A server does not verify clients; a failed handshake ends the session.
        qCInfo(lcSmtp).noquote() << m_info.id << "TLS handshake failed with" << m_info.clientAddress.toString();
    });
}

ServerSession::~ServerSession() = default;

void ServerSession::start()
{
    qCInfo(lcSmtp).noquote() << m_info.id << "connect from" << m_info.clientAddress.toString() << "on" << m_info.listener;
    const quint32 delay = m_settings.uintValue(u"limits.greeting_delay"_s);
    if (delay > 0)
        m_greetingTimer.start(int(delay) * 1000);
    else
        m_delayPassed = true;

    QPointer<ServerSession> self(this);
    m_handler.connect(m_info, [self](ConnectDecision decision) {
        if (!self)
            return;
        self->m_connectDecided = true;
        self->m_info.trust = decision.trust;
        self->m_info.clientName = decision.clientName;
        self->m_connectRefusal = decision.refusal;
        self->greet(); // on smtps it also waits for the handshake, whichever ends last
    });
    if (m_implicitTls) {
        const QSslConfiguration configuration = m_tls();
        if (configuration.isNull()) {
            qCWarning(lcSmtp).noquote() << m_info.id << "no TLS certificate for implicit TLS, closing";
            finish();
            return;
        }
        m_socket->setSslConfiguration(configuration);
        m_socket->startServerEncryption();
    }
    armIdleTimer();
}

void ServerSession::shutdown()
{
    closeWith(Reply::serviceUnavailable(m_settings.stringValue(u"identity.hostname"_s) + u" is shutting down, try again later"_s));
}

void ServerSession::greet()
{
    if (m_greeted || !m_connectDecided || !m_delayPassed || m_state == State::Closing)
        return;
    if (m_implicitTls && !m_socket->isEncrypted())
        return;
    if (m_input.hasUnread()) {
        // RFC 5321 3.1: the client waits for the greeting; spam engines that do not are refused.
        m_handler.rejected(m_info, RejectionStage::Protocol, Reply::pregreet(), u"talked before the greeting"_s);
        closeWith(Reply::pregreet());
        return;
    }
    m_greeted = true;
    if (m_connectRefusal) {
        m_handler.rejected(m_info, RejectionStage::Connect, *m_connectRefusal, u"refused by the relay-client list"_s);
        closeWith(*m_connectRefusal);
        return;
    }
    m_state = State::Command;
    send(Reply::greeting(m_settings.stringValue(u"identity.hostname"_s)));
    flush();
    armIdleTimer();
    processInput();
}

// ---- input and output ------------------------------------------------------------------

void ServerSession::onReadyRead()
{
    if (m_state == State::Closing || !m_input.read())
        return; // the socket keeps it (bounded by the read buffer size) until we resume
    if (!m_greeted) {
        greet(); // refuses the pregreeting client once the greeting would be due
        if (!m_greeted && m_connectDecided && m_delayPassed)
            return;
        if (!m_greeted && m_state != State::Closing && !m_implicitTls) {
            m_handler.rejected(m_info, RejectionStage::Protocol, Reply::pregreet(), u"talked before the greeting"_s);
            closeWith(Reply::pregreet());
        }
        return;
    }
    processInput();
}

void ServerSession::processInput()
{
    m_input.beginProcessing();
    while (!m_input.paused() && m_state != State::Closing && m_greeted) {
        if (m_state == State::Data) {
            consumeData();
            if (m_state == State::Data)
                break; // needs more bytes
            continue;
        }
        QByteArray line;
        if (!m_input.takeLine(line))
            break;
        armIdleTimer();
        if (const std::optional<Reply> refusal = SessionInput::refusalOf(line)) {
            countError(*refusal);
            send(*refusal);
            continue;
        }
        switch (m_state) {
        case State::AuthPlain:
        case State::AuthLoginUser:
        case State::AuthLoginPassword:
            handleAuthLine(line);
            break;
        default:
            handleCommand(line);
            break;
        }
    }
    m_input.endProcessing();
    // RFC 2920 3.2: while more pipelined commands wait behind a pending decision, their
    // replies go out together later; otherwise the client is waiting for what we have.
    if (!m_input.paused() || !m_input.hasCompleteLine())
        flush();
}

void ServerSession::send(const Reply &reply)
{
    m_out += reply.toWire();
    if (reply.isError())
        qCInfo(lcSmtp).noquote() << m_info.id << "reply" << reply.toString();
}

void ServerSession::flush()
{
    if (!m_out.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(m_out);
        m_socket->flush();
    }
    m_out.clear();
}

void ServerSession::closeWith(const Reply &reply)
{
    if (m_state == State::Closing)
        return;
    send(reply);
    flush();
    m_state = State::Closing;
    m_idleTimer.stop();
    m_greetingTimer.stop();
    if (m_socket->mode() != QSslSocket::UnencryptedMode && !m_socket->isEncrypted()) {
        // Mid-handshake nothing can be written: a polite close would wait forever.
        m_socket->abort();
        finish();
        return;
    }
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void ServerSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_state = State::Closing;
    m_idleTimer.stop();
    m_greetingTimer.stop();
    m_transaction.reset(); // an unfinished message leaves no trace
    disconnect(m_socket, nullptr, this, nullptr);
    qCInfo(lcSmtp).noquote() << m_info.id << "disconnect from" << m_info.clientAddress.toString();
    Q_EMIT finished();
    deleteLater();
}

void ServerSession::pauseInput()
{
    // Replies gathered so far stay buffered: they go out with the next ones in one write
    // (RFC 2920), once processInput() has nothing left to do.
    m_input.pause();
    m_idleTimer.stop();
}

void ServerSession::resumeInput()
{
    const bool process = m_input.resume();
    armIdleTimer();
    if (process)
        processInput();
}

void ServerSession::armIdleTimer()
{
    if (m_state == State::Closing || m_input.paused())
        return;
    m_idleTimer.start(int(m_settings.uintValue(u"limits.idle_timeout"_s)) * 1000);
}

void ServerSession::countError(const Reply &reply)
{
    if (!reply.isError())
        return;
    ++m_errors;
    if (quint32(m_errors) > m_settings.uintValue(u"limits.max_errors"_s)) {
        send(reply);
        closeWith(Reply::tooManyErrors());
    }
}

// ---- commands --------------------------------------------------------------------------

void ServerSession::handleCommand(const QByteArray &line)
{
    const Command command = Command::parse(line);
    const auto refuse = [this](const Reply &reply) {
        countError(reply);
        if (m_state != State::Closing)
            send(reply);
    };
    switch (command.verb) {
    case Command::Verb::Helo:
        handleHelo(command, false);
        return;
    case Command::Verb::Ehlo:
        handleHelo(command, true);
        return;
    case Command::Verb::Mail:
        handleMail(command);
        return;
    case Command::Verb::Rcpt:
        handleRcpt(command);
        return;
    case Command::Verb::Data:
        handleData(command);
        return;
    case Command::Verb::Rset:
        m_transaction.reset();
        send(Reply::ok());
        return;
    case Command::Verb::Noop:
        send(Reply::ok());
        return;
    case Command::Verb::Quit:
        closeWith(Reply::closing(m_settings.stringValue(u"identity.hostname"_s)));
        return;
    case Command::Verb::Vrfy:
        send(Reply::cannotVerify());
        return;
    case Command::Verb::Expn:
        refuse(Reply::notImplemented(u"EXPN"_s)); // lists are private
        return;
    case Command::Verb::Help:
        send(Reply::help());
        return;
    case Command::Verb::StartTls:
        handleStartTls();
        return;
    case Command::Verb::Auth:
        handleAuth(command);
        return;
    case Command::Verb::Unknown:
        refuse(Reply::syntaxError(u"Command unrecognized: "_s + command.name.left(32)));
        return;
    }
}

void ServerSession::handleHelo(const Command &command, bool extended)
{
    const QString name = QString::fromUtf8(command.argument).section(u' ', 0, 0);
    if (name.isEmpty()) {
        const Reply reply = Reply::argumentError(extended ? u"Syntax: EHLO hostname"_s : u"Syntax: HELO hostname"_s);
        countError(reply);
        send(reply);
        return;
    }
    m_transaction.reset();
    m_info.helo = name.left(255);
    m_info.esmtp = extended;
    const QString host = m_settings.stringValue(u"identity.hostname"_s);
    const QString hello = u"%1 Hello %2 [%3]"_s.arg(host, m_info.helo, m_info.clientAddress.toString());
    if (!extended) {
        send(Reply::make(250, QString(), hello));
        return;
    }
    Reply reply{250, QString(), {hello, u"PIPELINING"_s}};
    const quint64 maxSize = m_settings.sizeValue(u"limits.max_message_size"_s);
    reply.lines << (maxSize > 0 ? u"SIZE %1"_s.arg(maxSize) : u"SIZE"_s);
    reply.lines << u"8BITMIME"_s << u"ENHANCEDSTATUSCODES"_s;
    if (!m_info.tls && !m_tls().isNull())
        reply.lines << u"STARTTLS"_s;
    if (m_info.tls && m_info.authUser.isEmpty())
        reply.lines << u"AUTH PLAIN LOGIN"_s; // RFC 4954 4: never offered in the clear
    reply.lines << u"SMTPUTF8"_s;
    send(reply);
}

void ServerSession::handleStartTls()
{
    Reply refusal;
    if (m_info.tls)
        refusal = Reply::badSequence(u"TLS already active"_s);
    else if (m_tls().isNull())
        refusal = Reply::tlsNotAvailable();
    if (!refusal.lines.isEmpty()) {
        countError(refusal);
        send(refusal);
        return;
    }
    send(Reply::startTls());
    flush();
    // CVE-2011-0411: whatever the client pipelined in plaintext after STARTTLS must never be
    // taken as if it had come over TLS. Drop our buffer and what the socket holds *before*
    // the handshake starts (QSslSocket would otherwise hand it over as decrypted data).
    m_input.clear();
    pauseInput();
    // The handshake has the same deadline as a command line: a client that goes silent after
    // STARTTLS must not hold its connection slot.
    m_idleTimer.start(int(m_settings.uintValue(u"limits.idle_timeout"_s)) * 1000);
    m_socket->setSslConfiguration(m_tls());
    m_socket->startServerEncryption();
}

void ServerSession::onEncrypted()
{
    m_info.tls = true;
    m_info.tlsProtocol = m_socket->sessionCipher().protocolString();
    m_info.tlsCipher = m_socket->sessionCipher().name();
    qCInfo(lcSmtp).noquote() << m_info.id << "TLS established:" << m_info.tlsProtocol << m_info.tlsCipher;
    if (m_implicitTls && !m_greeted) {
        greet();
        return;
    }
    // RFC 3207 4.2: after TLS the client starts again with EHLO; forget everything learnt.
    m_info.helo.clear();
    m_info.esmtp = false;
    m_transaction.reset();
    resumeInput();
}

void ServerSession::handleMail(const Command &command)
{
    const auto refuse = [this](const Reply &reply) {
        countError(reply);
        if (m_state != State::Closing)
            send(reply);
    };
    if (m_info.helo.isEmpty())
        return refuse(Reply::badSequence(u"Send HELO/EHLO first"_s));
    if (m_transaction.haveSender)
        return refuse(Reply::badSequence(u"Nested MAIL command"_s));
    if (m_info.listener != u"mta"_s && m_info.authUser.isEmpty())
        return refuse(Reply::authRequired()); // submission: RFC 6409 4.3
    if (m_handler.diskSpaceLow())
        return refuse(Reply::insufficientStorage());
    auto parsed = parsePathArgument(command.argument, "FROM");
    if (auto *reply = std::get_if<Reply>(&parsed))
        return refuse(*reply);
    const PathArgument argument = std::get<PathArgument>(parsed);
    bool smtputf8 = false;
    for (auto it = argument.parameters.cbegin(); it != argument.parameters.cend(); ++it) {
        if (it.key() == u"SIZE"_s) {
            bool ok = false;
            const quint64 declared = it.value().toULongLong(&ok);
            if (!ok)
                return refuse(Reply::argumentError(u"Bad SIZE parameter"_s));
            const quint64 limit = m_settings.sizeValue(u"limits.max_message_size"_s);
            if (limit > 0 && declared > limit)
                return refuse(Reply::messageTooBig(limit));
        } else if (it.key() == u"BODY"_s) {
            const QString body = it.value().toUpper();
            if (body != u"7BIT"_s && body != u"8BITMIME"_s)
                return refuse(Reply::argumentError(u"BODY must be 7BIT or 8BITMIME"_s));
        } else if (it.key() == u"SMTPUTF8"_s) {
            smtputf8 = true;
        } else if (it.key() != u"AUTH"_s) {
            return refuse(Reply::unsupportedParameter(it.key()));
        }
    }
    if (argument.path.nonAscii && !smtputf8)
        return refuse(Reply::eightBitNotDeclared());

    pauseInput();
    QPointer<ServerSession> self(this);
    m_handler.checkSender(m_info, argument.path, [self, argument, smtputf8](std::optional<Reply> refusal) {
        if (!self || self->m_state == State::Closing)
            return;
        if (refusal) {
            self->m_handler.rejected(self->m_info, RejectionStage::Sender, *refusal, argument.path.address);
            self->countError(*refusal);
            if (self->m_state != State::Closing)
                self->send(*refusal);
        } else {
            self->m_transaction.haveSender = true;
            self->m_transaction.sender = argument.path.isNull ? QString() : argument.path.address;
            self->m_transaction.smtputf8 = smtputf8;
            self->send(Reply::make(250, u"2.1.0"_s, u"Sender ok"_s));
        }
        self->resumeInput();
    });
}

void ServerSession::handleRcpt(const Command &command)
{
    const auto refuse = [this](const Reply &reply) {
        countError(reply);
        if (m_state != State::Closing)
            send(reply);
    };
    if (!m_transaction.haveSender)
        return refuse(Reply::badSequence(u"Need MAIL command first"_s));
    if (quint32(m_transaction.acceptedRcpts.size()) >= m_settings.uintValue(u"limits.max_recipients"_s))
        return refuse(Reply::tooManyRecipients());
    auto parsed = parsePathArgument(command.argument, "TO");
    if (auto *reply = std::get_if<Reply>(&parsed))
        return refuse(*reply);
    const PathArgument argument = std::get<PathArgument>(parsed);
    for (auto it = argument.parameters.cbegin(); it != argument.parameters.cend(); ++it)
        return refuse(Reply::unsupportedParameter(it.key()));
    if (argument.path.nonAscii && !m_transaction.smtputf8)
        return refuse(Reply::eightBitNotDeclared());

    pauseInput();
    QPointer<ServerSession> self(this);
    m_handler.checkRecipient(m_info, m_transaction.sender, argument.path, [self, argument](RecipientDecision decision) {
        if (!self || self->m_state == State::Closing)
            return;
        if (decision.refusal) {
            const bool relay = decision.refusal->status == u"5.7.1"_s;
            if (!decision.greylisted)
                self->m_handler.rejected(self->m_info, relay ? RejectionStage::Relay : RejectionStage::Recipient, *decision.refusal,
                                         argument.path.address);
            self->countError(*decision.refusal);
            if (self->m_state != State::Closing)
                self->send(*decision.refusal);
        } else {
            self->m_transaction.addRecipient(argument.path.address, decision.targets);
            self->m_transaction.greylistPassed = self->m_transaction.greylistPassed || decision.greylistPassed;
            self->send(Reply::make(250, u"2.1.5"_s, u"Recipient ok"_s));
        }
        self->resumeInput();
    });
}

void ServerSession::handleData(const Command &command)
{
    const auto refuse = [this](const Reply &reply) {
        countError(reply);
        if (m_state != State::Closing)
            send(reply);
    };
    if (!command.argument.isEmpty())
        return refuse(Reply::argumentError(u"DATA takes no arguments"_s));
    if (!m_transaction.haveSender)
        return refuse(Reply::badSequence(u"Need MAIL command first"_s));
    if (m_transaction.recipients.isEmpty())
        return refuse(Reply::noValidRecipients());
    auto sink = m_handler.openMessage();
    if (!sink) {
        qCWarning(lcSmtp).noquote() << m_info.id << "cannot open a spool file:" << sink.error().message;
        return refuse(Reply::localError(u"Local error in processing, try again later"_s));
    }
    std::unique_ptr<MessageSink> opened = std::move(sink).value();
    const bool submission = !m_info.authUser.isEmpty() || m_info.listener != u"mta"_s;
    auto receiver = std::make_unique<MessageReceiver>(*opened, receivedHeader(opened->id()), m_settings.sizeValue(u"limits.max_message_size"_s),
                                                      submission, m_settings.stringValue(u"identity.hostname"_s));
    m_transaction.startData(std::move(opened), std::move(receiver));
    m_state = State::Data;
    send(Reply::startData());
    flush();
}

QByteArray ServerSession::receivedHeader(const QString &queueId) const
{
    // RFC 5321 4.4; the TLS comment as Postfix writes it, the protocol per RFC 3848.
    QString from = u"from %1 (%2 [%3])"_s.arg(m_info.helo, m_info.clientName, m_info.clientAddress.toString());
    QString header = u"Received: "_s + from;
    if (m_info.tls)
        header += u"\r\n\t(using %1 with cipher %2)"_s.arg(m_info.tlsProtocol, m_info.tlsCipher);
    if (!m_info.authUser.isEmpty())
        header += u"\r\n\t(authenticated sender)"_s;
    header += u"\r\n\tby %1 (Doorstep) with %2 id %3"_s.arg(m_settings.stringValue(u"identity.hostname"_s), protocolName(m_info, m_transaction.smtputf8),
                                                             queueId);
    if (m_transaction.acceptedRcpts.size() == 1)
        header += u"\r\n\tfor <%1>"_s.arg(m_transaction.acceptedRcpts.first());
    header += u"; "_s + QDateTime::currentDateTime().toString(Qt::RFC2822Date) + u"\r\n"_s;
    return header.toUtf8();
}

void ServerSession::consumeData()
{
    const Transaction::Fed fed = m_transaction.feedData(m_input);
    // Only a completed line restarts the deadline: a client trickling bytes is dropped.
    if (fed.wholeLines)
        armIdleTimer();
    if (fed.status == MessageReceiver::Status::NeedMore)
        return;
    if (fed.status == MessageReceiver::Status::BareLineEnding) {
        m_transaction.reset();
        m_handler.rejected(m_info, RejectionStage::Protocol, Reply::bareLineEnding(), u"bare LF or CR in DATA"_s);
        closeWith(Reply::bareLineEnding());
        return;
    }
    endOfData();
}

void ServerSession::endOfData()
{
    m_state = State::Command;
    auto ended = m_transaction.endData(m_settings.sizeValue(u"limits.max_message_size"_s));
    if (const auto *refused = std::get_if<Transaction::Refused>(&ended)) {
        m_handler.rejected(m_info, RejectionStage::Content, refused->reply, refused->queueId);
        countError(refused->reply);
        if (m_state != State::Closing)
            send(refused->reply);
        return;
    }
    if (const auto *failed = std::get_if<Transaction::NotWritten>(&ended)) {
        qCWarning(lcSmtp).noquote() << m_info.id << failed->queueId << "cannot be written:" << failed->error.message;
        send(Reply::localError(u"Local error in processing, try again later"_s));
        return;
    }
    auto &complete = std::get<Transaction::Complete>(ended);
    pauseInput();
    QPointer<ServerSession> self(this);
    // The 250 goes out only when the message is on disk (STYLE rule 13).
    m_handler.commitMessage(std::move(complete.sink), m_info, complete.envelope, this, [self](CommitOutcome outcome) {
        if (!self || self->m_state == State::Closing)
            return;
        if (outcome.isAccepted()) {
            self->send(Reply::queued(outcome.queueId));
        } else {
            self->countError(*outcome.reply);
            if (self->m_state != State::Closing)
                self->send(*outcome.reply);
        }
        self->resumeInput();
    });
}

// ---- AUTH ------------------------------------------------------------------------------

void ServerSession::handleAuth(const Command &command)
{
    const auto refuse = [this](const Reply &reply) {
        countError(reply);
        if (m_state != State::Closing)
            send(reply);
    };
    if (!m_info.tls)
        return refuse(Reply::encryptionRequired());
    if (m_info.helo.isEmpty() || !m_info.esmtp)
        return refuse(Reply::badSequence(u"Send EHLO first"_s));
    if (!m_info.authUser.isEmpty())
        return refuse(Reply::badSequence(u"Already authenticated"_s));
    if (m_transaction.haveSender)
        return refuse(Reply::badSequence(u"AUTH not allowed during a mail transaction"_s));
    if (m_limits.authLockedOut(m_info.clientAddress, QDateTime::currentSecsSinceEpoch())) {
        m_handler.rejected(m_info, RejectionStage::Protocol, Reply::authTemporaryFailure(), u"too many failed logins"_s);
        return closeWith(Reply::tooManyConnections(u"Too many failed logins from your address, try again later"_s));
    }
    const QList<QByteArray> words = command.argument.split(' ');
    const QByteArray mechanism = words.value(0).toUpper();
    const QByteArray initial = words.value(1);
    if (mechanism == "PLAIN") {
        if (initial.isEmpty()) {
            m_state = State::AuthPlain;
            send(Reply::authChallenge(QByteArray()));
            return;
        }
        m_state = State::AuthPlain;
        handleAuthLine(initial);
        return;
    }
    if (mechanism == "LOGIN") {
        m_state = State::AuthLoginUser;
        if (!initial.isEmpty()) {
            handleAuthLine(initial);
            return;
        }
        send(Reply::authChallenge(QByteArray("Username:").toBase64()));
        return;
    }
    refuse(Reply::authMechanismUnknown(QString::fromLatin1(mechanism.left(20))));
}

void ServerSession::handleAuthLine(const QByteArray &line)
{
    const State state = m_state;
    m_state = State::Command;
    if (line == "*") {
        const Reply reply = Reply::authCancelled();
        countError(reply);
        send(reply);
        return;
    }
    const auto decoded = Sasl::decodeBase64(line);
    if (!decoded) {
        const Reply reply = Reply::argumentError(u"Invalid base64 data in AUTH"_s);
        countError(reply);
        send(reply);
        return;
    }
    switch (state) {
    case State::AuthPlain: {
        const auto credentials = Sasl::decodePlain(*decoded);
        if (!credentials) {
            const Reply reply = Reply::argumentError(u"Invalid AUTH PLAIN response"_s);
            countError(reply);
            send(reply);
            return;
        }
        completeAuth(credentials->user, credentials->password);
        return;
    }
    case State::AuthLoginUser:
        m_authLoginUser = QString::fromUtf8(*decoded);
        m_state = State::AuthLoginPassword;
        send(Reply::authChallenge(QByteArray("Password:").toBase64()));
        return;
    case State::AuthLoginPassword:
        completeAuth(m_authLoginUser, QString::fromUtf8(*decoded));
        m_authLoginUser.clear();
        return;
    default:
        return;
    }
}

void ServerSession::completeAuth(const QString &user, const QString &password)
{
    pauseInput();
    QPointer<ServerSession> self(this);
    m_handler.authenticate(m_info, user, password, [self, user](AuthDecision decision) {
        if (!self || self->m_state == State::Closing)
            return;
        switch (decision.result) {
        case AuthDecision::Result::Accepted:
            self->m_limits.recordAuthSuccess(self->m_info.clientAddress);
            self->m_info.authUser = decision.user;
            qCInfo(lcSmtp).noquote() << self->m_info.id << "authenticated as" << decision.user;
            self->send(Reply::authenticated());
            self->resumeInput();
            return;
        case AuthDecision::Result::TemporaryFailure:
            self->send(Reply::authTemporaryFailure());
            self->resumeInput();
            return;
        case AuthDecision::Result::Invalid: {
            // Slow the answer down, more with each failure from this address.
            const int delayMs = self->m_limits.recordAuthFailure(self->m_info.clientAddress, QDateTime::currentSecsSinceEpoch());
            self->m_handler.authenticationFailed(self->m_info, user);
            QTimer::singleShot(delayMs, self.data(), [self] {
                if (!self || self->m_state == State::Closing)
                    return;
                const Reply reply = Reply::authInvalid();
                self->countError(reply);
                if (self->m_state == State::Closing)
                    return;
                self->send(reply);
                self->resumeInput();
            });
            return;
        }
        }
    });
}

} // namespace Doorstep::Smtp

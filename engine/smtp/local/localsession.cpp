#include "engine/smtp/local/localsession.h"

#include <algorithm>
#include <cctype>

#include <QDateTime>
#include <QLocalSocket>
#include <QPointer>

#include "engine/smtp/log.h"
#include "engine/smtp/messagereceiver.h"
#include "engine/store/repositories/aliasrepository.h"
#include "engine/store/settings.h"

namespace Doorstep::Smtp {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kReadBufferSize = 256 * 1024;
constexpr qsizetype kMaxFullName = 200; // characters of -F kept for From:

// RFC 3461 4: xtext, "+" and two hex digits for what may not stand in an ESMTP value.
std::optional<QByteArray> decodeXtext(const QString &text)
{
    const QByteArray in = text.toLatin1();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '+') {
            out += in[i];
            continue;
        }
        const QByteArray hex = in.mid(i + 1, 2);
        if (hex.size() != 2 || !std::all_of(hex.cbegin(), hex.cend(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); }))
            return std::nullopt;
        out += char(hex.toInt(nullptr, 16));
        i += 2;
    }
    return out;
}

// What may stand in a comment of a header field: no line breaks, no parentheses or escapes.
QString commentSafe(const QString &text)
{
    QString safe;
    for (QChar c : text)
        safe += (c.unicode() < 0x20 || c == u'(' || c == u')' || c == u'\\' || c.unicode() == 0x7f) ? u'?' : c;
    return safe;
}

// "FROM:<root> SIZE=1": the bare name inside the angle brackets (no '@'), or "".
QString bareNameIn(const QByteArray &argument, const QByteArray &keyword)
{
    const QByteArray prefix = keyword + ":<";
    if (!argument.toUpper().startsWith(prefix))
        return {};
    const qsizetype close = argument.indexOf('>', prefix.size());
    const QString name = QString::fromUtf8(argument.mid(prefix.size(), close - prefix.size()));
    return close > 0 && Store::AliasRepository::isBareName(name) ? name : QString();
}

} // namespace

LocalSession::LocalSession(QLocalSocket *socket, SessionInfo info, SessionHandler &handler, const Store::Settings &settings, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_info(std::move(info))
    , m_handler(handler)
    , m_settings(settings)
    , m_input(*socket)
{
    Q_ASSERT(m_info.local);
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferSize);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSmtp).noquote() << m_info.id << "timeout, disconnecting" << m_info.describeClient();
        closeWith(Reply::timeout());
    });
    connect(m_socket, &QLocalSocket::readyRead, this, &LocalSession::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, &LocalSession::finish);
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this] {
        if (m_socket->state() != QLocalSocket::ConnectedState)
            finish();
    });
}

LocalSession::~LocalSession() = default;

QString LocalSession::hostName() const
{
    return m_settings.stringValue(u"identity.hostname"_s);
}

void LocalSession::start()
{
    const LocalClient &client = *m_info.local;
    qCInfo(lcSmtp).noquote() << m_info.id << "connect from" << client.describe() << "pid" << client.pid;
    if (client.login.isEmpty()) {
        const Reply refusal = Reply::localUserUnknown(client.uid);
        m_handler.rejected(m_info, RejectionStage::Connect, refusal, u"uid %1 without a login name"_s.arg(client.uid));
        closeWith(refusal);
        return;
    }
    reply(Reply::greeting(hostName()));
    resume();
}

void LocalSession::shutdown()
{
    closeWith(Reply::serviceUnavailable(hostName() + u" is shutting down, try again later"_s));
}

// ---- input and output ------------------------------------------------------------------

void LocalSession::onReadyRead()
{
    if (m_state != State::Closing && m_input.read())
        processInput(); // else it stays in the socket (bounded by the read buffer) until resume()
}

void LocalSession::processInput()
{
    m_input.beginProcessing();
    while (!m_input.paused() && m_state != State::Closing) {
        if (m_state == State::Data) {
            consumeData();
            if (m_state == State::Data)
                break;
            continue;
        }
        QByteArray line;
        if (!m_input.takeLine(line))
            break;
        armIdleTimer();
        if (const std::optional<Reply> refusal = SessionInput::refusalOf(line))
            refuse(*refusal, RejectionStage::Protocol, QString());
        else
            handleCommand(line);
    }
    m_input.endProcessing();
    if (!m_out.isEmpty() && m_socket->state() == QLocalSocket::ConnectedState) {
        m_socket->write(std::exchange(m_out, {}));
        m_socket->flush();
    }
}

void LocalSession::reply(const Reply &reply)
{
    m_out += reply.toWire();
    if (reply.isError())
        qCInfo(lcSmtp).noquote() << m_info.id << "reply" << reply.toString();
}

void LocalSession::refuse(const Reply &reply, RejectionStage stage, const QString &detail)
{
    if (stage != RejectionStage::Protocol)
        m_handler.rejected(m_info, stage, reply, detail);
    if (++m_errors > int(m_settings.uintValue(u"limits.max_errors"_s))) {
        this->reply(reply);
        closeWith(Reply::tooManyErrors());
        return;
    }
    this->reply(reply);
}

void LocalSession::closeWith(const Reply &reply)
{
    if (m_state == State::Closing)
        return;
    this->reply(reply);
    m_state = State::Closing;
    m_idleTimer.stop();
    if (m_socket->state() == QLocalSocket::ConnectedState) {
        m_socket->write(std::exchange(m_out, {}));
        m_socket->flush();
    }
    m_socket->disconnectFromServer();
    if (m_socket->state() == QLocalSocket::UnconnectedState)
        finish();
}

void LocalSession::finish()
{
    if (std::exchange(m_finished, true))
        return;
    m_state = State::Closing;
    m_idleTimer.stop();
    m_transaction.reset(); // an unfinished message leaves no trace
    disconnect(m_socket, nullptr, this, nullptr);
    qCInfo(lcSmtp).noquote() << m_info.id << "disconnect from" << m_info.describeClient();
    Q_EMIT finished();
    deleteLater();
}

void LocalSession::armIdleTimer()
{
    m_idleTimer.start(int(m_settings.uintValue(u"limits.idle_timeout"_s)) * 1000);
}

void LocalSession::wait()
{
    m_input.pause();
    m_idleTimer.stop();
}

void LocalSession::resume()
{
    armIdleTimer();
    if (m_input.resume())
        processInput();
}

// ---- commands --------------------------------------------------------------------------

void LocalSession::handleCommand(const QByteArray &line)
{
    const Command command = Command::parse(line);
    switch (command.verb) {
    case Command::Verb::Helo:
    case Command::Verb::Ehlo:
        return handleHelo(command);
    case Command::Verb::Mail:
        return handleMail(command);
    case Command::Verb::Rcpt:
        return handleRcpt(command);
    case Command::Verb::Data:
        if (!command.argument.isEmpty())
            return refuse(Reply::argumentError(u"DATA takes no arguments"_s), RejectionStage::Protocol, QString());
        return handleData();
    case Command::Verb::Rset:
        m_transaction.reset();
        return reply(Reply::ok());
    case Command::Verb::Noop:
        return reply(Reply::ok());
    case Command::Verb::Quit:
        return closeWith(Reply::closing(hostName()));
    case Command::Verb::Unknown:
        return refuse(Reply::syntaxError(u"Command unrecognized: "_s + command.name.left(32)), RejectionStage::Protocol, QString());
    default: // VRFY, EXPN, HELP, STARTTLS, AUTH: nothing to do on a local socket
        return refuse(Reply::notImplemented(command.name), RejectionStage::Protocol, QString());
    }
}

void LocalSession::handleHelo(const Command &command)
{
    m_transaction.reset();
    m_info.helo = QString::fromUtf8(command.argument).section(u' ', 0, 0).left(255);
    m_info.esmtp = command.verb == Command::Verb::Ehlo;
    const QString hello = u"%1 Hello %2"_s.arg(hostName(), m_info.local->describe());
    if (!m_info.esmtp)
        return reply(Reply::make(250, QString(), hello));
    const quint64 maxSize = m_settings.sizeValue(u"limits.max_message_size"_s);
    reply(Reply{250, QString(), {hello, maxSize > 0 ? u"SIZE %1"_s.arg(maxSize) : u"SIZE"_s, u"8BITMIME"_s, u"ENHANCEDSTATUSCODES"_s, u"SMTPUTF8"_s}});
}

QString LocalSession::effectiveSender(const LocalClient &client, const Path &requested, const QString &hostName)
{
    if (client.mayChooseSender)
        return requested.isNull ? QString() : requested.address;
    return client.login + u'@' + hostName;
}

void LocalSession::handleMail(const Command &command)
{
    if (m_transaction.haveSender)
        return refuse(Reply::badSequence(u"Nested MAIL command"_s), RejectionStage::Protocol, QString());
    if (m_handler.diskSpaceLow())
        return refuse(Reply::insufficientStorage(), RejectionStage::Protocol, QString());
    // "-f root": a bare name is the name at this host, as for the default sender.
    QByteArray argument = command.argument;
    if (const QString name = bareNameIn(argument, "FROM"); !name.isEmpty())
        argument = "FROM:<" + name.toUtf8() + '@' + hostName().toUtf8() + argument.mid(argument.indexOf('>'));
    auto parsed = parsePathArgument(argument, "FROM");
    if (auto *refusal = std::get_if<Reply>(&parsed))
        return refuse(*refusal, RejectionStage::Protocol, QString());
    const PathArgument &requested = std::get<PathArgument>(parsed);
    bool smtputf8 = false;
    QString fullName;
    for (auto it = requested.parameters.cbegin(); it != requested.parameters.cend(); ++it) {
        const quint64 limit = m_settings.sizeValue(u"limits.max_message_size"_s);
        if (it.key() == u"SIZE"_s && limit > 0 && it.value().toULongLong() > limit) {
            return refuse(Reply::messageTooBig(limit), RejectionStage::Content, u"declared size %1"_s.arg(it.value()));
        } else if (it.key() == u"FULLNAME"_s) {
            const auto decoded = decodeXtext(it.value());
            if (!decoded)
                return refuse(Reply::argumentError(u"FULLNAME must be xtext (RFC 3461 4)"_s), RejectionStage::Protocol, QString());
            fullName = QString::fromUtf8(*decoded).left(kMaxFullName);
        } else if (it.key() == u"SMTPUTF8"_s) {
            smtputf8 = true;
        } else if (it.key() != u"SIZE"_s && it.key() != u"BODY"_s) {
            return refuse(Reply::unsupportedParameter(it.key()), RejectionStage::Protocol, QString());
        }
    }
    const LocalClient &client = *m_info.local;
    const QString own = client.login + u'@' + hostName();
    const QString sender = effectiveSender(client, requested.path, hostName());
    const bool ignored = sender.compare(requested.path.address, Qt::CaseInsensitive) != 0 || requested.path.isNull != sender.isEmpty();
    if (ignored)
        qCInfo(lcSmtp).noquote() << m_info.id << client.describe() << "may not choose the sender"
                                 << (requested.path.isNull ? u"<>"_s : requested.path.address) << ", using" << sender;
    // The caller's own address carries their GECOS name unless -F named another.
    m_fullName = !fullName.isEmpty() ? fullName : (sender.compare(own, Qt::CaseInsensitive) == 0 ? client.fullName : QString());
    m_transaction.smtputf8 = smtputf8 || requested.path.nonAscii;

    Path path;
    path.isNull = sender.isEmpty();
    path.address = sender;
    path.local = sender.section(u'@', 0, -2);
    path.domain = sender.section(u'@', -1);
    wait();
    QPointer<LocalSession> self(this);
    m_handler.checkSender(m_info, path, [self, sender, ignored](std::optional<Reply> refusal) {
        if (!self || self->m_state == State::Closing)
            return;
        if (refusal) {
            self->refuse(*refusal, RejectionStage::Sender, sender);
        } else {
            self->m_transaction.haveSender = true;
            self->m_transaction.sender = sender;
            const QString note = ignored ? u" (only root and group doorstep may choose the sender)"_s : QString();
            self->reply(Reply::make(250, u"2.1.0"_s, u"Sender <%1> ok%2"_s.arg(sender, note)));
        }
        self->resume();
    });
}

void LocalSession::handleRcpt(const Command &command)
{
    if (!m_transaction.haveSender)
        return refuse(Reply::badSequence(u"Need MAIL command first"_s), RejectionStage::Protocol, QString());
    if (quint32(m_transaction.acceptedRcpts.size()) >= m_settings.uintValue(u"limits.max_recipients"_s))
        return refuse(Reply::tooManyRecipients(), RejectionStage::Protocol, QString());
    Path path;
    if (const QString name = bareNameIn(command.argument, "TO"); !name.isEmpty()) {
        if (command.argument.indexOf('>') != command.argument.size() - 1)
            return refuse(Reply::unsupportedParameter(u"RCPT"_s), RejectionStage::Protocol, QString());
        path.local = path.address = name; // no domain: policy resolves the bare name
        path.isPostmaster = name.compare(u"postmaster"_s, Qt::CaseInsensitive) == 0;
    } else {
        auto parsed = parsePathArgument(command.argument, "TO");
        if (auto *refusal = std::get_if<Reply>(&parsed))
            return refuse(*refusal, RejectionStage::Protocol, QString());
        const PathArgument &argument = std::get<PathArgument>(parsed);
        if (!argument.parameters.isEmpty())
            return refuse(Reply::unsupportedParameter(argument.parameters.firstKey()), RejectionStage::Protocol, QString());
        if (argument.path.nonAscii && !m_transaction.smtputf8)
            return refuse(Reply::eightBitNotDeclared(), RejectionStage::Protocol, QString());
        path = argument.path;
    }
    wait();
    QPointer<LocalSession> self(this);
    m_handler.checkRecipient(m_info, m_transaction.sender, path, [self, path](RecipientDecision decision) {
        if (!self || self->m_state == State::Closing)
            return;
        if (decision.refusal) {
            const bool relay = decision.refusal->status == u"5.7.1"_s;
            self->refuse(*decision.refusal, relay ? RejectionStage::Relay : RejectionStage::Recipient, path.address);
        } else {
            self->m_transaction.addRecipient(path.address, decision.targets);
            self->reply(Reply::make(250, u"2.1.5"_s, u"Recipient ok"_s));
        }
        self->resume();
    });
}

void LocalSession::handleData()
{
    if (!m_transaction.haveSender)
        return refuse(Reply::badSequence(u"Need MAIL command first"_s), RejectionStage::Protocol, QString());
    if (m_transaction.recipients.isEmpty())
        return refuse(Reply::noValidRecipients(), RejectionStage::Protocol, QString());
    auto sink = m_handler.openMessage();
    if (!sink) {
        qCWarning(lcSmtp).noquote() << m_info.id << "cannot open a spool file:" << sink.error().message;
        return refuse(Reply::localError(u"Local error in processing, try again later"_s), RejectionStage::Protocol, QString());
    }
    std::unique_ptr<MessageSink> opened = std::move(sink).value();
    auto receiver = std::make_unique<MessageReceiver>(*opened, receivedField(opened->id()), m_settings.sizeValue(u"limits.max_message_size"_s),
                                                      true, hostName());
    const QString sender = m_transaction.sender;
    receiver->setMissingFrom(fromField(m_fullName, sender.isEmpty() ? u"MAILER-DAEMON@"_s + hostName() : sender));
    m_transaction.startData(std::move(opened), std::move(receiver));
    m_state = State::Data;
    reply(Reply::startData());
}

QByteArray LocalSession::receivedField(const QString &queueId) const
{
    // As Postfix's pickup writes it ("by host (Postfix, from userid 1000)"): no network peer.
    const LocalClient &client = *m_info.local;
    QString field = u"Received: by %1 (Doorstep, from local uid %2 (%3) via doorstep-sendmail)\r\n\tid %4"_s.arg(
        hostName(), QString::number(client.uid), commentSafe(client.login), queueId);
    if (m_transaction.acceptedRcpts.size() == 1)
        field += u"\r\n\tfor <%1>"_s.arg(m_transaction.acceptedRcpts.first());
    return (field + u"; "_s + QDateTime::currentDateTime().toString(Qt::RFC2822Date) + u"\r\n"_s).toUtf8();
}

QByteArray LocalSession::fromField(const QString &fullName, const QString &address)
{
    const QString name = fullName.simplified();
    if (name.isEmpty())
        return "From: " + address.toUtf8();
    QByteArray phrase;
    const bool ascii = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
    if (ascii) {
        // RFC 5322 3.2.5: a phrase of atoms, else one quoted string.
        const bool atoms = std::all_of(name.cbegin(), name.cend(), [](QChar c) {
            return c.isLetterOrNumber() || c == u' ' || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
        });
        phrase = name.toUtf8();
        if (!atoms)
            phrase = '"' + phrase.replace('\\', "\\\\").replace('"', "\\\"") + '"';
    } else {
        // RFC 2047 encoded-words of at most 75 characters, each whole UTF-8 characters.
        const QByteArray utf8 = name.toUtf8();
        for (qsizetype start = 0; start < utf8.size();) {
            qsizetype end = std::min(start + 45, utf8.size());
            while (end < utf8.size() && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80)
                --end;
            phrase += (phrase.isEmpty() ? "" : " ") + QByteArray("=?UTF-8?B?") + utf8.mid(start, end - start).toBase64() + "?=";
            start = end;
        }
    }
    return "From: " + phrase + " <" + address.toUtf8() + '>';
}

void LocalSession::consumeData()
{
    const Transaction::Fed fed = m_transaction.feedData(m_input);
    if (fed.wholeLines)
        armIdleTimer();
    switch (fed.status) {
    case MessageReceiver::Status::NeedMore:
        return;
    case MessageReceiver::Status::Complete:
        return endOfData();
    case MessageReceiver::Status::BareLineEnding:
        // doorstep-sendmail turns every line end into CRLF: anything else is not our client.
        m_handler.rejected(m_info, RejectionStage::Protocol, Reply::bareLineEnding(), u"bare LF or CR in DATA"_s);
        return closeWith(Reply::bareLineEnding());
    }
}

void LocalSession::endOfData()
{
    m_state = State::Command;
    m_fullName.clear();
    auto ended = m_transaction.endData(m_settings.sizeValue(u"limits.max_message_size"_s));
    if (const auto *refused = std::get_if<Transaction::Refused>(&ended))
        return refuse(refused->reply, RejectionStage::Content, refused->queueId);
    if (const auto *failed = std::get_if<Transaction::NotWritten>(&ended)) {
        qCWarning(lcSmtp).noquote() << m_info.id << failed->queueId << "cannot be written:" << failed->error.message;
        return reply(Reply::localError(u"Local error in processing, try again later"_s));
    }
    auto &complete = std::get<Transaction::Complete>(ended);
    wait();
    QPointer<LocalSession> self(this);
    // The 250 goes out only once the message is on disk (STYLE rule 13).
    m_handler.commitMessage(std::move(complete.sink), m_info, complete.envelope, this, [self](CommitOutcome outcome) {
        if (!self || self->m_state == State::Closing)
            return;
        self->reply(outcome.isAccepted() ? Reply::queued(outcome.queueId) : *outcome.reply);
        self->resume();
    });
}

} // namespace Doorstep::Smtp

#include "ui/sendmail/sendmail.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <pwd.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <unistd.h>

#include "ui/sendmail/addresslist.h"
#include "ui/sendmail/message.h"
#include "ui/sendmail/options.h"
#include "ui/sendmail/submitconnection.h"

namespace Doorstep::Ui::Sendmail {

using namespace Qt::StringLiterals;

namespace {

constexpr char kSystemSocket[] = "/run/doorstep/submit.sock";

QString translated(const char *text)
{
    return QCoreApplication::translate("Doorstep::Ui::Sendmail", text);
}

void printLine(const QString &line)
{
    std::fprintf(stderr, "doorstep-sendmail: %s\n", line.toLocal8Bit().constData());
}

// The login of the effective uid, which is what the engine sees (SO_PEERCRED).
std::optional<QString> ownLogin()
{
    const passwd *account = ::getpwuid(::geteuid());
    if (!account)
        return std::nullopt;
    return QString::fromLocal8Bit(account->pw_name);
}

// An address the engine can be given in angle brackets: no line breaks, no brackets.
bool isSendable(const QString &address)
{
    return std::none_of(address.cbegin(), address.cend(), [](QChar c) { return c.unicode() < 0x20 || c == u'<' || c == u'>' || c.unicode() == 0x7f; });
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

/** One run of doorstep-sendmail in the default mode (-bm): read, connect, submit. */
class Submission
{
public:
    Submission(Options options, int input) : m_options(std::move(options)), m_input(input)
    {
        if (m_options.verbose)
            m_connection.setTrace([](const QString &line) { printLine(line); });
    }

    int run();

private:
    int fail(int code, const QString &why)
    {
        printLine(why);
        return code;
    }
    int refused(const QString &what, const EngineReply &reply)
    {
        return fail(exitCodeFor(reply), translated("%1: %2: the message was not sent").arg(what, reply.text()));
    }
    std::optional<int> connect();
    std::optional<int> readMessage(MessageReader &reader);
    std::optional<int> addRecipients(const QStringList &lists);
    QByteArray mailCommand(quint64 size) const;
    int transfer(Message &message);

    Options m_options;
    int m_input;
    SubmitConnection m_connection;
    QString m_socket;
    quint64 m_maxSize = 0;
    QStringList m_recipients;
};

std::optional<int> Submission::connect()
{
    const QStringList candidates = socketCandidates();
    QString reason;
    for (const QString &path : candidates) {
        const QString failure = m_connection.connectTo(path);
        if (failure.isEmpty()) {
            m_socket = path;
            break;
        }
        // Name the socket that exists (a session engine that stopped), else the last tried.
        struct stat status{};
        if (reason.isEmpty() || ::stat(QFile::encodeName(path).constData(), &status) == 0)
            reason = u"%1: %2"_s.arg(path, failure);
    }
    if (!m_connection.isOpen())
        return fail(EX_TEMPFAIL, translated("the mail server is not running (cannot connect to %1): the message was not sent").arg(reason));
    if (m_options.verbose)
        printLine(translated("connected to %1").arg(m_socket));
    const EngineReply greeting = m_connection.readReply();
    if (greeting.code != 220)
        return refused(translated("the mail server did not take the connection"), greeting);
    const EngineReply hello = m_connection.command("EHLO doorstep-sendmail");
    if (hello.code != 250)
        return refused(translated("the mail server did not answer EHLO"), hello);
    m_maxSize = 0;
    for (const QString &line : hello.lines) {
        if (line.startsWith(u"SIZE "_s))
            m_maxSize = line.mid(5).toULongLong();
    }
    return std::nullopt;
}

std::optional<int> Submission::readMessage(MessageReader &reader)
{
    char buffer[65536];
    while (reader.status() == MessageReader::Status::Reading) {
        const ssize_t n = ::read(m_input, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(EX_IOERR, translated("cannot read the message: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        if (n == 0)
            reader.finish();
        else
            reader.feed(QByteArrayView(buffer, n));
    }
    switch (reader.status()) {
    case MessageReader::Status::TooBig:
        return fail(EX_DATAERR, translated("the message is larger than the mail server accepts (%1 bytes): the message was not sent").arg(m_maxSize));
    case MessageReader::Status::HeaderTooBig:
        return fail(EX_DATAERR, translated("the header section of the message is larger than %1 bytes: the message was not sent")
                                    .arg(MessageReader::kMaxHeaderBytes));
    case MessageReader::Status::WriteFailed:
        return fail(EX_TEMPFAIL, translated("cannot hold the message: %1: the message was not sent").arg(reader.message().body.errorString()));
    default:
        return std::nullopt;
    }
}

std::optional<int> Submission::addRecipients(const QStringList &lists)
{
    for (const QString &list : lists) {
        for (const QString &address : parseAddressList(list)) {
            if (!isSendable(address))
                return fail(EX_DATAERR, translated("bad recipient address '%1': the message was not sent").arg(address));
            if (!m_recipients.contains(address))
                m_recipients << address;
        }
    }
    return std::nullopt;
}

QByteArray Submission::mailCommand(quint64 size) const
{
    // -f as given ("", "<>", "root", "Ann <ann@example.org>"), else the caller's login: the
    // engine decides what the caller may use.
    QString sender;
    if (m_options.sender) {
        const QStringList addresses = parseAddressList(*m_options.sender);
        sender = addresses.value(0);
    } else {
        sender = ownLogin().value_or(QString());
    }
    Q_ASSERT(isSendable(sender));
    QByteArray command = "MAIL FROM:<" + sender.toUtf8() + "> SIZE=" + QByteArray::number(size);
    if (m_options.fullName && !m_options.fullName->trimmed().isEmpty())
        command += " FULLNAME=" + xtext(m_options.fullName->trimmed());
    const bool utf8 = !isAscii(sender) || std::any_of(m_recipients.cbegin(), m_recipients.cend(), [](const QString &r) { return !isAscii(r); });
    if (utf8)
        command += " SMTPUTF8";
    return command;
}

int Submission::transfer(Message &message)
{
    const EngineReply mail = m_connection.command(mailCommand(message.size));
    if (mail.code != 250)
        return refused(translated("the mail server refused the sender"), mail);
    for (const QString &recipient : std::as_const(m_recipients)) {
        const EngineReply rcpt = m_connection.command("RCPT TO:<" + recipient.toUtf8() + '>');
        if (rcpt.code != 250 && rcpt.code != 251)
            return refused(translated("recipient %1 refused").arg(recipient), rcpt);
    }
    const EngineReply data = m_connection.command("DATA");
    if (data.code != 354)
        return refused(translated("the mail server refused the message"), data);
    if (m_options.verbose)
        printLine(translated(">>> (%1 bytes of message)").arg(message.size));
    const bool sent = m_connection.send(message.headerBytes())
                      && message.body.forEachBlock([this](QByteArrayView block) { return m_connection.send(block); })
                      && m_connection.send(".\r\n");
    if (!sent)
        return fail(EX_TEMPFAIL, translated("%1: the message was not sent").arg(m_connection.failure()));
    const EngineReply queued = m_connection.readReply(SubmitConnection::kDataEndTimeoutSeconds);
    if (queued.code != 250)
        return refused(translated("the mail server refused the message"), queued);
    m_connection.command("QUIT", 10); // the message is queued whatever QUIT gets
    return EX_OK;
}

int Submission::run()
{
    if (auto failed = addRecipients(m_options.recipients))
        return *failed;
    if (m_recipients.isEmpty() && !m_options.extractRecipients)
        return fail(EX_USAGE, translated("no recipients: name them as arguments, or use -t to take them from the To, Cc and Bcc fields"));
    if (m_options.sender && !isSendable(parseAddressList(*m_options.sender).value(0)))
        return fail(EX_DATAERR, translated("bad sender address '%1': the message was not sent").arg(*m_options.sender));
    if (!m_options.sender && !ownLogin())
        return fail(EX_NOUSER, translated("your user ID %1 has no name in the password database: the message was not sent").arg(::geteuid()));
    // Connect first: an engine that is down fails the command at once, and its SIZE bounds
    // what is read.
    if (auto failed = connect())
        return *failed;
    MessageReader reader(m_options.ignoreDots, m_maxSize);
    if (auto failed = readMessage(reader))
        return *failed;
    Message &message = reader.message();
    if (m_options.extractRecipients) {
        // Postfix's -t: the header's recipients are added to the arguments'.
        if (auto failed = addRecipients(message.headerRecipients()))
            return *failed;
    }
    message.removeBcc();
    if (m_recipients.isEmpty())
        return fail(EX_USAGE, translated("no recipients: none given and none in the To, Cc or Bcc fields: the message was not sent"));
    // A program that wrote slowly may have outlasted the engine's idle timeout: start again.
    if (m_connection.peerSpoke()) {
        if (m_options.verbose)
            printLine(translated("the mail server closed the idle connection, connecting again"));
        if (auto failed = connect())
            return *failed;
    }
    return transfer(message);
}

} // namespace

QStringList socketCandidates()
{
    const QString override = qEnvironmentVariable("DOORSTEP_SUBMIT_SOCKET");
    if (!override.isEmpty())
        return {override};
    QStringList candidates;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        candidates << runtime + u"/doorstep/submit.sock"_s;
    candidates << QString::fromLatin1(kSystemSocket);
    return candidates;
}

int exitCodeFor(const EngineReply &reply)
{
    if (reply.code == 0 || (reply.code >= 400 && reply.code < 500))
        return EX_TEMPFAIL;
    if (reply.code < 500)
        return EX_SOFTWARE; // a positive reply where a refusal was expected: not our engine
    const QString status = reply.status;
    if (status == u"5.1.1"_s || status == u"5.1.6"_s || status == u"5.2.1"_s || status == u"5.1.0"_s)
        return EX_NOUSER;
    if (status == u"5.1.3"_s || status == u"5.1.7"_s || status == u"5.3.4"_s || status == u"5.2.3"_s || status.startsWith(u"5.6."_s))
        return EX_DATAERR;
    if (status.startsWith(u"5.7."_s))
        return EX_NOPERM;
    if (status.startsWith(u"5.5."_s))
        return EX_SOFTWARE;
    return EX_UNAVAILABLE;
}

QByteArray xtext(const QString &text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 33 && u <= 126 && c != '+' && c != '=')
            out += c;
        else
            out += '+' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
    }
    return out;
}

int run(const QStringList &arguments, int input)
{
    const QString program = QFileInfo(arguments.value(0)).fileName();
    const auto parsed = Options::parse(arguments.mid(1), program);
    if (const auto *error = std::get_if<Options::UsageError>(&parsed)) {
        printLine(error->message);
        return EX_USAGE;
    }
    const Options &options = std::get<Options>(parsed);
    if (options.verbose && !options.ignored.isEmpty())
        printLine(translated("ignoring %1").arg(options.ignored.join(u' ')));
    switch (options.mode) {
    case Mode::PrintQueue:
    case Mode::RunQueue:
        printLine(translated("the queue belongs to the engine: use 'doorstepctl queue list', and 'doorstepctl queue retry ID' to send one now"));
        return EX_USAGE;
    case Mode::RebuildAliases:
        // Package scripts run newaliases after installing: aliases live in the engine and
        // apply at once, so there is nothing to rebuild and nothing has failed.
        printLine(translated("aliases live in the engine and apply at once: nothing to rebuild (see 'doorstepctl alias list')"));
        return EX_OK;
    case Mode::Unsupported:
        printLine(translated("%1 is not supported: doorstep-sendmail only submits messages (-bm)").arg(options.modeFlag));
        return EX_USAGE;
    case Mode::Deliver:
        break;
    }
    return Submission(options, input).run();
}

} // namespace Doorstep::Ui::Sendmail

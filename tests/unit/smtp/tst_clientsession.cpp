#include <optional>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "engine/smtp/client/clientsession.h"
#include "engine/tls/certificatestore.h"
#include "tests/unit/smtp/smtptestsupport.h"
#include "tests/unit/smtp/tests.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Doorstep;
using Core::Result;
using Smtp::ClientEnvelope;
using Smtp::ClientResult;
using Smtp::ClientSession;
using Smtp::ClientTarget;
using Smtp::ClientTimeouts;
using Smtp::ClientTls;
using Smtp::ConnectFailure;
using Smtp::RecipientDecision;
using Smtp::Reply;
using Tests::FakeHandler;
using Tests::kHost;
using Tests::kTimeout;
using Tests::kTlsTimeout;
using Tests::shown;

Q_DECLARE_METATYPE(Doorstep::Smtp::ClientTls)

namespace {

const QByteArray kHeaders = "From: <alice@example.org>\r\nTo: <bob@example.org>\r\nSubject: test\r\n\r\n";

// ---- the client side ---------------------------------------------------------------------

ClientTimeouts testTimeouts()
{
    ClientTimeouts timeouts;
    timeouts.connect = 5s;
    timeouts.greeting = std::chrono::milliseconds(kTlsTimeout / 2); // handshakes too
    timeouts.command = 10s;
    timeouts.dataStart = 10s;
    timeouts.dataBlock = 10s;
    timeouts.dataEnd = 10s;
    return timeouts;
}

ClientTarget target(quint16 port, ClientTls tls = ClientTls::Opportunistic)
{
    ClientTarget target;
    target.address = QHostAddress(QHostAddress::LocalHost);
    target.port = port;
    target.hostName = kHost;
    target.heloName = u"client.example"_s;
    target.tls = tls;
    return target;
}

struct Opened
{
    std::optional<Reply> failure;
    ConnectFailure kind = ConnectFailure::Other;
    int calls = 0;
};

/** open() to its callback; nullopt when none came in time. Late callbacks stay harmless. */
std::optional<Opened> openSession(ClientSession &session, int timeout = kTlsTimeout)
{
    auto got = std::make_shared<Opened>();
    session.open([got](std::optional<Reply> failure, ConnectFailure kind) {
        got->failure = std::move(failure);
        got->kind = kind;
        ++got->calls;
    });
    if (!QTest::qWaitFor([got] { return got->calls > 0; }, timeout))
        return std::nullopt;
    return *got;
}

/** send() to its callback; nullopt when none came in time. */
std::optional<ClientResult> sendMessage(ClientSession &session, const ClientEnvelope &envelope, int timeout = kTlsTimeout)
{
    auto got = std::make_shared<std::optional<ClientResult>>();
    session.send(envelope, [got](ClientResult result) { got->emplace(std::move(result)); });
    if (!QTest::qWaitFor([got] { return got->has_value(); }, timeout))
        return std::nullopt;
    return *got;
}

/** "250 2.0.0, 550 5.1.1": the heads of the replies, to compare in one line. */
QString heads(const QList<Reply> &replies)
{
    QStringList result;
    for (const Reply &reply : replies)
        result << (reply.status.isEmpty() ? QString::number(reply.code) : u"%1 %2"_s.arg(reply.code).arg(reply.status));
    return result.join(u", "_s);
}

QString failureText(const std::optional<Opened> &opened)
{
    if (!opened)
        return u"no callback"_s;
    return opened->failure ? opened->failure->toString() : u"success"_s;
}

/** A body file in @p dir; the envelope sends it after kHeaders. */
ClientEnvelope envelope(const QTemporaryDir &dir, const QByteArray &body, const QStringList &recipients)
{
    static int counter = 0;
    const QString path = dir.filePath(u"body%1"_s.arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
        qFatal("cannot write %s", qPrintable(path));
    ClientEnvelope envelope;
    envelope.sender = u"alice@example.org"_s;
    envelope.recipients = recipients;
    envelope.headers = kHeaders;
    envelope.bodyPath = path;
    return envelope;
}

/** A message with @p body (in a file of its own) through @p session, to its result. */
std::optional<ClientResult> sendBody(ClientSession &session, const QByteArray &body, const QStringList &recipients, int timeout = kTlsTimeout)
{
    QTemporaryDir dir;
    return sendMessage(session, envelope(dir, body, recipients), timeout);
}

// ---- the engine's own server ---------------------------------------------------------------

/** The shared fixture, started, with some recipients refused and one login. */
class EngineServer : public Tests::ServerFixture
{
public:
    explicit EngineServer(const Tls::CertificateStore *certificates)
        : ServerFixture(certificates)
    {
        handler.recipientDecisions.insert(u"nobody@example.org"_s, RecipientDecision{Reply::mailboxUnknown(u"nobody@example.org"_s), {}});
        handler.recipientDecisions.insert(u"later@example.org"_s, RecipientDecision{Reply::insufficientStorage(), {}});
        handler.passwords.insert(u"alice@example.org"_s, u"secret"_s);
        if (auto started = server->start(); !started)
            qFatal("cannot start the server: %s", qPrintable(started.error().message));
    }
};

// ---- a scripted server -----------------------------------------------------------------------

/**
 * Plays a fixed dialogue, one script per connection, for what the real server never does.
 * Each client command (or message content, after a 354) must start as the next step expects;
 * the step's reply then goes out, after a delay when asked. It records every command, what
 * the client had sent beyond the command being answered when it answered (a client without
 * PIPELINING must have sent nothing), and any command that did not match.
 */
class ScriptedServer final : public QTcpServer
{
public:
    enum class Action {
        None,
        Close,          // close after the reply
        StartTls,       // the handshake after the reply (a 220 to STARTTLS)
        BreakTls,       // garbage instead of a handshake after the reply, then close
        CloseInContent, // after the reply (354), close as soon as content arrives
    };
    struct Step
    {
        QByteArray expect;
        QByteArray reply; // "" = say nothing
        Action action = Action::None;
    };
    struct Script
    {
        QByteArray banner = "220 scripted.example ESMTP\r\n"; // "" = say nothing
        QList<Step> steps;
        bool implicitTls = false;
        int delayMs = 0;
    };

    explicit ScriptedServer(QSslConfiguration tls) : m_tls(std::move(tls)) { listen(QHostAddress::LocalHost, 0); }

    QList<Script> scripts;
    QByteArrayList received;     // "#1" at each connection, then each command line / content
    QByteArrayList aheadOfReply; // per reply: what the client had sent beyond its command
    QList<bool> clientGoneBeforeReply;
    QStringList errors;
    QByteArray lastContent;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            socket->deleteLater();
            return;
        }
        const int index = m_connections++;
        received << "#" + QByteArray::number(m_connections);
        if (index >= scripts.size()) {
            errors << u"connection %1 has no script"_s.arg(m_connections);
            socket->abort();
            return;
        }
        auto conversation = std::make_shared<Conversation>();
        conversation->socket = socket;
        conversation->script = scripts.at(index);
        connect(socket, &QSslSocket::readyRead, this, [this, conversation] { process(conversation); });
        if (conversation->script.implicitTls) {
            connect(socket, &QSslSocket::encrypted, this, [socket, conversation] { socket->write(conversation->script.banner); });
            socket->setSslConfiguration(m_tls);
            socket->startServerEncryption();
        } else {
            socket->write(conversation->script.banner);
        }
    }

private:
    struct Conversation
    {
        QSslSocket *socket = nullptr;
        Script script;
        QByteArray buffer;
        qsizetype step = 0;
        bool content = false;
        bool closeInContent = false;
        bool busy = false;
    };

    void process(const std::shared_ptr<Conversation> &c)
    {
        c->buffer += c->socket->readAll();
        if (c->busy)
            return;
        if (c->content && c->closeInContent && !c->buffer.isEmpty()) {
            c->socket->abort();
            return;
        }
        QByteArray unit;
        const bool isContent = c->content;
        if (isContent) {
            // The content up to CRLF.CRLF (a lone "." for none), dot-stuffing as it came.
            qsizetype length = 0;
            if (!c->buffer.startsWith(".\r\n")) {
                const qsizetype end = c->buffer.indexOf("\r\n.\r\n");
                if (end < 0)
                    return;
                length = end + 2;
            }
            unit = c->buffer.left(length);
            c->buffer.remove(0, length + 3);
            c->content = false;
            lastContent = unit;
            received << "(content)";
        } else {
            const qsizetype lf = c->buffer.indexOf('\n');
            if (lf < 0)
                return;
            unit = c->buffer.left(lf).trimmed();
            c->buffer.remove(0, lf + 1);
            received << unit;
        }
        if (c->step >= c->script.steps.size()) {
            errors << u"got '%1' after the script's end"_s.arg(shown(unit.left(60)));
            return;
        }
        const Step step = c->script.steps.at(c->step++);
        if (isContent ? step.expect != "(content)" : !unit.startsWith(step.expect))
            errors << u"got '%1', want '%2'"_s.arg(isContent ? u"(content)"_s : shown(unit.left(60)), QString::fromLatin1(step.expect));
        c->busy = true;
        QTimer::singleShot(c->script.delayMs, c->socket, [this, c, step] { answer(c, step); });
    }

    void answer(const std::shared_ptr<Conversation> &c, const Step &step)
    {
        c->busy = false;
        c->buffer += c->socket->readAll();
        aheadOfReply << c->buffer;
        clientGoneBeforeReply << (c->socket->state() != QAbstractSocket::ConnectedState);
        if (!step.reply.isEmpty())
            c->socket->write(step.reply);
        if (step.reply.startsWith("354")) {
            c->content = true;
            c->closeInContent = step.action == Action::CloseInContent;
        }
        switch (step.action) {
        case Action::Close:
            c->socket->disconnectFromHost();
            return;
        case Action::StartTls:
            c->buffer.clear();
            c->socket->setSslConfiguration(m_tls);
            c->socket->startServerEncryption();
            return;
        case Action::BreakTls:
            c->socket->write("this is no TLS handshake\r\n");
            c->socket->disconnectFromHost();
            return;
        default:
            break;
        }
        if (!c->buffer.isEmpty())
            QTimer::singleShot(0, c->socket, [this, c] { process(c); });
    }

    QSslConfiguration m_tls;
    int m_connections = 0;
};

using Step = ScriptedServer::Step;
using Action = ScriptedServer::Action;

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

namespace {

const QByteArray kEhloReply = "250-scripted.example\r\n250-PIPELINING\r\n250-SIZE 10000000\r\n250 ENHANCEDSTATUSCODES\r\n";
const QByteArray kEhloNoPipelining = "250-scripted.example\r\n250 ENHANCEDSTATUSCODES\r\n";

const QByteArray kRcptOk = "250 2.1.5 Ok\r\n";
const QByteArray kNoSuchUser = "550 5.1.1 No such user\r\n";

/** MAIL, RCPT for each (address, reply), DATA, answered as given ("" = silence). */
QList<Step> envelopeSteps(const QList<std::pair<QByteArray, QByteArray>> &recipients, Action atData = Action::None,
                          const QByteArray &mailReply = "250 2.1.0 Ok\r\n", const QByteArray &dataReply = "354 Go ahead\r\n")
{
    QList<Step> steps{{"MAIL FROM:<alice@example.org>", mailReply}};
    for (const auto &[address, reply] : recipients)
        steps.append({"RCPT TO:<" + address + '>', reply});
    steps.append({"DATA", dataReply, atData});
    return steps;
}

/** One message to bob, taken. */
QList<Step> takeOneMessage()
{
    return envelopeSteps({{"bob@example.org", kRcptOk}}) + QList<Step>{{"(content)", "250 2.0.0 Ok: queued\r\n"}};
}

} // namespace

TestClientSession::TestClientSession() = default;
TestClientSession::~TestClientSession() = default;

void TestClientSession::initTestCase()
{
    m_tlsDirectory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tlsDirectory->isValid());
    auto certificates = Tests::makeCertificates(m_tlsDirectory->path());
    QVERIFY2(certificates.ok(), certificates.ok() ? "" : qPrintable(certificates.error().message));
    m_certificates = std::move(certificates).value();
}

void TestClientSession::namesAndDescription()
{
    QCOMPARE(Smtp::clientTlsFromName(u"opportunistic"_s), ClientTls::Opportunistic);
    QCOMPARE(Smtp::clientTlsFromName(u"required"_s), ClientTls::Required);
    QCOMPARE(Smtp::clientTlsFromName(u"verify"_s), ClientTls::Verify);
    QCOMPARE(Smtp::clientTlsFromName(u"implicit"_s), ClientTls::Implicit);
    QVERIFY2(!Smtp::clientTlsFromName(u"Verify"_s) && !Smtp::clientTlsFromName(u""_s), "got an unknown name accepted");
    QCOMPARE(target(2525).describe(), u"mx.test.example[127.0.0.1]:2525"_s);
    ClientTarget bare = target(25);
    bare.hostName.clear();
    QCOMPARE(bare.describe(), u"127.0.0.1[127.0.0.1]:25"_s);
}

// ---- against the engine's own server ---------------------------------------------------------

void TestClientSession::plainTransaction()
{
    EngineServer server(nullptr); // no certificate: no STARTTLS offered
    ClientSession session(target(server.port(u"mta"_s)), testTimeouts());
    const auto opened = openSession(session);
    QVERIFY2(opened && !opened->failure, qPrintable(u"got %1, want success"_s.arg(failureText(opened))));
    QCOMPARE(opened->kind, ConnectFailure::None);
    QVERIFY(session.isReady());
    QCOMPARE(session.remoteSizeLimit(), quint64(50) * 1024 * 1024);

    const QByteArray body = "Hello Bob,\r\n\r\nplain text.\r\n";
    const auto result = sendBody(session, body, {u"bob@example.org"_s, u"carol@example.org"_s});
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"250 2.0.0, 250 2.0.0"_s);
    QVERIFY2(!result->tlsUsed, "got TLS without a certificate on the server");
    QCOMPARE(result->remote, u"mx.test.example[127.0.0.1]:%1"_s.arg(server.port(u"mta"_s)));
    QVERIFY2(result->summary.startsWith(result->remote + u" said: 250 2.0.0 Ok: queued as Q1 (in reply to end of DATA)"_s),
             qPrintable(result->summary));
    QCOMPARE(server.handler.committed.size(), 1);
    const auto &committed = server.handler.committed.first();
    QCOMPARE(committed.envelope.sender, u"alice@example.org"_s);
    QCOMPARE(committed.envelope.recipients.size(), 2);
    QVERIFY2(committed.content.endsWith(kHeaders + body), qPrintable(u"got '%1'"_s.arg(shown(committed.content))));
    QVERIFY(committed.content.startsWith("Received: "));
    QCOMPARE(server.handler.sessions.last().helo, u"client.example"_s);
    QVERIFY(session.isReady());
}

void TestClientSession::tlsModes_data()
{
    QTest::addColumn<ClientTls>("tls");
    QTest::addColumn<QString>("listener");
    QTest::addColumn<bool>("trustTestCa");
    QTest::addColumn<QString>("hostName");
    QTest::addColumn<bool>("wantTls"); // false: the open fails with ConnectFailure::Tls

    QTest::newRow("opportunistic STARTTLS") << ClientTls::Opportunistic << u"mta"_s << false << kHost << true;
    QTest::newRow("required STARTTLS") << ClientTls::Required << u"mta"_s << false << kHost << true;
    QTest::newRow("implicit (smtps)") << ClientTls::Implicit << u"smtps"_s << false << kHost << true;
    QTest::newRow("verify with the CA") << ClientTls::Verify << u"mta"_s << true << kHost << true;
    QTest::newRow("verify without the CA") << ClientTls::Verify << u"mta"_s << false << kHost << false;
    QTest::newRow("verify with another name") << ClientTls::Verify << u"mta"_s << true << u"other.example"_s << false;
}

void TestClientSession::tlsModes()
{
    QFETCH(ClientTls, tls);
    QFETCH(QString, listener);
    QFETCH(bool, trustTestCa);
    QFETCH(QString, hostName);
    QFETCH(bool, wantTls);
    EngineServer server(m_certificates.get());
    ClientTarget hop = target(server.port(listener), tls);
    hop.hostName = hostName;
    if (trustTestCa)
        hop.extraCaCertificates << m_certificates->serverConfiguration().localCertificate();
    if (listener == u"smtps"_s) { // submission: no mail without AUTH
        hop.user = u"alice@example.org"_s;
        hop.password = u"secret"_s;
    }
    ClientSession session(hop, testTimeouts());
    const auto opened = openSession(session);
    QVERIFY(opened);
    if (!wantTls) {
        QVERIFY2(opened->failure && opened->kind == ConnectFailure::Tls,
                 qPrintable(u"got %1 (kind %2), want a TLS failure"_s.arg(failureText(opened)).arg(int(opened->kind))));
        QVERIFY2(opened->failure->isTemporary() && opened->failure->status == u"4.7.5"_s, qPrintable(opened->failure->toString()));
        QVERIFY(!session.isReady());
        QCOMPARE(server.handler.committed.size(), 0);
        return;
    }
    QVERIFY2(!opened->failure, qPrintable(u"got %1, want success"_s.arg(failureText(opened))));
    const auto result = sendBody(session, "over TLS\r\n", {u"bob@example.org"_s});
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"250 2.0.0"_s);
    QVERIFY2(result->tlsUsed, "got no TLS");
    QVERIFY2(server.handler.sessions.last().tls, "the server saw no TLS");
    QVERIFY2(server.handler.sessions.last().tlsProtocol.startsWith(u"TLSv1."_s)
                 && server.handler.sessions.last().tlsProtocol != u"TLSv1.1"_s,
             qPrintable(server.handler.sessions.last().tlsProtocol));
}

void TestClientSession::authPlainInsideTls_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("wantOpen");

    QTest::newRow("right password") << u"secret"_s << true;
    QTest::newRow("wrong password") << u"wrong"_s << false;
}

void TestClientSession::authPlainInsideTls()
{
    QFETCH(QString, password);
    QFETCH(bool, wantOpen);
    EngineServer server(m_certificates.get());
    // The submission listener takes no mail without AUTH: a transaction proves the login.
    ClientTarget hop = target(server.port(u"submission"_s), ClientTls::Required);
    hop.user = u"alice@example.org"_s;
    hop.password = password;
    ClientSession session(hop, testTimeouts());
    const auto opened = openSession(session);
    QVERIFY(opened);
    if (!wantOpen) {
        // RFC 4954's 535 is deferred, not bounced: the smart host settings are wrong.
        QVERIFY2(opened->failure && opened->failure->code == 454 && opened->failure->status == u"4.7.0"_s,
                 qPrintable(u"got %1, want 454 4.7.0"_s.arg(failureText(opened))));
        QVERIFY2(opened->failure->toString().contains(u"535 5.7.8"_s), qPrintable(opened->failure->toString()));
        QVERIFY2(!opened->failure->toString().contains(password), "got the password in the reply");
        QCOMPARE(opened->kind, ConnectFailure::Other);
        QCOMPARE(server.handler.failedLogins, QStringList{u"alice@example.org"_s});
        return;
    }
    QVERIFY2(!opened->failure, qPrintable(u"got %1, want success"_s.arg(failureText(opened))));
    const auto result = sendBody(session, "authenticated\r\n", {u"bob@remote.example"_s});
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"250 2.0.0"_s);
    QVERIFY(server.handler.calls.contains(u"auth alice@example.org"_s));
    QCOMPARE(server.handler.sessions.last().authUser, u"alice@example.org"_s); // as the commit saw it
}

void TestClientSession::perRecipientRefusals()
{
    EngineServer server(nullptr);
    ClientSession session(target(server.port(u"mta"_s)), testTimeouts());
    QVERIFY(openSession(session));
    const auto result = sendBody(session, "some go, some not\r\n",
                                                      {u"bob@example.org"_s, u"nobody@example.org"_s, u"later@example.org"_s, u"carol@example.org"_s});
    QVERIFY(result);
    const QString want = u"250 2.0.0, 550 5.1.1, 452 4.3.1, 250 2.0.0"_s;
    QVERIFY2(heads(result->recipients) == want, qPrintable(u"got %1, want %2"_s.arg(heads(result->recipients), want)));
    QCOMPARE(result->recipients.at(1).lines.first(), u"<nobody@example.org>: Recipient address rejected: no such user here"_s);
    QCOMPARE(server.handler.committed.size(), 1);
    QCOMPARE(server.handler.committed.first().envelope.recipients.size(), 2);

    // Every recipient refused: no content, RSET, and the connection goes on.
    const auto none = sendBody(session, "nobody\r\n", {u"nobody@example.org"_s});
    QVERIFY(none);
    QCOMPARE(heads(none->recipients), u"550 5.1.1"_s);
    const QString summary = u"mx.test.example[127.0.0.1]:%1 said: 550 5.1.1 <nobody@example.org>: Recipient address rejected: no such user here (in reply to RCPT TO)"_s.arg(server.port(u"mta"_s));
    QVERIFY2(none->summary == summary, qPrintable(u"got '%1', want '%2'"_s.arg(none->summary, summary)));
    QCOMPARE(server.handler.calls.count(u"open"_s), 1);
    QVERIFY2(session.isReady(), "got the connection given up after RSET");
    const auto again = sendBody(session, "again\r\n", {u"bob@example.org"_s});
    QVERIFY(again);
    QCOMPARE(heads(again->recipients), u"250 2.0.0"_s);
}

void TestClientSession::twoTransactionsOnOneConnection()
{
    EngineServer server(m_certificates.get());
    ClientSession session(target(server.port(u"mta"_s)), testTimeouts());
    QSignalSpy closed(&session, &ClientSession::closed);
    QVERIFY(openSession(session));
    for (int i = 1; i <= 2; ++i) {
        QVERIFY2(session.isReady(), qPrintable(u"got no ready session for message %1"_s.arg(i)));
        const auto result = sendBody(session, "message " + QByteArray::number(i) + "\r\n", {u"bob@example.org"_s});
        QVERIFY(result);
        QCOMPARE(heads(result->recipients), u"250 2.0.0"_s);
    }
    QCOMPARE(server.handler.committed.size(), 2);
    // One connection: one connect-stage call, one session id for both.
    QCOMPARE(server.handler.calls.count(u"connect"_s), 1);
    QCOMPARE(server.handler.sessions.first().id, server.handler.sessions.last().id);
    QVERIFY(server.handler.committed.at(1).content.endsWith("message 2\r\n"));

    session.close();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QVERIFY(!session.isReady());
    QTRY_COMPARE_WITH_TIMEOUT(server.server->sessionCount(), 0, kTimeout);
}

void TestClientSession::dotStuffingRoundTrip()
{
    EngineServer server(nullptr);
    ClientSession session(target(server.port(u"mta"_s)), testTimeouts());
    QVERIFY(openSession(session));
    const QByteArray body = ".\r\n..\r\n..x\r\n.x\r\nend .\r\n.\r\n";
    const auto result = sendBody(session, body, {u"bob@example.org"_s});
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"250 2.0.0"_s);
    const QByteArray got = server.handler.committed.first().content;
    QVERIFY2(got.endsWith("\r\n\r\n" + body), qPrintable(u"got '%1'"_s.arg(shown(got.right(body.size() + 20)))));
    QCOMPARE(got.size() - got.indexOf(kHeaders), kHeaders.size() + body.size());
}

void TestClientSession::largeBodyStreamed()
{
    EngineServer server(m_certificates.get());
    ClientSession session(target(server.port(u"mta"_s)), testTimeouts());
    QVERIFY(openSession(session));
    QByteArray body;
    for (int i = 0; body.size() < 600 * 1024; ++i)
        body += (i % 7 == 0 ? "." : "") + QByteArray("line %1 of a long message, over TLS\r\n").replace("%1", QByteArray::number(i));
    const auto result = sendBody(session, body, {u"bob@example.org"_s});
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"250 2.0.0"_s);
    QVERIFY(result->tlsUsed);
    const QByteArray got = server.handler.committed.first().content;
    QVERIFY2(got.endsWith(kHeaders + body), qPrintable(u"got %1 bytes, want the %2 sent at the end"_s.arg(got.size()).arg(body.size())));
}

void TestClientSession::sizeRefusedLocally()
{
    EngineServer server(nullptr);
    QVERIFY(server.set(u"limits.max_message_size"_s, 1000));
    ClientSession session(target(server.port(u"mta"_s)), testTimeouts());
    QVERIFY(openSession(session));
    QCOMPARE(session.remoteSizeLimit(), quint64(1000));
    const QByteArray fits(1000 - kHeaders.size() - 2, 'x');
    const auto big = sendBody(session, fits + "x\r\n", {u"bob@example.org"_s, u"carol@example.org"_s});
    QVERIFY(big);
    QCOMPARE(heads(big->recipients), u"552 5.3.4, 552 5.3.4"_s);
    // Refused here, not by the server (whose refusal at MAIL would read otherwise).
    const QString want = u"Message size 1001 exceeds the size limit 1000 of %1"_s.arg(session.target().describe());
    QVERIFY2(big->recipients.first().lines == QStringList{want}, qPrintable(big->recipients.first().toString()));
    QVERIFY2(!server.handler.calls.contains(u"sender alice@example.org"_s), "got MAIL sent for a message the remote refuses");
    QVERIFY(session.isReady());
    // Exactly the limit is declared and taken.
    const auto exact = sendBody(session, fits + "\r\n", {u"bob@example.org"_s});
    QVERIFY(exact);
    QCOMPARE(heads(exact->recipients), u"250 2.0.0"_s);
}

void TestClientSession::smtputf8Declared_data()
{
    QTest::addColumn<bool>("declared");
    QTest::addColumn<QString>("want");

    QTest::newRow("declared") << true << u"250 2.0.0"_s;
    // The server checks it (so this test can fail): without it a UTF-8 address is refused.
    QTest::newRow("not declared") << false << u"553 5.6.7"_s;
}

void TestClientSession::smtputf8Declared()
{
    QFETCH(bool, declared);
    QFETCH(QString, want);
    EngineServer server(nullptr);
    ClientSession session(target(server.port(u"mta"_s)), testTimeouts());
    QVERIFY(openSession(session));
    QTemporaryDir dir;
    ClientEnvelope message = envelope(dir, "Grüße\r\n", {u"jörg@example.org"_s});
    message.smtputf8 = declared;
    message.eightBit = true;
    const auto result = sendMessage(session, message);
    QVERIFY(result);
    QVERIFY2(heads(result->recipients) == want, qPrintable(u"got %1, want %2"_s.arg(heads(result->recipients), want)));
    if (declared) {
        QCOMPARE(server.handler.committed.size(), 1);
        QVERIFY(server.handler.committed.first().envelope.smtputf8);
        QCOMPARE(server.handler.committed.first().envelope.recipients.first().first, u"jörg@example.org"_s);
    }
}

// ---- against a scripted server -----------------------------------------------------------------

void TestClientSession::mailRefusedTemporarily()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    const QByteArray needMail = "503 5.5.1 Need MAIL\r\n";
    server.scripts << ScriptedServer::Script{
        .steps = QList<Step>{{"EHLO client.example", kEhloReply}}
                 + envelopeSteps({{"bob@example.org", needMail}, {"carol@example.org", needMail}}, Action::None, "451 4.3.0 Try again later\r\n", needMail)
                 + takeOneMessage()};
    ClientSession session(target(server.serverPort()), testTimeouts());
    QVERIFY(openSession(session));
    const auto refused = sendBody(session, "x\r\n", {u"bob@example.org"_s, u"carol@example.org"_s});
    QVERIFY(refused);
    QCOMPARE(heads(refused->recipients), u"451 4.3.0, 451 4.3.0"_s);
    QVERIFY2(refused->summary.endsWith(u"said: 451 4.3.0 Try again later (in reply to MAIL FROM)"_s), qPrintable(refused->summary));
    QVERIFY2(session.isReady(), "got the connection given up after a 4xx to MAIL");
    // The pipelined group's replies were all read: the next transaction is in step.
    const auto next = sendBody(session, "y\r\n", {u"bob@example.org"_s});
    QVERIFY(next);
    QCOMPARE(heads(next->recipients), u"250 2.0.0"_s);
    QVERIFY2(server.errors.isEmpty(), qPrintable(server.errors.join(u"; "_s)));
    QCOMPARE(server.lastContent, kHeaders + "y\r\n");
}

void TestClientSession::closingReplyEndsTheConnection()
{
    // RFC 5321 3.8: a 421 to any command means the server is closing the channel; the client
    // must not wait for the replies it pipelined behind it.
    ScriptedServer server(m_certificates->serverConfiguration());
    server.scripts << ScriptedServer::Script{.steps = QList<Step>{{"EHLO client.example", kEhloReply}}
                                                      + envelopeSteps({{"bob@example.org", ""}, {"carol@example.org", ""}}, Action::None,
                                                                      "421 4.3.2 Shutting down\r\n", "")};
    ClientTimeouts timeouts = testTimeouts();
    timeouts.command = 60s;
    ClientSession session(target(server.serverPort()), timeouts);
    QSignalSpy closed(&session, &ClientSession::closed);
    QVERIFY(openSession(session));
    QTemporaryDir dir;
    const auto result = sendMessage(session, envelope(dir, "x\r\n", {u"bob@example.org"_s, u"carol@example.org"_s}), 5000);
    QVERIFY2(result, "got no result within 5 s of the 421");
    QCOMPARE(heads(result->recipients), u"421 4.3.2, 421 4.3.2"_s);
    QVERIFY2(result->summary.endsWith(u"said: 421 4.3.2 Shutting down (in reply to MAIL FROM)"_s), qPrintable(result->summary));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QVERIFY(!session.isReady());
}

void TestClientSession::banner_data()
{
    QTest::addColumn<QByteArray>("banner");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<QString>("want");

    QTest::newRow("421: not now") << QByteArray("421 4.3.2 Busy, try later\r\n") << true << u"421 4.3.2"_s;
    QTest::newRow("554: no service here") << QByteArray("554 5.7.1 Go away\r\n") << false << u"554 5.7.1"_s;
    QTest::newRow("multi-line 554") << QByteArray("554-5.7.1 You are\r\n554 5.7.1 listed\r\n") << false << u"554 5.7.1"_s;
    QTest::newRow("closed before any banner") << QByteArray() << true << u"421 4.4.2"_s;
    QTest::newRow("silence") << QByteArray() << false << u"421 4.4.2"_s;
}

void TestClientSession::banner()
{
    QFETCH(QByteArray, banner);
    QFETCH(bool, closeAfter);
    QFETCH(QString, want);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] { received += socket->readAll(); });
        socket->write(banner);
        if (closeAfter)
            socket->disconnectFromHost();
    });
    ClientTimeouts timeouts = testTimeouts();
    timeouts.greeting = 300ms;
    ClientSession session(target(server.serverPort()), timeouts);
    QSignalSpy closed(&session, &ClientSession::closed);
    const auto opened = openSession(session);
    QVERIFY(opened);
    QVERIFY2(opened->failure && heads({*opened->failure}) == want, qPrintable(u"got %1, want %2"_s.arg(failureText(opened), want)));
    QCOMPARE(opened->kind, ConnectFailure::Greeting);
    QVERIFY(!session.isReady());
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    if (banner.startsWith("554")) // RFC 5321 3.1: the client says QUIT after a 554 banner
        QTRY_COMPARE_WITH_TIMEOUT(received, QByteArray("QUIT\r\n"), kTimeout);
}

void TestClientSession::heloFallback()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    server.scripts << ScriptedServer::Script{.steps = QList<Step>{
                                                 {"EHLO client.example", "502 5.5.1 EHLO not implemented\r\n"},
                                                 {"HELO client.example", "250 scripted.example\r\n"},
                                             } + takeOneMessage()};
    ClientSession session(target(server.serverPort()), testTimeouts());
    const auto opened = openSession(session);
    QVERIFY2(opened && !opened->failure, qPrintable(failureText(opened)));
    QTemporaryDir dir;
    ClientEnvelope message = envelope(dir, "x\r\n", {u"bob@example.org"_s});
    message.eightBit = true; // no 8BITMIME after HELO: no BODY= either
    const auto result = sendMessage(session, message);
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"250 2.0.0"_s);
    QVERIFY2(server.errors.isEmpty(), qPrintable(server.errors.join(u"; "_s)));
    // After HELO there are no extensions: a bare MAIL FROM.
    QVERIFY2(server.received.contains("MAIL FROM:<alice@example.org>"), qPrintable(QString::fromLatin1(server.received.join(" | "))));
}

void TestClientSession::withoutPipeliningWaitsForEachReply()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    ScriptedServer::Script script{.steps = QList<Step>{{"EHLO client.example", kEhloNoPipelining}}
                                           + envelopeSteps({{"bob@example.org", kRcptOk}, {"nobody@example.org", kNoSuchUser}, {"carol@example.org", kRcptOk}})
                                           + QList<Step>{{"(content)", "250 2.0.0 Ok: queued\r\n"},
                                                         {"MAIL FROM:<alice@example.org>", "250 2.1.0 Ok\r\n"},
                                                         {"RCPT TO:<nobody@example.org>", kNoSuchUser},
                                                         {"RSET", "250 2.0.0 Ok\r\n"}}};
    script.delayMs = 50; // time enough for a client that does not wait to send on
    server.scripts << script;
    ClientSession session(target(server.serverPort()), testTimeouts());
    QVERIFY(openSession(session));
    const auto result = sendBody(session, "x\r\n", {u"bob@example.org"_s, u"nobody@example.org"_s, u"carol@example.org"_s});
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"250 2.0.0, 550 5.1.1, 250 2.0.0"_s);
    QVERIFY2(server.errors.isEmpty(), qPrintable(server.errors.join(u"; "_s)));
    // Every recipient refused: no DATA, RSET instead.
    const auto none = sendBody(session, "x\r\n", {u"nobody@example.org"_s});
    QVERIFY(none);
    QCOMPARE(heads(none->recipients), u"550 5.1.1"_s);
    QVERIFY2(server.errors.isEmpty(), qPrintable(server.errors.join(u"; "_s)));
    QCOMPARE(server.received.mid(server.received.size() - 3), (QByteArrayList{"MAIL FROM:<alice@example.org>", "RCPT TO:<nobody@example.org>", "RSET"}));
    QVERIFY(session.isReady());
    QCOMPARE(server.aheadOfReply.size(), 10);
    for (qsizetype i = 0; i < server.aheadOfReply.size(); ++i) {
        QVERIFY2(server.aheadOfReply.at(i).isEmpty(), qPrintable(u"got '%1' sent before the reply to '%2'"_s.arg(
                                                          shown(server.aheadOfReply.at(i)), QString::fromLatin1(server.received.at(i + 1)))));
    }
}

void TestClientSession::requiredTlsNotOffered()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    server.scripts << ScriptedServer::Script{.steps = {{"EHLO client.example", kEhloReply}, {"QUIT", "221 Bye\r\n"}}};
    ClientSession session(target(server.serverPort(), ClientTls::Required), testTimeouts());
    const auto opened = openSession(session);
    QVERIFY(opened && opened->failure);
    QCOMPARE(opened->kind, ConnectFailure::Tls);
    QCOMPARE(heads({*opened->failure}), u"454 4.7.4"_s);
    const QString text = opened->failure->lines.first();
    QVERIFY2(text == u"TLS is required, but was not offered by mx.test.example[127.0.0.1]:%1"_s.arg(server.serverPort()), qPrintable(text));
    QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 3, kTimeout);
    QCOMPARE(server.received, (QByteArrayList{"#1", "EHLO client.example", "QUIT"}));
}

void TestClientSession::opportunisticFallsBackToPlaintext()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    const QByteArray ehloTls = "250-scripted.example\r\n250-PIPELINING\r\n250 STARTTLS\r\n";
    server.scripts << ScriptedServer::Script{.steps = {{"EHLO client.example", ehloTls}, {"STARTTLS", "220 2.0.0 Go ahead\r\n", Action::BreakTls}}};
    server.scripts << ScriptedServer::Script{.steps = QList<Step>{{"EHLO client.example", ehloTls}} + takeOneMessage()};
    ClientSession session(target(server.serverPort()), testTimeouts());
    const auto opened = openSession(session);
    QVERIFY2(opened && !opened->failure, qPrintable(failureText(opened)));
    const auto result = sendBody(session, "x\r\n", {u"bob@example.org"_s});
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"250 2.0.0"_s);
    QVERIFY(!result->tlsUsed);
    QVERIFY2(server.errors.isEmpty(), qPrintable(server.errors.join(u"; "_s)));
    // One retry, without STARTTLS the second time.
    QCOMPARE(server.received.count("STARTTLS"), 1);
    QCOMPARE(server.received.count("#2"), 1);

    // Required does not fall back.
    ScriptedServer strict(m_certificates->serverConfiguration());
    strict.scripts << ScriptedServer::Script{.steps = {{"EHLO client.example", ehloTls}, {"STARTTLS", "220 2.0.0 Go ahead\r\n", Action::BreakTls}}};
    ClientSession required(target(strict.serverPort(), ClientTls::Required), testTimeouts());
    const auto failed = openSession(required);
    QVERIFY(failed && failed->failure);
    QCOMPARE(failed->kind, ConnectFailure::Tls);
    QCOMPARE(heads({*failed->failure}), u"454 4.7.5"_s);
    QVERIFY(!strict.received.contains("#2"));
}

void TestClientSession::startTlsDiscardsInjectedPlaintext()
{
    // RFC 3207 6: what a man in the middle appends to the 220 in plaintext must not be read
    // as the first reply over TLS (it would stand in for the reply to EHLO).
    ScriptedServer server(m_certificates->serverConfiguration());
    server.scripts << ScriptedServer::Script{.steps = QList<Step>{
                                                          {"EHLO client.example", "250-scripted.example\r\n250 STARTTLS\r\n"},
                                                          {"STARTTLS", "220 2.0.0 Go ahead\r\n250 injected\r\n", Action::StartTls},
                                                          {"EHLO client.example", kEhloReply},
                                                      } + takeOneMessage()};
    ClientSession session(target(server.serverPort(), ClientTls::Required), testTimeouts());
    const auto opened = openSession(session);
    QVERIFY2(opened && !opened->failure, qPrintable(failureText(opened)));
    const auto result = sendBody(session, "x\r\n", {u"bob@example.org"_s});
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"250 2.0.0"_s);
    QVERIFY(result->tlsUsed);
    QVERIFY2(server.errors.isEmpty(), qPrintable(server.errors.join(u"; "_s)));
    // The capabilities came from the EHLO over TLS: SIZE was declared.
    QVERIFY2(server.received.contains("MAIL FROM:<alice@example.org> SIZE=" + QByteArray::number(kHeaders.size() + 3)),
             qPrintable(QString::fromLatin1(server.received.join(" | "))));
}

void TestClientSession::silentServerTimesOut()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    server.scripts << ScriptedServer::Script{.steps = QList<Step>{{"EHLO client.example", kEhloReply}}
                                                      + envelopeSteps({{"bob@example.org", kRcptOk}, {"nobody@example.org", kNoSuchUser}})
                                                      + QList<Step>{{"(content)", ""}}}; // and then nothing
    ClientTimeouts timeouts = testTimeouts();
    timeouts.dataEnd = 300ms;
    ClientSession session(target(server.serverPort()), timeouts);
    QSignalSpy closed(&session, &ClientSession::closed);
    QVERIFY(openSession(session));
    const auto result = sendBody(session, "x\r\n", {u"bob@example.org"_s, u"nobody@example.org"_s}, kTimeout);
    QVERIFY2(result, "got no result after the timeout");
    QCOMPARE(heads(result->recipients), u"421 4.4.2, 550 5.1.1"_s);
    QVERIFY2(result->summary.contains(u"timed out while receiving the reply to end of DATA"_s), qPrintable(result->summary));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QVERIFY(!session.isReady());

    // Silent after EHLO: the open fails the same way.
    ScriptedServer mute(m_certificates->serverConfiguration());
    mute.scripts << ScriptedServer::Script{.steps = {{"EHLO client.example", ""}}};
    timeouts.command = 300ms;
    ClientSession other(target(mute.serverPort()), timeouts);
    const auto opened = openSession(other, kTimeout);
    QVERIFY(opened && opened->failure);
    QCOMPARE(heads({*opened->failure}), u"421 4.4.2"_s);
    QVERIFY2(opened->failure->lines.first().contains(u"timed out while receiving the reply to EHLO"_s), qPrintable(failureText(opened)));
}

void TestClientSession::connectionRefused()
{
    const quint16 port = Tests::freePort();
    QVERIFY(port != 0);
    ClientSession session(target(port), testTimeouts());
    QSignalSpy closed(&session, &ClientSession::closed);
    const auto opened = openSession(session, kTimeout);
    QVERIFY(opened && opened->failure);
    QCOMPARE(opened->kind, ConnectFailure::Refused);
    QCOMPARE(heads({*opened->failure}), u"421 4.4.1"_s);
    QVERIFY2(opened->failure->lines.first().startsWith(u"connect to mx.test.example[127.0.0.1]:%1: "_s.arg(port)), qPrintable(failureText(opened)));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QCOMPARE(opened->calls, 1);
}

void TestClientSession::connectTimesOut()
{
    // A listening socket whose accept queue is full: Linux drops further SYNs, so a connect
    // to it gets no answer at all, as behind a filtering firewall.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&address), length) == 0);
    QVERIFY(::listen(fd, 0) == 0);
    QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    const quint16 port = ntohs(address.sin_port);
    QTcpSocket filler; // the one connection a backlog of 0 queues
    filler.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(QTest::qWaitFor([&] { return filler.state() == QAbstractSocket::ConnectedState; }, kTimeout));
    ClientTimeouts timeouts = testTimeouts();
    timeouts.connect = 300ms;
    ClientSession session(target(port), timeouts);
    const auto opened = openSession(session, kTimeout);
    QVERIFY(opened && opened->failure);
    QVERIFY2(opened->kind == ConnectFailure::TimedOut, qPrintable(u"got kind %1 (%2), want TimedOut"_s.arg(int(opened->kind)).arg(failureText(opened))));
    QCOMPARE(heads({*opened->failure}), u"421 4.4.1"_s);
    QVERIFY2(opened->failure->lines.first().contains(u"no answer within 300 ms"_s), qPrintable(failureText(opened)));
}

void TestClientSession::closedDuringData()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    server.scripts << ScriptedServer::Script{
        .steps = QList<Step>{{"EHLO client.example", kEhloReply}}
                 + envelopeSteps({{"bob@example.org", kRcptOk}, {"nobody@example.org", kNoSuchUser}, {"carol@example.org", kRcptOk}},
                                 Action::CloseInContent)};
    ClientSession session(target(server.serverPort()), testTimeouts());
    QSignalSpy closed(&session, &ClientSession::closed);
    QVERIFY(openSession(session));
    const QByteArray body = QByteArray("a long line of a large message\r\n").repeated(100000); // 3 MB: still sending when cut
    const auto result = sendBody(session, body, {u"bob@example.org"_s, u"nobody@example.org"_s, u"carol@example.org"_s});
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"421 4.4.2, 550 5.1.1, 421 4.4.2"_s);
    QVERIFY2(result->summary.contains(u"lost connection with mx.test.example[127.0.0.1]"_s), qPrintable(result->summary));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QVERIFY(!session.isReady());
}

void TestClientSession::lmtpRepliesPerRecipient()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    server.scripts << ScriptedServer::Script{.banner = "220 dovecot LMTP ready\r\n",
                                             .steps = {
                                                 {"LHLO client.example", "250-dovecot\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 ENHANCEDSTATUSCODES\r\n"},
                                                 {"MAIL FROM:<alice@example.org> BODY=8BITMIME", "250 2.1.0 OK\r\n"},
                                                 {"RCPT TO:<bob@example.org>", "250 2.1.5 OK\r\n"},
                                                 {"RCPT TO:<nobody@example.org>", "550 5.1.1 <nobody@example.org> User doesn't exist\r\n"},
                                                 {"RCPT TO:<carol@example.org>", "250 2.1.5 OK\r\n"},
                                                 {"DATA", "354 OK\r\n"},
                                                 {"(content)", "250 2.0.0 <bob@example.org> Saved\r\n452 4.2.2 <carol@example.org> Quota exceeded\r\n"},
                                             }};
    ClientTarget hop = target(server.serverPort());
    hop.lmtp = true;
    ClientSession session(hop, testTimeouts());
    QVERIFY(openSession(session));
    QTemporaryDir dir;
    ClientEnvelope message = envelope(dir, "x\r\n", {u"bob@example.org"_s, u"nobody@example.org"_s, u"carol@example.org"_s});
    message.eightBit = true;
    const auto result = sendMessage(session, message);
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"250 2.0.0, 550 5.1.1, 452 4.2.2"_s);
    QCOMPARE(result->recipients.at(2).lines.first(), u"<carol@example.org> Quota exceeded"_s);
    QVERIFY2(result->summary.contains(u"452 4.2.2"_s), qPrintable(result->summary));
    QVERIFY2(server.errors.isEmpty(), qPrintable(server.errors.join(u"; "_s)));
    QVERIFY(session.isReady());
}

void TestClientSession::authMechanisms_data()
{
    QTest::addColumn<QByteArray>("auth"); // the EHLO line, "" for none
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QString>("want"); // "" = opened

    const QByteArray plain = "AUTH PLAIN " + QByteArray("\0alice\0secret", 13).toBase64();
    QTest::newRow("PLAIN preferred") << QByteArray("AUTH LOGIN PLAIN") << QList<Step>{{plain, "235 2.7.0 Ok\r\n"}} << QString();
    QTest::newRow("LOGIN when only that")
        << QByteArray("AUTH=LOGIN")
        << QList<Step>{{"AUTH LOGIN", "334 VXNlcm5hbWU6\r\n"}, {"YWxpY2U=", "334 UGFzc3dvcmQ6\r\n"}, {"c2VjcmV0", "235 2.7.0 Ok\r\n"}} << QString();
    QTest::newRow("no AUTH offered: on without") << QByteArray() << QList<Step>() << QString();
    QTest::newRow("535 is temporary") << QByteArray("AUTH PLAIN")
                                      << QList<Step>{{plain, "535 5.7.8 Bad credentials\r\n"}, {"QUIT", "221 Bye\r\n"}} << u"454 4.7.0"_s;
    QTest::newRow("no common mechanism") << QByteArray("AUTH CRAM-MD5 GSSAPI") << QList<Step>{{"QUIT", "221 Bye\r\n"}} << u"454 4.7.0"_s;
}

void TestClientSession::authMechanisms()
{
    QFETCH(QByteArray, auth);
    QFETCH(QList<Step>, steps);
    QFETCH(QString, want);
    ScriptedServer server(m_certificates->serverConfiguration());
    QByteArray ehlo = "250-scripted.example\r\n250-PIPELINING\r\n";
    if (!auth.isEmpty())
        ehlo += "250-" + auth + "\r\n";
    ehlo += "250 ENHANCEDSTATUSCODES\r\n";
    ScriptedServer::Script script{.steps = {{"EHLO client.example", ehlo}}, .implicitTls = true};
    script.steps += steps;
    server.scripts << script;
    ClientTarget hop = target(server.serverPort(), ClientTls::Implicit);
    hop.user = u"alice"_s;
    hop.password = u"secret"_s;
    ClientSession session(hop, testTimeouts());
    const auto opened = openSession(session);
    QVERIFY(opened);
    if (want.isEmpty()) {
        QVERIFY2(!opened->failure, qPrintable(failureText(opened)));
        QVERIFY(session.isReady());
    } else {
        QVERIFY2(opened->failure && heads({*opened->failure}) == want, qPrintable(u"got %1, want %2"_s.arg(failureText(opened), want)));
        QCOMPARE(opened->kind, ConnectFailure::Other);
        QVERIFY2(!opened->failure->toString().contains(u"secret"_s), "got the password in the reply");
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 2 + steps.size(), kTimeout);
    QVERIFY2(server.errors.isEmpty(), qPrintable(server.errors.join(u"; "_s)));
}

void TestClientSession::credentialsNeverInTheClear()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    server.scripts << ScriptedServer::Script{
        .steps = {{"EHLO client.example", "250-scripted.example\r\n250 AUTH PLAIN LOGIN\r\n"}, {"QUIT", "221 Bye\r\n"}}};
    ClientTarget hop = target(server.serverPort());
    hop.user = u"alice"_s;
    hop.password = u"secret"_s;
    ClientSession session(hop, testTimeouts());
    const auto opened = openSession(session);
    QVERIFY(opened && opened->failure);
    QCOMPARE(heads({*opened->failure}), u"454 4.7.0"_s);
    QVERIFY(opened->failure->isTemporary());
    QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 3, kTimeout);
    QCOMPARE(server.received, (QByteArrayList{"#1", "EHLO client.example", "QUIT"}));
}

void TestClientSession::smtputf8NotOffered()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    server.scripts << ScriptedServer::Script{.steps = {{"EHLO client.example", kEhloReply}}};
    ClientSession session(target(server.serverPort()), testTimeouts());
    QVERIFY(openSession(session));
    QTemporaryDir dir;
    ClientEnvelope message = envelope(dir, "x\r\n", {u"jörg@example.org"_s, u"bob@example.org"_s});
    message.smtputf8 = true;
    const auto result = sendMessage(session, message);
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"553 5.6.7, 553 5.6.7"_s);
    QVERIFY(session.isReady());
    QCOMPARE(server.received, (QByteArrayList{"#1", "EHLO client.example"}));
}

void TestClientSession::lineBreaksInAddressesNeverSent()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    server.scripts << ScriptedServer::Script{.steps = QList<Step>{{"EHLO client.example", kEhloReply}} + takeOneMessage()};
    ClientSession session(target(server.serverPort()), testTimeouts());
    QVERIFY(openSession(session));
    const auto result = sendBody(session, "x\r\n", {u"bob@example.org"_s, u"eve@example.org>\r\nRSET"_s});
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"250 2.0.0, 501 5.1.3"_s);
    QVERIFY2(server.errors.isEmpty(), qPrintable(server.errors.join(u"; "_s)));
    QVERIFY(!server.received.contains("RSET"));
    // Nothing sendable at all: nothing is sent.
    const auto none = sendBody(session, "x\r\n", {u"eve@example.org\nQUIT"_s});
    QVERIFY(none);
    QCOMPARE(heads(none->recipients), u"501 5.1.3"_s);
    QVERIFY(session.isReady());
    QCOMPARE(server.received.size(), 6);
}

void TestClientSession::remoteClosesIdleConnection()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    server.scripts << ScriptedServer::Script{.steps = {{"EHLO client.example", kEhloReply, Action::Close}}};
    ClientSession session(target(server.serverPort()), testTimeouts());
    QSignalSpy closed(&session, &ClientSession::closed);
    const auto opened = openSession(session);
    QVERIFY2(opened && !opened->failure, qPrintable(failureText(opened)));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QVERIFY(!session.isReady());
    const auto result = sendBody(session, "x\r\n", {u"bob@example.org"_s});
    QVERIFY(result);
    QVERIFY2(heads(result->recipients).startsWith(u"4"_s), qPrintable(heads(result->recipients)));
}

void TestClientSession::quitWaitsForItsReply()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    ScriptedServer::Script script{.steps = {{"EHLO client.example", kEhloReply}, {"QUIT", "221 2.0.0 Bye\r\n"}}};
    script.delayMs = 200; // a client that does not wait would be gone by then
    server.scripts << script;
    ClientSession session(target(server.serverPort()), testTimeouts());
    QSignalSpy closed(&session, &ClientSession::closed);
    QVERIFY(openSession(session));
    session.close();
    QVERIFY(!session.isReady());
    QCOMPARE(closed.size(), 0); // never inside the call
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
    QCOMPARE(server.received.last(), QByteArray("QUIT"));
    QCOMPARE(server.clientGoneBeforeReply, (QList<bool>{false, false}));
}

void TestClientSession::closeDuringTransaction()
{
    ScriptedServer server(m_certificates->serverConfiguration());
    server.scripts << ScriptedServer::Script{.steps = QList<Step>{{"EHLO client.example", kEhloReply}}
                                                      + envelopeSteps({{"bob@example.org", kRcptOk}}) + QList<Step>{{"(content)", ""}}};
    ClientSession session(target(server.serverPort()), testTimeouts());
    QSignalSpy closed(&session, &ClientSession::closed);
    QVERIFY(openSession(session));
    QTemporaryDir dir;
    auto got = std::make_shared<std::optional<ClientResult>>();
    session.send(envelope(dir, "x\r\n", {u"bob@example.org"_s}), [got](ClientResult result) { got->emplace(std::move(result)); });
    QTRY_VERIFY_WITH_TIMEOUT(server.received.contains("(content)"), kTimeout);
    session.close(); // the delivery gives up (the engine stops, say)
    QVERIFY(!got->has_value());
    QTRY_VERIFY_WITH_TIMEOUT(got->has_value(), kTimeout);
    QCOMPARE(heads((*got)->recipients), u"451 4.3.0"_s);
    QVERIFY2((*got)->recipients.first().lines.first().contains(u"closed while receiving the reply to end of DATA"_s),
             qPrintable((*got)->recipients.first().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kTimeout);
}

void TestClientSession::callbacksAreQueued()
{
    EngineServer server(nullptr);
    QVERIFY(server.set(u"limits.max_message_size"_s, 100));
    ClientSession session(target(server.port(u"mta"_s)), testTimeouts());
    int openCalls = 0;
    session.open([&](std::optional<Reply>, ConnectFailure) { ++openCalls; });
    QCOMPARE(openCalls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(openCalls, 1, kTimeout);
    QTemporaryDir dir;
    // Refused locally (too big), so the answer is known at once: it still comes later.
    int sendCalls = 0;
    session.send(envelope(dir, QByteArray(200, 'x'), {u"bob@example.org"_s}), [&](ClientResult) { ++sendCalls; });
    QCOMPARE(sendCalls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(sendCalls, 1, kTimeout);
    // A second open() is a programming error, answered once, later.
    int again = 0;
    std::optional<Reply> failure;
    session.open([&](std::optional<Reply> f, ConnectFailure) {
        ++again;
        failure = f;
    });
    QCOMPARE(again, 0);
    QTRY_COMPARE_WITH_TIMEOUT(again, 1, kTimeout);
    QVERIFY(failure && failure->isTemporary());
    QVERIFY(session.isReady());
    QTest::qWait(50);
    QCOMPARE(openCalls + sendCalls + again, 3);
}

void TestClientSession::destroyedMidway_data()
{
    QTest::addColumn<QString>("when");

    QTest::newRow("connecting") << u"connecting"_s;
    QTest::newRow("waiting for EHLO's reply") << u"ehlo"_s;
    QTest::newRow("during the transaction") << u"transaction"_s;
    QTest::newRow("inside the open callback") << u"callback"_s;
    QTest::newRow("with a result posted") << u"posted"_s;
}

void TestClientSession::destroyedMidway()
{
    QFETCH(QString, when);
    ScriptedServer server(m_certificates->serverConfiguration());
    server.scripts << ScriptedServer::Script{.steps = QList<Step>{{"EHLO client.example", when == u"ehlo"_s ? QByteArray() : kEhloReply}}
                                                      + envelopeSteps({{"bob@example.org", kRcptOk}}) + QList<Step>{{"(content)", ""}}};
    auto session = std::make_unique<ClientSession>(target(server.serverPort()), testTimeouts());
    int callbacks = 0;
    QPointer<ClientSession> guard(session.get());
    session->open([&](std::optional<Reply>, ConnectFailure) {
        ++callbacks;
        if (when == u"callback"_s)
            session.reset(); // the callee may delete the session it is called from
    });
    if (when == u"connecting"_s) {
        session.reset();
    } else if (when == u"ehlo"_s) {
        QTRY_VERIFY_WITH_TIMEOUT(server.received.contains("EHLO client.example"), kTimeout);
        session.reset();
    } else if (when == u"transaction"_s) {
        QTRY_COMPARE_WITH_TIMEOUT(callbacks, 1, kTimeout);
        QTemporaryDir dir;
        session->send(envelope(dir, "x\r\n", {u"bob@example.org"_s}), [&](ClientResult) { ++callbacks; });
        QTRY_VERIFY_WITH_TIMEOUT(server.received.contains("(content)"), kTimeout);
        session.reset();
    } else if (when == u"posted"_s) {
        QTRY_COMPARE_WITH_TIMEOUT(callbacks, 1, kTimeout);
        QTemporaryDir dir;
        ClientEnvelope message = envelope(dir, "x\r\n", {u"jörg@example.org"_s});
        message.smtputf8 = true; // refused at once (no SMTPUTF8 offered): the result is posted
        session->send(message, [&](ClientResult) { ++callbacks; });
        session.reset();
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(!guard, kTimeout);
    }
    QTest::qWait(100); // anything still queued would run now
    const int want = when == u"connecting"_s || when == u"ehlo"_s ? 0 : 1;
    QVERIFY2(callbacks == want, qPrintable(u"got %1 callbacks, want %2"_s.arg(callbacks).arg(want)));
}

// ---- against Postfix's smtp-sink ---------------------------------------------------------------

void TestClientSession::postfixSmtpSink()
{
    const QString sink = u"/usr/sbin/smtp-sink"_s;
    if (!QFile::exists(sink))
        QSKIP("Postfix's smtp-sink is not installed (package postfix)");
    QTemporaryDir dumps;
    QVERIFY(dumps.isValid());
    // It drops privileges to nobody when run as root: nobody must be able to write the dumps.
    QFile::setPermissions(dumps.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                            | QFileDevice::WriteGroup | QFileDevice::ExeGroup);
    const quint16 port = Tests::freePort();
    QStringList arguments;
    if (::geteuid() == 0)
        arguments << u"-u"_s << u"nobody"_s;
    arguments << u"-d"_s << dumps.filePath(u"message."_s) << u"-h"_s << u"sink.example"_s << u"127.0.0.1:%1"_s.arg(port) << u"10"_s;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(sink, arguments);
    QVERIFY2(QTest::qWaitFor([&] { return process.state() == QProcess::Running; }, kTimeout), qPrintable(process.errorString()));
    const auto stop = qScopeGuard([&] {
        process.kill();
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, kTimeout))
            qWarning("smtp-sink (pid %lld) did not stop", process.processId());
    });
    Tests::Client probe;
    QVERIFY2(QTest::qWaitFor([&] { return probe.connectTo(port); }, kTimeout),
             qPrintable(u"got no smtp-sink on port %1: %2"_s.arg(port).arg(QString::fromLocal8Bit(process.readAll()))));
    probe.socket.abort();

    ClientSession session(target(port), testTimeouts());
    const auto opened = openSession(session);
    QVERIFY2(opened && !opened->failure, qPrintable(failureText(opened)));
    QTemporaryDir dir;
    const QByteArray body = "Dear Bob,\r\n.\r\n..\r\n.leading dot\r\nGr\xc3\xbc\xc3\x9f" "e\r\n";
    ClientEnvelope message = envelope(dir, body, {u"bob@example.org"_s, u"carol@example.org"_s});
    message.eightBit = true;
    const auto result = sendMessage(session, message);
    QVERIFY(result);
    QCOMPARE(heads(result->recipients), u"250 2.0.0, 250 2.0.0"_s);
    session.close();

    QStringList files;
    QVERIFY(QTest::qWaitFor([&] { return !(files = QDir(dumps.path()).entryList(QDir::Files)).isEmpty(); }, kTimeout));
    QFile dump(dumps.filePath(files.first()));
    QVERIFY(dump.open(QIODevice::ReadOnly));
    QByteArray got = dump.readAll();
    // smtp-sink's own headers first (the envelope as it saw it: it offers 8BITMIME, not SIZE),
    // then the message as received, with LF line ends.
    QVERIFY2(got.contains("\nX-Mail-Args: <alice@example.org> BODY=8BITMIME\n"), got.constData());
    QVERIFY2(got.contains("\nX-Rcpt-Args: <bob@example.org>\nX-Rcpt-Args: <carol@example.org>\n"), got.constData());
    const qsizetype start = got.indexOf("From: <alice@example.org>");
    QVERIFY2(start > 0, got.constData());
    got = got.mid(start);
    got.replace("\r\n", "\n");
    QByteArray want = kHeaders + body + "\r\n"; // the dump ends with an empty line
    want.replace("\r\n", "\n");
    QVERIFY2(got == want, qPrintable(u"got '%1', want '%2'"_s.arg(shown(got), shown(want))));
}

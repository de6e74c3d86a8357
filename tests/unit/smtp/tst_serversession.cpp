#include <optional>

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "engine/core/clock.h"
#include "engine/core/settingsregistry.h"
#include "engine/smtp/clientlimits.h"
#include "engine/smtp/serversession.h"
#include "engine/store/settings.h"
#include "engine/store/store.h"
#include "engine/tls/certificatestore.h"
#include "tests/unit/smtp/smtptestsupport.h"
#include "tests/unit/smtp/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Core::Error;
using Core::Result;
using Smtp::ClientLimits;
using Smtp::RecipientDecision;
using Smtp::Reply;
using Smtp::ServerSession;
using Smtp::SessionInfo;
using Tests::Client;
using Tests::FakeHandler;
using Tests::head;
using Tests::kHost;
using Tests::kTimeout;
using Tests::kTlsTimeout;
using Tests::shown;

namespace {

// ---- the wire ----------------------------------------------------------------------------

/** The server end of a connection: records each write the session makes, in order. */
class RecordingSocket final : public QSslSocket
{
public:
    explicit RecordingSocket(std::shared_ptr<QByteArrayList> writes, QObject *parent) : QSslSocket(parent), m_writes(std::move(writes)) {}

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        m_writes->append(QByteArray(data, length));
        return QSslSocket::writeData(data, length);
    }

private:
    std::shared_ptr<QByteArrayList> m_writes;
};

/** Accepts one client at a time and gives it a ServerSession, as SmtpServer does. */
class SessionServer final : public QTcpServer
{
public:
    SessionServer(Smtp::SessionHandler &handler, const Store::Settings &settings, ClientLimits &limits, ServerSession::TlsConfiguration tls)
        : m_handler(handler)
        , m_settings(settings)
        , m_limits(limits)
        , m_tls(std::move(tls))
    {
    }

    QString listener = u"mta"_s; // "smtps" serves implicit TLS
    QPointer<ServerSession> session;
    QPointer<QSslSocket> socket;
    std::shared_ptr<QByteArrayList> writes = std::make_shared<QByteArrayList>();

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new RecordingSocket(writes, this);
        if (!socket->setSocketDescriptor(descriptor)) {
            socket->deleteLater();
            return;
        }
        SessionInfo info;
        info.id = u"S00000001"_s;
        info.listener = listener;
        info.clientAddress = socket->peerAddress();
        info.clientPort = socket->peerPort();
        this->socket = socket;
        session = new ServerSession(socket, info, m_handler, m_settings, m_limits, m_tls, listener == u"smtps"_s, this);
        session->start();
    }

private:
    Smtp::SessionHandler &m_handler;
    const Store::Settings &m_settings;
    ClientLimits &m_limits;
    ServerSession::TlsConfiguration m_tls;
};

/** One session: a store with settings, the fake handler, a listening server, a client. */
class Fixture : public Tests::SettingsFixture
{
public:
    explicit Fixture(const Tls::CertificateStore *certificates)
        : m_certificates(certificates)
    {
        server = std::make_unique<SessionServer>(handler, *settings, limits, [this] {
            return offerTls && m_certificates ? m_certificates->serverConfiguration() : QSslConfiguration();
        });
        set(u"identity.hostname"_s, kHost);
        handler.senderRefusals.insert(u"a@bad.example"_s, Reply::senderDomainUnknown(u"bad.example"_s));
        handler.recipientDecisions.insert(u"nobody@example.org"_s, RecipientDecision{Reply::mailboxUnknown(u"nobody@example.org"_s), {}});
        handler.recipientDecisions.insert(u"x@remote.example"_s, RecipientDecision{Reply::relayDenied(u"x@remote.example"_s), {}});
        handler.passwords.insert(u"alice@example.org"_s, u"secret"_s);
    }

    ~Fixture()
    {
        client.socket.abort();
        server.reset(); // sessions go with it
    }

    /** Connects; the session exists afterwards (its greeting may still be pending). */
    bool connect()
    {
        if (!server->listen(QHostAddress::LocalHost, 0))
            return false;
        if (!client.connectTo(server->serverPort()))
            return false;
        return QTest::qWaitFor([this] { return !server->session.isNull(); }, kTimeout);
    }

    /** Connects and reads the greeting. */
    bool greet()
    {
        return connect() && client.reply().startsWith("220 ");
    }

    /** Connects, reads the greeting, and says EHLO. */
    bool ehlo()
    {
        if (!greet())
            return false;
        client.send("EHLO client.example\r\n");
        return client.reply().startsWith("250-");
    }

    /** ehlo(), STARTTLS, the handshake, and EHLO again. */
    bool ehloUnderTls()
    {
        offerTls = true;
        if (!ehlo())
            return false;
        client.send("STARTTLS\r\n");
        if (head(client.reply()) != u"220 2.0.0"_s || !client.startTls())
            return false;
        client.send("EHLO client.example\r\n");
        return client.reply().startsWith("250-");
    }

    /** A full command exchange: each command sent alone, the head of each reply. */
    QStringList exchange(const QByteArrayList &commands)
    {
        QStringList heads;
        for (const QByteArray &command : commands) {
            client.send(command + "\r\n");
            const QByteArray reply = client.reply();
            heads << (reply.isEmpty() ? u"(no reply)"_s : head(reply));
        }
        return heads;
    }

    qsizetype writeCount() const { return server->writes->size(); }
    QByteArrayList writesSince(qsizetype count) const { return server->writes->mid(count); }

    ClientLimits limits;
    FakeHandler handler;
    bool offerTls = false;
    std::unique_ptr<SessionServer> server;
    Client client;

private:
    const Tls::CertificateStore *m_certificates;
};

QString joined(const QByteArrayList &writes)
{
    QStringList parts;
    for (const QByteArray &w : writes)
        parts << u"'"_s + shown(w) + u"'"_s;
    return parts.join(u", "_s);
}

} // namespace

TestServerSession::TestServerSession() = default;
TestServerSession::~TestServerSession() = default;

void TestServerSession::initTestCase()
{
    m_tlsDirectory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tlsDirectory->isValid());
    auto certificates = Tls::CertificateStore::open(m_tlsDirectory->path());
    QVERIFY2(certificates.ok(), certificates.ok() ? "" : qPrintable(certificates.error().message));
    m_certificates = std::move(certificates).value();
    std::optional<Result<Tls::CertificateInfo>> made;
    m_certificates->ensureCertificate(kHost, this, [&](Result<Tls::CertificateInfo> r) { made.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(made.has_value(), kTlsTimeout);
    QVERIFY2(made->ok(), made->ok() ? "" : qPrintable(made->error().message));
    QVERIFY(m_certificates->hasCertificate());
}


void TestServerSession::greetingWaitsForConnectDecision()
{
    Fixture f(m_certificates.get());
    f.handler.mode = FakeHandler::Mode::Hold;
    QVERIFY(f.connect());
    QTRY_COMPARE_WITH_TIMEOUT(f.handler.calls, QStringList{u"connect"_s}, kTimeout);
    QCOMPARE(f.handler.sessions.first().listener, u"mta"_s);
    QCOMPARE(f.handler.sessions.first().clientAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY2(f.writeCount() == 0, qPrintable(u"got %1 before the connect decision, want nothing"_s.arg(joined(*f.server->writes))));
    f.handler.releaseAll();
    const QByteArray greeting = f.client.reply();
    QVERIFY2(greeting == "220 mx.test.example ESMTP Doorstep\r\n", qPrintable(u"got '%1'"_s.arg(shown(greeting))));
}

void TestServerSession::greetingDelay()
{
    Fixture f(m_certificates.get());
    QVERIFY(f.set(u"limits.greeting_delay"_s, 1u));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(f.connect());
    const QByteArray greeting = f.client.reply();
    QVERIFY2(greeting.startsWith("220 "), qPrintable(shown(greeting)));
    QVERIFY2(clock.elapsed() >= 900, qPrintable(u"got the greeting after %1 ms, want limits.greeting_delay (1 s)"_s.arg(clock.elapsed())));
}

void TestServerSession::connectRefusal()
{
    Fixture f(m_certificates.get());
    f.handler.connectDecision.refusal = Reply::clientRejected();
    QVERIFY(f.connect());
    const QByteArray reply = f.client.reply();
    QVERIFY2(head(reply) == u"554 5.7.1"_s, qPrintable(u"got '%1', want 554 5.7.1"_s.arg(shown(reply))));
    QVERIFY2(f.client.waitClosed(), "got the connection kept open, want it closed");
    QCOMPARE(f.handler.rejections, QStringList{u"Connect 554 5.7.1"_s});
    QTRY_VERIFY_WITH_TIMEOUT(f.server->session.isNull(), kTimeout);
}

void TestServerSession::pregreetingClientRefused()
{
    Fixture f(m_certificates.get());
    f.handler.mode = FakeHandler::Mode::Hold;
    QVERIFY(f.connect());
    QTRY_COMPARE_WITH_TIMEOUT(f.handler.held.size(), 1, kTimeout);
    f.client.send("EHLO early.example\r\n");
    const QByteArray reply = f.client.reply();
    QVERIFY2(head(reply) == u"554 5.5.1"_s, qPrintable(u"got '%1', want 554 5.5.1"_s.arg(shown(reply))));
    QVERIFY(f.client.waitClosed());
    QCOMPARE(f.handler.rejections, QStringList{u"Protocol 554 5.5.1"_s});
    f.handler.releaseAll(); // the late connect decision is harmless
    QTRY_VERIFY_WITH_TIMEOUT(f.server->session.isNull(), kTimeout);
    QCOMPARE(f.client.received, QByteArray());
}

void TestServerSession::ehloExtensions_data()
{
    QTest::addColumn<bool>("offerTls");
    QTest::addColumn<bool>("underTls");
    QTest::addColumn<qlonglong>("maxSize"); // -1: the default
    QTest::addColumn<QStringList>("want");  // the lines after the greeting line

    QTest::newRow("no certificate: neither STARTTLS nor AUTH")
        << false << false << -1LL << QStringList{u"PIPELINING"_s, u"SIZE 52428800"_s, u"8BITMIME"_s, u"ENHANCEDSTATUSCODES"_s, u"SMTPUTF8"_s};
    QTest::newRow("certificate: STARTTLS, no AUTH in the clear")
        << true << false << -1LL
        << QStringList{u"PIPELINING"_s, u"SIZE 52428800"_s, u"8BITMIME"_s, u"ENHANCEDSTATUSCODES"_s, u"STARTTLS"_s, u"SMTPUTF8"_s};
    QTest::newRow("under TLS: AUTH, no STARTTLS")
        << true << true << -1LL
        << QStringList{u"PIPELINING"_s, u"SIZE 52428800"_s, u"8BITMIME"_s, u"ENHANCEDSTATUSCODES"_s, u"AUTH PLAIN LOGIN"_s, u"SMTPUTF8"_s};
    QTest::newRow("no size limit: SIZE alone")
        << false << false << 0LL << QStringList{u"PIPELINING"_s, u"SIZE"_s, u"8BITMIME"_s, u"ENHANCEDSTATUSCODES"_s, u"SMTPUTF8"_s};
    QTest::newRow("size limit set")
        << false << false << 4096LL << QStringList{u"PIPELINING"_s, u"SIZE 4096"_s, u"8BITMIME"_s, u"ENHANCEDSTATUSCODES"_s, u"SMTPUTF8"_s};
}

void TestServerSession::ehloExtensions()
{
    QFETCH(bool, offerTls);
    QFETCH(bool, underTls);
    QFETCH(qlonglong, maxSize);
    QFETCH(QStringList, want);
    Fixture f(m_certificates.get());
    if (maxSize >= 0)
        QVERIFY(f.set(u"limits.max_message_size"_s, QVariant::fromValue<qulonglong>(qulonglong(maxSize))));
    f.offerTls = offerTls;
    QVERIFY(f.greet());
    if (underTls) {
        f.client.send("STARTTLS\r\n");
        QCOMPARE(head(f.client.reply()), u"220 2.0.0"_s);
        QVERIFY2(f.client.startTls(), "got no TLS handshake");
    }
    f.client.send("EHLO client.example\r\n");
    const QByteArray reply = f.client.reply();
    QList<QByteArray> lines = reply.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    QStringList got;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].chopped(1); // CR
        const QByteArray lead = i + 1 < lines.size() ? "250-" : "250 ";
        QVERIFY2(line.startsWith(lead), qPrintable(u"got line '%1', want it to start with '%2'"_s.arg(shown(line), QString::fromLatin1(lead))));
        if (i == 0)
            QCOMPARE(line.mid(4), QByteArray("mx.test.example Hello client.example [127.0.0.1]"));
        else
            got << QString::fromLatin1(line.mid(4));
    }
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got.join(u" | "_s), want.join(u" | "_s))));
}

void TestServerSession::commandReplies_data()
{
    QTest::addColumn<QString>("listener");
    QTest::addColumn<bool>("diskLow");
    QTest::addColumn<qlonglong>("maxSize");
    QTest::addColumn<QByteArrayList>("commands");
    QTest::addColumn<QStringList>("want");

    const QByteArray ehlo("EHLO client.example");
    const QByteArray mail("MAIL FROM:<a@remote.example>");
    const QByteArray rcpt("RCPT TO:<b@example.org>");
    const auto row = [](const char *name, const QByteArrayList &commands, const QStringList &want, const QString &listener = u"mta"_s,
                        bool diskLow = false, qlonglong maxSize = -1) {
        QTest::newRow(name) << listener << diskLow << maxSize << commands << want;
    };

    row("MAIL before HELO", {mail}, {u"503 5.5.1"_s});
    row("RCPT before MAIL", {ehlo, rcpt}, {u"250"_s, u"503 5.5.1"_s});
    row("DATA before MAIL", {ehlo, "DATA"}, {u"250"_s, u"503 5.5.1"_s});
    // RFC 5321 3.3 allows 503 or 554 here.
    row("DATA without an accepted recipient", {ehlo, mail, "RCPT TO:<nobody@example.org>", "DATA"},
        {u"250"_s, u"250 2.1.0"_s, u"550 5.1.1"_s, u"554 5.5.1"_s});
    row("nested MAIL", {ehlo, mail, mail}, {u"250"_s, u"250 2.1.0"_s, u"503 5.5.1"_s});
    row("RSET ends the transaction", {ehlo, mail, "RSET", rcpt}, {u"250"_s, u"250 2.1.0"_s, u"250 2.0.0"_s, u"503 5.5.1"_s});
    row("HELO ends the transaction", {ehlo, mail, "HELO client.example", rcpt}, {u"250"_s, u"250 2.1.0"_s, u"250"_s, u"503 5.5.1"_s});
    row("a whole transaction", {"HELO client.example", mail, rcpt, "DATA"}, {u"250"_s, u"250 2.1.0"_s, u"250 2.1.5"_s, u"354"_s});
    row("HELO without a name", {"HELO"}, {u"501 5.5.4"_s});
    row("EHLO without a name", {"EHLO"}, {u"501 5.5.4"_s});
    row("unknown command", {"XYZZY"}, {u"500 5.5.2"_s});
    row("NOOP, HELP, VRFY, EXPN", {"NOOP", "HELP", "VRFY alice", "EXPN staff"}, {u"250 2.0.0"_s, u"214 2.0.0"_s, u"252 2.5.2"_s, u"502 5.5.1"_s});
    row("NUL in a command", {QByteArray("NOOP\0x", 6)}, {u"500 5.5.2"_s});
    row("command line too long", {QByteArray(5000, 'A')}, {u"500 5.5.2"_s});
    row("AUTH before TLS", {ehlo, "AUTH PLAIN"}, {u"250"_s, u"538 5.7.11"_s});
    row("STARTTLS without a certificate", {ehlo, "STARTTLS"}, {u"250"_s, u"454 4.7.0"_s});
    row("DATA with an argument", {ehlo, mail, rcpt, "DATA now"}, {u"250"_s, u"250 2.1.0"_s, u"250 2.1.5"_s, u"501 5.5.4"_s});
    row("submission requires AUTH", {ehlo, mail}, {u"250"_s, u"530 5.7.0"_s}, u"submission"_s);
    row("bad sender syntax", {ehlo, "MAIL FROM:alice"}, {u"250"_s, u"501 5.1.7"_s});
    row("bad recipient syntax", {ehlo, mail, "RCPT TO:bob"}, {u"250"_s, u"250 2.1.0"_s, u"501 5.1.3"_s});
    row("unsupported MAIL parameter", {ehlo, mail + " FOO=1"}, {u"250"_s, u"555 5.5.4"_s});
    row("RCPT parameters refused", {ehlo, mail, rcpt + " NOTIFY=NEVER"}, {u"250"_s, u"250 2.1.0"_s, u"555 5.5.4"_s});
    row("BODY=8BITMIME", {ehlo, mail + " BODY=8BITMIME"}, {u"250"_s, u"250 2.1.0"_s});
    row("BODY=BINARYMIME refused", {ehlo, mail + " BODY=BINARYMIME"}, {u"250"_s, u"501 5.5.4"_s});
    row("SIZE at the limit", {ehlo, mail + " SIZE=1000"}, {u"250"_s, u"250 2.1.0"_s}, u"mta"_s, false, 1000);
    row("SIZE over the limit", {ehlo, mail + " SIZE=1001"}, {u"250"_s, u"552 5.3.4"_s}, u"mta"_s, false, 1000);
    row("SIZE not a number", {ehlo, mail + " SIZE=many"}, {u"250"_s, u"501 5.5.4"_s});
    row("non-ASCII sender needs SMTPUTF8", {ehlo, u"MAIL FROM:<jörg@remote.example>"_s.toUtf8()}, {u"250"_s, u"553 5.6.7"_s});
    row("non-ASCII with SMTPUTF8", {ehlo, u"MAIL FROM:<jörg@remote.example> SMTPUTF8"_s.toUtf8(), u"RCPT TO:<jörg@example.org>"_s.toUtf8()},
        {u"250"_s, u"250 2.1.0"_s, u"250 2.1.5"_s});
    row("non-ASCII recipient needs SMTPUTF8", {ehlo, mail, u"RCPT TO:<jörg@example.org>"_s.toUtf8()},
        {u"250"_s, u"250 2.1.0"_s, u"553 5.6.7"_s});
    row("disk space low", {ehlo, mail}, {u"250"_s, u"452 4.3.1"_s}, u"mta"_s, true);
    row("sender refused by policy", {ehlo, "MAIL FROM:<a@bad.example>", mail}, {u"250"_s, u"550 5.1.8"_s, u"250 2.1.0"_s});
    row("recipients refused by policy", {ehlo, mail, "RCPT TO:<nobody@example.org>", "RCPT TO:<x@remote.example>", rcpt},
        {u"250"_s, u"250 2.1.0"_s, u"550 5.1.1"_s, u"554 5.7.1"_s, u"250 2.1.5"_s});
}

void TestServerSession::commandReplies()
{
    QFETCH(QString, listener);
    QFETCH(bool, diskLow);
    QFETCH(qlonglong, maxSize);
    QFETCH(QByteArrayList, commands);
    QFETCH(QStringList, want);
    Fixture f(m_certificates.get());
    f.server->listener = listener;
    f.handler.diskLow = diskLow;
    if (maxSize >= 0)
        QVERIFY(f.set(u"limits.max_message_size"_s, QVariant::fromValue<qulonglong>(qulonglong(maxSize))));
    QVERIFY(f.greet());
    const QStringList got = f.exchange(commands);
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got.join(u", "_s), want.join(u", "_s))));
    // Each policy refusal is reported once, at its stage.
    QStringList wantRejections;
    for (const QString &h : want) {
        if (h == u"550 5.1.8"_s)
            wantRejections << u"Sender 550 5.1.8"_s;
        else if (h == u"550 5.1.1"_s)
            wantRejections << u"Recipient 550 5.1.1"_s;
        else if (h == u"554 5.7.1"_s)
            wantRejections << u"Relay 554 5.7.1"_s;
    }
    QVERIFY2(f.handler.rejections == wantRejections,
             qPrintable(u"got rejections %1, want %2"_s.arg(f.handler.rejections.join(u", "_s), wantRejections.join(u", "_s))));
}

void TestServerSession::pipelinedRepliesInOrder_data()
{
    QTest::addColumn<bool>("atOnce");       // policy decides inside the call, else on the event loop
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<QStringList>("want");
    QTest::addColumn<QStringList>("calls"); // handler calls the group makes, in order

    const QByteArray transaction("RSET\r\nMAIL FROM:<a@remote.example>\r\nRCPT TO:<b@example.org>\r\nRCPT TO:<nobody@example.org>\r\n"
                                 "RCPT TO:<c@example.org>\r\nDATA\r\n");
    const QStringList replies{u"250 2.0.0"_s, u"250 2.1.0"_s, u"250 2.1.5"_s, u"550 5.1.1"_s, u"250 2.1.5"_s, u"354"_s};
    const QStringList calls{u"sender a@remote.example"_s, u"recipient b@example.org"_s, u"recipient nobody@example.org"_s,
                            u"recipient c@example.org"_s, u"open"_s};
    QTest::newRow("commands answered by the session alone")
        << false << QByteArray("RSET\r\nNOOP\r\nHELP\r\nNOOP\r\n")
        << QStringList{u"250 2.0.0"_s, u"250 2.0.0"_s, u"214 2.0.0"_s, u"250 2.0.0"_s} << QStringList();
    QTest::newRow("a transaction, policy deciding at once") << true << transaction << replies << calls;
    QTest::newRow("a transaction, policy deciding on the event loop") << false << transaction << replies << calls;
}

void TestServerSession::pipelinedRepliesInOrder()
{
    QFETCH(bool, atOnce);
    QFETCH(QByteArray, group);
    QFETCH(QStringList, want);
    QFETCH(QStringList, calls);
    Fixture f(m_certificates.get());
    QVERIFY(f.ehlo());
    f.handler.mode = atOnce ? FakeHandler::Mode::Sync : FakeHandler::Mode::Async;
    const qsizetype callsBefore = f.handler.calls.size();
    const qsizetype writesBefore = f.writeCount();
    f.client.send(group);
    const QStringList got = f.client.heads(int(want.size()));
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got.join(u", "_s), want.join(u", "_s))));
    QCOMPARE(f.handler.calls.mid(callsBefore), calls);
    // RFC 2920 3.2: replies to a group of pipelined commands that the server has in hand go
    // out as a unit; waiting for a decision while more commands wait in the buffer is no
    // reason to flush.
    const QByteArrayList writes = f.writesSince(writesBefore);
    QVERIFY2(writes.size() == 1, qPrintable(u"got %1 writes (%2), want all %3 replies in one write"_s.arg(writes.size()).arg(joined(writes)).arg(want.size())));
}

void TestServerSession::synchronousHandlerDoesNotRecurse()
{
    // The engine's policy answers many questions at once, inside the call (a null sender, a
    // trusted client, every RCPT). A client pipelining many commands must not make the session
    // recurse once per command: each level is stack, and the client decides how many.
    Fixture f(m_certificates.get());
    f.handler.mode = FakeHandler::Mode::Sync;
    QVERIFY(f.ehlo());
    constexpr int kPairs = 500;
    QByteArray flood;
    for (int i = 0; i < kPairs; ++i)
        flood += "RSET\r\nMAIL FROM:<>\r\n";
    f.client.send(flood);
    QTRY_VERIFY_WITH_TIMEOUT(f.client.received.count('\n') >= 2 * kPairs, kTimeout);
    QCOMPARE(f.client.received.count("250 2.1.0"), kPairs);
    QVERIFY2(f.handler.maxSenderDepth == 1,
             qPrintable(u"got checkSender() entered %1 levels deep by %2 pipelined MAIL commands, want 1 (no recursion)"_s.arg(
                 f.handler.maxSenderDepth).arg(kPairs)));
    const quintptr growth = f.handler.firstSenderStack - f.handler.deepestSenderStack;
    QVERIFY2(growth < 64 * 1024,
             qPrintable(u"got the stack %1 bytes deeper at the last of %2 pipelined MAIL commands than at the first, want it flat"_s.arg(growth)
                            .arg(kPairs)));
}

void TestServerSession::overlongCommandLine()
{
    // A command line over the limit is refused once, as a whole: what arrives after the point
    // where it became too long is the rest of that line, never a command of its own.
    Fixture f(m_certificates.get());
    QVERIFY(f.ehlo());
    f.client.send(QByteArray(5000, 'A'));
    QCOMPARE(head(f.client.reply()), u"500 5.5.2"_s);
    const qsizetype callsBefore = f.handler.calls.size();
    f.client.send("MAIL FROM:<a@remote.example>\r\nNOOP\r\n");
    const QStringList got = f.client.heads(1);
    QVERIFY2(got == QStringList{u"250 2.0.0"_s},
             qPrintable(u"got %1 after the end of the long line, want only the NOOP's 250 2.0.0"_s.arg(got.join(u", "_s))));
    QVERIFY2(f.handler.calls.size() == callsBefore,
             qPrintable(u"got %1 from the tail of the long line, want nothing"_s.arg(f.handler.calls.mid(callsBefore).join(u", "_s))));
}

void TestServerSession::bareCrInCommandLine_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::newRow("EHLO") << QByteArray("EHLO client.example\rX-Injected: yes\r\n");
    QTest::newRow("HELO") << QByteArray("HELO client.example\rX-Injected: yes\r\n");
}

void TestServerSession::bareCrInCommandLine()
{
    // Only CRLF ends a line (RFC 5321 2.3.8). The HELO name goes into the Received header,
    // where a bare CR would start a header of the client's choosing for many readers.
    QFETCH(QByteArray, command);
    Fixture f(m_certificates.get());
    QVERIFY(f.greet());
    f.client.send(command);
    const QByteArray reply = f.client.reply();
    if (reply.startsWith('5'))
        return; // refused: fine
    QStringList got{head(reply)};
    got << f.exchange({"MAIL FROM:<a@remote.example>", "RCPT TO:<b@example.org>", "DATA"});
    f.client.send("Subject: x\r\n\r\nbody\r\n.\r\n");
    got << head(f.client.reply());
    const QByteArray content = f.handler.committed.value(0).content;
    const qsizetype cr = content.indexOf("\rX-Injected");
    QVERIFY2(cr < 0, qPrintable(u"got %1 and the message stored with '%2', want the command refused (no bare CR in the header section)"_s.arg(
                         got.join(u", "_s), shown(content.left(content.indexOf("\r\n\r\n"))).replace(u"\r"_s, u"<CR>"_s))));
}

void TestServerSession::maxErrors_data()
{
    QTest::addColumn<QByteArray>("preamble"); // sent first, each line answered
    QTest::addColumn<QByteArray>("errors");   // three failing commands and a NOOP, in one write
    QTest::addColumn<QString>("error");

    QTest::newRow("unknown commands") << QByteArray() << QByteArray("XYZZY\r\nXYZZY\r\nXYZZY\r\nNOOP\r\n") << u"500 5.5.2"_s;
    QTest::newRow("refused recipients") << QByteArray("MAIL FROM:<a@remote.example>\r\n")
                                        << QByteArray("RCPT TO:<nobody@example.org>\r\nRCPT TO:<nobody@example.org>\r\n"
                                                      "RCPT TO:<nobody@example.org>\r\nNOOP\r\n")
                                        << u"550 5.1.1"_s;
}

void TestServerSession::maxErrors()
{
    QFETCH(QByteArray, preamble);
    QFETCH(QByteArray, errors);
    QFETCH(QString, error);
    Fixture f(m_certificates.get());
    QVERIFY(f.set(u"limits.max_errors"_s, 2u));
    QVERIFY(f.ehlo());
    if (!preamble.isEmpty()) {
        f.client.send(preamble);
        QVERIFY(f.client.reply().startsWith("250 "));
    }
    f.client.send(errors);
    const QStringList got = f.client.heads(4);
    const QStringList want{error, error, error, u"421 4.7.0"_s};
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got.join(u", "_s), want.join(u", "_s))));
    QVERIFY2(f.client.waitClosed(), "got the connection kept open, want it closed after too many errors");
    QVERIFY2(f.client.received.isEmpty(), qPrintable(u"got '%1' after the 421, want nothing"_s.arg(shown(f.client.received))));
}

void TestServerSession::maxRecipients()
{
    Fixture f(m_certificates.get());
    QVERIFY(f.set(u"limits.max_recipients"_s, 2u));
    QVERIFY(f.ehlo());
    const QStringList got = f.exchange({"MAIL FROM:<a@remote.example>", "RCPT TO:<b@example.org>", "RCPT TO:<b@example.org>",
                                        "RCPT TO:<c@example.org>", "RCPT TO:<d@example.org>", "RSET", "MAIL FROM:<a@remote.example>",
                                        "RCPT TO:<d@example.org>"});
    const QStringList want{u"250 2.1.0"_s, u"250 2.1.5"_s, u"250 2.1.5"_s, u"250 2.1.5"_s, u"452 4.5.3"_s,
                           u"250 2.0.0"_s, u"250 2.1.0"_s, u"250 2.1.5"_s};
    QVERIFY2(got == want, qPrintable(u"got %1, want %2 (a repeated address counts once; RSET starts again)"_s.arg(got.join(u", "_s), want.join(u", "_s))));
}

void TestServerSession::idleTimeout()
{
    Fixture f(m_certificates.get());
    QVERIFY(f.set(u"limits.idle_timeout"_s, 1u));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(f.greet());
    const QByteArray reply = f.client.reply(5000);
    QVERIFY2(head(reply) == u"421 4.4.2"_s, qPrintable(u"got '%1' from an idle session, want 421 4.4.2"_s.arg(shown(reply))));
    QVERIFY(f.client.waitClosed());
    QVERIFY2(clock.elapsed() >= 900, qPrintable(u"got the timeout after %1 ms, want about 1000"_s.arg(clock.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(f.server->session.isNull(), kTimeout);
}

void TestServerSession::tricklingClientDropped_data()
{
    QTest::addColumn<bool>("inData");
    QTest::newRow("a command line") << false;
    QTest::newRow("a line of message data") << true;
}

void TestServerSession::tricklingClientDropped()
{
    // issue 4: limits.idle_timeout is also a per-line deadline, so that a client trickling one
    // byte at a time is dropped.
    QFETCH(bool, inData);
    Fixture f(m_certificates.get());
    QVERIFY(f.set(u"limits.idle_timeout"_s, 1u));
    QVERIFY(f.ehlo());
    if (inData) {
        const QStringList got = f.exchange({"MAIL FROM:<a@remote.example>", "RCPT TO:<b@example.org>", "DATA"});
        QCOMPARE(got, (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"354"_s}));
    }
    QTimer trickle;
    trickle.setInterval(200);
    QObject::connect(&trickle, &QTimer::timeout, &f.client.socket, [&] {
        if (f.client.socket.state() == QAbstractSocket::ConnectedState)
            f.client.send("x");
    });
    trickle.start();
    const QByteArray reply = f.client.reply(4000);
    trickle.stop();
    QVERIFY2(head(reply) == u"421 4.4.2"_s,
             qPrintable(u"got '%1' within 4 s from a client sending a byte every 200 ms with a 1 s deadline, want 421 4.4.2"_s.arg(shown(reply))));
}

void TestServerSession::silentAfterStartTlsDropped()
{
    // A client that says STARTTLS and then nothing must not hold its connection slot.
    Fixture f(m_certificates.get());
    QVERIFY(f.set(u"limits.idle_timeout"_s, 1u));
    f.offerTls = true;
    QVERIFY(f.ehlo());
    f.client.send("STARTTLS\r\n");
    QCOMPARE(head(f.client.reply()), u"220 2.0.0"_s);
    QVERIFY2(f.client.waitClosed(4000), "got the connection kept open 4 s after STARTTLS without a handshake, want it dropped after 1 s");
    QTRY_VERIFY_WITH_TIMEOUT(f.server->session.isNull(), kTimeout);
}

void TestServerSession::implicitTlsGreeting_data()
{
    QTest::addColumn<bool>("decisionLast");
    QTest::newRow("connect decision before the handshake ends") << false;
    QTest::newRow("handshake done before the connect decision") << true;
}

void TestServerSession::implicitTlsGreeting()
{
    // smtps: the greeting waits for both the connect decision and the TLS handshake.
    QFETCH(bool, decisionLast);
    Fixture f(m_certificates.get());
    f.offerTls = true;
    f.server->listener = u"smtps"_s;
    f.handler.mode = FakeHandler::Mode::Hold;
    QVERIFY(f.connect());
    QTRY_COMPARE_WITH_TIMEOUT(f.handler.held.size(), 1, kTimeout);
    if (!decisionLast)
        f.handler.releaseAll();
    QVERIFY2(f.client.startTls(), "got no TLS handshake on smtps");
    QTRY_VERIFY_WITH_TIMEOUT(f.server->socket && f.server->socket->isEncrypted(), kTlsTimeout);
    if (decisionLast)
        f.handler.releaseAll();
    const QByteArray greeting = f.client.reply();
    QVERIFY2(greeting == "220 mx.test.example ESMTP Doorstep\r\n", qPrintable(u"got '%1', want the greeting over TLS"_s.arg(shown(greeting))));
    f.client.send("EHLO client.example\r\n");
    const QByteArray ehlo = f.client.reply();
    QVERIFY2(ehlo.contains("AUTH PLAIN LOGIN") && !ehlo.contains("STARTTLS"), qPrintable(shown(ehlo)));
}

void TestServerSession::messageAccepted()
{
    Fixture f(m_certificates.get());
    // info@ is an alias reaching b (already a recipient) and c: b gets one copy.
    f.handler.recipientDecisions.insert(u"info@example.org"_s,
                                        RecipientDecision{std::nullopt, {{u"b@example.org"_s, true}, {u"c@example.org"_s, true}}});
    QVERIFY(f.ehlo());
    QCOMPARE(f.exchange({"MAIL FROM:<a@remote.example>", "RCPT TO:<b@example.org>", "RCPT TO:<B@Example.org>", "RCPT TO:<info@example.org>",
                         "DATA"}),
             (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"250 2.1.5"_s, u"250 2.1.5"_s, u"354"_s}));
    f.client.send("Subject: test\r\n\r\nhello\r\n..dot\r\n.\r\n");
    const QByteArray reply = f.client.reply();
    QVERIFY2(reply == "250 2.0.0 Ok: queued as Q1\r\n", qPrintable(u"got '%1'"_s.arg(shown(reply))));
    QCOMPARE(f.handler.committed.size(), 1);
    const auto &message = f.handler.committed.first();
    QCOMPARE(message.envelope.sender, u"a@remote.example"_s);
    QStringList recipients;
    for (const auto &[original, target] : message.envelope.recipients)
        recipients << u"%1->%2%3"_s.arg(original, target.address, target.local ? u""_s : u" (remote)"_s);
    const QStringList wantRecipients{u"b@example.org->b@example.org"_s, u"info@example.org->c@example.org"_s};
    QVERIFY2(recipients == wantRecipients, qPrintable(u"got %1, want %2"_s.arg(recipients.join(u", "_s), wantRecipients.join(u", "_s))));
    const QByteArray content = message.content;
    QVERIFY2(content.startsWith("Received: from client.example (unknown [127.0.0.1])\r\n\tby mx.test.example (Doorstep) with ESMTP id Q1; "),
             qPrintable(shown(content)));
    QVERIFY2(content.endsWith("\r\nSubject: test\r\n\r\nhello\r\n.dot\r\n"), qPrintable(shown(content)));
    QVERIFY2(!content.contains("Message-ID:") && !content.contains("\r\nDate:"), "got headers added to relayed mail, want none");

    // The session goes on; a message with one recipient names it in Received.
    QCOMPARE(f.exchange({"MAIL FROM:<> BODY=8BITMIME", "RCPT TO:<c@example.org>", "DATA"}), (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"354"_s}));
    f.client.send("Subject: two\r\n\r\nbody\r\n.\r\n");
    QCOMPARE(f.client.reply(), QByteArray("250 2.0.0 Ok: queued as Q2\r\n"));
    QCOMPARE(f.handler.committed.size(), 2);
    QCOMPARE(f.handler.committed[1].envelope.sender, QString());
    QVERIFY2(f.handler.committed[1].content.contains("\r\n\tfor <c@example.org>; "), qPrintable(shown(f.handler.committed[1].content)));
}

void TestServerSession::commitDelaysTheReply()
{
    Fixture f(m_certificates.get());
    QVERIFY(f.ehlo());
    QCOMPARE(f.exchange({"MAIL FROM:<a@remote.example>", "RCPT TO:<b@example.org>", "DATA"}),
             (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"354"_s}));
    f.handler.mode = FakeHandler::Mode::Hold;
    const qsizetype writesBefore = f.writeCount();
    f.client.send("Subject: x\r\n\r\nbody\r\n.\r\nNOOP\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(f.handler.calls.contains(u"commit Q1"_s), kTimeout);
    QVERIFY2(f.writesSince(writesBefore).isEmpty(),
             qPrintable(u"got %1 while the commit runs, want nothing before the message is durable"_s.arg(joined(f.writesSince(writesBefore)))));
    f.handler.releaseAll();
    QCOMPARE(f.client.reply(), QByteArray("250 2.0.0 Ok: queued as Q1\r\n"));
    QCOMPARE(head(f.client.reply()), u"250 2.0.0"_s); // the NOOP, answered after the 250
}

void TestServerSession::commitFailure()
{
    Fixture f(m_certificates.get());
    f.handler.commitRefusal = Reply::localError(u"Local error in processing, try again later"_s);
    QVERIFY(f.ehlo());
    QCOMPARE(f.exchange({"MAIL FROM:<a@remote.example>", "RCPT TO:<b@example.org>", "DATA"}),
             (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"354"_s}));
    f.client.send("Subject: x\r\n\r\nbody\r\n.\r\n");
    QCOMPARE(head(f.client.reply()), u"451 4.3.0"_s);
    // A content filter's refusal is sent as it is, and the session goes on.
    f.handler.commitRefusal = Reply::make(554, u"5.7.0"_s, u"Virus found: Eicar-Test-Signature"_s);
    QCOMPARE(f.exchange({"MAIL FROM:<>", "RCPT TO:<b@example.org>", "DATA"}),
             (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"354"_s}));
    f.client.send("Subject: x\r\n\r\nbody\r\n.\r\n");
    QCOMPARE(f.client.reply(), QByteArray("554 5.7.0 Virus found: Eicar-Test-Signature\r\n"));
    // RCPT was asked with the transaction's sender ("" for <>), for greylisting.
    QCOMPARE(f.handler.recipientSenders, (QStringList{u"a@remote.example"_s, QString()}));
    f.handler.commitRefusal.reset();
    // The session goes on, and a spool that cannot be opened is a temporary failure too.
    f.handler.openError = Error::failed(u"no spool"_s);
    QCOMPARE(f.exchange({"NOOP", "MAIL FROM:<a@remote.example>", "RCPT TO:<b@example.org>", "DATA"}),
             (QStringList{u"250 2.0.0"_s, u"250 2.1.0"_s, u"250 2.1.5"_s, u"451 4.3.0"_s}));
}

void TestServerSession::greylistedRecipientNotARejection()
{
    Fixture f(m_certificates.get());
    RecipientDecision grey{Reply::greylisted(300), {}};
    grey.greylisted = true;
    f.handler.recipientDecisions.insert(u"grey@example.org"_s, grey);
    QVERIFY(f.ehlo());
    f.client.send("MAIL FROM:<a@remote.example>\r\n");
    QCOMPARE(head(f.client.reply()), u"250 2.1.0"_s);
    f.client.send("RCPT TO:<grey@example.org>\r\n");
    QCOMPARE(f.client.reply(), QByteArray("451 4.7.1 Greylisted, please try again in 300 seconds\r\n"));
    QCOMPARE(f.exchange({"RCPT TO:<nobody@example.org>", "RCPT TO:<b@example.org>"}), (QStringList{u"550 5.1.1"_s, u"250 2.1.5"_s}));
    // The handler counts greylisting itself: only the unknown user went through rejected().
    QCOMPARE(f.handler.rejections, QStringList{u"Recipient 550 5.1.1"_s});
}

void TestServerSession::greylistPassReachesTheEnvelope()
{
    Fixture f(m_certificates.get());
    RecipientDecision passed;
    passed.targets.append({u"grey@example.org"_s, true});
    passed.greylistPassed = true;
    f.handler.recipientDecisions.insert(u"grey@example.org"_s, passed);
    QVERIFY(f.ehlo());
    QCOMPARE(f.exchange({"MAIL FROM:<a@remote.example>", "RCPT TO:<b@example.org>", "RCPT TO:<grey@example.org>", "DATA"}),
             (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"250 2.1.5"_s, u"354"_s}));
    f.client.send("Subject: x\r\n\r\nbody\r\n.\r\n");
    QCOMPARE(head(f.client.reply()), u"250 2.0.0"_s);
    // The next transaction starts without the history.
    QCOMPARE(f.exchange({"MAIL FROM:<a@remote.example>", "RCPT TO:<b@example.org>", "DATA"}),
             (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"354"_s}));
    f.client.send("Subject: y\r\n\r\nbody\r\n.\r\n");
    QCOMPARE(head(f.client.reply()), u"250 2.0.0"_s);
    QCOMPARE(f.handler.committed.size(), 2);
    QVERIFY(f.handler.committed.at(0).envelope.greylistPassed);
    QVERIFY(!f.handler.committed.at(1).envelope.greylistPassed);
}

void TestServerSession::dataRefusals_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("want");
    QByteArray big = "Subject: x\r\n\r\n";
    for (int i = 0; i < 120; ++i)
        big += QByteArray(98, 'b') + "\r\n";
    QTest::newRow("over the size limit") << QByteArray(big + ".\r\n") << u"552 5.3.4"_s;
    QTest::newRow("a line over 1000 octets") << QByteArray("Subject: x\r\n\r\n" + QByteArray(1200, 'b') + "\r\n.\r\n") << u"550 5.6.0"_s;
    QTest::newRow("a NUL") << QByteArray("Subject: x\r\n\r\nb\0dy\r\n.\r\n", 23) << u"550 5.6.0"_s;
}

void TestServerSession::dataRefusals()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, want);
    Fixture f(m_certificates.get());
    QVERIFY(f.set(u"limits.max_message_size"_s, QVariant::fromValue<qulonglong>(10000)));
    QVERIFY(f.ehlo());
    QCOMPARE(f.exchange({"MAIL FROM:<a@remote.example>", "RCPT TO:<b@example.org>", "DATA"}),
             (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"354"_s}));
    f.client.send(message);
    const QByteArray reply = f.client.reply();
    QVERIFY2(head(reply) == want, qPrintable(u"got '%1', want %2"_s.arg(shown(reply), want)));
    QVERIFY2(f.handler.committed.isEmpty(), "got the refused message committed");
    QCOMPARE(f.handler.rejections, QStringList{u"Content "_s + want});
    // The transaction is over, the session is not.
    QCOMPARE(f.exchange({"RCPT TO:<b@example.org>", "MAIL FROM:<a@remote.example>"}), (QStringList{u"503 5.5.1"_s, u"250 2.1.0"_s}));
}

void TestServerSession::bareLineEndingClosesSession()
{
    Fixture f(m_certificates.get());
    QVERIFY(f.ehlo());
    QCOMPARE(f.exchange({"MAIL FROM:<a@remote.example>", "RCPT TO:<b@example.org>", "DATA"}),
             (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"354"_s}));
    f.client.send("Subject: x\r\n\r\nbody\n.\nMAIL FROM:<evil@remote.example>\r\n.\r\n");
    QCOMPARE(head(f.client.reply()), u"521 5.5.2"_s);
    QVERIFY(f.client.waitClosed());
    QVERIFY(f.handler.committed.isEmpty());
    QCOMPARE(f.handler.rejections, QStringList{u"Protocol 521 5.5.2"_s});
    QVERIFY2(!f.handler.calls.contains(u"sender evil@remote.example"_s), "got the smuggled command executed");
}

void TestServerSession::startTlsDiscardsPipelinedPlaintext()
{
    // CVE-2011-0411: what follows STARTTLS in the same plaintext packet is never executed.
    Fixture f(m_certificates.get());
    f.offerTls = true;
    QVERIFY(f.ehlo());
    const qsizetype callsBefore = f.handler.calls.size();
    f.client.send("STARTTLS\r\nMAIL FROM:<injected@remote.example>\r\nRSET\r\n");
    QCOMPARE(head(f.client.reply()), u"220 2.0.0"_s);
    QVERIFY2(f.client.startTls(), "got no TLS handshake");
    // Nothing of the plaintext was answered, and TLS starts the session afresh (RFC 3207 4.2).
    f.client.send("MAIL FROM:<a@remote.example>\r\n");
    const QByteArray reply = f.client.reply();
    QVERIFY2(head(reply) == u"503 5.5.1"_s, qPrintable(u"got '%1', want 503 5.5.1 (EHLO first)"_s.arg(shown(reply))));
    QVERIFY2(f.handler.calls.mid(callsBefore).isEmpty(),
             qPrintable(u"got handler calls %1 from the plaintext, want none"_s.arg(f.handler.calls.mid(callsBefore).join(u", "_s))));
    QCOMPARE(f.exchange({"EHLO client.example", "MAIL FROM:<a@remote.example>"}), (QStringList{u"250"_s, u"250 2.1.0"_s}));
    QVERIFY(f.handler.sessions.last().tls);
    QVERIFY2(!f.handler.sessions.last().tlsProtocol.isEmpty(), "got no TLS protocol recorded for the Received header");
}

void TestServerSession::auth_data()
{
    QTest::addColumn<QByteArrayList>("exchange");
    QTest::addColumn<QStringList>("want");
    QTest::addColumn<bool>("authenticated");

    const auto b64 = [](const QByteArray &text) { return text.toBase64(); };
    const QByteArray plain = b64(QByteArray("\0alice@example.org\0secret", 25));
    QTest::newRow("PLAIN with an initial response") << QByteArrayList{"AUTH PLAIN " + plain} << QStringList{u"235 2.7.0"_s} << true;
    QTest::newRow("PLAIN after a challenge") << QByteArrayList{"AUTH PLAIN", plain} << QStringList{u"334"_s, u"235 2.7.0"_s} << true;
    QTest::newRow("LOGIN") << QByteArrayList{"AUTH LOGIN", b64("alice@example.org"), b64("secret")}
                           << QStringList{u"334"_s, u"334"_s, u"235 2.7.0"_s} << true;
    QTest::newRow("LOGIN with the user as initial response") << QByteArrayList{"AUTH LOGIN " + b64("alice@example.org"), b64("secret")}
                                                             << QStringList{u"334"_s, u"235 2.7.0"_s} << true;
    QTest::newRow("mechanism in lower case") << QByteArrayList{"AUTH plain " + plain} << QStringList{u"235 2.7.0"_s} << true;
    QTest::newRow("wrong password") << QByteArrayList{"AUTH PLAIN " + b64(QByteArray("\0alice@example.org\0wrong", 24))}
                                    << QStringList{u"535 5.7.8"_s} << false;
    QTest::newRow("bad base64") << QByteArrayList{"AUTH PLAIN !!!!"} << QStringList{u"501 5.5.4"_s} << false;
    QTest::newRow("cancelled") << QByteArrayList{"AUTH PLAIN", "*"} << QStringList{u"334"_s, u"501 5.0.0"_s} << false;
    QTest::newRow("authzid of another user") << QByteArrayList{"AUTH PLAIN " + b64(QByteArray("bob@example.org\0alice@example.org\0secret", 40))}
                                             << QStringList{u"501 5.5.4"_s} << false;
    QTest::newRow("unknown mechanism") << QByteArrayList{"AUTH CRAM-MD5"} << QStringList{u"504 5.5.4"_s} << false;
    QTest::newRow("during a transaction") << QByteArrayList{"MAIL FROM:<a@remote.example>", "AUTH PLAIN " + plain}
                                          << QStringList{u"250 2.1.0"_s, u"503 5.5.1"_s} << false;
}

void TestServerSession::auth()
{
    QFETCH(QByteArrayList, exchange);
    QFETCH(QStringList, want);
    QFETCH(bool, authenticated);
    Fixture f(m_certificates.get());
    QVERIFY(f.ehloUnderTls());
    QElapsedTimer clock;
    clock.start();
    const QStringList got = f.exchange(exchange);
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got.join(u", "_s), want.join(u", "_s))));
    if (want.last() == u"535 5.7.8"_s) {
        QVERIFY2(clock.elapsed() >= 900, qPrintable(u"got the refusal after %1 ms, want it slowed down to about 1 s"_s.arg(clock.elapsed())));
        QCOMPARE(f.handler.failedLogins, QStringList{u"alice@example.org"_s});
        QCOMPARE(f.limits.authFailures(QHostAddress(QHostAddress::LocalHost), QDateTime::currentSecsSinceEpoch()), 1);
    } else {
        QVERIFY(f.handler.failedLogins.isEmpty());
    }
    // EHLO offers AUTH only while there is none; MAIL shows policy the login.
    f.client.send("EHLO client.example\r\n");
    const QByteArray ehlo = f.client.reply();
    QVERIFY2(ehlo.contains("AUTH PLAIN LOGIN") != authenticated, qPrintable(shown(ehlo)));
    if (authenticated) {
        QCOMPARE(f.exchange({"AUTH PLAIN x", "MAIL FROM:<alice@example.org>"}), (QStringList{u"503 5.5.1"_s, u"250 2.1.0"_s}));
        QCOMPARE(f.handler.sessions.last().authUser, u"alice@example.org"_s);
    }
}

void TestServerSession::authLockedOut()
{
    // Ten failed logins from one address within the window: the next AUTH ends the session.
    Fixture f(m_certificates.get());
    for (int i = 0; i < ClientLimits::kLockoutFailures; ++i)
        f.limits.recordAuthFailure(QHostAddress(QHostAddress::LocalHost), QDateTime::currentSecsSinceEpoch());
    QVERIFY(f.ehloUnderTls());
    f.client.send("AUTH PLAIN " + QByteArray("\0alice@example.org\0secret", 25).toBase64() + "\r\n");
    const QByteArray reply = f.client.reply();
    QVERIFY2(head(reply) == u"421 4.7.0"_s, qPrintable(u"got '%1', want 421 4.7.0"_s.arg(shown(reply))));
    QVERIFY(f.client.waitClosed());
    QVERIFY2(!f.handler.calls.contains(u"auth alice@example.org"_s), "got the password checked for a locked-out address");
    QCOMPARE(f.handler.rejections, QStringList{u"Protocol 454 4.7.0"_s});
}

void TestServerSession::sessionGoneWhileCallbackOutstanding_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("deleteSession"); // its owner destroys it; else the client disconnects
    for (const QString &stage : {u"connect"_s, u"sender"_s, u"recipient"_s, u"auth"_s, u"commit"_s}) {
        QTest::newRow(qPrintable(stage + u", client gone"_s)) << stage << false;
        QTest::newRow(qPrintable(stage + u", owner destroyed"_s)) << stage << true;
    }
}

void TestServerSession::sessionGoneWhileCallbackOutstanding()
{
    QFETCH(QString, stage);
    QFETCH(bool, deleteSession);
    Fixture f(m_certificates.get());
    if (stage == u"connect"_s) {
        f.handler.mode = FakeHandler::Mode::Hold;
        QVERIFY(f.connect());
    } else if (stage == u"auth"_s) {
        QVERIFY(f.ehloUnderTls());
        f.handler.mode = FakeHandler::Mode::Hold;
        f.client.send("AUTH PLAIN " + QByteArray("\0alice@example.org\0secret", 25).toBase64() + "\r\n");
    } else {
        QVERIFY(f.ehlo());
        if (stage != u"sender"_s)
            QCOMPARE(f.exchange({"MAIL FROM:<a@remote.example>"}), QStringList{u"250 2.1.0"_s});
        if (stage == u"commit"_s)
            QCOMPARE(f.exchange({"RCPT TO:<b@example.org>", "DATA"}), (QStringList{u"250 2.1.5"_s, u"354"_s}));
        f.handler.mode = FakeHandler::Mode::Hold;
        if (stage == u"sender"_s)
            f.client.send("MAIL FROM:<a@remote.example>\r\n");
        else if (stage == u"recipient"_s)
            f.client.send("RCPT TO:<b@example.org>\r\n");
        else
            f.client.send("Subject: x\r\n\r\nbody\r\n.\r\n");
    }
    QTRY_COMPARE_WITH_TIMEOUT(f.handler.held.size(), 1, kTimeout);
    const qsizetype callsBefore = f.handler.calls.size();

    const QPointer<ServerSession> session = f.server->session;
    if (deleteSession) {
        f.server.reset(); // the owner goes, as SmtpServer's sessions go with it at shutdown
    } else {
        f.client.socket.abort();
        QTRY_VERIFY_WITH_TIMEOUT(session.isNull(), kTimeout);
    }
    QVERIFY(session.isNull());
    f.handler.releaseAll(); // must be harmless (the sanitizer build checks for use after free)
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY2(f.handler.calls.size() == callsBefore,
             qPrintable(u"got handler calls %1 after the session ended"_s.arg(f.handler.calls.mid(callsBefore).join(u", "_s))));
    QVERIFY(f.handler.rejections.isEmpty());
}

void TestServerSession::quit()
{
    Fixture f(m_certificates.get());
    QVERIFY(f.ehlo());
    f.client.send("QUIT\r\n");
    QCOMPARE(f.client.reply(), QByteArray("221 2.0.0 mx.test.example closing connection\r\n"));
    QVERIFY(f.client.waitClosed());
    QTRY_VERIFY_WITH_TIMEOUT(f.server->session.isNull(), kTimeout);
}

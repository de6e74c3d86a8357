#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "engine/smtp/local/localsession.h"
#include "engine/smtp/local/localsubmissionserver.h"
#include "engine/smtp/local/peercredentials.h"
#include "tests/unit/smtp/smtptestsupport.h"
#include "tests/unit/smtp/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Core::Result;
using Smtp::LocalClient;
using Smtp::LocalSession;
using Smtp::LocalSubmissionServer;
using Smtp::Path;
using Smtp::PeerCredentials;
using Smtp::SessionInfo;
using Tests::FakeHandler;
using Tests::head;
using Tests::kHost;
using Tests::kTimeout;
using Tests::shown;

namespace {

/** A client of a Unix socket that reads whole replies. */
class LocalTestClient
{
public:
    LocalTestClient()
    {
        QObject::connect(&socket, &QLocalSocket::readyRead, &socket, [this] { received += socket.readAll(); });
    }

    bool connectTo(const QString &path)
    {
        socket.connectToServer(path);
        return QTest::qWaitFor([this] { return socket.state() != QLocalSocket::ConnectingState; }, kTimeout)
               && socket.state() == QLocalSocket::ConnectedState;
    }

    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }

    QByteArray reply(int timeout = kTimeout) { return Tests::takeReply(received, timeout); }

    /** Each command sent alone; the head of each reply. */
    QStringList exchange(const QByteArrayList &commands)
    {
        QStringList heads;
        for (const QByteArray &command : commands) {
            send(command + "\r\n");
            const QByteArray r = reply();
            heads << (r.isEmpty() ? u"(no reply)"_s : head(r));
        }
        return heads;
    }

    bool waitClosed() { return QTest::qWaitFor([this] { return socket.state() == QLocalSocket::UnconnectedState; }, kTimeout); }

    QLocalSocket socket;
    QByteArray received;
};

/** Settings in a temporary store, the fake handler, and one LocalSession for a chosen client. */
class Fixture : public Tests::SettingsFixture
{
public:
    Fixture() { set(u"identity.hostname"_s, kHost); }

    ~Fixture()
    {
        client.socket.abort();
        delete session.data();
    }

    /** Connects a client and starts a session for @p local on the server's end. */
    bool connect(const LocalClient &local)
    {
        if (!server.listen(dir.filePath(u"s.sock"_s)) || !client.connectTo(server.fullServerName()))
            return false;
        if (!QTest::qWaitFor([this] { return server.hasPendingConnections(); }, kTimeout))
            return false;
        SessionInfo info;
        info.id = u"L00000001"_s;
        info.listener = u"local"_s;
        info.trust = Smtp::ClientTrust::Relay;
        info.local = local;
        session = new LocalSession(server.nextPendingConnection(), info, handler, *settings);
        session->start();
        return true;
    }

    /** connect(), the greeting and EHLO. */
    bool ehlo(const LocalClient &local)
    {
        if (!connect(local) || !client.reply().startsWith("220 "))
            return false;
        client.send("EHLO doorstep-sendmail\r\n");
        return client.reply().startsWith("250-");
    }

    /** A whole submission after ehlo(); the reply heads. */
    QStringList submit(const QByteArray &mail, const QByteArrayList &rcpts, const QByteArray &message)
    {
        QStringList heads = client.exchange(QByteArrayList{mail} + rcpts + QByteArrayList{"DATA"});
        client.send(message + ".\r\n");
        const QByteArray r = client.reply();
        heads << (r.isEmpty() ? u"(no reply)"_s : head(r));
        return heads;
    }

    FakeHandler handler;
    QLocalServer server;
    QPointer<LocalSession> session;
    LocalTestClient client;
};

LocalClient alice(bool mayChooseSender = false)
{
    return LocalClient{1000, 1000, 4242, u"alice"_s, u"Alice Example"_s, mayChooseSender};
}

} // namespace

void TestLocalSession::greetingAndExtensions()
{
    Fixture f;
    QVERIFY(f.connect(alice()));
    const QByteArray greeting = f.client.reply();
    QVERIFY2(greeting == "220 mx.test.example ESMTP Doorstep\r\n", qPrintable(shown(greeting)));
    f.client.send("EHLO doorstep-sendmail\r\n");
    const QByteArray ehlo = f.client.reply();
    QVERIFY2(ehlo.startsWith("250-mx.test.example Hello local uid 1000 (alice)\r\n"), qPrintable(shown(ehlo)));
    for (const char *extension : {"SIZE 52428800", "8BITMIME", "ENHANCEDSTATUSCODES", "SMTPUTF8"})
        QVERIFY2(ehlo.contains(extension), qPrintable(u"got %1, want %2"_s.arg(shown(ehlo), QString::fromLatin1(extension))));
    QVERIFY2(!ehlo.contains("STARTTLS") && !ehlo.contains("AUTH"), qPrintable(shown(ehlo)));
    QCOMPARE(f.client.exchange({"STARTTLS", "AUTH PLAIN", "NOOP", "RSET"}),
             (QStringList{u"502 5.5.1"_s, u"502 5.5.1"_s, u"250 2.0.0"_s, u"250 2.0.0"_s}));
}

void TestLocalSession::unknownLoginRefused()
{
    Fixture f;
    LocalClient nameless = alice();
    nameless.login.clear();
    QVERIFY(f.connect(nameless));
    const QByteArray refusal = f.client.reply();
    QVERIFY2(head(refusal) == u"554 5.7.1"_s && refusal.contains("1000"), qPrintable(shown(refusal)));
    QVERIFY(f.client.waitClosed());
}

void TestLocalSession::sender_data()
{
    QTest::addColumn<bool>("mayChooseSender");
    QTest::addColumn<QByteArray>("mail");
    QTest::addColumn<QString>("want"); // the envelope sender committed, "<>" for the null sender
    QTest::addColumn<bool>("ignoredNote");

    const QString own = u"alice@mx.test.example"_s;
    QTest::newRow("the login: its address here") << false << QByteArray("MAIL FROM:<alice>") << own << false;
    QTest::newRow("its full address") << false << QByteArray("MAIL FROM:<alice@mx.test.example>") << own << false;
    QTest::newRow("-f of an unprivileged user is ignored") << false << QByteArray("MAIL FROM:<boss@example.org>") << own << true;
    QTest::newRow("-f root of an unprivileged user") << false << QByteArray("MAIL FROM:<root>") << own << true;
    QTest::newRow("-f <> of an unprivileged user") << false << QByteArray("MAIL FROM:<>") << own << true;
    QTest::newRow("-f of a privileged user") << true << QByteArray("MAIL FROM:<boss@example.org>") << u"boss@example.org"_s << false;
    QTest::newRow("-f root of a privileged user") << true << QByteArray("MAIL FROM:<root>") << u"root@mx.test.example"_s << false;
    QTest::newRow("-f <> of a privileged user") << true << QByteArray("MAIL FROM:<>") << u"<>"_s << false;
}

void TestLocalSession::sender()
{
    QFETCH(bool, mayChooseSender);
    QFETCH(QByteArray, mail);
    QFETCH(QString, want);
    QFETCH(bool, ignoredNote);
    Fixture f;
    QVERIFY(f.ehlo(alice(mayChooseSender)));
    f.client.send(mail + "\r\n");
    const QByteArray reply = f.client.reply();
    QVERIFY2(head(reply) == u"250 2.1.0"_s, qPrintable(shown(reply)));
    QCOMPARE(reply.contains("only root and group doorstep"), ignoredNote);
    QCOMPARE(f.client.exchange({"RCPT TO:<bob@example.org>", "DATA"}), (QStringList{u"250 2.1.5"_s, u"354"_s}));
    f.client.send("Subject: x\r\n\r\nhi\r\n.\r\n");
    QCOMPARE(head(f.client.reply()), u"250 2.0.0"_s);
    QCOMPARE(f.handler.committed.size(), 1);
    const QString got = f.handler.committed.first().envelope.sender;
    QVERIFY2((got.isEmpty() ? u"<>"_s : got) == want, qPrintable(u"got %1, want %2"_s.arg(got, want)));
    QVERIFY2(f.handler.calls.contains(u"sender "_s + want), qPrintable(f.handler.calls.join(u", "_s)));
}

void TestLocalSession::mailParameters()
{
    Fixture f;
    QVERIFY(f.ehlo(alice()));
    const QStringList heads = f.client.exchange({"MAIL FROM:<alice> FULLNAME=bad+zz", "MAIL FROM:<alice> FULLNAME=cut+4", "MAIL FROM:<alice> RET=HDRS",
                                                 "MAIL FROM:<alice> BODY=8BITMIME SMTPUTF8 FULLNAME=A+2Bb SIZE=10", "MAIL FROM:<alice>"});
    QCOMPARE(heads, (QStringList{u"501 5.5.4"_s, u"501 5.5.4"_s, u"555 5.5.4"_s, u"250 2.1.0"_s, u"503 5.5.1"_s}));
}

void TestLocalSession::bareRecipients()
{
    Fixture f;
    QVERIFY(f.ehlo(alice()));
    const QStringList heads = f.client.exchange({"MAIL FROM:<alice>", "RCPT TO:<root>", "RCPT TO:<www-data>", "RCPT TO:<carol@example.org>",
                                                 "RCPT TO:<root> NOTIFY=NEVER", "RCPT TO:<bad name>"});
    QCOMPARE(heads, (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"250 2.1.5"_s, u"250 2.1.5"_s, u"555 5.5.4"_s, u"501 5.1.3"_s}));
    QStringList paths;
    for (qsizetype i = 0; i < f.handler.calls.size(); ++i) {
        if (f.handler.calls[i].startsWith(u"recipient "_s))
            paths << f.handler.calls[i];
    }
    QCOMPARE(paths, (QStringList{u"recipient root"_s, u"recipient www-data"_s, u"recipient carol@example.org"_s}));
    for (const SessionInfo &seen : std::as_const(f.handler.sessions)) {
        QVERIFY(seen.local.has_value());
        QCOMPARE(seen.local->uid, 1000u);
        QCOMPARE(seen.listener, u"local"_s);
    }
}

void TestLocalSession::addedHeaders_data()
{
    QTest::addColumn<QByteArray>("mail");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArrayList>("want");    // lines the stored message must have
    QTest::addColumn<QByteArrayList>("wantNot"); // and must not

    QTest::newRow("From from the GECOS name, Date, Message-ID")
        << QByteArray("MAIL FROM:<alice>") << QByteArray("Subject: cron\r\n\r\nhi\r\n")
        << QByteArrayList{"\r\nFrom: Alice Example <alice@mx.test.example>\r\n", "\r\nDate: ", "\r\nMessage-ID: <", "@mx.test.example>\r\n"}
        << QByteArrayList{};
    QTest::newRow("-F names the sender") << QByteArray("MAIL FROM:<alice> FULLNAME=Cron+20Daemon") << QByteArray("Subject: cron\r\n\r\nhi\r\n")
                                         << QByteArrayList{"\r\nFrom: Cron Daemon <alice@mx.test.example>\r\n"} << QByteArrayList{"Alice Example"};
    QTest::newRow("a From field is kept") << QByteArray("MAIL FROM:<alice>")
                                          << QByteArray("From: Someone <someone@example.org>\r\nDate: x\r\nMessage-ID: <1@x>\r\n\r\nhi\r\n")
                                          << QByteArrayList{"\r\nFrom: Someone <someone@example.org>\r\nDate: x\r\nMessage-ID: <1@x>\r\n\r\nhi\r\n"}
                                          << QByteArrayList{"Alice Example", "Date: " + QByteArray::number(QDate::currentDate().year())};
    QTest::newRow("a privileged -f has no GECOS name") << QByteArray("MAIL FROM:<boss@example.org>") << QByteArray("Subject: x\r\n\r\nhi\r\n")
                                                       << QByteArrayList{"\r\nFrom: boss@example.org\r\n"} << QByteArrayList{"Alice Example"};
    QTest::newRow("a message without header fields") << QByteArray("MAIL FROM:<alice>") << QByteArray("\r\nhello\r\n")
                                                     << QByteArrayList{"\r\nFrom: Alice Example <alice@mx.test.example>\r\n\r\nhello\r\n"}
                                                     << QByteArrayList{};
}

void TestLocalSession::addedHeaders()
{
    QFETCH(QByteArray, mail);
    QFETCH(QByteArray, message);
    QFETCH(QByteArrayList, want);
    QFETCH(QByteArrayList, wantNot);
    Fixture f;
    QVERIFY(f.ehlo(alice(mail.contains("boss"))));
    const QStringList heads = f.submit(mail, {"RCPT TO:<root>"}, message);
    QCOMPARE(heads, (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"354"_s, u"250 2.0.0"_s}));
    const QByteArray stored = f.handler.committed.value(0).content;
    // Postfix's pickup style: no network peer, the uid and login instead.
    QVERIFY2(stored.startsWith("Received: by mx.test.example (Doorstep, from local uid 1000 (alice) via doorstep-sendmail)\r\n\tid Q1\r\n\tfor <root>; "),
             qPrintable(shown(stored)));
    for (const QByteArray &line : want)
        QVERIFY2(stored.contains(line), qPrintable(u"got %1, want it to contain %2"_s.arg(shown(stored), shown(line))));
    for (const QByteArray &line : wantNot)
        QVERIFY2(!stored.contains(line), qPrintable(u"got %1, want no %2"_s.arg(shown(stored), shown(line))));
}

void TestLocalSession::fromField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("want");
    QTest::newRow("no name") << QString() << QByteArray("From: a@example.org");
    QTest::newRow("atoms") << u"Cron Daemon"_s << QByteArray("From: Cron Daemon <a@example.org>");
    QTest::newRow("white space folded") << u"  Cron \t Daemon "_s << QByteArray("From: Cron Daemon <a@example.org>");
    QTest::newRow("specials are quoted") << u"Doe, John (Admin)"_s << QByteArray("From: \"Doe, John (Admin)\" <a@example.org>");
    QTest::newRow("quotes are escaped") << u"The \"Boss\" \\o/"_s << QByteArray("From: \"The \\\"Boss\\\" \\\\o/\" <a@example.org>");
    QTest::newRow("non-ASCII is encoded") << u"Åsa"_s << QByteArray("From: =?UTF-8?B?w4VzYQ==?= <a@example.org>");
    QTest::newRow("a line break cannot inject a field") << u"x\r\nBcc: victim@example.org"_s
                                                        << QByteArray("From: \"x Bcc: victim@example.org\" <a@example.org>");
}

void TestLocalSession::fromField()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, want);
    const QByteArray got = LocalSession::fromField(name, u"a@example.org"_s);
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(shown(got), shown(want))));
}

void TestLocalSession::longEncodedName()
{
    // RFC 2047 2: an encoded-word is at most 75 characters, and splits no UTF-8 character.
    const QString name = QString(u"Ünïcödé "_s).repeated(10).trimmed();
    const QByteArray field = LocalSession::fromField(name, u"a@example.org"_s);
    QString decoded;
    for (const QByteArray &word : field.mid(6, field.indexOf(" <") - 6).split(' ')) {
        QVERIFY2(word.size() <= 75 && word.startsWith("=?UTF-8?B?") && word.endsWith("?="), word.constData());
        const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
        QVERIFY2(QString::fromUtf8(bytes).toUtf8() == bytes, "a word splits a UTF-8 character");
        decoded += QString::fromUtf8(bytes);
    }
    QCOMPARE(decoded, name);
}

void TestLocalSession::sizeLimits()
{
    Fixture f;
    QVERIFY(f.set(u"limits.max_message_size"_s, quint64(1000)));
    QVERIFY(f.ehlo(alice()));
    QCOMPARE(f.client.exchange({"MAIL FROM:<alice> SIZE=1001"}), QStringList{u"552 5.3.4"_s});
    const QStringList heads = f.submit("MAIL FROM:<alice> SIZE=10", {"RCPT TO:<root>"}, "Subject: x\r\n\r\n" + QByteArray(2000, 'y') + "\r\n");
    QCOMPARE(heads, (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"354"_s, u"552 5.3.4"_s}));
    QVERIFY(f.handler.committed.isEmpty());
    QVERIFY2(f.handler.rejections.contains(u"Content 552 5.3.4"_s), qPrintable(f.handler.rejections.join(u", "_s)));
}

void TestLocalSession::bareLineEndingCloses()
{
    Fixture f;
    QVERIFY(f.ehlo(alice()));
    QCOMPARE(f.client.exchange({"MAIL FROM:<alice>", "RCPT TO:<root>", "DATA"}), (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"354"_s}));
    f.client.send("Subject: x\r\n\r\nbare\nline\r\n.\r\n");
    QCOMPARE(head(f.client.reply()), u"521 5.5.2"_s);
    QVERIFY(f.client.waitClosed());
    QVERIFY(f.handler.committed.isEmpty());
}

void TestLocalSession::pipelinedCommands()
{
    Fixture f;
    QVERIFY(f.ehlo(alice()));
    f.client.send("MAIL FROM:<alice>\r\nRCPT TO:<root>\r\nRCPT TO:<bob@example.org>\r\nDATA\r\n");
    QCOMPARE(f.client.exchange({}), QStringList{});
    QStringList heads;
    for (int i = 0; i < 4; ++i)
        heads << head(f.client.reply());
    QCOMPARE(heads, (QStringList{u"250 2.1.0"_s, u"250 2.1.5"_s, u"250 2.1.5"_s, u"354"_s}));
    f.client.send("Subject: x\r\n\r\n..stuffed\r\n.\r\nQUIT\r\n");
    QCOMPARE(head(f.client.reply()), u"250 2.0.0"_s);
    QCOMPARE(head(f.client.reply()), u"221 2.0.0"_s);
    QVERIFY(f.handler.committed.value(0).content.endsWith("\r\n\r\n.stuffed\r\n"));
    QCOMPARE(f.handler.committed.value(0).envelope.recipients.size(), 2);
}

void TestLocalSession::idleTimeout()
{
    Fixture f;
    QVERIFY(f.set(u"limits.idle_timeout"_s, 1u));
    QVERIFY(f.ehlo(alice()));
    QCOMPARE(head(f.client.reply(3000)), u"421 4.4.2"_s);
    QVERIFY(f.client.waitClosed());
}

// ---- the server ------------------------------------------------------------------------

namespace {

/** The submission server on a socket in a temporary directory, with the fake handler. */
class ServerFixture : public Tests::SettingsFixture
{
public:
    ServerFixture() : server(std::make_unique<LocalSubmissionServer>(*settings, handler)) {}
    ~ServerFixture()
    {
        server->stop();
        QThreadPool::globalInstance()->waitForDone(); // the peers' lookups post back to the server
        QCoreApplication::processEvents();
        server.reset();
    }
    QString path() const { return dir.filePath(u"run/doorstep/submit.sock"_s); }

    FakeHandler handler;
    std::unique_ptr<LocalSubmissionServer> server;
};

// A socket file bound and left: what a crashed engine leaves behind.
bool makeStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, QFile::encodeName(path).constData(), sizeof address.sun_path);
    const bool bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return bound;
}

uint permissionsOf(const QString &path)
{
    struct stat status{};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 07777 : 0;
}

} // namespace

void TestLocalSubmissionServer::socketPath()
{
    const QByteArray oldOverride = qgetenv("DOORSTEP_SUBMIT_SOCKET");
    const QByteArray oldRuntime = qgetenv("XDG_RUNTIME_DIR");
    qunsetenv("DOORSTEP_SUBMIT_SOCKET");
    qputenv("XDG_RUNTIME_DIR", "/run/user/1000");
    QCOMPARE(LocalSubmissionServer::socketPath(Core::RunMode::System), u"/run/doorstep/submit.sock"_s);
    QCOMPARE(LocalSubmissionServer::socketPath(Core::RunMode::Session), u"/run/user/1000/doorstep/submit.sock"_s);
    qunsetenv("XDG_RUNTIME_DIR");
    QCOMPARE(LocalSubmissionServer::socketPath(Core::RunMode::Session), QString());
    qputenv("DOORSTEP_SUBMIT_SOCKET", "/tmp/elsewhere.sock");
    QCOMPARE(LocalSubmissionServer::socketPath(Core::RunMode::System), u"/tmp/elsewhere.sock"_s);
    QCOMPARE(LocalSubmissionServer::socketPath(Core::RunMode::Session), u"/tmp/elsewhere.sock"_s);
    oldOverride.isNull() ? qunsetenv("DOORSTEP_SUBMIT_SOCKET") : qputenv("DOORSTEP_SUBMIT_SOCKET", oldOverride);
    oldRuntime.isNull() ? qunsetenv("XDG_RUNTIME_DIR") : qputenv("XDG_RUNTIME_DIR", oldRuntime);
}

void TestLocalSubmissionServer::everyUserMayConnect()
{
    ServerFixture f;
    const mode_t oldMask = ::umask(077); // a strict umask must not make the socket private
    const auto started = f.server->start(f.path());
    ::umask(oldMask);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    QCOMPARE(permissionsOf(QFileInfo(f.path()).absolutePath()), 0755u);
    QCOMPARE(permissionsOf(f.path()), 0666u);
    f.server->stop();
    QVERIFY2(!QFileInfo::exists(f.path()), "got the socket file after stop(), want it removed");
}

void TestLocalSubmissionServer::staleSocketReplaced()
{
    ServerFixture f;
    QVERIFY(QDir().mkpath(QFileInfo(f.path()).absolutePath()));
    QVERIFY(makeStaleSocket(f.path()));
    const auto started = f.server->start(f.path());
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    LocalTestClient client;
    QVERIFY(client.connectTo(f.path()));
    QVERIFY(client.reply().startsWith("220 "));
}

void TestLocalSubmissionServer::socketInUseRefused()
{
    ServerFixture f;
    QVERIFY(f.server->start(f.path()).ok());
    {
        LocalSubmissionServer second(*f.settings, f.handler);
        const auto started = second.start(f.path());
        QVERIFY2(!started.ok(), "got a second listener on the same socket, want a refusal");
        QVERIFY2(started.error().message.contains(u"in use"_s), qPrintable(started.error().message));
    }
    QVERIFY2(QFileInfo::exists(f.path()), "the refused server removed the first one's socket");
    LocalTestClient client; // the first still serves
    QVERIFY(client.connectTo(f.path()));
    QVERIFY(client.reply().startsWith("220 "));
}

void TestLocalSubmissionServer::notASocketRefused()
{
    ServerFixture f;
    QVERIFY(QDir().mkpath(QFileInfo(f.path()).absolutePath()));
    QFile file(f.path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto started = f.server->start(f.path());
    QVERIFY(!started.ok());
    QVERIFY2(started.error().message.contains(u"not a socket"_s), qPrintable(started.error().message));
    QVERIFY2(QFileInfo(f.path()).isFile(), "the file in the way was removed");
}

void TestLocalSubmissionServer::peerCredentials()
{
    // The kernel's credentials of the client: this process, whose uid is the engine's own.
    ServerFixture f;
    QVERIFY(f.server->start(f.path()).ok());
    LocalTestClient client;
    QVERIFY(client.connectTo(f.path()));
    QVERIFY(client.reply().startsWith("220 "));
    client.send("EHLO x\r\nMAIL FROM:<someone@example.org>\r\n");
    QVERIFY(client.reply().startsWith("250-"));
    QCOMPARE(head(client.reply()), u"250 2.1.0"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!f.handler.sessions.isEmpty(), kTimeout);
    const SessionInfo seen = f.handler.sessions.first();
    QVERIFY(seen.local.has_value());
    QCOMPARE(seen.local->uid, uint(::geteuid()));
    QCOMPARE(seen.local->gid, uint(::getegid()));
    QCOMPARE(seen.local->pid, qint64(::getpid()));
    QCOMPARE(seen.local->login, QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name));
    QVERIFY2(seen.local->mayChooseSender, "the engine's own user may choose the sender");
    QCOMPARE(seen.trust, Smtp::ClientTrust::Relay);
    QVERIFY2(seen.id.startsWith(u'L'), qPrintable(seen.id));
    QCOMPARE(f.handler.calls.value(0), u"sender someone@example.org"_s);
    QCOMPARE(f.server->sessionCount(), 1);
    client.socket.abort();
    QTRY_COMPARE_WITH_TIMEOUT(f.server->sessionCount(), 0, kTimeout);
}

void TestLocalSubmissionServer::mayChooseSender_data()
{
    QTest::addColumn<uint>("uid");
    QTest::addColumn<uint>("gid");
    QTest::addColumn<QList<uint>>("groups");
    QTest::addColumn<int>("doorstepGid"); // -1: no such group
    QTest::addColumn<bool>("want");
    const uint engine = 999;
    QTest::newRow("root") << 0u << 0u << QList<uint>{} << 990 << true;
    QTest::newRow("the engine's user") << engine << 5u << QList<uint>{} << 990 << true;
    QTest::newRow("primary group doorstep") << 1000u << 990u << QList<uint>{} << 990 << true;
    QTest::newRow("supplementary group doorstep") << 1000u << 1000u << QList<uint>{27u, 990u} << 990 << true;
    QTest::newRow("another user") << 1000u << 1000u << QList<uint>{27u, 100u} << 990 << false;
    QTest::newRow("another user, no doorstep group") << 1000u << 1000u << QList<uint>{27u} << -1 << false;
    QTest::newRow("nobody") << 65534u << 65534u << QList<uint>{} << 990 << false;
}

void TestLocalSubmissionServer::mayChooseSender()
{
    QFETCH(uint, uid);
    QFETCH(uint, gid);
    QFETCH(QList<uint>, groups);
    QFETCH(int, doorstepGid);
    QFETCH(bool, want);
    PeerCredentials peer;
    peer.uid = uid;
    peer.gid = gid;
    peer.groups = groups;
    peer.groupsKnown = true;
    QCOMPARE(peer.mayChooseSender(999, doorstepGid < 0 ? std::nullopt : std::optional<uint>(uint(doorstepGid))), want);
}

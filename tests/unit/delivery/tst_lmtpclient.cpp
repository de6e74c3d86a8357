// LmtpClient against a scripted peer on a Unix socket (a thread of the test, plain POSIX):
// good replies, multi-line replies, and every kind of broken answer, each an error with a
// sentence within the timeout, never a hang or a read past the buffer (run under ASan too).

#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "engine/delivery/dovecot/lmtpclient.h"
#include "tests/unit/delivery/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Delivery::LmtpClient;

namespace {

/**
 * Listens on @p path; for the first connection writes @p script, reads whatever comes until
 * the peer closes or @p holdMs passes, then closes. Stops itself at the end of the scope.
 */
class ScriptedPeer final
{
public:
    ScriptedPeer(const QString &path, QByteArray script, int holdMs = 3000)
        : m_script(std::move(script))
        , m_holdMs(holdMs)
    {
        m_listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = path.toLocal8Bit();
        std::memcpy(address.sun_path, name.constData(), size_t(qMin<qsizetype>(name.size(), sizeof(address.sun_path) - 1)));
        m_ok = ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 && ::listen(m_listener, 1) == 0;
        if (m_ok)
            m_thread = std::thread([this] { serve(); });
    }
    ~ScriptedPeer()
    {
        m_stop = true;
        ::shutdown(m_listener, SHUT_RDWR);
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_listener);
    }
    bool ok() const { return m_ok; }
    QByteArray received() const { return m_received; }

private:
    void serve()
    {
        const int fd = ::accept(m_listener, nullptr, nullptr);
        if (fd < 0)
            return;
        qsizetype sent = 0;
        while (sent < m_script.size()) {
            const ssize_t n = ::write(fd, m_script.constData() + sent, size_t(m_script.size() - sent));
            if (n <= 0)
                break;
            sent += n;
        }
        timeval timeout{0, 100 * 1000};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
        char buffer[4096];
        for (int waited = 0; waited < m_holdMs && !m_stop; waited += 100) {
            const ssize_t n = ::read(fd, buffer, sizeof(buffer));
            if (n == 0)
                break;
            if (n > 0)
                m_received.append(buffer, n);
        }
        ::close(fd);
    }

    QByteArray m_script;
    int m_holdMs;
    int m_listener = -1;
    bool m_ok = false;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    QByteArray m_received;
};

} // namespace

void TestLmtpClient::greetingAndReplies()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lmtp"_s);
    ScriptedPeer peer(path, "220 host Dovecot ready.\r\n250-host\r\n250-8BITMIME\r\n250 PIPELINING\r\n250 2.1.0 OK\r\n");
    QVERIFY(peer.ok());
    LmtpClient client(2000);
    QVERIFY(client.connect(path));
    const auto lhlo = client.command("LHLO doorstep");
    QVERIFY(lhlo);
    QCOMPARE(lhlo->code, 250);
    QCOMPARE(lhlo->text, u"host 8BITMIME PIPELINING"_s);
    const auto mail = client.command("MAIL FROM:<a@b>");
    QVERIFY(mail);
    QCOMPARE(mail->line(), u"250 2.1.0 OK"_s);
}

void TestLmtpClient::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("error");
    QTest::newRow("not a reply") << QByteArray("220 ok\r\nhello there\r\n") << u"not a reply"_s;
    QTest::newRow("code out of range") << QByteArray("220 ok\r\n999 what\r\n") << u"not a reply"_s;
    QTest::newRow("too short") << QByteArray("220 ok\r\n25\r\n") << u"not a reply"_s;
    QTest::newRow("empty line") << QByteArray("220 ok\r\n\r\n") << u"not a reply"_s;
    QTest::newRow("code changes") << QByteArray("220 ok\r\n250-a\r\n451 b\r\n") << u"changed its reply code"_s;
    QTest::newRow("endless line") << QByteArray("220 ok\r\n250 ") + QByteArray(10000, 'x') << u"longer than"_s;
    QTest::newRow("endless continuation") << QByteArray("220 ok\r\n") + QByteArray("250-more\r\n").repeated(200) << u"more than 100 lines"_s;
    QTest::newRow("closed mid-reply") << QByteArray("220 ok\r\n250-first\r\n") << u"No answer"_s;
    QTest::newRow("NUL bytes") << QByteArray("220 ok\r\n250 \0\0\0\r\n", 17) << QString();
}

void TestLmtpClient::brokenAnswers()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lmtp"_s);
    ScriptedPeer peer(path, script, 500);
    QVERIFY(peer.ok());
    LmtpClient client(1000);
    QVERIFY(client.connect(path));
    const auto reply = client.command("LHLO doorstep");
    if (error.isEmpty()) {
        QVERIFY(reply);
        QCOMPARE(reply->code, 250);
        return;
    }
    QVERIFY2(!reply, qPrintable(reply ? reply->line() : QString()));
    QVERIFY2(reply.error().message.contains(error), qPrintable(reply.error().message));
}

void TestLmtpClient::badGreetingRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lmtp"_s);
    ScriptedPeer peer(path, "421 4.3.2 Shutting down\r\n", 500);
    QVERIFY(peer.ok());
    LmtpClient client(1000);
    const auto connected = client.connect(path);
    QVERIFY(!connected);
    QVERIFY2(connected.error().message.contains(u"421"_s), qPrintable(connected.error().message));
    LmtpClient nobody(500);
    QVERIFY(!nobody.connect(dir.filePath(u"absent"_s)));
}

#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <sysexits.h>
#include <unistd.h>

#include "tests/unit/sendmail/tests.h"
#include "ui/sendmail/sendmail.h"
#include "ui/sendmail/submitconnection.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Ui::Sendmail;

namespace {

/** Sets an environment variable for the scope (unset when @p value is null). */
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QString &value) : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value.toUtf8());
    }
    ~ScopedEnvironment()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

/** A pipe whose read end is the message (all written at once, then closed). */
int messageInput(const QByteArray &message)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return -1;
    if (::write(fds[1], message.constData(), size_t(message.size())) != message.size())
        return -1;
    ::close(fds[1]);
    return fds[0];
}

} // namespace

void TestSubmission::exitCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("want");
    QTest::newRow("no reply") << 0 << QString() << EX_TEMPFAIL;
    QTest::newRow("421 shutting down") << 421 << u"4.3.2"_s << EX_TEMPFAIL;
    QTest::newRow("451 local error") << 451 << u"4.3.0"_s << EX_TEMPFAIL;
    QTest::newRow("452 too many recipients") << 452 << u"4.5.3"_s << EX_TEMPFAIL;
    QTest::newRow("550 unknown user") << 550 << u"5.1.1"_s << EX_NOUSER;
    QTest::newRow("550 disabled mailbox") << 550 << u"5.2.1"_s << EX_NOUSER;
    QTest::newRow("501 bad address") << 501 << u"5.1.3"_s << EX_DATAERR;
    QTest::newRow("501 bad sender") << 501 << u"5.1.7"_s << EX_DATAERR;
    QTest::newRow("552 too big") << 552 << u"5.3.4"_s << EX_DATAERR;
    QTest::newRow("550 bad content") << 550 << u"5.6.0"_s << EX_DATAERR;
    QTest::newRow("554 policy") << 554 << u"5.7.1"_s << EX_NOPERM;
    QTest::newRow("500 syntax") << 500 << u"5.5.2"_s << EX_SOFTWARE;
    QTest::newRow("554 other") << 554 << u"5.3.0"_s << EX_UNAVAILABLE;
    QTest::newRow("550 without a status") << 550 << QString() << EX_UNAVAILABLE;
    QTest::newRow("a positive reply where a refusal ended it") << 250 << u"2.0.0"_s << EX_SOFTWARE;
}

void TestSubmission::exitCodes()
{
    QFETCH(int, code);
    QFETCH(QString, status);
    QFETCH(int, want);
    EngineReply reply;
    reply.code = code;
    reply.status = status;
    QCOMPARE(exitCodeFor(reply), want);
}

void TestSubmission::xtext_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("want");
    QTest::newRow("plain") << u"CronDaemon"_s << QByteArray("CronDaemon");
    QTest::newRow("space") << u"Cron Daemon"_s << QByteArray("Cron+20Daemon");
    QTest::newRow("plus and equals") << u"a+b=c"_s << QByteArray("a+2Bb+3Dc");
    QTest::newRow("UTF-8") << u"Åsa"_s << QByteArray("+C3+85sa");
    QTest::newRow("control") << u"a\tb"_s << QByteArray("a+09b");
}

void TestSubmission::xtext()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, want);
    QCOMPARE(Doorstep::Ui::Sendmail::xtext(text), want);
}

void TestSubmission::socketCandidates()
{
    {
        ScopedEnvironment override("DOORSTEP_SUBMIT_SOCKET", u"/tmp/x/submit.sock"_s);
        ScopedEnvironment runtime("XDG_RUNTIME_DIR", u"/run/user/1000"_s);
        QCOMPARE(Doorstep::Ui::Sendmail::socketCandidates(), QStringList{u"/tmp/x/submit.sock"_s});
    }
    {
        ScopedEnvironment override("DOORSTEP_SUBMIT_SOCKET", QString());
        ScopedEnvironment runtime("XDG_RUNTIME_DIR", u"/run/user/1000"_s);
        const QStringList want{u"/run/user/1000/doorstep/submit.sock"_s, u"/run/doorstep/submit.sock"_s};
        QCOMPARE(Doorstep::Ui::Sendmail::socketCandidates(), want);
    }
    {
        ScopedEnvironment override("DOORSTEP_SUBMIT_SOCKET", QString());
        ScopedEnvironment runtime("XDG_RUNTIME_DIR", QString());
        QCOMPARE(Doorstep::Ui::Sendmail::socketCandidates(), QStringList{u"/run/doorstep/submit.sock"_s});
    }
}

void TestSubmission::modesWithoutAnEngine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("socket"); // "missing": no file; "stale": a socket nobody listens on
    QTest::addColumn<int>("want");
    const QString missing = u"missing"_s;
    QTest::newRow("-bp") << QStringList{u"sendmail"_s, u"-bp"_s} << missing << EX_USAGE;
    QTest::newRow("mailq") << QStringList{u"/usr/bin/mailq"_s} << missing << EX_USAGE;
    QTest::newRow("-q") << QStringList{u"sendmail"_s, u"-q"_s} << missing << EX_USAGE;
    QTest::newRow("-bi succeeds: nothing to rebuild") << QStringList{u"sendmail"_s, u"-bi"_s} << missing << EX_OK;
    QTest::newRow("newaliases") << QStringList{u"/usr/bin/newaliases"_s} << missing << EX_OK;
    QTest::newRow("-bs") << QStringList{u"sendmail"_s, u"-bs"_s} << missing << EX_USAGE;
    QTest::newRow("no recipients") << QStringList{u"sendmail"_s, u"-oi"_s} << missing << EX_USAGE;
    QTest::newRow("-f without a value") << QStringList{u"sendmail"_s, u"root"_s, u"-f"_s} << missing << EX_USAGE;
    QTest::newRow("a recipient with a control character") << QStringList{u"sendmail"_s, u"ro\x01ot"_s} << missing << EX_DATAERR;
    QTest::newRow("no engine: no socket") << QStringList{u"sendmail"_s, u"root"_s} << missing << EX_TEMPFAIL;
    QTest::newRow("no engine: a stale socket") << QStringList{u"sendmail"_s, u"root"_s} << u"stale"_s << EX_TEMPFAIL;
    QTest::newRow("no engine, -t") << QStringList{u"sendmail"_s, u"-t"_s} << missing << EX_TEMPFAIL;
}

void TestSubmission::modesWithoutAnEngine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, socket);
    QFETCH(int, want);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"submit.sock"_s);
    if (socket == u"stale"_s) {
        // Bound, never listening: what a crashed engine leaves behind.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, QFile::encodeName(path).constData(), sizeof address.sun_path);
        QVERIFY(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0);
        ::close(fd);
    }
    ScopedEnvironment override("DOORSTEP_SUBMIT_SOCKET", path);
    const int input = messageInput("To: root\n\nhello\n");
    QVERIFY(input >= 0);
    const int got = run(arguments, input);
    ::close(input);
    QCOMPARE(got, want);
}

// dbus.refusals: doorstepd refuses to start, with one clear line on stderr, when the bus name
// is owned, the data directory is locked by another engine or cannot be written; and it stops
// in order on SIGTERM (exit 0, name and lock released).

#include <csignal>
#include <unistd.h>

#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

QStringList engineArguments(const QString &dataDirectory)
{
    return {u"--session"_s,
            u"--data-dir"_s,
            dataDirectory,
            u"--listen"_s,
            u"mta=127.0.0.1:0"_s,
            u"--listen"_s,
            u"submission=127.0.0.1:0"_s,
            u"--listen"_s,
            u"smtps=127.0.0.1:0"_s};
}

// The refusal must be one line (plus its newline), naming what is wrong.
void checkOneLine(const CtlRun &run, const QStringList &wantParts)
{
    QVERIFY2(run.exitCode != 0 && run.exitCode != -1, qPrintable(run.mismatch(1)));
    const QStringList lines = run.err.trimmed().split(u'\n');
    QVERIFY2(lines.size() == 1 && !lines.first().isEmpty(), qPrintable(u"stderr: "_s + gotWant(run.err, u"one line"_s)));
    QVERIFY2(lines.first().startsWith(u"doorstepd: "_s), qPrintable(u"stderr: "_s + gotWant(lines.first(), u"doorstepd: ..."_s)));
    for (const QString &part : wantParts)
        EXPECT_CONTAINS(lines.first(), part, u"stderr"_s);
}

bool nameOwned(QDBusConnection bus)
{
    const QDBusReply<bool> owned = bus.interface()->isServiceRegistered(kService);
    return owned.isValid() && owned.value();
}

} // namespace

void TestRefusals::initTestCase()
{
    m_first = std::make_unique<EngineFixture>();
    QVERIFY2(m_first->start(), qPrintable(m_first->error()));
    m_second = std::make_unique<EngineFixture>();
    QVERIFY2(m_second->startBus(), qPrintable(m_second->error()));
}

void TestRefusals::cleanupTestCase()
{
    m_first.reset();
    m_second.reset();
}

void TestRefusals::secondEngineOnSameBus()
{
    QTemporaryDir otherData;
    QVERIFY(otherData.isValid());
    const CtlResult r = m_first->runEngine(engineArguments(otherData.path()));
    checkOneLine({{u"doorstepd"_s, u"(same bus)"_s}, r.exitCode, r.out, r.err},
                 {u"org.doorstep.Engine1"_s, u"pid %1"_s.arg(m_first->engine().processId())});
    // The first engine did not notice.
    EXPECT_EXIT(ctl(*m_first, {u"status"_s}), 0);
}

void TestRefusals::secondEngineOnSameDataDirectory()
{
    const CtlResult r = m_second->runEngine(engineArguments(m_first->dataDirectory()));
    checkOneLine({{u"doorstepd"_s, u"(same data directory)"_s}, r.exitCode, r.out, r.err},
                 {m_first->dataDirectory(), u"pid %1"_s.arg(m_first->engine().processId())});
    QVERIFY2(!nameOwned(m_second->connection()), "second bus: got org.doorstep.Engine1 owned, want the refused engine gone");
    EXPECT_EXIT(ctl(*m_first, {u"status"_s}), 0);
}

void TestRefusals::dataDirectoryNotWritable_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("wantPart");
    QTest::newRow("an existing directory") << true << u"is not writable"_s;
    QTest::newRow("a missing directory in an unwritable parent") << false << u"cannot create the data directory"_s;
}

void TestRefusals::dataDirectoryNotWritable()
{
    QFETCH(bool, exists);
    QFETCH(QString, wantPart);
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    const QString data = QDir(parent.path()).filePath(u"data"_s);
    if (exists)
        QVERIFY(QDir().mkpath(data));
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                          | QFileDevice::ReadOther | QFileDevice::ExeOther;
    // The directory that must be written: the data directory, or its parent to create it in.
    const QString locked = exists ? data : parent.path();
    CtlRun run;
    if (::geteuid() == 0) {
        // Permissions do not stop root: run the engine as another user on directories that
        // user can enter but not write (owned by root, mode 0755).
        QVERIFY(QFile::setPermissions(parent.path(), readOnly | QFileDevice::WriteOwner));
        if (exists)
            QVERIFY(QFile::setPermissions(data, readOnly | QFileDevice::WriteOwner));
        run = runProcess(u"setpriv"_s, asOtherUser(EngineFixture::doorstepdPath(), engineArguments(data)),
                         otherUserEnvironment(m_second->environment()));
    } else {
        QVERIFY(QFile::setPermissions(locked, readOnly));
        const CtlResult r = m_second->runEngine(engineArguments(data));
        run = CtlRun{{u"doorstepd"_s}, r.exitCode, r.out, r.err};
        QFile::setPermissions(locked, readOnly | QFileDevice::WriteOwner); // so QTemporaryDir can clean up
    }
    checkOneLine(run, {u"'%1'"_s.arg(data), wantPart});
    QVERIFY2(!QFile::exists(QDir(data).filePath(u"doorstep.db"_s)), "got a store in the unwritable directory, want nothing created");
}

void TestRefusals::dataDirectoryParentIsFile()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    const QString file = QDir(parent.path()).filePath(u"file"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString data = file + u"/data"_s;
    const CtlResult r = m_second->runEngine(engineArguments(data));
    checkOneLine(CtlRun{{u"doorstepd"_s}, r.exitCode, r.out, r.err}, {u"'%1'"_s.arg(data)});
}

void TestRefusals::sigtermExitsZeroAndReleasesNameAndLock()
{
    EXPECT_EXIT(ctl(*m_first, {u"domain"_s, u"add"_s, u"kept.example"_s}), 0);

    // A client following events learns that the engine went away (exit 3).
    QProcess follower;
    follower.setProcessEnvironment(m_first->environment());
    follower.start(EngineFixture::doorstepctlPath(), {u"--session"_s, u"events"_s, u"--follow"_s});
    QVERIFY2(follower.waitForStarted(kWaitMs), qPrintable(follower.errorString()));
    QString output;
    QDeadlineTimer listening(kWaitMs);
    while (!output.contains(u"kept.example"_s) && !listening.hasExpired() && follower.state() == QProcess::Running) {
        follower.waitForReadyRead(100);
        output += QString::fromUtf8(follower.readAllStandardOutput());
    }
    QVERIFY2(output.contains(u"kept.example"_s), qPrintable(u"events --follow: "_s + gotWant(output, u"the catch-up list"_s)));

    QDBusConnection firstBus = m_first->connection();
    QVERIFY(nameOwned(firstBus));
    EXPECT_EQ(m_first->stop(), 0, u"exit code of doorstepd after SIGTERM"_s);
    QVERIFY2(!nameOwned(firstBus), "got org.doorstep.Engine1 still owned after the engine stopped, want it released");

    if (!follower.waitForFinished(kWaitMs)) {
        follower.kill();
        follower.waitForFinished(2000);
        QFAIL("events --follow: got no exit when the engine stopped, want exit 3");
    }
    EXPECT_EQ(follower.exitCode(), 3, u"events --follow when the engine stopped: exit code"_s);
    EXPECT_CONTAINS(QString::fromUtf8(follower.readAllStandardError()), u"the engine stopped"_s, u"events --follow stderr"_s);

    // The lock is released: another engine (on another bus) can take the data directory.
    QProcess next;
    next.setProcessEnvironment(m_second->environment());
    next.start(EngineFixture::doorstepdPath(), engineArguments(m_first->dataDirectory()));
    QVERIFY2(next.waitForStarted(kWaitMs), qPrintable(next.errorString()));
    QDBusConnection secondBus = m_second->connection();
    const bool up = waitUntil([&] { return nameOwned(secondBus) || next.state() != QProcess::Running; });
    QVERIFY2(up && next.state() == QProcess::Running,
             qPrintable(u"second engine on the same data directory: got exit %1 (%2), want it running"_s.arg(next.exitCode())
                            .arg(QString::fromUtf8(next.readAllStandardError()))));
    const CtlRun status = ctl(*m_second, {u"--json"_s, u"status"_s});
    EXPECT_EXIT(status, 0);
    EXPECT_EQ(parseJson(status.out).toObject().value(u"data_directory"_s).toString(), m_first->dataDirectory(), u"data_directory"_s);
    EXPECT_EQ(ctl(*m_second, {u"domain"_s, u"list"_s}).out.trimmed(), u"kept.example"_s, u"domains kept in the store"_s);

    ::kill(pid_t(next.processId()), SIGTERM);
    const bool finished = next.waitForFinished(kWaitMs);
    if (!finished)
        next.kill();
    QVERIFY2(finished, "second engine: got no exit within 15 s of SIGTERM, want exit 0");
    EXPECT_EQ(next.exitCode(), 0, u"exit code of the second engine after SIGTERM"_s);
    QVERIFY2(!nameOwned(secondBus), "second bus: got the name still owned, want it released");
}

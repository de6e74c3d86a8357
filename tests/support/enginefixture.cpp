#include "tests/support/enginefixture.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>

namespace Doorstep::Tests {

using namespace Qt::StringLiterals;

namespace {
int s_connectionCount = 0;
constexpr int kStartTimeoutMs = 10000;
} // namespace

EngineFixture::EngineFixture(Bus bus)
    : m_bus(bus)
    , m_connectionName(u"doorstep-fixture-%1"_s.arg(++s_connectionCount))
{
    m_engine.setProcessChannelMode(QProcess::SeparateChannels);
}

EngineFixture::~EngineFixture()
{
    stop();
    QDBusConnection::disconnectFromBus(m_connectionName);
    if (m_busDaemon.state() != QProcess::NotRunning) {
        m_busDaemon.terminate();
        if (!m_busDaemon.waitForFinished(5000))
            m_busDaemon.kill();
        m_busDaemon.waitForFinished(2000);
    }
}

QString EngineFixture::doorstepdPath()
{
    return QStringLiteral(DOORSTEP_TEST_DOORSTEPD);
}

QString EngineFixture::doorstepctlPath()
{
    return QStringLiteral(DOORSTEP_TEST_DOORSTEPCTL);
}

QString EngineFixture::testDataPath(const QString &name)
{
    return QDir(QStringLiteral(DOORSTEP_TEST_DATA_DIR)).filePath(name);
}

bool EngineFixture::startBus()
{
    if (!m_busAddress.isEmpty())
        return true;
    const QString config = testDataPath(m_bus == Bus::Session ? u"dbus-session.conf"_s : u"dbus-system-test.conf"_s);
    m_busDaemon.start(u"dbus-daemon"_s, {u"--config-file=%1"_s.arg(config), u"--print-address=1"_s, u"--nofork"_s});
    if (!m_busDaemon.waitForStarted(kStartTimeoutMs)) {
        m_error = u"cannot start dbus-daemon: %1"_s.arg(m_busDaemon.errorString());
        return false;
    }
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!m_busDaemon.canReadLine() && !deadline.hasExpired())
        m_busDaemon.waitForReadyRead(100);
    m_busAddress = QString::fromUtf8(m_busDaemon.readLine()).trimmed();
    if (m_busAddress.isEmpty()) {
        m_error = u"dbus-daemon printed no address: %1"_s.arg(QString::fromUtf8(m_busDaemon.readAllStandardError()));
        return false;
    }
    return true;
}

QDBusConnection EngineFixture::connection()
{
    return QDBusConnection::connectToBus(m_busAddress, m_connectionName);
}

QProcessEnvironment EngineFixture::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (m_bus == Bus::Session)
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_busAddress);
    else
        env.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, m_busAddress);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_runtimeDir.path());
    // A system engine would take /run/doorstep/submit.sock: keep the test's engine in its own.
    if (m_bus == Bus::System)
        env.insert(u"DOORSTEP_SUBMIT_SOCKET"_s, m_runtimeDir.path() + u"/doorstep/submit.sock"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    return env;
}

void EngineFixture::exportSessionBus() const
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
}

bool EngineFixture::start(const QStringList &extraArguments)
{
    if (!startBus())
        return false;
    QStringList arguments{m_bus == Bus::Session ? u"--session"_s : u"--system"_s,
                          u"--data-dir"_s,
                          m_dataDir.path(),
                          u"--listen"_s,
                          u"mta=127.0.0.1:0"_s,
                          u"--listen"_s,
                          u"submission=127.0.0.1:0"_s,
                          u"--listen"_s,
                          u"smtps=127.0.0.1:0"_s};
    // The managed Dovecot on free ports too, so engines run side by side.
    for (const QString &name : {u"imap"_s, u"imaps"_s, u"pop3s"_s, u"sieve"_s})
        arguments << u"--listen"_s << name + u"=127.0.0.1:0"_s;
    arguments << extraArguments;
    m_engine.setProcessEnvironment(environment());
    // The engine logs to a file, never a pipe nobody drains (a full pipe would block it).
    m_engine.setStandardOutputFile(engineLogPath(), QIODevice::Append);
    m_engine.setStandardErrorFile(engineLogPath(), QIODevice::Append);
    m_engine.start(doorstepdPath(), arguments);
    if (!m_engine.waitForStarted(kStartTimeoutMs)) {
        m_error = u"cannot start doorstepd: %1"_s.arg(m_engine.errorString());
        return false;
    }
    QDBusConnection bus = connection();
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        const QDBusReply<bool> registered = bus.interface()->isServiceRegistered(u"org.doorstep.Engine1"_s);
        if (registered.isValid() && registered.value())
            return waitForMailboxAccess(deadline);
        if (m_engine.state() == QProcess::NotRunning) {
            m_error = u"doorstepd exited with %1: %2"_s.arg(m_engine.exitCode()).arg(engineLog());
            return false;
        }
        m_engine.waitForFinished(50);
    }
    m_error = u"doorstepd did not take its bus name within %1 ms"_s.arg(kStartTimeoutMs);
    return false;
}

bool EngineFixture::waitForMailboxAccess(const QDeadlineTimer &deadline)
{
    // The managed Dovecot starts after the bus name: tests begin once it has settled (running,
    // or off / not installed / failed with its reason), so its event never lands mid-test.
    QDBusInterface manager(u"org.doorstep.Engine1"_s, u"/org/doorstep/Engine1"_s, u"org.doorstep.Engine1.Manager"_s, connection());
    while (!deadline.hasExpired()) {
        const QDBusReply<QVariantMap> status = manager.call(u"GetStatus"_s);
        if (!status.isValid())
            return true; // an engine without GetStatus: nothing to wait for
        const QVariant imap = status.value().value(u"imap"_s);
        const QVariantMap map = imap.canConvert<QDBusArgument>() ? qdbus_cast<QVariantMap>(imap.value<QDBusArgument>()) : imap.toMap();
        if (map.value(u"state"_s).toString() != u"starting"_s)
            return true;
        if (m_engine.state() == QProcess::NotRunning)
            break;
        m_engine.waitForFinished(50);
    }
    return true; // still starting: the test goes on; a test about IMAP waits itself
}

QString EngineFixture::engineLogPath() const
{
    return m_runtimeDir.filePath(u"doorstepd.log"_s);
}

QString EngineFixture::engineLog() const
{
    QFile log(engineLogPath());
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

int EngineFixture::stop()
{
    if (m_engine.state() == QProcess::NotRunning)
        return m_engine.exitStatus() == QProcess::NormalExit ? m_engine.exitCode() : -1;
    ::kill(pid_t(m_engine.processId()), SIGTERM);
    if (!m_engine.waitForFinished(10000)) {
        m_engine.kill();
        m_engine.waitForFinished(2000);
        return -1;
    }
    return m_engine.exitStatus() == QProcess::NormalExit ? m_engine.exitCode() : -1;
}

CtlResult EngineFixture::ctl(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    QStringList all{m_bus == Bus::Session ? u"--session"_s : u"--system"_s};
    all << arguments;
    process.start(doorstepctlPath(), all);
    process.waitForStarted(kStartTimeoutMs);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    CtlResult result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(2000);
        result.err = u"doorstepctl timed out"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CtlResult EngineFixture::runEngine(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(doorstepdPath(), arguments);
    CtlResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        result.err = u"doorstepd did not exit"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace Doorstep::Tests

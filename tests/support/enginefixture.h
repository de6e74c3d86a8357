#pragma once

#include <memory>

#include <QDBusConnection>
#include <QDeadlineTimer>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace Doorstep::Tests {

/** What one doorstepctl run printed and returned. */
struct CtlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/**
 * A private dbus-daemon and a real `doorstepd` on it with a temporary data directory and
 * port 0 listeners, so tests run in parallel without colliding. Stops both when destroyed.
 */
class EngineFixture final
{
public:
    enum class Bus {
        Session, // doorstepd --session on a private session bus
        System,  // doorstepd --system on a private bus with system-bus rules
    };

    explicit EngineFixture(Bus bus = Bus::Session);
    ~EngineFixture();

    /** Starts the bus only; false (with the reason in error()) on failure. */
    bool startBus();
    /** After the bus name: waits until the managed Dovecot is no longer starting (within @p deadline). */
    bool waitForMailboxAccess(const QDeadlineTimer &deadline);
    /** Starts the bus when needed, then the engine, and waits for its bus name (10 s at most). */
    bool start(const QStringList &extraArguments = {});
    /** SIGTERM, then waits; returns the engine's exit code (-1 when it did not exit). */
    int stop();

    const QString &error() const { return m_error; }
    QString busAddress() const { return m_busAddress; }
    QString dataDirectory() const { return m_dataDir.path(); }
    QProcess &engine() { return m_engine; }
    /** Everything the engine printed (stdout and stderr) so far. */
    QString engineLog() const;
    QString engineLogPath() const;
    /** A connection of this process to the fixture's bus. */
    QDBusConnection connection();
    /** Environment for child processes: the fixture's bus as session (or system) bus. */
    QProcessEnvironment environment() const;
    /** Points this process's session bus at the fixture (call before any D-Bus use). */
    void exportSessionBus() const;

    /** Runs doorstepctl --session (or --system) ARGS with @p input on stdin. */
    CtlResult ctl(const QStringList &arguments, const QByteArray &input = {}) const;
    /** Runs another doorstepd against the same bus and returns its exit code and output. */
    CtlResult runEngine(const QStringList &arguments, int timeoutMs = 10000) const;

    static QString doorstepdPath();
    static QString doorstepctlPath();
    static QString testDataPath(const QString &name);

private:
    Bus m_bus;
    QTemporaryDir m_dataDir;
    QTemporaryDir m_runtimeDir;
    QProcess m_busDaemon;
    QProcess m_engine;
    QString m_busAddress;
    QString m_error;
    QString m_connectionName;
};

} // namespace Doorstep::Tests

#pragma once

#include <functional>
#include <utility>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QThreadPool>
#include <QTimer>
#include <QVariantMap>

#include "engine/delivery/dovecot/dovecotconfig.h"
#include "engine/delivery/dovecot/dovecotfiles.h"
#include "engine/delivery/dovecot/passwdfile.h"

namespace Doorstep::Core {
class EngineState;
class EventLog;
} // namespace Doorstep::Core
namespace Doorstep::Store {
class Settings;
}
namespace Doorstep::Tls {
class CertificateStore;
}

namespace Doorstep::Delivery {

/**
 * Runs the managed Dovecot (imap.enabled): writes its configuration, passwd-file and a copy
 * of the engine's certificate into DATA/dovecot, starts `dovecot -F` as a child, restarts it
 * with a backoff when it dies (the engine's State is degraded "imap" meanwhile), stops it with
 * the engine, and follows the imap.*, pop3.*, sieve.* and spam.folder settings (a restart),
 * the users (a new passwd-file, which Dovecot re-reads by itself) and the certificate (a copy
 * and SIGHUP: Dovecot reloads, open sessions keep going).
 *
 * Dovecot always runs rootless, as one identity: the engine's own user, or — when the engine
 * runs as root, which only a try-out or a test does — the `doorstep` user (`nobody` without
 * one), to which the child drops before it starts; the mail and Dovecot's files are then
 * handed to that user. Without Dovecot installed the state is "unavailable" (not degraded):
 * the engine delivers into Maildir itself.
 */
class DovecotSupervisor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DovecotSupervisor)

public:
    /** Manager.GetStatus "imap" state; the strings are API. */
    enum class State {
        Off,         // imap.enabled is false
        Unavailable, // Dovecot (with imapd, lmtpd, sieve) is not installed
        Starting,    // started, its sockets not there yet
        Running,
        Failed, // died or could not start: restarted with a backoff
    };
    static QString stateName(State state);

    /** The users the passwd-file lists; asked on the event loop whenever usersChanged(). */
    using Users = std::function<QList<PasswdEntry>()>;

    /**
     * The listeners come from imap.listen, imaps.listen, pop3s.listen and sieve.listen (or
     * doorstepd's --listen for them); port 0 picks a free port once, kept across restarts.
     * @p program: the dovecot binary ("" = find it).
     */
    DovecotSupervisor(Store::Settings &settings, Core::EngineState &engineState, Core::EventLog &events, Tls::CertificateStore &certificates, Users users,
                      QString dataDirectory, QString program = {}, QObject *parent = nullptr);
    ~DovecotSupervisor() override;

    /** Where Sieve's vacation and redirect hand their mail (doorstep-sendmail and the engine's socket); before start(). */
    void setSubmission(const QString &sendmailPath, const QString &submitSocket)
    {
        m_sendmailPath = sendmailPath;
        m_submitSocket = submitSocket;
    }

    /** Starts Dovecot if imap.enabled; follows the settings and the certificate from then on. */
    void start();
    /** Stops Dovecot and waits for it (engine shutdown). */
    void stop();
    /** The users changed: the passwd-file is written again. */
    void usersChanged();

    State state() const { return m_state; }
    /** Why Dovecot is not running ("" when it is). */
    QString reason() const { return m_reason; }
    /** Manager.GetStatus "imap": state, reason, and the addresses of its listeners. */
    QVariantMap status() const;
    /** "imap", "imaps", "pop3s", "sieve" -> list of "ADDR:PORT" Dovecot listens on now. */
    QVariantMap boundListeners() const;
    const DovecotLayout &layout() const { return m_layout; }
    /** Who Dovecot (and Pigeonhole's tools) run as. */
    const DovecotIdentity &identity() const { return m_identity; }
    /** True when the engine runs as root and hands Dovecot's files to identity(). */
    bool handsOver() const { return m_dropPrivileges; }
    /** The LMTP socket; usable while state() is Running. */
    QString lmtpSocketPath() const { return m_layout.lmtpSocketPath(); }

    /**
     * Dovecot's binary: $DOORSTEP_DOVECOT, else in PATH or /usr/sbin; "" when not installed
     * (with what is missing in @p missing).
     */
    static QString findProgram(QString *missing = nullptr);

Q_SIGNALS:
    /** The state changed; also a few seconds after a reload, when deferred mail may go again. */
    void stateChanged();

private:
    void applySettings(const QStringList &keys);
    void launch();
    void startProcess();
    /** Stops the running Dovecot (at engine shutdown: waits for it). */
    void shutDownProcess();
    /** Asks the running Dovecot to stop; @p then runs once it is gone (at once without one). */
    void retireProcess(std::function<void()> then);
    void onOutput();
    void onExit(int exitCode, QProcess::ExitStatus exitStatus);
    void checkReady();
    void scheduleRestart(const QString &why);
    void copyCertificate();
    void setState(State state, const QString &reason);
    bool resolveListeners(QString *error);
    /** The engine's certificate chain and private key, as PEM, for Dovecot's copy. */
    std::pair<QByteArray, QByteArray> certificatePem() const;
    /** Everything a launch writes, from the settings, users and certificate now. */
    DovecotFiles files() const;

    Store::Settings &m_settings;
    Core::EngineState &m_engineState;
    Core::EventLog &m_events;
    Tls::CertificateStore &m_certificates;
    Users m_users;
    QString m_dataDirectory;
    DovecotLayout m_layout;
    QString m_program;
    QString m_sendmailPath;
    QString m_submitSocket;
    DovecotIdentity m_identity;
    bool m_dropPrivileges = false;
    QHash<QString, QList<Core::HostPort>> m_listeners; // resolved, no port 0
    bool m_started = false;
    bool m_stopping = false;
    State m_state = State::Off;
    State m_announced = State::Starting; // the last state an event told about (Starting: none yet)
    QString m_reason;
    QPointer<QProcess> m_process;
    QPointer<QProcess> m_retiring; // asked to stop, not gone yet
    QByteArray m_output;
    QString m_lastError;
    quint64 m_generation = 0; // a launch; file jobs of an older one are dropped
    int m_failures = 0;
    QElapsedTimer m_runningSince;
    QTimer m_restartTimer;
    QTimer m_readyTimer;
    QElapsedTimer m_startingSince;
    QThreadPool m_pool; // file work, one at a time and in order
};

} // namespace Doorstep::Delivery

#pragma once

#include <optional>

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>
#include <QVariantMap>

#include "engine/filters/antivirus/protocol.h"

namespace Doorstep::Core {
class EngineState;
class EventLog;
} // namespace Doorstep::Core
namespace Doorstep::Store {
class Settings;
}

namespace Doorstep::Filters::Antivirus {

/**
 * Runs doorstep-scan for the engine (antivirus.enabled): starts it, waits for its READY line
 * while mail is deferred ("degraded: antivirus loading"), restarts it with a backoff when it
 * crashes or hangs, and replaces it when the database changes (a new scanner loads while the
 * old one scans, then takes over; antivirus.low_memory_reload stops the old one first). A
 * missing or broken database is the visible state "failed", never a silent pass.
 *
 * Nothing runs while antivirus.enabled is false: the engine itself never loads signatures.
 */
class ScannerSupervisor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScannerSupervisor)

public:
    /** AntivirusStatus "state"; the strings are API. */
    enum class State {
        Off,       // antivirus.enabled is false
        Loading,   // no scanner can scan yet: mail is deferred
        Ready,     // scanning
        Reloading, // scanning, while a new scanner loads a changed database
        Failed,    // no database, a failed load: mail is deferred, retried with a backoff
    };
    static QString stateName(State state);

    /** The scanner a scan goes to. */
    struct Target
    {
        quint64 generation = 0;
        QString socketPath;
    };

    /** Quiet time after the last change in the database directory before a reload. */
    static constexpr int kReloadDebounceMs = 1000;
    /** Extra time the engine waits beyond antivirus.scan_timeout before it calls a scan hung. */
    static constexpr int kHangGraceMs = 2000;

    ScannerSupervisor(Store::Settings &settings, Core::EngineState &engineState, Core::EventLog &events, QString program,
                      QString socketDirectory, QObject *parent = nullptr);
    ~ScannerSupervisor() override;

    /** Starts a scanner if antivirus.enabled; follows the antivirus.* settings from then on. */
    void start();
    /** Stops every scanner (engine shutdown). */
    void stop();

    State state() const { return m_state; }
    /** Why no scanner can scan, for a 451 and the state ("" when one can). */
    QString reason() const { return m_reason; }
    /** Filters.AntivirusStatus. */
    QVariantMap status() const;

    /** The scanner to use now; nullopt while none can scan (see reason()). */
    std::optional<Target> target() const;
    /** Milliseconds after which a scan counts as hung. */
    int hangTimeoutMs() const;
    /** A scan on @p generation got no answer in time: that scanner is killed and restarted. */
    void scanHung(quint64 generation);

    /** What reloadDatabase() did. */
    enum class ReloadRequest {
        Off,       // antivirus.enabled is false: nothing runs, nothing to reload
        Started,   // a new scanner loads the database (the running one scans meanwhile, unless low_memory_reload)
        UnderWay,  // a scanner was loading already: no second load beside it
    };
    /** "off", "started", "under_way": the "antivirus" detail of Manager.Reload's event (API). */
    static QString reloadRequestName(ReloadRequest request);

    /**
     * Manager.Reload: reads the database again as if its files had changed (the same path as
     * the directory watch), for changes the watch cannot see, such as a database directory that
     * is a symbolic link switched to another directory. A change seen by the watch and not yet
     * loaded is loaded now, once.
     */
    ReloadRequest reloadDatabase();

Q_SIGNALS:
    void stateChanged();

private:
    struct Scanner
    {
        quint64 generation = 0;
        QPointer<QProcess> process;
        QString socketPath;
        QByteArray output;
        Protocol::Readiness readiness;
        QString failure;
        bool ready = false;
        bool retiring = false; // replaced or stopped: its exit is expected
        bool hung = false;
        QElapsedTimer readySince;
    };

    void applySettings(const QStringList &keys);
    void enable();
    void disable();
    void launch();
    void reload();
    void retire(Scanner &scanner);
    void onOutput(quint64 generation);
    void onExit(quint64 generation, int exitCode, QProcess::ExitStatus exitStatus);
    void promote();
    void scheduleRestart(bool afterFailure);
    void watchDatabase();
    void setState(State state, const QString &reason);
    Scanner *find(quint64 generation);

    Store::Settings &m_settings;
    Core::EngineState &m_engineState;
    Core::EventLog &m_events;
    QString m_program;
    QString m_socketDirectory;
    bool m_started = false;
    bool m_enabled = false;
    State m_state = State::Off;
    QString m_reason;
    quint64 m_nextGeneration = 1;
    std::optional<Scanner> m_active;  // answers scans
    std::optional<Scanner> m_pending; // loading, to take over
    QList<Scanner> m_retiring;        // finishing their last scans
    int m_failures = 0;               // in a row, for the backoff
    QTimer m_restartTimer;
    QTimer m_reloadTimer;
    QFileSystemWatcher m_watcher;
};

} // namespace Doorstep::Filters::Antivirus

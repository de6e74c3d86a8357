#include "engine/filters/antivirus/scannersupervisor.h"

#include <sys/un.h>

#include <QDateTime>
#include <QDir>
#include <QFile>

#include "engine/core/enginestate.h"
#include "engine/core/eventlog.h"
#include "engine/filters/log.h"
#include "engine/store/settings.h"

namespace Doorstep::Filters::Antivirus {

using namespace Qt::StringLiterals;

namespace {

const QString kEnabled = u"antivirus.enabled"_s;
const QString kDatabaseDir = u"antivirus.database_dir"_s;
const QString kLowMemoryReload = u"antivirus.low_memory_reload"_s;
const QString kScanTimeout = u"antivirus.scan_timeout"_s;
const QString kMaxScanSize = u"antivirus.max_scan_size"_s;
const QString kSubsystem = u"antivirus"_s;

/** A scanner that was up this long before it crashed starts the backoff again. */
constexpr qint64 kStableMs = 60 * 1000;
constexpr int kMaxCrashBackoffMs = 60 * 1000;
constexpr int kMaxFailureBackoffMs = 300 * 1000;

} // namespace

QString ScannerSupervisor::stateName(State state)
{
    switch (state) {
    case State::Off:
        return u"off"_s;
    case State::Loading:
        return u"loading"_s;
    case State::Ready:
        return u"ready"_s;
    case State::Reloading:
        return u"reloading"_s;
    case State::Failed:
        return u"failed"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString ScannerSupervisor::reloadRequestName(ReloadRequest request)
{
    switch (request) {
    case ReloadRequest::Off:
        return u"off"_s;
    case ReloadRequest::Started:
        return u"started"_s;
    case ReloadRequest::UnderWay:
        return u"under_way"_s;
    }
    Q_UNREACHABLE();
    return {};
}

ScannerSupervisor::ScannerSupervisor(Store::Settings &settings, Core::EngineState &engineState, Core::EventLog &events, QString program,
                                     QString socketDirectory, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_engineState(engineState)
    , m_events(events)
    , m_program(std::move(program))
    , m_socketDirectory(std::move(socketDirectory))
{
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, [this] {
        if (m_enabled && !m_pending)
            launch();
    });
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDebounceMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ScannerSupervisor::reload);
    // freshclam replaces files by renaming (a directory change); a test or an admin may
    // rewrite one in place (a file change). Either way: reload once things are quiet.
    const auto changed = [this] {
        if (!m_enabled)
            return;
        watchDatabase();
        m_reloadTimer.start();
    };
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
}

ScannerSupervisor::~ScannerSupervisor()
{
    stop();
}

void ScannerSupervisor::start()
{
    if (m_started)
        return;
    m_started = true;
    connect(&m_settings, &Store::Settings::changed, this, &ScannerSupervisor::applySettings);
    if (m_settings.boolValue(kEnabled))
        enable();
}

void ScannerSupervisor::stop()
{
    // Engine shutdown: the scanners hold nothing worth finishing. They stay children of this
    // object, whose destruction reaps them.
    m_enabled = false;
    m_restartTimer.stop();
    m_reloadTimer.stop();
    QList<Scanner> all = m_retiring;
    if (m_active)
        all.append(*m_active);
    if (m_pending)
        all.append(*m_pending);
    m_active.reset();
    m_pending.reset();
    m_retiring.clear();
    for (const Scanner &scanner : all) {
        if (scanner.process) {
            scanner.process->disconnect(this);
            scanner.process->kill();
        }
        QFile::remove(scanner.socketPath);
    }
}

void ScannerSupervisor::applySettings(const QStringList &keys)
{
    const bool enabled = m_settings.boolValue(kEnabled);
    if (enabled != m_enabled) {
        if (enabled)
            enable();
        else
            disable();
        return;
    }
    if (!enabled)
        return;
    if (keys.contains(kDatabaseDir))
        watchDatabase();
    if (keys.contains(kDatabaseDir) || keys.contains(kScanTimeout) || keys.contains(kMaxScanSize))
        reload();
}

void ScannerSupervisor::enable()
{
    m_enabled = true;
    m_failures = 0;
    if (!QDir().mkpath(m_socketDirectory)) {
        setState(State::Failed, u"antivirus: cannot create the directory '%1'"_s.arg(m_socketDirectory));
        return;
    }
    QFile::setPermissions(m_socketDirectory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDir dir(m_socketDirectory);
    for (const QString &stale : dir.entryList({u"scan-*.sock"_s}, QDir::System | QDir::Files))
        QFile::remove(dir.filePath(stale));
    qCInfo(lcFilters).noquote() << "antivirus on: starting" << m_program << "with the database in" << m_settings.stringValue(kDatabaseDir);
    watchDatabase();
    setState(State::Loading, u"antivirus loading"_s);
    launch();
}

void ScannerSupervisor::disable()
{
    qCInfo(lcFilters) << "antivirus off: stopping the scanner";
    m_enabled = false;
    m_restartTimer.stop();
    m_reloadTimer.stop();
    if (m_pending) {
        retire(*m_pending);
        m_pending.reset();
    }
    if (m_active) {
        retire(*m_active); // answers the scans in flight, then ends
        m_active.reset();
    }
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    setState(State::Off, QString());
}

void ScannerSupervisor::watchDatabase()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    const QDir dir(m_settings.stringValue(kDatabaseDir));
    if (!dir.exists())
        return; // the retry after a failed load looks again
    m_watcher.addPath(dir.path());
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files))
        files << dir.filePath(name);
    if (!files.isEmpty())
        m_watcher.addPaths(files);
}

void ScannerSupervisor::launch()
{
    if (m_pending) {
        retire(*m_pending);
        m_pending.reset();
    }
    Scanner scanner;
    scanner.generation = m_nextGeneration++;
    scanner.socketPath = QDir(m_socketDirectory).filePath(u"scan-%1.sock"_s.arg(scanner.generation));
    if (QFile::encodeName(scanner.socketPath).size() >= qsizetype(sizeof(sockaddr_un::sun_path))) {
        setState(State::Failed, u"antivirus: the data directory's path is too long for the scanner's socket '%1'"_s.arg(scanner.socketPath));
        return;
    }
    auto *process = new QProcess(this);
    process->setProgram(m_program);
    process->setArguments({u"--database"_s, m_settings.stringValue(kDatabaseDir), u"--socket"_s, scanner.socketPath, u"--max-scan-size"_s,
                           QString::number(m_settings.sizeValue(kMaxScanSize)), u"--max-scan-time"_s,
                           QString::number(m_settings.uintValue(kScanTimeout))});
    // Its messages go to the engine's log; stdout carries READY/FAILED.
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const quint64 generation = scanner.generation;
    connect(process, &QProcess::readyReadStandardOutput, this, [this, generation] { onOutput(generation); });
    connect(process, &QProcess::finished, this,
            [this, generation](int exitCode, QProcess::ExitStatus status) { onExit(generation, exitCode, status); });
    connect(process, &QProcess::errorOccurred, this, [this, generation, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the others end in finished()
        if (Scanner *s = find(generation))
            s->failure = u"cannot start %1: %2"_s.arg(m_program, process->errorString());
        onExit(generation, -1, QProcess::CrashExit);
    });
    scanner.process = process;
    m_pending = scanner;
    qCDebug(lcFilters).noquote() << "starting scanner" << generation << "on" << scanner.socketPath;
    process->start(QIODevice::ReadWrite);
}

void ScannerSupervisor::reload()
{
    if (!m_enabled)
        return;
    m_restartTimer.stop();
    if (m_active && m_settings.boolValue(kLowMemoryReload)) {
        // One database in memory at a time: scanning pauses (mail is deferred) meanwhile.
        qCInfo(lcFilters) << "reloading the virus database: stopping the scanner first (antivirus.low_memory_reload)";
        retire(*m_active);
        m_active.reset();
    }
    if (m_active) {
        qCInfo(lcFilters) << "reloading the virus database; the running scanner scans meanwhile";
        setState(State::Reloading, QString());
    } else {
        setState(State::Loading, u"antivirus loading"_s);
    }
    launch();
}

ScannerSupervisor::ReloadRequest ScannerSupervisor::reloadDatabase()
{
    if (!m_enabled)
        return ReloadRequest::Off;
    if (m_pending) {
        // A scanner that is loading reads the files as they are now, or as they were a moment
        // ago: a second one beside it would hold a third database in memory for nothing.
        qCInfo(lcFilters) << "reload requested: a virus scanner is loading the database already";
        return ReloadRequest::UnderWay;
    }
    qCInfo(lcFilters) << "reload requested: loading the virus database again";
    m_reloadTimer.stop(); // a change the watch saw is part of this load
    watchDatabase();      // the directory may be another one now (a switched symbolic link)
    reload();
    return ReloadRequest::Started;
}

void ScannerSupervisor::retire(Scanner &scanner)
{
    scanner.retiring = true;
    if (scanner.process) {
        if (scanner.ready) {
            // stdin closes: the scanner answers what it has and ends; killed if it lingers.
            scanner.process->closeWriteChannel();
            QTimer::singleShot(hangTimeoutMs(), scanner.process, [process = scanner.process] {
                if (process)
                    process->kill();
            });
        } else {
            scanner.process->kill();
        }
    }
    m_retiring.append(scanner);
}

ScannerSupervisor::Scanner *ScannerSupervisor::find(quint64 generation)
{
    if (m_active && m_active->generation == generation)
        return &*m_active;
    if (m_pending && m_pending->generation == generation)
        return &*m_pending;
    for (Scanner &s : m_retiring) {
        if (s.generation == generation)
            return &s;
    }
    return nullptr;
}

void ScannerSupervisor::onOutput(quint64 generation)
{
    Scanner *scanner = find(generation);
    if (!scanner || !scanner->process)
        return;
    scanner->output += scanner->process->readAllStandardOutput();
    qsizetype end;
    while ((end = scanner->output.indexOf('\n')) >= 0) {
        const QByteArray line = scanner->output.left(end);
        scanner->output.remove(0, end + 1);
        const auto readiness = Protocol::parseReadiness(line);
        if (!readiness) {
            qCWarning(lcFilters).noquote() << "scanner" << generation << "said something unexpected, ignoring:" << QString::fromUtf8(line.left(200));
            continue;
        }
        if (!readiness->ready) {
            scanner->failure = readiness->failure;
            continue;
        }
        if (scanner->ready)
            continue;
        scanner->ready = true;
        scanner->readiness = *readiness;
        if (m_pending && m_pending->generation == generation) {
            promote();
            return;
        }
    }
    if (scanner->output.size() > Protocol::kMaxLine) {
        qCWarning(lcFilters) << "scanner" << generation << "writes endless lines; stopping it";
        scanner->output.clear();
        scanner->process->kill();
    }
}

void ScannerSupervisor::promote()
{
    if (m_active) {
        retire(*m_active);
        m_active.reset();
    }
    m_active = std::move(m_pending);
    m_pending.reset();
    m_active->readySince.start();
    const Protocol::Readiness &r = m_active->readiness;
    qCInfo(lcFilters).noquote() << "virus scanner" << m_active->generation << "ready:" << r.signatures << "signatures, database of"
                                << QDateTime::fromSecsSinceEpoch(qint64(r.databaseTime)).toString(Qt::ISODate);
    setState(State::Ready, QString());
}

void ScannerSupervisor::onExit(quint64 generation, int exitCode, QProcess::ExitStatus exitStatus)
{
    for (qsizetype i = 0; i < m_retiring.size(); ++i) {
        if (m_retiring[i].generation != generation)
            continue;
        const Scanner gone = m_retiring.takeAt(i);
        if (gone.process)
            gone.process->deleteLater();
        QFile::remove(gone.socketPath);
        qCDebug(lcFilters) << "retired scanner" << generation << "ended";
        return;
    }
    const QString how = exitStatus == QProcess::CrashExit ? u"crashed"_s : u"exited with code %1"_s.arg(exitCode);
    if (m_pending && m_pending->generation == generation) {
        const Scanner failed = *m_pending;
        m_pending.reset();
        if (failed.process)
            failed.process->deleteLater();
        QFile::remove(failed.socketPath);
        const QString why = !failed.failure.isEmpty() ? failed.failure : u"doorstep-scan %1 before it was ready"_s.arg(how);
        ++m_failures;
        if (m_active) {
            // The old database stays in use; the failure is visible all the same.
            qCWarning(lcFilters).noquote() << "reloading the virus database failed, keeping the one in use:" << why;
            m_events.add(Core::EventKind::FilterDegraded,
                         u"The virus database could not be reloaded: %1 The scanner keeps the database it had."_s.arg(why),
                         {{u"filter"_s, kSubsystem}, {u"reason"_s, why}});
            setState(State::Ready, QString());
            m_engineState.setDegraded(kSubsystem, u"antivirus reload failed: "_s + why);
        } else {
            qCWarning(lcFilters).noquote() << "the virus scanner cannot start:" << why;
            m_events.add(Core::EventKind::FilterDegraded, u"Virus scanning is not working: %1 Mail is deferred until it is."_s.arg(why),
                         {{u"filter"_s, kSubsystem}, {u"reason"_s, why}});
            setState(State::Failed, u"antivirus: "_s + why);
        }
        scheduleRestart(true);
        return;
    }
    if (m_active && m_active->generation == generation) {
        const Scanner died = *m_active;
        m_active.reset();
        if (died.process)
            died.process->deleteLater();
        QFile::remove(died.socketPath);
        const QString what = died.hung ? u"did not answer within %1 s"_s.arg(hangTimeoutMs() / 1000) : how;
        if (died.readySince.isValid() && died.readySince.elapsed() > kStableMs)
            m_failures = 0;
        ++m_failures;
        qCWarning(lcFilters).noquote() << "the virus scanner" << what << ", will restart it";
        m_events.add(Core::EventKind::FilterDegraded,
                     u"The virus scanner %1 and is being restarted; mail is deferred until it is back."_s.arg(what),
                     {{u"filter"_s, kSubsystem}, {u"reason"_s, what}});
        setState(State::Loading, u"antivirus loading (the scanner %1)"_s.arg(what));
        if (!m_pending)
            scheduleRestart(false);
    }
}

void ScannerSupervisor::scheduleRestart(bool afterFailure)
{
    if (!m_enabled)
        return;
    const int n = std::min(m_failures, 16);
    int delay;
    if (afterFailure)
        delay = std::min(kMaxFailureBackoffMs, 5000 * (1 << std::max(0, n - 1)));
    else
        delay = n <= 1 ? 0 : std::min(kMaxCrashBackoffMs, 1000 * (1 << (n - 2)));
    qCDebug(lcFilters) << "next scanner start in" << delay << "ms";
    m_restartTimer.start(delay);
}

void ScannerSupervisor::scanHung(quint64 generation)
{
    if (!m_active || m_active->generation != generation || m_active->hung)
        return;
    m_active->hung = true;
    qCWarning(lcFilters) << "scanner" << generation << "did not answer in time; killing it";
    if (m_active->process)
        m_active->process->kill();
}

std::optional<ScannerSupervisor::Target> ScannerSupervisor::target() const
{
    if (!m_active || !m_active->ready || m_active->hung || !m_active->process || m_active->process->state() != QProcess::Running)
        return std::nullopt;
    return Target{m_active->generation, m_active->socketPath};
}

int ScannerSupervisor::hangTimeoutMs() const
{
    return int(m_settings.uintValue(kScanTimeout)) * 1000 + kHangGraceMs;
}

QVariantMap ScannerSupervisor::status() const
{
    QVariantMap map{{u"state"_s, stateName(m_state)},
                    {u"reason"_s, m_reason},
                    {u"database_dir"_s, m_settings.stringValue(kDatabaseDir)},
                    {u"signatures"_s, QVariant::fromValue<qulonglong>(0)},
                    {u"database_date"_s, QVariant::fromValue<qulonglong>(0)},
                    {u"database_version"_s, QVariant::fromValue<qulonglong>(0)},
                    {u"scanner_pid"_s, uint(0)}};
    if (m_active) {
        const Protocol::Readiness &r = m_active->readiness;
        map[u"signatures"_s] = QVariant::fromValue<qulonglong>(r.signatures);
        map[u"database_date"_s] = QVariant::fromValue<qulonglong>(r.databaseTime * 1000000);
        map[u"database_version"_s] = QVariant::fromValue<qulonglong>(r.databaseVersion);
        if (m_active->process)
            map[u"scanner_pid"_s] = uint(m_active->process->processId());
    }
    return map;
}

void ScannerSupervisor::setState(State state, const QString &reason)
{
    if (state == State::Off || state == State::Ready || state == State::Reloading)
        m_engineState.clearDegraded(kSubsystem);
    else
        m_engineState.setDegraded(kSubsystem, reason);
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    qCInfo(lcFilters).noquote() << u"antivirus: %1%2"_s.arg(stateName(state), reason.isEmpty() ? QString() : u" (%1)"_s.arg(reason));
    Q_EMIT stateChanged();
}

} // namespace Doorstep::Filters::Antivirus

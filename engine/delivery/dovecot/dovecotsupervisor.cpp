#include "engine/delivery/dovecot/dovecotsupervisor.h"

#include <csignal>
#include <tuple>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>

#include "engine/core/enginestate.h"
#include "engine/core/eventlog.h"
#include "engine/delivery/dovecot/dovecotlog.h"
#include "engine/delivery/log.h"
#include "engine/store/settings.h"
#include "engine/tls/atomicfile.h"
#include "engine/tls/certificatestore.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;

namespace {

const QString kSubsystem = u"imap"_s;
const QStringList kListenerNames{u"imap"_s, u"imaps"_s, u"pop3s"_s, u"sieve"_s};

/** A Dovecot that was up this long before it died starts the backoff again. */
constexpr qint64 kStableMs = 60 * 1000;
constexpr int kMaxBackoffMs = 60 * 1000;
constexpr int kReadyPollMs = 100;
/** Started but its sockets not there after this long: stopped and tried again. */
constexpr qint64 kStartTimeoutMs = 30 * 1000;
constexpr int kStopWaitMs = 5000;
/** After a reload (SIGHUP), when Dovecot's services are back. */
constexpr int kReloadSettleMs = 3000;

bool watchedKey(const QString &key)
{
    return key.startsWith(u"imap."_s) || key.startsWith(u"imaps."_s) || key.startsWith(u"pop3."_s) || key.startsWith(u"pop3s."_s)
        || key.startsWith(u"sieve."_s) || key == u"spam.folder"_s;
}

/** Where Dovecot keeps its service binaries and plugins on this system. */
QString libexecDirectory()
{
    for (const QString &candidate : {u"/usr/lib/dovecot"_s, u"/usr/libexec/dovecot"_s, u"/usr/local/libexec/dovecot"_s}) {
        if (QFileInfo::exists(candidate + u"/imap"_s) || QFileInfo::exists(candidate + u"/lmtp"_s))
            return candidate;
    }
    return {};
}

} // namespace

QString DovecotSupervisor::stateName(State state)
{
    switch (state) {
    case State::Off:
        return u"off"_s;
    case State::Unavailable:
        return u"unavailable"_s;
    case State::Starting:
        return u"starting"_s;
    case State::Running:
        return u"running"_s;
    case State::Failed:
        return u"failed"_s;
    }
    return {};
}

QString DovecotSupervisor::findProgram(QString *missing)
{
    // DOORSTEP_DOVECOT names another Dovecot (a build of one's own); a path that is no program
    // means none, as on a machine without Dovecot.
    if (const QString chosen = qEnvironmentVariable("DOORSTEP_DOVECOT"); !chosen.isEmpty()) {
        const bool usable = QFileInfo(chosen).isExecutable();
        if (missing)
            *missing = usable ? QString() : u"DOORSTEP_DOVECOT=%1 is not a program"_s.arg(chosen);
        return usable ? chosen : QString();
    }
    QString program = QStandardPaths::findExecutable(u"dovecot"_s);
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(u"dovecot"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s});
    QStringList absent;
    if (program.isEmpty()) {
        absent << u"dovecot-core"_s;
    } else {
        const QString libexec = libexecDirectory();
        const QList<std::pair<QString, QString>> parts{{u"imap"_s, u"dovecot-imapd"_s},
                                                       {u"lmtp"_s, u"dovecot-lmtpd"_s},
                                                       {u"managesieve"_s, u"dovecot-managesieved"_s},
                                                       {u"modules/lib90_sieve_plugin.so"_s, u"dovecot-sieve"_s}};
        for (const auto &[file, package] : parts) {
            if (libexec.isEmpty() || !QFileInfo::exists(libexec + u'/' + file))
                absent << package;
        }
    }
    if (missing)
        *missing = absent.join(u", "_s);
    return absent.isEmpty() ? program : QString();
}

DovecotSupervisor::DovecotSupervisor(Store::Settings &settings, Core::EngineState &engineState, Core::EventLog &events,
                                     Tls::CertificateStore &certificates,
                                     Users users, QString dataDirectory, QString program,
                                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_engineState(engineState)
    , m_events(events)
    , m_certificates(certificates)
    , m_users(std::move(users))
    , m_dataDirectory(std::move(dataDirectory))
    , m_layout(DovecotLayout::inDataDirectory(m_dataDirectory))
    , m_program(std::move(program))
{
    m_pool.setMaxThreadCount(1);
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &DovecotSupervisor::launch);
    m_readyTimer.setInterval(kReadyPollMs);
    connect(&m_readyTimer, &QTimer::timeout, this, &DovecotSupervisor::checkReady);

    if (::geteuid() != 0) {
        const struct passwd *user = ::getpwuid(::geteuid());
        const struct group *group = ::getgrgid(::getegid());
        m_identity = {user ? QString::fromLocal8Bit(user->pw_name) : QString::number(::geteuid()),
                      group ? QString::fromLocal8Bit(group->gr_name) : QString::number(::getegid()), uint(::geteuid()), uint(::getegid())};
    } else {
        const struct passwd *user = ::getpwnam("doorstep");
        if (!user)
            user = ::getpwnam("nobody");
        if (user) {
            const struct group *group = ::getgrgid(user->pw_gid);
            m_identity = {QString::fromLocal8Bit(user->pw_name), group ? QString::fromLocal8Bit(group->gr_name) : QString::number(user->pw_gid),
                          uint(user->pw_uid), uint(user->pw_gid)};
            m_dropPrivileges = true;
        }
    }
}

DovecotSupervisor::~DovecotSupervisor()
{
    stop();
}

void DovecotSupervisor::start()
{
    if (m_started)
        return;
    m_started = true;
    connect(&m_settings, &Store::Settings::changed, this, &DovecotSupervisor::applySettings);
    connect(&m_certificates, &Tls::CertificateStore::changed, this, &DovecotSupervisor::copyCertificate);
    applySettings({u"imap.enabled"_s});
    if (m_state == State::Off)
        m_announced = State::Off; // off from the start: switching it on is news
}

void DovecotSupervisor::stop()
{
    m_stopping = true;
    m_restartTimer.stop();
    m_readyTimer.stop();
    shutDownProcess();
    m_pool.waitForDone();
}

void DovecotSupervisor::applySettings(const QStringList &keys)
{
    if (m_stopping || std::none_of(keys.cbegin(), keys.cend(), watchedKey))
        return;
    const bool listenersChanged = std::any_of(keys.cbegin(), keys.cend(), [](const QString &key) { return key.endsWith(u".listen"_s); });
    if (listenersChanged)
        m_listeners.clear(); // resolved again, with new free ports where asked
    m_restartTimer.stop();
    m_readyTimer.stop();
    m_failures = 0;
    const quint64 generation = ++m_generation; // file work of the launch before is dropped
    if (m_process)
        setState(State::Starting, u"restarting Dovecot with the new settings"_s);
    // The running Dovecot goes first (its ports and master.pid), without waiting on the loop.
    retireProcess([this, generation] {
        if (m_stopping || generation != m_generation)
            return; // a later change took over
        if (!m_settings.boolValue(u"imap.enabled"_s)) {
            setState(State::Off, {});
            return;
        }
        launch();
    });
}

void DovecotSupervisor::retireProcess(std::function<void()> then)
{
    QProcess *process = m_process.data();
    m_process.clear();
    if (!process || process->state() == QProcess::NotRunning) {
        if (process)
            process->deleteLater();
        then();
        return;
    }
    process->disconnect(this);
    m_retiring = process;
    auto *killTimer = new QTimer(process);
    killTimer->setSingleShot(true);
    connect(killTimer, &QTimer::timeout, process, &QProcess::kill);
    connect(process, &QProcess::finished, this, [process, then = std::move(then)] {
        process->deleteLater();
        then();
    });
    process->terminate(); // Dovecot's master stops its children and closes its listeners
    killTimer->start(kStopWaitMs);
}

bool DovecotSupervisor::resolveListeners(QString *error)
{
    if (!m_listeners.isEmpty())
        return true;
    QHash<QString, QList<Core::HostPort>> resolved;
    for (const QString &name : kListenerNames) {
        const QStringList specs = m_settings.listValue(name + u".listen"_s);
        QList<Core::HostPort> listeners;
        for (const QString &spec : specs) {
            auto parsed = Core::HostPort::parseListenAddress(spec);
            if (!parsed) {
                *error = u"%1.listen: %2"_s.arg(name, parsed.error().message);
                return false;
            }
            Core::HostPort listener = parsed.value();
            if (listener.port == 0) {
                // Dovecot cannot say which port it picked: the engine picks a free one for it.
                QTcpServer probe;
                if (!probe.listen(QHostAddress(listener.host), 0)) {
                    *error = u"No free port on %1 for %2: %3"_s.arg(listener.host, name, probe.errorString());
                    return false;
                }
                listener.port = probe.serverPort();
            }
            listeners.append(listener);
        }
        resolved.insert(name, listeners);
    }
    m_listeners = resolved;
    return true;
}

std::pair<QByteArray, QByteArray> DovecotSupervisor::certificatePem() const
{
    const QSslConfiguration tls = m_certificates.serverConfiguration();
    QByteArray chain;
    for (const QSslCertificate &certificate : tls.localCertificateChain())
        chain += certificate.toPem();
    return {chain, tls.privateKey().toPem()};
}

DovecotFiles DovecotSupervisor::files() const
{
    DovecotFiles files;
    files.layout = m_layout;
    files.identity = m_identity;
    files.handOver = m_dropPrivileges;
    files.dataDirectory = m_dataDirectory;
    DovecotConfigInput input;
    input.layout = m_layout;
    input.identity = m_identity;
    input.imap = m_listeners.value(u"imap"_s);
    input.imaps = m_listeners.value(u"imaps"_s);
    input.pop3 = m_settings.boolValue(u"pop3.enabled"_s);
    input.pop3s = m_listeners.value(u"pop3s"_s);
    input.sieve = m_listeners.value(u"sieve"_s);
    input.spamFolder = m_settings.stringValue(u"spam.folder"_s);
    input.sendmailPath = m_sendmailPath;
    input.submitSocket = m_submitSocket;
    files.config = DovecotConfig::render(input);
    files.users = m_users ? m_users() : QList<PasswdEntry>{};
    std::tie(files.certificate, files.privateKey) = certificatePem();
    files.globalScript = DovecotConfig::globalScript(input.spamFolder);
    return files;
}

void DovecotSupervisor::launch()
{
    if (m_stopping)
        return;
    QString missing;
    if (m_program.isEmpty())
        m_program = findProgram(&missing);
    if (m_program.isEmpty()) {
        setState(State::Unavailable, u"Dovecot is not installed (missing: %1), so there is no IMAP; the engine delivers into Maildir itself."_s
                                         .arg(missing));
        return;
    }
    if (m_identity.user.isEmpty()) {
        setState(State::Failed, u"There is no user to run Dovecot as: create the 'doorstep' user."_s);
        return;
    }
    if (!m_certificates.hasCertificate()) {
        setState(State::Starting, u"waiting for the engine's certificate"_s);
        return; // copyCertificate() launches once there is one
    }
    QString error;
    if (!resolveListeners(&error)) {
        setState(State::Failed, error);
        return;
    }
    setState(State::Starting, u"starting Dovecot"_s);
    const quint64 generation = ++m_generation;
    const DovecotFiles prepared = files();
    QPointer<DovecotSupervisor> self(this);
    m_pool.start([self, generation, prepared] {
        const Core::Result<void> written = prepared.write();
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, written] {
                if (!self || self->m_stopping || generation != self->m_generation)
                    return;
                if (!written) {
                    self->scheduleRestart(written.error().message);
                    return;
                }
                self->startProcess();
            },
            Qt::QueuedConnection);
    });
}

void DovecotSupervisor::startProcess()
{
    if (m_retiring && m_retiring->state() != QProcess::NotRunning) {
        // The Dovecot before still holds the ports: start once it is gone.
        const quint64 generation = m_generation;
        QTimer::singleShot(kReadyPollMs, this, [this, generation] {
            if (!m_stopping && generation == m_generation && !m_process)
                startProcess();
        });
        return;
    }
    // A Dovecot left over from an engine that was killed holds the ports and master.pid.
    QFile pidFile(m_layout.runDirectory() + u"/master.pid"_s);
    if (pidFile.open(QIODevice::ReadOnly)) {
        const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
        QFile comm(u"/proc/%1/comm"_s.arg(pid));
        if (pid > 1 && comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "dovecot") {
            qCWarning(lcDelivery) << "stopping a Dovecot left over from an earlier engine, pid" << pid;
            ::kill(pid, SIGTERM);
        }
    }
    QFile::remove(m_layout.lmtpSocketPath());

    auto *process = new QProcess(this);
    m_process = process;
    m_output.clear();
    m_lastError.clear();
    process->setProcessChannelMode(QProcess::MergedChannels);
    const bool drop = m_dropPrivileges;
    const uid_t uid = m_identity.uid;
    const gid_t gid = m_identity.gid;
    process->setChildProcessModifier([drop, uid, gid] {
        // Only async-signal-safe calls here (between fork and exec).
        if (drop) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        }
        ::prctl(PR_SET_PDEATHSIG, SIGTERM); // after setuid, which clears it: Dovecot never outlives the engine
    });
    connect(process, &QProcess::readyRead, this, &DovecotSupervisor::onOutput);
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        if (process != m_process)
            return;
        onExit(exitCode, status);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (process != m_process || error != QProcess::FailedToStart)
            return;
        scheduleRestart(u"Dovecot could not be started: %1"_s.arg(process->errorString()));
    });
    qCInfo(lcDelivery).noquote() << "starting Dovecot as" << m_identity.user << "with" << m_layout.configPath();
    process->start(m_program, {u"-F"_s, u"-c"_s, m_layout.configPath()});
    m_startingSince.start();
    m_readyTimer.start();
}

void DovecotSupervisor::shutDownProcess()
{
    if (QProcess *retiring = m_retiring.data(); retiring && retiring->state() != QProcess::NotRunning) {
        retiring->disconnect(this);
        retiring->terminate();
        if (!retiring->waitForFinished(kStopWaitMs))
            retiring->kill();
    }
    QProcess *process = m_process.data();
    m_process.clear();
    if (!process)
        return;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate(); // Dovecot's master stops its children and closes its listeners
        if (!process->waitForFinished(kStopWaitMs)) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
    process->deleteLater();
}

void DovecotSupervisor::onOutput()
{
    if (!m_process)
        return;
    m_output += m_process->readAll();
    qsizetype end;
    while ((end = m_output.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_output.left(end)).trimmed();
        m_output.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        if (line.contains(u"Fatal:"_s) || line.contains(u"Error:"_s) || line.contains(u"Panic:"_s)) {
            m_lastError = line;
            qCWarning(lcDelivery).noquote() << "dovecot:" << line;
        } else if (line.contains(u"Warning:"_s)) {
            qCWarning(lcDelivery).noquote() << "dovecot:" << line;
        } else {
            qCInfo(lcDelivery).noquote() << "dovecot:" << line;
        }
        if (const auto failure = DovecotLog::loginFailure(line)) {
            const QString service = failure->service == u"managesieve"_s ? u"ManageSieve"_s : failure->service.toUpper();
            m_events.add(Core::EventKind::AuthFailed,
                         failure->attempts > 1
                             ? u"Failed %1 login as '%2' from %3 (%4 attempts)."_s.arg(service, failure->user, failure->client).arg(failure->attempts)
                             : u"Failed %1 login as '%2' from %3."_s.arg(service, failure->user, failure->client),
                         {{u"client"_s, failure->client},
                          {u"user"_s, failure->user},
                          {u"service"_s, failure->service},
                          {u"attempts"_s, failure->attempts}});
        }
    }
    if (m_output.size() > 64 * 1024)
        m_output.clear(); // a line that long is not a log line
}

void DovecotSupervisor::onExit(int exitCode, QProcess::ExitStatus exitStatus)
{
    onOutput();
    m_readyTimer.stop();
    if (m_process)
        m_process->deleteLater();
    m_process.clear();
    if (m_stopping)
        return;
    QString why = exitStatus == QProcess::CrashExit ? u"Dovecot stopped by a signal"_s : u"Dovecot exited with status %1"_s.arg(exitCode);
    if (!m_lastError.isEmpty())
        why += u": "_s + m_lastError;
    if (m_state == State::Running && m_runningSince.isValid() && m_runningSince.elapsed() >= kStableMs)
        m_failures = 0;
    scheduleRestart(why);
}

void DovecotSupervisor::checkReady()
{
    if (!m_process || m_process->state() != QProcess::Running) {
        m_readyTimer.stop();
        return;
    }
    if (QFileInfo::exists(m_layout.lmtpSocketPath())) {
        m_readyTimer.stop();
        m_runningSince.start();
        setState(State::Running, {});
        qCInfo(lcDelivery).noquote() << "Dovecot is running; IMAP on"
                                     << boundListeners().value(u"imap"_s).toStringList().join(u", "_s);
        return;
    }
    if (m_startingSince.elapsed() > kStartTimeoutMs) {
        const quint64 generation = m_generation;
        retireProcess([this, generation] {
            if (!m_stopping && generation == m_generation)
                scheduleRestart(u"Dovecot did not open its sockets within %1 seconds"_s.arg(kStartTimeoutMs / 1000));
        });
    }
}

void DovecotSupervisor::scheduleRestart(const QString &why)
{
    const int delay = std::min(kMaxBackoffMs, 1000 * (1 << std::min(m_failures, 6)));
    ++m_failures;
    qCWarning(lcDelivery).noquote() << why << "- starting Dovecot again in" << delay / 1000 << "s";
    setState(State::Failed, why);
    m_restartTimer.start(delay);
}

void DovecotSupervisor::usersChanged()
{
    if (m_state == State::Off || m_state == State::Unavailable || m_stopping)
        return;
    const QString path = m_layout.passwdPath();
    const QList<PasswdEntry> users = m_users ? m_users() : QList<PasswdEntry>{};
    const Tls::AtomicFile::Owner owner = DovecotFiles::ownerFor(m_identity, m_dropPrivileges);
    m_pool.start([path, users, owner] {
        if (!QFileInfo::exists(QFileInfo(path).absolutePath()))
            return; // the first launch writes it
        // Every reload of the directory lands here: the file is written only when a user changed.
        if (auto written = DovecotFiles::writeUsersIfChanged(path, users, owner); !written)
            qCWarning(lcDelivery).noquote() << written.error().message;
    });
}

void DovecotSupervisor::copyCertificate()
{
    if (m_stopping || m_state == State::Off || m_state == State::Unavailable)
        return;
    if (!m_process) {
        if (m_state == State::Starting && !m_restartTimer.isActive())
            launch(); // it was waiting for the first certificate
        return;
    }
    // Only the certificate and its key: nothing else changed.
    const auto [certificate, privateKey] = certificatePem();
    const DovecotLayout layout = m_layout;
    const Tls::AtomicFile::Owner owner = DovecotFiles::ownerFor(m_identity, m_dropPrivileges);
    QPointer<DovecotSupervisor> self(this);
    m_pool.start([self, layout, certificate, privateKey, owner] {
        const Core::Result<void> written = DovecotFiles::writeCertificate(layout, certificate, privateKey, owner);
        QMetaObject::invokeMethod(
            self.data(),
            [self, written] {
                if (!self || !self->m_process)
                    return;
                if (!written) {
                    qCWarning(lcDelivery).noquote() << written.error().message;
                    return;
                }
                // SIGHUP: Dovecot reads its configuration and certificate again; sessions go on.
                ::kill(pid_t(self->m_process->processId()), SIGHUP);
                qCInfo(lcDelivery) << "Dovecot reloads the new certificate";
                // Deliveries that met the reload were deferred: they go again once it is done.
                QTimer::singleShot(kReloadSettleMs, self.data(), [self] {
                    if (self && self->m_state == State::Running)
                        Q_EMIT self->stateChanged();
                });
            },
            Qt::QueuedConnection);
    });
}

void DovecotSupervisor::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    const State before = m_state;
    m_state = state;
    m_reason = reason;
    // An event for each change people care about: down (once per outage, not per retry), back
    // up, switched off and on again. Starting, and coming up at engine start, are not news.
    QString summary;
    if (state == State::Failed && m_announced != State::Failed)
        summary = u"Mailbox access is down: %1"_s.arg(reason);
    else if (state == State::Running && (m_announced == State::Failed || m_announced == State::Off))
        summary = m_announced == State::Failed ? u"Mailbox access is running again (Dovecot)."_s : u"Mailbox access is on (Dovecot)."_s;
    else if (state == State::Off && m_announced != State::Off && before != State::Off)
        summary = u"Mailbox access is off (imap.enabled)."_s;
    if (state != State::Starting)
        m_announced = state;
    if (!summary.isEmpty())
        m_events.add(Core::EventKind::ImapChanged, summary, {{u"state"_s, stateName(state)}, {u"reason"_s, reason}});
    if (state == State::Failed)
        m_engineState.setDegraded(kSubsystem, u"IMAP is down: "_s + reason);
    else
        m_engineState.clearDegraded(kSubsystem);
    Q_EMIT stateChanged();
}

QVariantMap DovecotSupervisor::boundListeners() const
{
    QVariantMap bound;
    if (m_state != State::Running)
        return bound;
    for (const QString &name : kListenerNames) {
        if (name == u"pop3s"_s && !m_settings.boolValue(u"pop3.enabled"_s))
            continue;
        QStringList addresses;
        for (const Core::HostPort &listener : m_listeners.value(name))
            addresses << listener.toString();
        if (!addresses.isEmpty())
            bound.insert(name, addresses);
    }
    return bound;
}

QVariantMap DovecotSupervisor::status() const
{
    return {{u"state"_s, stateName(m_state)}, {u"reason"_s, m_reason}, {u"listeners"_s, boundListeners()}};
}

} // namespace Doorstep::Delivery

#include "engine/delivery/rules/sieverules.h"

#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include "engine/core/mailaddress.h"
#include "engine/delivery/dovecot/dovecotfiles.h"
#include "engine/delivery/log.h"
#include "engine/tls/atomicfile.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

constexpr int kToolTimeoutMs = 30 * 1000;
const QString kScriptName = u"doorstep.sieve"_s;
const QString kActiveLink = u"active.sieve"_s;

QString toolPath(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {u"/usr/bin"_s, u"/usr/local/bin"_s});
    return path;
}

/** "bad: line 2: error: expected ..." -> "line 2: expected ..."; sievec's other lines dropped. */
QString compilerComplaint(const QString &output)
{
    static const QRegularExpression line(u"^[^:\\n]*: line (\\d+): error: (.*)$"_s, QRegularExpression::MultilineOption);
    QStringList errors;
    for (auto it = line.globalMatch(output); it.hasNext();) {
        const auto match = it.next();
        errors << u"line %1: %2"_s.arg(match.captured(1), match.captured(2).trimmed());
    }
    if (!errors.isEmpty())
        return errors.join(u"; "_s);
    static const QRegularExpression other(u"^[^:\\n]*: error: (.*)$"_s, QRegularExpression::MultilineOption);
    if (const auto match = other.match(output); match.hasMatch())
        return match.captured(1).trimmed();
    return output.trimmed().split(u'\n').value(0);
}

} // namespace

SieveRules::SieveRules(DovecotLayout layout, DovecotIdentity identity, bool handOver, std::function<QString()> spamFolder, QObject *parent)
    : QObject(parent)
    , m_layout(std::move(layout))
    , m_identity(std::move(identity))
    , m_handOver(handOver)
    , m_spamFolder(std::move(spamFolder))
{
}

SieveRules::~SieveRules() = default;

bool SieveRules::toolsInstalled(QString *missing)
{
    const bool installed = !toolPath(u"sievec"_s).isEmpty() && !toolPath(u"sieve-test"_s).isEmpty();
    if (missing)
        *missing = installed ? QString() : u"dovecot-sieve"_s;
    return installed;
}

QString SieveRules::userDirectory(const QString &user) const
{
    const qsizetype at = user.lastIndexOf(u'@');
    return m_layout.sieveRoot + u'/' + user.mid(at + 1).toLower() + u'/' + user.left(at).toLower();
}

Result<QString> SieveRules::get(const QString &user) const
{
    if (user.isEmpty())
        return QString::fromUtf8(DovecotConfig::globalScript(m_spamFolder ? m_spamFolder() : QString()));
    if (!Core::MailAddress::parse(user))
        return Error::invalidArgument(u"'%1' is not a user's address."_s.arg(user));
    QFile active(userDirectory(user) + u'/' + kActiveLink);
    if (!active.exists())
        return QString();
    if (!active.open(QIODevice::ReadOnly) || active.size() > kMaxScriptBytes)
        return Error::failed(u"Cannot read the rules of %1: %2."_s.arg(user, active.errorString()));
    return QString::fromUtf8(active.readAll());
}

QString SieveRules::folderProblem(const QString &script)
{
    // fileinto [:tag ["value"]]... "Folder": the folder is the last string before the ';'.
    static const QRegularExpression fileinto(uR"re(\bfileinto\b(?:\s+:[A-Za-z]+(?:\s+"(?:[^"\\]|\\.)*")?)*\s+"((?:[^"\\]|\\.)*)")re"_s);
    const QStringList lines = script.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().startsWith(u'#'))
            continue; // a comment (the builder's own describe each rule)
        for (auto it = fileinto.globalMatch(lines[i]); it.hasNext();) {
            const QString folder = it.next().captured(1);
            if (folder.contains(u'/'))
                return u"line %1: the folder \"%2\" has a '/': folders nest with '.' here (\"%3\"), and Dovecot would put the mail in "
                       u"the inbox instead."_s.arg(i + 1)
                    .arg(folder, QString(folder).replace(u'/', u'.'));
        }
    }
    return {};
}

Result<QString> SieveRules::prepareCheckDirectory() const
{
    const QString directory = m_layout.directory + u"/check"_s;
    for (const QString &path : {m_layout.directory, directory}) {
        if (auto made = DovecotFiles::makeFolder(path, m_identity, m_handOver); !made)
            return made.error();
    }
    DovecotConfigInput input;
    input.layout = m_layout;
    input.identity = m_identity;
    const Tls::AtomicFile::Owner owner = DovecotFiles::ownerFor(m_identity, m_handOver);
    if (auto written = Tls::AtomicFile::writeScratch(directory + u"/tools.conf"_s, DovecotConfig::renderToolsConfig(input), 0600, owner); !written)
        return written.error();
    return directory;
}

void SieveRules::runTool(const QString &program, const QStringList &arguments, QObject *context,
                         std::function<void(int exitCode, QString output)> done)
{
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    QPointer<QObject> guard(context);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, &QProcess::kill);
    connect(process, &QProcess::finished, this, [process, guard, done](int exitCode, QProcess::ExitStatus status) {
        const QString output = QString::fromUtf8(process->readAll());
        process->deleteLater();
        if (guard)
            done(status == QProcess::NormalExit ? exitCode : -1, output);
    });
    connect(process, &QProcess::errorOccurred, this, [process, guard, done, program](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        if (guard)
            done(-1, u"%1 could not be started: %2"_s.arg(program, process->errorString()));
    });
    process->start(program, arguments);
    timer->start(kToolTimeoutMs);
}

void SieveRules::set(const QString &user, const QString &script, QObject *context, std::function<void(Result<void>)> done)
{
    // done() always runs later, on the event loop, never inside set().
    const auto finishLater = [this, context, done](Result<void> result) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(this, [guard, done, result] { if (guard) done(result); }, Qt::QueuedConnection);
    };
    const auto fail = [finishLater](const Error &error) { finishLater(error); };
    if (user.isEmpty())
        return fail(Error::invalidArgument(
            u"The global rules come from the spam settings (spam.folder, spam.threshold): change those, or give a user's rules."_s));
    if (!Core::MailAddress::parse(user))
        return fail(Error::invalidArgument(u"'%1' is not a user's address."_s.arg(user)));
    const QByteArray bytes = script.toUtf8();
    if (bytes.size() > kMaxScriptBytes)
        return fail(Error::invalidArgument(u"The script is %1 bytes; rules are at most %2."_s.arg(bytes.size()).arg(kMaxScriptBytes)));
    const QString directory = userDirectory(user);
    const Tls::AtomicFile::Owner owner = DovecotFiles::ownerFor(m_identity, m_handOver);
    if (script.trimmed().isEmpty()) {
        // No rules: the link goes, the script stays for a later Set.
        if (auto removed = Tls::AtomicFile::remove(directory + u'/' + kActiveLink); !removed)
            return fail(removed.error());
        return finishLater(Result<void>{});
    }
    if (const QString problem = folderProblem(script); !problem.isEmpty())
        return fail(Error::invalidArgument(u"The rules cannot be used: %1"_s.arg(problem)));
    QString missing;
    if (!toolsInstalled(&missing))
        return fail(Error::failed(u"Checking Sieve rules needs Pigeonhole's sievec (package %1), which is not installed."_s.arg(missing)));
    auto check = prepareCheckDirectory();
    if (!check)
        return fail(check.error());
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    const QString source = check.value() + u'/' + name + u".sieve"_s;
    const QString binary = check.value() + u'/' + name + u".svbin"_s;
    if (auto written = Tls::AtomicFile::writeScratch(source, bytes, 0600, owner); !written)
        return fail(written.error());
    runTool(toolPath(u"sievec"_s), {u"-c"_s, check.value() + u"/tools.conf"_s, source, binary}, context,
            [this, user, bytes, directory, owner, source, binary, done](int exitCode, const QString &output) {
                QFile::remove(source);
                QFile::remove(binary);
                if (exitCode != 0) {
                    done(Error::invalidArgument(u"The rules do not compile: %1"_s.arg(compilerComplaint(output))));
                    return;
                }
                if (auto made = DovecotFiles::makeFolder(QFileInfo(directory).absolutePath(), m_identity, m_handOver); !made)
                    return done(made.error());
                if (auto made = DovecotFiles::makeFolder(directory, m_identity, m_handOver); !made)
                    return done(made.error());
                if (auto written = Tls::AtomicFile::write(directory + u'/' + kScriptName, bytes, 0600, owner); !written)
                    return done(written.error());
                QFile::remove(directory + u"/doorstep.svbin"_s); // compiled again by Pigeonhole at the next delivery
                // The active link, replaced atomically: a new link beside it, renamed over it.
                const QString link = directory + u'/' + kActiveLink;
                const QString fresh = directory + u"/.active.sieve.new"_s;
                QFile::remove(fresh);
                if (::symlink(QFile::encodeName(kScriptName).constData(), QFile::encodeName(fresh).constData()) != 0)
                    return done(Error::failed(u"Could not make the rules of %1 active: %2."_s.arg(user, qt_error_string(errno))));
                if (m_handOver)
                    [[maybe_unused]] const int ignored = ::lchown(QFile::encodeName(fresh).constData(), m_identity.uid, m_identity.gid);
                if (auto renamed = Tls::AtomicFile::rename(fresh, link); !renamed)
                    return done(renamed.error());
                qCInfo(lcDelivery).noquote() << "new Sieve rules for" << user;
                done(Result<void>{});
            });
}

SieveRules::DryRun SieveRules::parseDryRun(const QString &output)
{
    DryRun run;
    enum class Section { Trace, Performed, ImplicitKeep } section = Section::Trace;
    for (const QString &raw : output.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line == u"Performed actions:"_s) {
            section = Section::Performed;
            continue;
        }
        if (line == u"Implicit keep:"_s) {
            section = Section::ImplicitKeep;
            continue;
        }
        if (line.isEmpty() || line.startsWith(u"sieve-test:"_s))
            continue;
        if (section == Section::Trace) {
            run.trace << raw.trimmed();
            continue;
        }
        if (!line.startsWith(u"* "_s))
            continue; // "(none)"
        const QString action = line.mid(2);
        static const QRegularExpression store(u"^store message in folder: (.*)$"_s);
        const auto stored = store.match(action);
        if (section == Section::ImplicitKeep) {
            run.keep = true;
            if (run.folder.isEmpty())
                run.folder = stored.hasMatch() ? stored.captured(1) : u"INBOX"_s;
            continue;
        }
        run.actions << action;
        if (stored.hasMatch() && run.folder.isEmpty())
            run.folder = stored.captured(1);
    }
    return run;
}

void SieveRules::test(const QString &user, const QByteArray &message, QObject *context, std::function<void(Result<QVariantMap>)> done)
{
    QPointer<QObject> guard(context);
    const auto fail = [this, guard, done](const Error &error) {
        QMetaObject::invokeMethod(this, [guard, done, error] { if (guard) done(error); }, Qt::QueuedConnection);
    };
    if (!user.isEmpty() && !Core::MailAddress::parse(user))
        return fail(Error::invalidArgument(u"'%1' is not a user's address."_s.arg(user)));
    const QByteArray &bytes = message;
    if (message.trimmed().isEmpty())
        return fail(Error::invalidArgument(u"The message to try is empty: give a whole message, headers and body."_s));
    if (bytes.size() > kMaxMessageBytes)
        return fail(Error::invalidArgument(u"The message is %1 bytes; a dry run takes at most %2."_s.arg(bytes.size()).arg(kMaxMessageBytes)));
    QString missing;
    if (!toolsInstalled(&missing))
        return fail(Error::failed(u"The dry run needs Pigeonhole's sieve-test (package %1), which is not installed."_s.arg(missing)));
    auto user_script = user.isEmpty() ? Result<QString>(QString()) : get(user);
    if (!user_script)
        return fail(user_script.error());
    auto check = prepareCheckDirectory();
    if (!check)
        return fail(check.error());
    const Tls::AtomicFile::Owner owner = DovecotFiles::ownerFor(m_identity, m_handOver);
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    const QString mail = check.value() + u'/' + name + u".eml"_s;
    const QString global = check.value() + u'/' + name + u"-global.sieve"_s;
    const QString personal = check.value() + u'/' + name + u"-user.sieve"_s;
    const QString config = check.value() + u"/tools.conf"_s;
    for (const auto &[path, contents] : {std::pair{mail, bytes}, {global, DovecotConfig::globalScript(m_spamFolder ? m_spamFolder() : QString())},
                                         {personal, user_script.value().toUtf8()}}) {
        if (auto written = Tls::AtomicFile::writeScratch(path, contents, 0600, owner); !written)
            return fail(written.error());
    }
    const QString sieveTest = toolPath(u"sieve-test"_s);
    const QStringList traceArguments{u"-t"_s, u"-"_s, u"-T"_s, u"level=matching"_s};
    const QString script = user_script.value();
    const auto cleanUp = [mail, global, personal] {
        for (const QString &path : {mail, global, personal})
            QFile::remove(path);
    };
    runTool(sieveTest, QStringList{u"-c"_s, config} + traceArguments + QStringList{global, mail}, this,
            [this, guard, done, sieveTest, config, traceArguments, personal, mail, script, cleanUp](int exitCode, const QString &output) {
                if (exitCode != 0) {
                    cleanUp();
                    if (guard)
                        done(Error::failed(u"The dry run of the global rules failed: %1"_s.arg(compilerComplaint(output))));
                    return;
                }
                const DryRun globalRun = parseDryRun(output);
                QVariantMap result{{u"global_actions"_s, globalRun.actions}, {u"global_trace"_s, globalRun.trace}};
                // The global rules filed it (spam) and stopped: the user's rules never run.
                if (!globalRun.keep || script.trimmed().isEmpty()) {
                    cleanUp();
                    result.insert({{u"folder"_s, globalRun.folder}, {u"actions"_s, globalRun.actions}, {u"trace"_s, QStringList()},
                                   {u"decided_by"_s, globalRun.keep ? u"none"_s : u"global"_s}});
                    if (guard)
                        done(result);
                    return;
                }
                runTool(sieveTest, QStringList{u"-c"_s, config} + traceArguments + QStringList{personal, mail}, this,
                        [guard, done, result, cleanUp](int exitCode, const QString &output) mutable {
                            cleanUp();
                            if (exitCode != 0) {
                                if (guard)
                                    done(Error::failed(u"The dry run of the user's rules failed: %1"_s.arg(compilerComplaint(output))));
                                return;
                            }
                            const DryRun run = parseDryRun(output);
                            result.insert({{u"folder"_s, run.folder}, {u"actions"_s, run.actions}, {u"trace"_s, run.trace},
                                           {u"decided_by"_s, u"user"_s}});
                            if (guard)
                                done(result);
                        });
            });
}

} // namespace Doorstep::Delivery

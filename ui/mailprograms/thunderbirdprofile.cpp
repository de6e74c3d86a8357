#include "ui/mailprograms/thunderbirdprofile.h"

#include <cerrno>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include "ui/mailprograms/keyfile.h"

namespace Doorstep::Ui::MailPrograms {

using namespace Qt::StringLiterals;

namespace {

QString noProfile()
{
    return ThunderbirdProfile::tr("Thunderbird has no profile on this computer yet. Start Thunderbird once, then try "
                                  "again.");
}

QString resolve(const QDir &root, const QString &path, bool relative)
{
    return QDir::cleanPath(relative ? root.filePath(path) : path);
}

/** The "lock" symlink's target as written ("127.0.0.1:+4242"), or an empty string. */
QByteArray symlinkTarget(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    char buffer[256];
    const ssize_t length = ::readlink(name.constData(), buffer, sizeof buffer);
    return length > 0 ? QByteArray(buffer, length) : QByteArray();
}

bool processAlive(pid_t pid)
{
    return ::kill(pid, 0) == 0 || errno == EPERM;
}

/** Whether another process holds an fcntl lock on @p path (Mozilla's ".parentlock"). */
bool fcntlLocked(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    const bool locked = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

} // namespace

Outcome<ThunderbirdProfile> ThunderbirdProfile::find(const QString &home)
{
    const QDir root(QDir(home).filePath(u".thunderbird"_s));
    QFile ini(root.filePath(u"profiles.ini"_s));
    if (!ini.open(QIODevice::ReadOnly))
        return Outcome<ThunderbirdProfile>::failure(noProfile());
    const KeyFile profiles = KeyFile::parse(ini.readAll());

    QString chosen;
    QStringList all;
    QString marked;
    for (const QString &group : profiles.groups()) {
        if (!group.startsWith(u"Profile"_s))
            continue;
        const QString path = profiles.value(group, u"Path"_s);
        if (path.isEmpty())
            continue;
        const QString resolved = resolve(root, path, profiles.value(group, u"IsRelative"_s, u"1"_s) == u"1"_s);
        all.append(resolved);
        if (profiles.value(group, u"Default"_s) == u"1"_s && marked.isEmpty())
            marked = resolved;
    }
    for (const QString &group : profiles.groups()) {
        if (!group.startsWith(u"Install"_s))
            continue;
        const QString path = profiles.value(group, u"Default"_s);
        if (path.isEmpty())
            continue;
        // Install sections name the profile by its Path as written in its [Profile] section.
        const QString relative = resolve(root, path, true);
        chosen = (all.contains(relative) || !QDir::isAbsolutePath(path)) ? relative : QDir::cleanPath(path);
        break;
    }
    if (chosen.isEmpty())
        chosen = !marked.isEmpty() ? marked : (all.size() == 1 ? all.first() : QString());
    if (chosen.isEmpty() || !QFileInfo(chosen).isDir())
        return Outcome<ThunderbirdProfile>::failure(noProfile());
    return ThunderbirdProfile(chosen);
}

QString ThunderbirdProfile::prefsPath() const
{
    return QDir(m_path).filePath(u"prefs.js"_s);
}

bool ThunderbirdProfile::isInUse() const
{
    const QDir dir(m_path);
    if (fcntlLocked(dir.filePath(u".parentlock"_s)))
        return true;
    const QString lockPath = dir.filePath(u"lock"_s);
    if (!QFileInfo(lockPath).isSymLink())
        return false;
    const QByteArray target = symlinkTarget(lockPath);
    const qsizetype plus = target.lastIndexOf(":+");
    bool ok = false;
    const long pid = plus >= 0 ? target.mid(plus + 2).toLong(&ok) : 0;
    if (!ok || pid <= 0)
        return true; // a lock we cannot read: better to ask than to lose the account
    return processAlive(pid_t(pid));
}

} // namespace Doorstep::Ui::MailPrograms

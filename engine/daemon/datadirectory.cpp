#include "engine/daemon/datadirectory.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>

namespace Doorstep::Daemon {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

DataDirectory::DataDirectory(QString path, int lockFd)
    : m_path(std::move(path))
    , m_lockFd(lockFd)
{
}

DataDirectory::~DataDirectory()
{
    if (m_lockFd >= 0) {
        ::flock(m_lockFd, LOCK_UN);
        ::close(m_lockFd);
    }
}

QString DataDirectory::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

Result<std::unique_ptr<DataDirectory>> DataDirectory::claim(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info {};
    if (::stat(native.constData(), &info) != 0) {
        if (errno != ENOENT)
            return Error::failed(u"cannot use the data directory '%1': %2"_s.arg(path, errnoText(errno)));
        if (!QDir().mkpath(path))
            return Error::failed(u"cannot create the data directory '%1' (is its parent writable?)"_s.arg(path));
        ::chmod(native.constData(), 0750);
    } else if (!S_ISDIR(info.st_mode)) {
        return Error::failed(u"the data directory '%1' is not a directory"_s.arg(path));
    }
    if (::access(native.constData(), W_OK | X_OK) != 0)
        return Error::failed(u"the data directory '%1' is not writable: %2"_s.arg(path, errnoText(errno)));

    const QByteArray lockPath = QFile::encodeName(QDir(path).filePath(u"doorstepd.lock"_s));
    const int fd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0640);
    if (fd < 0)
        return Error::failed(u"the data directory '%1' is not writable: %2"_s.arg(path, errnoText(errno)));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        char buffer[32] = {};
        const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
        ::close(fd);
        if (error == EWOULDBLOCK) {
            const QString pid = n > 0 ? QString::fromLatin1(buffer, n).trimmed() : u"unknown"_s;
            return Error::failed(u"another engine (pid %1) is using the data directory '%2'"_s.arg(pid, path));
        }
        return Error::failed(u"cannot lock the data directory '%1': %2"_s.arg(path, errnoText(error)));
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.constData(), size_t(pid.size()), 0) != pid.size()) {
        const int error = errno;
        ::close(fd);
        return Error::failed(u"the data directory '%1' is not writable: %2"_s.arg(path, errnoText(error)));
    }
    return std::unique_ptr<DataDirectory>(new DataDirectory(path, fd));
}

} // namespace Doorstep::Daemon

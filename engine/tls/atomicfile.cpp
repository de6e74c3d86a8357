#include "engine/tls/atomicfile.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "engine/tls/log.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

// ".cert.pem.tmp-XXXXXX": hidden, and recognisable for clean-up after a crash.
const auto kTemporaryInfix = ".tmp-"_L1;

Error systemError(const QString &action, const QString &path, int error)
{
    return Error::failed(u"Could not %1 '%2': %3."_s.arg(action, path, qt_error_string(error)));
}

// Closes a file descriptor and, unless released, removes the temporary file it belongs to.
class TemporaryFile final
{
public:
    TemporaryFile(int fd, QByteArray path) : m_fd(fd), m_path(std::move(path)) {}
    ~TemporaryFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_path.isEmpty())
            ::unlink(m_path.constData());
    }
    Q_DISABLE_COPY_MOVE(TemporaryFile)

    int fd() const { return m_fd; }
    /** close() with its error: on some file systems a failed write shows up only here. */
    int close()
    {
        const int result = ::close(m_fd);
        m_fd = -1;
        return result;
    }
    void keep() { m_path.clear(); }

private:
    int m_fd;
    QByteArray m_path;
};

int writeAll(int fd, const QByteArray &contents)
{
    const char *data = contents.constData();
    qsizetype left = contents.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        data += written;
        left -= written;
    }
    return 0;
}

} // namespace

Result<void> AtomicFile::write(const QString &path, const QByteArray &contents, mode_t mode)
{
    return write(path, contents, mode, Owner{});
}

Result<void> AtomicFile::write(const QString &path, const QByteArray &contents, mode_t mode, Owner owner)
{
    return replace(path, contents, mode, owner, true);
}

Result<void> AtomicFile::writeScratch(const QString &path, const QByteArray &contents, mode_t mode, Owner owner)
{
    return replace(path, contents, mode, owner, false);
}

Result<void> AtomicFile::replace(const QString &path, const QByteArray &contents, mode_t mode, Owner owner, bool durable)
{
    const QFileInfo info(path);
    const QString temporaryPath = info.absolutePath() + u'/' + u'.' + info.fileName() + kTemporaryInfix + u"XXXXXX"_s;
    QByteArray temporaryName = QFile::encodeName(temporaryPath);
    // mkostemp creates the file with mode 0600 (and O_EXCL), whatever the umask.
    const int fd = ::mkostemp(temporaryName.data(), O_CLOEXEC);
    if (fd < 0)
        return systemError(u"create a temporary file for"_s, path, errno);
    TemporaryFile temporary(fd, temporaryName);

    if (::fchmod(fd, mode) != 0)
        return systemError(u"set the permissions of"_s, path, errno);
    if ((owner.uid != uid_t(-1) || owner.gid != gid_t(-1)) && ::fchown(fd, owner.uid, owner.gid) != 0)
        return systemError(u"set the owner of"_s, path, errno);
    if (const int error = writeAll(fd, contents))
        return systemError(u"write"_s, path, error);
    if (durable && ::fsync(fd) != 0)
        return systemError(u"sync"_s, path, errno);
    if (temporary.close() != 0)
        return systemError(u"close"_s, path, errno);
    if (::rename(temporaryName.constData(), QFile::encodeName(path).constData()) != 0)
        return systemError(u"rename a temporary file to"_s, path, errno);
    temporary.keep();
    return durable ? syncDirectory(info.absolutePath()) : Result<void>{};
}

Result<void> AtomicFile::rename(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return systemError(u"rename '%1' to"_s.arg(from), to, errno);
    return syncDirectory(QFileInfo(to).absolutePath());
}

Result<void> AtomicFile::remove(const QString &path)
{
    if (::unlink(QFile::encodeName(path).constData()) != 0) {
        if (errno == ENOENT)
            return {};
        return systemError(u"remove"_s, path, errno);
    }
    return syncDirectory(QFileInfo(path).absolutePath());
}

Result<void> AtomicFile::syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return systemError(u"open directory"_s, directory, errno);
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0)
        return systemError(u"sync directory"_s, directory, error);
    return {};
}

Result<void> AtomicFile::createPrivateDirectory(const QString &directory, const QString &what)
{
    if (::mkdir(QFile::encodeName(directory).constData(), 0700) == 0) {
        // Make the new directory entry itself durable.
        return syncDirectory(QFileInfo(directory).absolutePath());
    }
    if (errno == EEXIST && QFileInfo(directory).isDir())
        return {};
    return Error::failed(u"Could not create %1 '%2': %3."_s.arg(what, directory, qt_error_string(errno)));
}

Result<void> AtomicFile::removeTemporaryFiles(const QString &directory)
{
    const QDir dir(directory);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (isTemporaryName(name)) {
            qCInfo(lcTls).noquote() << "Removing" << dir.filePath(name) << "left by an interrupted write";
            if (auto removed = remove(dir.filePath(name)); !removed)
                return removed;
        }
    }
    return {};
}

Result<QByteArray> AtomicFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(u"Could not read '%1': %2."_s.arg(path, file.errorString()));
    if (file.size() > MaxReadSize)
        return Error::failed(u"File '%1' is larger than %2 bytes."_s.arg(path).arg(MaxReadSize));
    QByteArray contents = file.read(MaxReadSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::failed(u"Could not read '%1': %2."_s.arg(path, file.errorString()));
    if (contents.size() > MaxReadSize)
        return Error::failed(u"File '%1' is larger than %2 bytes."_s.arg(path).arg(MaxReadSize));
    return contents;
}

bool AtomicFile::isTemporaryName(const QString &fileName)
{
    return fileName.startsWith(u'.') && fileName.contains(kTemporaryInfix);
}

} // namespace Doorstep::Tls

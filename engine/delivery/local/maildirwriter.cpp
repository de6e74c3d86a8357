#include "engine/delivery/local/maildirwriter.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

std::atomic<quint64> s_counter{0};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd;
};

bool writeAll(int fd, const char *data, size_t length)
{
    while (length > 0) {
        const ssize_t n = ::write(fd, data, length);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        length -= size_t(n);
    }
    return true;
}

Result<void> syncDirectory(const QString &path)
{
    Fd dir(::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid() || ::fsync(dir.get()) != 0)
        return Error::failed(u"Cannot sync the mailbox directory '%1': %2."_s.arg(path, errnoText(errno)));
    return {};
}

// The Maildir spec's unique name: time, then microseconds, pid and a counter, then the host.
QString uniqueName(const QString &hostName)
{
    const qint64 usec = QDateTime::currentMSecsSinceEpoch() * 1000;
    QString host = hostName;
    host.replace(u'/', u"\\057"_s).replace(u':', u"\\072"_s);
    return u"%1.M%2P%3Q%4.%5"_s.arg(usec / 1000000).arg(usec % 1000000).arg(::getpid()).arg(++s_counter).arg(host);
}

} // namespace

Result<void> MaildirWriter::ensureMaildir(const QString &maildir)
{
    bool created = false;
    for (const QString &sub : {u"tmp"_s, u"new"_s, u"cur"_s}) {
        const QString path = QDir(maildir).filePath(sub);
        if (QFileInfo(path).isDir())
            continue;
        if (!QDir().mkpath(path))
            return Error::failed(u"Cannot create the mailbox '%1'."_s.arg(maildir));
        ::chmod(QFile::encodeName(path).constData(), 0700);
        ::chmod(QFile::encodeName(maildir).constData(), 0700);
        created = true;
    }
    if (created) {
        // A new directory is durable only once its parent is synced: the mailbox (tmp, new,
        // cur), its domain, mail/ and the data directory may all be new. Otherwise a power
        // cut could take the first message with the directory it went into.
        QDir dir(maildir);
        for (int level = 0; level < 4; ++level) {
            if (auto synced = syncDirectory(dir.path()); !synced)
                return synced.error();
            if (!dir.cdUp())
                break;
        }
    }
    return {};
}

Result<QString> MaildirWriter::ensureFolder(const QString &maildir, const QString &folder)
{
    if (auto ready = ensureMaildir(maildir); !ready)
        return ready.error();
    const QString path = QDir(maildir).filePath(u"."_s + folder);
    const bool existed = QFileInfo(path).isDir();
    if (auto ready = ensureMaildir(path); !ready)
        return ready.error();
    if (existed)
        return path;

    // Maildir++: a folder is marked by an empty "maildirfolder" file (Courier needs it, Dovecot makes it).
    const QString marker = QDir(path).filePath(u"maildirfolder"_s);
    Fd markerFd(::open(QFile::encodeName(marker).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
    if (!markerFd.valid())
        return Error::failed(u"Cannot create the folder '%1': %2."_s.arg(path, errnoText(errno)));

    // Subscribe it, as a mail client would: Dovecot reads one folder name a line (its version 2
    // format, "V\t2" first, names top-level folders the same way). Written whole, synced and
    // renamed into place.
    // XXX: a subscription changed over IMAP in the same instant could be lost; both writers
    // replace the whole file, and this runs once per folder.
    const QString subscriptions = QDir(maildir).filePath(u"subscriptions"_s);
    QByteArray content;
    QFile existing(subscriptions);
    if (existing.open(QIODevice::ReadOnly))
        content = existing.readAll();
    existing.close();
    const QByteArray name = folder.toUtf8();
    if (content.split('\n').contains(name))
        return path;
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += '\n';
    content += name + '\n';
    const QString tmpPath = subscriptions + u".doorstep-tmp"_s;
    const QByteArray tmpNative = QFile::encodeName(tmpPath);
    {
        Fd out(::open(tmpNative.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
        if (!out.valid() || !writeAll(out.get(), content.constData(), size_t(content.size())) || ::fsync(out.get()) != 0) {
            const QString reason = errnoText(errno);
            ::unlink(tmpNative.constData());
            return Error::failed(u"Cannot write the subscriptions of the mailbox '%1': %2."_s.arg(maildir, reason));
        }
    }
    if (::rename(tmpNative.constData(), QFile::encodeName(subscriptions).constData()) != 0) {
        const QString reason = errnoText(errno);
        ::unlink(tmpNative.constData());
        return Error::failed(u"Cannot write the subscriptions of the mailbox '%1': %2."_s.arg(maildir, reason));
    }
    if (auto synced = syncDirectory(maildir); !synced)
        return synced.error();
    return path;
}

Result<QString> MaildirWriter::deliver(const QString &maildir, const QByteArray &prefix, const QString &spoolPath, const QString &hostName,
                                       qint64 fromOffset)
{
    if (auto ready = ensureMaildir(maildir); !ready)
        return ready.error();
    Fd in(::open(QFile::encodeName(spoolPath).constData(), O_RDONLY | O_CLOEXEC));
    if (!in.valid())
        return Error::failed(u"Cannot read the queued message: %1."_s.arg(errnoText(errno)));
    if (fromOffset > 0 && ::lseek(in.get(), off_t(fromOffset), SEEK_SET) < 0)
        return Error::failed(u"Cannot read the queued message: %1."_s.arg(errnoText(errno)));

    const QString name = uniqueName(hostName);
    const QString tmpPath = QDir(maildir).filePath(u"tmp/"_s + name);
    const QByteArray tmpNative = QFile::encodeName(tmpPath);
    Fd out(::open(tmpNative.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (!out.valid())
        return Error::failed(u"Cannot create a file in the mailbox '%1': %2."_s.arg(maildir, errnoText(errno)));

    const auto fail = [&](const QString &what) -> Error {
        const QString reason = errnoText(errno);
        ::unlink(tmpNative.constData());
        return Error::failed(u"%1 in the mailbox '%2': %3."_s.arg(what, maildir, reason));
    };

    quint64 size = quint64(prefix.size());
    if (!writeAll(out.get(), prefix.constData(), size_t(prefix.size())))
        return fail(u"Cannot write"_s);
    // Copy, turning CRLF into LF; a CR at the end of one chunk waits for the next.
    char buffer[65536];
    QByteArray converted;
    converted.reserve(sizeof buffer);
    bool pendingCr = false;
    for (;;) {
        const ssize_t n = ::read(in.get(), buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(u"Cannot read the queued message"_s);
        }
        if (n == 0)
            break;
        converted.clear();
        for (ssize_t i = 0; i < n; ++i) {
            const char c = buffer[i];
            if (pendingCr) {
                pendingCr = false;
                if (c != '\n')
                    converted.append('\r');
            }
            if (c == '\r') {
                pendingCr = true;
                continue;
            }
            converted.append(c);
        }
        if (!writeAll(out.get(), converted.constData(), size_t(converted.size())))
            return fail(u"Cannot write"_s);
        size += quint64(converted.size());
    }
    if (pendingCr) {
        if (!writeAll(out.get(), "\r", 1))
            return fail(u"Cannot write"_s);
        size += 1;
    }
    if (::fsync(out.get()) != 0)
        return fail(u"Cannot sync"_s);

    // The size in the name spares Dovecot a stat (Maildir++ ",S=").
    const QString finalPath = QDir(maildir).filePath(u"new/%1,S=%2"_s.arg(name).arg(size));
    if (::rename(tmpNative.constData(), QFile::encodeName(finalPath).constData()) != 0)
        return fail(u"Cannot move the message into new/"_s);
    if (auto synced = syncDirectory(QDir(maildir).filePath(u"new"_s)); !synced)
        return synced.error();
    return finalPath;
}

} // namespace Doorstep::Delivery

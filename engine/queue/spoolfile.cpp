#include "engine/queue/spoolfile.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

#include <QFile>

namespace Doorstep::Queue {

using namespace Qt::StringLiterals;

SpoolFile::SpoolFile(QString id, QString path, int fd)
    : m_id(std::move(id))
    , m_path(std::move(path))
    , m_fd(fd)
{
}

SpoolFile::~SpoolFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed)
        ::unlink(QFile::encodeName(m_path).constData());
}

Core::Result<void> SpoolFile::write(const QByteArray &bytes)
{
    if (m_failed)
        return Core::Error::failed(u"The spool file of %1 could not be written."_s.arg(m_id));
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_failed = true;
            return Core::Error::failed(u"Cannot write the spool file of %1: %2."_s.arg(m_id, QString::fromLocal8Bit(std::strerror(errno))));
        }
        data += n;
        left -= n;
        m_size += quint64(n);
    }
    return {};
}

Core::Result<void> SpoolFile::moveTo(const QString &target)
{
    if (m_failed)
        return Core::Error::failed(u"The spool file of %1 could not be written."_s.arg(m_id));
    if (::fdatasync(m_fd) != 0)
        return Core::Error::failed(u"Cannot sync the spool file of %1: %2."_s.arg(m_id, QString::fromLocal8Bit(std::strerror(errno))));
    if (::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(target).constData()) != 0)
        return Core::Error::failed(u"Cannot move the spool file of %1 to '%2': %3."_s.arg(m_id, target, QString::fromLocal8Bit(std::strerror(errno))));
    m_path = target;
    m_committed = true; // it is the quarantine's now
    return {};
}

} // namespace Doorstep::Queue

#include "ui/sendmail/bodybuffer.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace Doorstep::Ui::Sendmail {

using namespace Qt::StringLiterals;

BodyBuffer::~BodyBuffer()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

BodyBuffer::BodyBuffer(BodyBuffer &&other) noexcept
    : m_memory(std::move(other.m_memory))
    , m_fd(std::exchange(other.m_fd, -1))
    , m_fileSize(std::exchange(other.m_fileSize, 0))
    , m_error(std::move(other.m_error))
{
}

BodyBuffer &BodyBuffer::operator=(BodyBuffer &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_memory = std::move(other.m_memory);
        m_fd = std::exchange(other.m_fd, -1);
        m_fileSize = std::exchange(other.m_fileSize, 0);
        m_error = std::move(other.m_error);
    }
    return *this;
}

bool BodyBuffer::spill()
{
    const QByteArray tmp = qEnvironmentVariableIsEmpty("TMPDIR") ? QByteArray("/tmp") : qgetenv("TMPDIR");
    m_fd = ::open(tmp.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        // A file system without O_TMPFILE: a named file, unlinked at once.
        QByteArray name = tmp + "/doorstep-sendmail.XXXXXX";
        m_fd = ::mkostemp(name.data(), O_CLOEXEC);
        if (m_fd >= 0)
            ::unlink(name.constData());
    }
    if (m_fd < 0)
        m_error = u"cannot create a temporary file in %1: %2"_s.arg(QFile::decodeName(tmp), QString::fromLocal8Bit(std::strerror(errno)));
    return m_fd >= 0;
}

bool BodyBuffer::append(QByteArrayView bytes)
{
    if (m_fd < 0 && m_memory.size() + bytes.size() <= kMemoryLimit) {
        m_memory += bytes;
        return true;
    }
    if (m_fd < 0 && !spill())
        return false;
    for (qsizetype written = 0; written < bytes.size();) {
        const ssize_t n = ::write(m_fd, bytes.data() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_error = u"cannot write a temporary file: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        written += n;
        m_fileSize += quint64(n);
    }
    return true;
}

bool BodyBuffer::forEachBlock(const std::function<bool(QByteArrayView)> &sink) const
{
    for (qsizetype at = 0; at < m_memory.size(); at += kBlockSize) {
        if (!sink(QByteArrayView(m_memory).sliced(at, std::min(kBlockSize, m_memory.size() - at))))
            return false;
    }
    QByteArray block(kBlockSize, Qt::Uninitialized);
    for (quint64 at = 0; at < m_fileSize;) {
        const ssize_t n = ::pread(m_fd, block.data(), size_t(block.size()), off_t(at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        if (!sink(QByteArrayView(block.constData(), n)))
            return false;
        at += quint64(n);
    }
    return true;
}

} // namespace Doorstep::Ui::Sendmail

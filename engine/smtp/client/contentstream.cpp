#include "engine/smtp/client/contentstream.h"

namespace Doorstep::Smtp {

using namespace Qt::StringLiterals;

ContentStream::ContentStream(QByteArray headers, QString bodyPath, qint64 bodyOffset, qint64 chunkSize)
    : m_headers(std::move(headers))
    , m_bodyPath(std::move(bodyPath))
    , m_bodyOffset(bodyOffset)
    , m_chunkSize(std::max<qint64>(1, chunkSize))
    , m_body(m_bodyPath)
{
}

Core::Result<void> ContentStream::open()
{
    if (!m_body.open(QIODevice::ReadOnly))
        return Core::Error::failed(u"Cannot read the message body '%1': %2."_s.arg(m_bodyPath, m_body.errorString()));
    const qint64 fileSize = m_body.size();
    if (m_bodyOffset < 0 || m_bodyOffset > fileSize)
        return Core::Error::failed(u"The message body '%1' has %2 bytes, fewer than its offset %3."_s.arg(m_bodyPath).arg(fileSize).arg(m_bodyOffset));
    if (!m_body.seek(m_bodyOffset))
        return Core::Error::failed(u"Cannot read the message body '%1': %2."_s.arg(m_bodyPath, m_body.errorString()));
    m_size = quint64(m_headers.size()) + quint64(fileSize - m_bodyOffset);
    return {};
}

void ContentStream::stuff(const QByteArray &bytes, QByteArray &out)
{
    if (bytes.isEmpty())
        return;
    out.reserve(out.size() + bytes.size() + bytes.size() / 64 + 1);
    for (const char c : bytes) {
        if (m_atLineStart && c == '.')
            out += '.';
        out += c;
        m_atLineStart = c == '\n';
    }
    m_empty = false;
    m_beforeLast = bytes.size() >= 2 ? bytes.at(bytes.size() - 2) : m_last;
    m_last = bytes.back();
}

Core::Result<QByteArray> ContentStream::next()
{
    QByteArray out;
    if (m_finished)
        return out;
    if (!m_headersSent) {
        m_headersSent = true;
        stuff(m_headers, out);
        if (!out.isEmpty())
            return out;
    }
    const QByteArray chunk = m_body.read(m_chunkSize);
    if (m_body.error() != QFileDevice::NoError)
        return Core::Error::failed(u"Cannot read the message body '%1': %2."_s.arg(m_bodyPath, m_body.errorString()));
    if (!chunk.isEmpty()) {
        stuff(chunk, out);
        return out;
    }
    // End of the file: the terminator, on a line of its own (RFC 5321 4.1.1.4).
    if (!m_empty && !(m_beforeLast == '\r' && m_last == '\n'))
        out += "\r\n";
    out += ".\r\n";
    m_finished = true;
    m_body.close();
    return out;
}

} // namespace Doorstep::Smtp

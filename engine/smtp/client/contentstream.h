#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Smtp {

/**
 * The DATA content of one message as it goes on the wire: the header block, then the spool
 * file from an offset, read in chunks (never the whole file in memory), dot-stuffed (RFC 5321
 * 4.5.2: a line that starts with "." gets one more) and ended with ".\r\n", after a CRLF when
 * the content does not end with one. Line endings are sent as the file has them: the spool
 * keeps CRLF. Each next() reads one chunk of a local file, as the spool does on the event loop.
 */
class ContentStream final
{
    Q_DISABLE_COPY_MOVE(ContentStream)

public:
    static constexpr qint64 kChunk = 64 * 1024;

    ContentStream(QByteArray headers, QString bodyPath, qint64 bodyOffset, qint64 chunkSize = kChunk);

    /** Opens the body file at its offset; the error names the file. */
    Core::Result<void> open();

    /** Header and body bytes as stored, before dot-stuffing: what MAIL FROM declares as SIZE. */
    quint64 size() const { return m_size; }

    /**
     * The next piece for the socket: the headers first, then one chunk of the body (at most
     * twice the chunk size once stuffed), the last one with the final ".\r\n". An error is a
     * read failure; the message on the wire is then incomplete.
     */
    Core::Result<QByteArray> next();

    /** The final ".\r\n" has been handed out. */
    bool atEnd() const { return m_finished; }

private:
    void stuff(const QByteArray &bytes, QByteArray &out);

    QByteArray m_headers;
    QString m_bodyPath;
    qint64 m_bodyOffset;
    qint64 m_chunkSize;
    QFile m_body;
    quint64 m_size = 0;
    bool m_headersSent = false;
    bool m_atLineStart = true;
    bool m_finished = false;
    bool m_empty = true;
    char m_last = 0;       // the content's last two bytes, for the CRLF before "."
    char m_beforeLast = 0;
};

} // namespace Doorstep::Smtp

#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "engine/core/result.h"
#include "engine/smtp/reply.h"

namespace Doorstep::Smtp {

class MessageSink;

/**
 * The DATA phase of one message, fed the raw bytes as they arrive. Strict about line ends:
 * only CRLF ends a line and only CRLF.CRLF ends the message; a bare LF or a bare CR is a
 * protocol violation that ends the session (no SMTP smuggling: CVE-2023-51764 and family),
 * because the bytes after it cannot be trusted to be either data or commands. Dot-stuffing is
 * undone. The header section is held (at most kMaxHeaderBytes) so that the session can add
 * Date and Message-ID where a submission lacks them; the body streams to the sink in blocks.
 * Size, line length (1000 octets, RFC 5321 4.5.3.1.6) and NUL bytes are checked as they come;
 * a message that breaks them is read to its end and then refused.
 */
class MessageReceiver final
{
public:
    enum class Status {
        NeedMore,        // consumed what it could; feed more bytes
        Complete,        // saw CRLF.CRLF; bytes after it are left for the command parser
        BareLineEnding,  // a bare LF or CR: the session must answer 521 and close
    };

    static constexpr qsizetype kMaxLine = 1000;        // octets, CRLF included
    static constexpr qsizetype kMaxHeaderBytes = 1 << 20;
    static constexpr qsizetype kWriteBlock = 64 * 1024;

    /**
     * @p prefix (the Received header) goes first; @p maxSize 0 = no limit;
     * @p addMissingHeaders: a submission, which gets Date/Message-ID when missing.
     */
    MessageReceiver(MessageSink &sink, QByteArray prefix, quint64 maxSize, bool addMissingHeaders, QString messageIdDomain);

    /**
     * A From: field (without its CRLF) to add when the header section has none: local
     * submission, whose programs often write no From: (RFC 5322 3.6 requires one).
     */
    void setMissingFrom(QByteArray field) { m_missingFrom = std::move(field); }

    /** Consumes from @p buffer starting at @p position (advanced past what was used). */
    Status feed(const QByteArray &buffer, qsizetype &position);

    /** After Complete: flushes to the sink; the error is an I/O failure (disk full). */
    Core::Result<void> finish();

    /** After Complete: the refusal of a message that broke a limit (@p maxSize as given), if it did. */
    std::optional<Reply> contentRefusal(quint64 maxSize) const;

    bool tooBig() const { return m_tooBig; }
    bool lineTooLong() const { return m_lineTooLong; }
    bool hasNul() const { return m_hasNul; }
    quint64 size() const { return m_size; }
    /** Complete lines received so far (a client that sends no complete line is stalled). */
    quint64 lines() const { return m_lines; }

private:
    void addLine(const QByteArray &line, qsizetype rawLength);
    void countDiscarded(qsizetype octets);
    void endHeaders();
    void output(const QByteArray &bytes);

    MessageSink &m_sink;
    quint64 m_maxSize;
    bool m_addMissingHeaders;
    QString m_messageIdDomain;
    QByteArray m_missingFrom;
    QByteArray m_headers;
    QByteArray m_out;
    bool m_inHeaders = true;
    bool m_hasDate = false;
    bool m_hasMessageId = false;
    bool m_hasFrom = false;
    bool m_tooBig = false;
    bool m_lineTooLong = false;
    bool m_hasNul = false;
    bool m_discarding = false; // inside an over-long line: skip to its end
    bool m_writeFailed = false;
    Core::Error m_writeError;
    quint64 m_size = 0;
    quint64 m_lines = 0;
};

} // namespace Doorstep::Smtp

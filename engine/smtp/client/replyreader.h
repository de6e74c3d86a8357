#pragma once

#include <optional>

#include <QByteArray>

#include "engine/core/result.h"
#include "engine/smtp/reply.h"

namespace Doorstep::Smtp {

/**
 * Splits what a remote SMTP server sends into replies (RFC 5321 4.2): "250-..." lines continue
 * a reply, "250 ..." (or a bare "250") ends it. An enhanced status code (RFC 2034, RFC 3463)
 * at the start of the text is taken out into Reply::status when its class matches the reply
 * code, whether or not the server announced ENHANCEDSTATUSCODES. Lenient where servers differ
 * harmlessly (a bare LF ends a line too, a continuation line with another code is taken as
 * is), strict where the stream cannot be trusted any more: a line that does not start with a
 * three-digit code from 2xx to 5xx, an over-long line, a reply of too many lines.
 */
class ReplyReader final
{
public:
    /** RFC 5321 4.5.3.1.5 allows 512 octets a reply line; some servers send more. */
    static constexpr qsizetype kMaxLine = 8192;
    static constexpr int kMaxLines = 256;

    /** Adds bytes as they arrive. */
    void append(const QByteArray &bytes);

    /**
     * The next complete reply, nullopt while it is incomplete. An error means the bytes are
     * not SMTP: the connection is of no further use.
     */
    Core::Result<std::optional<Reply>> next();

    /** True when bytes are buffered that are not yet part of a reply. */
    bool hasBufferedBytes() const { return m_pos < m_buffer.size(); }
    /** Forgets what is buffered (plaintext after a 220 to STARTTLS, RFC 3207 6). */
    void clear();

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
};

} // namespace Doorstep::Smtp

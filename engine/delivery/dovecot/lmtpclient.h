#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "engine/core/result.h"

class QLocalSocket;

namespace Doorstep::Delivery {

/** One LMTP reply (RFC 2033, like SMTP's): the code and the text lines joined. */
struct LmtpReply
{
    int code = 0;
    QString text; // every line's text, joined with spaces

    bool positive() const { return code >= 200 && code < 400; }
    bool permanent() const { return code >= 500; }
    /** "250 2.0.0 <alice@example.org> Saved" as it came. */
    QString line() const;
};

/**
 * A blocking LMTP client over a Unix socket (Dovecot's), for a delivery worker thread: never
 * use it on the event loop. Every wait is bounded; a timeout or a closed connection is an
 * error with a sentence.
 */
class LmtpClient final
{
public:
    explicit LmtpClient(int timeoutMs);
    ~LmtpClient();
    Q_DISABLE_COPY_MOVE(LmtpClient)

    /** Connects and reads the greeting (which must be 220). */
    Core::Result<void> connect(const QString &socketPath);
    /** Sends @p command (without CRLF) and reads its reply. */
    Core::Result<LmtpReply> command(const QByteArray &command);
    /**
     * Sends the message after a 354: @p headers (CRLF lines, ending with the empty line), then
     * the body of @p spoolPath from @p bodyOffset, dot-stuffed, then the final dot. Blocks on
     * the disk and the socket.
     */
    Core::Result<void> sendMessage(const QByteArray &headers, const QString &spoolPath, qint64 bodyOffset);
    /** Reads one reply (after the final dot, LMTP sends one per accepted recipient). */
    Core::Result<LmtpReply> readReply();

private:
    Core::Result<void> write(const QByteArray &data);
    Core::Result<QByteArray> readLine();

    int m_timeoutMs;
    std::unique_ptr<QLocalSocket> m_socket;
};

} // namespace Doorstep::Delivery

#pragma once

#include <optional>

#include <QByteArray>

#include "engine/smtp/reply.h"

class QIODevice;

namespace Doorstep::Smtp {

/**
 * What a session has read from its socket and not yet used, taken a command line at a time
 * (or by DATA's MessageReceiver). While a decision is pending the session pauses its input:
 * nothing more is read, the socket keeps the bytes (bounded by its read buffer), so that
 * pipelined commands are answered in order, one decision at a time (RFC 2920). ServerSession
 * and LocalSession share it.
 */
class SessionInput final
{
public:
    // Command lines: RFC 5321 allows 512 octets; AUTH responses may be longer (RFC 4954 4).
    static constexpr qsizetype kMaxCommandLine = 4096;

    explicit SessionInput(QIODevice &device) : m_device(device) {}

    /** Takes in what the socket has; false while paused (the socket keeps it). */
    bool read();
    bool paused() const { return m_paused; }
    void pause() { m_paused = true; }
    /**
     * Ends a pause and takes in what came meanwhile. True when the session must process it
     * now; false when its processing loop is running (a decision made at once, inside it) and
     * goes on by itself: no recursion.
     */
    bool resume();

    /** Brackets the session's processing loop; the end drops what was used. */
    void beginProcessing() { m_processing = true; }
    void endProcessing();

    /**
     * The next command line without its line end (CRLF, or a bare LF). A line longer than
     * kMaxCommandLine comes back at once as one over-long line, and the rest of it is dropped
     * up to its end as it arrives, so that its tail never runs as a command.
     */
    bool takeLine(QByteArray &line);
    /** The refusal of a command line that is too long or holds a NUL or a bare CR, if it is one. */
    static std::optional<Reply> refusalOf(const QByteArray &line);
    /** Bytes not yet used, here or still in the socket (a client talking out of turn). */
    bool hasUnread() const;
    /** A whole line waits behind the one at hand (pipelined). */
    bool hasCompleteLine() const { return m_buffer.indexOf('\n', m_position) >= 0; }
    /** Forgets everything read so far, here and in the socket (STARTTLS, CVE-2011-0411). */
    void clear();

    /** For DATA: MessageReceiver::feed(buffer(), position()). */
    const QByteArray &buffer() const { return m_buffer; }
    qsizetype &position() { return m_position; }

private:
    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    bool m_paused = false;
    bool m_processing = false;
    bool m_discarding = false; // inside an over-long command line
};

} // namespace Doorstep::Smtp

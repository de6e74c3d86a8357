#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include "ui/sendmail/bodybuffer.h"

namespace Doorstep::Ui::Sendmail {

/** One header field: its name in lower case and its lines (the first, then continuations). */
struct HeaderField
{
    QByteArray name;
    QList<QByteArray> lines; // without line ends
};

/** A message as doorstep-sendmail hands it to the engine: CRLF lines, header fields known. */
struct Message
{
    QList<HeaderField> headers;
    BodyBuffer body;  // the lines after the header section, CRLF-terminated and dot-stuffed
    quint64 size = 0; // what the engine will count: every line with its CRLF, not stuffed

    /** The addresses of the To, Cc and Bcc fields (sendmail -t). */
    QStringList headerRecipients() const;
    /** Drops every Bcc field: blind copies stay blind. */
    void removeBcc();
    /** The header section and the empty line after it, dot-stuffed for DATA. */
    QByteArray headerBytes() const;
};

/**
 * Turns a program's output into a Message, the way sendmail reads its standard input:
 * - any line end (LF, CRLF, or a lone CR) becomes CRLF;
 * - without -i, a line of a single "." ends the message;
 * - a leading mbox "From " line is dropped;
 * - the header section ends at the first empty line, or at the first line that is not a
 *   header field (then an empty line is put before it, so the engine adds its fields to the
 *   header section, not to the text);
 * - a line longer than SMTP allows (998 octets) is broken, a header field folded at white
 *   space, text lines between whole UTF-8 characters, so that long output still arrives;
 * - the header section may hold at most kMaxHeaderBytes, the message @p maxSize (0: any).
 */
class MessageReader final
{
public:
    enum class Status {
        Reading,      // wants more input
        Complete,     // a lone "." ended it (without -i) or finish() was called
        TooBig,       // larger than maxSize: stop reading
        HeaderTooBig, // a header section over kMaxHeaderBytes
        WriteFailed,  // the temporary file failed (message().body.errorString())
    };

    static constexpr qsizetype kMaxLine = 998; // octets before CRLF (RFC 5321 4.5.3.1.6)
    static constexpr qsizetype kMaxHeaderBytes = 1 << 20;

    MessageReader(bool ignoreDots, quint64 maxSize);

    /** Takes more input; the status says whether to go on. */
    Status feed(QByteArrayView bytes);
    /** The input ended (EOF): takes the last line if it had no line end. */
    Status finish();

    Status status() const { return m_status; }
    Message &message() { return m_message; }

private:
    void takeLine(QByteArray line);
    void addLine(const QByteArray &line);
    void addHeaderLine(const QByteArray &line, bool continuation);
    void addBodyLine(QByteArrayView line);
    void count(qsizetype octets);

    bool m_ignoreDots;
    quint64 m_maxSize;
    Status m_status = Status::Reading;
    Message m_message;
    QByteArray m_pending; // a line still without its end
    bool m_firstLine = true;
    bool m_inHeaders = true;
    qsizetype m_headerBytes = 0;
};

} // namespace Doorstep::Ui::Sendmail

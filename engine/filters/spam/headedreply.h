#pragma once

#include <QByteArray>
#include <QList>

namespace Doorstep::Filters {

/**
 * A reply made of a status line, header lines, an empty line and a body whose size its
 * Content-Length gives: what spamd (SPAMD/1.1) and rspamd (HTTP/1.1) both send. Lines end in
 * CRLF; a bare LF is accepted. Header names compare case-insensitively.
 */
struct HeadedReply
{
    bool headerComplete = false; // the empty line was seen
    QByteArray statusLine;
    QList<std::pair<QByteArray, QByteArray>> headers; // lower-case name, trimmed value
    QByteArray body; // as received; bodyOfLength() cuts it to Content-Length

    static HeadedReply parse(const QByteArray &bytes);

    /** The first header of that (lower-case) name, "" when there is none. */
    QByteArray header(QByteArrayView lowerName) const;
    /** The Content-Length, or -1 when there is none or it is not a number. */
    qsizetype contentLength() const;
    /** The header block is complete and the body has Content-Length bytes (false without one). */
    bool isComplete() const;
    /** The body cut to its Content-Length (the whole body without one). */
    QByteArray bodyOfLength() const;
};

} // namespace Doorstep::Filters

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

namespace Doorstep::Delivery {

/**
 * RFC 6376 3.4.2, "relaxed" header canonicalization of one field as it appears in a header
 * block ("Name : value" with its folding and line end): the name in lower case, the folding
 * undone, runs of spaces and tabs made one space, blanks around the colon and at the end of
 * the value removed, then CRLF: "name:value\r\n".
 */
QByteArray relaxedHeaderField(QByteArrayView field);

/**
 * RFC 6376 3.4.4, "relaxed" body canonicalization, fed in chunks of any size (the body is
 * streamed from the spool file): blanks at the end of lines removed, runs of spaces and tabs
 * inside lines made one space, empty lines at the end of the body removed, and a non-empty
 * body ending with CRLF. An empty body stays empty. Only CRLF ends a line; a bare CR or LF is
 * text (the engine refuses them at DATA anyway).
 */
class RelaxedBodyCanonicalizer final
{
public:
    /** The canonical bytes that @p chunk completes; some may wait for the next chunk. */
    QByteArray add(QByteArrayView chunk);
    /** The rest, at the end of the body. */
    QByteArray finish();

private:
    void text(char c, QByteArray &out);

    qsizetype m_pendingLineEnds = 0; // CRLFs that only count when more text follows
    bool m_pendingBlank = false;     // a run of blanks inside a line
    bool m_pendingCr = false;        // a CR that may start a CRLF
    bool m_anyText = false;
};

/** The SHA-256 of the relaxed canonical body: the bh= tag, not yet in base64. */
class RelaxedBodyHash final
{
public:
    RelaxedBodyHash();
    void add(QByteArrayView chunk);
    QByteArray finish();

private:
    RelaxedBodyCanonicalizer m_canonicalizer;
    QCryptographicHash m_hash;
};

} // namespace Doorstep::Delivery

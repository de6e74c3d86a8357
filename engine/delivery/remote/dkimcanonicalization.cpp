#include "engine/delivery/remote/dkimcanonicalization.h"

namespace Doorstep::Delivery {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

QByteArray relaxedHeaderField(QByteArrayView field)
{
    const qsizetype colon = field.indexOf(':');
    QByteArrayView name = colon < 0 ? field : field.first(colon);
    while (!name.isEmpty() && isBlank(name.back()))
        name.chop(1);
    QByteArray out = name.toByteArray().toLower();
    out += ':';
    bool blank = false;
    bool started = false;
    for (const char c : colon < 0 ? QByteArrayView() : field.sliced(colon + 1)) {
        if (c == '\r' || c == '\n')
            continue; // unfolding: the blank after a line end stays
        if (isBlank(c)) {
            blank = true;
            continue;
        }
        if (blank && started)
            out += ' ';
        blank = false;
        started = true;
        out += c;
    }
    out += "\r\n";
    return out;
}

void RelaxedBodyCanonicalizer::text(char c, QByteArray &out)
{
    for (; m_pendingLineEnds > 0; --m_pendingLineEnds)
        out += "\r\n";
    if (m_pendingBlank)
        out += ' ';
    m_pendingBlank = false;
    out += c;
    m_anyText = true;
}

QByteArray RelaxedBodyCanonicalizer::add(QByteArrayView chunk)
{
    QByteArray out;
    out.reserve(chunk.size());
    for (const char c : chunk) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n') {
                // The end of a line: its trailing blanks go; the CRLF waits for more text.
                m_pendingBlank = false;
                ++m_pendingLineEnds;
                continue;
            }
            text('\r', out);
        }
        if (c == '\r')
            m_pendingCr = true;
        else if (isBlank(c))
            m_pendingBlank = true;
        else
            text(c, out);
    }
    return out;
}

QByteArray RelaxedBodyCanonicalizer::finish()
{
    QByteArray out;
    if (m_pendingCr)
        text('\r', out);
    m_pendingCr = false;
    m_pendingBlank = false;
    m_pendingLineEnds = 0;
    if (m_anyText)
        out += "\r\n";
    m_anyText = false;
    return out;
}

RelaxedBodyHash::RelaxedBodyHash()
    : m_hash(QCryptographicHash::Sha256)
{
}

void RelaxedBodyHash::add(QByteArrayView chunk)
{
    m_hash.addData(m_canonicalizer.add(chunk));
}

QByteArray RelaxedBodyHash::finish()
{
    m_hash.addData(m_canonicalizer.finish());
    return m_hash.result();
}

} // namespace Doorstep::Delivery

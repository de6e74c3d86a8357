#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace Doorstep::Delivery {

/**
 * The DKIM-Signature header field (RFC 6376 3.5) of one signature with c=relaxed/relaxed, in
 * two steps: unsignedField() is the field with an empty b= tag, signingInput() is what the
 * key signs (the fields named in h=, then that field, both canonicalized, RFC 6376 3.7), and
 * complete() appends the signature. No OpenSSL here: DkimKey::sign() does the signing.
 */
struct DkimSignature
{
    /** The header fields signed when present, in this order (h=). */
    static const QByteArrayList SignedFields;

    QString algorithm; // a=: "rsa-sha256" or "ed25519-sha256"
    QString domain;    // d=
    QString selector;  // s=
    quint64 timestamp = 0;    // t=: seconds since the epoch
    QByteArray bodyHash;      // bh=: the SHA-256 of the canonical body, raw
    QByteArrayList signedFields; // h=: lower-case names, one per signed occurrence

    /**
     * The h= list for @p headers: each field of SignedFields once per occurrence, and From
     * once more, so that a From field added on the way fails the signature (RFC 6376 8.15).
     */
    static QByteArrayList fieldsToSign(QByteArrayView headers);

    /** "DKIM-Signature: v=1; a=…; … bh=…;\r\n\tb=" folded, without the final line end. */
    QByteArray unsignedField() const;

    /**
     * RFC 6376 3.7: for each name in signedFields the last not yet used field of that name in
     * @p headers (bottom up; none adds nothing), relaxed, then unsignedField() relaxed without
     * its CRLF.
     */
    QByteArray signingInput(QByteArrayView headers) const;

    /** The whole field: unsignedField() with @p signature in base64, folded, and CRLF. */
    QByteArray complete(const QByteArray &signature) const;
};

} // namespace Doorstep::Delivery

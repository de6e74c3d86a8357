#pragma once

#include <QByteArray>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Tls {

/** The two DKIM key types the engine makes: RSA 2048 (RFC 6376) and Ed25519 (RFC 8463). */
enum class DkimAlgorithm {
    Rsa,
    Ed25519,
};

/**
 * One DKIM signing key of a domain and selector: the private key (PKCS#8 PEM, as it is stored
 * in DATA/dkim) and what the domain publishes in DNS. The header is plain Qt; the OpenSSL work
 * (generate, sign) happens in the .cpp, and both are slow enough (RSA key generation takes tens
 * to hundreds of milliseconds) that they run on a worker thread, never on the event loop.
 */
struct DkimKey
{
    static constexpr int RsaBits = 2048;

    DkimAlgorithm algorithm = DkimAlgorithm::Rsa;
    QString domain;   // lower case, no trailing dot
    QString selector; // lower case
    QByteArray privateKeyPem;
    /** RSA: the DER SubjectPublicKeyInfo; Ed25519: the raw 32-byte key (RFC 8463 4.2). */
    QByteArray publicKey;

    bool isNull() const { return privateKeyPem.isEmpty(); }
    /** "rsa" or "ed25519": the k= tag of the record. */
    QString keyType() const;
    /** "rsa-sha256" or "ed25519-sha256": the a= tag of a signature. */
    QString signatureAlgorithm() const;
    /** Where the record is published: "SELECTOR._domainkey.DOMAIN". */
    QString dnsName() const;
    /** The TXT record to publish, as one string: "v=DKIM1; k=rsa; p=MIIB…". */
    QString txtRecord() const;

    /** A new key for @p domain and @p selector (worker thread). */
    static Core::Result<DkimKey> generate(DkimAlgorithm algorithm, const QString &domain, const QString &selector);
    /**
     * The key in @p pem, which must be of @p algorithm; @p what names its file in the middle
     * of a sentence. The public key is derived from it.
     */
    static Core::Result<DkimKey> fromPem(DkimAlgorithm algorithm, const QString &domain, const QString &selector, const QByteArray &pem,
                                         const QString &what);

    /**
     * The signature (the b= value, not yet base64) over @p signingInput, the canonicalized
     * header fields and DKIM-Signature field (RFC 6376 3.7): RSASSA-PKCS1-v1_5 with SHA-256,
     * or for Ed25519 PureEdDSA over the SHA-256 digest of the input (RFC 8463 3).
     */
    Core::Result<QByteArray> sign(const QByteArray &signingInput) const;
};

/** "rsa" or "ed25519" (file names and record k= tags). */
QString dkimKeyTypeName(DkimAlgorithm algorithm);

} // namespace Doorstep::Tls

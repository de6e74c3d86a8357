#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include "engine/core/result.h"
#include "engine/tls/certificatesource.h"

namespace Doorstep::Tls {

/**
 * What the Certificates page and `doorstepctl cert show` display about a certificate: a value
 * read once from the PEM text (no OpenSSL objects kept). A default-constructed info is null:
 * there is no certificate.
 */
struct CertificateInfo
{
    CertificateSource source = CertificateSource::SelfSigned;
    /** RFC 2253 form, most specific first: "CN=mail.example.org,O=Doorstep". */
    QString subject;
    /** subjectAltName entries: DNS names, then IP addresses, each in certificate order. */
    QStringList names;
    /** RFC 2253 form; equal to subject for a self-signed certificate. */
    QString issuer;
    /** Validity window, UTC. */
    QDateTime notBefore;
    QDateTime notAfter;
    /** SHA-256 of the DER certificate as colon-separated upper-case hex ("AB:12:…"), as `openssl x509 -fingerprint -sha256` prints it. */
    QString fingerprintSha256;
    /** "RSA", "EC", "Ed25519", "Ed448", or OpenSSL's short name for anything else. */
    QString keyType;
    int keyBits = 0;
    /** The certificate verifies with its own key (issued by itself). */
    bool selfSigned = false;
    /** For source acme: the ACME directory it came from (from meta.json, not the PEM). */
    QString acmeDirectory;

    bool isNull() const { return fingerprintSha256.isEmpty(); }

    /** Whole days from @p now until notAfter; negative once expired. */
    qint64 daysUntilExpiry(const QDateTime &now) const;

    /**
     * The `a{sv}` of Certificates.Current; empty for a null info. Keys (never renamed, see
     * resources/dbus): "source" (s: self-signed, imported, acme), "subject" (s, RFC 2253),
     * "names" (as), "issuer" (s), "not_before" and "not_after" (t, microseconds since the
     * epoch), "fingerprint_sha256" (s), "key" (s: RSA, EC, Ed25519, ...), "key_bits" (u),
     * "self_signed" (b), "acme_directory" (s, "" unless source acme).
     */
    QVariantMap toVariantMap() const;

    /** Reads the first certificate of @p pem; the error names @p what ("the certificate"). */
    static Core::Result<CertificateInfo> fromPem(const QByteArray &pem, CertificateSource source,
                                                 const QString &what = QStringLiteral("the certificate"));
};

} // namespace Doorstep::Tls

#pragma once

// Private to engine/tls (OpenSSL types in the signatures): see opensslptr.h.

#include <vector>

#include <QByteArray>
#include <QString>

#include "engine/core/result.h"
#include "engine/tls/opensslptr.h"

namespace Doorstep::Tls {

/**
 * PEM text to OpenSSL objects and back. Reading never prompts for a passphrase (an encrypted
 * key is refused), and every failure carries OpenSSL's reason. @p what names the input in
 * the middle of a sentence ("the certificate in '/var/lib/doorstep/tls/cert.pem'").
 */
class PemCodec final
{
public:
    /** The first certificate in @p pem. */
    static Core::Result<X509Ptr> readCertificate(const QByteArray &pem, const QString &what);
    /** Every certificate in @p pem, in order; empty for empty (or whitespace-only) text. */
    static Core::Result<std::vector<X509Ptr>> readCertificates(const QByteArray &pem, const QString &what);
    /** An unencrypted private key (PKCS#8 "PRIVATE KEY" or the traditional RSA/EC forms). */
    static Core::Result<EvpPkeyPtr> readPrivateKey(const QByteArray &pem, const QString &what);

    static Core::Result<QByteArray> writeCertificate(X509 *certificate);
    /** PKCS#8 ("BEGIN PRIVATE KEY"), unencrypted: the file's mode 0600 protects it. */
    static Core::Result<QByteArray> writePrivateKey(EVP_PKEY *key);

    /** "The certificate …" from "the certificate …": the start of a sentence. */
    static QString sentenceStart(const QString &what);
};

} // namespace Doorstep::Tls

#pragma once

#include <QByteArray>
#include <QStringList>

#include "engine/core/result.h"

namespace Doorstep::Tls {

/**
 * A certificate signing request (PKCS#10) with the new private key it is for: what
 * Certificates.CreateRequest hands to a person buying a certificate, and what the ACME client
 * sends to finalize an order. RSA 2048 like the self-signed certificate (README.md), SHA-256,
 * subject CN = the first name, every name in subjectAltName. Key generation is slow: call
 * generate() on a worker thread.
 */
struct SigningRequest
{
    /** PKCS#8 PEM of the new key. */
    QByteArray privateKeyPem;
    /** "BEGIN CERTIFICATE REQUEST" PEM. */
    QByteArray requestPem;
    /** The same request as DER (ACME's finalize wants it base64url-encoded). */
    QByteArray requestDer;

    /**
     * SelfSignedCertificate::normalizeNames, plus wildcard names ("*.example.org": a star for
     * one whole left-most label over a domain of at least two labels), which a CA may issue.
     */
    static Core::Result<QStringList> normalizeNames(const QStringList &names);

    /** A request for @p names (see normalizeNames()); the first is the CN. */
    static Core::Result<SigningRequest> generate(const QStringList &names);
};

} // namespace Doorstep::Tls

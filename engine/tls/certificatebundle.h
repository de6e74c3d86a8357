#pragma once

#include <QByteArray>
#include <QString>

#include "engine/core/result.h"
#include "engine/tls/certificateinfo.h"

namespace Doorstep::Tls {

/**
 * A server certificate with its private key and optional intermediate chain, as PEM text:
 * what the files of DATA/tls hold and what Certificates.Import will receive.
 */
struct CertificateBundle
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    /** Intermediate certificates, leaf's issuer first; empty when there are none. */
    QByteArray chainPem;

    /** How error sentences name the three parts, mid-sentence ("the certificate in '…'"). */
    struct Labels
    {
        QString certificate = QStringLiteral("the certificate");
        QString privateKey = QStringLiteral("the private key");
        QString chain = QStringLiteral("the chain");
    };

    /**
     * Parses all three parts, checks that the private key belongs to the certificate, and
     * describes the certificate. The error is one sentence naming the part at fault.
     */
    Core::Result<CertificateInfo> inspect(CertificateSource source, const Labels &labels) const;
    Core::Result<CertificateInfo> inspect(CertificateSource source) const { return inspect(source, Labels{}); }
};

} // namespace Doorstep::Tls

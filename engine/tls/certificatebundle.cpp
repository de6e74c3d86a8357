#include "engine/tls/certificatebundle.h"

#include <openssl/x509.h>

#include "engine/tls/opensslerror.h"
#include "engine/tls/pemcodec.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

Result<CertificateInfo> CertificateBundle::inspect(CertificateSource source, const Labels &labels) const
{
    auto certificate = PemCodec::readCertificate(certificatePem, labels.certificate);
    if (!certificate)
        return certificate.error();
    auto key = PemCodec::readPrivateKey(privateKeyPem, labels.privateKey);
    if (!key)
        return key.error();
    auto chain = PemCodec::readCertificates(chainPem, labels.chain);
    if (!chain)
        return chain.error();

    // Compares the public halves (the key pair's public key with the certificate's).
    OpenSslError::clear();
    if (X509_check_private_key(certificate.value().get(), key.value().get()) != 1) {
        OpenSslError::clear();
        return Error::invalidArgument(
            u"%1 does not match %2."_s.arg(PemCodec::sentenceStart(labels.privateKey), labels.certificate));
    }
    return CertificateInfo::fromPem(certificatePem, source, labels.certificate);
}

} // namespace Doorstep::Tls

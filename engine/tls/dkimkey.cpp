#include "engine/tls/dkimkey.h"

#include <QCryptographicHash>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include "engine/tls/opensslerror.h"
#include "engine/tls/opensslptr.h"
#include "engine/tls/pemcodec.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

using MdContextPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;

int opensslType(DkimAlgorithm algorithm)
{
    return algorithm == DkimAlgorithm::Rsa ? EVP_PKEY_RSA : EVP_PKEY_ED25519;
}

Result<QByteArray> publicKeyOf(DkimAlgorithm algorithm, EVP_PKEY *key)
{
    OpenSslError::clear();
    if (algorithm == DkimAlgorithm::Ed25519) {
        size_t length = 0;
        if (EVP_PKEY_get_raw_public_key(key, nullptr, &length) != 1)
            return OpenSslError::failed(u"Reading the Ed25519 public key"_s);
        QByteArray raw(qsizetype(length), '\0');
        if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(raw.data()), &length) != 1)
            return OpenSslError::failed(u"Reading the Ed25519 public key"_s);
        return raw;
    }
    const int length = i2d_PUBKEY(key, nullptr);
    if (length <= 0)
        return OpenSslError::failed(u"Encoding the RSA public key"_s);
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PUBKEY(key, &out) != length)
        return OpenSslError::failed(u"Encoding the RSA public key"_s);
    return der;
}

} // namespace

QString dkimKeyTypeName(DkimAlgorithm algorithm)
{
    return algorithm == DkimAlgorithm::Rsa ? u"rsa"_s : u"ed25519"_s;
}

QString DkimKey::keyType() const
{
    return dkimKeyTypeName(algorithm);
}

QString DkimKey::signatureAlgorithm() const
{
    return keyType() + u"-sha256"_s;
}

QString DkimKey::dnsName() const
{
    return u"%1._domainkey.%2"_s.arg(selector, domain);
}

QString DkimKey::txtRecord() const
{
    return u"v=DKIM1; k=%1; p=%2"_s.arg(keyType(), QString::fromLatin1(publicKey.toBase64()));
}

Result<DkimKey> DkimKey::generate(DkimAlgorithm algorithm, const QString &domain, const QString &selector)
{
    OpenSslError::clear();
    EvpPkeyPtr key(algorithm == DkimAlgorithm::Rsa ? EVP_RSA_gen(RsaBits) : EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key)
        return OpenSslError::failed(u"Generating the DKIM %1 key of %2"_s.arg(dkimKeyTypeName(algorithm), domain));
    auto pem = PemCodec::writePrivateKey(key.get());
    if (!pem)
        return pem.error();
    auto publicKey = publicKeyOf(algorithm, key.get());
    if (!publicKey)
        return publicKey.error();
    return DkimKey{algorithm, domain, selector, pem.value(), publicKey.value()};
}

Result<DkimKey> DkimKey::fromPem(DkimAlgorithm algorithm, const QString &domain, const QString &selector, const QByteArray &pem,
                                 const QString &what)
{
    auto key = PemCodec::readPrivateKey(pem, what);
    if (!key)
        return key.error();
    if (EVP_PKEY_get_base_id(key->get()) != opensslType(algorithm))
        return Error::failed(u"%1 is not an %2 key."_s.arg(PemCodec::sentenceStart(what), dkimKeyTypeName(algorithm).toUpper()));
    auto publicKey = publicKeyOf(algorithm, key->get());
    if (!publicKey)
        return publicKey.error();
    return DkimKey{algorithm, domain, selector, pem, publicKey.value()};
}

Result<QByteArray> DkimKey::sign(const QByteArray &signingInput) const
{
    auto key = PemCodec::readPrivateKey(privateKeyPem, u"the DKIM key of %1"_s.arg(domain));
    if (!key)
        return key.error();
    // RFC 8463 3: Ed25519 signs the SHA-256 digest of the input, RSA the input with SHA-256.
    const QByteArray message = algorithm == DkimAlgorithm::Ed25519 ? QCryptographicHash::hash(signingInput, QCryptographicHash::Sha256)
                                                                   : signingInput;
    OpenSslError::clear();
    MdContextPtr context(EVP_MD_CTX_new());
    if (!context || EVP_DigestSignInit(context.get(), nullptr, algorithm == DkimAlgorithm::Rsa ? EVP_sha256() : nullptr, nullptr, key->get()) != 1)
        return OpenSslError::failed(u"Preparing the DKIM signature"_s);
    const auto *data = reinterpret_cast<const unsigned char *>(message.constData());
    size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, data, size_t(message.size())) != 1)
        return OpenSslError::failed(u"Signing with the DKIM key"_s);
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, data, size_t(message.size())) != 1)
        return OpenSslError::failed(u"Signing with the DKIM key"_s);
    signature.truncate(qsizetype(length));
    return signature;
}

} // namespace Doorstep::Tls

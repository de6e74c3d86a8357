#include "engine/tls/acmeaccountkey.h"

#include <array>
#include <cerrno>
#include <sys/stat.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

#include "engine/tls/atomicfile.h"
#include "engine/tls/opensslerror.h"
#include "engine/tls/opensslptr.h"
#include "engine/tls/pemcodec.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

// P-256 coordinates and ES256 signature halves are 32 octets each (RFC 7518 3.4, 6.2.1.2).
constexpr int CoordinateBytes = 32;

struct EcdsaSigDeleter
{
    void operator()(ECDSA_SIG *signature) const { ECDSA_SIG_free(signature); }
};

Result<QByteArray> coordinate(const EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return OpenSslError::failed(u"Reading the account key's public point"_s);
    BignumPtr value(raw);
    QByteArray bytes(CoordinateBytes, '\0');
    if (BN_bn2binpad(value.get(), reinterpret_cast<unsigned char *>(bytes.data()), CoordinateBytes) != CoordinateBytes)
        return OpenSslError::failed(u"Encoding the account key's public point"_s);
    return bytes;
}

} // namespace

struct AcmeAccountKey::Key
{
    EvpPkeyPtr pkey;
};

AcmeAccountKey::AcmeAccountKey(std::unique_ptr<Key> key)
    : m_key(std::move(key))
{
}

AcmeAccountKey::AcmeAccountKey(AcmeAccountKey &&) noexcept = default;
AcmeAccountKey &AcmeAccountKey::operator=(AcmeAccountKey &&) noexcept = default;
AcmeAccountKey::~AcmeAccountKey() = default;

QByteArray AcmeAccountKey::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<AcmeAccountKey> AcmeAccountKey::fromPem(const QByteArray &pem)
{
    auto read = PemCodec::readPrivateKey(pem, u"the ACME account key"_s);
    if (!read)
        return read.error();
    EvpPkeyPtr pkey = std::move(read).value();
    char group[32] = {};
    if (EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_EC
        || EVP_PKEY_get_utf8_string_param(pkey.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, nullptr) != 1
        || QByteArray(group) != "prime256v1") {
        OpenSslError::clear();
        return Error::failed(u"The ACME account key is not an EC P-256 key."_s);
    }
    auto x = coordinate(pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X);
    if (!x)
        return x.error();
    auto y = coordinate(pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y);
    if (!y)
        return y.error();

    AcmeAccountKey key(std::make_unique<Key>(Key{std::move(pkey)}));
    // QJsonObject keeps its keys sorted and Compact has no whitespace: exactly RFC 7638's
    // canonical form for the required members crv, kty, x, y.
    key.m_jwk = QJsonObject{
        {u"crv"_s, u"P-256"_s},
        {u"kty"_s, u"EC"_s},
        {u"x"_s, QString::fromLatin1(base64Url(x.value()))},
        {u"y"_s, QString::fromLatin1(base64Url(y.value()))},
    };
    const QByteArray canonical = QJsonDocument(key.m_jwk).toJson(QJsonDocument::Compact);
    key.m_thumbprint = QString::fromLatin1(base64Url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
    return key;
}

Result<AcmeAccountKey> AcmeAccountKey::loadOrCreate(const QString &path)
{
    if (QFileInfo::exists(path)) {
        auto pem = AtomicFile::read(path);
        if (!pem)
            return pem.error();
        auto key = fromPem(pem.value());
        if (!key)
            return Error::failed(u"Cannot use ACME account key '%1': %2"_s.arg(path, key.error().message));
        return key;
    }
    const QString directory = QFileInfo(path).absolutePath();
    if (::mkdir(QFile::encodeName(directory).constData(), 0700) != 0 && errno != EEXIST)
        return Error::failed(u"Could not create directory '%1': %2."_s.arg(directory, qt_error_string(errno)));
    OpenSslError::clear();
    EvpPkeyPtr pkey(EVP_EC_gen("P-256"));
    if (!pkey)
        return OpenSslError::failed(u"Generating the ACME account key"_s);
    auto pem = PemCodec::writePrivateKey(pkey.get());
    if (!pem)
        return pem.error();
    if (auto written = AtomicFile::write(path, pem.value(), 0600); !written)
        return written.error();
    return fromPem(pem.value());
}

Result<QByteArray> AcmeAccountKey::sign(const QByteArray &data) const
{
    OpenSslError::clear();
    EvpMdCtxPtr context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key->pkey.get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
               != 1) {
        return OpenSslError::failed(u"Signing an ACME request"_s);
    }
    QByteArray der(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(der.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
        != 1) {
        return OpenSslError::failed(u"Signing an ACME request"_s);
    }
    // OpenSSL gives a DER ECDSA-Sig-Value; JWS wants R and S as two fixed-size octet strings.
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<ECDSA_SIG, EcdsaSigDeleter> signature(d2i_ECDSA_SIG(nullptr, &in, long(length)));
    if (!signature)
        return OpenSslError::failed(u"Decoding an ECDSA signature"_s);
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(signature.get(), &r, &s);
    QByteArray raw(2 * CoordinateBytes, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, CoordinateBytes) != CoordinateBytes || BN_bn2binpad(s, out + CoordinateBytes, CoordinateBytes) != CoordinateBytes)
        return OpenSslError::failed(u"Encoding an ES256 signature"_s);
    return raw;
}

Result<QByteArray> AcmeAccountKey::signRequest(const QString &url, const QString &nonce, const QString &keyId,
                                               const QByteArray &payload) const
{
    QJsonObject header{{u"alg"_s, u"ES256"_s}, {u"nonce"_s, nonce}, {u"url"_s, url}};
    if (keyId.isEmpty())
        header.insert(u"jwk"_s, m_jwk);
    else
        header.insert(u"kid"_s, keyId);
    const QByteArray protectedPart = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact));
    const QByteArray payloadPart = payload.isNull() ? QByteArray("") : base64Url(payload);
    auto signature = sign(protectedPart + '.' + payloadPart);
    if (!signature)
        return signature.error();
    const QJsonObject jws{
        {u"protected"_s, QString::fromLatin1(protectedPart)},
        {u"payload"_s, QString::fromLatin1(payloadPart)},
        {u"signature"_s, QString::fromLatin1(base64Url(signature.value()))},
    };
    return QJsonDocument(jws).toJson(QJsonDocument::Compact);
}

} // namespace Doorstep::Tls

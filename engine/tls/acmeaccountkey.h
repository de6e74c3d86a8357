#pragma once

#include <memory>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Tls {

/**
 * The ACME account's key pair (EC P-256, JWS algorithm ES256, RFC 7518 3.4) and the JWS
 * signing of requests with it (RFC 8555 6.2). The key lives in DATA/acme/account.key (0600)
 * so that the engine keeps one account at the CA; load() makes it the first time.
 */
class AcmeAccountKey final
{
public:
    /** Reads @p path, or makes a new key and stores it there (directory 0700, file 0600). Blocks on the disk. */
    static Core::Result<AcmeAccountKey> loadOrCreate(const QString &path);
    /** A key from PKCS#8 PEM. */
    static Core::Result<AcmeAccountKey> fromPem(const QByteArray &pem);

    AcmeAccountKey(AcmeAccountKey &&) noexcept;
    AcmeAccountKey &operator=(AcmeAccountKey &&) noexcept;
    ~AcmeAccountKey();

    /** The public key as a JWK (RFC 7517): {"crv": "P-256", "kty": "EC", "x": …, "y": …}. */
    const QJsonObject &jwk() const { return m_jwk; }
    /** base64url(SHA-256 of the JWK's canonical JSON), RFC 7638: the second half of a key authorization. */
    const QString &thumbprint() const { return m_thumbprint; }

    /**
     * The flattened JWS JSON of RFC 8555 6.2 for @p url: protected header with alg ES256,
     * @p nonce, @p url, and either "kid" (@p keyId, once the account exists) or the JWK; the
     * payload is @p payload, or empty for a POST-as-GET when @p payload is null.
     */
    Core::Result<QByteArray> signRequest(const QString &url, const QString &nonce, const QString &keyId,
                                         const QByteArray &payload) const;

    /** base64url without padding (RFC 4648 5), as JWS and ACME use it throughout. */
    static QByteArray base64Url(const QByteArray &data);

private:
    struct Key;
    explicit AcmeAccountKey(std::unique_ptr<Key> key);
    Core::Result<QByteArray> sign(const QByteArray &data) const;

    std::unique_ptr<Key> m_key;
    QJsonObject m_jwk;
    QString m_thumbprint;
};

} // namespace Doorstep::Tls

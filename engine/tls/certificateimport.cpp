#include "engine/tls/certificateimport.h"

#include <vector>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "engine/tls/opensslerror.h"
#include "engine/tls/opensslptr.h"
#include "engine/tls/pemcodec.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

QString subjectOf(X509 *certificate)
{
    auto pem = PemCodec::writeCertificate(certificate);
    auto info = pem ? CertificateInfo::fromPem(pem.value(), CertificateSource::Imported) : Result<CertificateInfo>(pem.error());
    return info ? info.value().subject : u"(unreadable)"_s;
}

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

bool keyMatches(X509 *certificate, const QByteArray &keyPem)
{
    auto key = PemCodec::readPrivateKey(keyPem, u"the key"_s);
    if (!key)
        return false;
    OpenSslError::clear();
    const bool matches = X509_check_private_key(certificate, key.value().get()) == 1;
    OpenSslError::clear();
    return matches;
}

bool issued(X509 *issuer, X509 *subject)
{
    // Names, key identifiers and the signature (X509_check_issued does not verify it).
    if (X509_check_issued(issuer, subject) != X509_V_OK)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(issuer);
    const bool verified = key && X509_verify(subject, key) == 1;
    OpenSslError::clear();
    return verified;
}

Result<QByteArray> pemOf(const std::vector<X509Ptr> &certificates, size_t from)
{
    QByteArray pem;
    for (size_t i = from; i < certificates.size(); ++i) {
        auto one = PemCodec::writeCertificate(certificates[i].get());
        if (!one)
            return one.error();
        pem += one.value();
    }
    return pem;
}

} // namespace

bool CertificateImport::nameCovers(const QString &pattern, const QString &hostName)
{
    const QString name = hostName.toLower();
    const QString wanted = pattern.toLower();
    if (wanted == name)
        return true;
    // RFC 6125 6.4.3: "*" stands for exactly one whole left-most label, never a dot.
    if (!wanted.startsWith(u"*."_s))
        return false;
    const qsizetype dot = name.indexOf(u'.');
    return dot > 0 && name.mid(dot) == wanted.mid(1) && wanted.count(u'.') >= 2;
}

Result<CertificateImport::Accepted> CertificateImport::validate(const CertificateBundle &given, const QByteArray &pendingKeyPem,
                                                                const QString &hostName, const QDateTime &now)
{
    for (const auto &[part, text] : {std::pair{u"certificate"_s, &given.certificatePem}, std::pair{u"private key"_s, &given.privateKeyPem},
                                     std::pair{u"chain"_s, &given.chainPem}}) {
        if (text->size() >= MaxPemBytes)
            return Error::invalidArgument(u"The %1 must be smaller than 1 MiB, not %2 bytes."_s.arg(part).arg(text->size()));
    }
    if (given.certificatePem.trimmed().isEmpty())
        return Error::invalidArgument(u"No certificate was given: paste the PEM text that starts with -----BEGIN CERTIFICATE-----."_s);
    auto certificates = PemCodec::readCertificates(given.certificatePem, u"the certificate"_s);
    if (!certificates)
        return certificates.error();
    std::vector<X509Ptr> chain;
    const bool chainGiven = !given.chainPem.trimmed().isEmpty();
    if (chainGiven) {
        auto read = PemCodec::readCertificates(given.chainPem, u"the chain"_s);
        if (!read)
            return read.error();
        chain = std::move(read).value();
        if (certificates.value().size() > 1) {
            return Error::invalidArgument(u"The certificate text holds %1 certificates and a chain was given too: give the "
                                          "certificate alone with its chain, or the full chain alone."_s.arg(certificates.value().size()));
        }
    } else {
        // A full chain (certbot's fullchain.pem): the certificate first, then its chain.
        for (size_t i = 1; i < certificates.value().size(); ++i)
            chain.push_back(std::move(certificates.value()[i]));
    }
    X509 *leaf = certificates.value().front().get();

    Accepted accepted;
    auto leafPem = PemCodec::writeCertificate(leaf);
    if (!leafPem)
        return leafPem.error();
    accepted.bundle.certificatePem = leafPem.value();
    auto chainPem = pemOf(chain, 0);
    if (!chainPem)
        return chainPem.error();
    accepted.bundle.chainPem = chainPem.value();

    // The key: given, or the one CreateRequest made for this certificate.
    if (given.privateKeyPem.trimmed().isEmpty()) {
        if (pendingKeyPem.isEmpty()) {
            return Error::invalidArgument(u"No private key was given, and there is no pending key from a certificate request "
                                          "(Certificates.CreateRequest): give the key that belongs to the certificate."_s);
        }
        if (!keyMatches(leaf, pendingKeyPem)) {
            return Error::invalidArgument(u"No private key was given, and the key of the last certificate request "
                                          "(Certificates.CreateRequest) does not belong to this certificate: give its key."_s);
        }
        accepted.bundle.privateKeyPem = pendingKeyPem;
        accepted.usedPendingKey = true;
    } else {
        auto key = PemCodec::readPrivateKey(given.privateKeyPem, u"the private key"_s);
        if (!key)
            return key.error();
        if (!keyMatches(leaf, given.privateKeyPem))
            return Error::invalidArgument(u"The private key does not belong to the certificate: give the key the certificate was requested with."_s);
        accepted.bundle.privateKeyPem = given.privateKeyPem;
    }

    auto info = CertificateInfo::fromPem(accepted.bundle.certificatePem, CertificateSource::Imported);
    if (!info)
        return info.error();
    accepted.info = info.value();
    if (accepted.info.keyType != u"RSA"_s && accepted.info.keyType != u"EC"_s) {
        return Error::invalidArgument(
            u"The certificate has a %1 key; accepted are RSA and EC keys, which every mail client can use."_s.arg(accepted.info.keyType));
    }

    bool covered = false;
    for (const QString &name : std::as_const(accepted.info.names))
        covered = covered || nameCovers(name, hostName);
    if (!covered) {
        return Error::invalidArgument(u"The certificate is for %1, which does not cover '%2' (identity.hostname)."_s.arg(
            accepted.info.names.isEmpty() ? u"no host name (it has no subjectAltName)"_s : accepted.info.names.join(u", "_s), hostName));
    }

    if (now < accepted.info.notBefore)
        return Error::invalidArgument(u"The certificate is not valid yet: it becomes valid on %1."_s.arg(utc(accepted.info.notBefore)));
    if (now > accepted.info.notAfter)
        return Error::invalidArgument(u"The certificate expired on %1."_s.arg(utc(accepted.info.notAfter)));

    // Each certificate issued by the next one: the leaf by chain[0], chain[i] by chain[i+1].
    X509 *current = leaf;
    for (size_t position = 0; position < chain.size(); ++position) {
        if (issued(chain[position].get(), current)) {
            current = chain[position].get();
            continue;
        }
        const QString what = current == leaf ? u"the certificate"_s : u"chain certificate %1 ('%2')"_s.arg(position).arg(subjectOf(current));
        for (size_t other = 0; other < chain.size(); ++other) {
            if (other != position && issued(chain[other].get(), current)) {
                return Error::invalidArgument(
                    u"The chain is out of order: %1 was issued by chain certificate %2 ('%3'), which must come right after it, "
                    "as number %4; order the chain from the certificate's issuer up to the root."_s.arg(what)
                        .arg(other + 1)
                        .arg(subjectOf(chain[other].get()))
                        .arg(position + 1));
            }
        }
        return Error::invalidArgument(u"The chain does not link: %1 was not issued by chain certificate %2 ('%3') nor by any "
                                      "other in the chain; give the intermediate certificates of the certificate's CA."_s.arg(what)
                                          .arg(position + 1)
                                          .arg(subjectOf(chain[position].get())));
    }
    return accepted;
}

} // namespace Doorstep::Tls

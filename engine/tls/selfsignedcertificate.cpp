#include "engine/tls/selfsignedcertificate.h"

#include <array>

#include <QHostAddress>

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "engine/core/mailaddress.h"
#include "engine/core/textrules.h"
#include "engine/tls/opensslerror.h"
#include "engine/tls/opensslptr.h"
#include "engine/tls/pemcodec.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

// RFC 5280's upper bound for a commonName (ub-common-name); OpenSSL refuses longer ones.
constexpr int MaxCommonNameLength = 64;
// RFC 5280 4.1.2.2: at most 20 octets, positive. 16 random octets with the top bit cleared
// give a positive 127-bit serial, unguessable as the CA/B Forum asks (at least 64 bits).
constexpr int SerialBytes = 16;

Result<void> setRandomSerial(X509 *certificate)
{
    std::array<unsigned char, SerialBytes> bytes{};
    if (RAND_bytes(bytes.data(), int(bytes.size())) != 1)
        return OpenSslError::failed(u"Drawing a random serial number"_s);
    bytes[0] &= 0x7f; // positive in DER's two's complement
    bytes[0] |= 0x40; // and always 16 octets long (no leading zero octet gets stripped)
    BignumPtr serial(BN_bin2bn(bytes.data(), int(bytes.size()), nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)))
        return OpenSslError::failed(u"Setting the serial number"_s);
    return {};
}

Result<void> addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(utf8.constData()),
                                   int(utf8.size()), -1, 0)
        != 1) {
        return OpenSslError::failed(u"Adding '%1' to the subject"_s.arg(value));
    }
    return {};
}

Result<void> addExtension(X509 *certificate, X509V3_CTX *context, int nid, const QByteArray &value)
{
    X509ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value.constData()));
    if (!extension || X509_add_ext(certificate, extension.get(), -1) != 1)
        return OpenSslError::failed(u"Adding the %1 extension"_s.arg(QString::fromLatin1(OBJ_nid2sn(nid))));
    return {};
}

bool isIpAddress(const QString &name)
{
    return Core::parseIpAddress(name).has_value();
}

} // namespace

Result<QStringList> SelfSignedCertificate::normalizeNames(const QStringList &names)
{
    if (names.isEmpty())
        return Error::invalidArgument(u"A certificate needs at least one name, such as the server's host name."_s);
    if (names.size() > MaxNames)
        return Error::invalidArgument(u"A certificate may have at most %1 names, not %2."_s.arg(MaxNames).arg(names.size()));
    QStringList normalized;
    for (const QString &name : names) {
        QString canonical;
        if (const auto address = Core::parseIpAddress(name)) {
            canonical = address->toString();
        } else if (Core::isValidHostName(name)) {
            canonical = name.toLower();
        } else {
            return Error::invalidArgument(
                u"Certificate name '%1' must be a host name (such as mail.example.org) or an IP address."_s.arg(name));
        }
        if (!normalized.contains(canonical))
            normalized << canonical;
    }
    return normalized;
}

Result<CertificateBundle> SelfSignedCertificate::generate(const QStringList &names, const QDateTime &now)
{
    auto normalized = normalizeNames(names);
    if (!normalized)
        return normalized.error();
    const QStringList &sans = normalized.value();
    OpenSslError::clear();

    // RSA 2048 rather than P-256: every SMTP client still in use speaks it (README.md).
    EvpPkeyPtr key(EVP_RSA_gen(KeyBits));
    if (!key)
        return OpenSslError::failed(u"Generating a %1-bit RSA key"_s.arg(KeyBits));

    X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1)
        return OpenSslError::failed(u"Creating an X.509 v3 certificate"_s);
    if (auto serial = setRandomSerial(certificate.get()); !serial)
        return serial.error();

    // Backdated an hour so that a client whose clock runs a little slow accepts it at once.
    const time_t start = time_t(now.toSecsSinceEpoch() - BackdateSeconds);
    const time_t end = time_t(now.addYears(ValidityYears).toSecsSinceEpoch());
    if (!ASN1_TIME_set(X509_getm_notBefore(certificate.get()), start)
        || !ASN1_TIME_set(X509_getm_notAfter(certificate.get()), end)) {
        return OpenSslError::failed(u"Setting the validity period"_s);
    }

    X509NamePtr subject(X509_NAME_new());
    if (!subject)
        return OpenSslError::failed(u"Creating the subject name"_s);
    if (auto added = addNameEntry(subject.get(), "O", u"Doorstep"_s); !added)
        return added.error();
    // A name longer than a CN may be lives in subjectAltName only, which is what clients
    // check anyway (RFC 6125 6.4.4).
    if (sans.first().size() <= MaxCommonNameLength) {
        if (auto added = addNameEntry(subject.get(), "CN", sans.first()); !added)
            return added.error();
    }
    if (X509_set_subject_name(certificate.get(), subject.get()) != 1
        || X509_set_issuer_name(certificate.get(), subject.get()) != 1) {
        return OpenSslError::failed(u"Setting the subject and issuer"_s);
    }
    if (X509_set_pubkey(certificate.get(), key.get()) != 1)
        return OpenSslError::failed(u"Setting the public key"_s);

    QStringList altNames;
    for (const QString &name : sans)
        altNames << (isIpAddress(name) ? u"IP:"_s : u"DNS:"_s) + name;

    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate.get(), certificate.get(), nullptr, nullptr, 0);
    const std::array<std::pair<int, QByteArray>, 5> extensions{{
        {NID_basic_constraints, "critical,CA:FALSE"},
        {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
        {NID_ext_key_usage, "serverAuth"},
        {NID_subject_key_identifier, "hash"},
        // Names were checked above: host-name characters or IP literals, never a comma.
        {NID_subject_alt_name, altNames.join(u',').toLatin1()},
    }};
    for (const auto &[nid, value] : extensions) {
        if (auto added = addExtension(certificate.get(), &context, nid, value); !added)
            return added.error();
    }

    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return OpenSslError::failed(u"Signing the certificate"_s);

    auto certificatePem = PemCodec::writeCertificate(certificate.get());
    if (!certificatePem)
        return certificatePem.error();
    auto keyPem = PemCodec::writePrivateKey(key.get());
    if (!keyPem)
        return keyPem.error();
    return CertificateBundle{certificatePem.value(), keyPem.value(), QByteArray()};
}

} // namespace Doorstep::Tls

#include "engine/tls/signingrequest.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "engine/core/textrules.h"
#include "engine/tls/opensslerror.h"
#include "engine/tls/opensslptr.h"
#include "engine/tls/pemcodec.h"
#include "engine/tls/selfsignedcertificate.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Result;

namespace {

// RFC 5280's ub-common-name; a longer first name lives in subjectAltName only.
constexpr int MaxCommonNameLength = 64;

struct ExtensionStackDeleter
{
    void operator()(STACK_OF(X509_EXTENSION) * stack) const { sk_X509_EXTENSION_pop_free(stack, X509_EXTENSION_free); }
};

} // namespace

Result<QStringList> SigningRequest::normalizeNames(const QStringList &names)
{
    if (names.isEmpty() || names.size() > SelfSignedCertificate::MaxNames)
        return SelfSignedCertificate::normalizeNames(names); // its sentences for these
    QStringList normalized;
    for (const QString &name : names) {
        const bool wildcard = name.startsWith(u"*."_s);
        auto one = SelfSignedCertificate::normalizeNames({wildcard ? name.mid(2) : name});
        if (!one)
            return one.error();
        QString canonical = one.value().first();
        if (wildcard) {
            if (!canonical.contains(u'.') || Core::parseIpAddress(canonical)) {
                return Core::Error::invalidArgument(
                    u"Wildcard name '%1' must be '*.' and a domain of at least two labels, such as *.example.org."_s.arg(name));
            }
            canonical.prepend(u"*."_s);
        }
        if (!normalized.contains(canonical))
            normalized << canonical;
    }
    return normalized;
}

Result<SigningRequest> SigningRequest::generate(const QStringList &names)
{
    auto normalized = normalizeNames(names);
    if (!normalized)
        return normalized.error();
    const QStringList &sans = normalized.value();
    OpenSslError::clear();

    EvpPkeyPtr key(EVP_RSA_gen(SelfSignedCertificate::KeyBits));
    if (!key)
        return OpenSslError::failed(u"Generating a %1-bit RSA key"_s.arg(SelfSignedCertificate::KeyBits));

    X509ReqPtr request(X509_REQ_new());
    if (!request || X509_REQ_set_version(request.get(), X509_REQ_VERSION_1) != 1)
        return OpenSslError::failed(u"Creating a certificate signing request"_s);

    X509_NAME *subject = X509_REQ_get_subject_name(request.get());
    if (sans.first().size() <= MaxCommonNameLength) {
        const QByteArray commonName = sans.first().toUtf8();
        if (X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName.constData()),
                                       int(commonName.size()), -1, 0)
            != 1) {
            return OpenSslError::failed(u"Adding '%1' to the request's subject"_s.arg(sans.first()));
        }
    }
    if (X509_REQ_set_pubkey(request.get(), key.get()) != 1)
        return OpenSslError::failed(u"Setting the request's public key"_s);

    QStringList altNames;
    for (const QString &name : sans)
        altNames << (Core::parseIpAddress(name) ? u"IP:"_s : u"DNS:"_s) + name;
    std::unique_ptr<STACK_OF(X509_EXTENSION), ExtensionStackDeleter> extensions(sk_X509_EXTENSION_new_null());
    // Names were checked above: host-name characters or IP literals, never a comma.
    X509ExtensionPtr altNameExtension(X509V3_EXT_conf_nid(nullptr, nullptr, NID_subject_alt_name, altNames.join(u',').toLatin1().constData()));
    if (!extensions || !altNameExtension || sk_X509_EXTENSION_push(extensions.get(), altNameExtension.get()) == 0)
        return OpenSslError::failed(u"Adding the subjectAltName extension to the request"_s);
    altNameExtension.release(); // the stack owns it now
    if (X509_REQ_add_extensions(request.get(), extensions.get()) != 1)
        return OpenSslError::failed(u"Adding the request's extensions"_s);
    if (X509_REQ_sign(request.get(), key.get(), EVP_sha256()) <= 0)
        return OpenSslError::failed(u"Signing the certificate signing request"_s);

    SigningRequest made;
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509_REQ(bio.get(), request.get()) != 1)
        return OpenSslError::failed(u"Encoding the signing request as PEM"_s);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    made.requestPem = QByteArray(data, qsizetype(size));

    const int derSize = i2d_X509_REQ(request.get(), nullptr);
    if (derSize <= 0)
        return OpenSslError::failed(u"Encoding the signing request as DER"_s);
    made.requestDer.resize(derSize);
    auto *out = reinterpret_cast<unsigned char *>(made.requestDer.data());
    if (i2d_X509_REQ(request.get(), &out) != derSize)
        return OpenSslError::failed(u"Encoding the signing request as DER"_s);

    auto keyPem = PemCodec::writePrivateKey(key.get());
    if (!keyPem)
        return keyPem.error();
    made.privateKeyPem = keyPem.value();
    return made;
}

} // namespace Doorstep::Tls

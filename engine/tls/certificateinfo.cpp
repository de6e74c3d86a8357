#include "engine/tls/certificateinfo.h"

#include <ctime>

#include <QHostAddress>

#include <openssl/asn1.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
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

Result<QString> rfc2253(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253) < 0)
        return OpenSslError::failed(u"Printing a distinguished name"_s);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    // RFC 2253 escapes every non-ASCII byte (ASN1_STRFLGS_ESC_MSB), so this is ASCII.
    return QString::fromLatin1(data, qsizetype(size));
}

Result<QDateTime> toDateTime(const ASN1_TIME *time)
{
    std::tm tm{};
    if (ASN1_TIME_to_tm(time, &tm) != 1)
        return OpenSslError::failed(u"Reading a certificate date"_s);
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QStringList alternativeNames(X509 *certificate)
{
    QStringList dnsNames;
    QStringList addresses;
    GeneralNamesPtr names(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return {};
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_DNS) {
            const ASN1_IA5STRING *text = name->d.dNSName;
            dnsNames << QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(text)),
                                            ASN1_STRING_length(text));
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *octets = name->d.iPAddress;
            const unsigned char *bytes = ASN1_STRING_get0_data(octets);
            const int length = ASN1_STRING_length(octets);
            QHostAddress address;
            if (length == 4) {
                address.setAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8
                                   | quint32(bytes[3]));
            } else if (length == 16) {
                address.setAddress(bytes);
            }
            if (!address.isNull())
                addresses << address.toString();
        }
    }
    return dnsNames + addresses;
}

QString keyTypeName(const EVP_PKEY *key)
{
    const int id = EVP_PKEY_get_base_id(key);
    switch (id) {
    case EVP_PKEY_RSA:
        return u"RSA"_s;
    case EVP_PKEY_EC:
        return u"EC"_s;
    case EVP_PKEY_ED25519:
        return u"Ed25519"_s;
    case EVP_PKEY_ED448:
        return u"Ed448"_s;
    default:
        break;
    }
    const char *name = OBJ_nid2sn(id);
    return name ? QString::fromLatin1(name) : u"unknown"_s;
}

quint64 toUsec(const QDateTime &time)
{
    const qint64 msecs = time.toMSecsSinceEpoch();
    return msecs > 0 ? quint64(msecs) * 1000 : 0;
}

} // namespace

qint64 CertificateInfo::daysUntilExpiry(const QDateTime &now) const
{
    const qint64 seconds = now.secsTo(notAfter);
    // Round towards minus infinity so that an hour past expiry is -1, not 0.
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

QVariantMap CertificateInfo::toVariantMap() const
{
    if (isNull())
        return {};
    return {
        {u"source"_s, certificateSourceName(source)},
        {u"subject"_s, subject},
        {u"names"_s, names},
        {u"issuer"_s, issuer},
        {u"not_before"_s, QVariant::fromValue<qulonglong>(toUsec(notBefore))},
        {u"not_after"_s, QVariant::fromValue<qulonglong>(toUsec(notAfter))},
        {u"fingerprint_sha256"_s, fingerprintSha256},
        {u"key"_s, keyType},
        {u"key_bits"_s, QVariant::fromValue<uint>(uint(keyBits))},
        {u"self_signed"_s, selfSigned},
        {u"acme_directory"_s, acmeDirectory},
    };
}

Result<CertificateInfo> CertificateInfo::fromPem(const QByteArray &pem, CertificateSource source, const QString &what)
{
    auto parsed = PemCodec::readCertificate(pem, what);
    if (!parsed)
        return parsed.error();
    X509 *certificate = parsed.value().get();

    CertificateInfo info;
    info.source = source;

    auto subject = rfc2253(X509_get_subject_name(certificate));
    auto issuer = rfc2253(X509_get_issuer_name(certificate));
    if (!subject)
        return subject.error();
    if (!issuer)
        return issuer.error();
    info.subject = subject.value();
    info.issuer = issuer.value();
    info.names = alternativeNames(certificate);

    auto notBefore = toDateTime(X509_get0_notBefore(certificate));
    auto notAfter = toDateTime(X509_get0_notAfter(certificate));
    if (!notBefore)
        return notBefore.error();
    if (!notAfter)
        return notAfter.error();
    info.notBefore = notBefore.value();
    info.notAfter = notAfter.value();

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    OpenSslError::clear();
    if (X509_digest(certificate, EVP_sha256(), digest, &digestLength) != 1)
        return OpenSslError::failed(u"Computing the certificate's SHA-256 fingerprint"_s);
    info.fingerprintSha256 = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), qsizetype(digestLength)).toHex(':').toUpper());

    const EVP_PKEY *key = X509_get0_pubkey(certificate);
    if (!key)
        return OpenSslError::failed(u"Reading the certificate's public key"_s);
    info.keyType = keyTypeName(key);
    info.keyBits = EVP_PKEY_get_bits(key);

    // Verifies the signature with the certificate's own key, not just issuer == subject.
    info.selfSigned = X509_self_signed(certificate, 1) == 1;
    OpenSslError::clear();
    return info;
}

} // namespace Doorstep::Tls

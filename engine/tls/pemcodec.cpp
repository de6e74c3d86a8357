#include "engine/tls/pemcodec.h"

#include <climits>

#include <openssl/err.h>
#include <openssl/pem.h>

#include "engine/tls/opensslerror.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

// Inputs are certificate files and D-Bus arguments, both bounded by their readers; this only
// keeps the int conversion honest.
Result<BioPtr> memoryBio(const QByteArray &data)
{
    if (data.size() > INT_MAX)
        return Error::invalidArgument(u"PEM text must be smaller than 2 GiB."_s);
    BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
    if (!bio)
        return OpenSslError::failed(u"Allocating a memory buffer"_s);
    return bio;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

// The passphrase callback: a key that asks for one is refused, never prompted for on a
// terminal (OpenSSL's default callback would read from the controlling tty).
int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

bool onlyWhitespace(const QByteArray &text)
{
    return text.trimmed().isEmpty();
}

} // namespace

QString PemCodec::sentenceStart(const QString &what)
{
    if (what.isEmpty())
        return what;
    return what.at(0).toUpper() + what.mid(1);
}

Result<X509Ptr> PemCodec::readCertificate(const QByteArray &pem, const QString &what)
{
    auto bio = memoryBio(pem);
    if (!bio)
        return bio.error();
    OpenSslError::clear();
    X509Ptr certificate(PEM_read_bio_X509(bio.value().get(), nullptr, refusePassphrase, nullptr));
    if (!certificate) {
        return Error::invalidArgument(u"%1 is not a valid PEM certificate (OpenSSL: %2)."_s.arg(
            sentenceStart(what), OpenSslError::takeAll()));
    }
    return certificate;
}

Result<std::vector<X509Ptr>> PemCodec::readCertificates(const QByteArray &pem, const QString &what)
{
    std::vector<X509Ptr> certificates;
    if (onlyWhitespace(pem))
        return certificates;
    auto bio = memoryBio(pem);
    if (!bio)
        return bio.error();
    OpenSslError::clear();
    for (;;) {
        X509Ptr certificate(PEM_read_bio_X509(bio.value().get(), nullptr, refusePassphrase, nullptr));
        if (!certificate)
            break;
        certificates.push_back(std::move(certificate));
    }
    // Reading stops with "no start line" at the end of the text; anything else is damage.
    const unsigned long last = ERR_peek_last_error();
    const bool cleanEnd = ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_NO_START_LINE;
    if (certificates.empty() || !cleanEnd) {
        return Error::invalidArgument(u"%1 is not a valid list of PEM certificates (OpenSSL: %2)."_s.arg(
            sentenceStart(what), OpenSslError::takeAll()));
    }
    OpenSslError::clear();
    return certificates;
}

Result<EvpPkeyPtr> PemCodec::readPrivateKey(const QByteArray &pem, const QString &what)
{
    auto bio = memoryBio(pem);
    if (!bio)
        return bio.error();
    OpenSslError::clear();
    EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.value().get(), nullptr, refusePassphrase, nullptr));
    if (!key) {
        return Error::invalidArgument(
            u"%1 is not an unencrypted PEM private key (OpenSSL: %2)."_s.arg(sentenceStart(what), OpenSslError::takeAll()));
    }
    return key;
}

Result<QByteArray> PemCodec::writeCertificate(X509 *certificate)
{
    OpenSslError::clear();
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return OpenSslError::failed(u"Encoding the certificate as PEM"_s);
    return bioContents(bio.get());
}

Result<QByteArray> PemCodec::writePrivateKey(EVP_PKEY *key)
{
    OpenSslError::clear();
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return OpenSslError::failed(u"Encoding the private key as PEM"_s);
    // XXX: the PEM text now lives in a QByteArray that is freed without being wiped; the
    // same bytes sit in key.pem and in Qt's QSslKey anyway.
    return bioContents(bio.get());
}

} // namespace Doorstep::Tls

#include "engine/tls/certificatefiles.h"

#include <cerrno>
#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "engine/tls/atomicfile.h"
#include "engine/tls/log.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

const auto kCertificate = "cert.pem"_L1;
const auto kPrivateKey = "key.pem"_L1;
const auto kChain = "chain.pem"_L1;
const auto kMeta = "meta.json"_L1;
const auto kRequestKey = "request-key.pem"_L1;
const auto kNewSuffix = ".new"_L1;

constexpr mode_t PublicMode = 0644;
constexpr mode_t SecretMode = 0600;

QByteArray metaJson(const CertificateFiles::Contents &contents)
{
    QJsonObject meta{
        {u"source"_s, certificateSourceName(contents.source)},
        {u"created"_s, contents.created.toUTC().toString(Qt::ISODate)},
        {u"chain"_s, !contents.bundle.chainPem.trimmed().isEmpty()},
    };
    if (!contents.acmeDirectory.isEmpty())
        meta.insert(u"acme_directory"_s, contents.acmeDirectory);
    return QJsonDocument(meta).toJson(QJsonDocument::Indented);
}

struct Meta
{
    CertificateSource source = CertificateSource::Imported;
    QDateTime created;
    bool chain = false;
    QString acmeDirectory;
};

Result<Meta> parseMeta(const QString &path)
{
    auto bytes = AtomicFile::read(path);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (!document.isObject())
        return Error::failed(u"File '%1' is not a JSON object: %2."_s.arg(path, parseError.errorString()));
    const QJsonObject object = document.object();
    Meta meta;
    const QString sourceName = object.value(u"source"_s).toString();
    const auto source = certificateSourceFromName(sourceName);
    if (!source) {
        return Error::failed(
            u"File '%1' names source '%2'; accepted are self-signed, imported and acme."_s.arg(path, sourceName));
    }
    meta.source = *source;
    meta.created = QDateTime::fromString(object.value(u"created"_s).toString(), Qt::ISODate);
    meta.chain = object.value(u"chain"_s).toBool();
    meta.acmeDirectory = object.value(u"acme_directory"_s).toString();
    return meta;
}

bool exists(const QString &path)
{
    return QFileInfo::exists(path);
}

} // namespace

CertificateFiles::CertificateFiles(QString directory)
    : m_directory(std::move(directory))
{
}

QString CertificateFiles::certificatePath() const
{
    return m_directory + u'/' + kCertificate;
}

QString CertificateFiles::privateKeyPath() const
{
    return m_directory + u'/' + kPrivateKey;
}

QString CertificateFiles::chainPath() const
{
    return m_directory + u'/' + kChain;
}

QString CertificateFiles::metaPath() const
{
    return m_directory + u'/' + kMeta;
}

QString CertificateFiles::requestKeyPath() const
{
    return m_directory + u'/' + kRequestKey;
}

Result<void> CertificateFiles::createDirectory() const
{
    return AtomicFile::createPrivateDirectory(m_directory, u"the certificate directory"_s);
}

Result<void> CertificateFiles::commit(bool hasChain) const
{
    // meta.json.new goes last: while it exists, the replacement is still under way.
    for (const QString &path : {certificatePath(), privateKeyPath()}) {
        if (exists(path + kNewSuffix)) {
            if (auto renamed = AtomicFile::rename(path + kNewSuffix, path); !renamed)
                return renamed;
        }
    }
    if (hasChain) {
        if (exists(chainPath() + kNewSuffix)) {
            if (auto renamed = AtomicFile::rename(chainPath() + kNewSuffix, chainPath()); !renamed)
                return renamed;
        }
    } else if (auto removed = AtomicFile::remove(chainPath()); !removed) {
        return removed;
    }
    return AtomicFile::rename(metaPath() + kNewSuffix, metaPath());
}

Result<void> CertificateFiles::recover() const
{
    if (auto removed = AtomicFile::removeTemporaryFiles(m_directory); !removed)
        return removed;

    if (exists(metaPath() + kNewSuffix)) {
        auto meta = parseMeta(metaPath() + kNewSuffix);
        if (!meta)
            return meta.error();
        qCInfo(lcTls).noquote() << "Finishing the interrupted replacement of the certificate in" << m_directory;
        return commit(meta.value().chain);
    }
    for (const QString &path : {certificatePath(), privateKeyPath(), chainPath()}) {
        if (exists(path + kNewSuffix)) {
            qCInfo(lcTls).noquote() << "Discarding" << path + kNewSuffix << "from an unfinished replacement";
            if (auto removed = AtomicFile::remove(path + kNewSuffix); !removed)
                return removed;
        }
    }
    return {};
}

Result<std::optional<CertificateFiles::Contents>> CertificateFiles::load() const
{
    if (auto recovered = recover(); !recovered)
        return recovered.error();

    const bool haveCertificate = exists(certificatePath());
    const bool haveKey = exists(privateKeyPath());
    if (!haveCertificate && !haveKey)
        return std::optional<Contents>();
    if (!haveKey) {
        return Error::failed(
            u"Certificate '%1' has no private key beside it: '%2' is missing."_s.arg(certificatePath(), privateKeyPath()));
    }
    if (!haveCertificate) {
        return Error::failed(
            u"Private key '%1' has no certificate beside it: '%2' is missing."_s.arg(privateKeyPath(), certificatePath()));
    }

    Contents contents;
    auto certificate = AtomicFile::read(certificatePath());
    if (!certificate)
        return certificate.error();
    auto key = AtomicFile::read(privateKeyPath());
    if (!key)
        return key.error();
    contents.bundle.certificatePem = certificate.value();
    contents.bundle.privateKeyPem = key.value();
    if (exists(chainPath())) {
        auto chain = AtomicFile::read(chainPath());
        if (!chain)
            return chain.error();
        contents.bundle.chainPem = chain.value();
    }

    if (exists(metaPath())) {
        auto meta = parseMeta(metaPath());
        if (!meta)
            return meta.error();
        contents.source = meta.value().source;
        contents.created = meta.value().created;
        contents.acmeDirectory = meta.value().acmeDirectory;
    } else {
        contents.source = CertificateSource::Imported;
    }
    if (!contents.created.isValid())
        contents.created = QFileInfo(certificatePath()).lastModified().toUTC();

    QFile keyFile(privateKeyPath());
    if (keyFile.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                  | QFile::WriteOther | QFile::ExeOther)) {
        qCWarning(lcTls).noquote() << "Private key" << privateKeyPath() << "was accessible to group or others, tightening it to 0600";
        if (!keyFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            return Error::failed(
                u"Could not restrict private key '%1' to mode 0600: %2."_s.arg(privateKeyPath(), keyFile.errorString()));
        }
    }
    return std::optional<Contents>(std::move(contents));
}

Result<void> CertificateFiles::replace(const Contents &contents) const
{
    // An earlier replacement that failed half-way through its renames is finished first.
    if (auto recovered = recover(); !recovered)
        return recovered;
    const bool hasChain = !contents.bundle.chainPem.trimmed().isEmpty();
    // Stage: each .new file complete and durable on its own, the commit record last.
    if (auto written = AtomicFile::write(privateKeyPath() + kNewSuffix, contents.bundle.privateKeyPem, SecretMode); !written)
        return written;
    if (auto written = AtomicFile::write(certificatePath() + kNewSuffix, contents.bundle.certificatePem, PublicMode);
        !written) {
        return written;
    }
    if (hasChain) {
        if (auto written = AtomicFile::write(chainPath() + kNewSuffix, contents.bundle.chainPem, PublicMode); !written)
            return written;
    }
    if (auto written = AtomicFile::write(metaPath() + kNewSuffix, metaJson(contents), PublicMode); !written)
        return written;
    return commit(hasChain);
}

} // namespace Doorstep::Tls

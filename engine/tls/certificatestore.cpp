#include "engine/tls/certificatestore.h"

#include <QFileInfo>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include "engine/tls/atomicfile.h"
#include "engine/tls/certificateimport.h"
#include "engine/tls/log.h"
#include "engine/tls/selfsignedcertificate.h"
#include "engine/tls/signingrequest.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

/** What a job hands back to the store's thread: the set on disk and its description. */
struct CertificateStore::Prepared
{
    CertificateFiles::Contents contents;
    CertificateInfo info;
};

namespace {

CertificateBundle::Labels fileLabels(const CertificateFiles &files)
{
    return {
        u"the certificate in '%1'"_s.arg(files.certificatePath()),
        u"the private key in '%1'"_s.arg(files.privateKeyPath()),
        u"the chain in '%1'"_s.arg(files.chainPath()),
    };
}

// Everything but the certificate, so that even a configuration without one is TLS 1.2+.
QSslConfiguration baseConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // SMTP servers do not ask for client certificates (a client may still send one; it is
    // not verified). Cipher suites stay OpenSSL's defaults at its security level.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace

CertificateStore::CertificateStore(CertificateFiles files, const Core::Clock &clock)
    : m_files(std::move(files))
    , m_clock(clock)
    , m_configuration(baseConfiguration())
{
    m_worker.setMaxThreadCount(1);
    m_worker.setObjectName(u"doorstep-tls"_s);
}

CertificateStore::~CertificateStore()
{
    // A job not yet started is dropped; one that is running (a key generation, a write) is
    // waited for, so that it never posts its result to a destroyed store or is cut off
    // between its writes. Its queued result is discarded with this object.
    m_worker.clear();
    m_worker.waitForDone();
}

Result<std::unique_ptr<CertificateStore>> CertificateStore::open(const QString &dataDirectory, const Core::Clock &clock)
{
    CertificateFiles files(dataDirectory + u"/tls"_s);
    if (auto created = files.createDirectory(); !created)
        return created.error();
    auto loaded = files.load();
    if (!loaded)
        return loaded.error();

    std::unique_ptr<CertificateStore> store(new CertificateStore(files, clock));
    if (const auto &contents = loaded.value()) {
        auto info = contents->bundle.inspect(contents->source, fileLabels(files));
        if (!info)
            return info.error();
        info.value().acmeDirectory = contents->acmeDirectory;
        if (auto adopted = store->adopt(contents->bundle, info.value()); !adopted)
            return adopted.error();
        qCInfo(lcTls).noquote() << "Using the" << certificateSourceName(info.value().source) << "certificate for"
                                << info.value().names.join(u", "_s) << "valid until"
                                << info.value().notAfter.toString(Qt::ISODate);
    } else {
        qCInfo(lcTls).noquote() << "No certificate in" << files.directory() << "yet";
    }
    return store;
}

Result<void> CertificateStore::adopt(const CertificateBundle &bundle, const CertificateInfo &info)
{
    QSsl::KeyAlgorithm algorithm = QSsl::Rsa;
    if (info.keyType == u"RSA"_s) {
        algorithm = QSsl::Rsa;
    } else if (info.keyType == u"EC"_s) {
        algorithm = QSsl::Ec;
    } else {
        return Error::invalidArgument(
            u"The certificate's key type '%1' cannot be used for TLS here; accepted are RSA and EC keys."_s.arg(info.keyType));
    }
    const QSslKey key(bundle.privateKeyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return Error::failed(u"The TLS library refused the %1 private key of the certificate."_s.arg(info.keyType));
    QList<QSslCertificate> chain = QSslCertificate::fromData(bundle.certificatePem, QSsl::Pem);
    if (chain.isEmpty())
        return Error::failed(u"The TLS library refused the certificate."_s);
    chain = chain.mid(0, 1);
    if (!bundle.chainPem.trimmed().isEmpty()) {
        const QList<QSslCertificate> intermediates = QSslCertificate::fromData(bundle.chainPem, QSsl::Pem);
        if (intermediates.isEmpty())
            return Error::failed(u"The TLS library refused the certificate chain."_s);
        chain += intermediates;
    }

    QSslConfiguration configuration = baseConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);

    m_info = info;
    m_configuration = configuration;
    return {};
}

void CertificateStore::ensureCertificate(const QString &hostname, QObject *context, Done done)
{
    if (hasCertificate()) {
        if (!m_info.names.contains(hostname.toLower())) {
            qCInfo(lcTls).noquote() << "The certificate in use does not name" << hostname
                                    << "(identity.hostname); keeping it";
        }
        reply(context, std::move(done), m_info);
        return;
    }
    auto names = SelfSignedCertificate::normalizeNames({hostname});
    if (!names) {
        reply(context, std::move(done), names.error());
        return;
    }
    const QDateTime now = m_clock.now();
    submit(context,
           [files = m_files, names = names.value(), now]() -> Result<Prepared> {
               // Jobs run in order, so one queued before this may have made a certificate.
               auto existing = files.load();
               if (!existing)
                   return existing.error();
               if (const auto &contents = existing.value()) {
                   auto info = contents->bundle.inspect(contents->source, fileLabels(files));
                   if (!info)
                       return info.error();
                   info.value().acmeDirectory = contents->acmeDirectory;
                   return Prepared{*contents, info.value()};
               }
               return makeSelfSigned(files, names, now);
           },
           std::move(done));
}

void CertificateStore::generateSelfSigned(const QStringList &names, QObject *context, Done done)
{
    auto normalized = SelfSignedCertificate::normalizeNames(names);
    if (!normalized) {
        reply(context, std::move(done), normalized.error());
        return;
    }
    const QDateTime now = m_clock.now();
    submit(context,
           [files = m_files, names = normalized.value(), now]() -> Result<Prepared> {
               return makeSelfSigned(files, names, now);
           },
           std::move(done));
}

void CertificateStore::createRequest(const QStringList &names, QObject *context, std::function<void(Result<QByteArray>)> done)
{
    Q_ASSERT(context);
    QPointer<QObject> guard(context);
    m_worker.start([this, guard, files = m_files, names, done = std::move(done)]() {
        auto result = std::make_shared<Result<QByteArray>>([&]() -> Result<QByteArray> {
            auto request = SigningRequest::generate(names);
            if (!request)
                return request.error();
            if (auto kept = AtomicFile::write(files.requestKeyPath(), request.value().privateKeyPem, 0600); !kept)
                return kept.error();
            qCInfo(lcTls).noquote() << "Made a certificate signing request for" << names.join(u", "_s) << "; its key waits in"
                                    << files.requestKeyPath();
            return request.value().requestPem;
        }());
        // As in submit(): the destructor waits for this job, so `this` is alive here.
        QMetaObject::invokeMethod(
            this,
            [guard, done, result] {
                if (guard)
                    done(*result);
            },
            Qt::QueuedConnection);
    });
}

void CertificateStore::importCertificate(const CertificateBundle &given, const QString &hostName, QObject *context, Done done)
{
    const QDateTime now = m_clock.now();
    submit(context,
           [files = m_files, given, hostName, now]() -> Result<Prepared> {
               QByteArray requestKey;
               if (QFileInfo::exists(files.requestKeyPath())) {
                   auto read = AtomicFile::read(files.requestKeyPath());
                   if (!read)
                       return read.error();
                   requestKey = read.value();
               }
               auto accepted = CertificateImport::validate(given, requestKey, hostName, now);
               if (!accepted)
                   return accepted.error();
               auto stored = store(files, {accepted.value().bundle, CertificateSource::Imported, now.toUTC(), QString()});
               if (!stored)
                   return stored;
               // The request's key now lives in key.pem; a later import must not pair with it again.
               if (accepted.value().usedPendingKey) {
                   if (auto removed = AtomicFile::remove(files.requestKeyPath()); !removed)
                       qCWarning(lcTls).noquote() << removed.error().message;
               }
               return stored;
           },
           std::move(done));
}

void CertificateStore::install(const CertificateBundle &bundle, CertificateSource source, const QString &acmeDirectory, QObject *context,
                               Done done)
{
    const QDateTime now = m_clock.now();
    submit(context, [files = m_files, bundle, source, now, acmeDirectory]() {
        return store(files, {bundle, source, now.toUTC(), acmeDirectory});
    }, std::move(done));
}

Result<CertificateStore::Prepared> CertificateStore::store(const CertificateFiles &files, const CertificateFiles::Contents &contents)
{
    auto info = contents.bundle.inspect(contents.source);
    if (!info)
        return info.error();
    info.value().acmeDirectory = contents.acmeDirectory;
    if (info.value().keyType != u"RSA"_s && info.value().keyType != u"EC"_s)
        return Error::invalidArgument(u"The certificate's key type '%1' cannot be used for TLS here; accepted are RSA and EC keys."_s.arg(info.value().keyType));
    if (auto stored = files.replace(contents); !stored)
        return stored.error();
    qCInfo(lcTls).noquote() << "Stored the" << certificateSourceName(contents.source) << "certificate for" << info.value().names.join(u", "_s);
    return Prepared{contents, info.value()};
}

Result<CertificateStore::Prepared> CertificateStore::makeSelfSigned(const CertificateFiles &files, const QStringList &names,
                                                                  const QDateTime &now)
{
    qCInfo(lcTls).noquote() << "Making a self-signed certificate for" << names.join(u", "_s);
    auto bundle = SelfSignedCertificate::generate(names, now);
    if (!bundle)
        return bundle.error();
    CertificateFiles::Contents made{bundle.value(), CertificateSource::SelfSigned, now.toUTC(), QString()};
    // Our own output is checked like any other before it replaces what works.
    auto info = made.bundle.inspect(made.source);
    if (!info)
        return info.error();
    if (auto stored = files.replace(made); !stored)
        return stored.error();
    return Prepared{made, info.value()};
}

void CertificateStore::submit(QObject *context, Job job, Done done)
{
    Q_ASSERT(context);
    QPointer<QObject> guard(context);
    m_worker.start([this, guard, job = std::move(job), done = std::move(done)]() {
        auto result = std::make_shared<Result<Prepared>>(job());
        // The destructor waits for this job, so `this` is alive while the call is posted;
        // if the store dies before it is delivered, Qt drops it with the store.
        QMetaObject::invokeMethod(
            this, [this, guard, done, result] { finish(*result, guard, done); }, Qt::QueuedConnection);
    });
}

void CertificateStore::finish(const Result<Prepared> &result, const QPointer<QObject> &context, const Done &done)
{
    if (!result) {
        qCWarning(lcTls).noquote() << result.error().message;
        if (context)
            done(result.error());
        return;
    }
    const Prepared &prepared = result.value();
    if (prepared.info.fingerprintSha256 != m_info.fingerprintSha256) {
        if (auto adopted = adopt(prepared.contents.bundle, prepared.info); !adopted) {
            qCWarning(lcTls).noquote() << adopted.error().message;
            if (context)
                done(adopted.error());
            return;
        }
        qCInfo(lcTls).noquote() << "Now using the" << certificateSourceName(m_info.source) << "certificate for"
                                << m_info.names.join(u", "_s) << "with fingerprint" << m_info.fingerprintSha256;
        Q_EMIT changed();
    }
    if (context)
        done(m_info);
}

void CertificateStore::reply(QObject *context, Done done, Result<CertificateInfo> result)
{
    Q_ASSERT(context);
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

} // namespace Doorstep::Tls

#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include "engine/core/clock.h"
#include "engine/core/result.h"
#include "engine/tls/certificatefiles.h"
#include "engine/tls/certificateinfo.h"

namespace Doorstep::Tls {

/**
 * The engine's server certificate: the files in DATA/tls (see CertificateFiles), the
 * certificate's description for Certificates.Current, and the QSslConfiguration that the
 * SMTP listeners hand to startServerEncryption().
 *
 * Everything slow (key generation, fsync) runs on a worker thread of the store's own, one job
 * at a time in submission order, so writes never race. Results come back on the store's
 * thread as a queued call: a callback is never invoked before the call that started it has
 * returned. When the certificate changes the store emits changed(), then calls the callback.
 */
class CertificateStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateStore)

public:
    /** Receives the certificate now in use, or why none could be made. */
    using Done = std::function<void(Core::Result<CertificateInfo>)>;

    /**
     * Opens DATA/tls (creating it with mode 0700), finishes an interrupted replacement, and
     * loads the certificate there, if any. A certificate whose key does not match, or a file
     * that is not PEM, is refused with a sentence naming the file. Start-up only: this reads
     * (and after a crash may fsync) on the calling thread.
     */
    static Core::Result<std::unique_ptr<CertificateStore>> open(const QString &dataDirectory,
                                                               const Core::Clock &clock = Core::Clock::system());
    /** Drops queued jobs and waits for a running one (at most one key generation). */
    ~CertificateStore() override;

    /** DATA/tls. */
    const QString &directory() const { return m_files.directory(); }
    bool hasCertificate() const { return !m_info.isNull(); }
    /** The certificate in use; null when there is none yet. */
    const CertificateInfo &current() const { return m_info; }

    /**
     * For startServerEncryption(): TLS 1.2 or later, the certificate with its chain and key,
     * no client certificates asked for (peer verify mode none), OpenSSL's default ciphers.
     * Without a certificate it carries no local certificate: check hasCertificate() first.
     * Take a fresh copy for each connection; after changed() the next one gets the new one.
     */
    QSslConfiguration serverConfiguration() const { return m_configuration; }

    /**
     * First start: when there is no certificate, makes a self-signed one for @p hostname
     * (identity.hostname) and stores it. With a certificate it changes nothing. @p done runs
     * later on this thread with the certificate in use, unless @p context is gone by then.
     */
    void ensureCertificate(const QString &hostname, QObject *context, Done done);

    /**
     * Certificates.GenerateSelfSigned: a new self-signed certificate for @p names (the first
     * is the CN; host names and IP addresses, see SelfSignedCertificate) replacing the one in
     * use, whatever its source.
     */
    void generateSelfSigned(const QStringList &names, QObject *context, Done done);

    /**
     * Certificates.CreateRequest: a new key and a signing request (PEM) for @p names. The key
     * is kept as DATA/tls/request-key.pem (0600, replacing an earlier one) so that importing
     * just the certificate the CA returns pairs it with its key.
     */
    void createRequest(const QStringList &names, QObject *context, std::function<void(Core::Result<QByteArray>)> done);

    /**
     * Certificates.Import: checks @p given (see CertificateImport; an empty key means the
     * request key) against @p hostName and the clock, then stores it as "imported" and uses it.
     */
    void importCertificate(const CertificateBundle &given, const QString &hostName, QObject *context, Done done);

    /**
     * Stores a certificate obtained elsewhere (ACME from @p acmeDirectory, kept in meta.json
     * for renewals) with @p source, after the bundle checks, and uses it.
     */
    void install(const CertificateBundle &bundle, CertificateSource source, const QString &acmeDirectory, QObject *context, Done done);

Q_SIGNALS:
    /** The certificate in use was replaced: take serverConfiguration() again. */
    void changed();

private:
    struct Prepared;
    using Job = std::function<Core::Result<Prepared>()>;

    CertificateStore(CertificateFiles files, const Core::Clock &clock);
    /** Worker thread: a new self-signed set, checked, then durably stored. */
    static Core::Result<Prepared> store(const CertificateFiles &files, const CertificateFiles::Contents &contents);
    static Core::Result<Prepared> makeSelfSigned(const CertificateFiles &files, const QStringList &names,
                                                 const QDateTime &now);
    void submit(QObject *context, Job job, Done done);
    void finish(const Core::Result<Prepared> &result, const QPointer<QObject> &context, const Done &done);
    Core::Result<void> adopt(const CertificateBundle &bundle, const CertificateInfo &info);
    void reply(QObject *context, Done done, Core::Result<CertificateInfo> result);

    CertificateFiles m_files;
    const Core::Clock &m_clock;
    CertificateInfo m_info;
    QSslConfiguration m_configuration;
    QThreadPool m_worker; // one thread: jobs run in order and never write the files together
};

} // namespace Doorstep::Tls

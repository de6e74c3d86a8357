#pragma once

#include <functional>
#include <memory>

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QUrl>

#include "engine/core/result.h"
#include "engine/tls/certificatebundle.h"

class QNetworkReply;

namespace Doorstep::Tls {

class DnsChallengePublisher;
class Http01Responder;

/**
 * An ACME v2 client (RFC 8555): gets a certificate for a list of names from a CA such as
 * Let's Encrypt. One issue() runs at a time, entirely asynchronously on the event loop
 * (Qt Network for HTTPS; key generation and the account key's file on a worker thread):
 *
 *   directory → nonce → account (DATA/acme/account.key, reused; contact, terms agreed)
 *   → order → each authorization's challenge (HTTP-01 through Http01Responder, bound only
 *   meanwhile, or DNS-01 through a DnsChallengePublisher when one is set) → finalize with a
 *   CSR for a new key → poll → download the chain.
 *
 * badNonce answers are retried with the fresh nonce (RFC 8555 6.5, at most MaxNonceRetries);
 * polling follows Retry-After within bounds. Every failure ends the run with one sentence,
 * the CA's problem document (RFC 7807) included. progress() reports each step for people.
 */
class AcmeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcmeClient)

public:
    static constexpr int MaxNonceRetries = 10;
    static constexpr int MaxPolls = 60;
    static constexpr int MaxPollDelaySeconds = 30;
    static constexpr int RequestTimeoutMs = 60000;
    /** A CA's answer larger than this is refused (a certificate chain is a few KiB). */
    static constexpr qint64 MaxResponseBytes = 1024 * 1024;

    struct Request
    {
        QUrl directoryUrl;
        /** Host names, already normalized (lower case, no duplicates). */
        QStringList names;
        /** Contact for the account; may be empty. */
        QString email;
        /** Extra CA certificates (PEM file) trusted for the ACME server besides the system's; may be empty. */
        QString caFile;
        quint16 httpPort = 80;
    };
    /** The new certificate (leaf), its new key and the chain the CA sent. */
    using Done = std::function<void(Core::Result<CertificateBundle>)>;

    /** @p accountKeyPath: DATA/acme/account.key. */
    explicit AcmeClient(QString accountKeyPath, QObject *parent = nullptr);
    ~AcmeClient() override;

    /** DNS-01 from now on (nullptr: HTTP-01). The publisher must outlive this client or be reset first. */
    void setDnsPublisher(DnsChallengePublisher *publisher) { m_dnsPublisher = publisher; }
    bool isRunning() const { return m_run != nullptr; }
    /** True while the HTTP-01 responder listens (for tests and the log). */
    bool isResponderListening() const;

    /** Starts a run; @p done runs later on this thread, once, unless @p context is gone. Fails at once (later) while another runs. */
    void issue(const Request &request, QObject *context, Done done);

Q_SIGNALS:
    /** @p step: "account", "order", "challenge", "validated", "finalize", "download", "issued" or "failed". */
    void progress(const QString &step, const QString &sentence);

private:
    struct Run;
    struct Response;
    using Handler = std::function<void(const Response &)>;

    void fetchDirectory();
    void createAccount();
    void createOrder();
    void nextAuthorization();
    void answerChallenge(const QJsonObject &authorization, const QUrl &authorizationUrl);
    void pollAuthorization(const QUrl &url, const QString &name, int polls);
    void finishChallenges(std::function<void()> then);
    void finalizeOrder();
    void pollOrder(int polls);
    void downloadCertificate(const QUrl &url);

    void get(const QUrl &url, QNetworkAccessManager::Operation operation, Handler handler);
    /** A JWS-signed POST (@p payload null: POST-as-GET); errors end the run, badNonce is retried. */
    void post(const QUrl &url, const QByteArray &payload, Handler handler, int nonceRetries = 0, const QByteArray &accept = {});
    void send(QNetworkReply *reply, Handler handler);
    void fail(const QString &sentence);
    void succeed(CertificateBundle bundle);
    void report(const QString &step, const QString &sentence);
    static int retryAfterSeconds(const Response &response);

    QString m_accountKeyPath;
    QNetworkAccessManager m_network;
    std::unique_ptr<Http01Responder> m_responder;
    DnsChallengePublisher *m_dnsPublisher = nullptr;
    std::shared_ptr<Run> m_run;
    QThreadPool m_worker; // account key file and key generation, one at a time
};

} // namespace Doorstep::Tls

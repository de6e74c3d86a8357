#include "engine/tls/acmeclient.h"

#include <algorithm>
#include <optional>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>

#include "engine/tls/acmeaccountkey.h"
#include "engine/tls/acmeproblem.h"
#include "engine/tls/atomicfile.h"
#include "engine/tls/dnschallengepublisher.h"
#include "engine/tls/http01responder.h"
#include "engine/tls/log.h"
#include "engine/tls/signingrequest.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
const auto kPemBegin = "-----BEGIN CERTIFICATE-----"_L1;

/** What a worker thread prepares before the first request: nothing here touches the network. */
struct Prepared
{
    std::optional<AcmeAccountKey> key;
    SigningRequest request;
    /** The system's CAs and acme.ca_file's; empty: Qt's default (the system's). */
    QList<QSslCertificate> caCertificates;
};

Result<Prepared> prepare(const QString &accountKeyPath, const AcmeClient::Request &request)
{
    Prepared prepared;
    if (!request.caFile.isEmpty()) {
        auto pem = AtomicFile::read(request.caFile);
        if (!pem)
            return Error::failed(u"Cannot read acme.ca_file: %1"_s.arg(pem.error().message));
        const QList<QSslCertificate> extra = QSslCertificate::fromData(pem.value(), QSsl::Pem);
        if (extra.isEmpty())
            return Error::failed(u"File '%1' (acme.ca_file) holds no PEM certificate."_s.arg(request.caFile));
        // An explicit list turns off Qt's on-demand loading of the system's CAs: name them too.
        prepared.caCertificates = QSslConfiguration::systemCaCertificates() + extra;
    }
    auto key = AcmeAccountKey::loadOrCreate(accountKeyPath);
    if (!key)
        return key.error();
    prepared.key.emplace(std::move(key).value());
    auto csr = SigningRequest::generate(request.names);
    if (!csr)
        return csr.error();
    prepared.request = std::move(csr).value();
    return prepared;
}

/** The first certificate of a PEM chain, and the rest. */
std::pair<QByteArray, QByteArray> splitChain(const QByteArray &pem)
{
    const qsizetype first = pem.indexOf(kPemBegin.data());
    if (first < 0)
        return {};
    const qsizetype second = pem.indexOf(kPemBegin.data(), first + 1);
    if (second < 0)
        return {pem.mid(first), QByteArray()};
    return {pem.mid(first, second - first).trimmed() + '\n', pem.mid(second).trimmed() + '\n'};
}
} // namespace

struct AcmeClient::Run
{
    Request request;
    QPointer<QObject> context;
    Done done;
    std::optional<AcmeAccountKey> key;
    SigningRequest signingRequest;
    QSslConfiguration ssl;

    QUrl newNonceUrl;
    QUrl newAccountUrl;
    QUrl newOrderUrl;
    QString keyId;
    QString nonce;

    QUrl orderUrl;
    QUrl finalizeUrl;
    QList<QUrl> authorizations;
    qsizetype nextAuthorization = 0;
    /** Where the CA looks for the challenge being validated, for the error sentence. */
    QString challengeTarget;
    /** TXT records published for DNS-01: name and value, removed at the end. */
    QList<std::pair<QString, QString>> publishedTxt;
};

struct AcmeClient::Response
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QUrl location;
    QString retryAfter;
};

AcmeClient::AcmeClient(QString accountKeyPath, QObject *parent)
    : QObject(parent)
    , m_accountKeyPath(std::move(accountKeyPath))
    , m_responder(std::make_unique<Http01Responder>())
{
    m_worker.setMaxThreadCount(1);
    m_worker.setObjectName(u"doorstep-acme"_s);
}

AcmeClient::~AcmeClient()
{
    // A running preparation posts to this object: wait for it; its queued result dies with us.
    m_worker.clear();
    m_worker.waitForDone();
}

bool AcmeClient::isResponderListening() const
{
    return m_responder->isListening();
}

void AcmeClient::issue(const Request &request, QObject *context, Done done)
{
    Q_ASSERT(context);
    if (m_run) {
        const QString names = m_run->request.names.join(u", "_s);
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), names] {
                done(Error::failed(u"A certificate request for %1 is already running; wait until it has finished."_s.arg(names)));
            },
            Qt::QueuedConnection);
        return;
    }
    auto run = std::make_shared<Run>();
    run->request = request;
    run->context = context;
    run->done = std::move(done);
    m_run = run;
    report(u"account"_s, u"Preparing the account key and a new key for %1."_s.arg(request.names.join(u", "_s)));
    m_worker.start([this, run, path = m_accountKeyPath, request] {
        auto prepared = std::make_shared<Result<Prepared>>(prepare(path, request));
        QMetaObject::invokeMethod(
            this,
            [this, run, prepared] {
                if (m_run != run)
                    return;
                if (!*prepared) {
                    fail(prepared->error().message);
                    return;
                }
                Prepared &ready = prepared->value();
                run->key = std::move(ready.key);
                run->signingRequest = std::move(ready.request);
                run->ssl = QSslConfiguration::defaultConfiguration();
                if (!ready.caCertificates.isEmpty())
                    run->ssl.setCaCertificates(ready.caCertificates);
                fetchDirectory();
            },
            Qt::QueuedConnection);
    });
}

void AcmeClient::report(const QString &step, const QString &sentence)
{
    qCInfo(lcTls).noquote() << "ACME" << step + u':' << sentence;
    Q_EMIT progress(step, sentence);
}

void AcmeClient::fetchDirectory()
{
    get(m_run->request.directoryUrl, QNetworkAccessManager::GetOperation, [this](const Response &response) {
        const QUrl newNonce(response.json.value(u"newNonce"_s).toString());
        const QUrl newAccount(response.json.value(u"newAccount"_s).toString());
        const QUrl newOrder(response.json.value(u"newOrder"_s).toString());
        if (!newNonce.isValid() || !newAccount.isValid() || !newOrder.isValid() || newNonce.isEmpty() || newAccount.isEmpty()
            || newOrder.isEmpty()) {
            fail(u"'%1' is not an ACME directory: it names no newNonce, newAccount and newOrder."_s.arg(
                m_run->request.directoryUrl.toString()));
            return;
        }
        m_run->newNonceUrl = newNonce;
        m_run->newAccountUrl = newAccount;
        m_run->newOrderUrl = newOrder;
        createAccount();
    });
}

void AcmeClient::createAccount()
{
    QJsonObject account{{u"termsOfServiceAgreed"_s, true}};
    if (!m_run->request.email.isEmpty())
        account.insert(u"contact"_s, QJsonArray{u"mailto:"_s + m_run->request.email});
    post(m_run->newAccountUrl, QJsonDocument(account).toJson(QJsonDocument::Compact), [this](const Response &response) {
        if (response.location.isEmpty()) {
            fail(u"The ACME server created the account but did not say its URL (no Location header)."_s);
            return;
        }
        m_run->keyId = response.location.toString(QUrl::FullyEncoded);
        report(u"account"_s, response.status == 201 ? u"Registered a new account at the certificate authority."_s
                                                    : u"Using the existing account at the certificate authority."_s);
        createOrder();
    });
}

void AcmeClient::createOrder()
{
    QJsonArray identifiers;
    for (const QString &name : std::as_const(m_run->request.names))
        identifiers.append(QJsonObject{{u"type"_s, u"dns"_s}, {u"value"_s, name}});
    post(m_run->newOrderUrl, QJsonDocument(QJsonObject{{u"identifiers"_s, identifiers}}).toJson(QJsonDocument::Compact),
         [this](const Response &response) {
             m_run->orderUrl = response.location;
             m_run->finalizeUrl = QUrl(response.json.value(u"finalize"_s).toString());
             const QJsonArray authorizations = response.json.value(u"authorizations"_s).toArray();
             for (const QJsonValue &url : authorizations)
                 m_run->authorizations << QUrl(url.toString());
             if (m_run->orderUrl.isEmpty() || m_run->finalizeUrl.isEmpty()) {
                 fail(u"The ACME server's order has no URL or no finalize URL."_s);
                 return;
             }
             report(u"order"_s, u"Ordered a certificate for %1."_s.arg(m_run->request.names.join(u", "_s)));
             nextAuthorization();
         });
}

void AcmeClient::nextAuthorization()
{
    if (m_run->nextAuthorization >= m_run->authorizations.size()) {
        finishChallenges([this] { finalizeOrder(); });
        return;
    }
    const QUrl url = m_run->authorizations.at(m_run->nextAuthorization);
    post(url, QByteArray(), [this, url](const Response &response) {
        if (response.json.value(u"status"_s).toString() == u"valid"_s) {
            ++m_run->nextAuthorization;
            nextAuthorization();
            return;
        }
        answerChallenge(response.json, url);
    });
}

void AcmeClient::answerChallenge(const QJsonObject &authorization, const QUrl &authorizationUrl)
{
    const QString name = authorization.value(u"identifier"_s).toObject().value(u"value"_s).toString();
    const bool wildcard = authorization.value(u"wildcard"_s).toBool();
    const QString wanted = m_dnsPublisher ? u"dns-01"_s : u"http-01"_s;
    if (wildcard && !m_dnsPublisher) {
        fail(u"A certificate for *.%1 needs the DNS-01 challenge, which needs a DNS provider that can set TXT records (ddns.provider)."_s.arg(name));
        return;
    }
    QJsonObject challenge;
    const QJsonArray challenges = authorization.value(u"challenges"_s).toArray();
    for (const QJsonValue &value : challenges) {
        if (value.toObject().value(u"type"_s).toString() == wanted)
            challenge = value.toObject();
    }
    const QString token = challenge.value(u"token"_s).toString();
    const QUrl challengeUrl(challenge.value(u"url"_s).toString());
    // RFC 8555 8.1: the token is base64url; anything else must not reach a URL path or DNS.
    static const QRegularExpression base64UrlToken(u"^[A-Za-z0-9_-]{16,}$"_s);
    if (challenge.isEmpty() || challengeUrl.isEmpty() || !base64UrlToken.match(token).hasMatch()) {
        fail(u"The certificate authority offers no usable %1 challenge for %2."_s.arg(wanted, name));
        return;
    }
    const QString keyAuthorization = token + u'.' + m_run->key->thumbprint();

    const auto respond = [this, challengeUrl, authorizationUrl, name] {
        post(challengeUrl, "{}", [this, authorizationUrl, name](const Response &) { pollAuthorization(authorizationUrl, name, 0); });
    };

    if (m_dnsPublisher) {
        const QString recordName = u"_acme-challenge."_s + name;
        const QString value = QString::fromLatin1(
            AcmeAccountKey::base64Url(QCryptographicHash::hash(keyAuthorization.toLatin1(), QCryptographicHash::Sha256)));
        m_run->challengeTarget = u"the TXT record %1"_s.arg(recordName);
        report(u"challenge"_s, u"Publishing TXT %1 for the DNS-01 challenge."_s.arg(recordName));
        const auto run = m_run;
        m_dnsPublisher->publishTxt(recordName, value, this, [this, run, recordName, value, respond](Result<void> published) {
            if (m_run != run)
                return;
            if (!published) {
                fail(u"Cannot publish TXT %1 for the DNS-01 challenge: %2"_s.arg(recordName, published.error().message));
                return;
            }
            run->publishedTxt.append({recordName, value});
            respond();
        });
        return;
    }

    if (auto started = m_responder->start(m_run->request.httpPort); !started) {
        fail(started.error().message);
        return;
    }
    m_responder->setToken(token, keyAuthorization);
    m_run->challengeTarget = u"http://%1%2%3"_s.arg(name, Http01Responder::ChallengePath, token);
    report(u"challenge"_s, u"Waiting for the certificate authority to fetch %1 (port %2 here)."_s.arg(m_run->challengeTarget)
                               .arg(m_run->request.httpPort));
    respond();
}

void AcmeClient::pollAuthorization(const QUrl &url, const QString &name, int polls)
{
    post(url, QByteArray(), [this, url, name, polls](const Response &response) {
        const QString status = response.json.value(u"status"_s).toString();
        if (status == u"valid"_s) {
            report(u"validated"_s, u"The certificate authority has checked %1."_s.arg(name));
            ++m_run->nextAuthorization;
            nextAuthorization();
            return;
        }
        if (status == u"pending"_s || status == u"processing"_s) {
            if (polls >= MaxPolls) {
                fail(u"The certificate authority did not finish checking %1 after %2 polls; try again later."_s.arg(name).arg(polls));
                return;
            }
            const auto run = m_run;
            QTimer::singleShot(retryAfterSeconds(response) * 1000, this, [this, run, url, name, polls] {
                if (m_run == run)
                    pollAuthorization(url, name, polls + 1);
            });
            return;
        }
        // invalid (or deactivated, expired, revoked): the failed challenge carries the reason.
        AcmeProblem problem;
        const QJsonArray challenges = response.json.value(u"challenges"_s).toArray();
        for (const QJsonValue &value : challenges) {
            if (value.toObject().contains(u"error"_s))
                problem = AcmeProblem::fromJson(value.toObject().value(u"error"_s).toObject());
        }
        fail(u"The certificate authority could not validate %1 at %2: %3."_s.arg(
            name, m_run->challengeTarget, problem.detail.isEmpty() ? u"authorization is %1"_s.arg(status) : problem.text()));
    });
}

void AcmeClient::finishChallenges(std::function<void()> then)
{
    m_responder->stop();
    if (m_dnsPublisher) {
        for (const auto &[name, value] : std::as_const(m_run->publishedTxt)) {
            m_dnsPublisher->removeTxt(name, value, this, [name = name](Result<void> removed) {
                if (!removed)
                    qCWarning(lcTls).noquote() << "Could not remove the ACME TXT record" << name << ":" << removed.error().message;
            });
        }
    }
    m_run->publishedTxt.clear();
    if (then)
        then();
}

void AcmeClient::finalizeOrder()
{
    report(u"finalize"_s, u"Asking the certificate authority to issue the certificate."_s);
    const QJsonObject finalize{{u"csr"_s, QString::fromLatin1(AcmeAccountKey::base64Url(m_run->signingRequest.requestDer))}};
    post(m_run->finalizeUrl, QJsonDocument(finalize).toJson(QJsonDocument::Compact), [this](const Response &) { pollOrder(0); });
}

void AcmeClient::pollOrder(int polls)
{
    post(m_run->orderUrl, QByteArray(), [this, polls](const Response &response) {
        const QString status = response.json.value(u"status"_s).toString();
        if (status == u"valid"_s) {
            const QUrl certificate(response.json.value(u"certificate"_s).toString());
            if (certificate.isEmpty()) {
                fail(u"The certificate authority's valid order names no certificate URL."_s);
                return;
            }
            downloadCertificate(certificate);
            return;
        }
        if (status == u"processing"_s || status == u"ready"_s || status == u"pending"_s) {
            if (polls >= MaxPolls) {
                fail(u"The certificate authority did not issue the certificate after %1 polls; try again later."_s.arg(polls));
                return;
            }
            const auto run = m_run;
            QTimer::singleShot(retryAfterSeconds(response) * 1000, this, [this, run, polls] {
                if (m_run == run)
                    pollOrder(polls + 1);
            });
            return;
        }
        const AcmeProblem problem = AcmeProblem::fromJson(response.json.value(u"error"_s).toObject());
        fail(u"The certificate authority refused to issue the certificate (order %1): %2."_s.arg(status, problem.text()));
    });
}

void AcmeClient::downloadCertificate(const QUrl &url)
{
    report(u"download"_s, u"Downloading the certificate."_s);
    post(
        url, QByteArray(),
        [this](const Response &response) {
            auto [leaf, chain] = splitChain(response.body);
            if (leaf.isEmpty()) {
                fail(u"The certificate authority sent no PEM certificate chain."_s);
                return;
            }
            succeed(CertificateBundle{leaf, m_run->signingRequest.privateKeyPem, chain});
        },
        0, "application/pem-certificate-chain");
}

void AcmeClient::get(const QUrl &url, QNetworkAccessManager::Operation operation, Handler handler)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_run->ssl);
    request.setTransferTimeout(RequestTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Doorstep"_s);
    QNetworkReply *reply = operation == QNetworkAccessManager::HeadOperation ? m_network.head(request) : m_network.get(request);
    send(reply, std::move(handler));
}

void AcmeClient::post(const QUrl &url, const QByteArray &payload, Handler handler, int nonceRetries, const QByteArray &accept)
{
    if (m_run->nonce.isEmpty()) {
        // RFC 8555 7.2: a fresh nonce from newNonce (HEAD) when the last reply gave none.
        get(m_run->newNonceUrl, QNetworkAccessManager::HeadOperation,
            [this, url, payload, handler = std::move(handler), nonceRetries, accept](const Response &) {
                if (m_run->nonce.isEmpty()) {
                    fail(u"The ACME server at %1 gave no Replay-Nonce."_s.arg(m_run->newNonceUrl.toString()));
                    return;
                }
                post(url, payload, handler, nonceRetries, accept);
            });
        return;
    }
    const QString nonce = std::exchange(m_run->nonce, QString());
    auto body = m_run->key->signRequest(url.toString(QUrl::FullyEncoded), nonce, m_run->keyId, payload);
    if (!body) {
        fail(body.error().message);
        return;
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(m_run->ssl);
    request.setTransferTimeout(RequestTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Doorstep"_s);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/jose+json"_s);
    if (!accept.isEmpty())
        request.setRawHeader("Accept", accept);
    QNetworkReply *reply = m_network.post(request, body.value());
    send(reply, [this, url, payload, handler, nonceRetries, accept](const Response &response) {
        if (response.status < 400) {
            handler(response);
            return;
        }
        const AcmeProblem problem = AcmeProblem::fromResponse(response.status, response.body);
        // RFC 8555 6.5: badNonce is retried with the nonce that came with the error.
        if (problem.isBadNonce() && nonceRetries < MaxNonceRetries) {
            qCInfo(lcTls).noquote() << "ACME server refused the nonce for" << url.toString() << "; retrying";
            post(url, payload, handler, nonceRetries + 1, accept);
            return;
        }
        fail(u"The certificate authority refused the request to %1: %2."_s.arg(url.toString(), problem.text()));
    });
}

void AcmeClient::send(QNetworkReply *reply, Handler handler)
{
    const auto run = m_run;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxResponseBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, run, reply, handler = std::move(handler)] {
        reply->deleteLater();
        if (m_run != run)
            return;
        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray nonce = reply->rawHeader("Replay-Nonce");
        if (!nonce.isEmpty())
            run->nonce = QString::fromLatin1(nonce);
        response.body = reply->readAll();
        if (reply->property("tooLarge").toBool() || response.body.size() > MaxResponseBytes) {
            fail(u"The ACME server's answer from %1 is larger than %2 bytes."_s.arg(reply->url().toString()).arg(MaxResponseBytes));
            return;
        }
        if (response.status == 0) {
            QString hint;
            if (reply->error() == QNetworkReply::SslHandshakeFailedError)
                hint = u" (a private CA is trusted through acme.ca_file)"_s;
            fail(u"Cannot reach the ACME server at %1: %2%3."_s.arg(reply->url().toString(), reply->errorString(), hint));
            return;
        }
        const QByteArray location = reply->rawHeader("Location");
        if (!location.isEmpty())
            response.location = reply->url().resolved(QUrl(QString::fromLatin1(location)));
        response.retryAfter = QString::fromLatin1(reply->rawHeader("Retry-After"));
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (document.isObject())
            response.json = document.object();
        if (response.status >= 400 && reply->operation() != QNetworkAccessManager::PostOperation) {
            fail(u"The ACME server answered %1 for %2: %3."_s.arg(QString::number(response.status), reply->url().toString(),
                                                                   AcmeProblem::fromResponse(response.status, response.body).text()));
            return;
        }
        handler(response);
    });
}

int AcmeClient::retryAfterSeconds(const Response &response)
{
    // RFC 8555 7.4 / RFC 9110 10.2.3: seconds or an HTTP date; bounded either way.
    int seconds = 1;
    bool isNumber = false;
    const int given = response.retryAfter.toInt(&isNumber);
    if (isNumber) {
        seconds = given;
    } else if (!response.retryAfter.isEmpty()) {
        const QDateTime when = QDateTime::fromString(response.retryAfter, Qt::RFC2822Date);
        if (when.isValid())
            seconds = int(QDateTime::currentDateTimeUtc().secsTo(when));
    }
    return std::clamp(seconds, 1, MaxPollDelaySeconds);
}

void AcmeClient::fail(const QString &sentence)
{
    if (!m_run)
        return;
    finishChallenges({});
    report(u"failed"_s, sentence);
    const auto run = std::exchange(m_run, nullptr);
    if (run->context)
        run->done(Error::failed(sentence));
}

void AcmeClient::succeed(CertificateBundle bundle)
{
    report(u"issued"_s, u"The certificate authority issued the certificate for %1."_s.arg(m_run->request.names.join(u", "_s)));
    const auto run = std::exchange(m_run, nullptr);
    if (run->context)
        run->done(std::move(bundle));
}

} // namespace Doorstep::Tls

#include "engine/ddns/httpclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

#include "engine/ddns/log.h"

namespace Doorstep::Ddns {

using namespace Qt::StringLiterals;

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("Doorstep - doorstepd - " DOORSTEP_VERSION);
}

QString HttpClient::redacted(const QUrl &url, const QStringList &secretItems)
{
    QUrl shown = url;
    shown.setUserInfo(QString());
    QUrlQuery query(shown);
    for (const QString &item : secretItems) {
        if (query.hasQueryItem(item)) {
            query.removeAllQueryItems(item);
            query.addQueryItem(item, u"(secret)"_s);
        }
    }
    shown.setQuery(query);
    return shown.toString();
}

HttpClient::HttpClient(QNetworkAccessManager &network, int timeoutMs)
    : m_network(network)
    , m_timeoutMs(timeoutMs)
{
}

void HttpClient::send(const Request &request, QObject *context, std::function<void(Core::Result<Response>)> done)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    networkRequest.setTransferTimeout(m_timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    const QString shown = redacted(request.url, request.secretQueryItems);
    qCDebug(lcDdns).noquote() << request.method << shown;

    QNetworkReply *reply = m_network.sendCustomRequest(networkRequest, request.method, request.body);
    QPointer<QObject> guard(context);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, guard, done = std::move(done), shown, request] {
        reply->deleteLater();
        if (!guard)
            return;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            // Qt's sentence names the URL, secrets included: show ours instead.
            QString why = reply->errorString();
            why.replace(request.url.toString(), shown);
            why.replace(QString::fromUtf8(request.url.toEncoded()), shown);
            if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
                why = u"no answer within the time limit"_s;
            done(Core::Error::failed(u"Cannot reach %1: %2."_s.arg(request.url.host(), why)));
            return;
        }
        done(Response{status.toInt(), reply->readAll()});
    });
}

} // namespace Doorstep::Ddns

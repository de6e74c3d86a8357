#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include "engine/core/result.h"

class QNetworkAccessManager;

namespace Doorstep::Ddns {

/**
 * The HTTP(S) requests of dynamic DNS: one QNetworkAccessManager, a transfer timeout, the
 * User-Agent naming Doorstep and its version (DynDNS2 asks for one), and URLs that are shown
 * only with their secret query items replaced (Namecheap and DuckDNS put the password or token
 * in the query string).
 */
class HttpClient final
{
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        /** Query items whose values never appear in a log line or sentence. */
        QStringList secretQueryItems;
    };

    struct Response
    {
        int status = 0;
        QByteArray body;
    };

    /** "Doorstep - doorstepd - 0.1.0": DynDNS2's "Company - Device - Version" form. */
    static QByteArray userAgent();
    /** @p url with the values of @p secretItems replaced by "(secret)". */
    static QString redacted(const QUrl &url, const QStringList &secretItems);

    explicit HttpClient(QNetworkAccessManager &network, int timeoutMs = 20000);

    /**
     * Sends @p request; @p done gets the response whatever its status, or an error sentence
     * when no response came (name not found, refused, TLS, timeout). Nothing is called when
     * @p context is gone.
     */
    void send(const Request &request, QObject *context, std::function<void(Core::Result<Response>)> done);

private:
    QNetworkAccessManager &m_network;
    int m_timeoutMs;
};

} // namespace Doorstep::Ddns

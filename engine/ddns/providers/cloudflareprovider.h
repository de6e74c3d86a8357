#pragma once

#include <QJsonValue>

#include "engine/ddns/ddnsprovider.h"
#include "engine/ddns/txtrecordpublisher.h"

namespace Doorstep::Ddns {

/**
 * Cloudflare's API v4 with an API token (ddns.password, sent as a bearer token): finds the
 * zone (GET /zones?name=DOMAIN), the host's A and AAAA records (GET
 * /zones/ID/dns_records?type=A&name=FQDN), then changes the one that differs (PATCH) or
 * creates it (POST). Also publishes and removes TXT records (ACME DNS-01).
 */
class CloudflareProvider final : public DdnsProvider, public TxtRecordPublisher
{
public:
    static constexpr QLatin1StringView kDefaultEndpoint{"https://api.cloudflare.com/client/v4"};

    CloudflareProvider(ProviderSettings settings, HttpClient &http);

    QString missingSettings() const override;
    void update(const PublicAddresses &addresses, QObject *context, Done done) override;
    TxtRecordPublisher *txtPublisher() override { return this; }

    void publishTxt(const QString &name, const QString &value, QObject *context, std::function<void(Core::Result<void>)> done) override;
    void removeTxt(const QString &name, const QString &value, QObject *context, std::function<void(Core::Result<void>)> done) override;

    /**
     * A reply's "result", or its errors as one sentence: AccessDenied for a token that is
     * refused, NotFound/InvalidArgument for what settings must fix, Failed for the rest.
     */
    static Core::Result<QJsonValue> resultOf(const Core::Result<HttpClient::Response> &response);

private:
    using JsonDone = std::function<void(Core::Result<QJsonValue>)>;

    void call(const QByteArray &method, const QString &path, const QList<std::pair<QString, QString>> &query, const QByteArray &body,
              QObject *context, JsonDone done);
    void findZone(QObject *context, std::function<void(Core::Result<QString>)> done);
    /** Makes the one record of @p type at the host hold @p content. */
    void setRecord(const QString &zone, const QString &type, const QString &content, QObject *context,
                   std::function<void(Core::Result<QString>)> done);

    HttpClient &m_http;
};

} // namespace Doorstep::Ddns

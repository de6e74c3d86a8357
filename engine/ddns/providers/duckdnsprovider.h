#pragma once

#include "engine/ddns/ddnsprovider.h"

namespace Doorstep::Ddns {

/**
 * DuckDNS: GET /update?domains=NAME&token=TOKEN&ip=IPV4&ipv6=IPV6 on www.duckdns.org,
 * answered "OK" or "KO" (DuckDNS gives no reason: the token or the name is wrong). The name
 * is the part before .duckdns.org; the token is ddns.password.
 */
class DuckDnsProvider final : public DdnsProvider
{
public:
    static constexpr QLatin1StringView kDefaultEndpoint{"https://www.duckdns.org"};

    DuckDnsProvider(ProviderSettings settings, HttpClient &http);

    QString missingSettings() const override;
    void update(const PublicAddresses &addresses, QObject *context, Done done) override;

private:
    QString subdomain() const;

    HttpClient &m_http;
};

} // namespace Doorstep::Ddns

#pragma once

#include "engine/ddns/ddnsprovider.h"

namespace Doorstep::Ddns {

/**
 * Namecheap's dynamic DNS (the seed's ddclient setup): GET
 * /update?host=HOST&domain=DOMAIN&password=PASSWORD&ip=IPV4 on
 * dynamicdns.park-your-domain.com, answered by an <interface-response> XML document whose
 * <ErrCount> says whether it worked and <errors><Err1>... why not. IPv4 only: Namecheap's
 * dynamic DNS has no IPv6 parameter.
 */
class NamecheapProvider final : public DdnsProvider
{
public:
    static constexpr QLatin1StringView kDefaultEndpoint{"https://dynamicdns.park-your-domain.com"};

    NamecheapProvider(ProviderSettings settings, HttpClient &http);

    QString missingSettings() const override;
    void update(const PublicAddresses &addresses, QObject *context, Done done) override;

    /** The outcome of an <interface-response> body. */
    static UpdateOutcome interpret(const QByteArray &body, const QString &fqdn);

private:
    HttpClient &m_http;
};

} // namespace Doorstep::Ddns

#pragma once

#include "engine/ddns/ddnsprovider.h"

namespace Doorstep::Ddns {

/**
 * The DynDNS2 protocol (Dyn, No-IP, many self-hosted servers and routers' "custom" option):
 * GET /nic/update?hostname=FQDN&myip=IPV4[,IPV6] with HTTP basic authentication and a
 * User-Agent naming the client, answered by one line: "good IP", "nochg IP" or an error code.
 * Dyn's rules: every error but dnserr and 911 is fatal until the user corrects something, and
 * nochg must not be provoked repeatedly (the updater never resends an unchanged address).
 */
class DynDns2Provider final : public DdnsProvider
{
public:
    static constexpr QLatin1StringView kDefaultEndpoint{"https://members.dyndns.org"};

    DynDns2Provider(ProviderSettings settings, HttpClient &http);

    QString missingSettings() const override;
    void update(const PublicAddresses &addresses, QObject *context, Done done) override;

    /** The outcome of a reply body (its first line decides). */
    static UpdateOutcome interpret(const QByteArray &body, const QString &fqdn);

private:
    HttpClient &m_http;
};

} // namespace Doorstep::Ddns

#include "engine/ddns/ddnsprovider.h"

#include "engine/ddns/providers/cloudflareprovider.h"
#include "engine/ddns/providers/duckdnsprovider.h"
#include "engine/ddns/providers/dyndns2provider.h"
#include "engine/ddns/providers/namecheapprovider.h"
#include "engine/ddns/providers/rfc2136provider.h"

namespace Doorstep::Ddns {

using namespace Qt::StringLiterals;

std::unique_ptr<DdnsProvider> DdnsProvider::create(const ProviderSettings &settings, HttpClient &http)
{
    const QString &name = settings.provider;
    if (name == u"namecheap"_s)
        return std::make_unique<NamecheapProvider>(settings, http);
    if (name == u"dyndns2"_s)
        return std::make_unique<DynDns2Provider>(settings, http);
    if (name == u"duckdns"_s)
        return std::make_unique<DuckDnsProvider>(settings, http);
    if (name == u"cloudflare"_s)
        return std::make_unique<CloudflareProvider>(settings, http);
    if (name == u"rfc2136"_s)
        return std::make_unique<Rfc2136Provider>(settings);
    return nullptr;
}

QString DdnsProvider::requireSetting(const QString &value, const QString &key, const QString &what)
{
    if (!value.isEmpty())
        return {};
    return u"Setting '%1' is empty: %2."_s.arg(key, what);
}

std::optional<UpdateOutcome> DdnsProvider::transportFailure(const Core::Result<HttpClient::Response> &response, const QString &provider)
{
    if (!response)
        return UpdateOutcome::retryLater(response.error().message + u" Will try again later."_s);
    if (response->status >= 500)
        return UpdateOutcome::retryLater(u"%1 answered HTTP %2 (a server error); will try again later."_s.arg(provider).arg(response->status));
    return std::nullopt;
}

} // namespace Doorstep::Ddns

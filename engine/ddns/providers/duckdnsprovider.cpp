#include "engine/ddns/providers/duckdnsprovider.h"

#include <QUrlQuery>

namespace Doorstep::Ddns {

using namespace Qt::StringLiterals;

DuckDnsProvider::DuckDnsProvider(ProviderSettings settings, HttpClient &http)
    : DdnsProvider(std::move(settings))
    , m_http(http)
{
}

QString DuckDnsProvider::subdomain() const
{
    QString name = m_settings.fqdn();
    if (name.endsWith(u".duckdns.org"_s))
        name.chop(12);
    return name;
}

QString DuckDnsProvider::missingSettings() const
{
    if (subdomain().isEmpty())
        return u"Setting 'ddns.host' is empty: DuckDNS needs your name (NAME of NAME.duckdns.org)."_s;
    return requireSetting(m_settings.password, u"ddns.password"_s, u"DuckDNS needs the account's token"_s);
}

void DuckDnsProvider::update(const PublicAddresses &addresses, QObject *context, Done done)
{
    QUrl url = m_settings.url(QString(kDefaultEndpoint), u"/update"_s);
    QUrlQuery query;
    query.addQueryItem(u"domains"_s, subdomain());
    query.addQueryItem(u"token"_s, m_settings.password);
    query.addQueryItem(u"ip"_s, addresses.v4.isNull() ? QString() : addresses.v4.toString());
    if (!addresses.v6.isNull())
        query.addQueryItem(u"ipv6"_s, addresses.v6.toString());
    url.setQuery(query);

    HttpClient::Request request;
    request.url = url;
    request.secretQueryItems = {u"token"_s};
    const QString fqdn = subdomain() + u".duckdns.org"_s;
    const QString sent = addresses.describe();
    m_http.send(request, context, [done, fqdn, sent](Core::Result<HttpClient::Response> response) {
        if (auto failed = transportFailure(response, u"DuckDNS"_s)) {
            done(*failed);
            return;
        }
        const QByteArray answer = response->body.trimmed().left(2);
        if (response->status == 200 && answer == "OK")
            done(UpdateOutcome::ok(u"DuckDNS now points %1 at %2."_s.arg(fqdn, sent)));
        else if (answer == "KO")
            done(UpdateOutcome::stop(u"DuckDNS refused the update of %1 (KO): check the token in ddns.password and the name in ddns.host."_s.arg(fqdn)));
        else
            done(UpdateOutcome::stop(u"DuckDNS answered HTTP %1 without OK or KO: check ddns.server."_s.arg(response->status)));
    });
}

} // namespace Doorstep::Ddns

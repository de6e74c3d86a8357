#include "engine/ddns/providers/dyndns2provider.h"

#include <QUrlQuery>

namespace Doorstep::Ddns {

using namespace Qt::StringLiterals;

DynDns2Provider::DynDns2Provider(ProviderSettings settings, HttpClient &http)
    : DdnsProvider(std::move(settings))
    , m_http(http)
{
}

QString DynDns2Provider::missingSettings() const
{
    if (m_settings.fqdn().isEmpty())
        return u"Settings 'ddns.host' and 'ddns.domain' are empty: DynDNS2 needs the name to update."_s;
    if (QString why = requireSetting(m_settings.username, u"ddns.username"_s, u"DynDNS2 needs the login at the provider"_s); !why.isNull())
        return why;
    return requireSetting(m_settings.password, u"ddns.password"_s, u"DynDNS2 needs the password (or update key) at the provider"_s);
}

void DynDns2Provider::update(const PublicAddresses &addresses, QObject *context, Done done)
{
    const QString fqdn = m_settings.fqdn();
    QUrl url = m_settings.url(QString(kDefaultEndpoint), u"/nic/update"_s);
    QUrlQuery query;
    query.addQueryItem(u"hostname"_s, fqdn);
    // IPv4 and IPv6 comma-separated, as No-IP and Dyn accept them.
    query.addQueryItem(u"myip"_s, addresses.toStringList().join(u','));
    url.setQuery(query);

    HttpClient::Request request;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Authorization"), "Basic " + (m_settings.username + u':' + m_settings.password).toUtf8().toBase64()});
    m_http.send(request, context, [done, fqdn](Core::Result<HttpClient::Response> response) {
        if (auto failed = transportFailure(response, u"The DynDNS2 server"_s)) {
            done(*failed);
            return;
        }
        if (response->status == 401 || response->status == 403) {
            done(UpdateOutcome::stop(u"The DynDNS2 server refused the login (HTTP %1): check ddns.username and ddns.password."_s.arg(response->status)));
            return;
        }
        if (response->status != 200) {
            done(UpdateOutcome::stop(u"The DynDNS2 server answered HTTP %1 instead of an update result: check ddns.server."_s.arg(response->status)));
            return;
        }
        done(interpret(response->body, fqdn));
    });
}

UpdateOutcome DynDns2Provider::interpret(const QByteArray &body, const QString &fqdn)
{
    const QString line = QString::fromUtf8(body).trimmed().section(u'\n', 0, 0).trimmed();
    const QString code = line.section(u' ', 0, 0);
    const QString rest = line.section(u' ', 1).trimmed();
    if (code == u"good"_s)
        return UpdateOutcome::ok(u"The DynDNS2 server now points %1 at %2 (good)."_s.arg(fqdn, rest));
    if (code == u"nochg"_s)
        return UpdateOutcome::ok(u"The DynDNS2 server already pointed %1 at %2 (nochg)."_s.arg(fqdn, rest));
    if (code == u"badauth"_s)
        return UpdateOutcome::stop(u"The DynDNS2 server refused the login (badauth): check ddns.username and ddns.password."_s);
    if (code == u"!donator"_s)
        return UpdateOutcome::stop(u"The DynDNS2 server refused (!donator): this update needs a paid account or a manual step at the provider."_s);
    if (code == u"notfqdn"_s)
        return UpdateOutcome::stop(u"The DynDNS2 server says '%1' is not a fully qualified name (notfqdn): check ddns.host and ddns.domain."_s.arg(fqdn));
    if (code == u"nohost"_s)
        return UpdateOutcome::stop(u"The DynDNS2 server does not know %1 in this account (nohost): check ddns.host and ddns.domain."_s.arg(fqdn));
    if (code == u"numhost"_s)
        return UpdateOutcome::stop(u"The DynDNS2 server refused %1 as too many or a round-robin name (numhost)."_s.arg(fqdn));
    if (code == u"abuse"_s)
        return UpdateOutcome::stop(u"The DynDNS2 server has blocked updates of %1 for abuse (abuse): unblock it at the provider."_s.arg(fqdn));
    if (code == u"badagent"_s)
        return UpdateOutcome::stop(u"The DynDNS2 server refused Doorstep's requests (badagent)."_s);
    if (code == u"dnserr"_s)
        return UpdateOutcome::retryLater(u"The DynDNS2 server has a DNS error on its side (dnserr); will try again later."_s);
    if (code == u"911"_s)
        return UpdateOutcome::retryLater(u"The DynDNS2 server has a problem or maintenance (911); will try again later."_s);
    return UpdateOutcome::retryLater(u"The DynDNS2 server gave an unknown answer '%1'; will try again later."_s.arg(line.left(80)));
}

} // namespace Doorstep::Ddns

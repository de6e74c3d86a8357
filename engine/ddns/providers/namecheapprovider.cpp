#include "engine/ddns/providers/namecheapprovider.h"

#include <QUrlQuery>
#include <QXmlStreamReader>

#include "engine/ddns/httpclient.h"

namespace Doorstep::Ddns {

using namespace Qt::StringLiterals;

NamecheapProvider::NamecheapProvider(ProviderSettings settings, HttpClient &http)
    : DdnsProvider(std::move(settings))
    , m_http(http)
{
}

QString NamecheapProvider::missingSettings() const
{
    if (QString why = requireSetting(m_settings.domain, u"ddns.domain"_s, u"Namecheap needs the domain registered there"_s); !why.isNull())
        return why;
    return requireSetting(m_settings.password, u"ddns.password"_s, u"Namecheap needs the domain's Dynamic DNS password"_s);
}

void NamecheapProvider::update(const PublicAddresses &addresses, QObject *context, Done done)
{
    if (addresses.v4.isNull()) {
        done(UpdateOutcome::stop(u"Namecheap's dynamic DNS updates IPv4 addresses only, and this line has none (only %1)."_s.arg(addresses.describe())));
        return;
    }
    // The host inside the domain: "@" for the domain itself (Namecheap's own notation).
    QString host = m_settings.host.trimmed().toLower();
    const QString domain = m_settings.domain.toLower();
    if (host.endsWith(u'.' + domain))
        host.chop(domain.size() + 1);
    else if (host.isEmpty() || host == domain)
        host = u"@"_s;

    QUrl url = m_settings.url(QString(kDefaultEndpoint), u"/update"_s);
    QUrlQuery query;
    query.addQueryItem(u"host"_s, host);
    query.addQueryItem(u"domain"_s, domain);
    query.addQueryItem(u"password"_s, m_settings.password);
    query.addQueryItem(u"ip"_s, addresses.v4.toString());
    url.setQuery(query);

    HttpClient::Request request;
    request.url = url;
    request.secretQueryItems = {u"password"_s};
    const QString fqdn = m_settings.fqdn();
    m_http.send(request, context, [done, fqdn](Core::Result<HttpClient::Response> response) {
        if (auto failed = transportFailure(response, u"Namecheap"_s)) {
            done(*failed);
            return;
        }
        if (response->status != 200) {
            done(UpdateOutcome::stop(u"Namecheap answered HTTP %1 instead of an update result: check ddns.server."_s.arg(response->status)));
            return;
        }
        done(interpret(response->body, fqdn));
    });
}

UpdateOutcome NamecheapProvider::interpret(const QByteArray &body, const QString &fqdn)
{
    // Namecheap declares encoding="utf-16" but sends UTF-8: read the text, not the bytes,
    // so that the declaration is ignored.
    QXmlStreamReader xml(QString::fromUtf8(body));
    int errorCount = -1;
    QStringList errors;
    QString ip;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"interface-response"_s)
            sawRoot = true;
        else if (name == u"ErrCount"_s)
            errorCount = xml.readElementText().trimmed().toInt();
        else if (name == u"IP"_s)
            ip = xml.readElementText().trimmed();
        else if (name.startsWith(u"Err"_s) && name.size() > 3 && name.mid(3).toInt() > 0)
            errors << xml.readElementText().trimmed();
    }
    if (xml.hasError() || !sawRoot || errorCount < 0)
        return UpdateOutcome::retryLater(u"Namecheap's answer is not the expected <interface-response> with an <ErrCount>; will try again later."_s);
    if (errorCount == 0)
        return UpdateOutcome::ok(u"Namecheap now points %1 at %2."_s.arg(fqdn, ip));

    const QString why = errors.isEmpty() ? u"no reason given"_s : errors.join(u"; "_s);
    const QString lower = why.toLower();
    // Namecheap's sentences for a wrong password, an unknown domain or host: nothing a retry fixes.
    if (lower.contains(u"password"_s))
        return UpdateOutcome::stop(u"Namecheap refused the Dynamic DNS password for %1 (%2): check ddns.password."_s.arg(fqdn, why));
    if (lower.contains(u"domain"_s) || lower.contains(u"record"_s) || lower.contains(u"host"_s))
        return UpdateOutcome::stop(u"Namecheap cannot update %1 (%2): check ddns.host and ddns.domain."_s.arg(fqdn, why));
    return UpdateOutcome::retryLater(u"Namecheap did not update %1 (%2); will try again later."_s.arg(fqdn, why));
}

} // namespace Doorstep::Ddns

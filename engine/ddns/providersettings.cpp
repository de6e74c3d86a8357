#include "engine/ddns/providersettings.h"

#include "engine/store/settings.h"

namespace Doorstep::Ddns {

using namespace Qt::StringLiterals;

ProviderSettings ProviderSettings::fromSettings(const Store::Settings &settings)
{
    ProviderSettings s;
    s.provider = settings.stringValue(u"ddns.provider"_s);
    s.host = settings.stringValue(u"ddns.host"_s);
    s.domain = settings.stringValue(u"ddns.domain"_s);
    s.username = settings.stringValue(u"ddns.username"_s);
    s.password = settings.stringValue(u"ddns.password"_s);
    s.server = settings.stringValue(u"ddns.server"_s);
    s.tsigName = settings.stringValue(u"ddns.tsig_name"_s);
    s.tsigAlgorithm = settings.stringValue(u"ddns.tsig_algorithm"_s);
    s.tsigSecret = settings.stringValue(u"ddns.tsig_secret"_s);
    return s;
}

QString ProviderSettings::fqdn() const
{
    QString h = host.trimmed().toLower();
    const QString d = domain.trimmed().toLower();
    if (h.endsWith(u'.'))
        h.chop(1);
    if (h.isEmpty() || h == u"@"_s)
        return d;
    if (d.isEmpty() || h == d || h.endsWith(u'.' + d))
        return h;
    return h + u'.' + d;
}

QString ProviderSettings::endpoint(const QString &fallback) const
{
    if (server.isEmpty())
        return fallback;
    if (server.startsWith(u"http://"_s) || server.startsWith(u"https://"_s))
        return server;
    return u"http://"_s + server;
}

QUrl ProviderSettings::url(const QString &fallback, const QString &path) const
{
    QUrl url(endpoint(fallback));
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QString ProviderSettings::destinationKey() const
{
    return QStringList{provider, fqdn(), server, username}.join(u'|');
}

} // namespace Doorstep::Ddns

#pragma once

#include <QString>
#include <QUrl>

namespace Doorstep::Store {
class Settings;
}

namespace Doorstep::Ddns {

/** The ddns.* settings a provider works with, read once per update. */
struct ProviderSettings
{
    QString provider;
    QString host;
    QString domain;
    QString username;
    QString password;
    QString server;
    QString tsigName;
    QString tsigAlgorithm;
    QString tsigSecret;

    static ProviderSettings fromSettings(const Store::Settings &settings);

    /**
     * The full name that is updated: ddns.domain for an empty host or "@", ddns.host when it
     * already ends in ddns.domain (or there is no domain), else HOST.DOMAIN; lower case,
     * without a trailing dot.
     */
    QString fqdn() const;

    /** The endpoint: ddns.server when set (a URL, or host[:port] meaning http://), else @p fallback. */
    QString endpoint(const QString &fallback) const;
    /** endpoint(@p fallback) with @p path appended to its path ("/nic/update"). */
    QUrl url(const QString &fallback, const QString &path) const;

    /** Identifies where updates go: a different key means the last update sent says nothing. */
    QString destinationKey() const;
};

} // namespace Doorstep::Ddns

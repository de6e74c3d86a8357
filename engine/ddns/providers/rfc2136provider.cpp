#include "engine/ddns/providers/rfc2136provider.h"

#include <memory>

#include <QPointer>
#include <QThreadPool>

#include "engine/core/hostport.h"

namespace Doorstep::Ddns {

using namespace Qt::StringLiterals;
using Change = DnsUpdateMessage::Change;

Rfc2136Provider::Rfc2136Provider(ProviderSettings settings)
    : DdnsProvider(std::move(settings))
{
}

QString Rfc2136Provider::missingSettings() const
{
    if (QString why = requireSetting(m_settings.server, u"ddns.server"_s, u"RFC 2136 needs the zone's primary DNS server (host[:port])"_s);
        !why.isNull())
        return why;
    if (QString why = requireSetting(m_settings.domain, u"ddns.domain"_s, u"RFC 2136 needs the zone to update"_s); !why.isNull())
        return why;
    if (QString why = requireSetting(m_settings.tsigName, u"ddns.tsig_name"_s, u"RFC 2136 needs the name of the TSIG key"_s); !why.isNull())
        return why;
    return requireSetting(m_settings.tsigSecret, u"ddns.tsig_secret"_s, u"RFC 2136 needs the TSIG key's secret (base64)"_s);
}

DnsUpdateMessage Rfc2136Provider::message(QList<Change> changes) const
{
    DnsUpdateMessage update;
    // ddns.server is "host[:port]" ("[v6]:port" for an IPv6 address); DNS's port is 53.
    QString server = m_settings.server;
    if (server.startsWith(u"http://"_s) || server.startsWith(u"https://"_s))
        server = QUrl(server).authority();
    if (const auto hostPort = Core::HostPort::parseServer(server, 53)) {
        update.serverHost = hostPort->host;
        update.serverPort = hostPort->port;
    } else {
        update.serverHost = server;
    }
    update.zone = m_settings.domain.toLower();
    update.keyName = m_settings.tsigName;
    update.keyAlgorithm = m_settings.tsigAlgorithm;
    update.keySecret = m_settings.tsigSecret;
    update.changes = std::move(changes);
    return update;
}

void Rfc2136Provider::sendInPool(const DnsUpdateMessage &update, QObject *context, std::function<void(Core::Result<void>)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([update, guard, done = std::move(done)] {
        auto result = std::make_shared<Core::Result<void>>(update.send());
        if (guard)
            QMetaObject::invokeMethod(guard.data(), [done, result] { done(*result); }, Qt::QueuedConnection);
    });
}

void Rfc2136Provider::update(const PublicAddresses &addresses, QObject *context, Done done)
{
    const QString fqdn = m_settings.fqdn();
    QList<Change> changes;
    // Replace each RRset of a family the line has (RFC 2136 §2.5.2 + §2.5.1 in one message).
    if (!addresses.v4.isNull())
        changes << Change{Change::Kind::DeleteRRset, fqdn, u"A"_s, {}, 0} << Change{Change::Kind::Add, fqdn, u"A"_s, addresses.v4.toString(), kTtl};
    if (!addresses.v6.isNull())
        changes << Change{Change::Kind::DeleteRRset, fqdn, u"AAAA"_s, {}, 0}
                << Change{Change::Kind::Add, fqdn, u"AAAA"_s, addresses.v6.toString(), kTtl};
    const DnsUpdateMessage update = message(changes);
    const QString sent = addresses.describe();
    const QString server = update.serverHost;
    sendInPool(update, context, [done, fqdn, sent, server](Core::Result<void> result) {
        if (result)
            done(UpdateOutcome::ok(u"The DNS server %1 now points %2 at %3."_s.arg(server, fqdn, sent)));
        else if (result.error().code == Core::ErrorCode::Failed)
            done(UpdateOutcome::retryLater(result.error().message + u" Will try again later."_s));
        else
            done(UpdateOutcome::stop(result.error().message));
    });
}

namespace {
QString quotedTxt(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}
} // namespace

void Rfc2136Provider::publishTxt(const QString &name, const QString &value, QObject *context, std::function<void(Core::Result<void>)> done)
{
    sendInPool(message({Change{Change::Kind::Add, name, u"TXT"_s, quotedTxt(value), 60}}), context, std::move(done));
}

void Rfc2136Provider::removeTxt(const QString &name, const QString &value, QObject *context, std::function<void(Core::Result<void>)> done)
{
    sendInPool(message({Change{Change::Kind::DeleteRecord, name, u"TXT"_s, quotedTxt(value), 0}}), context, std::move(done));
}

} // namespace Doorstep::Ddns

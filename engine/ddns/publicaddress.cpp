#include "engine/ddns/publicaddress.h"

#include <QNetworkInterface>
#include <QUrl>

#include "engine/core/clock.h"
#include "engine/core/eventlog.h"
#include "engine/core/textrules.h"
#include "engine/ddns/httpclient.h"
#include "engine/ddns/log.h"
#include "engine/store/settings.h"

namespace Doorstep::Ddns {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

PublicAddress::PublicAddress(Store::Settings &settings, HttpClient &http, Core::EventLog &events, const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_http(http)
    , m_events(events)
    , m_clock(clock)
{
}

void PublicAddress::refresh(QObject *context, Done done)
{
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    if (m_waiting.size() > 1)
        return; // one is under way: its answer is everyone's
    lookUp([this](Result<PublicAddresses> result) { finish(std::move(result)); });
}

Result<PublicAddresses> PublicAddress::fromInterface(const QString &name)
{
    const QNetworkInterface interface = QNetworkInterface::interfaceFromName(name);
    if (!interface.isValid())
        return Error::notFound(u"There is no network interface '%1' on this machine (ddns.ip_source)."_s.arg(name));
    PublicAddresses found;
    for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
        const QHostAddress address = entry.ip();
        if (!whyNotPublic(address).isNull())
            continue;
        if (address.protocol() == QAbstractSocket::IPv4Protocol && found.v4.isNull())
            found.v4 = address;
        else if (address.protocol() == QAbstractSocket::IPv6Protocol && found.v6.isNull())
            found.v6 = QHostAddress(address.toString().section(u'%', 0, 0));
    }
    if (found.isEmpty())
        return Error::notFound(u"The network interface '%1' has no public IPv4 or global IPv6 address: behind a router, use ddns.ip_source 'web'."_s.arg(name));
    return found;
}

void PublicAddress::lookUp(std::function<void(Result<PublicAddresses>)> found)
{
    const QString source = m_settings.stringValue(u"ddns.ip_source"_s);
    if (source.startsWith(u"fixed:"_s)) {
        // The person said so: taken as it is (the setting's validator checked the syntax).
        PublicAddresses fixed;
        fixed.set(QHostAddress(source.mid(6)));
        found(fixed);
        return;
    }
    if (source.startsWith(u"interface:"_s)) {
        found(fromInterface(source.mid(10)));
        return;
    }
    const QString url = m_settings.stringValue(u"ddns.ip_url"_s);
    if (url.isEmpty()) {
        found(Error::invalidArgument(u"Setting 'ddns.ip_url' is empty: ddns.ip_source 'web' needs an address that answers with your public IP address."_s));
        return;
    }
    HttpClient::Request request;
    request.url = QUrl(url);
    m_http.send(request, this, [found, url](Result<HttpClient::Response> response) {
        if (!response) {
            found(response.error());
            return;
        }
        if (response->status != 200) {
            found(Error::failed(u"%1 answered HTTP %2 instead of your address."_s.arg(url).arg(response->status)));
            return;
        }
        const QString body = QString::fromUtf8(response->body.left(200)).trimmed();
        const auto address = Core::parseIpAddress(body);
        if (!address) {
            found(Error::failed(u"%1 answered '%2', which is not an IP address."_s.arg(url, body.left(60))));
            return;
        }
        if (const QString why = whyNotPublic(*address); !why.isNull()) {
            found(Error::failed(u"%1 answered %2: %3"_s.arg(url, address->toString(), why)));
            return;
        }
        PublicAddresses addresses;
        addresses.set(*address);
        found(addresses);
    });
}

void PublicAddress::finish(Result<PublicAddresses> result)
{
    if (result) {
        const PublicAddresses old = m_current;
        m_current = result.value();
        m_foundAtUsec = m_clock.nowUsec();
        m_lastError.clear();
        if (!old.isEmpty() && old != m_current) {
            qCInfo(lcDdns).noquote() << "public address changed from" << old.describe() << "to" << m_current.describe();
            m_events.add(Core::EventKind::AddressChanged, u"Your public address changed from %1 to %2."_s.arg(old.describe(), m_current.describe()),
                         {{u"old"_s, old.toStringList()}, {u"new"_s, m_current.toStringList()}});
            Q_EMIT changed(old, m_current);
        }
    } else {
        m_lastError = result.error().message;
        qCWarning(lcDdns).noquote() << "cannot find the public address:" << m_lastError << ", will retry";
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, done] : waiting) {
        if (context)
            done(result);
    }
}

} // namespace Doorstep::Ddns

#include "engine/delivery/remote/router.h"

#include <QHostAddress>

#include "engine/store/settings.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;

namespace {

constexpr quint16 kSmtpPort = 25;
constexpr quint16 kSubmissionsPort = 465;

quint16 defaultPort(Smtp::ClientTls tls)
{
    return tls == Smtp::ClientTls::Implicit ? kSubmissionsPort : kSmtpPort;
}

} // namespace

QString Hop::key() const
{
    return u"%1|%2|%3|%4|%5"_s.arg(nextHop.host).arg(nextHop.port).arg(nextHop.lookupMx ? u"mx"_s : u"a"_s).arg(int(tls)).arg(user);
}

Hop Router::route(const QString &domain, const QList<Store::RouteRecord> &routes, const Store::Settings &settings)
{
    if (const auto route = Store::RouteRepository::match(routes, domain)) {
        Hop hop;
        hop.kind = Hop::Kind::Route;
        hop.tls = Smtp::clientTlsFromName(route->tls).value_or(Smtp::ClientTls::Opportunistic);
        if (auto parsed = Core::NextHop::parse(route->nextHop, defaultPort(hop.tls))) {
            hop.nextHop = parsed.value();
            hop.user = route->user;
            hop.password = route->password;
            hop.origin = u"route for %1"_s.arg(route->destination);
            return hop;
        }
        // Validated when stored: not reached unless the database was edited by hand.
    }
    const QString smartHost = settings.stringValue(u"relay.smart_host"_s);
    if (!smartHost.isEmpty()) {
        Hop hop;
        hop.kind = Hop::Kind::SmartHost;
        hop.tls = Smtp::clientTlsFromName(settings.stringValue(u"relay.smart_host_tls"_s)).value_or(Smtp::ClientTls::Opportunistic);
        if (auto parsed = Core::NextHop::parse(smartHost, defaultPort(hop.tls))) {
            hop.nextHop = parsed.value();
            hop.user = settings.stringValue(u"relay.smart_host_user"_s);
            hop.password = settings.stringValue(u"relay.smart_host_password"_s);
            hop.origin = u"smart host %1"_s.arg(smartHost);
            return hop;
        }
    }
    Hop hop;
    hop.kind = Hop::Kind::Mx;
    // An address literal ("user@[192.0.2.7]", RFC 5321 4.1.3) names the host itself: no MX.
    if (domain.startsWith(u'[') && domain.endsWith(u']')) {
        QString literal = domain.mid(1, domain.size() - 2);
        if (literal.startsWith(u"ipv6:"_s, Qt::CaseInsensitive))
            literal = literal.mid(5);
        hop.nextHop.host = QHostAddress(literal).toString();
        hop.nextHop.port = quint16(settings.uintValue(u"relay.mx_port"_s));
        hop.origin = u"address literal %1"_s.arg(domain);
        return hop;
    }
    hop.nextHop.host = domain;
    hop.nextHop.port = quint16(settings.uintValue(u"relay.mx_port"_s));
    hop.nextHop.lookupMx = true;
    hop.origin = u"MX of %1"_s.arg(domain);
    return hop;
}

std::optional<Hop> Router::fallback(const Store::Settings &settings)
{
    const QString text = settings.stringValue(u"relay.fallback_host"_s);
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = Core::NextHop::parse(text, kSmtpPort);
    if (!parsed)
        return std::nullopt;
    Hop hop;
    hop.kind = Hop::Kind::Fallback;
    hop.nextHop = parsed.value();
    hop.origin = u"fallback relay %1"_s.arg(text);
    return hop;
}

} // namespace Doorstep::Delivery

#include "engine/store/repositories/routerepository.h"

#include "engine/core/mailaddress.h"
#include "engine/core/nexthop.h"
#include "engine/core/textrules.h"
#include "engine/store/database.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

const QStringList kTlsModes = {u"opportunistic"_s, u"required"_s, u"verify"_s, u"implicit"_s};
constexpr quint16 kSmtpPort = 25;
constexpr quint16 kSubmissionsPort = 465;
constexpr qsizetype kMaxCredential = 256;

Result<void> checkCredential(const QString &value, const QString &what, const QString &destination)
{
    if (Core::characterCount(value) > kMaxCredential)
        return Error::invalidArgument(u"The %1 of the route for '%2' must be at most %3 characters long."_s.arg(what, destination).arg(kMaxCredential));
    for (QChar c : value) {
        if (c.category() == QChar::Other_Control)
            return Error::invalidArgument(u"The %1 of the route for '%2' must not contain control characters."_s.arg(what, destination));
    }
    return {};
}

} // namespace

Result<QString> RouteRepository::normalizeDestination(const QString &destination)
{
    QString text = destination.trimmed();
    QString prefix;
    if (text.startsWith(u"*."_s)) {
        prefix = u"*."_s;
        text = text.mid(2);
    } else if (text.startsWith(u'.')) {
        prefix = u"*."_s;
        text = text.mid(1);
    }
    const auto domain = Core::normalizeDomain(text);
    if (!domain || !domain->contains(u'.'))
        return Error::invalidArgument(
            u"Route destination '%1' is not valid: write a domain ('outlook.com') or all its subdomains ('*.example.com')."_s.arg(destination));
    return prefix + domain.value();
}

Result<RouteRecord> RouteRepository::validate(RouteRecord route)
{
    const auto destination = normalizeDestination(route.destination);
    if (!destination)
        return destination.error();
    route.destination = destination.value();
    route.tls = route.tls.isEmpty() ? u"opportunistic"_s : route.tls.toLower();
    if (!kTlsModes.contains(route.tls))
        return Error::invalidArgument(u"TLS mode '%1' of the route for '%2' is not valid: use opportunistic, required, verify or implicit."_s.arg(
            route.tls, route.destination));
    const bool implicitTls = route.tls == u"implicit"_s;
    const auto hop = Core::NextHop::parse(route.nextHop, implicitTls ? kSubmissionsPort : kSmtpPort);
    if (!hop)
        return Error::invalidArgument(u"Next hop of the route for '%1': %2"_s.arg(route.destination, hop.error().message));
    // Port 25 goes without saying, except with implicit TLS, whose usual port is 465.
    route.nextHop = hop->toString(implicitTls ? std::nullopt : std::optional<quint16>(kSmtpPort));
    if (auto checked = checkCredential(route.user, u"login"_s, route.destination); !checked)
        return checked.error();
    if (auto checked = checkCredential(route.password, u"password"_s, route.destination); !checked)
        return checked.error();
    if (!route.password.isEmpty() && route.user.isEmpty())
        return Error::invalidArgument(u"The route for '%1' has a password but no login: give both or neither."_s.arg(route.destination));
    if (route.user.isNull())
        route.user = u""_s;
    if (route.password.isNull())
        route.password = u""_s;
    return route;
}

std::optional<RouteRecord> RouteRepository::match(const QList<RouteRecord> &routes, const QString &domain)
{
    std::optional<RouteRecord> best;
    for (const RouteRecord &route : routes) {
        if (route.destination == domain)
            return route;
        if (route.destination.startsWith(u"*."_s)) {
            const QString parent = route.destination.mid(1); // ".example.com"
            if (domain.endsWith(parent) && (!best || route.destination.size() > best->destination.size()))
                best = route;
        }
    }
    return best;
}

Result<QList<RouteRecord>> RouteRepository::list()
{
    auto q = m_db.query(u"SELECT destination, next_hop, user, password, tls FROM relay_routes ORDER BY destination"_s);
    if (!q)
        return q.error();
    QList<RouteRecord> routes;
    while (q.value().next())
        routes.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
                       q.value().value(3).toString(), q.value().value(4).toString()});
    return routes;
}

Result<RouteRecord> RouteRepository::set(RouteRecord given, quint64 nowUsec)
{
    const auto route = validate(std::move(given));
    if (!route)
        return route.error();
    const RouteRecord &r = route.value();
    if (auto done = m_db.exec(u"INSERT INTO relay_routes (destination, next_hop, user, password, tls, created_usec) VALUES (?, ?, ?, ?, ?, ?) "
                              u"ON CONFLICT (destination) DO UPDATE SET next_hop = excluded.next_hop, user = excluded.user, "
                              u"password = excluded.password, tls = excluded.tls"_s,
                              {r.destination, r.nextHop, r.user, r.password, r.tls, qlonglong(nowUsec)});
        !done)
        return done.error();
    return r;
}

Result<QString> RouteRepository::remove(const QString &destinationText)
{
    const auto destination = normalizeDestination(destinationText);
    if (!destination)
        return Error::notFound(u"There is no route for '%1'."_s.arg(destinationText));
    return m_db.transaction<QString>([&]() -> Result<QString> {
        auto q = m_db.query(u"SELECT 1 FROM relay_routes WHERE destination = ?"_s, {destination.value()});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::notFound(u"There is no route for '%1'."_s.arg(destination.value()));
        if (auto done = m_db.exec(u"DELETE FROM relay_routes WHERE destination = ?"_s, {destination.value()}); !done)
            return done.error();
        return destination.value();
    });
}

} // namespace Doorstep::Store

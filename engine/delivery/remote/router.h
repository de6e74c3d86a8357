#pragma once

#include <QList>
#include <QString>

#include "engine/core/nexthop.h"
#include "engine/smtp/client/clientsession.h"
#include "engine/store/repositories/routerepository.h"

namespace Doorstep::Store {
class Settings;
}

namespace Doorstep::Delivery {

/**
 * Where mail for one destination domain goes next and how to talk to it. Recipients whose
 * hops are equal (same key) travel in one transaction.
 */
struct Hop
{
    enum class Kind { Route, SmartHost, Mx, Fallback };
    Kind kind = Kind::Mx;
    Core::NextHop nextHop;     // for Mx: the destination domain itself, MX looked up
    Smtp::ClientTls tls = Smtp::ClientTls::Opportunistic;
    QString user;
    QString password;
    QString origin;            // for people: "route for *.example.com", "smart host", "MX of example.com"

    /** Equal keys = same next hop, same TLS and login: one connection can serve both. */
    QString key() const;
};

/**
 * Chooses the hop of a destination domain, first match wins (DESIGN.md mail flow step 6,
 * issue 5): a per-destination route (exact domain, then the longest "*." wildcard), then
 * `relay.smart_host`, otherwise the domain's own MX on `relay.mx_port`.
 */
class Router final
{
public:
    static Hop route(const QString &domain, const QList<Store::RouteRecord> &routes, const Store::Settings &settings);
    /** The `relay.fallback_host` hop, when one is set. */
    static std::optional<Hop> fallback(const Store::Settings &settings);
};

} // namespace Doorstep::Delivery

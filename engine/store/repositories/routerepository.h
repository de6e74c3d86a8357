#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Store {

class Database;

/** A per-destination route (a line of sendmail's mailertable, with authinfo). */
struct RouteRecord
{
    QString destination; // "example.com" or "*.example.com"
    QString nextHop;     // host[:port], [host][:port]
    QString user;
    QString password;    // never leaves the engine over D-Bus
    QString tls;         // opportunistic, required, verify, implicit
};

/**
 * Routes: mail for a destination goes to its next hop instead of the MX or the smart host.
 * "example.com" matches that domain, "*.example.com" its subdomains; the exact domain wins,
 * then the longest wildcard.
 */
class RouteRepository final
{
public:
    explicit RouteRepository(Database &db) : m_db(db) {}

    Core::Result<QList<RouteRecord>> list();
    /** Adds or replaces the route of @p route.destination (validated and normalized first). */
    Core::Result<RouteRecord> set(RouteRecord route, quint64 nowUsec);
    /** Returns the normalized destination removed. */
    Core::Result<QString> remove(const QString &destination);

    /** "Example.COM." -> "example.com", ".example.com" -> "*.example.com"; IDN as punycode. */
    static Core::Result<QString> normalizeDestination(const QString &destination);
    /** Checks and normalizes every field; the next hop in its canonical form. */
    static Core::Result<RouteRecord> validate(RouteRecord route);
    /** The route for @p domain (normalized), if any. */
    static std::optional<RouteRecord> match(const QList<RouteRecord> &routes, const QString &domain);

private:
    Database &m_db;
};

} // namespace Doorstep::Store

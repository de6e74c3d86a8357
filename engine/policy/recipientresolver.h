#pragma once

#include <QList>
#include <QString>

namespace Doorstep::Policy {

class Directory;

/** Where mail for one address of a local domain goes. */
struct Resolution
{
    enum class Kind {
        Deliver,  // to the targets
        Unknown,  // no such user or alias: 550 5.1.1
        Disabled, // the user is disabled: 550 5.2.1
    };
    struct Target
    {
        QString address;
        bool local = false;
    };
    Kind kind = Kind::Unknown;
    QList<Target> targets;
};

/**
 * Resolves an address of a local domain the way virtusertable did: a user; else an alias
 * (followed through other aliases, at most kMaxDepth deep, each user once); else postmaster@
 * and abuse@ to the domain's first enabled user (or the server's); else the domain's catch-all "@domain"; else unknown.
 * @p local is already lower-case, @p domain normalized.
 */
class RecipientResolver final
{
public:
    static constexpr int kMaxDepth = 10;

    static Resolution resolve(const Directory &directory, const QString &local, const QString &domain);

    /**
     * Resolves a bare name that a local program sends to (root, www-data: the seed's
     * /etc/aliases): its bare-name alias; else, when @p hostDomain (identity.hostname,
     * normalized) is a local domain, name@hostDomain like any address there; else unknown.
     * @p name is already lower-case.
     */
    static Resolution resolveLocalName(const Directory &directory, const QString &name, const QString &hostDomain);
};

} // namespace Doorstep::Policy

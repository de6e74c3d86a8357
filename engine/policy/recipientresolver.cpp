#include "engine/policy/recipientresolver.h"

#include <QSet>

#include "engine/policy/directory.h"
#include "engine/policy/log.h"

namespace Doorstep::Policy {

using namespace Qt::StringLiterals;

namespace {

void expand(const Directory &directory, const QStringList &targets, int depth, QSet<QString> &seen, QList<Resolution::Target> &out)
{
    for (const QString &target : targets) {
        if (seen.contains(target))
            continue;
        seen.insert(target);
        const QString domain = target.section(u'@', -1);
        if (!directory.isLocalDomain(domain)) {
            out.append({target, false});
            continue;
        }
        if (const Directory::User *user = directory.user(target)) {
            if (user->enabled)
                out.append({target, true});
            continue; // a disabled member of a list is skipped, the others still get it
        }
        if (const QStringList *next = directory.alias(target)) {
            if (depth < RecipientResolver::kMaxDepth)
                expand(directory, *next, depth + 1, seen, out);
            else
                qCWarning(lcPolicy).noquote() << "alias chain deeper than" << RecipientResolver::kMaxDepth << "at" << target << ", ignoring";
            continue;
        }
        qCWarning(lcPolicy).noquote() << "alias target" << target << "is neither a user nor an alias, ignoring";
    }
}

// Where an alias's targets lead; unknown when none of them takes mail.
Resolution expanded(const Directory &directory, const QStringList &targets, QSet<QString> &seen)
{
    Resolution result;
    expand(directory, targets, 1, seen, result.targets);
    result.kind = result.targets.isEmpty() ? Resolution::Kind::Unknown : Resolution::Kind::Deliver;
    return result;
}

} // namespace

Resolution RecipientResolver::resolve(const Directory &directory, const QString &local, const QString &domain)
{
    const QString address = local + u'@' + domain;
    Resolution result;
    QSet<QString> seen{address};
    if (const Directory::User *user = directory.user(address)) {
        result.kind = user->enabled ? Resolution::Kind::Deliver : Resolution::Kind::Disabled;
        if (user->enabled)
            result.targets.append({address, true});
        return result;
    }
    QStringList targets;
    if (const QStringList *alias = directory.alias(address))
        targets = *alias;
    else if ((local == u"postmaster"_s || local == u"abuse"_s) && !directory.firstUserAnywhere().isEmpty())
        // RFC 5321 4.5.1, RFC 2142: every domain has them; a domain without users of its own
        // hands them to the server's first user.
        targets = {directory.firstUser(domain).isEmpty() ? directory.firstUserAnywhere() : directory.firstUser(domain)};
    else if (const QStringList *catchAll = directory.alias(u"@"_s + domain))
        targets = *catchAll;
    if (targets.isEmpty())
        return result;
    return expanded(directory, targets, seen);
}

Resolution RecipientResolver::resolveLocalName(const Directory &directory, const QString &name, const QString &hostDomain)
{
    if (const QStringList *alias = directory.alias(name)) {
        QSet<QString> seen{name};
        return expanded(directory, *alias, seen);
    }
    if (!hostDomain.isEmpty() && directory.isLocalDomain(hostDomain))
        return resolve(directory, name, hostDomain);
    return {};
}

} // namespace Doorstep::Policy

#include "engine/dbus/greylistservice.h"

#include "engine/filters/greylist.h"
#include "engine/store/repositories/greylistrepository.h"
#include "engine/store/store.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Result;
using Store::Database;
using Store::GreylistRecord;
using Store::GreylistRepository;
using Store::GreylistTriplet;

namespace {

constexpr uint kDefaultMax = 1000;
constexpr uint kLargestMax = 10000;

} // namespace

GreylistService::GreylistService(ServiceContext &context, QObject *parent)
    : FiltersService(context, parent)
{
}

GreylistEntryList GreylistService::List(uint max)
{
    handle([this, max](const PendingReply &reply) {
        if (max > kLargestMax) {
            reply.fail(Core::Error::invalidArgument(
                u"Greylist.List returns at most %1 triplets, not %2: ask for 1 to %1 (0 means %3)."_s.arg(kLargestMax).arg(max).arg(kDefaultMax)));
            return;
        }
        const uint limit = max == 0 ? kDefaultMax : max;
        m_context.store.run(
            this, [limit](Database &db) { return GreylistRepository(db).list(limit); },
            [reply](Result<QList<GreylistRecord>> records) {
                finish(reply, std::move(records), [reply](const QList<GreylistRecord> &list) {
                    GreylistEntryList entries;
                    for (const GreylistRecord &r : list)
                        entries.append({r.triplet.network, r.triplet.sender, r.triplet.recipient, r.lastSeenUsec, r.passed});
                    reply.sendValue(entries);
                });
            });
    });
    return {};
}

QStringList GreylistService::ListAllowed()
{
    handle([this](const PendingReply &reply) { reply.sendValue(m_context.greylist.allowed()); });
    return {};
}

void GreylistService::Allow(const QString &pattern)
{
    changeAllowed(pattern, true);
}

void GreylistService::Disallow(const QString &pattern)
{
    changeAllowed(pattern, false);
}

void GreylistService::changeAllowed(const QString &pattern, bool allow)
{
    handle([this, pattern, allow](const PendingReply &reply) {
        auto done = [this, reply, allow](Result<QString> changed) {
            finish(reply, std::move(changed), [this, reply, allow](const QString &normalized) {
                announce(allow ? u"'%1' now skips greylisting."_s.arg(normalized) : u"'%1' no longer skips greylisting."_s.arg(normalized),
                         {{u"object"_s, u"greylist_allowed"_s}, {u"action"_s, allow ? u"added"_s : u"removed"_s}, {u"pattern"_s, normalized}});
                reply.send();
            });
        };
        if (allow)
            m_context.greylist.allow(pattern, this, done);
        else
            m_context.greylist.disallow(pattern, this, done);
    });
}

void GreylistService::Forget(const QString &text)
{
    handle([this, text](const PendingReply &reply) {
        const auto triplet = GreylistTriplet::parse(text);
        if (!triplet) {
            reply.fail(triplet.error());
            return;
        }
        m_context.store.run(
            this, [t = triplet.value()](Database &db) { return GreylistRepository(db).forget(t); },
            [reply](Result<GreylistTriplet> forgotten) {
                // Not a configuration change: no config_changed event, as for a queue removal.
                finish(reply, std::move(forgotten), [reply](const GreylistTriplet &) { reply.send(); });
            });
    });
}

} // namespace Doorstep::DBus

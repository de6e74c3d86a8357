#include "engine/dbus/aliasesservice.h"

#include "engine/core/clock.h"
#include "engine/store/repositories/aliasrepository.h"
#include "engine/store/store.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Result;
using Store::AliasRecord;
using Store::AliasRepository;
using Store::Database;
using Store::OutboundNameRecord;

namespace {
QVariantMap aliasDetails(const QString &object, const QString &action, const QString &address)
{
    return {{u"object"_s, object}, {u"action"_s, action}, {u"address"_s, address}};
}
} // namespace

AliasesService::AliasesService(ServiceContext &context, QObject *parent)
    : UsersService(context, parent)
{
}

StringPairList AliasesService::List()
{
    handle([this](const PendingReply &reply) {
        m_context.store.run(
            this, [](Database &db) { return AliasRepository(db).list(); },
            [reply](Result<QList<AliasRecord>> aliases) {
                finish(reply, std::move(aliases), [reply](const QList<AliasRecord> &records) {
                    StringPairList list;
                    for (const AliasRecord &r : records)
                        list.append({r.address, r.targets.join(u',')});
                    reply.sendValue(list);
                });
            });
    });
    return {};
}

void AliasesService::Set(const QString &address, const QString &target)
{
    handle([this, address, target](const PendingReply &reply) {
        const quint64 now = m_context.clock.nowUsec();
        m_context.store.run(
            this, [address, target, now](Database &db) { return AliasRepository(db).set(address, target, now); },
            [this, reply](Result<AliasRecord> set) {
                finish(reply, std::move(set), [this, reply](const AliasRecord &alias) {
                    if (!alias.changed) {
                        reply.send();
                        return;
                    }
                    auto details = aliasDetails(u"alias"_s, u"set"_s, alias.address);
                    details.insert(u"targets"_s, alias.targets);
                    announce(u"Alias '%1' now delivers to %2."_s.arg(alias.address, alias.targets.join(u", "_s)), details);
                    reply.send();
                });
            });
    });
}

void AliasesService::Remove(const QString &address)
{
    handle([this, address](const PendingReply &reply) {
        m_context.store.run(
            this, [address](Database &db) { return AliasRepository(db).remove(address); },
            [this, reply](Result<QString> removed) {
                finish(reply, std::move(removed), [this, reply](const QString &name) {
                    announce(u"Alias '%1' removed."_s.arg(name), aliasDetails(u"alias"_s, u"removed"_s, name));
                    reply.send();
                });
            });
    });
}

StringPairList AliasesService::ListOutbound()
{
    handle([this](const PendingReply &reply) {
        m_context.store.run(
            this, [](Database &db) { return AliasRepository(db).listOutbound(); },
            [reply](Result<QList<OutboundNameRecord>> names) {
                finish(reply, std::move(names), [reply](const QList<OutboundNameRecord> &records) {
                    StringPairList list;
                    for (const OutboundNameRecord &r : records)
                        list.append({r.local, r.external});
                    reply.sendValue(list);
                });
            });
    });
    return {};
}

void AliasesService::SetOutbound(const QString &local, const QString &external)
{
    handle([this, local, external](const PendingReply &reply) {
        const quint64 now = m_context.clock.nowUsec();
        m_context.store.run(
            this, [local, external, now](Database &db) { return AliasRepository(db).setOutbound(local, external, now); },
            [this, reply](Result<OutboundNameRecord> set) {
                finish(reply, std::move(set), [this, reply](const OutboundNameRecord &name) {
                    if (!name.changed) {
                        reply.send();
                        return;
                    }
                    auto details = aliasDetails(u"outbound_name"_s, u"set"_s, name.local);
                    details.insert(u"external"_s, name.external);
                    announce(u"Mail from '%1' now leaves as '%2'."_s.arg(name.local, name.external), details);
                    reply.send();
                });
            });
    });
}

void AliasesService::RemoveOutbound(const QString &local)
{
    handle([this, local](const PendingReply &reply) {
        m_context.store.run(
            this, [local](Database &db) { return AliasRepository(db).removeOutbound(local); },
            [this, reply](Result<QString> removed) {
                finish(reply, std::move(removed), [this, reply](const QString &name) {
                    announce(u"Outbound name of '%1' removed."_s.arg(name), aliasDetails(u"outbound_name"_s, u"removed"_s, name));
                    reply.send();
                });
            });
    });
}

} // namespace Doorstep::DBus

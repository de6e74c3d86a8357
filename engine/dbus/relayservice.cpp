#include "engine/dbus/relayservice.h"

#include "engine/core/clock.h"
#include "engine/store/repositories/relayclientrepository.h"
#include "engine/store/store.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Result;
using Store::Database;
using Store::RelayClientRecord;
using Store::RelayClientRepository;

RelayService::RelayService(ServiceContext &context, QObject *parent)
    : AliasesService(context, parent)
{
}

RelayClientList RelayService::ListClients()
{
    handle([this](const PendingReply &reply) {
        m_context.store.run(
            this, [](Database &db) { return RelayClientRepository(db).list(); },
            [reply](Result<QList<RelayClientRecord>> clients) {
                finish(reply, std::move(clients), [reply](const QList<RelayClientRecord> &records) {
                    RelayClientList list;
                    for (const RelayClientRecord &r : records)
                        list.append({r.pattern, r.action, r.comment, r.lastSeenUsec});
                    reply.sendValue(list);
                });
            });
    });
    return {};
}

void RelayService::AddClient(const QString &pattern, const QString &action, const QString &comment)
{
    handle([this, pattern, action, comment](const PendingReply &reply) {
        const quint64 now = m_context.clock.nowUsec();
        m_context.store.run(
            this, [pattern, action, comment, now](Database &db) { return RelayClientRepository(db).add(pattern, action, comment, now); },
            [this, reply](Result<RelayClientRecord> added) {
                finish(reply, std::move(added), [this, reply](const RelayClientRecord &client) {
                    announce(u"Relay client '%1' added with %2."_s.arg(client.pattern, client.action),
                             {{u"object"_s, u"relay_client"_s}, {u"action"_s, u"added"_s}, {u"pattern"_s, client.pattern},
                              {u"relay_action"_s, client.action}});
                    reply.send();
                });
            });
    });
}

void RelayService::RemoveClient(const QString &pattern)
{
    handle([this, pattern](const PendingReply &reply) {
        m_context.store.run(
            this, [pattern](Database &db) { return RelayClientRepository(db).remove(pattern); },
            [this, reply](Result<QString> removed) {
                finish(reply, std::move(removed), [this, reply](const QString &name) {
                    announce(u"Relay client '%1' removed."_s.arg(name),
                             {{u"object"_s, u"relay_client"_s}, {u"action"_s, u"removed"_s}, {u"pattern"_s, name}});
                    reply.send();
                });
            });
    });
}

} // namespace Doorstep::DBus

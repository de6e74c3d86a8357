#include "engine/dbus/domainsservice.h"

#include "engine/core/clock.h"
#include "engine/delivery/remote/dkimsigner.h"
#include "engine/store/repositories/domainrepository.h"
#include "engine/store/store.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Result;
using Store::Database;
using Store::DomainRepository;

DomainsService::DomainsService(ServiceContext &context, QObject *parent)
    : SettingsService(context, parent)
{
}

QStringList DomainsService::List()
{
    handle([this](const PendingReply &reply) {
        m_context.store.run(
            this, [](Database &db) { return DomainRepository(db).list(); },
            [reply](Result<QStringList> domains) { finish(reply, std::move(domains), [reply](const QStringList &v) { reply.sendValue(v); }); });
    });
    return {};
}

void DomainsService::Add(const QString &domain)
{
    handle([this, domain](const PendingReply &reply) {
        const quint64 now = m_context.clock.nowUsec();
        m_context.store.run(
            this, [domain, now](Database &db) { return DomainRepository(db).add(domain, now); },
            [this, reply](Result<QString> added) {
                finish(reply, std::move(added), [this, reply](const QString &name) {
                    announce(u"Domain '%1' added."_s.arg(name), {{u"object"_s, u"domain"_s}, {u"action"_s, u"added"_s}, {u"domain"_s, name}});
                    reply.send();
                });
            });
    });
}

void DomainsService::Remove(const QString &domain)
{
    handle([this, domain](const PendingReply &reply) {
        m_context.store.run(
            this, [domain](Database &db) { return DomainRepository(db).remove(domain); },
            [this, reply](Result<QString> removed) {
                finish(reply, std::move(removed), [this, reply](const QString &name) {
                    announce(u"Domain '%1' removed."_s.arg(name),
                             {{u"object"_s, u"domain"_s}, {u"action"_s, u"removed"_s}, {u"domain"_s, name}});
                    reply.send();
                });
            });
    });
}

StringPairList DomainsService::DkimRecords(const QString &domain)
{
    handle([this, domain](const PendingReply &reply) {
        m_context.dkim.records(domain, this, [reply](Result<QList<Delivery::DkimRecord>> records) {
            finish(reply, std::move(records), [reply](const QList<Delivery::DkimRecord> &list) {
                StringPairList pairs;
                for (const Delivery::DkimRecord &record : list)
                    pairs.append({record.name, record.text});
                reply.sendValue(pairs);
            });
        });
    });
    return {};
}

HealthCheckList DomainsService::Check(const QString &domain)
{
    handle([this, domain](const PendingReply &reply) {
        m_context.checkDomain(domain, [reply](Result<QList<Dns::HealthCheckResult>> results) {
            finish(reply, std::move(results), [reply](const QList<Dns::HealthCheckResult> &checks) {
                HealthCheckList list;
                for (const Dns::HealthCheckResult &result : checks)
                    list.append({result.check, QString(Dns::healthStateName(result.state)), result.sentence, result.record});
                reply.sendValue(list);
            });
        });
    });
    return {};
}

} // namespace Doorstep::DBus

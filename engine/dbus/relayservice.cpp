#include "engine/dbus/relayservice.h"

#include <QDateTime>
#include <QUuid>

#include "engine/core/clock.h"
#include "engine/core/mailaddress.h"
#include "engine/delivery/remote/remotedeliverer.h"
#include "engine/store/repositories/domainrepository.h"
#include "engine/store/repositories/relayclientrepository.h"
#include "engine/store/repositories/routerepository.h"
#include "engine/store/settings.h"
#include "engine/store/store.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Result;
using Store::Database;
using Store::RelayClientRecord;
using Store::RelayClientRepository;
using Store::RouteRecord;
using Store::RouteRepository;

namespace {

// The short message Relay.SendTestMessage sends.
QByteArray testMessage(const QString &from, const QString &to, const QString &hostName)
{
    QByteArray text;
    text += "From: Doorstep <" + from.toUtf8() + ">\r\n";
    text += "To: <" + to.toUtf8() + ">\r\n";
    text += "Subject: Doorstep test message\r\n";
    text += "Date: " + QDateTime::currentDateTime().toString(Qt::RFC2822Date).toUtf8() + "\r\n";
    text += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + '@' + hostName.toUtf8() + ">\r\n";
    text += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nAuto-Submitted: auto-generated\r\n\r\n";
    text += "This is a test message from the Doorstep mail server " + hostName.toUtf8() + ".\r\n"
            "It came here the way real mail to this address goes. Nothing needs to be done with it.\r\n";
    return text;
}

} // namespace

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

RouteList RelayService::ListRoutes()
{
    handle([this](const PendingReply &reply) {
        m_context.store.run(
            this, [](Database &db) { return RouteRepository(db).list(); },
            [reply](Result<QList<RouteRecord>> routes) {
                finish(reply, std::move(routes), [reply](const QList<RouteRecord> &records) {
                    RouteList list;
                    for (const RouteRecord &r : records)
                        list.append({r.destination, r.nextHop, r.user, r.tls}); // never the password
                    reply.sendValue(list);
                });
            });
    });
    return {};
}

void RelayService::SetRoute(const QString &destination, const QString &nextHop, const QString &user, const QString &password, const QString &tls)
{
    handle([this, destination, nextHop, user, password, tls](const PendingReply &reply) {
        const quint64 now = m_context.clock.nowUsec();
        const RouteRecord given{destination, nextHop, user, password, tls};
        m_context.store.run(
            this, [given, now](Database &db) { return RouteRepository(db).set(given, now); },
            [this, reply](Result<RouteRecord> set) {
                finish(reply, std::move(set), [this, reply](const RouteRecord &route) {
                    announce(u"Mail for %1 now goes through %2."_s.arg(route.destination, route.nextHop),
                             {{u"object"_s, u"route"_s}, {u"action"_s, u"set"_s}, {u"destination"_s, route.destination},
                              {u"next_hop"_s, route.nextHop}, {u"tls"_s, route.tls}});
                    reply.send();
                });
            });
    });
}

void RelayService::RemoveRoute(const QString &destination)
{
    handle([this, destination](const PendingReply &reply) {
        m_context.store.run(
            this, [destination](Database &db) { return RouteRepository(db).remove(destination); },
            [this, reply](Result<QString> removed) {
                finish(reply, std::move(removed), [this, reply](const QString &name) {
                    announce(u"The route for %1 was removed."_s.arg(name),
                             {{u"object"_s, u"route"_s}, {u"action"_s, u"removed"_s}, {u"destination"_s, name}});
                    reply.send();
                });
            });
    });
}

QString RelayService::ProbeOutbound(QString &sentence)
{
    Q_UNUSED(sentence) // the reply is sent later, with both values
    handle([this](const PendingReply &reply) {
        m_context.remote.probe([reply](const Delivery::ProbeResult &result) { reply.send({result.stateName(), result.sentence}); });
    });
    return {};
}

QString RelayService::SendTestMessage(const QString &to)
{
    handle([this, to](const PendingReply &reply) {
        const auto address = Core::MailAddress::parse(to);
        if (!address) {
            reply.fail(Core::Error::invalidArgument(u"'%1' is not a mail address: write it as name@example.org."_s.arg(to)));
            return;
        }
        m_context.store.run(
            this, [](Database &db) { return Store::DomainRepository(db).list(); },
            [this, reply, recipient = address->toString()](Result<QStringList> domains) {
                finish(reply, std::move(domains), [this, reply, recipient](const QStringList &local) {
                    const QString domain = recipient.section(u'@', -1);
                    if (local.contains(domain)) {
                        reply.fail(Core::Error::invalidArgument(
                            u"%1 is a local address: the test is for mail that leaves this server. Give an address at another provider."_s.arg(recipient)));
                        return;
                    }
                    const QString hostName = m_context.settings.stringValue(u"identity.hostname"_s);
                    const QString from = u"postmaster@%1"_s.arg(local.isEmpty() ? hostName : local.first());
                    m_context.remote.sendTestMessage(recipient, testMessage(from, recipient, hostName), from, [reply](Result<QString> sent) {
                        finish(reply, std::move(sent), [reply](const QString &answer) { reply.sendValue(answer); });
                    });
                });
            });
    });
    return {};
}

} // namespace Doorstep::DBus

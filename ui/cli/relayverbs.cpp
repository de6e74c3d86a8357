// doorstepctl verbs of org.doorstep.Engine1.Relay.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include "ui/cli/clicontext.h"
#include "ui/cli/passwordprompt.h"
#include "ui/client/engineclient.h"

namespace Doorstep::Ui::Cli {

using namespace Qt::StringLiterals;

namespace {

int relayList(Context &c, const QStringList &)
{
    auto reply = c.client().relay().ListClients();
    if (int code = c.wait(reply); code != Success)
        return code;
    const DBus::RelayClientList clients = reply.value();
    if (c.json()) {
        QJsonArray array;
        for (const DBus::RelayClient &r : clients)
            array.append(QJsonObject{{u"pattern"_s, r.pattern}, {u"action"_s, r.action}, {u"comment"_s, r.comment},
                                     {u"last_seen_usec"_s, double(r.lastSeenUsec)}});
        c.out().json(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const DBus::RelayClient &r : clients) {
        const QString seen = r.lastSeenUsec == 0 ? CliText::tr("never")
                                                 : QDateTime::fromMSecsSinceEpoch(qint64(r.lastSeenUsec / 1000)).toString(u"yyyy-MM-dd HH:mm"_s);
        rows << QStringList{r.pattern, r.action, seen, r.comment};
    }
    c.out().table({CliText::tr("PATTERN"), CliText::tr("ACTION"), CliText::tr("LAST SEEN"), CliText::tr("COMMENT")}, rows);
    return Success;
}

int relayAdd(Context &c, const QStringList &args)
{
    const QString action = args.value(1, u"RELAY"_s);
    const QString comment = args.mid(2).join(u' ');
    return c.wait(c.client().relay().AddClient(args[0], action, comment));
}

int relayRemove(Context &c, const QStringList &args)
{
    return c.wait(c.client().relay().RemoveClient(args[0]));
}

int routeList(Context &c, const QStringList &)
{
    auto reply = c.client().relay().ListRoutes();
    if (int code = c.wait(reply); code != Success)
        return code;
    const DBus::RouteList routes = reply.value();
    if (c.json()) {
        QJsonArray array;
        for (const DBus::Route &r : routes)
            array.append(QJsonObject{{u"destination"_s, r.destination}, {u"next_hop"_s, r.nextHop}, {u"user"_s, r.user}, {u"tls"_s, r.tls}});
        c.out().json(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const DBus::Route &r : routes)
        rows << QStringList{r.destination, r.nextHop, r.tls, r.user.isEmpty() ? u"-"_s : r.user};
    c.out().table({CliText::tr("DESTINATION"), CliText::tr("NEXT HOP"), CliText::tr("TLS"), CliText::tr("LOGIN")}, rows);
    return Success;
}

// route set DESTINATION NEXT_HOP [TLS] [LOGIN]: with a login, the password is read like a
// user's (terminal without echo, or one line of stdin), never from argv.
int routeSet(Context &c, const QStringList &args)
{
    const QString tls = args.value(2, u"opportunistic"_s);
    const QString user = args.value(3);
    QString password;
    if (!user.isEmpty()) {
        QString error;
        const auto secret = readSecret(CliText::tr("Password of %1 at %2: ").arg(user, args[1]), false, error);
        if (!secret) {
            c.out().error(u"doorstepctl: "_s + error);
            return Usage;
        }
        password = *secret;
    }
    return c.wait(c.client().relay().SetRoute(args[0], args[1], user, password, tls));
}

int routeRemove(Context &c, const QStringList &args)
{
    return c.wait(c.client().relay().RemoveRoute(args[0]));
}

int relayProbe(Context &c, const QStringList &)
{
    auto reply = c.client().relay().ProbeOutbound();
    if (int code = c.wait(reply); code != Success)
        return code;
    const QString state = reply.argumentAt<0>();
    const QString sentence = reply.argumentAt<1>();
    if (c.json())
        c.out().json(QJsonObject{{u"state"_s, state}, {u"sentence"_s, sentence}});
    else
        c.out().line(u"%1: %2"_s.arg(state, sentence));
    return Success;
}

int relayTest(Context &c, const QStringList &args)
{
    auto reply = c.client().relay().SendTestMessage(args[0]);
    if (int code = c.wait(reply); code != Success)
        return code;
    if (c.json())
        c.out().json(QJsonObject{{u"reply"_s, reply.value()}});
    else
        c.out().line(reply.value());
    return Success;
}

} // namespace

QList<Verb> relayVerbs()
{
    return {
        {{u"relay"_s, u"list"_s}, QString(), CliText::tr("machines allowed to relay, refused or trusted"), 0, 0, relayList},
        {{u"relay"_s, u"add"_s}, u"PATTERN [RELAY|REJECT|OK] [COMMENT]"_s,
         CliText::tr("add an address, network, host or *.domain (default RELAY)"), 1, -1, relayAdd},
        {{u"relay"_s, u"remove"_s}, u"PATTERN"_s, CliText::tr("remove a relay client"), 1, 1, relayRemove},
        {{u"relay"_s, u"probe"_s}, QString(), CliText::tr("whether this line can send on port 25"), 0, 0, relayProbe},
        {{u"relay"_s, u"test"_s}, u"ADDRESS"_s, CliText::tr("send a test message to a remote address now; prints the remote's answer"), 1, 1, relayTest},
        {{u"route"_s, u"list"_s}, QString(), CliText::tr("per-destination routes (mailertable)"), 0, 0, routeList},
        {{u"route"_s, u"set"_s}, u"DESTINATION NEXT_HOP [opportunistic|required|verify|implicit] [LOGIN]"_s,
         CliText::tr("send mail for a domain (or *.domain) through a next hop; with LOGIN the password is asked"), 2, 4, routeSet},
        {{u"route"_s, u"remove"_s}, u"DESTINATION"_s, CliText::tr("remove a route"), 1, 1, routeRemove},
    };
}

} // namespace Doorstep::Ui::Cli

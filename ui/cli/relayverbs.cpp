// doorstepctl verbs of org.doorstep.Engine1.Relay.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include "ui/cli/clicontext.h"
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

} // namespace

QList<Verb> relayVerbs()
{
    return {
        {{u"relay"_s, u"list"_s}, QString(), CliText::tr("machines allowed to relay, refused or trusted"), 0, 0, relayList},
        {{u"relay"_s, u"add"_s}, u"PATTERN [RELAY|REJECT|OK] [COMMENT]"_s,
         CliText::tr("add an address, network, host or *.domain (default RELAY)"), 1, -1, relayAdd},
        {{u"relay"_s, u"remove"_s}, u"PATTERN"_s, CliText::tr("remove a relay client"), 1, 1, relayRemove},
    };
}

} // namespace Doorstep::Ui::Cli

// doorstepctl verbs of org.doorstep.Engine1.Greylist.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include "ui/cli/clicontext.h"
#include "ui/client/engineclient.h"

namespace Doorstep::Ui::Cli {

using namespace Qt::StringLiterals;

namespace {

const QString kListUsage = u"greylist list [MAX]"_s;

// greylist list [MAX]: the triplets, most recently seen first; TRIPLET is what forget takes.
int greylistList(Context &c, const QStringList &args)
{
    uint max = 0;
    if (!args.isEmpty()) {
        bool ok = false;
        max = args[0].toUInt(&ok);
        if (!ok)
            return c.usage(CliText::tr("MAX must be a whole number, not '%1'.").arg(args[0]), kListUsage);
    }
    auto reply = c.client().greylist().List(max);
    if (int code = c.wait(reply); code != Success)
        return code;
    const DBus::GreylistEntryList entries = reply.value();
    const auto triplet = [](const DBus::GreylistEntry &e) { return QStringList{e.network, e.sender, e.recipient}.join(u','); };
    if (c.json()) {
        QJsonArray array;
        for (const DBus::GreylistEntry &e : entries)
            array.append(QJsonObject{{u"triplet"_s, triplet(e)}, {u"network"_s, e.network}, {u"sender"_s, e.sender},
                                     {u"recipient"_s, e.recipient}, {u"last_seen_usec"_s, double(e.lastSeenUsec)},
                                     {u"passed"_s, double(e.passed)}});
        c.out().json(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const DBus::GreylistEntry &e : entries) {
        const QString seen = QDateTime::fromMSecsSinceEpoch(qint64(e.lastSeenUsec / 1000)).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        const QString state = e.passed == 0 ? CliText::tr("waiting") : CliText::tr("passed %1").arg(e.passed);
        rows << QStringList{triplet(e), state, seen};
    }
    c.out().table({CliText::tr("TRIPLET"), CliText::tr("STATE"), CliText::tr("LAST SEEN")}, rows);
    return Success;
}

int greylistAllowed(Context &c, const QStringList &)
{
    auto reply = c.client().greylist().ListAllowed();
    if (int code = c.wait(reply); code != Success)
        return code;
    const QStringList patterns = reply.value();
    if (c.json()) {
        c.out().json(QJsonArray::fromStringList(patterns));
        return Success;
    }
    for (const QString &pattern : patterns)
        c.out().line(pattern);
    return Success;
}

int greylistAllow(Context &c, const QStringList &args)
{
    return c.wait(c.client().greylist().Allow(args[0]));
}

int greylistDisallow(Context &c, const QStringList &args)
{
    return c.wait(c.client().greylist().Disallow(args[0]));
}

int greylistForget(Context &c, const QStringList &args)
{
    return c.wait(c.client().greylist().Forget(args[0]));
}

} // namespace

QList<Verb> greylistVerbs()
{
    return {
        {{u"greylist"_s, u"list"_s}, u"[MAX]"_s, CliText::tr("greylisted triplets (network,sender,recipient), most recent first"), 0, 1,
         greylistList},
        {{u"greylist"_s, u"allowed"_s}, QString(), CliText::tr("clients and senders that skip greylisting"), 0, 0, greylistAllowed},
        {{u"greylist"_s, u"allow"_s}, u"PATTERN"_s,
         CliText::tr("let an address, network, host, *.domain, sender or @domain skip greylisting"), 1, 1, greylistAllow},
        {{u"greylist"_s, u"disallow"_s}, u"PATTERN"_s, CliText::tr("remove a pattern from the greylist allow list"), 1, 1, greylistDisallow},
        {{u"greylist"_s, u"forget"_s}, u"TRIPLET"_s, CliText::tr("forget a triplet as listed (network,sender,recipient)"), 1, 1, greylistForget},
    };
}

} // namespace Doorstep::Ui::Cli

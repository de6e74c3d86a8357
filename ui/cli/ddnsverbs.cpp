// doorstepctl verbs of org.doorstep.Engine1.Ddns.

#include <QDateTime>
#include <QJsonObject>

#include "ui/cli/clicontext.h"
#include "ui/client/engineclient.h"

namespace Doorstep::Ui::Cli {

using namespace Qt::StringLiterals;

namespace {

// A time point of Ddns.Status, or @p none for 0.
QString timeOrNone(const QVariant &usec, const QString &none)
{
    const qulonglong value = usec.toULongLong();
    if (value == 0)
        return none;
    return QDateTime::fromMSecsSinceEpoch(qint64(value / 1000)).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

int ddnsStatus(Context &c, const QStringList &)
{
    auto reply = c.client().ddns().Status();
    if (int code = c.wait(reply); code != Success)
        return code;
    const QVariantMap m = reply.value();
    if (c.json()) {
        c.out().json(Output::toJson(m));
        return Success;
    }
    const QStringList addresses = m.value(u"addresses"_s).toStringList();
    QString address = addresses.isEmpty() ? CliText::tr("unknown") : addresses.join(u", "_s);
    if (const QString error = m.value(u"address_error"_s).toString(); !error.isEmpty())
        address += u" ("_s + error + u')';
    c.out().fields({
        {CliText::tr("Provider"), m.value(u"provider"_s).toString()},
        {CliText::tr("Host"), m.value(u"host"_s).toString()},
        {CliText::tr("State"), m.value(u"state"_s).toString()},
        {CliText::tr("Public address"), address},
        {CliText::tr("Address from"), m.value(u"ip_source"_s).toString()},
        {CliText::tr("Last update"), timeOrNone(m.value(u"last_update"_s), CliText::tr("never"))},
        {CliText::tr("Last sent"), m.value(u"last_sent"_s).toStringList().join(u", "_s)},
        {CliText::tr("Last result"), m.value(u"last_result"_s).toString()},
        {CliText::tr("Next attempt"), timeOrNone(m.value(u"next_attempt"_s), CliText::tr("none planned"))},
    });
    return Success;
}

int ddnsUpdate(Context &c, const QStringList &)
{
    auto reply = c.client().ddns().UpdateNow();
    if (int code = c.wait(reply); code != Success)
        return code;
    if (c.json())
        c.out().json(QJsonObject{{u"result"_s, reply.value()}});
    else
        c.out().line(reply.value());
    return Success;
}

} // namespace

QList<Verb> ddnsVerbs()
{
    return {
        {{u"ddns"_s, u"status"_s}, QString(), CliText::tr("dynamic DNS: provider, host, public address, last update and result"), 0, 0, ddnsStatus},
        {{u"ddns"_s, u"update"_s}, QString(), CliText::tr("send the public address to the dynamic DNS provider now; prints its answer"), 0, 0,
         ddnsUpdate},
    };
}

} // namespace Doorstep::Ui::Cli

// doorstepctl verbs of org.doorstep.Engine1.Manager: status, stats, events, reload.

#include <csignal>
#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDBusArgument>
#include <QJsonArray>
#include <QJsonObject>
#include <QSocketNotifier>

#include "ui/cli/clicontext.h"
#include "ui/client/engineclient.h"

namespace Doorstep::Ui::Cli {

using namespace Qt::StringLiterals;

namespace {

const QStringList kCounters{u"received"_s, u"delivered"_s, u"deferred"_s, u"bounced"_s, u"rejected"_s, u"rejected_relay"_s,
                            u"rejected_recipient"_s, u"greylisted"_s, u"virus"_s, u"spam"_s};

QList<qulonglong> asCounts(const QVariant &value)
{
    if (value.userType() == qMetaTypeId<QDBusArgument>())
        return qdbus_cast<QList<qulonglong>>(value.value<QDBusArgument>());
    return value.value<QList<qulonglong>>();
}

QString duration(qulonglong seconds)
{
    const qulonglong days = seconds / 86400;
    const qulonglong hours = seconds % 86400 / 3600;
    const qulonglong minutes = seconds % 3600 / 60;
    if (days > 0)
        return CliText::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return CliText::tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return CliText::tr("%1 min").arg(minutes);
    return CliText::tr("%1 s").arg(seconds);
}

QString timestamp(qulonglong usec)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(usec / 1000)).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

int status(Context &c, const QStringList &)
{
    auto reply = c.client().manager().GetStatus();
    if (int code = c.wait(reply); code != Success)
        return code;
    const QVariantMap s = reply.value();
    if (c.json()) {
        c.out().json(Output::toJson(s));
        return Success;
    }
    const QVariantMap listeners = Output::toMap(s.value(u"listeners"_s));
    QStringList listenerText;
    for (const QString &name : {u"mta"_s, u"submission"_s, u"smtps"_s}) {
        const QStringList addresses = listeners.value(name).toStringList();
        listenerText << u"%1 %2"_s.arg(name, addresses.isEmpty() ? CliText::tr("off") : addresses.join(u", "_s));
    }
    // The managed Dovecot's, while it runs.
    for (const QString &name : {u"imap"_s, u"imaps"_s, u"pop3s"_s, u"sieve"_s}) {
        const QStringList addresses = listeners.value(name).toStringList();
        if (!addresses.isEmpty())
            listenerText << u"%1 %2"_s.arg(name, addresses.join(u", "_s));
    }
    const QVariantMap imap = Output::toMap(s.value(u"imap"_s));
    QString imapText = imap.value(u"state"_s).toString();
    if (const QString reason = imap.value(u"reason"_s).toString(); !reason.isEmpty())
        imapText += u" ("_s + reason + u')';
    const QVariantMap today = Output::toMap(s.value(u"today"_s));
    QStringList todayText;
    for (const QString &name : kCounters)
        todayText << u"%1 %2"_s.arg(name).arg(today.value(name).toULongLong());
    c.out().fields({
        {CliText::tr("State"), s.value(u"state"_s).toString()},
        {CliText::tr("Version"), s.value(u"version"_s).toString()},
        {CliText::tr("Mode"), s.value(u"mode"_s).toString()},
        {CliText::tr("Data directory"), s.value(u"data_directory"_s).toString()},
        {CliText::tr("Started"), timestamp(s.value(u"started_at"_s).toULongLong())},
        {CliText::tr("Uptime"), duration(s.value(u"uptime"_s).toULongLong())},
        {CliText::tr("Listeners"), listenerText.join(u"; "_s)},
        //: doorstepctl status: the managed Dovecot (IMAP, POP3, ManageSieve)
        {CliText::tr("Mailbox access"), imapText},
        {CliText::tr("Domains"), QString::number(s.value(u"domains"_s).toUInt())},
        {CliText::tr("Users"), QString::number(s.value(u"users"_s).toUInt())},
        {CliText::tr("Today"), todayText.join(u", "_s)},
    });
    return Success;
}

int stats(Context &c, const QStringList &args)
{
    uint days = 7;
    if (!args.isEmpty()) {
        bool ok = false;
        days = args.first().toUInt(&ok);
        if (!ok)
            return c.usage(CliText::tr("DAYS must be a number, not '%1'").arg(args.first()), u"stats [DAYS]"_s);
    }
    auto reply = c.client().manager().GetStatistics(days);
    if (int code = c.wait(reply); code != Success)
        return code;
    const QVariantMap s = reply.value();
    if (c.json()) {
        c.out().json(Output::toJson(s));
        return Success;
    }
    const QStringList dayNames = s.value(u"days"_s).toStringList();
    QStringList headers{CliText::tr("Day")};
    headers << kCounters;
    QList<QList<qulonglong>> series;
    for (const QString &name : kCounters)
        series << asCounts(s.value(name));
    QList<QStringList> rows;
    for (int d = 0; d < dayNames.size(); ++d) {
        QStringList row{dayNames[d]};
        for (const auto &values : series)
            row << QString::number(values.value(d));
        rows << row;
    }
    c.out().table(headers, rows);
    return Success;
}

void printEvent(Context &c, qulonglong id, qulonglong usec, const QString &kind, const QString &summary, const QVariantMap &details)
{
    if (c.json()) {
        c.out().json(QJsonObject{{u"id"_s, double(id)}, {u"usec"_s, double(usec)}, {u"kind"_s, kind}, {u"summary"_s, summary},
                                 {u"details"_s, Output::toJson(details)}});
    } else {
        c.out().line(u"%1  %2  %3"_s.arg(timestamp(usec), kind.leftJustified(16), summary));
    }
}

int events(Context &c, const QStringList &args)
{
    const bool follow = args.contains(u"--follow"_s);
    for (const QString &a : args) {
        if (a != u"--follow"_s)
            return c.usage(CliText::tr("unknown argument '%1'").arg(a), u"events [--follow]"_s);
    }
    auto reply = c.client().manager().GetRecentEvents(0, 1000);
    if (int code = c.wait(reply); code != Success)
        return code;
    const DBus::EventList list = reply.value();
    qulonglong last = 0;
    for (const DBus::Event &e : list) {
        printEvent(c, e.id, e.usec, e.kind, e.summary, e.details);
        last = e.id;
    }
    if (!follow)
        return Success;

    // Follow until Ctrl-C, or until the engine goes away (exit 3).
    int exitCode = Success;
    QObject::connect(&c.client(), &EngineClient::event, &c.client(),
                     [&c, &last](qulonglong id, qulonglong usec, const QString &kind, const QString &summary, const QVariantMap &details) {
                         if (id <= last)
                             return;
                         last = id;
                         printEvent(c, id, usec, kind, summary, details);
                     });
    QObject::connect(&c.client(), &EngineClient::engineVanished, &c.client(), [&c, &exitCode] {
        c.out().error(CliText::tr("doorstepctl: the engine stopped."));
        exitCode = Unreachable;
        QCoreApplication::quit();
    });
    static int s_pipe[2] = {-1, -1};
    if (::pipe(s_pipe) == 0) {
        auto *notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, &c.client());
        QObject::connect(notifier, &QSocketNotifier::activated, &c.client(), [] { QCoreApplication::quit(); });
        struct sigaction action {};
        action.sa_handler = [](int) {
            const char byte = 1;
            [[maybe_unused]] auto n = ::write(s_pipe[1], &byte, 1);
        };
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
    }
    QCoreApplication::exec();
    return exitCode;
}

int reload(Context &c, const QStringList &)
{
    return c.wait(c.client().manager().Reload());
}

} // namespace

QList<Verb> managerVerbs()
{
    return {
        {{u"status"_s}, QString(), CliText::tr("show the engine's state, listeners and today's counters"), 0, 0, status},
        {{u"stats"_s}, u"[DAYS]"_s, CliText::tr("daily counters of the last DAYS days (default 7)"), 0, 1, stats},
        {{u"events"_s}, u"[--follow]"_s, CliText::tr("recent events; --follow keeps printing new ones"), 0, 1, events},
        {{u"reload"_s}, QString(), CliText::tr("read the configuration again and apply it"), 0, 0, reload},
    };
}

} // namespace Doorstep::Ui::Cli

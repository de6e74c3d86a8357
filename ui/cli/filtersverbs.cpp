// doorstepctl verbs of org.doorstep.Engine1.Filters: spam scoring, the virus scanner, the quarantine.

#include <cstdio>
#include <optional>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "ui/cli/clicontext.h"
#include "ui/client/engineclient.h"

namespace Doorstep::Ui::Cli {

using namespace Qt::StringLiterals;

namespace {

/** A ScoreMessage or TrySpamBackend answer: JSON as it came, or the verdict in words. */
int printScore(Context &c, QDBusPendingReply<QVariantMap> &reply)
{
    if (int code = c.wait(reply); code != Success)
        return code;
    const QVariantMap m = reply.value();
    if (c.json()) {
        c.out().json(Output::toJson(m));
        return Success;
    }
    const QString verdict = m.value(u"verdict"_s).toString();
    QString verdictText;
    if (verdict == u"spam"_s)
        verdictText = CliText::tr("spam: filed into the spam folder");
    else if (verdict == u"reject"_s)
        verdictText = CliText::tr("spam: refused");
    else if (verdict == u"ham"_s)
        verdictText = CliText::tr("not spam");
    else
        verdictText = CliText::tr("not scored: %1").arg(m.value(u"problem"_s).toString());
    const QStringList rules = m.value(u"rules"_s).toStringList();
    QList<std::pair<QString, QString>> fields{
        {CliText::tr("Verdict"), verdictText},
        {CliText::tr("Score"), CliText::tr("%1 (spam from %2)").arg(QString::number(m.value(u"score"_s).toDouble(), 'f', 1),
                                                                     QString::number(m.value(u"required"_s).toDouble(), 'f', 1))},
        {CliText::tr("Rules"), rules.isEmpty() ? CliText::tr("none") : rules.join(u", "_s)},
        {CliText::tr("Backend"), m.value(u"backend"_s).toString()},
    };
    if (m.contains(u"reachable"_s))
        fields.append({CliText::tr("Reachable"), m.value(u"reachable"_s).toBool() ? CliText::tr("yes") : CliText::tr("no")});
    c.out().fields(fields);
    return Success;
}

// filters score FILE: FILE "-" reads the message from stdin.
int filtersScore(Context &c, const QStringList &args)
{
    int code = Success;
    const auto message = c.readFile(args[0], u"filters score FILE"_s, code);
    if (!message)
        return code;
    auto reply = c.client().filters().ScoreMessage(*message);
    return printScore(c, reply);
}

// filters try-backend BACKEND [ADDRESS] FILE: the message scored by a backend that is not
// saved; without ADDRESS, the backend's standard port on this machine.
int filtersTryBackend(Context &c, const QStringList &args)
{
    int code = Success;
    const auto message = c.readFile(args.last(), u"filters try-backend BACKEND [ADDRESS] FILE"_s, code);
    if (!message)
        return code;
    const QVariantMap choices{{u"spam.backend"_s, args[0]}, {u"spam.address"_s, args.size() == 3 ? args[1] : QString()}};
    auto reply = c.client().filters().TrySpamBackend(choices, *message);
    return printScore(c, reply);
}

QString date(qulonglong usec)
{
    if (usec == 0)
        return CliText::tr("unknown");
    return QDateTime::fromMSecsSinceEpoch(qint64(usec / 1000)).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

int filtersAntivirus(Context &c, const QStringList &)
{
    auto reply = c.client().filters().AntivirusStatus();
    if (int code = c.wait(reply); code != Success)
        return code;
    const QVariantMap m = reply.value();
    if (c.json()) {
        c.out().json(Output::toJson(m));
        return Success;
    }
    QList<std::pair<QString, QString>> fields{
        {CliText::tr("State"), m.value(u"state"_s).toString()},
        {CliText::tr("Database"), m.value(u"database_dir"_s).toString()},
        {CliText::tr("Signatures"), QString::number(m.value(u"signatures"_s).toULongLong())},
        {CliText::tr("Database date"), date(m.value(u"database_date"_s).toULongLong())},
    };
    if (const QString reason = m.value(u"reason"_s).toString(); !reason.isEmpty())
        fields.append({CliText::tr("Reason"), reason});
    c.out().fields(fields);
    return Success;
}

int quarantineList(Context &c, const QStringList &)
{
    auto reply = c.client().filters().ListQuarantine();
    if (int code = c.wait(reply); code != Success)
        return code;
    const DBus::QuarantineEntryList entries = reply.value();
    if (c.json()) {
        QJsonArray array;
        for (const DBus::QuarantineEntry &e : entries)
            array.append(QJsonObject{{u"id"_s, e.id},
                                     {u"sender"_s, e.sender},
                                     {u"recipients"_s, QJsonArray::fromStringList(e.recipients.split(u',', Qt::SkipEmptyParts))},
                                     {u"reason"_s, e.reason},
                                     {u"quarantined_usec"_s, double(e.quarantinedUsec)}});
        c.out().json(array);
        return Success;
    }
    if (entries.isEmpty()) {
        c.out().line(CliText::tr("The quarantine is empty."));
        return Success;
    }
    QList<QStringList> rows;
    for (const DBus::QuarantineEntry &e : entries)
        rows << QStringList{e.id, e.sender.isEmpty() ? u"<>"_s : e.sender, e.recipients, date(e.quarantinedUsec), e.reason};
    c.out().table({CliText::tr("ID"), CliText::tr("SENDER"), CliText::tr("RECIPIENTS"), CliText::tr("QUARANTINED"), CliText::tr("REASON")}, rows);
    return Success;
}

int quarantineRelease(Context &c, const QStringList &args)
{
    return c.wait(c.client().filters().ReleaseQuarantined(args[0]));
}

int quarantineDelete(Context &c, const QStringList &args)
{
    return c.wait(c.client().filters().DeleteQuarantined(args[0]));
}

} // namespace

QList<Verb> filtersVerbs()
{
    return {
        {{u"filters"_s, u"score"_s}, u"FILE"_s, CliText::tr("spam score of a message with the configured backend (- reads stdin); nothing is delivered"), 1,
         1, filtersScore},
        {{u"filters"_s, u"try-backend"_s}, u"BACKEND [ADDRESS] FILE"_s,
         CliText::tr("try a spam backend before saving it (builtin, spamd, rspamd; ADDRESS host:port, default its usual "
                     "port here; - reads stdin)"),
         2, 3, filtersTryBackend},
        {{u"filters"_s, u"antivirus"_s}, QString(), CliText::tr("the virus scanner: state, signatures, database date"), 0, 0, filtersAntivirus},
        {{u"quarantine"_s, u"list"_s}, QString(), CliText::tr("messages kept in the quarantine"), 0, 0, quarantineList},
        {{u"quarantine"_s, u"release"_s}, u"ID"_s, CliText::tr("deliver a quarantined message to its recipients"), 1, 1, quarantineRelease},
        {{u"quarantine"_s, u"delete"_s}, u"ID"_s, CliText::tr("delete a quarantined message for good"), 1, 1, quarantineDelete},
    };
}

} // namespace Doorstep::Ui::Cli

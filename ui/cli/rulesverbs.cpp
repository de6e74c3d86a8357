// doorstepctl verbs of org.doorstep.Engine1.Rules, and `user setup` (Users.ClientSetup).

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include "ui/cli/clicontext.h"
#include "ui/client/engineclient.h"

namespace Doorstep::Ui::Cli {

using namespace Qt::StringLiterals;

namespace {

// rules get USER ("" = the global rules): the script as it is.
int rulesGet(Context &c, const QStringList &args)
{
    auto reply = c.client().rules().Get(args.value(0));
    if (int code = c.wait(reply); code != Success)
        return code;
    if (c.json())
        c.out().json(QJsonObject{{u"user"_s, args.value(0)}, {u"script"_s, reply.value()}});
    else
        c.out().text(reply.value());
    return Success;
}

// rules set USER FILE: FILE "-" reads stdin; an empty file removes the rules.
int rulesSet(Context &c, const QStringList &args)
{
    int code = Success;
    const auto script = c.readFile(args[1], u"rules set USER FILE"_s, code);
    if (!script)
        return code;
    return c.wait(c.client().rules().Set(args[0], *script));
}

// The dry run's answer (Rules.Test, Rules.TestStored) as fields, or JSON.
int printDryRun(Context &c, QDBusPendingReply<QVariantMap> &reply)
{
    if (int waited = c.wait(reply); waited != Success)
        return waited;
    const QVariantMap m = reply.value();
    if (c.json()) {
        c.out().json(Output::toJson(m));
        return Success;
    }
    const QVariantMap spam = Output::toMap(m.value(u"spam"_s));
    const QString folder = m.value(u"folder"_s).toString();
    const QString verdict = spam.value(u"verdict"_s).toString();
    const QString spamText =
        verdict.isEmpty() ? CliText::tr("not scored (the spam filter is off)")
        : verdict == u"unscanned"_s
            ? CliText::tr("not scored: %1").arg(spam.value(u"problem"_s).toString())
            //: %1 the score, %2 the threshold, %3 spam/ham/reject
            : CliText::tr("%1 of %2 (%3)").arg(spam.value(u"score"_s).toDouble()).arg(spam.value(u"required"_s).toDouble()).arg(verdict);
    QStringList actions = m.value(u"global_actions"_s).toStringList() + m.value(u"actions"_s).toStringList();
    actions.removeDuplicates();
    c.out().fields({
        {CliText::tr("Greylisting"), m.value(u"greylist"_s).toString()},
        {CliText::tr("Antivirus"), m.value(u"antivirus"_s).toString()},
        {CliText::tr("Spam score"), spamText},
        {CliText::tr("Decided by"), m.value(u"decided_by"_s).toString()},
        {CliText::tr("Folder"), folder.isEmpty() ? CliText::tr("none (not kept)") : folder},
        {CliText::tr("Actions"), actions.isEmpty() ? CliText::tr("none (kept in the inbox)") : actions.join(u"; "_s)},
    });
    return Success;
}

// rules test USER FILE: the dry run of a message.
int rulesTest(Context &c, const QStringList &args)
{
    int code = Success;
    const auto message = c.readFile(args[1], u"rules test USER FILE"_s, code);
    if (!message)
        return code;
    QDBusPendingReply<QVariantMap> reply = c.client().rules().Test(args[0], *message);
    return printDryRun(c, reply);
}

// rules messages USER [COUNT]: the newest messages of the mailbox, to try one.
int rulesMessages(Context &c, const QStringList &args)
{
    bool ok = true;
    const uint limit = args.size() > 1 ? args[1].toUInt(&ok) : 20;
    if (!ok || limit == 0)
        return c.usage(CliText::tr("COUNT must be a number from 1 to 500, not '%1'.").arg(args[1]), u"rules messages USER [COUNT]"_s);
    QDBusPendingReply<QList<QVariantMap>> reply = c.client().rules().Messages(args[0], limit);
    if (int waited = c.wait(reply); waited != Success)
        return waited;
    const QList<QVariantMap> messages = reply.value();
    if (c.json()) {
        QJsonArray array;
        for (const QVariantMap &m : messages)
            array.append(Output::toJson(m));
        c.out().json(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const QVariantMap &m : messages) {
        rows << QStringList{m.value(u"id"_s).toString(), QDateTime::fromSecsSinceEpoch(m.value(u"date"_s).toLongLong()).toString(u"yyyy-MM-dd HH:mm"_s),
                            m.value(u"folder"_s).toString(), m.value(u"from"_s).toString(), m.value(u"subject"_s).toString()};
    }
    c.out().table({CliText::tr("ID"), CliText::tr("ARRIVED"), CliText::tr("FOLDER"), CliText::tr("FROM"), CliText::tr("SUBJECT")}, rows);
    return Success;
}

// rules test-stored USER ID: the dry run of a message from the mailbox (IDs from `rules messages`).
int rulesTestStored(Context &c, const QStringList &args)
{
    QDBusPendingReply<QVariantMap> reply = c.client().rules().TestStored(args[0], args[1]);
    return printDryRun(c, reply);
}

// rules import-procmail USER FILE: the Sieve script on stdout, what was left out on stderr.
int rulesImportProcmail(Context &c, const QStringList &args)
{
    int code = Success;
    const auto procmailrc = c.readFile(args[1], u"rules import-procmail USER FILE"_s, code);
    if (!procmailrc)
        return code;
    QDBusPendingReply<QString, QStringList> reply = c.client().rules().ImportProcmail(args[0], *procmailrc);
    if (int waited = c.wait(reply); waited != Success)
        return waited;
    const QString sieve = reply.argumentAt<0>();
    const QStringList untranslated = reply.argumentAt<1>();
    if (c.json()) {
        c.out().json(QJsonObject{{u"sieve"_s, sieve}, {u"untranslated"_s, QJsonArray::fromStringList(untranslated)}});
        return Success;
    }
    c.out().text(sieve);
    for (const QString &line : untranslated)
        c.out().error(CliText::tr("not imported: %1").arg(line));
    return Success;
}

// user setup ADDRESS: what to type into a mail program, or the files with --json.
int userSetup(Context &c, const QStringList &args)
{
    auto reply = c.client().users().ClientSetup(args[0]);
    if (int code = c.wait(reply); code != Success)
        return code;
    const QVariantMap m = reply.value();
    if (c.json()) {
        c.out().json(Output::toJson(m));
        return Success;
    }
    for (const QString &line : m.value(u"summary"_s).toStringList())
        c.out().line(line);
    return Success;
}

} // namespace

QList<Verb> rulesVerbs()
{
    return {
        {{u"rules"_s, u"get"_s}, u"USER"_s, CliText::tr("a user's Sieve rules (\"\" = the global rules)"), 1, 1, rulesGet},
        {{u"rules"_s, u"set"_s}, u"USER FILE"_s, CliText::tr("check and store a user's Sieve rules (- reads stdin; an empty file removes them)"), 2, 2,
         rulesSet},
        {{u"rules"_s, u"test"_s}, u"USER FILE"_s, CliText::tr("dry run: where a message would go, after greylisting, antivirus and spam (- reads stdin)"),
         2, 2, rulesTest},
        {{u"rules"_s, u"messages"_s}, u"USER [COUNT]"_s, CliText::tr("the newest messages of a user's mailbox (20 unless COUNT), to try one"), 1, 2,
         rulesMessages},
        {{u"rules"_s, u"test-stored"_s}, u"USER ID"_s, CliText::tr("dry run of a message from the mailbox (ID from rules messages)"), 2, 2, rulesTestStored},
        {{u"rules"_s, u"import-procmail"_s}, u"USER FILE"_s,
         CliText::tr("turn a .procmailrc into Sieve (printed, not stored); recipes left out go to stderr"), 2, 2, rulesImportProcmail},
        {{u"user"_s, u"setup"_s}, u"ADDRESS"_s, CliText::tr("mail-program settings of a user (--json adds the autoconfig and Apple profile files)"), 1, 1,
         userSetup},
    };
}

} // namespace Doorstep::Ui::Cli

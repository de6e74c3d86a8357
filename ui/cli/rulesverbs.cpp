// doorstepctl verbs of org.doorstep.Engine1.Rules, and `user setup` (Users.ClientSetup).

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

// rules test USER FILE: the dry run of a message.
int rulesTest(Context &c, const QStringList &args)
{
    int code = Success;
    const auto message = c.readFile(args[1], u"rules test USER FILE"_s, code);
    if (!message)
        return code;
    auto reply = c.client().rules().Test(args[0], *message);
    if (int waited = c.wait(reply); waited != Success)
        return waited;
    const QVariantMap m = reply.value();
    if (c.json()) {
        c.out().json(Output::toJson(m));
        return Success;
    }
    const QVariantMap spam = m.value(u"spam"_s).toMap();
    const QString folder = m.value(u"folder"_s).toString();
    c.out().fields({
        {CliText::tr("Greylisting"), m.value(u"greylist"_s).toString()},
        {CliText::tr("Antivirus"), m.value(u"antivirus"_s).toString()},
        //: %1 the score, %2 the threshold, %3 spam/ham/reject
        {CliText::tr("Spam score"), CliText::tr("%1 of %2 (%3)").arg(spam.value(u"score"_s).toDouble()).arg(spam.value(u"required"_s).toDouble())
                                         .arg(spam.value(u"verdict"_s).toString())},
        {CliText::tr("Decided by"), m.value(u"decided_by"_s).toString()},
        {CliText::tr("Folder"), folder.isEmpty() ? CliText::tr("none (not kept)") : folder},
        {CliText::tr("Actions"), m.value(u"actions"_s).toStringList().join(u"; "_s)},
    });
    return Success;
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
        {{u"rules"_s, u"import-procmail"_s}, u"USER FILE"_s,
         CliText::tr("turn a .procmailrc into Sieve (printed, not stored); recipes left out go to stderr"), 2, 2, rulesImportProcmail},
        {{u"user"_s, u"setup"_s}, u"ADDRESS"_s, CliText::tr("mail-program settings of a user (--json adds the autoconfig and Apple profile files)"), 1, 1,
         userSetup},
    };
}

} // namespace Doorstep::Ui::Cli

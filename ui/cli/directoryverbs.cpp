// doorstepctl verbs of Domains, Users and Aliases: who receives mail here.

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include "ui/cli/clicontext.h"
#include "ui/cli/passwordprompt.h"
#include "ui/client/engineclient.h"

namespace Doorstep::Ui::Cli {

using namespace Qt::StringLiterals;

namespace {

int domainList(Context &c, const QStringList &)
{
    auto reply = c.client().domains().List();
    if (int code = c.wait(reply); code != Success)
        return code;
    const QStringList domains = reply.value();
    if (c.json()) {
        c.out().json(QJsonArray::fromStringList(domains));
        return Success;
    }
    for (const QString &d : domains)
        c.out().line(d);
    return Success;
}

int domainAdd(Context &c, const QStringList &args)
{
    return c.wait(c.client().domains().Add(args[0]));
}

int domainRemove(Context &c, const QStringList &args)
{
    return c.wait(c.client().domains().Remove(args[0]));
}

/** A TXT value as a zone file wants it: quoted strings of at most 255 bytes (RFC 1035 3.3.14). */
QString zoneFileStrings(const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    QStringList strings;
    for (qsizetype at = 0; at < bytes.size(); at += 255)
        strings << u'"' + QString::fromUtf8(bytes.mid(at, 255)).replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s) + u'"';
    return strings.join(u' ');
}

int dkimRecord(Context &c, const QStringList &args)
{
    auto reply = c.client().domains().DkimRecords(args[0]);
    if (int code = c.wait(reply); code != Success)
        return code;
    const DBus::StringPairList records = reply.value();
    if (c.json()) {
        QJsonArray array;
        for (const DBus::StringPair &r : records)
            array.append(QJsonObject{{u"name"_s, r.first}, {u"txt"_s, r.second}});
        c.out().json(array);
        return Success;
    }
    for (const DBus::StringPair &r : records)
        c.out().line(u"%1 TXT %2"_s.arg(r.first, zoneFileStrings(r.second)));
    return Success;
}

int domainCheck(Context &c, const QStringList &args)
{
    auto reply = c.client().domains().Check(args[0]);
    if (int code = c.wait(reply); code != Success)
        return code;
    const DBus::HealthCheckList checks = reply.value();
    if (c.json()) {
        QJsonArray array;
        for (const DBus::HealthCheck &check : checks)
            array.append(QJsonObject{{u"check"_s, check.check}, {u"state"_s, check.state}, {u"sentence"_s, check.sentence}, {u"record"_s, check.record}});
        c.out().json(array);
        return Success;
    }
    for (const DBus::HealthCheck &check : checks) {
        c.out().line(u"%1 %2 %3"_s.arg(check.state.leftJustified(4), check.check.leftJustified(12), check.sentence));
        if (check.record.isEmpty())
            continue;
        for (const QString &record : check.record.split(u'\n'))
            c.out().line(u"     %1 %2"_s.arg(CliText::tr("publish:"), record));
    }
    return Success;
}

int userList(Context &c, const QStringList &)
{
    auto reply = c.client().users().List();
    if (int code = c.wait(reply); code != Success)
        return code;
    const DBus::UserList users = reply.value();
    if (c.json()) {
        QJsonArray array;
        for (const DBus::User &u : users)
            array.append(QJsonObject{{u"address"_s, u.address}, {u"enabled"_s, u.enabled}, {u"mailbox_bytes"_s, double(u.mailboxBytes)}});
        c.out().json(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const DBus::User &u : users)
        rows << QStringList{u.address, u.enabled ? CliText::tr("yes") : CliText::tr("no"), QLocale().formattedDataSize(qint64(u.mailboxBytes))};
    c.out().table({CliText::tr("ADDRESS"), CliText::tr("ENABLED"), CliText::tr("MAILBOX")}, rows);
    return Success;
}

int withPassword(Context &c, const QString &address, const std::function<QDBusPendingCall(const QString &)> &call)
{
    QString error;
    const auto password = readSecret(CliText::tr("Password for %1: ").arg(address), true, error);
    if (!password) {
        c.out().error(u"doorstepctl: "_s + error);
        return Usage;
    }
    return c.wait(call(*password));
}

int userAdd(Context &c, const QStringList &args)
{
    return withPassword(c, args[0], [&](const QString &password) { return c.client().users().Add(args[0], password); });
}

int userPasswd(Context &c, const QStringList &args)
{
    return withPassword(c, args[0], [&](const QString &password) { return c.client().users().SetPassword(args[0], password); });
}

int userEnable(Context &c, const QStringList &args)
{
    return c.wait(c.client().users().SetEnabled(args[0], true));
}

int userDisable(Context &c, const QStringList &args)
{
    return c.wait(c.client().users().SetEnabled(args[0], false));
}

int userRemove(Context &c, const QStringList &args)
{
    return c.wait(c.client().users().Remove(args[0]));
}

int printPairs(Context &c, QDBusPendingReply<DBus::StringPairList> reply, const QString &firstKey, const QString &secondKey,
               const QStringList &headers)
{
    if (int code = c.wait(reply); code != Success)
        return code;
    const DBus::StringPairList pairs = reply.value();
    if (c.json()) {
        QJsonArray array;
        for (const DBus::StringPair &p : pairs)
            array.append(QJsonObject{{firstKey, p.first}, {secondKey, p.second}});
        c.out().json(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const DBus::StringPair &p : pairs)
        rows << QStringList{p.first, p.second};
    c.out().table(headers, rows);
    return Success;
}

int aliasList(Context &c, const QStringList &)
{
    return printPairs(c, c.client().aliases().List(), u"address"_s, u"targets"_s, {CliText::tr("ADDRESS"), CliText::tr("TARGETS")});
}

int aliasSet(Context &c, const QStringList &args)
{
    return c.wait(c.client().aliases().Set(args[0], args.mid(1).join(u',')));
}

int aliasRemove(Context &c, const QStringList &args)
{
    return c.wait(c.client().aliases().Remove(args[0]));
}

int outboundList(Context &c, const QStringList &)
{
    return printPairs(c, c.client().aliases().ListOutbound(), u"local"_s, u"external"_s, {CliText::tr("LOCAL"), CliText::tr("EXTERNAL")});
}

int outboundSet(Context &c, const QStringList &args)
{
    return c.wait(c.client().aliases().SetOutbound(args[0], args[1]));
}

int outboundRemove(Context &c, const QStringList &args)
{
    return c.wait(c.client().aliases().RemoveOutbound(args[0]));
}

} // namespace

QList<Verb> directoryVerbs()
{
    return {
        {{u"domain"_s, u"list"_s}, QString(), CliText::tr("the domains this server receives mail for"), 0, 0, domainList},
        {{u"domain"_s, u"add"_s}, u"DOMAIN"_s, CliText::tr("receive mail for DOMAIN"), 1, 1, domainAdd},
        {{u"domain"_s, u"remove"_s}, u"DOMAIN"_s, CliText::tr("stop receiving mail for DOMAIN (it must have no users or aliases)"), 1, 1, domainRemove},
        {{u"dkim"_s, u"record"_s}, u"DOMAIN"_s,
         CliText::tr("the DNS TXT records of DOMAIN's DKIM keys (made if missing), as zone-file lines: NAME TXT and the value in "
                     "quoted strings of at most 255 bytes; --json gives each value as one string, as a web DNS panel wants it"),
         1, 1, dkimRecord},
        {{u"domain"_s, u"check"_s}, u"DOMAIN"_s, CliText::tr("ask the DNS whether the world can reach DOMAIN and trusts its mail (MX, address, reverse name, SPF, DKIM, DMARC, blocklists, certificate, port 25), with the records to publish"), 1, 1, domainCheck},
        {{u"user"_s, u"list"_s}, QString(), CliText::tr("mailbox users with their mailbox size"), 0, 0, userList},
        {{u"user"_s, u"add"_s}, u"ADDRESS"_s, CliText::tr("add a user (password asked without echo, or one line on stdin)"), 1, 1, userAdd},
        {{u"user"_s, u"passwd"_s}, u"ADDRESS"_s, CliText::tr("change a user's password"), 1, 1, userPasswd},
        {{u"user"_s, u"enable"_s}, u"ADDRESS"_s, CliText::tr("let a user log in and receive mail again"), 1, 1, userEnable},
        {{u"user"_s, u"disable"_s}, u"ADDRESS"_s, CliText::tr("refuse a user's logins and mail, keeping the mailbox"), 1, 1, userDisable},
        {{u"user"_s, u"remove"_s}, u"ADDRESS"_s, CliText::tr("remove a user (the mailbox stays on disk)"), 1, 1, userRemove},
        {{u"alias"_s, u"list"_s}, QString(), CliText::tr("incoming aliases and catch-alls"), 0, 0, aliasList},
        {{u"alias"_s, u"set"_s}, u"ADDRESS TARGETS"_s, CliText::tr("deliver ADDRESS (or @domain, or a bare name) to TARGETS, comma-separated"), 2, -1, aliasSet},
        {{u"alias"_s, u"remove"_s}, u"ADDRESS"_s, CliText::tr("remove an alias"), 1, 1, aliasRemove},
        {{u"outbound"_s, u"list"_s}, QString(), CliText::tr("outbound names (genericstable)"), 0, 0, outboundList},
        {{u"outbound"_s, u"set"_s}, u"LOCAL EXTERNAL"_s, CliText::tr("mail from LOCAL leaves as EXTERNAL"), 2, 2, outboundSet},
        {{u"outbound"_s, u"remove"_s}, u"LOCAL"_s, CliText::tr("remove an outbound name"), 1, 1, outboundRemove},
    };
}

} // namespace Doorstep::Ui::Cli

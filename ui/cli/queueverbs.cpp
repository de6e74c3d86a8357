// doorstepctl verbs of org.doorstep.Engine1.Queue and .Certificates.

#include <QDateTime>
#include <QDBusArgument>
#include <QJsonArray>
#include <QJsonObject>

#include "ui/cli/clicontext.h"
#include "ui/client/engineclient.h"

namespace Doorstep::Ui::Cli {

using namespace Qt::StringLiterals;

namespace {

QString when(qulonglong usec)
{
    if (usec == 0)
        return CliText::tr("now");
    return QDateTime::fromMSecsSinceEpoch(qint64(usec / 1000)).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

int queueList(Context &c, const QStringList &)
{
    auto reply = c.client().queue().List();
    if (int code = c.wait(reply); code != Success)
        return code;
    const DBus::QueueEntryList entries = reply.value();
    if (c.json()) {
        QJsonArray array;
        for (const DBus::QueueEntry &e : entries)
            array.append(QJsonObject{{u"id"_s, e.id},
                                     {u"sender"_s, e.sender},
                                     {u"recipients"_s, QJsonArray::fromStringList(e.recipients.split(u',', Qt::SkipEmptyParts))},
                                     {u"state"_s, e.state},
                                     {u"next_attempt_usec"_s, double(e.nextAttemptUsec)},
                                     {u"attempts"_s, int(e.attempts)},
                                     {u"last_error"_s, e.lastError}});
        c.out().json(array);
        return Success;
    }
    if (entries.isEmpty()) {
        c.out().line(CliText::tr("The queue is empty."));
        return Success;
    }
    QList<QStringList> rows;
    for (const DBus::QueueEntry &e : entries)
        rows << QStringList{e.id, e.sender.isEmpty() ? u"<>"_s : e.sender, e.recipients, e.state, when(e.nextAttemptUsec),
                            QString::number(e.attempts), e.lastError};
    c.out().table({CliText::tr("ID"), CliText::tr("SENDER"), CliText::tr("RECIPIENTS"), CliText::tr("STATE"), CliText::tr("NEXT ATTEMPT"),
                   CliText::tr("ATTEMPTS"), CliText::tr("LAST ERROR")},
                  rows);
    return Success;
}

int queueShow(Context &c, const QStringList &args)
{
    auto reply = c.client().queue().Get(args[0]);
    if (int code = c.wait(reply); code != Success)
        return code;
    const QVariantMap m = reply.value();
    if (c.json()) {
        c.out().json(Output::toJson(m));
        return Success;
    }
    c.out().fields({
        {CliText::tr("ID"), m.value(u"id"_s).toString()},
        {CliText::tr("Sender"), m.value(u"sender"_s).toString().isEmpty() ? u"<>"_s : m.value(u"sender"_s).toString()},
        {CliText::tr("Size"), QLocale().formattedDataSize(m.value(u"size"_s).toLongLong())},
        {CliText::tr("Received"), when(m.value(u"received"_s).toULongLong())},
        {CliText::tr("From client"), m.value(u"client"_s).toString()},
        {CliText::tr("Logged in as"), m.value(u"auth_user"_s).toString()},
    });
    c.out().line(QString());
    QList<QStringList> rows;
    const auto recipients = qdbus_cast<QVariantList>(m.value(u"recipients"_s));
    for (const QVariant &item : recipients) {
        const QVariantMap r = Output::toMap(item);
        rows << QStringList{r.value(u"address"_s).toString(), r.value(u"delivers_to"_s).toString(), r.value(u"state"_s).toString(),
                            QString::number(r.value(u"attempts"_s).toUInt()), r.value(u"last_error"_s).toString()};
    }
    c.out().table({CliText::tr("RECIPIENT"), CliText::tr("DELIVERS TO"), CliText::tr("STATE"), CliText::tr("ATTEMPTS"), CliText::tr("LAST ERROR")},
                  rows);
    c.out().line(QString());
    c.out().line(m.value(u"headers"_s).toString().trimmed());
    return Success;
}

int queueRetry(Context &c, const QStringList &args)
{
    return c.wait(c.client().queue().RetryNow(args[0]));
}

int queueRemove(Context &c, const QStringList &args)
{
    return c.wait(c.client().queue().Remove(args[0]));
}

int queueBounce(Context &c, const QStringList &args)
{
    return c.wait(c.client().queue().Bounce(args[0]));
}

int certShow(Context &c, const QStringList &)
{
    auto reply = c.client().certificates().Current();
    if (int code = c.wait(reply); code != Success)
        return code;
    const QVariantMap m = reply.value();
    if (c.json()) {
        c.out().json(Output::toJson(m));
        return Success;
    }
    if (m.isEmpty()) {
        c.out().line(CliText::tr("There is no certificate yet."));
        return Success;
    }
    c.out().fields({
        {CliText::tr("Source"), m.value(u"source"_s).toString()},
        {CliText::tr("Subject"), m.value(u"subject"_s).toString()},
        {CliText::tr("Names"), m.value(u"names"_s).toStringList().join(u", "_s)},
        {CliText::tr("Issuer"), m.value(u"issuer"_s).toString()},
        {CliText::tr("Valid from"), when(m.value(u"not_before"_s).toULongLong())},
        {CliText::tr("Valid until"), when(m.value(u"not_after"_s).toULongLong())},
        {CliText::tr("Key"), u"%1 %2"_s.arg(m.value(u"key"_s).toString()).arg(m.value(u"key_bits"_s).toUInt())},
        {CliText::tr("SHA-256"), m.value(u"fingerprint_sha256"_s).toString()},
        {CliText::tr("Next renewal"), m.value(u"next_renewal"_s).toULongLong() ? when(m.value(u"next_renewal"_s).toULongLong())
                                                                              : CliText::tr("none planned")},
        {CliText::tr("Renewal error"), m.value(u"renewal_error"_s).toString()},
    });
    return Success;
}

int certSelfSigned(Context &c, const QStringList &args)
{
    QStringList names;
    for (const QString &a : args)
        names << a.split(u',', Qt::SkipEmptyParts);
    return c.wait(c.client().certificates().GenerateSelfSigned(names));
}

} // namespace

QList<Verb> queueVerbs()
{
    return {
        {{u"queue"_s, u"list"_s}, QString(), CliText::tr("messages waiting for delivery"), 0, 0, queueList},
        {{u"queue"_s, u"show"_s}, u"ID"_s, CliText::tr("one message: envelope, each recipient's state, headers"), 1, 1, queueShow},
        {{u"queue"_s, u"retry"_s}, u"ID"_s, CliText::tr("try to deliver a message now"), 1, 1, queueRetry},
        {{u"queue"_s, u"remove"_s}, u"ID"_s, CliText::tr("delete a message from the queue without delivering it"), 1, 1, queueRemove},
        {{u"queue"_s, u"bounce"_s}, u"ID"_s, CliText::tr("give up on a message now and tell its sender"), 1, 1, queueBounce},
        {{u"cert"_s, u"show"_s}, QString(), CliText::tr("the TLS certificate in use"), 0, 0, certShow},
        {{u"cert"_s, u"self-signed"_s}, u"[NAMES]"_s, CliText::tr("make a new self-signed certificate (default: identity.hostname)"), 0, -1,
         certSelfSigned},
    };
}

} // namespace Doorstep::Ui::Cli

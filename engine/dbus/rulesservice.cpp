#include "engine/dbus/rulesservice.h"

#include "engine/delivery/rules/procmailimport.h"
#include "engine/delivery/rules/sieverules.h"
#include "engine/filters/spam/spamfilter.h"
#include "engine/policy/directorycache.h"
#include "engine/store/settings.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

RulesService::RulesService(ServiceContext &context, QObject *parent)
    : DdnsService(context, parent)
{
}

Result<void> RulesService::checkUser(const QString &user, bool allowGlobal) const
{
    if (user.isEmpty()) {
        if (allowGlobal)
            return {};
        return Error::invalidArgument(u"Give a user's address."_s);
    }
    if (!m_context.directory.current()->user(user.toLower()))
        return Error::notFound(u"There is no user '%1'."_s.arg(user));
    return {};
}

QString RulesService::Get(const QString &user)
{
    handle([this, user](const PendingReply &reply) {
        if (auto known = checkUser(user, true); !known)
            return reply.fail(known.error());
        finish(reply, m_context.rules.get(user.toLower()), [reply](const QString &script) { reply.sendValue(script); });
    });
    return {};
}

void RulesService::Set(const QString &user, const QString &script)
{
    handle([this, user, script](const PendingReply &reply) {
        if (!user.isEmpty()) {
            if (auto known = checkUser(user, false); !known)
                return reply.fail(known.error());
        }
        const QString address = user.toLower();
        m_context.rules.set(address, script, this, [this, reply, address, script](Result<void> stored) {
            if (!stored)
                return reply.fail(stored.error());
            announce(script.trimmed().isEmpty() ? u"Rules of %1 removed."_s.arg(address) : u"Rules of %1 changed."_s.arg(address),
                     {{u"object"_s, u"rules"_s}, {u"action"_s, script.trimmed().isEmpty() ? u"removed"_s : u"changed"_s}, {u"user"_s, address}});
            reply.send();
        });
    });
}

QVariantMap RulesService::Test(const QString &user, const QString &message)
{
    handle([this, user, message](const PendingReply &reply) {
        if (auto known = checkUser(user, true); !known)
            return reply.fail(known.error());
        if (message.trimmed().isEmpty())
            return reply.fail(Error::invalidArgument(u"The message to try is empty: give a whole message, headers and body."_s));
        // The verdict chain before the rules: the spam score first, with the headers it adds.
        QByteArray bytes = message.toUtf8();
        bytes.replace("\r\n", "\n");
        bytes.replace("\n", "\r\n");
        const Filters::SpamChoices choices = m_context.spam.currentChoices();
        const QString address = user.toLower();
        m_context.spam.scoreMessage(bytes, this, [this, reply, address, bytes, choices](const Filters::SpamScore &score) {
            const QString verdict = Filters::SpamFilter::verdictName(score, choices);
            const QVariantMap spam{{u"score"_s, score.score}, {u"required"_s, choices.threshold}, {u"rules"_s, score.rules},
                                   {u"verdict"_s, verdict},   {u"backend"_s, choices.backend},  {u"problem"_s, score.problem}};
            QByteArray marked = bytes;
            if (verdict == u"spam"_s)
                marked.prepend("X-Spam-Flag: YES\r\n");
            else
                marked.prepend("X-Spam-Flag: NO\r\n"); // the filter's word replaces the sender's
            QString greylist = m_context.settings.boolValue(u"greylist.enabled"_s)
                                   ? u"Greylisting is on: a sender seen for the first time waits before the message is received."_s
                                   : u"Greylisting is off."_s;
            QString antivirus = m_context.settings.boolValue(u"antivirus.enabled"_s)
                                    ? u"Virus scanning is on: a message with a virus is refused before the rules."_s
                                    : u"Virus scanning is off."_s;
            if (verdict == u"reject"_s) {
                reply.sendValue(QVariantMap{{u"spam"_s, spam}, {u"greylist"_s, greylist}, {u"antivirus"_s, antivirus},
                                            {u"folder"_s, QString()}, {u"actions"_s, QStringList{u"refuse the message (spam.reject_threshold)"_s}},
                                            {u"decided_by"_s, u"spam"_s}, {u"trace"_s, QStringList()}});
                return;
            }
            m_context.rules.test(address, QString::fromUtf8(marked), this,
                                 [reply, spam, greylist, antivirus](Result<QVariantMap> result) {
                                     finish(reply, std::move(result), [&](QVariantMap map) {
                                         map.insert({{u"spam"_s, spam}, {u"greylist"_s, greylist}, {u"antivirus"_s, antivirus}});
                                         reply.sendValue(map);
                                     });
                                 });
        });
    });
    return {};
}

QString RulesService::ImportProcmail(const QString &user, const QString &procmailrc, QStringList &)
{
    handle([this, user, procmailrc](const PendingReply &reply) {
        if (auto known = checkUser(user, true); !known)
            return reply.fail(known.error());
        if (procmailrc.size() > Delivery::SieveRules::kMaxScriptBytes)
            return reply.fail(Error::invalidArgument(u"The procmail rules are longer than %1 bytes."_s.arg(Delivery::SieveRules::kMaxScriptBytes)));
        Delivery::ProcmailImporter::Options options;
        options.spamFolder = m_context.settings.stringValue(u"spam.folder"_s);
        options.user = user.section(u'@', 0, 0).toLower();
        const Delivery::ProcmailImport imported = Delivery::ProcmailImporter::translate(procmailrc, options);
        reply.send({imported.sieve, imported.untranslated});
    });
    return {};
}

} // namespace Doorstep::DBus

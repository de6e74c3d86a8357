#include "engine/dbus/rulesservice.h"

#include "engine/dbus/rulesdryrun.h"
#include "engine/delivery/rules/procmailimport.h"
#include "engine/delivery/rules/sieverules.h"
#include "engine/delivery/rules/storedmessages.h"
#include "engine/policy/directorycache.h"
#include "engine/store/mailboxlocation.h"
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
        RulesDryRun::start(m_context, user, message.toUtf8(), this, [reply](Result<QVariantMap> result) {
            finish(reply, std::move(result), [reply](const QVariantMap &map) { reply.sendValue(map); });
        });
    });
    return {};
}

Doorstep::DBus::VariantMapList RulesService::Messages(const QString &user, uint limit)
{
    handle([this, user, limit](const PendingReply &reply) {
        if (auto known = checkUser(user, false); !known)
            return reply.fail(known.error());
        if (limit > kMaxMessages)
            return reply.fail(Error::invalidArgument(u"Ask for at most %1 messages at a time (%2 asked)."_s.arg(kMaxMessages).arg(limit)));
        const QString mailbox = Store::MailboxLocation::path(m_context.dataDirectory, user.toLower());
        const int count = limit == 0 ? 50 : int(limit);
        inPool<VariantMapList>(
            [mailbox, count] {
                VariantMapList list;
                for (const Delivery::StoredMessage &m : Delivery::StoredMessages::newest(mailbox, count)) {
                    list.append(QVariantMap{{u"id"_s, m.id},
                                            {u"folder"_s, m.folder},
                                            {u"from"_s, m.from},
                                            {u"subject"_s, m.subject},
                                            {u"date"_s, QVariant::fromValue<qlonglong>(m.arrived)},
                                            {u"size"_s, QVariant::fromValue<qulonglong>(m.size)}});
                }
                return list;
            },
            [reply](VariantMapList list) { reply.sendValue(list); });
    });
    return {};
}

QVariantMap RulesService::TestStored(const QString &user, const QString &id)
{
    handle([this, user, id](const PendingReply &reply) {
        if (auto known = checkUser(user, false); !known)
            return reply.fail(known.error());
        const QString mailbox = Store::MailboxLocation::path(m_context.dataDirectory, user.toLower());
        inPool<Result<QByteArray>>(
            [mailbox, id] {
                auto bytes = Delivery::StoredMessages::read(mailbox, id, Delivery::SieveRules::kMaxMessageBytes);
                if (!bytes)
                    return bytes;
                return Result<QByteArray>(Delivery::StoredMessages::asReceived(bytes.value()));
            },
            [this, reply, user](Result<QByteArray> bytes) {
                if (!bytes)
                    return reply.fail(bytes.error());
                RulesDryRun::start(m_context, user, bytes.value(), this, [reply](Result<QVariantMap> result) {
                    finish(reply, std::move(result), [reply](const QVariantMap &map) { reply.sendValue(map); });
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

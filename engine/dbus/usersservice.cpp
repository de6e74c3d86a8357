#include "engine/dbus/usersservice.h"

#include "engine/delivery/dovecot/clientsetup.h"
#include "engine/policy/directorycache.h"
#include "engine/store/settings.h"

#include "engine/core/clock.h"
#include "engine/core/mailaddress.h"
#include "engine/store/mailboxlocation.h"
#include "engine/store/passwordhash.h"
#include "engine/store/repositories/userrepository.h"
#include "engine/store/store.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::MailAddress;
using Core::Result;
using Store::Database;
using Store::UserRepository;

namespace {

// A user's address; an address that cannot be valid names no user.
Result<MailAddress> existingUserAddress(const QString &address)
{
    const auto parsed = MailAddress::parse(address);
    if (!parsed)
        return Error::notFound(u"There is no user '%1'."_s.arg(address));
    return parsed;
}

QVariantMap userDetails(const QString &action, const QString &address)
{
    return {{u"object"_s, u"user"_s}, {u"action"_s, action}, {u"address"_s, address}};
}

} // namespace

UsersService::UsersService(ServiceContext &context, QObject *parent)
    : DomainsService(context, parent)
{
}

UserList UsersService::List()
{
    handle([this](const PendingReply &reply) {
        m_context.store.run(
            this, [](Database &db) { return UserRepository(db).list(); },
            [this, reply](Result<QList<Store::UserRecord>> users) {
                finish(reply, std::move(users), [this, reply](const QList<Store::UserRecord> &records) {
                    // Mailbox sizes come from the disk: walk it on the pool, not on the loop.
                    const QString dataDirectory = m_context.dataDirectory;
                    inPool<UserList>(
                        [records, dataDirectory] {
                            UserList list;
                            for (const Store::UserRecord &r : records)
                                list.append({r.address, r.enabled, Store::MailboxLocation::usedBytes(dataDirectory, r.address)});
                            return list;
                        },
                        [reply](UserList list) { reply.sendValue(list); });
                });
            });
    });
    return {};
}

void UsersService::Add(const QString &address, const QString &password)
{
    handle([this, address, password](const PendingReply &reply) {
        const auto parsed = MailAddress::parse(address);
        if (!parsed) {
            reply.fail(parsed.error());
            return;
        }
        if (auto strong = Store::PasswordHash::checkStrength(password); !strong) {
            reply.fail(strong.error());
            return;
        }
        const MailAddress user = parsed.value();
        inPool<Result<QByteArray>>([password] { return Store::PasswordHash::hash(password); },
                                   [this, reply, user](Result<QByteArray> hash) {
                                       if (!hash) {
                                           reply.fail(hash.error());
                                           return;
                                       }
                                       const quint64 now = m_context.clock.nowUsec();
                                       m_context.store.run(
                                           this, [user, hash = hash.value(), now](Database &db) { return UserRepository(db).add(user, hash, now); },
                                           [this, reply, user](Result<void> added) {
                                               if (!added) {
                                                   reply.fail(added.error());
                                                   return;
                                               }
                                               announce(u"User '%1' added."_s.arg(user.toString()), userDetails(u"added"_s, user.toString()));
                                               reply.send();
                                           });
                                   },
                                   &Store::PasswordHash::pool());
    });
}

void UsersService::SetPassword(const QString &address, const QString &password)
{
    handle([this, address, password](const PendingReply &reply) {
        const auto user = existingUserAddress(address);
        if (!user) {
            reply.fail(user.error());
            return;
        }
        if (auto strong = Store::PasswordHash::checkStrength(password); !strong) {
            reply.fail(strong.error());
            return;
        }
        inPool<Result<QByteArray>>([password] { return Store::PasswordHash::hash(password); },
                                   [this, reply, user = user.value()](Result<QByteArray> hash) {
                                       if (!hash) {
                                           reply.fail(hash.error());
                                           return;
                                       }
                                       const quint64 now = m_context.clock.nowUsec();
                                       m_context.store.run(
                                           this,
                                           [user, hash = hash.value(), now](Database &db) { return UserRepository(db).setPasswordHash(user, hash, now); },
                                           [this, reply, user](Result<void> changed) {
                                               if (!changed) {
                                                   reply.fail(changed.error());
                                                   return;
                                               }
                                               announce(u"Password of '%1' changed."_s.arg(user.toString()),
                                                        userDetails(u"password_changed"_s, user.toString()));
                                               reply.send();
                                           });
                                   },
                                   &Store::PasswordHash::pool());
    });
}

void UsersService::SetEnabled(const QString &address, bool enabled)
{
    handle([this, address, enabled](const PendingReply &reply) {
        const auto user = existingUserAddress(address);
        if (!user) {
            reply.fail(user.error());
            return;
        }
        m_context.store.run(
            this, [user = user.value(), enabled](Database &db) { return UserRepository(db).setEnabled(user, enabled); },
            [this, reply, user = user.value(), enabled](Result<bool> changed) {
                finish(reply, std::move(changed), [this, reply, user, enabled](bool didChange) {
                    if (didChange)
                        announce(enabled ? u"User '%1' enabled."_s.arg(user.toString()) : u"User '%1' disabled."_s.arg(user.toString()),
                                 userDetails(enabled ? u"enabled"_s : u"disabled"_s, user.toString()));
                    reply.send();
                });
            });
    });
}

void UsersService::Remove(const QString &address)
{
    handle([this, address](const PendingReply &reply) {
        const auto user = existingUserAddress(address);
        if (!user) {
            reply.fail(user.error());
            return;
        }
        m_context.store.run(
            this, [user = user.value()](Database &db) { return UserRepository(db).remove(user); },
            [this, reply, user = user.value()](Result<void> removed) {
                if (!removed) {
                    reply.fail(removed.error());
                    return;
                }
                announce(u"User '%1' removed; the mailbox stays in %2."_s.arg(user.toString(),
                                                                              Store::MailboxLocation::path(m_context.dataDirectory, user.toString())),
                         userDetails(u"removed"_s, user.toString()));
                reply.send();
            });
    });
}

QVariantMap UsersService::ClientSetup(const QString &address)
{
    handle([this, address](const PendingReply &reply) {
        const QString user = address.trimmed().toLower();
        if (!m_context.directory.current()->user(user))
            return reply.fail(Core::Error::notFound(u"There is no user '%1'."_s.arg(address)));
        // The addresses in effect: what the listeners are bound to (port 0 resolved), else the settings.
        const QVariantMap bound = m_context.boundListeners();
        const auto listening = [&](const QString &name, const QString &key) {
            return bound.contains(name) ? bound.value(name).toStringList() : m_context.settings.listValue(key);
        };
        Delivery::MailListenerSettings listeners;
        listeners.hostname = m_context.settings.stringValue(u"identity.hostname"_s);
        listeners.imapEnabled = m_context.settings.boolValue(u"imap.enabled"_s);
        listeners.imapListen = listening(u"imap"_s, u"imap.listen"_s);
        listeners.imapsListen = listening(u"imaps"_s, u"imaps.listen"_s);
        listeners.pop3Enabled = m_context.settings.boolValue(u"pop3.enabled"_s);
        listeners.pop3sListen = listening(u"pop3s"_s, u"pop3s.listen"_s);
        listeners.submissionListen = listening(u"submission"_s, u"listeners.submission"_s);
        listeners.smtpsListen = listening(u"smtps"_s, u"listeners.smtps"_s);
        finish(reply, Delivery::ClientSetup::fromListeners(user, listeners),
               [reply](const Delivery::ClientSetup &setup) { reply.sendValue(setup.describe()); });
    });
    return {};
}

} // namespace Doorstep::DBus

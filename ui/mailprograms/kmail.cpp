#include "ui/mailprograms/kmail.h"

#include <memory>

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QPointer>
#include <QTimer>

#include "ui/mailprograms/kmailsending.h"

namespace Doorstep::Ui::MailPrograms {

using namespace Qt::StringLiterals;

namespace {

// Akonadi's names for its default instance (Akonadi::ServerManager::serviceName and
// agentServiceName without an AKONADI_INSTANCE).
const QString kControl = u"org.freedesktop.Akonadi.Control"_s;
const QString kAgentManagerPath = u"/AgentManager"_s;
const QString kAgentManager = u"org.freedesktop.Akonadi.AgentManager"_s;
const QString kImapResource = u"akonadi_imap_resource"_s;
constexpr int kTimeoutMs = 30'000;

QString resourceService(const QString &instance)
{
    return u"org.freedesktop.Akonadi.Resource."_s + instance;
}

QString agentService(const QString &instance)
{
    return u"org.freedesktop.Akonadi.Agent."_s + instance;
}

// MailTransport::Transport::EnumAuthenticationType::PLAIN, which the IMAP resource's
// "Authentication" setting uses too; Doorstep's IMAP offers SASL PLAIN inside TLS.
constexpr int kAuthenticationPlain = 1;

QString safety(MailEndpoint::Security security)
{
    return security == MailEndpoint::Security::ImplicitTls ? u"SSL"_s : u"STARTTLS"_s;
}

/** One step of the conversation: @p then runs with the reply (an error reply too). */
void call(const QDBusConnection &bus, const QDBusMessage &message, QObject *context,
          std::function<void(const QDBusMessage &)> then)
{
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, kTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, then = std::move(then)] {
                         watcher->deleteLater();
                         then(watcher->reply());
                     });
}

QDBusMessage agentManager(const QString &method, const QVariantList &arguments = {})
{
    QDBusMessage message = QDBusMessage::createMethodCall(kControl, kAgentManagerPath, kAgentManager, method);
    message.setArguments(arguments);
    return message;
}

/** A call to the resource's generated settings object; the interface is left to the bus. */
QDBusMessage settings(const QString &instance, const QString &method, const QVariantList &arguments = {})
{
    QDBusMessage message = QDBusMessage::createMethodCall(resourceService(instance), u"/Settings"_s, QString(), method);
    message.setArguments(arguments);
    return message;
}

/** The state of one add() while its calls are under way. */
struct Conversation {
    QDBusConnection bus{QString()};
    Environment environment;
    MailAccount account;
    QPointer<QObject> context;
    MailProgram::Done done;
    bool finished = false;

    void finish(const Outcome<QString> &outcome)
    {
        if (finished)
            return;
        finished = true;
        done(outcome);
    }
};
using ConversationPtr = std::shared_ptr<Conversation>;

QString failed(const QDBusMessage &reply)
{
    return KMail::tr("KMail's mail store (Akonadi) refused to set up the account: %1").arg(reply.errorMessage());
}

/** The last step: KMail's transport and identity, then the broadcasts that make KMail re-read them. */
void addSending(const ConversationPtr &c)
{
    const auto written = KMailSending(c->environment).write(c->account);
    if (!written) {
        c->finish(Outcome<QString>::failure(
            KMail::tr("%1 was added to KMail for reading mail, but its outgoing server could not be added: %2")
                .arg(c->account.address, written.error())));
        return;
    }
    KMailSending::announce(c->bus);
    c->finish(KMail::tr("%1 was added to KMail for reading and sending mail. KMail asks for the mailbox's password "
                        "when it first connects.")
                  .arg(c->account.address));
}

void configure(const ConversationPtr &c, const QString &instance)
{
    const MailAccount &a = c->account;
    const QList<QDBusMessage> setters{
        settings(instance, u"setImapServer"_s, {a.incoming.hostname}),
        settings(instance, u"setImapPort"_s, {int(a.incoming.port)}),
        settings(instance, u"setUserName"_s, {a.username}),
        settings(instance, u"setSafety"_s, {safety(a.incoming.security)}),
        settings(instance, u"setAuthentication"_s, {kAuthenticationPlain}),
        settings(instance, u"save"_s),
    };
    // Messages from one connection reach the resource in order; the replies are checked
    // together, and the instance is named and reconfigured after the last.
    auto remaining = std::make_shared<qsizetype>(setters.size());
    auto error = std::make_shared<QDBusMessage>();
    for (const QDBusMessage &setter : setters) {
        call(c->bus, setter, c->context, [c, instance, remaining, error](const QDBusMessage &reply) {
            if (reply.type() == QDBusMessage::ErrorMessage && error->type() != QDBusMessage::ErrorMessage)
                *error = reply;
            if (--*remaining > 0)
                return;
            if (error->type() == QDBusMessage::ErrorMessage) {
                c->finish(Outcome<QString>::failure(failed(*error)));
                return;
            }
            call(c->bus, agentManager(u"setAgentInstanceName"_s, {instance, c->account.address}), c->context,
                 [c, instance](const QDBusMessage &) {
                     const QDBusMessage reconfigure = QDBusMessage::createMethodCall(
                         agentService(instance), u"/"_s, u"org.freedesktop.Akonadi.Agent.Control"_s, u"reconfigure"_s);
                     call(c->bus, reconfigure, c->context, [c](const QDBusMessage &) { addSending(c); });
                 });
        });
    }
}

/** Waits until the new resource's process owns its bus name, then configures it. */
void whenRegistered(const ConversationPtr &c, const QString &instance)
{
    auto *watcher = new QDBusServiceWatcher(resourceService(instance), c->bus,
                                            QDBusServiceWatcher::WatchForRegistration, c->context);
    auto *timer = new QTimer(watcher);
    timer->setSingleShot(true);
    auto started = std::make_shared<bool>(false);
    const auto go = [c, instance, watcher, started] {
        if (*started)
            return;
        *started = true;
        watcher->deleteLater();
        configure(c, instance);
    };
    QObject::connect(watcher, &QDBusServiceWatcher::serviceRegistered, watcher, go);
    QObject::connect(timer, &QTimer::timeout, watcher, [c, watcher, started] {
        if (*started)
            return;
        *started = true;
        watcher->deleteLater();
        c->finish(Outcome<QString>::failure(
            KMail::tr("KMail's mail store (Akonadi) did not start the new IMAP account in time. Open KMail and "
                      "check its accounts.")));
    });
    timer->start(kTimeoutMs);
    // It may have registered before the watcher did.
    QDBusMessage hasOwner = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                                           u"org.freedesktop.DBus"_s, u"NameHasOwner"_s);
    hasOwner.setArguments({resourceService(instance)});
    call(c->bus, hasOwner, watcher, [go, timer](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ReplyMessage && reply.arguments().value(0).toBool()) {
            timer->stop();
            go();
        }
    });
}

void create(const ConversationPtr &c)
{
    call(c->bus, agentManager(u"createAgentInstance"_s, {kImapResource}), c->context, [c](const QDBusMessage &reply) {
        const QString instance = reply.arguments().value(0).toString();
        if (reply.type() != QDBusMessage::ReplyMessage || instance.isEmpty()) {
            c->finish(Outcome<QString>::failure(failed(reply)));
            return;
        }
        whenRegistered(c, instance);
    });
}

/** Creates the IMAP resource unless KMail already has this transport or identity. */
void createUnlessSending(const ConversationPtr &c)
{
    const QString conflict = KMailSending(c->environment).conflict(c->account);
    if (!conflict.isEmpty()) {
        c->finish(Outcome<QString>::failure(conflict));
        return;
    }
    create(c);
}

/** Asks each IMAP resource for its server and user; adds when none is this mailbox. */
void checkExisting(const ConversationPtr &c, const QStringList &instances)
{
    QStringList imap;
    for (const QString &instance : instances) {
        if (instance.startsWith(kImapResource + u'_'))
            imap.append(instance);
    }
    if (imap.isEmpty()) {
        createUnlessSending(c);
        return;
    }
    struct Tally {
        qsizetype remaining = 0;
        bool found = false;
    };
    auto tally = std::make_shared<Tally>();
    tally->remaining = imap.size();
    for (const QString &instance : std::as_const(imap)) {
        call(c->bus, settings(instance, u"imapServer"_s), c->context, [c, instance, tally](const QDBusMessage &server) {
            call(c->bus, settings(instance, u"userName"_s), c->context, [c, server, tally](const QDBusMessage &user) {
                if (server.type() == QDBusMessage::ReplyMessage && user.type() == QDBusMessage::ReplyMessage
                    && server.arguments().value(0).toString().compare(c->account.incoming.hostname, Qt::CaseInsensitive) == 0
                    && user.arguments().value(0).toString().compare(c->account.username, Qt::CaseInsensitive) == 0)
                    tally->found = true;
                if (--tally->remaining > 0)
                    return;
                if (tally->found)
                    c->finish(Outcome<QString>::failure(KMail::tr("%1 is already set up in KMail.").arg(c->account.address)));
                else
                    createUnlessSending(c);
            });
        });
    }
}

} // namespace

KMail::KMail(Environment environment, QDBusConnection bus)
    : MailProgram(std::move(environment), u"KMail"_s, u"kmail"_s), m_bus(std::move(bus))
{
}

QString KMail::notRunning()
{
    return tr("KMail's mail store (Akonadi) is not running. Start KMail once, then try again.");
}

void KMail::add(const MailAccount &account, QObject *context, Done done)
{
    auto c = std::make_shared<Conversation>();
    c->bus = m_bus;
    c->environment = environment();
    c->account = account;
    c->context = context;
    c->done = std::move(done);
    if (!m_bus.isConnected()) {
        c->finish(Outcome<QString>::failure(notRunning()));
        return;
    }
    QDBusMessage hasOwner = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                                           u"org.freedesktop.DBus"_s, u"NameHasOwner"_s);
    hasOwner.setArguments({kControl});
    call(m_bus, hasOwner, context, [c](const QDBusMessage &reply) {
        if (reply.type() != QDBusMessage::ReplyMessage || !reply.arguments().value(0).toBool()) {
            c->finish(Outcome<QString>::failure(notRunning()));
            return;
        }
        call(c->bus, agentManager(u"agentInstances"_s), c->context, [c](const QDBusMessage &instances) {
            if (instances.type() != QDBusMessage::ReplyMessage) {
                c->finish(Outcome<QString>::failure(failed(instances)));
                return;
            }
            checkExisting(c, instances.arguments().value(0).toStringList());
        });
    });
}

} // namespace Doorstep::Ui::MailPrograms

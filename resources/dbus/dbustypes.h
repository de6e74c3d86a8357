#pragma once

// The C++ form of the structured types in the org.doorstep.Engine1 introspection XML.
// Both the engine's adaptors and the clients' proxies are generated from the XML and
// include this header, so the two sides always marshal the same way.

#include <QDBusArgument>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace Doorstep::DBus {

/** Manager.GetRecentEvents: (t id, t usec, s kind, s summary, a{sv} details). */
struct Event
{
    quint64 id = 0;
    quint64 usec = 0;
    QString kind;
    QString summary;
    QVariantMap details;
};
using EventList = QList<Event>;

/** Settings.Describe: (s key, a{sv} description). */
struct SettingDescription
{
    QString key;
    QVariantMap description;
};
using SettingDescriptionList = QList<SettingDescription>;

/** Users.List: (s address, b enabled, t mailbox bytes). */
struct User
{
    QString address;
    bool enabled = true;
    quint64 mailboxBytes = 0;
};
using UserList = QList<User>;

/** Aliases.List, Aliases.ListOutbound: (s, s). */
struct StringPair
{
    QString first;
    QString second;
};
using StringPairList = QList<StringPair>;

/** Domains.Check: (s check, s state, s sentence, s record). */
struct HealthCheck
{
    QString check;
    QString state; // ok, warn, fail
    QString sentence;
    QString record; // "NAME TYPE VALUE" lines to publish; empty when nothing is missing
};
using HealthCheckList = QList<HealthCheck>;

/** Relay.ListClients: (s pattern, s action, s comment, t last seen usec). */
struct RelayClient
{
    QString pattern;
    QString action;
    QString comment;
    quint64 lastSeenUsec = 0;
};
using RelayClientList = QList<RelayClient>;

/** Relay.ListRoutes: (s destination, s next hop, s user, s tls). */
struct Route
{
    QString destination;
    QString nextHop;
    QString user;
    QString tls;
};
using RouteList = QList<Route>;

/** Queue.List: (s id, s sender, s recipients, s state, t next attempt usec, u attempts, s last error). */
struct QueueEntry
{
    QString id;
    QString sender;
    QString recipients;
    QString state;
    quint64 nextAttemptUsec = 0;
    uint attempts = 0;
    QString lastError;
};
using QueueEntryList = QList<QueueEntry>;

/** Filters.ListQuarantine: (s id, s sender, s recipients, s reason, t quarantined usec). */
struct QuarantineEntry
{
    QString id;
    QString sender;
    QString recipients;
    QString reason;
    quint64 quarantinedUsec = 0;
};
using QuarantineEntryList = QList<QuarantineEntry>;

/**
 * Greylist.List: (s client network, s sender, s recipient, t last seen usec, u passed).
 * The triplet's text form (Greylist.Forget) is "network,sender,recipient".
 */
struct GreylistEntry
{
    QString network;
    QString sender;
    QString recipient;
    quint64 lastSeenUsec = 0;
    uint passed = 0;
};
using GreylistEntryList = QList<GreylistEntry>;

/**
 * A list of dictionaries, "aa{sv}" (Rules.Messages; the nested lists of Users.ClientSetup and
 * Queue.Get inside a variant). A QVariantList of maps would travel as "av" instead.
 */
using VariantMapList = QList<QVariantMap>;

/** Registers every type above with Qt's meta-type system and QtDBus; call once at start. */
void registerTypes();

QDBusArgument &operator<<(QDBusArgument &argument, const Event &value);
const QDBusArgument &operator>>(const QDBusArgument &argument, Event &value);
QDBusArgument &operator<<(QDBusArgument &argument, const SettingDescription &value);
const QDBusArgument &operator>>(const QDBusArgument &argument, SettingDescription &value);
QDBusArgument &operator<<(QDBusArgument &argument, const User &value);
const QDBusArgument &operator>>(const QDBusArgument &argument, User &value);
QDBusArgument &operator<<(QDBusArgument &argument, const StringPair &value);
const QDBusArgument &operator>>(const QDBusArgument &argument, StringPair &value);
QDBusArgument &operator<<(QDBusArgument &argument, const RelayClient &value);
const QDBusArgument &operator>>(const QDBusArgument &argument, RelayClient &value);
QDBusArgument &operator<<(QDBusArgument &argument, const Route &value);
const QDBusArgument &operator>>(const QDBusArgument &argument, Route &value);
QDBusArgument &operator<<(QDBusArgument &argument, const QueueEntry &value);
const QDBusArgument &operator>>(const QDBusArgument &argument, QueueEntry &value);
QDBusArgument &operator<<(QDBusArgument &argument, const QuarantineEntry &value);
const QDBusArgument &operator>>(const QDBusArgument &argument, QuarantineEntry &value);
QDBusArgument &operator<<(QDBusArgument &argument, const HealthCheck &value);
const QDBusArgument &operator>>(const QDBusArgument &argument, HealthCheck &value);
QDBusArgument &operator<<(QDBusArgument &argument, const GreylistEntry &value);
const QDBusArgument &operator>>(const QDBusArgument &argument, GreylistEntry &value);

} // namespace Doorstep::DBus

Q_DECLARE_METATYPE(Doorstep::DBus::Event)
Q_DECLARE_METATYPE(Doorstep::DBus::SettingDescription)
Q_DECLARE_METATYPE(Doorstep::DBus::User)
Q_DECLARE_METATYPE(Doorstep::DBus::StringPair)
Q_DECLARE_METATYPE(Doorstep::DBus::RelayClient)
Q_DECLARE_METATYPE(Doorstep::DBus::Route)
Q_DECLARE_METATYPE(Doorstep::DBus::QueueEntry)
Q_DECLARE_METATYPE(Doorstep::DBus::QuarantineEntry)
Q_DECLARE_METATYPE(Doorstep::DBus::GreylistEntry)
Q_DECLARE_METATYPE(Doorstep::DBus::HealthCheck)

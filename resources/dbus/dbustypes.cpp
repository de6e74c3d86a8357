#include "dbustypes.h"

#include <QDBusMetaType>

namespace Doorstep::DBus {

void registerTypes()
{
    qDBusRegisterMetaType<Event>();
    qDBusRegisterMetaType<EventList>();
    qDBusRegisterMetaType<SettingDescription>();
    qDBusRegisterMetaType<SettingDescriptionList>();
    qDBusRegisterMetaType<User>();
    qDBusRegisterMetaType<UserList>();
    qDBusRegisterMetaType<StringPair>();
    qDBusRegisterMetaType<StringPairList>();
    qDBusRegisterMetaType<RelayClient>();
    qDBusRegisterMetaType<RelayClientList>();
    qDBusRegisterMetaType<Route>();
    qDBusRegisterMetaType<RouteList>();
    qDBusRegisterMetaType<QueueEntry>();
    qDBusRegisterMetaType<QueueEntryList>();
    qDBusRegisterMetaType<QuarantineEntry>();
    qDBusRegisterMetaType<QuarantineEntryList>();
    qDBusRegisterMetaType<GreylistEntry>();
    qDBusRegisterMetaType<GreylistEntryList>();
    qDBusRegisterMetaType<HealthCheck>();
    qDBusRegisterMetaType<HealthCheckList>();
    qDBusRegisterMetaType<VariantMapList>();
}

QDBusArgument &operator<<(QDBusArgument &argument, const Event &value)
{
    argument.beginStructure();
    argument << value.id << value.usec << value.kind << value.summary << value.details;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, Event &value)
{
    argument.beginStructure();
    argument >> value.id >> value.usec >> value.kind >> value.summary >> value.details;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const SettingDescription &value)
{
    argument.beginStructure();
    argument << value.key << value.description;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, SettingDescription &value)
{
    argument.beginStructure();
    argument >> value.key >> value.description;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const User &value)
{
    argument.beginStructure();
    argument << value.address << value.enabled << value.mailboxBytes;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, User &value)
{
    argument.beginStructure();
    argument >> value.address >> value.enabled >> value.mailboxBytes;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const StringPair &value)
{
    argument.beginStructure();
    argument << value.first << value.second;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, StringPair &value)
{
    argument.beginStructure();
    argument >> value.first >> value.second;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const HealthCheck &value)
{
    argument.beginStructure();
    argument << value.check << value.state << value.sentence << value.record;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, HealthCheck &value)
{
    argument.beginStructure();
    argument >> value.check >> value.state >> value.sentence >> value.record;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const RelayClient &value)
{
    argument.beginStructure();
    argument << value.pattern << value.action << value.comment << value.lastSeenUsec;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, RelayClient &value)
{
    argument.beginStructure();
    argument >> value.pattern >> value.action >> value.comment >> value.lastSeenUsec;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const Route &value)
{
    argument.beginStructure();
    argument << value.destination << value.nextHop << value.user << value.tls;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, Route &value)
{
    argument.beginStructure();
    argument >> value.destination >> value.nextHop >> value.user >> value.tls;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const QueueEntry &value)
{
    argument.beginStructure();
    argument << value.id << value.sender << value.recipients << value.state << value.nextAttemptUsec << value.attempts << value.lastError;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, QueueEntry &value)
{
    argument.beginStructure();
    argument >> value.id >> value.sender >> value.recipients >> value.state >> value.nextAttemptUsec >> value.attempts >> value.lastError;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const QuarantineEntry &value)
{
    argument.beginStructure();
    argument << value.id << value.sender << value.recipients << value.reason << value.quarantinedUsec;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const GreylistEntry &value)
{
    argument.beginStructure();
    argument << value.network << value.sender << value.recipient << value.lastSeenUsec << value.passed;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, QuarantineEntry &value)
{
    argument.beginStructure();
    argument >> value.id >> value.sender >> value.recipients >> value.reason >> value.quarantinedUsec;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, GreylistEntry &value)
{
    argument.beginStructure();
    argument >> value.network >> value.sender >> value.recipient >> value.lastSeenUsec >> value.passed;
    argument.endStructure();
    return argument;
}

} // namespace Doorstep::DBus

#pragma once

#include <QDBusConnection>
#include <QVariantMap>

#include "engine/dbus/servicebase.h"
#include "resources/dbus/dbustypes.h"

namespace Doorstep::Core {
struct EventRecord;
}

namespace Doorstep::DBus {

/** org.doorstep.Engine1.Manager: the engine's state, status, statistics and events. */
class ManagerService : public ServiceBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerService)
    Q_PROPERTY(QString Version READ version)
    Q_PROPERTY(QString State READ state)
    Q_PROPERTY(qulonglong StartedAt READ startedAt)
    Q_PROPERTY(QString DataDirectory READ dataDirectory)
    Q_PROPERTY(uint InterfaceRevision READ interfaceRevision)

public:
    /** Bumped with each compatible API addition (resources/dbus/CHANGELOG.md). */
    static constexpr uint kInterfaceRevision = 8;

    explicit ManagerService(ServiceContext &context, QObject *parent = nullptr);

    QString version() const;
    QString state() const;
    qulonglong startedAt() const;
    QString dataDirectory() const;
    uint interfaceRevision() const;

    QVariantMap GetStatus();
    QVariantMap GetStatistics(uint days);
    EventList GetRecentEvents(qulonglong after_id, uint max);
    void Reload();

    /** Where PropertiesChanged goes; set once the object is registered. */
    void setBus(const QDBusConnection &bus, const QString &path);

Q_SIGNALS:
    void Event(qulonglong id, qulonglong usec, const QString &kind, const QString &summary, const QVariantMap &details);
    void StatisticsChanged();

private:
    void relayEvent(const Core::EventRecord &event);
    void emitStateChanged(const QString &state);

    QDBusConnection m_bus;
    QString m_path;
};

} // namespace Doorstep::DBus

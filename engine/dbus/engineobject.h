#pragma once

#include <QDBusConnection>

#include "engine/core/result.h"
#include "engine/dbus/rulesservice.h"

namespace Doorstep::DBus {

/**
 * The object at /org/doorstep/Engine1 that carries every org.doorstep.Engine1 interface: the
 * last link of the service chain (see ServiceBase) and the parent of all generated adaptors.
 */
class EngineObject final : public RulesService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineObject)

public:
    static constexpr QLatin1StringView kPath{"/org/doorstep/Engine1"};

    explicit EngineObject(ServiceContext &context, QObject *parent = nullptr);
    ~EngineObject() override;

    /** Exports the interfaces on @p bus (the bus name is requested separately, last). */
    Core::Result<void> registerOn(QDBusConnection bus);
    void unregister();

private:
    QDBusConnection m_registeredOn;
};

} // namespace Doorstep::DBus

#pragma once

#include <functional>
#include <optional>

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>

#include <sys/types.h>

#include "engine/core/result.h"
#include "engine/core/runmode.h"
#include "engine/dbus/access.h"

namespace Doorstep::DBus {

/**
 * Decides whether the sender of a method call may make it. On the session bus everyone on the
 * bus may (a session bus is not a security boundary). On the system bus a Manage call asks
 * polkit (action org.doorstep.engine.manage) and, when polkit is not installed, falls back to
 * uid 0 or membership of group "doorstep" (from the bus's own GetConnectionCredentials); a Read
 * call needs uid 0 or that group. Every check is asynchronous: the event loop never waits.
 */
class Authorizer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Authorizer)

public:
    /** Most callers waiting for polkit at once; more are refused (STYLE: limit everything). */
    static constexpr int kMaxPending = 64;

    Authorizer(QDBusConnection bus, Core::RunMode mode, QObject *parent = nullptr);

    void authorize(const QDBusMessage &message, Access access, std::function<void(Core::Result<void>)> done);

private:
    void checkPolkit(const QDBusMessage &message, std::function<void(Core::Result<void>)> done);
    void checkCredentials(const QString &sender, Access access, std::function<void(Core::Result<void>)> done);

    QDBusConnection m_bus;
    Core::RunMode m_mode;
    std::optional<gid_t> m_group;
    int m_pending = 0;
};

} // namespace Doorstep::DBus

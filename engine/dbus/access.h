#pragma once

#include <QHash>
#include <QString>

namespace Doorstep::DBus {

/** What a method call needs on the system bus. */
enum class Access {
    Read,   // root or group doorstep (polkit action org.doorstep.engine.read)
    Manage, // polkit action org.doorstep.engine.manage, or root / group doorstep without polkit
};

/**
 * The access each method needs, read from the introspection XML: methods annotated
 * org.doorstep.Engine1.Access = "read" only read; every other method (so also any method
 * added later without thought) needs Manage.
 */
class AccessTable final
{
public:
    /** Parses the XML compiled into the engine (resources/dbus). */
    static const AccessTable &instance();

    Access accessOf(const QString &interface, const QString &member) const;

private:
    QHash<QString, Access> m_access; // "interface.member"
};

} // namespace Doorstep::DBus

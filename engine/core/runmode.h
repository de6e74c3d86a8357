#pragma once

#include <QString>

namespace Doorstep::Core {

/** Where the engine runs: the system bus with the standard ports, or a session bus. */
enum class RunMode {
    System,
    Session,
};

inline QString runModeName(RunMode mode)
{
    return mode == RunMode::System ? QStringLiteral("system") : QStringLiteral("session");
}

} // namespace Doorstep::Core

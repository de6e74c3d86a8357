#pragma once

#include <QLatin1StringView>

#include "engine/core/result.h"

namespace Doorstep::Core {

/** The D-Bus error names of DESIGN.md, in one place (like systemd's bus-common-errors.h). */
namespace ErrorNames {
inline constexpr QLatin1StringView InvalidArgument{"org.doorstep.Engine1.Error.InvalidArgument"};
inline constexpr QLatin1StringView NotFound{"org.doorstep.Engine1.Error.NotFound"};
inline constexpr QLatin1StringView AlreadyExists{"org.doorstep.Engine1.Error.AlreadyExists"};
inline constexpr QLatin1StringView AccessDenied{"org.doorstep.Engine1.Error.AccessDenied"};
inline constexpr QLatin1StringView Failed{"org.doorstep.Engine1.Error.Failed"};
} // namespace ErrorNames

/** The D-Bus error name for an ErrorCode. */
QLatin1StringView errorName(ErrorCode code);

} // namespace Doorstep::Core

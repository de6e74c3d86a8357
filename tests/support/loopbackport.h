#pragma once

#include <QtGlobal>

namespace Doorstep::Tests {

/** A loopback port nothing listens on (taken from the system, then given back); 0 on failure. */
quint16 closedLoopbackPort();

} // namespace Doorstep::Tests

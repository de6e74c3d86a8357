#pragma once

#include <QStringList>

namespace Doorstep::Ui::Cli {

/**
 * doorstepctl: `doorstepctl [--session|--system] [--json] VERB ...`, one D-Bus call per verb.
 * Options come before VERB; everything after it is an argument. Returns the exit code
 * (0 ok, 1 refused by the engine, 2 usage, 3 engine not reachable).
 */
int run(const QStringList &arguments);

} // namespace Doorstep::Ui::Cli

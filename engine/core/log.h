#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace Doorstep::Core {

/**
 * Installs the message pattern: under systemd (JOURNAL_STREAM set) each line carries its
 * syslog priority so journald files it right; in a terminal a plain "category: message".
 * With @p debug every doorstep.* category logs at debug level.
 */
void setUpLogging(bool debug);

} // namespace Doorstep::Core

#include "engine/core/log.h"

#include <QLoggingCategory>
#include <QtGlobal>

Q_LOGGING_CATEGORY(lcCore, "doorstep.core", QtInfoMsg)

namespace Doorstep::Core {

void setUpLogging(bool debug)
{
    if (qEnvironmentVariableIsSet("JOURNAL_STREAM")) {
        qSetMessagePattern(QStringLiteral("%{if-critical}<2>%{endif}%{if-fatal}<2>%{endif}"
                                          "%{if-warning}<4>%{endif}%{if-info}<6>%{endif}"
                                          "%{if-debug}<7>%{endif}%{category}: %{message}"));
    } else {
        qSetMessagePattern(QStringLiteral("%{category}: %{message}"));
    }
    if (debug)
        QLoggingCategory::setFilterRules(QStringLiteral("doorstep.*.debug=true"));
}

} // namespace Doorstep::Core

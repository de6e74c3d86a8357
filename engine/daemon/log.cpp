#include "engine/daemon/log.h"

Q_LOGGING_CATEGORY(lcDaemon, "doorstep.daemon", QtInfoMsg)

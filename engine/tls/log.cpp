#include "engine/tls/log.h"

Q_LOGGING_CATEGORY(lcTls, "doorstep.tls", QtInfoMsg)

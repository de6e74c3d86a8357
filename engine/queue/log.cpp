#include "engine/queue/log.h"

Q_LOGGING_CATEGORY(lcQueue, "doorstep.queue", QtInfoMsg)

#include "engine/policy/log.h"

Q_LOGGING_CATEGORY(lcPolicy, "doorstep.policy", QtInfoMsg)

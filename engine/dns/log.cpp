#include "engine/dns/log.h"

Q_LOGGING_CATEGORY(lcDns, "doorstep.dns", QtInfoMsg)

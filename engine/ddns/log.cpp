#include "engine/ddns/log.h"

Q_LOGGING_CATEGORY(lcDdns, "doorstep.ddns", QtInfoMsg)

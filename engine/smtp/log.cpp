#include "engine/smtp/log.h"

Q_LOGGING_CATEGORY(lcSmtp, "doorstep.smtp", QtInfoMsg)

#include "engine/delivery/log.h"

Q_LOGGING_CATEGORY(lcDelivery, "doorstep.delivery", QtInfoMsg)

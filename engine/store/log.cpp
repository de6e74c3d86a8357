#include "engine/store/log.h"

Q_LOGGING_CATEGORY(lcStore, "doorstep.store", QtInfoMsg)

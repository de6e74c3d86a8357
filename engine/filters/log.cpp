#include "engine/filters/log.h"

Q_LOGGING_CATEGORY(lcFilters, "doorstep.filters", QtInfoMsg)

#include "engine/dbus/log.h"

Q_LOGGING_CATEGORY(lcDBus, "doorstep.dbus", QtInfoMsg)

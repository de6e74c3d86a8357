#include <QCoreApplication>

#include "tests/support/testmain.h"
#include "tests/unit/core/tests.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestEngineState, TestEventLog, TestHeaderBlock, TestHostPort, TestMailAddress, TestSettingsRegistry)

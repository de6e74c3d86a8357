#include <QApplication>

#include "tests/gui/tests.h"
#include "tests/support/testmain.h"

DOORSTEP_TEST_MAIN(QApplication, TestMailboxes, TestTray, TestEngineAbsent, TestOverview, TestAddresses,
                   TestRelay, TestSending, TestQueue, TestFilters, TestFilterThresholds, TestRules, TestInternet, TestInternetWizards, TestLog,
                   TestDeviceSetup)

#include <QCoreApplication>

#include "tests/dbus/tests.h"
#include "tests/support/testmain.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestManager, TestSettings, TestDomains, TestDkim, TestUsers, TestAliases, TestRelay, TestSpamScore, TestTryBackend, TestSetMany, TestAntivirus,
                   TestGreylist, TestDdns, TestExitCodes,
                   TestRefusals, TestSignature, TestSignals, TestSystemBus)

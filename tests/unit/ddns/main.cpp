#include <QCoreApplication>

#include "tests/support/testmain.h"
#include "tests/unit/ddns/tests.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestLastUpdateFile, TestProviderReplies, TestPublicAddresses, TestRfc2136Txt)

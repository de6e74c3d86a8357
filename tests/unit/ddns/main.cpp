#include <QCoreApplication>

#include "tests/support/testmain.h"
#include "tests/unit/ddns/tests.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestLastUpdateFile, TestProviderReplies, TestPublicAddresses)

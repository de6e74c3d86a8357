#include <QCoreApplication>

#include "tests/support/testmain.h"
#include "tests/unit/policy/tests.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestDirectory, TestDirectoryCache, TestRecipientResolver, TestVerifiedLogins, TestMailPolicy)

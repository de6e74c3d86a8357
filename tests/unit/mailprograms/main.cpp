#include <QCoreApplication>

#include "tests/support/testmain.h"
#include "tests/unit/mailprograms/tests.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestMailAccount, TestThunderbird, TestEvolution, TestKMail)

#include <QCoreApplication>

#include "tests/support/testmain.h"
#include "tests/unit/sendmail/tests.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestOptions, TestAddressList, TestMessageReader, TestBodyBuffer, TestSubmission)

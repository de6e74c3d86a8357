#include <QCoreApplication>

#include "tests/support/testmain.h"
#include "tests/unit/filters/tests.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestContentPipeline, TestGreylist, TestSpamdProtocol, TestSpamHeaders, TestBuiltinScorer,
                   TestRspamdClient, TestSpamdClient, TestSpamFilter, TestScanProtocol, TestClamEngine)

#include <QCoreApplication>

#include "tests/support/testmain.h"
#include "tests/unit/queue/tests.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestQueueId, TestSpool, TestQuarantine, TestScheduler, TestDeliveryStatus)

#include <QCoreApplication>

#include "tests/support/testmain.h"
#include "tests/unit/dns/tests.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestDnsName, TestRdata, TestUnboundContext, TestUnboundResolver, TestSpfRecord, TestSpfEvaluator, TestDomainHealth)

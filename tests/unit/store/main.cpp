#include <QCoreApplication>

#include "tests/support/testmain.h"
#include "tests/unit/store/tests.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestMigrations, TestPasswordHash, TestDomainRepository, TestUserRepository, TestAliasRepository,
                   TestRelayClientRepository, TestSettings, TestStatistics, TestGreylistRepository)

#include <QCoreApplication>

#include "tests/support/testmain.h"
#include "tests/unit/delivery/tests.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestMaildirWriter, TestLocalDeliverer, TestRouter, TestHopResolver, TestAddressList, TestOutboundRewriter, TestFilterHeaders, TestDkimCanonicalization, TestDkimSignature, TestClientSetup, TestProcmailImport, TestDovecotFiles, TestStoredMessages, TestLmtpClient)

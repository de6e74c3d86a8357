#include <QCoreApplication>

#include "tests/support/testmain.h"
#include "tests/unit/smtp/tests.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestReply, TestCommand, TestSasl, TestMessageReceiver, TestClientLimits, TestServerSession, TestSmtpServer,
                   TestReplyReader, TestServerCapabilities, TestContentStream, TestClientSession, TestLocalSession, TestLocalSubmissionServer)

#include <QCoreApplication>

#include "tests/support/testmain.h"
#include "tests/unit/tls/tests.h"

DOORSTEP_TEST_MAIN(QCoreApplication, TestAtomicFile, TestSelfSignedCertificate, TestCertificateInfo, TestCertificateBundle,
                   TestCertificateStore, TestServerConfiguration, TestAcmeAccountKey, TestAcmeProblem, TestSigningRequest,
                   TestCertificateImport, TestHttp01Responder, TestAcmeDns01, TestDkimKeyStore)

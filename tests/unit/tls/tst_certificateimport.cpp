#include <QTest>

#include "engine/tls/certificateimport.h"
#include "tests/unit/tls/opensslcli.h"
#include "tests/unit/tls/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Tls::CertificateBundle;
using Doorstep::Tls::CertificateImport;

namespace {
// A moment after the certificates were made (openssl starts them at the current second).
QDateTime afterMaking()
{
    return QDateTime::currentDateTimeUtc().addSecs(2);
}
} // namespace

void TestCertificateImport::initTestCase()
{
    if (Doorstep::Tests::opensslProgram().isEmpty())
        QSKIP("the openssl program is missing");
}

void TestCertificateImport::nameCovers_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("covers");
    QTest::newRow("equal") << u"mail.example.org"_s << u"mail.example.org"_s << true;
    QTest::newRow("case") << u"MAIL.example.org"_s << u"mail.EXAMPLE.org"_s << true;
    QTest::newRow("other") << u"www.example.org"_s << u"mail.example.org"_s << false;
    QTest::newRow("wildcard one label") << u"*.example.org"_s << u"mail.example.org"_s << true;
    QTest::newRow("wildcard not two labels") << u"*.example.org"_s << u"a.mail.example.org"_s << false;
    QTest::newRow("wildcard not the apex") << u"*.example.org"_s << u"example.org"_s << false;
    QTest::newRow("wildcard over a TLD") << u"*.org"_s << u"example.org"_s << false;
    QTest::newRow("partial wildcard") << u"m*.example.org"_s << u"mail.example.org"_s << false;
    QTest::newRow("suffix trick") << u"*.example.org"_s << u"mail.evilexample.org"_s << false;
}

void TestCertificateImport::nameCovers()
{
    QFETCH(QString, pattern);
    QFETCH(QString, host);
    QFETCH(bool, covers);
    QCOMPARE(CertificateImport::nameCovers(pattern, host), covers);
}

void TestCertificateImport::acceptsIssuedCertificateWithChain()
{
    const auto issued = Doorstep::Tests::opensslIssuedCertificate();
    QVERIFY(issued.ok());
    auto accepted = CertificateImport::validate({issued.certificatePem, issued.privateKeyPem, issued.caPem}, {}, u"smtp.example.org"_s, afterMaking());
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
    QVERIFY(!accepted->usedPendingKey);
    QCOMPARE(accepted->info.keyType, u"EC"_s);
    QCOMPARE(accepted->bundle.privateKeyPem, issued.privateKeyPem);
    QVERIFY(accepted->bundle.chainPem.contains("BEGIN CERTIFICATE"));
}

void TestCertificateImport::fullChainIsSplitAndPendingKeyUsed()
{
    const auto issued = Doorstep::Tests::opensslIssuedCertificate();
    QVERIFY(issued.ok());
    auto accepted = CertificateImport::validate({issued.certificatePem + issued.caPem, QByteArray(), QByteArray()}, issued.privateKeyPem,
                                                u"mail.example.org"_s, afterMaking());
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
    QVERIFY(accepted->usedPendingKey);
    QCOMPARE(accepted->bundle.certificatePem.count("BEGIN CERTIFICATE"), 1);
    QCOMPARE(accepted->bundle.chainPem.count("BEGIN CERTIFICATE"), 1);
}

void TestCertificateImport::refusals_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("no certificate") << 0 << u"No certificate was given"_s;
    QTest::newRow("hostname") << 1 << u"The certificate is for mail.example.org, smtp.example.org, 192.0.2.1, which does not cover 'other.example.org'"_s;
    QTest::newRow("pending key absent") << 2 << u"No private key was given, and there is no pending key"_s;
    QTest::newRow("expired by the clock") << 3 << u"The certificate expired on"_s;
    QTest::newRow("not yet valid by the clock") << 4 << u"The certificate is not valid yet"_s;
    QTest::newRow("chain of the wrong CA") << 5 << u"The chain does not link: the certificate was not issued by chain certificate 1"_s;
    QTest::newRow("both full chain and chain") << 6 << u"holds 2 certificates and a chain was given too"_s;
    QTest::newRow("chain too large") << 7 << u"The chain must be smaller than 1 MiB, not 1048576 bytes."_s;
}

void TestCertificateImport::refusals()
{
    QFETCH(int, which);
    QFETCH(QString, sentence);
    const auto issued = Doorstep::Tests::opensslIssuedCertificate();
    QVERIFY(issued.ok());
    const auto other = Doorstep::Tests::opensslIssuedCertificate(); // another CA of the same name
    QVERIFY(other.ok());
    CertificateBundle bundle{issued.certificatePem, issued.privateKeyPem, issued.caPem};
    QString host = u"mail.example.org"_s;
    const QDateTime made = afterMaking();
    QDateTime now = made;
    switch (which) {
    case 0: bundle.certificatePem = " \n"; break;
    case 1: host = u"other.example.org"_s; break;
    case 2: bundle.privateKeyPem.clear(); break;
    case 3: now = made.addDays(31); break;
    case 4: now = made.addDays(-1); break;
    case 5: bundle.chainPem = other.caPem; break;
    case 6: bundle.certificatePem += issued.caPem; break;
    case 7: bundle.chainPem = QByteArray(CertificateImport::MaxPemBytes, 'A'); break;
    default: QFAIL("unknown case");
    }
    auto refused = CertificateImport::validate(bundle, {}, host, now);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(sentence), qPrintable(refused.error().message));
}

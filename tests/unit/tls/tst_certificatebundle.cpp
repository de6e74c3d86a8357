#include <QTest>

#include "engine/tls/certificatebundle.h"
#include "engine/tls/selfsignedcertificate.h"
#include "tests/unit/tls/opensslcli.h"
#include "tests/unit/tls/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Core::ErrorCode;
using Doorstep::Tls::CertificateBundle;
using Doorstep::Tls::CertificateSource;
using Doorstep::Tls::SelfSignedCertificate;

namespace {
CertificateBundle s_first;
CertificateBundle s_second;
Doorstep::Tests::IssuedCertificate s_issued;
} // namespace

void TestCertificateBundle::initTestCase()
{
    if (Doorstep::Tests::opensslProgram().isEmpty())
        QSKIP("the openssl program is not installed");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto first = SelfSignedCertificate::generate({u"mail.example.org"_s}, now);
    auto second = SelfSignedCertificate::generate({u"mail.example.org"_s}, now);
    QVERIFY(first.ok() && second.ok());
    s_first = first.value();
    s_second = second.value();
    s_issued = Doorstep::Tests::opensslIssuedCertificate();
    QVERIFY(s_issued.ok());
}

void TestCertificateBundle::matchingPairIsAccepted()
{
    const auto info = s_first.inspect(CertificateSource::SelfSigned);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QCOMPARE(info.value().source, CertificateSource::SelfSigned);

    // An EC key made by openssl, with its issuer as the chain.
    const CertificateBundle imported{s_issued.certificatePem, s_issued.privateKeyPem, s_issued.caPem};
    const auto importedInfo = imported.inspect(CertificateSource::Imported);
    QVERIFY2(importedInfo.ok(), qPrintable(importedInfo.ok() ? QString() : importedInfo.error().message));
    QCOMPARE(importedInfo.value().keyType, u"EC"_s);
}

void TestCertificateBundle::refusals_data()
{
    QTest::addColumn<QByteArray>("certificate");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("chain");
    QTest::addColumn<QString>("message");

    const QByteArray &certificate = s_first.certificatePem;
    const QByteArray &key = s_first.privateKeyPem;
    const auto encrypted = Doorstep::Tests::openssl({u"pkey"_s, u"-aes256"_s, u"-passout"_s, u"pass:secret"_s}, key);
    QVERIFY(encrypted.ok());

    QTest::newRow("garbage certificate") << QByteArray("hello\n") << key << QByteArray()
                                         << u"The certificate is not a valid PEM certificate (OpenSSL: "_s;
    QTest::newRow("truncated certificate") << certificate.left(certificate.size() / 2) << key << QByteArray()
                                           << u"The certificate is not a valid PEM certificate (OpenSSL: "_s;
    QTest::newRow("key in place of the certificate") << key << key << QByteArray()
                                                     << u"The certificate is not a valid PEM certificate"_s;
    QTest::newRow("empty key") << certificate << QByteArray() << QByteArray()
                               << u"The private key is not an unencrypted PEM private key (OpenSSL: "_s;
    QTest::newRow("encrypted key") << certificate << encrypted.output << QByteArray()
                                   << u"The private key is not an unencrypted PEM private key"_s;
    QTest::newRow("key of another certificate") << certificate << s_second.privateKeyPem << QByteArray()
                                                << u"The private key does not match the certificate."_s;
    QTest::newRow("damaged chain") << certificate << key
                                   << QByteArray("-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n")
                                   << u"The chain is not a valid list of PEM certificates (OpenSSL: "_s;
    QTest::newRow("chain with trailing garbage") << certificate << key << s_issued.caPem + "-----BEGIN CERTIFICATE-----\nAAAA\n"
                                                 << u"The chain is not a valid list of PEM certificates"_s;
}

void TestCertificateBundle::refusals()
{
    QFETCH(QByteArray, certificate);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, chain);
    QFETCH(QString, message);
    const auto info = CertificateBundle{certificate, key, chain}.inspect(CertificateSource::Imported);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(info.error().message.startsWith(message),
             qPrintable(u"got '%1', want it to start with '%2'"_s.arg(info.error().message, message)));
    QVERIFY2(info.error().message.endsWith(u'.'), qPrintable(info.error().message));
}

void TestCertificateBundle::errorsNameTheFile()
{
    CertificateBundle::Labels labels;
    labels.certificate = u"the certificate in '/data/tls/cert.pem'"_s;
    labels.privateKey = u"the private key in '/data/tls/key.pem'"_s;
    const auto info = CertificateBundle{s_first.certificatePem, s_second.privateKeyPem, {}}.inspect(CertificateSource::Imported, labels);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().message,
             u"The private key in '/data/tls/key.pem' does not match the certificate in '/data/tls/cert.pem'."_s);
}

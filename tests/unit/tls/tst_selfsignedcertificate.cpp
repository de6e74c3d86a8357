#include <QTest>

#include "engine/tls/certificatebundle.h"
#include "engine/tls/selfsignedcertificate.h"
#include "tests/unit/tls/opensslcli.h"
#include "tests/unit/tls/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::openssl;
using Doorstep::Tls::CertificateBundle;
using Doorstep::Tls::CertificateInfo;
using Doorstep::Tls::CertificateSource;
using Doorstep::Tls::SelfSignedCertificate;

namespace {

const QDateTime kNow(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);

CertificateBundle generate(const QStringList &names, const QDateTime &now = kNow)
{
    auto bundle = SelfSignedCertificate::generate(names, now);
    if (!bundle.ok())
        qWarning("%s", qPrintable(bundle.error().message));
    return bundle.ok() ? bundle.value() : CertificateBundle{};
}

CertificateInfo describe(const CertificateBundle &bundle)
{
    auto info = bundle.inspect(CertificateSource::SelfSigned);
    if (!info.ok())
        qWarning("%s", qPrintable(info.error().message));
    return info.ok() ? info.value() : CertificateInfo{};
}

QString text(const CertificateBundle &bundle)
{
    return QString::fromUtf8(openssl({u"x509"_s, u"-noout"_s, u"-text"_s}, bundle.certificatePem).output);
}

} // namespace

void TestSelfSignedCertificate::initTestCase()
{
    if (Doorstep::Tests::opensslProgram().isEmpty())
        QSKIP("the openssl program is not installed");
}

void TestSelfSignedCertificate::subjectAndNameFromHostname()
{
    const CertificateBundle bundle = generate({u"mail.example.org"_s});
    const CertificateInfo info = describe(bundle);
    QVERIFY(!info.isNull());
    QCOMPARE(info.subject, u"CN=mail.example.org,O=Doorstep"_s);
    QCOMPARE(info.issuer, info.subject);
    QCOMPARE(info.names, QStringList{u"mail.example.org"_s});
    QVERIFY(info.selfSigned);
    QVERIFY(bundle.chainPem.isEmpty());

    // The same, read by openssl itself.
    const auto subject = openssl({u"x509"_s, u"-noout"_s, u"-subject"_s, u"-nameopt"_s, u"RFC2253"_s}, bundle.certificatePem);
    QVERIFY2(subject.ok(), subject.errors.constData());
    QCOMPARE(subject.output.trimmed(), QByteArray("subject=CN=mail.example.org,O=Doorstep"));
    QVERIFY2(text(bundle).contains(u"DNS:mail.example.org"_s), qPrintable(text(bundle)));
}

void TestSelfSignedCertificate::extraNamesAndIpAddresses()
{
    const CertificateBundle bundle =
        generate({u"Mail.Example.ORG"_s, u"example.org"_s, u"192.0.2.7"_s, u"2001:DB8::1"_s, u"mail.example.org"_s});
    const CertificateInfo info = describe(bundle);
    // Lower-cased, duplicates dropped, DNS names before IP addresses, each in order.
    const QStringList want{u"mail.example.org"_s, u"example.org"_s, u"192.0.2.7"_s, u"2001:db8::1"_s};
    QVERIFY2(info.names == want, qPrintable(u"got %1, want %2"_s.arg(info.names.join(u' '), want.join(u' '))));
    QCOMPARE(info.subject, u"CN=mail.example.org,O=Doorstep"_s);

    const QString dump = text(bundle);
    for (const QString &entry : {u"DNS:mail.example.org"_s, u"DNS:example.org"_s, u"IP Address:192.0.2.7"_s,
                                 u"IP Address:2001:DB8:0:0:0:0:0:1"_s}) {
        QVERIFY2(dump.contains(entry), qPrintable(u"no '%1' in:\n%2"_s.arg(entry, dump)));
    }

    // An IP address can be the first name, and so the CN.
    QCOMPARE(describe(generate({u"192.0.2.25"_s})).subject, u"CN=192.0.2.25,O=Doorstep"_s);
}

void TestSelfSignedCertificate::validityWindow()
{
    const CertificateInfo info = describe(generate({u"mail.example.org"_s}));
    QCOMPARE(info.notBefore, kNow.addSecs(-3600));
    QCOMPARE(info.notAfter, kNow.addYears(10));
    QCOMPARE(info.notBefore.timeSpec(), Qt::UTC);
    QCOMPARE(info.daysUntilExpiry(kNow), kNow.daysTo(kNow.addYears(10)));
}

void TestSelfSignedCertificate::extensions()
{
    const QString dump = text(generate({u"mail.example.org"_s}));
    const QStringList wanted{
        u"Version: 3 (0x2)"_s,
        u"Signature Algorithm: sha256WithRSAEncryption"_s,
        u"X509v3 Basic Constraints: critical\n                CA:FALSE"_s,
        u"X509v3 Key Usage: critical\n                Digital Signature, Key Encipherment"_s,
        u"X509v3 Extended Key Usage: \n                TLS Web Server Authentication"_s,
        u"X509v3 Subject Key Identifier:"_s,
        u"X509v3 Subject Alternative Name: \n                DNS:mail.example.org"_s,
    };
    for (const QString &want : wanted)
        QVERIFY2(dump.contains(want), qPrintable(u"no '%1' in:\n%2"_s.arg(want, dump)));
    QVERIFY2(!dump.contains(u"CA:TRUE"_s), qPrintable(dump));
}

void TestSelfSignedCertificate::serialIsRandomPositive128Bit()
{
    QStringList serials;
    for (int i = 0; i < 2; ++i) {
        const auto run = openssl({u"x509"_s, u"-noout"_s, u"-serial"_s}, generate({u"mail.example.org"_s}).certificatePem);
        QVERIFY2(run.ok(), run.errors.constData());
        const QString serial = QString::fromLatin1(run.output.trimmed()).section(u'=', 1);
        QVERIFY2(serial.size() == 32, qPrintable(u"got %1 hex digits in %2, want 32"_s.arg(serial.size()).arg(serial)));
        bool ok = false;
        const uint first = serial.left(1).toUInt(&ok, 16);
        QVERIFY(ok);
        QVERIFY2(first < 8, qPrintable(u"serial %1 is negative in DER"_s.arg(serial)));
        serials << serial;
    }
    QVERIFY(serials[0] != serials[1]);
}

void TestSelfSignedCertificate::keyIsRsa2048AndMatches()
{
    const CertificateBundle bundle = generate({u"mail.example.org"_s});
    const CertificateInfo info = describe(bundle);
    QCOMPARE(info.keyType, u"RSA"_s);
    QCOMPARE(info.keyBits, 2048);
    QVERIFY(bundle.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----\n"));

    const auto fromKey = openssl({u"pkey"_s, u"-pubout"_s}, bundle.privateKeyPem);
    const auto fromCertificate = openssl({u"x509"_s, u"-noout"_s, u"-pubkey"_s}, bundle.certificatePem);
    QVERIFY2(fromKey.ok(), fromKey.errors.constData());
    QVERIFY2(fromCertificate.ok(), fromCertificate.errors.constData());
    QCOMPARE(fromKey.output, fromCertificate.output);

    const auto check = openssl({u"rsa"_s, u"-check"_s, u"-noout"_s}, bundle.privateKeyPem);
    QVERIFY2(check.ok() && check.output.contains("RSA key ok"), check.errors.constData());
}

void TestSelfSignedCertificate::refusesBadNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no names") << QStringList() << u"at least one name"_s;
    QTest::newRow("space") << QStringList{u"mail example.org"_s} << u"'mail example.org'"_s;
    QTest::newRow("comma injection") << QStringList{u"a.example.org,DNS:evil.example"_s} << u"'a.example.org,DNS:evil.example'"_s;
    QTest::newRow("leading hyphen") << QStringList{u"-mail.example.org"_s} << u"'-mail.example.org'"_s;
    QTest::newRow("empty second name") << QStringList{u"mail.example.org"_s, QString()} << u"''"_s;
    QTest::newRow("IPv6 with zone") << QStringList{u"fe80::1%eth0"_s} << u"'fe80::1%eth0'"_s;
    QStringList many;
    for (int i = 0; i <= SelfSignedCertificate::MaxNames; ++i)
        many << u"host%1.example.org"_s.arg(i);
    QTest::newRow("101 names") << many << u"at most 100 names"_s;
}

void TestSelfSignedCertificate::refusesBadNames()
{
    QFETCH(QStringList, names);
    QFETCH(QString, mentions);
    const auto made = SelfSignedCertificate::generate(names, kNow);
    QVERIFY(!made.ok());
    QCOMPARE(made.error().code, Doorstep::Core::ErrorCode::InvalidArgument);
    QVERIFY2(made.error().message.contains(mentions), qPrintable(u"got '%1', want it to mention %2"_s.arg(made.error().message, mentions)));
}

void TestSelfSignedCertificate::longFirstNameLivesInSubjectAltNameOnly()
{
    // 70 characters: a valid host name, too long for a CN (at most 64).
    const QString name = QString(60, u'a') + u".example"_s + u".o"_s;
    QCOMPARE(name.size(), 70);
    const CertificateInfo info = describe(generate({name}));
    QCOMPARE(info.subject, u"O=Doorstep"_s);
    QCOMPARE(info.names, QStringList{name});
}

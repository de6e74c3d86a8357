#include <QMetaType>
#include <QTest>

#include "engine/tls/certificateinfo.h"
#include "engine/tls/selfsignedcertificate.h"
#include "tests/unit/tls/opensslcli.h"
#include "tests/unit/tls/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Tls::CertificateInfo;
using Doorstep::Tls::CertificateSource;
using Doorstep::Tls::SelfSignedCertificate;

namespace {
const QDateTime kNow(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);
QByteArray s_certificatePem;
} // namespace

void TestCertificateInfo::initTestCase()
{
    if (Doorstep::Tests::opensslProgram().isEmpty())
        QSKIP("the openssl program is not installed");
    auto bundle = SelfSignedCertificate::generate({u"mail.example.org"_s, u"192.0.2.25"_s}, kNow);
    QVERIFY(bundle.ok());
    s_certificatePem = bundle.value().certificatePem;
}

void TestCertificateInfo::fingerprintMatchesOpenssl()
{
    const auto info = CertificateInfo::fromPem(s_certificatePem, CertificateSource::SelfSigned);
    QVERIFY(info.ok());
    const QString want = Doorstep::Tests::opensslFingerprint(s_certificatePem);
    QVERIFY(!want.isEmpty());
    QVERIFY2(info.value().fingerprintSha256 == want,
             qPrintable(u"got %1, want %2"_s.arg(info.value().fingerprintSha256, want)));
    QCOMPARE(want.size(), 32 * 3 - 1);
}

void TestCertificateInfo::variantMapKeysAndTypes()
{
    const auto info = CertificateInfo::fromPem(s_certificatePem, CertificateSource::SelfSigned);
    QVERIFY(info.ok());
    const QVariantMap map = info.value().toVariantMap();

    // Key -> D-Bus type of Certificates.Current: s, as, t, u, b.
    const QList<std::pair<QString, QMetaType::Type>> keys{
        {u"source"_s, QMetaType::QString},          {u"subject"_s, QMetaType::QString},
        {u"names"_s, QMetaType::QStringList},       {u"issuer"_s, QMetaType::QString},
        {u"not_before"_s, QMetaType::ULongLong},    {u"not_after"_s, QMetaType::ULongLong},
        {u"fingerprint_sha256"_s, QMetaType::QString}, {u"key"_s, QMetaType::QString},
        {u"key_bits"_s, QMetaType::UInt},           {u"self_signed"_s, QMetaType::Bool},
        {u"acme_directory"_s, QMetaType::QString},
    };
    QCOMPARE(map.size(), keys.size());
    for (const auto &[key, type] : keys) {
        QVERIFY2(map.contains(key), qPrintable(u"no key '%1'"_s.arg(key)));
        QVERIFY2(map.value(key).metaType().id() == type,
                 qPrintable(u"key '%1': got %2, want %3"_s.arg(key, QString::fromLatin1(map.value(key).metaType().name()),
                                                              QString::fromLatin1(QMetaType(type).name()))));
    }
    QCOMPARE(map.value(u"source"_s).toString(), u"self-signed"_s);
    QCOMPARE(map.value(u"subject"_s).toString(), u"CN=mail.example.org,O=Doorstep"_s);
    QCOMPARE(map.value(u"names"_s).toStringList(), (QStringList{u"mail.example.org"_s, u"192.0.2.25"_s}));
    QCOMPARE(map.value(u"not_before"_s).toULongLong(), quint64(kNow.addSecs(-3600).toMSecsSinceEpoch()) * 1000);
    QCOMPARE(map.value(u"not_after"_s).toULongLong(), quint64(kNow.addYears(10).toMSecsSinceEpoch()) * 1000);
    QCOMPARE(map.value(u"key"_s).toString(), u"RSA"_s);
    QCOMPARE(map.value(u"key_bits"_s).toUInt(), 2048u);
    QCOMPARE(map.value(u"self_signed"_s).toBool(), true);

    auto acme = CertificateInfo::fromPem(s_certificatePem, CertificateSource::Acme);
    QCOMPARE(acme.value().toVariantMap().value(u"source"_s).toString(), u"acme"_s);
}

void TestCertificateInfo::nullInfoGivesEmptyMap()
{
    const CertificateInfo none;
    QVERIFY(none.isNull());
    QVERIFY(none.toVariantMap().isEmpty());
}

void TestCertificateInfo::certificateFromAnotherIssuer()
{
    const auto issued = Doorstep::Tests::opensslIssuedCertificate();
    QVERIFY(issued.ok());
    const auto info = CertificateInfo::fromPem(issued.certificatePem, CertificateSource::Imported);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QCOMPARE(info.value().subject, u"CN=mail.example.org"_s);
    QCOMPARE(info.value().issuer, u"CN=Doorstep Test CA"_s);
    QCOMPARE(info.value().names, (QStringList{u"mail.example.org"_s, u"smtp.example.org"_s, u"192.0.2.1"_s}));
    QCOMPARE(info.value().keyType, u"EC"_s);
    QCOMPARE(info.value().keyBits, 256);
    QVERIFY(!info.value().selfSigned);
    QCOMPARE(info.value().fingerprintSha256, Doorstep::Tests::opensslFingerprint(issued.certificatePem));
    // The CA's own certificate is self-signed.
    QVERIFY(CertificateInfo::fromPem(issued.caPem, CertificateSource::Imported).value().selfSigned);
}

void TestCertificateInfo::daysUntilExpiry_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<qint64>("days");
    QTest::newRow("ten days") << qint64(10 * 86400) << qint64(10);
    QTest::newRow("ten days less a second") << qint64(10 * 86400 - 1) << qint64(9);
    QTest::newRow("an hour") << qint64(3600) << qint64(0);
    QTest::newRow("expiring now") << qint64(0) << qint64(0);
    QTest::newRow("expired an hour ago") << qint64(-3600) << qint64(-1);
    QTest::newRow("expired two days ago") << qint64(-2 * 86400) << qint64(-2);
}

void TestCertificateInfo::daysUntilExpiry()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(qint64, days);
    CertificateInfo info;
    info.notAfter = kNow.addSecs(secondsLeft);
    QCOMPARE(info.daysUntilExpiry(kNow), days);
}

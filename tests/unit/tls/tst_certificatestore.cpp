#include <optional>
#include <sys/stat.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include "engine/tls/certificatestore.h"
#include "engine/tls/selfsignedcertificate.h"
#include "tests/support/filemode.h"
#include "tests/unit/tls/opensslcli.h"
#include "tests/unit/tls/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Core::Result;
using Doorstep::Tls::CertificateBundle;
using Doorstep::Tls::CertificateInfo;
using Doorstep::Tls::CertificateSource;
using Doorstep::Tls::CertificateStore;
using Doorstep::Tls::SelfSignedCertificate;

using Doorstep::Tests::fileMode;

namespace {

// Key generation under the sanitizers takes a while.
constexpr int kTimeout = 60000;

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Key files get mode 0600, as anyone installing a key by hand should do.
bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
        return false;
    if (path.contains(u"key.pem"_s))
        return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

std::unique_ptr<CertificateStore> openStore(const QString &dataDirectory)
{
    auto store = CertificateStore::open(dataDirectory);
    if (!store.ok()) {
        qWarning("%s", qPrintable(store.error().message));
        return nullptr;
    }
    return std::move(store).value();
}

/** Collects one callback's result. */
struct Outcome
{
    std::optional<Result<CertificateInfo>> result;
    Qt::HANDLE thread = nullptr;

    CertificateStore::Done callback()
    {
        return [this](Result<CertificateInfo> r) {
            thread = QThread::currentThreadId();
            result.emplace(std::move(r));
        };
    }
    bool done() const { return result.has_value(); }
    bool ok() const { return result && result->ok(); }
    QString message() const { return result && !result->ok() ? result->error().message : QString(); }
    CertificateInfo info() const { return ok() ? result->value() : CertificateInfo{}; }
};

CertificateBundle makeBundle(const QString &name)
{
    auto bundle = SelfSignedCertificate::generate({name}, QDateTime::currentDateTimeUtc());
    return bundle.ok() ? bundle.value() : CertificateBundle{};
}

} // namespace

void TestCertificateStore::initTestCase()
{
    if (Doorstep::Tests::opensslProgram().isEmpty())
        QSKIP("the openssl program is not installed");
}

void TestCertificateStore::emptyDirectoryHasNoCertificate()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    auto store = openStore(data.path());
    QVERIFY(store);
    QVERIFY(!store->hasCertificate());
    QVERIFY(store->current().isNull());
    QCOMPARE(store->directory(), data.filePath(u"tls"_s));
    QVERIFY(QFileInfo(store->directory()).isDir());
    QCOMPARE(fileMode(store->directory()), mode_t(0700));
    QVERIFY(store->serverConfiguration().localCertificate().isNull());
    QCOMPARE(store->serverConfiguration().protocol(), QSsl::TlsV1_2OrLater);

    // The data directory itself must exist: the store makes only DATA/tls.
    const auto missing = CertificateStore::open(data.filePath(u"missing"_s));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(data.filePath(u"missing/tls"_s)), qPrintable(missing.error().message));
}

void TestCertificateStore::ensureCertificateReturnsAtOnce()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    auto store = openStore(data.path());
    QVERIFY(store);
    QSignalSpy changed(store.get(), &CertificateStore::changed);

    // The event loop keeps running while the key is made: a 1 ms timer keeps ticking.
    int ticks = 0;
    int ticksBeforeCallback = -1;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start();

    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    store->ensureCertificate(u"mail.example.org"_s, this, [&, callback = outcome.callback()](Result<CertificateInfo> r) {
        ticksBeforeCallback = ticks;
        callback(std::move(r));
    });
    const qint64 callMs = clock.elapsed();
    QVERIFY2(!outcome.done(), "the callback ran before ensureCertificate() returned");
    QVERIFY2(callMs < 50, qPrintable(u"ensureCertificate() took %1 ms, want it to return at once"_s.arg(callMs)));
    QVERIFY(!store->hasCertificate());

    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), kTimeout);
    const qint64 totalMs = clock.elapsed();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QVERIFY2(ticksBeforeCallback > 0, qPrintable(u"timer ticked %1 times during %2 ms of generation"_s.arg(ticksBeforeCallback).arg(totalMs)));
    QCOMPARE(outcome.thread, QThread::currentThreadId());
    qInfo("ensureCertificate returned after %lld ms; certificate ready after %lld ms, %d timer ticks meanwhile", callMs,
          totalMs, ticksBeforeCallback);

    QCOMPARE(changed.size(), 1);
    QVERIFY(store->hasCertificate());
    QCOMPARE(outcome.info().fingerprintSha256, store->current().fingerprintSha256);
    QCOMPARE(store->current().subject, u"CN=mail.example.org,O=Doorstep"_s);
    QCOMPARE(store->current().names, QStringList{u"mail.example.org"_s});
    QCOMPARE(store->current().source, CertificateSource::SelfSigned);
}

void TestCertificateStore::generatedFilesAndModes()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    auto store = openStore(data.path());
    QVERIFY(store);
    Outcome outcome;
    store->ensureCertificate(u"mail.example.org"_s, this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), kTimeout);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));

    const QDir tls(store->directory());
    QCOMPARE(tls.entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{u"cert.pem"_s, u"key.pem"_s, u"meta.json"_s}));
    QCOMPARE(fileMode(tls.filePath(u"key.pem"_s)), mode_t(0600));
    QCOMPARE(fileMode(tls.filePath(u"cert.pem"_s)), mode_t(0644));
    QFileInfo key(tls.filePath(u"key.pem"_s));
    QVERIFY(key.permission(QFile::ReadOwner));
    QVERIFY(!key.permission(QFile::ReadGroup) && !key.permission(QFile::ReadOther));

    // The files on disk are what the store reports, and the key belongs to the certificate.
    const QByteArray certificate = contentsOf(tls.filePath(u"cert.pem"_s));
    QCOMPARE(Doorstep::Tests::opensslFingerprint(certificate), store->current().fingerprintSha256);
    const auto fromKey = Doorstep::Tests::openssl({u"pkey"_s, u"-pubout"_s, u"-in"_s, tls.filePath(u"key.pem"_s)});
    const auto fromCertificate = Doorstep::Tests::openssl({u"x509"_s, u"-noout"_s, u"-pubkey"_s}, certificate);
    QVERIFY(fromKey.ok() && fromCertificate.ok());
    QCOMPARE(fromKey.output, fromCertificate.output);

    const QJsonObject meta = QJsonDocument::fromJson(contentsOf(tls.filePath(u"meta.json"_s))).object();
    QCOMPARE(meta.value(u"source"_s).toString(), u"self-signed"_s);
    const QDateTime created = QDateTime::fromString(meta.value(u"created"_s).toString(), Qt::ISODate);
    QVERIFY(created.isValid());
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QCOMPARE(meta.value(u"chain"_s).toBool(true), false);
}

void TestCertificateStore::reopenLoadsWithoutRegenerating()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QString fingerprint;
    QByteArray keyBefore;
    QDateTime keyTime;
    {
        auto store = openStore(data.path());
        QVERIFY(store);
        Outcome outcome;
        store->ensureCertificate(u"mail.example.org"_s, this, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), kTimeout);
        QVERIFY(outcome.ok());
        fingerprint = store->current().fingerprintSha256;
        keyBefore = contentsOf(data.filePath(u"tls/key.pem"_s));
        keyTime = QFileInfo(data.filePath(u"tls/key.pem"_s)).lastModified();
    }

    auto store = openStore(data.path());
    QVERIFY(store);
    QVERIFY(store->hasCertificate());
    QCOMPARE(store->current().fingerprintSha256, fingerprint);
    QCOMPARE(store->current().source, CertificateSource::SelfSigned);
    QCOMPARE(store->serverConfiguration().localCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper(),
             fingerprint.toLatin1());

    // A second start asks again, possibly for another host name: nothing changes.
    QSignalSpy changed(store.get(), &CertificateStore::changed);
    Outcome outcome;
    store->ensureCertificate(u"other.example.org"_s, this, outcome.callback());
    QVERIFY(!outcome.done());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), kTimeout);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.info().fingerprintSha256, fingerprint);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(contentsOf(data.filePath(u"tls/key.pem"_s)), keyBefore);
    QCOMPARE(QFileInfo(data.filePath(u"tls/key.pem"_s)).lastModified(), keyTime);
}

void TestCertificateStore::concurrentEnsureGeneratesOnce()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    auto store = openStore(data.path());
    QVERIFY(store);
    QSignalSpy changed(store.get(), &CertificateStore::changed);
    Outcome first;
    Outcome second;
    store->ensureCertificate(u"mail.example.org"_s, this, first.callback());
    store->ensureCertificate(u"mail.example.org"_s, this, second.callback());
    QTRY_VERIFY_WITH_TIMEOUT(first.done() && second.done(), kTimeout);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.info().fingerprintSha256, second.info().fingerprintSha256);
    QCOMPARE(changed.size(), 1);
}

void TestCertificateStore::refusesMismatchedKey()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QVERIFY(QDir(data.path()).mkdir(u"tls"_s));
    const CertificateBundle first = makeBundle(u"mail.example.org"_s);
    const CertificateBundle second = makeBundle(u"mail.example.org"_s);
    QVERIFY(writeFile(data.filePath(u"tls/cert.pem"_s), first.certificatePem));
    QVERIFY(writeFile(data.filePath(u"tls/key.pem"_s), second.privateKeyPem));

    const auto store = CertificateStore::open(data.path());
    QVERIFY(!store.ok());
    const QString want = u"The private key in '%1' does not match the certificate in '%2'."_s.arg(
        data.filePath(u"tls/key.pem"_s), data.filePath(u"tls/cert.pem"_s));
    QVERIFY2(store.error().message == want, qPrintable(u"got '%1', want '%2'"_s.arg(store.error().message, want)));
}

void TestCertificateStore::refusesCorruptPem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("certificate") << u"cert.pem"_s << u"The certificate in '%1' is not a valid PEM certificate (OpenSSL: "_s;
    QTest::newRow("key") << u"key.pem"_s << u"The private key in '%1' is not an unencrypted PEM private key (OpenSSL: "_s;
    QTest::newRow("chain") << u"chain.pem"_s << u"The chain in '%1' is not a valid list of PEM certificates (OpenSSL: "_s;
}

void TestCertificateStore::refusesCorruptPem()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QVERIFY(QDir(data.path()).mkdir(u"tls"_s));
    const CertificateBundle bundle = makeBundle(u"mail.example.org"_s);
    QVERIFY(writeFile(data.filePath(u"tls/cert.pem"_s), bundle.certificatePem));
    QVERIFY(writeFile(data.filePath(u"tls/key.pem"_s), bundle.privateKeyPem));
    const QString path = data.filePath(u"tls/"_s + file);
    // Damaged in the middle of the base64, as a bad disk block or a bad copy would.
    QByteArray damaged = file == u"chain.pem"_s ? bundle.certificatePem : contentsOf(path);
    damaged[damaged.size() / 2] = '!';
    QVERIFY(writeFile(path, damaged));

    const auto store = CertificateStore::open(data.path());
    QVERIFY(!store.ok());
    QVERIFY2(store.error().message.startsWith(message.arg(path)),
             qPrintable(u"got '%1', want it to start with '%2'"_s.arg(store.error().message, message.arg(path))));
}

void TestCertificateStore::refusesLoneFile()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QVERIFY(QDir(data.path()).mkdir(u"tls"_s));
    QVERIFY(writeFile(data.filePath(u"tls/cert.pem"_s), makeBundle(u"mail.example.org"_s).certificatePem));
    const auto store = CertificateStore::open(data.path());
    QVERIFY(!store.ok());
    QVERIFY2(store.error().message.contains(u"'%1' is missing"_s.arg(data.filePath(u"tls/key.pem"_s))),
             qPrintable(store.error().message));
}

void TestCertificateStore::generateSelfSignedReplacesAndSignals()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    auto store = openStore(data.path());
    QVERIFY(store);
    Outcome first;
    store->ensureCertificate(u"mail.example.org"_s, this, first.callback());
    QTRY_VERIFY_WITH_TIMEOUT(first.done(), kTimeout);
    QVERIFY(first.ok());

    QSignalSpy changed(store.get(), &CertificateStore::changed);
    Outcome second;
    store->generateSelfSigned({u"smtp.example.org"_s, u"mail.example.org"_s, u"192.0.2.25"_s}, this, second.callback());
    QVERIFY(!second.done());
    QCOMPARE(store->current().fingerprintSha256, first.info().fingerprintSha256); // until the new one is stored
    QTRY_VERIFY_WITH_TIMEOUT(second.done(), kTimeout);
    QVERIFY2(second.ok(), qPrintable(second.message()));

    QCOMPARE(changed.size(), 1);
    const CertificateInfo &now = store->current();
    QVERIFY(now.fingerprintSha256 != first.info().fingerprintSha256);
    QCOMPARE(now.fingerprintSha256, second.info().fingerprintSha256);
    QCOMPARE(now.subject, u"CN=smtp.example.org,O=Doorstep"_s);
    QCOMPARE(now.names, (QStringList{u"smtp.example.org"_s, u"mail.example.org"_s, u"192.0.2.25"_s}));
    QCOMPARE(Doorstep::Tests::opensslFingerprint(contentsOf(data.filePath(u"tls/cert.pem"_s))), now.fingerprintSha256);
    QCOMPARE(store->serverConfiguration().localCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper(),
             now.fingerprintSha256.toLatin1());
    QCOMPARE(fileMode(data.filePath(u"tls/key.pem"_s)), mode_t(0600));

    // And it survives a restart.
    store.reset();
    store = openStore(data.path());
    QVERIFY(store);
    QCOMPARE(store->current().fingerprintSha256, second.info().fingerprintSha256);
}

void TestCertificateStore::generateSelfSignedRefusesBadNames()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    auto store = openStore(data.path());
    QVERIFY(store);
    QSignalSpy changed(store.get(), &CertificateStore::changed);
    Outcome outcome;
    store->generateSelfSigned({u"mail.example.org"_s, u"bad name"_s}, this, outcome.callback());
    QVERIFY(!outcome.done()); // refusals come later too: one way to get a result
    QTRY_VERIFY(outcome.done());
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.result->error().code, Doorstep::Core::ErrorCode::InvalidArgument);
    QVERIFY2(outcome.message().contains(u"'bad name'"_s), qPrintable(outcome.message()));
    QCOMPARE(changed.size(), 0);
    QVERIFY(!store->hasCertificate());
    QVERIFY(QDir(store->directory()).isEmpty(QDir::Files | QDir::Hidden));
}

void TestCertificateStore::filesWithoutMetaAreImportedWithChain()
{
    const auto issued = Doorstep::Tests::opensslIssuedCertificate();
    QVERIFY(issued.ok());
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QVERIFY(QDir(data.path()).mkdir(u"tls"_s));
    QVERIFY(writeFile(data.filePath(u"tls/cert.pem"_s), issued.certificatePem));
    QVERIFY(writeFile(data.filePath(u"tls/key.pem"_s), issued.privateKeyPem));
    QVERIFY(writeFile(data.filePath(u"tls/chain.pem"_s), issued.caPem));

    auto store = openStore(data.path());
    QVERIFY(store);
    QCOMPARE(store->current().source, CertificateSource::Imported);
    QCOMPARE(store->current().issuer, u"CN=Doorstep Test CA"_s);
    QCOMPARE(store->current().keyType, u"EC"_s);
    QVERIFY(!store->current().selfSigned);
    const QList<QSslCertificate> chain = store->serverConfiguration().localCertificateChain();
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain.at(1).subjectInfo(QSslCertificate::CommonName), QStringList{u"Doorstep Test CA"_s});
    QVERIFY(!store->serverConfiguration().privateKey().isNull());

    // Replacing it with a self-signed certificate removes the chain.
    Outcome outcome;
    store->generateSelfSigned({u"mail.example.org"_s}, this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), kTimeout);
    QVERIFY(outcome.ok());
    QVERIFY(!QFileInfo::exists(data.filePath(u"tls/chain.pem"_s)));
    QCOMPARE(store->serverConfiguration().localCertificateChain().size(), 1);
    QCOMPARE(store->current().source, CertificateSource::SelfSigned);
}

void TestCertificateStore::widerKeyModeIsTightened()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QVERIFY(QDir(data.path()).mkdir(u"tls"_s));
    const CertificateBundle bundle = makeBundle(u"mail.example.org"_s);
    QVERIFY(writeFile(data.filePath(u"tls/cert.pem"_s), bundle.certificatePem));
    QVERIFY(writeFile(data.filePath(u"tls/key.pem"_s), bundle.privateKeyPem));
    QVERIFY(::chmod(QFile::encodeName(data.filePath(u"tls/key.pem"_s)).constData(), 0644) == 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"key.pem was accessible to group or others, tightening it to 0600$"_s));
    auto store = openStore(data.path());
    QVERIFY(store);
    QCOMPARE(fileMode(data.filePath(u"tls/key.pem"_s)), mode_t(0600));
}

void TestCertificateStore::interruptedReplacementRollsForward()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QString oldFingerprint;
    {
        auto store = openStore(data.path());
        QVERIFY(store);
        Outcome outcome;
        store->ensureCertificate(u"mail.example.org"_s, this, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), kTimeout);
        QVERIFY(outcome.ok());
        oldFingerprint = outcome.info().fingerprintSha256;
    }
    // A replacement that crashed after its commit record and the certificate's rename.
    const CertificateBundle replacement = makeBundle(u"smtp.example.org"_s);
    QVERIFY(writeFile(data.filePath(u"tls/cert.pem"_s), replacement.certificatePem));
    QVERIFY(writeFile(data.filePath(u"tls/key.pem.new"_s), replacement.privateKeyPem));
    QVERIFY(writeFile(data.filePath(u"tls/meta.json.new"_s),
                      R"({"source": "imported", "created": "2026-03-14T15:09:26Z", "chain": false})"));

    auto store = openStore(data.path());
    QVERIFY(store);
    QCOMPARE(store->current().subject, u"CN=smtp.example.org,O=Doorstep"_s);
    QVERIFY(store->current().fingerprintSha256 != oldFingerprint);
    QCOMPARE(store->current().source, CertificateSource::Imported);
    QCOMPARE(QDir(store->directory()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{u"cert.pem"_s, u"key.pem"_s, u"meta.json"_s}));
}

void TestCertificateStore::unfinishedStagingIsDiscarded()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QString fingerprint;
    {
        auto store = openStore(data.path());
        QVERIFY(store);
        Outcome outcome;
        store->ensureCertificate(u"mail.example.org"_s, this, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), kTimeout);
        QVERIFY(outcome.ok());
        fingerprint = outcome.info().fingerprintSha256;
    }
    // A replacement that crashed while staging: no commit record, and a half-written temporary.
    const CertificateBundle replacement = makeBundle(u"smtp.example.org"_s);
    QVERIFY(writeFile(data.filePath(u"tls/key.pem.new"_s), replacement.privateKeyPem));
    QVERIFY(writeFile(data.filePath(u"tls/.cert.pem.new.tmp-a1B2c3"_s), replacement.certificatePem.left(100)));

    auto store = openStore(data.path());
    QVERIFY(store);
    QCOMPARE(store->current().fingerprintSha256, fingerprint);
    QCOMPARE(QDir(store->directory()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{u"cert.pem"_s, u"key.pem"_s, u"meta.json"_s}));
}

void TestCertificateStore::destroyedWhileGenerating()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    auto store = openStore(data.path());
    QVERIFY(store);
    Outcome first;
    Outcome second;
    store->ensureCertificate(u"mail.example.org"_s, this, first.callback());
    store->generateSelfSigned({u"smtp.example.org"_s}, this, second.callback());
    store.reset(); // waits for the running job, drops the queued one
    QTest::qWait(50); // deliver anything (wrongly) posted
    QVERIFY(!first.done());
    QVERIFY(!second.done());
    // Whatever was written is whole: the next start either has a certificate or none.
    auto reopened = CertificateStore::open(data.path());
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
}

void TestCertificateStore::callbackSkippedWhenContextIsGone()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    auto store = openStore(data.path());
    QVERIFY(store);
    QSignalSpy changed(store.get(), &CertificateStore::changed);
    auto context = std::make_unique<QObject>();
    bool called = false;
    store->ensureCertificate(u"mail.example.org"_s, context.get(), [&](Result<CertificateInfo>) { called = true; });
    context.reset();
    // The store still adopts the certificate; only the reply is dropped.
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 1, kTimeout);
    QVERIFY(store->hasCertificate());
    QTest::qWait(20);
    QVERIFY(!called);
}

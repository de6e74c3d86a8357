#include <optional>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "engine/tls/dkimkey.h"
#include "engine/tls/dkimkeystore.h"
#include "tests/support/filemode.h"
#include "tests/unit/tls/opensslcli.h"
#include "tests/unit/tls/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Core::ErrorCode;
using Doorstep::Core::Result;
using Doorstep::Tls::DkimAlgorithm;
using Doorstep::Tls::DkimKey;
using Doorstep::Tls::DkimKeyStore;

using Doorstep::Tests::fileMode;

namespace {

// RSA key generation under the sanitizers takes a while.
constexpr int kTimeout = 60000;

Result<QList<DkimKey>> keysOf(DkimKeyStore &store, const QString &domain, const QString &selector, bool ed25519)
{
    std::optional<Result<QList<DkimKey>>> result;
    QObject context;
    store.keys(domain, selector, ed25519, &context, [&](Result<QList<DkimKey>> keys) { result = std::move(keys); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kTimeout))
        return Doorstep::Core::Error::failed(u"no answer from the key store"_s);
    return *result;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** `openssl` verifies @p signature of @p input with the key's published public key. */
bool opensslVerifies(const DkimKey &key, const QByteArray &input, const QByteArray &signature)
{
    QTemporaryDir directory;
    const QString publicKey = directory.filePath(u"public.der"_s);
    const QString signatureFile = directory.filePath(u"signature"_s);
    // An Ed25519 SubjectPublicKeyInfo is a fixed 12-byte prefix and the raw key (RFC 8410).
    const QByteArray der = key.algorithm == DkimAlgorithm::Rsa ? key.publicKey : QByteArray::fromHex("302a300506032b6570032100") + key.publicKey;
    if (!writeFile(publicKey, der) || !writeFile(signatureFile, signature))
        return false;
    if (key.algorithm == DkimAlgorithm::Rsa)
        return Doorstep::Tests::openssl({u"dgst"_s, u"-sha256"_s, u"-verify"_s, publicKey, u"-keyform"_s, u"DER"_s, u"-signature"_s, signatureFile},
                                        input)
            .ok();
    const QString digest = directory.filePath(u"digest"_s);
    if (!writeFile(digest, QCryptographicHash::hash(input, QCryptographicHash::Sha256)))
        return false;
    return Doorstep::Tests::openssl({u"pkeyutl"_s, u"-verify"_s, u"-pubin"_s, u"-keyform"_s, u"DER"_s, u"-inkey"_s, publicKey, u"-rawin"_s,
                                     u"-in"_s, digest, u"-sigfile"_s, signatureFile})
        .ok();
}

} // namespace

void TestDkimKeyStore::madeStoredAndPublished()
{
    QTemporaryDir data;
    auto store = DkimKeyStore::open(data.path());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    QCOMPARE(fileMode(data.filePath(u"dkim"_s)), mode_t(0700));

    const auto keys = keysOf(**store, u"Example.ORG"_s, u"doorstep"_s, true);
    QVERIFY2(keys, qPrintable(keys ? QString() : keys.error().message));
    QCOMPARE(keys->size(), 2);
    const DkimKey &rsa = keys->at(0);
    const DkimKey &ed = keys->at(1);
    QCOMPARE(rsa.algorithm, DkimAlgorithm::Rsa);
    QCOMPARE(ed.algorithm, DkimAlgorithm::Ed25519);
    QCOMPARE(rsa.dnsName(), u"doorstep._domainkey.example.org"_s);
    QCOMPARE(rsa.signatureAlgorithm(), u"rsa-sha256"_s);
    QCOMPARE(ed.signatureAlgorithm(), u"ed25519-sha256"_s);
    QCOMPARE(ed.publicKey.size(), 32);
    QCOMPARE(rsa.txtRecord(), u"v=DKIM1; k=rsa; p="_s + QString::fromLatin1(rsa.publicKey.toBase64()));
    QCOMPARE(ed.txtRecord(), u"v=DKIM1; k=ed25519; p="_s + QString::fromLatin1(ed.publicKey.toBase64()));

    // openssl reads the published RSA key as a 2048-bit one.
    const auto text = Doorstep::Tests::openssl({u"pkey"_s, u"-pubin"_s, u"-inform"_s, u"DER"_s, u"-noout"_s, u"-text"_s}, rsa.publicKey);
    QVERIFY2(text.ok(), text.errors.constData());
    QVERIFY2(text.output.contains("2048 bit"), text.output.constData());

    for (const DkimKey &key : *keys) {
        const QString path = (*store)->filePath(key.algorithm, u"example.org"_s, u"doorstep"_s);
        QCOMPARE(QFileInfo(path).fileName(), u"doorstep._domainkey.example.org.%1.pem"_s.arg(key.keyType()));
        QCOMPARE(fileMode(path), mode_t(0600));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), key.privateKeyPem);
        QVERIFY(key.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
    }
}

void TestDkimKeyStore::signaturesVerify()
{
    QTemporaryDir data;
    auto store = DkimKeyStore::open(data.path());
    QVERIFY(store);
    const auto keys = keysOf(**store, u"example.org"_s, u"s1"_s, true);
    QVERIFY2(keys, qPrintable(keys ? QString() : keys.error().message));
    const QByteArray input = "from:Alice <alice@example.org>\r\ndkim-signature:v=1; a=rsa-sha256; b=";
    for (const DkimKey &key : *keys) {
        const auto signature = key.sign(input);
        QVERIFY2(signature, qPrintable(signature ? QString() : signature.error().message));
        QCOMPARE(signature->size(), key.algorithm == DkimAlgorithm::Rsa ? 256 : 64);
        QVERIFY2(opensslVerifies(key, input, *signature), qPrintable(key.keyType()));
        // The check can fail: one byte more and the signature no longer fits.
        QVERIFY2(!opensslVerifies(key, input + "x", *signature), qPrintable(key.keyType()));
    }
}

void TestDkimKeyStore::reopenedStoreKeepsKeys()
{
    QTemporaryDir data;
    QByteArray first;
    {
        auto store = DkimKeyStore::open(data.path());
        QVERIFY(store);
        const auto keys = keysOf(**store, u"example.org"_s, u"doorstep"_s, false);
        QVERIFY(keys);
        QCOMPARE(keys->size(), 1);
        first = keys->first().publicKey;
    }
    // A file of an interrupted write goes at the next open.
    QVERIFY(writeFile(data.filePath(u"dkim/.doorstep._domainkey.example.org.rsa.pem.tmp-abc123"_s), "partial"));
    auto store = DkimKeyStore::open(data.path());
    QVERIFY(store);
    QVERIFY(!QFileInfo::exists(data.filePath(u"dkim/.doorstep._domainkey.example.org.rsa.pem.tmp-abc123"_s)));
    const auto keys = keysOf(**store, u"example.org"_s, u"doorstep"_s, false);
    QVERIFY(keys);
    QCOMPARE(keys->first().publicKey, first);
}

void TestDkimKeyStore::newSelectorKeepsOldKeys()
{
    QTemporaryDir data;
    auto store = DkimKeyStore::open(data.path());
    QVERIFY(store);
    const auto old = keysOf(**store, u"example.org"_s, u"old"_s, false);
    const auto fresh = keysOf(**store, u"example.org"_s, u"new"_s, false);
    QVERIFY(old && fresh);
    QVERIFY(old->first().publicKey != fresh->first().publicKey);
    QVERIFY(QFileInfo::exists((*store)->filePath(DkimAlgorithm::Rsa, u"example.org"_s, u"old"_s)));
    QVERIFY(QFileInfo::exists((*store)->filePath(DkimAlgorithm::Rsa, u"example.org"_s, u"new"_s)));
    // Another domain, another key.
    const auto other = keysOf(**store, u"example.net"_s, u"old"_s, false);
    QVERIFY(other);
    QVERIFY(other->first().publicKey != old->first().publicKey);
}

void TestDkimKeyStore::concurrentRequestsMakeOneKey()
{
    QTemporaryDir data;
    auto store = DkimKeyStore::open(data.path());
    QVERIFY(store);
    QObject context;
    QList<QByteArray> published;
    for (int i = 0; i < 3; ++i)
        (*store)->keys(u"example.org"_s, u"doorstep"_s, false, &context, [&](Result<QList<DkimKey>> keys) {
            published.append(keys ? keys->first().publicKey : QByteArray());
        });
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 3, kTimeout);
    QVERIFY(!published[0].isEmpty());
    QCOMPARE(published[1], published[0]);
    QCOMPARE(published[2], published[0]);
}

void TestDkimKeyStore::refusesBadNames_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("selector");
    QTest::newRow("path in domain") << u"../etc"_s << u"doorstep"_s;
    QTest::newRow("slash in selector") << u"example.org"_s << u"a/b"_s;
    QTest::newRow("empty domain") << QString() << u"doorstep"_s;
    QTest::newRow("underscore") << u"example.org"_s << u"_domainkey"_s;
}

void TestDkimKeyStore::refusesBadNames()
{
    QFETCH(QString, domain);
    QFETCH(QString, selector);
    QTemporaryDir data;
    auto store = DkimKeyStore::open(data.path());
    QVERIFY(store);
    const auto keys = keysOf(**store, domain, selector, true);
    QVERIFY(!keys);
    QCOMPARE(keys.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(keys.error().message.contains(u"letters, digits"_s), qPrintable(keys.error().message));
    QCOMPARE(QDir(data.filePath(u"dkim"_s)).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestDkimKeyStore::refusesKeyOfWrongType()
{
    QTemporaryDir data;
    auto store = DkimKeyStore::open(data.path());
    QVERIFY(store);
    const auto ed = keysOf(**store, u"example.org"_s, u"doorstep"_s, true);
    QVERIFY(ed);
    // An Ed25519 key where the RSA key belongs is refused, never used.
    QFile::remove((*store)->filePath(DkimAlgorithm::Rsa, u"example.org"_s, u"other"_s));
    QVERIFY(writeFile((*store)->filePath(DkimAlgorithm::Rsa, u"example.org"_s, u"other"_s), ed->at(1).privateKeyPem));
    const auto refused = keysOf(**store, u"example.org"_s, u"other"_s, false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"is not an RSA key"_s), qPrintable(refused.error().message));
}

#include <sys/stat.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "engine/tls/acmeaccountkey.h"
#include "tests/unit/tls/opensslcli.h"
#include "tests/unit/tls/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Tls::AcmeAccountKey;

namespace {

QByteArray fromBase64Url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
}

// DER INTEGER of an unsigned big-endian number (the test's own encoder, independent of OpenSSL).
QByteArray derInteger(QByteArray bytes)
{
    while (bytes.size() > 1 && bytes.at(0) == '\0')
        bytes.remove(0, 1);
    if (quint8(bytes.at(0)) & 0x80)
        bytes.prepend('\0');
    return QByteArray(1, '\x02') + char(bytes.size()) + bytes;
}

QByteArray writeTemp(QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile file(dir.filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return QFile::encodeName(file.fileName());
}

} // namespace

void TestAcmeAccountKey::initTestCase()
{
    if (Doorstep::Tests::opensslProgram().isEmpty())
        QSKIP("the openssl program is missing");
}

void TestAcmeAccountKey::createdOnceWithMode0600()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"acme/account.key"_s);
    auto first = AcmeAccountKey::loadOrCreate(path);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    struct stat status {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(dir.filePath(u"acme"_s)).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, mode_t(0700));
    auto second = AcmeAccountKey::loadOrCreate(path);
    QVERIFY(second);
    QCOMPARE(second->thumbprint(), first->thumbprint());
}

void TestAcmeAccountKey::jwkIsThePublicKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"account.key"_s);
    auto key = AcmeAccountKey::loadOrCreate(path);
    QVERIFY(key);
    const auto run = Doorstep::Tests::openssl({u"pkey"_s, u"-in"_s, path, u"-pubout"_s, u"-outform"_s, u"DER"_s});
    QVERIFY2(run.ok(), run.errors.constData());
    // SubjectPublicKeyInfo of P-256 ends with the uncompressed point 04 || X || Y.
    const QByteArray point = run.output.right(65);
    QCOMPARE(point.at(0), '\x04');
    const QJsonObject jwk = key->jwk();
    QCOMPARE(jwk.value(u"kty"_s).toString(), u"EC"_s);
    QCOMPARE(jwk.value(u"crv"_s).toString(), u"P-256"_s);
    QCOMPARE(fromBase64Url(jwk.value(u"x"_s).toString()), point.mid(1, 32));
    QCOMPARE(fromBase64Url(jwk.value(u"y"_s).toString()), point.mid(33, 32));
    // RFC 7638 3: the required members in lexicographic order, no whitespace.
    const QByteArray canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + jwk.value(u"x"_s).toString().toLatin1() + "\",\"y\":\""
                                 + jwk.value(u"y"_s).toString().toLatin1() + "\"}";
    QCOMPARE(fromBase64Url(key->thumbprint()), QCryptographicHash::hash(canonical, QCryptographicHash::Sha256));
}

void TestAcmeAccountKey::signatureVerifiesWithOpenssl()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"account.key"_s);
    auto key = AcmeAccountKey::loadOrCreate(path);
    QVERIFY(key);
    auto jws = key->signRequest(u"https://ca.test/new-order"_s, u"nonce-1"_s, u"https://ca.test/acct/7"_s, R"({"a":1})");
    QVERIFY(jws);
    const QJsonObject object = QJsonDocument::fromJson(jws.value()).object();
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(object.value(u"protected"_s).toString())).object();
    QCOMPARE(header.value(u"alg"_s).toString(), u"ES256"_s);
    QCOMPARE(header.value(u"nonce"_s).toString(), u"nonce-1"_s);
    QCOMPARE(header.value(u"url"_s).toString(), u"https://ca.test/new-order"_s);
    QCOMPARE(header.value(u"kid"_s).toString(), u"https://ca.test/acct/7"_s);
    QVERIFY(!header.contains(u"jwk"_s));
    QCOMPARE(fromBase64Url(object.value(u"payload"_s).toString()), QByteArray(R"({"a":1})"));

    const QByteArray raw = fromBase64Url(object.value(u"signature"_s).toString());
    QCOMPARE(raw.size(), 64);
    const QByteArray body = derInteger(raw.left(32)) + derInteger(raw.mid(32));
    const QByteArray der = QByteArray(1, '\x30') + char(body.size()) + body;
    const QByteArray signingInput = object.value(u"protected"_s).toString().toLatin1() + '.' + object.value(u"payload"_s).toString().toLatin1();
    const auto publicKey = Doorstep::Tests::openssl({u"pkey"_s, u"-in"_s, path, u"-pubout"_s});
    QVERIFY(publicKey.ok());
    writeTemp(dir, u"pub.pem"_s, publicKey.output);
    writeTemp(dir, u"sig.der"_s, der);
    const auto verified = Doorstep::Tests::openssl(
        {u"dgst"_s, u"-sha256"_s, u"-verify"_s, dir.filePath(u"pub.pem"_s), u"-signature"_s, dir.filePath(u"sig.der"_s)}, signingInput);
    QVERIFY2(verified.ok(), verified.errors.constData());
    QVERIFY(verified.output.contains("Verified OK"));
}

void TestAcmeAccountKey::newAccountCarriesJwkAndPostAsGetIsEmpty()
{
    QTemporaryDir dir;
    auto key = AcmeAccountKey::loadOrCreate(dir.filePath(u"account.key"_s));
    QVERIFY(key);
    auto jws = key->signRequest(u"https://ca.test/authz/1"_s, u"n"_s, QString(), QByteArray());
    QVERIFY(jws);
    const QJsonObject object = QJsonDocument::fromJson(jws.value()).object();
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(object.value(u"protected"_s).toString())).object();
    QCOMPARE(header.value(u"jwk"_s).toObject(), key->jwk());
    QVERIFY(!header.contains(u"kid"_s));
    QCOMPARE(object.value(u"payload"_s).toString(), QString(u""_s));
}

void TestAcmeAccountKey::refusesOtherKeys()
{
    const auto rsa = Doorstep::Tests::openssl({u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:2048"_s});
    QVERIFY(rsa.ok());
    auto refused = AcmeAccountKey::fromPem(rsa.output);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, u"The ACME account key is not an EC P-256 key."_s);
    auto garbage = AcmeAccountKey::fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    QVERIFY(!garbage);
    QVERIFY(garbage.error().message.startsWith(u"The ACME account key is not an unencrypted PEM private key"_s));
}

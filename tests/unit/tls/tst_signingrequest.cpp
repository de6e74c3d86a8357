#include <QTemporaryDir>
#include <QTest>

#include "engine/tls/signingrequest.h"
#include "tests/unit/tls/opensslcli.h"
#include "tests/unit/tls/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Tls::SigningRequest;

void TestSigningRequest::initTestCase()
{
    if (Doorstep::Tests::opensslProgram().isEmpty())
        QSKIP("the openssl program is missing");
}

void TestSigningRequest::verifiesAndNamesEveryName()
{
    auto request = SigningRequest::generate({u"Mail.Example.org"_s, u"smtp.example.org"_s, u"192.0.2.7"_s});
    QVERIFY2(request, qPrintable(request ? QString() : request.error().message));
    const auto text = Doorstep::Tests::openssl({u"req"_s, u"-verify"_s, u"-noout"_s, u"-text"_s}, request->requestPem);
    QVERIFY2(text.ok(), text.errors.constData());
    QVERIFY2(text.errors.contains("verify OK") || text.output.contains("verify OK"), text.errors.constData());
    QVERIFY(text.output.contains("Subject: CN = mail.example.org"));
    QVERIFY(text.output.contains("DNS:mail.example.org, DNS:smtp.example.org, IP Address:192.0.2.7"));
    QVERIFY(text.output.contains("Public-Key: (2048 bit)"));
    QVERIFY(text.output.contains("sha256WithRSAEncryption"));
    // The DER form is the same request.
    const auto der = Doorstep::Tests::openssl({u"req"_s, u"-inform"_s, u"DER"_s, u"-noout"_s, u"-subject"_s}, request->requestDer);
    QVERIFY(der.ok());
    QCOMPARE(der.output.trimmed(), QByteArray("subject=CN = mail.example.org"));
}

void TestSigningRequest::keyBelongsToRequest()
{
    auto request = SigningRequest::generate({u"mail.example.org"_s});
    QVERIFY(request);
    const auto fromRequest = Doorstep::Tests::openssl({u"req"_s, u"-noout"_s, u"-pubkey"_s}, request->requestPem);
    const auto fromKey = Doorstep::Tests::openssl({u"pkey"_s, u"-pubout"_s}, request->privateKeyPem);
    QVERIFY(fromRequest.ok() && fromKey.ok());
    QCOMPARE(fromRequest.output, fromKey.output);
    QVERIFY(request->privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
}

void TestSigningRequest::wildcards()
{
    auto names = SigningRequest::normalizeNames({u"*.Example.org"_s, u"example.org"_s, u"*.example.org"_s});
    QVERIFY(names);
    QCOMPARE(names.value(), (QStringList{u"*.example.org"_s, u"example.org"_s}));
    for (const QString &bad : {u"*.org"_s, u"*.*.example.org"_s, u"a*.example.org"_s, u"*.192.0.2.1"_s}) {
        auto refused = SigningRequest::normalizeNames({bad});
        QVERIFY2(!refused, qPrintable(bad));
    }
    auto request = SigningRequest::generate({u"*.example.org"_s});
    QVERIFY(request);
    const auto text = Doorstep::Tests::openssl({u"req"_s, u"-noout"_s, u"-text"_s}, request->requestPem);
    QVERIFY(text.output.contains("DNS:*.example.org"));
}

void TestSigningRequest::refusesBadNames()
{
    auto empty = SigningRequest::generate({});
    QVERIFY(!empty);
    auto bad = SigningRequest::generate({u"mail example.org"_s});
    QVERIFY(!bad);
    QCOMPARE(bad.error().message, u"Certificate name 'mail example.org' must be a host name (such as mail.example.org) or an IP address."_s);
}

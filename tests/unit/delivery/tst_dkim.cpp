#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engine/delivery/remote/dkimcanonicalization.h"
#include "engine/delivery/remote/dkimsignature.h"
#include "engine/delivery/remote/dkimsigner.h"
#include "engine/tls/dkimkey.h"
#include "tests/unit/delivery/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Delivery::DkimSignature;
using Doorstep::Delivery::DkimSigner;
using Doorstep::Delivery::RelaxedBodyCanonicalizer;
using Doorstep::Delivery::RelaxedBodyHash;
using Doorstep::Delivery::relaxedHeaderField;

namespace {

/** The relaxed body of @p body fed in chunks of @p chunk bytes (0: all at once). */
QByteArray relaxedBody(const QByteArray &body, qsizetype chunk)
{
    RelaxedBodyCanonicalizer canonicalizer;
    QByteArray out;
    const qsizetype step = chunk > 0 ? chunk : std::max<qsizetype>(1, body.size());
    for (qsizetype at = 0; at < body.size(); at += step)
        out += canonicalizer.add(QByteArrayView(body).sliced(at, std::min(step, body.size() - at)));
    return out + canonicalizer.finish();
}

const QByteArray kHeaders = "Received: from a by b; Mon, 1 Jan 2026 00:00:00 +0000\r\n"
                            "From: Alice <alice@example.org>\r\n"
                            "To: bob@example.net\r\n"
                            "Cc: carol@example.net\r\n"
                            "Subject: first\r\n"
                            "Cc:  dave@example.net\r\n"
                            "X-Other: not signed\r\n"
                            "\r\n";

} // namespace

void TestDkimCanonicalization::headerField_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("expected");
    // RFC 6376 3.4.5.
    QTest::newRow("rfc a") << QByteArray("A: X\r\n") << QByteArray("a:X\r\n");
    QTest::newRow("rfc b") << QByteArray("B : Y\t\r\n\tZ  \r\n") << QByteArray("b:Y Z\r\n");
    QTest::newRow("name case") << QByteArray("SuBjEcT: Hello World\r\n") << QByteArray("subject:Hello World\r\n");
    QTest::newRow("value case kept") << QByteArray("To: MiXeD@Example.ORG\r\n") << QByteArray("to:MiXeD@Example.ORG\r\n");
    QTest::newRow("wsp runs") << QByteArray("Subject:  a \t b\t\tc   \r\n") << QByteArray("subject:a b c\r\n");
    QTest::newRow("empty value") << QByteArray("Subject:\r\n") << QByteArray("subject:\r\n");
    QTest::newRow("blank value") << QByteArray("Subject: \t \r\n") << QByteArray("subject:\r\n");
    QTest::newRow("no line end") << QByteArray("Subject: x") << QByteArray("subject:x\r\n");
    QTest::newRow("long folded") << QByteArray("References: <a@example.org>\r\n <b@example.org>\r\n\t<c@example.org>\r\n")
                                 << QByteArray("references:<a@example.org> <b@example.org> <c@example.org>\r\n");
    QTest::newRow("fold without blank before") << QByteArray("Subject: a\r\n\tb\r\n") << QByteArray("subject:a b\r\n");
    QTest::newRow("colon in value") << QByteArray("Subject: re: x : y\r\n") << QByteArray("subject:re: x : y\r\n");
    QTest::newRow("8-bit") << QByteArray("Subject: gr\xc3\xbc\xc3\x9f\r\n") << QByteArray("subject:gr\xc3\xbc\xc3\x9f\r\n");
}

void TestDkimCanonicalization::headerField()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, expected);
    QCOMPARE(relaxedHeaderField(field), expected);
}

void TestDkimCanonicalization::body_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    // RFC 6376 3.4.5.
    QTest::newRow("rfc example") << QByteArray(" C \r\nD \t E\r\n\r\n\r\n") << QByteArray(" C\r\nD E\r\n");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("only empty lines") << QByteArray("\r\n\r\n\r\n") << QByteArray();
    QTest::newRow("only blanks") << QByteArray("  \t\r\n \r\n") << QByteArray();
    QTest::newRow("trailing blank lines") << QByteArray("a\r\n\r\n \r\n\t\r\n") << QByteArray("a\r\n");
    QTest::newRow("inner empty lines kept") << QByteArray("a\r\n\r\n\r\nb\r\n") << QByteArray("a\r\n\r\n\r\nb\r\n");
    QTest::newRow("leading empty lines kept") << QByteArray("\r\n\r\nb\r\n") << QByteArray("\r\n\r\nb\r\n");
    QTest::newRow("wsp runs") << QByteArray("a  \t b\t\tc\r\n") << QByteArray("a b c\r\n");
    QTest::newRow("leading wsp one space") << QByteArray("\t\t x\r\n") << QByteArray(" x\r\n");
    QTest::newRow("trailing wsp") << QByteArray("x \t \r\ny\t\r\n") << QByteArray("x\r\ny\r\n");
    QTest::newRow("no final line end") << QByteArray("x\r\ny") << QByteArray("x\r\ny\r\n");
    QTest::newRow("bare cr and lf are text") << QByteArray("a\rb\nc\r\n") << QByteArray("a\rb\nc\r\n");
    QTest::newRow("dot line") << QByteArray(".\r\n..\r\n") << QByteArray(".\r\n..\r\n");
}

void TestDkimCanonicalization::body()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(relaxedBody(body, 0), expected);
    // The body is streamed from the spool file: any chunk boundary gives the same bytes,
    // including one between CR and LF or inside a run of blanks.
    for (qsizetype chunk = 1; chunk <= 4; ++chunk)
        QCOMPARE(relaxedBody(body, chunk), expected);
}

void TestDkimCanonicalization::bodyHash()
{
    // SHA-256 of nothing, as every DKIM implementation gives for an empty relaxed body.
    RelaxedBodyHash empty;
    empty.add("\r\n\r\n");
    QCOMPARE(empty.finish().toBase64(), QByteArray("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="));
    RelaxedBodyHash hash;
    hash.add(" C \r\nD \t E\r");
    hash.add("\n\r\n\r\n");
    QCOMPARE(hash.finish(), QCryptographicHash::hash(" C\r\nD E\r\n", QCryptographicHash::Sha256));
}

void TestDkimSignature::fieldsToSign()
{
    // Every occurrence once, in SignedFields order, and From once more (oversigned).
    QCOMPARE(DkimSignature::fieldsToSign(kHeaders), (QByteArrayList{"from", "from", "to", "cc", "cc", "subject"}));
    QCOMPARE(DkimSignature::fieldsToSign("Subject: x\r\n\r\n"), (QByteArrayList{"from", "subject"}));
    QVERIFY(DkimSignature::SignedFields.contains("message-id"));
    QVERIFY(DkimSignature::SignedFields.contains("mime-version"));
    QVERIFY(!DkimSignature::SignedFields.contains("received"));
}

void TestDkimSignature::unsignedField()
{
    DkimSignature s{u"rsa-sha256"_s, u"example.org"_s, u"doorstep"_s, 1700000000, QByteArray(32, 'x'), {"from", "from", "to"}};
    QCOMPARE(s.unsignedField(), QByteArray("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n"
                                           "\td=example.org; s=doorstep; t=1700000000;\r\n"
                                           "\th=from:from:to;\r\n"
                                           "\tbh=eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHg=;\r\n"
                                           "\tb="));
}

void TestDkimSignature::signingInput()
{
    DkimSignature s{u"ed25519-sha256"_s, u"example.org"_s, u"s1"_s, 1, QByteArray(), DkimSignature::fieldsToSign(kHeaders)};
    // Repeated fields bottom up (the later Cc first), the oversigned From adds nothing, and
    // the signature field comes last, relaxed, with an empty b= and no CRLF.
    QCOMPARE(s.signingInput(kHeaders), QByteArray("from:Alice <alice@example.org>\r\n"
                                                  "to:bob@example.net\r\n"
                                                  "cc:dave@example.net\r\n"
                                                  "cc:carol@example.net\r\n"
                                                  "subject:first\r\n"
                                                  "dkim-signature:v=1; a=ed25519-sha256; c=relaxed/relaxed; d=example.org; s=s1; t=1; "
                                                  "h=from:from:to:cc:cc:subject; bh=; b="));
}

void TestDkimSignature::complete()
{
    DkimSignature s{u"rsa-sha256"_s, u"example.org"_s, u"doorstep"_s, 1, QByteArray(32, 'x'), {"from"}};
    const QByteArray signature(256, '\xab');
    const QByteArray field = s.complete(signature);
    QVERIFY(field.startsWith(s.unsignedField()));
    QVERIFY(field.endsWith("\r\n"));
    for (const QByteArray &line : field.chopped(2).split('\n'))
        QVERIFY2(line.trimmed().size() <= 78, line.constData());
    QByteArray b = field.mid(s.unsignedField().size());
    b.replace("\r\n", "").replace('\t', "").replace(' ', "");
    QCOMPARE(QByteArray::fromBase64(b), signature);
}

void TestDkimSignature::signingDomain_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("domain");
    QTest::newRow("plain") << QByteArray("From: alice@Example.ORG\r\n\r\n") << u"example.org"_s;
    QTest::newRow("display name, folded") << QByteArray("Subject: x\r\nFrom: \"Alice, A.\"\r\n <alice@example.org.>\r\n\r\n")
                                          << u"example.org"_s;
    QTest::newRow("internationalized") << QByteArray("From: a@B\xc3\xbc" "cher.Example\r\n\r\n") << u"xn--bcher-kva.example"_s;
    QTest::newRow("not a domain") << QByteArray("From: a@[192.0.2.1]\r\n\r\n") << QString();
    QTest::newRow("none") << QByteArray("Subject: x\r\n\r\n") << QString();
    QTest::newRow("two fields") << QByteArray("From: a@example.org\r\nFrom: b@example.org\r\n\r\n") << QString();
    QTest::newRow("two mailboxes") << QByteArray("From: a@example.org, b@example.org\r\n\r\n") << QString();
    QTest::newRow("bare name") << QByteArray("From: root\r\n\r\n") << QString();
    QTest::newRow("unreadable") << QByteArray("From: \"unclosed <a@example.org>\r\n\r\n") << QString();
}

void TestDkimSignature::signingDomain()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, domain);
    QCOMPARE(DkimSigner::signingDomain(headers).value_or(QString()), domain);
}

void TestDkimSignature::signatureFields()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"spool"_s);
    QFile file(path);
    const QByteArray spooled = "Subject: ignored\r\n\r\nHello  there \r\n\r\n";
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(spooled) == spooled.size());
    file.close();
    const auto rsa = Doorstep::Tls::DkimKey::generate(Doorstep::Tls::DkimAlgorithm::Rsa, u"example.org"_s, u"doorstep"_s);
    const auto ed = Doorstep::Tls::DkimKey::generate(Doorstep::Tls::DkimAlgorithm::Ed25519, u"example.org"_s, u"doorstep"_s);
    QVERIFY(rsa && ed);
    const auto fields = DkimSigner::signatureFields({*rsa, *ed}, kHeaders, path, spooled.indexOf("\r\n\r\n") + 4, 1700000000);
    QVERIFY2(fields, qPrintable(fields ? QString() : fields.error().message));
    const QByteArray bh = QCryptographicHash::hash("Hello there\r\n", QCryptographicHash::Sha256).toBase64();
    QCOMPARE(fields->count("DKIM-Signature: v=1;"), 2);
    QCOMPARE(fields->count("bh=" + bh + ";"), 2);
    QVERIFY(fields->startsWith("DKIM-Signature: v=1; a=rsa-sha256;"));
    QVERIFY(fields->contains("\r\nDKIM-Signature: v=1; a=ed25519-sha256;"));
    QVERIFY(fields->contains("t=1700000000;\r\n\th=from:from:to:cc:cc:subject;"));

    const auto missing = DkimSigner::signatureFields({*rsa}, kHeaders, directory.filePath(u"gone"_s), 0, 1);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"to sign it"_s), qPrintable(missing.error().message));
}

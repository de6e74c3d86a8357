#include <QTest>

#include "engine/tls/acmeproblem.h"
#include "tests/unit/tls/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Tls::AcmeProblem;

void TestAcmeProblem::problemDocument()
{
    const QByteArray body = R"({"type": "urn:ietf:params:acme:error:rejectedIdentifier",
        "detail": "Error creating new order.",
        "subproblems": [{"type": "urn:ietf:params:acme:error:malformed", "detail": "Invalid underscore in DNS name \"_example.org\"",
                         "identifier": {"type": "dns", "value": "_example.org"}}]})";
    const AcmeProblem problem = AcmeProblem::fromResponse(400, body);
    QCOMPARE(problem.type, u"rejectedIdentifier"_s);
    QCOMPARE(problem.detail, u"Error creating new order"_s);
    QCOMPARE(problem.text(), u"Error creating new order (_example.org: Invalid underscore in DNS name \"_example.org\")"_s);
    QVERIFY(!problem.isBadNonce());
}

void TestAcmeProblem::badNonce()
{
    const AcmeProblem problem =
        AcmeProblem::fromResponse(400, R"({"type":"urn:ietf:params:acme:error:badNonce","detail":"JWS has an invalid anti-replay nonce"})");
    QVERIFY(problem.isBadNonce());
}

void TestAcmeProblem::notAProblemDocument_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("object without type") << QByteArray(R"({"detail":"x"})");
    QTest::newRow("truncated") << QByteArray(R"({"type":"urn:ietf:params:acme:error:badNonce")");
}

void TestAcmeProblem::notAProblemDocument()
{
    QFETCH(QByteArray, body);
    const AcmeProblem problem = AcmeProblem::fromResponse(502, body);
    QVERIFY(!problem.isBadNonce());
    QCOMPARE(problem.text(), u"HTTP status 502 without a problem document"_s);
}

void TestAcmeProblem::longDetailIsCut()
{
    const QByteArray body = R"({"type":"about:blank","detail":")" + QByteArray(5000, 'x') + R"("})";
    const AcmeProblem problem = AcmeProblem::fromResponse(500, body);
    QVERIFY(problem.detail.size() <= 501);
    QVERIFY(problem.detail.endsWith(u'…'));
}

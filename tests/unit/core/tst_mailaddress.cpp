#include <QTest>

#include "engine/core/mailaddress.h"
#include "tests/unit/core/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Core;

void TestMailAddress::domain_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized"); // empty = refused
    QTest::newRow("plain") << u"example.org"_s << u"example.org"_s;
    QTest::newRow("upper case") << u"Example.ORG"_s << u"example.org"_s;
    QTest::newRow("trailing dot") << u"example.org."_s << u"example.org"_s;
    QTest::newRow("subdomain with hyphen") << u"mail-1.datix.us"_s << u"mail-1.datix.us"_s;
    QTest::newRow("IDN to punycode") << u"bücher.example"_s << u"xn--bcher-kva.example"_s;
    QTest::newRow("single label") << u"localhost"_s << QString();
    QTest::newRow("leading hyphen") << u"-bad.org"_s << QString();
    QTest::newRow("underscore") << u"bad_name.org"_s << QString();
    QTest::newRow("empty label") << u"a..org"_s << QString();
    QTest::newRow("space") << u"exa mple.org"_s << QString();
    QTest::newRow("IP address") << u"192.168.1.1"_s << QString();
    QTest::newRow("label of 64") << QString(64, u'a') + u".org"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("valid punycode") << u"xn--bcher-kva.example"_s << u"xn--bcher-kva.example"_s;
    QTest::newRow("invalid punycode") << u"xn--zz.example"_s << QString();
}

void TestMailAddress::domain()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    const auto result = normalizeDomain(text);
    if (normalized.isEmpty()) {
        QVERIFY2(!result.ok(), qPrintable(u"got '%1', want a refusal"_s.arg(result.ok() ? result.value() : QString())));
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), normalized);
    }
}

void TestMailAddress::address_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("plain") << u"alice@example.org"_s << u"alice@example.org"_s;
    QTest::newRow("case folded") << u"Alice@Example.ORG"_s << u"alice@example.org"_s;
    QTest::newRow("dots and plus") << u"first.last+tag@example.org"_s << u"first.last+tag@example.org"_s;
    QTest::newRow("atext symbols") << u"a!#$%&'*+-/=?^_`{|}~b@example.org"_s << u"a!#$%&'*+-/=?^_`{|}~b@example.org"_s;
    QTest::newRow("no at") << u"alice.example.org"_s << QString();
    QTest::newRow("empty local") << u"@example.org"_s << QString();
    QTest::newRow("empty domain") << u"alice@"_s << QString();
    QTest::newRow("leading dot") << u".alice@example.org"_s << QString();
    QTest::newRow("double dot") << u"al..ice@example.org"_s << QString();
    QTest::newRow("quoted local part") << u"\"al ice\"@example.org"_s << QString();
    QTest::newRow("percent hack stays a name") << u"bob%evil.com@example.org"_s << u"bob%evil.com@example.org"_s;
    QTest::newRow("address literal") << u"alice@[127.0.0.1]"_s << QString();
    QTest::newRow("two ats") << u"a@b@example.org"_s << QString();
    QTest::newRow("local part of 65") << QString(65, u'a') + u"@example.org"_s << QString();
    QTest::newRow("non-ascii local part") << u"jörg@example.org"_s << QString();
}

void TestMailAddress::address()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    const auto result = MailAddress::parse(text);
    if (normalized.isEmpty()) {
        QVERIFY2(!result.ok(), qPrintable(u"got '%1', want a refusal"_s.arg(result.ok() ? result->toString() : QString())));
        QVERIFY(result.error().message.contains(text));
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->toString(), normalized);
    }
}

#include <QTest>

#include "engine/smtp/sasl.h"
#include "tests/unit/smtp/tests.h"

using namespace Qt::StringLiterals;
namespace Sasl = Doorstep::Smtp::Sasl;

namespace {
// Bytes of a literal with embedded NULs (without the terminating one).
template <qsizetype N>
QByteArray raw(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

QString shown(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toPercentEncoding("@.:-_"));
}
} // namespace

void TestSasl::decodeBase64_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("decoded");

    QTest::newRow("PLAIN response") << QByteArray("AGFsaWNlQGV4YW1wbGUub3JnAHNlY3JldA==") << true
                                    << raw("\0alice@example.org\0secret");
    QTest::newRow("no padding needed") << QByteArray("YWJj") << true << QByteArray("abc");
    QTest::newRow("one padding character") << QByteArray("YWI=") << true << QByteArray("ab");
    QTest::newRow("'=' is the empty initial response (RFC 4954)") << QByteArray("=") << true << QByteArray();
    QTest::newRow("plus and slash") << QByteArray("+/+/") << true << QByteArray("\xfb\xff\xbf");
    QTest::newRow("missing padding") << QByteArray("YWI") << false << QByteArray();
    QTest::newRow("too much padding") << QByteArray("YWI===") << false << QByteArray();
    QTest::newRow("padding in the middle") << QByteArray("YQ==YWJj") << false << QByteArray();
    QTest::newRow("single character") << QByteArray("Y") << false << QByteArray();
    QTest::newRow("space inside") << QByteArray("YW Jj") << false << QByteArray();
    QTest::newRow("trailing CR") << QByteArray("YWJj\r") << false << QByteArray();
    QTest::newRow("URL-safe alphabet") << QByteArray("-_-_") << false << QByteArray();
    QTest::newRow("cancel is not base64") << QByteArray("*") << false << QByteArray();
    QTest::newRow("two equals signs alone") << QByteArray("==") << false << QByteArray();
    QTest::newRow("non-ASCII") << QByteArray("YW\xc3\xa9j") << false << QByteArray();
}

void TestSasl::decodeBase64()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, ok);
    QFETCH(QByteArray, decoded);
    const auto got = Sasl::decodeBase64(line);
    if (!ok) {
        QVERIFY2(!got, qPrintable(u"got '%1', want a refusal"_s.arg(got ? shown(*got) : QString())));
        return;
    }
    QVERIFY2(got, "got a refusal, want a decoded value");
    QVERIFY2(*got == decoded, qPrintable(u"got '%1', want '%2'"_s.arg(shown(*got), shown(decoded))));
}

void TestSasl::decodePlain_data()
{
    QTest::addColumn<QByteArray>("decoded");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");

    QTest::newRow("empty authzid") << raw("\0alice@example.org\0secret") << true << u"alice@example.org"_s << u"secret"_s;
    QTest::newRow("authzid equal to the user") << raw("alice@example.org\0alice@example.org\0secret") << true
                                               << u"alice@example.org"_s << u"secret"_s;
    QTest::newRow("UTF-8 password") << raw("\0alice@example.org\0p\xc3\xa4ss") << true << u"alice@example.org"_s << u"päss"_s;
    QTest::newRow("password with spaces") << raw("\0alice\0a b c") << true << u"alice"_s << u"a b c"_s;
    QTest::newRow("authzid of another user refused") << raw("bob@example.org\0alice@example.org\0secret") << false << QString()
                                                     << QString();
    QTest::newRow("empty user refused") << raw("\0\0secret") << false << QString() << QString();
    QTest::newRow("one NUL only") << raw("alice\0secret") << false << QString() << QString();
    QTest::newRow("no NUL at all") << QByteArray("alice secret") << false << QString() << QString();
    QTest::newRow("three NULs") << raw("\0alice\0secret\0more") << false << QString() << QString();
    QTest::newRow("empty") << QByteArray() << false << QString() << QString();
}

void TestSasl::decodePlain()
{
    QFETCH(QByteArray, decoded);
    QFETCH(bool, ok);
    QFETCH(QString, user);
    QFETCH(QString, password);
    const auto got = Sasl::decodePlain(decoded);
    if (!ok) {
        QVERIFY2(!got, qPrintable(u"got user '%1', want a refusal"_s.arg(got ? got->user : QString())));
        return;
    }
    QVERIFY2(got, "got a refusal, want credentials");
    QVERIFY2(got->user == user, qPrintable(u"got user '%1', want '%2'"_s.arg(got->user, user)));
    QVERIFY2(got->password == password, qPrintable(u"got password '%1', want '%2'"_s.arg(got->password, password)));
}

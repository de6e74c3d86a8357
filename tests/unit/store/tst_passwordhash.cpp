#include <QTest>

#include "engine/store/passwordhash.h"
#include "tests/unit/store/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Store::PasswordHash;

void TestPasswordHash::hashIsSaltedYescrypt()
{
    const auto first = PasswordHash::hash(u"correct horse"_s);
    const auto second = PasswordHash::hash(u"correct horse"_s);
    QVERIFY(first.ok() && second.ok());
    QVERIFY2(first.value().startsWith("$y$"), first.value().constData());
    QVERIFY(first.value() != second.value()); // a fresh salt each time
    QVERIFY(!first.value().contains("correct"));
}

void TestPasswordHash::verify_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << u"correct horse"_s << u"correct horse"_s << true;
    QTest::newRow("different") << u"correct horse"_s << u"correct horsE"_s << false;
    QTest::newRow("prefix") << u"correct horse"_s << u"correct"_s << false;
    QTest::newRow("unicode") << u"Grüße aus Köln 🚪"_s << u"Grüße aus Köln 🚪"_s << true;
    QTest::newRow("unicode differs") << u"Grüße aus Köln"_s << u"Grusse aus Koln"_s << false;
}

void TestPasswordHash::verify()
{
    QFETCH(QString, stored);
    QFETCH(QString, attempt);
    QFETCH(bool, matches);
    const auto hash = PasswordHash::hash(stored);
    QVERIFY(hash.ok());
    QCOMPARE(PasswordHash::verify(attempt, hash.value()), matches);
    QVERIFY(!PasswordHash::verify(stored, "plaintext"));
    QVERIFY(!PasswordHash::verify(stored, QByteArray()));
}

void TestPasswordHash::strength_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("eight characters") << u"12345678"_s << true;
    QTest::newRow("seven characters") << u"1234567"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("1024 characters") << QString(1024, u'x') << true;
    QTest::newRow("1025 characters") << QString(1025, u'x') << false;
    QTest::newRow("line break") << u"abcd\nefgh"_s << false;
    QTest::newRow("four emoji are four characters") << u"🚪🚪🚪🚪"_s << false;
    QTest::newRow("eight emoji") << u"🚪🚪🚪🚪🚪🚪🚪🚪"_s << true;
    QTest::newRow("spaces are fine") << u"four word pass phrase"_s << true;
}

void TestPasswordHash::strength()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    const auto result = PasswordHash::checkStrength(password);
    QCOMPARE(result.ok(), accepted);
    if (!accepted) {
        QVERIFY(result.error().message.contains(u"password"_s));
        QVERIFY(!result.error().message.contains(password) || password.isEmpty());
    }
}

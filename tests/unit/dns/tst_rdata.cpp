#include <QTest>

#include "engine/dns/rdata.h"
#include "tests/unit/dns/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Dns;

namespace {

QByteArray wireName(const QByteArrayList &labels)
{
    QByteArray wire;
    for (const QByteArray &label : labels) {
        wire += char(label.size());
        wire += label;
    }
    wire += '\0';
    return wire;
}

} // namespace

void TestRdata::names_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");
    QTest::newRow("host") << wireName({"mail", "example", "org"}) << true << u"mail.example.org"_s;
    QTest::newRow("root") << QByteArray(1, '\0') << true << u"."_s;
    QTest::newRow("odd octets escaped") << wireName({"a.b", "c d", "x"}) << true << u"a\\046b.c\\032d.x"_s;
    QTest::newRow("underscore and dash") << wireName({"_spf", "my-host"}) << true << u"_spf.my-host"_s;
    QTest::newRow("empty") << QByteArray() << false << QString();
    QTest::newRow("no terminating root") << QByteArray("\4mail", 5) << false << QString();
    QTest::newRow("label past the end") << QByteArray("\7mail\0", 6) << false << QString();
    QTest::newRow("compression pointer") << QByteArray("\xc0\x0c", 2) << false << QString();
    QTest::newRow("trailing garbage") << wireName({"a"}) + 'x' << false << QString();
    QTest::newRow("longer than 255 octets") << wireName(QByteArrayList(5, QByteArray(60, 'a'))) << false << QString();
}

void TestRdata::names()
{
    QFETCH(QByteArray, rdata);
    QFETCH(bool, valid);
    QFETCH(QString, name);
    const auto result = parseNameRecord(rdata);
    QVERIFY2(result.ok() == valid,
             qPrintable(u"got %1, want %2"_s.arg(result.ok() ? result.value() : result.error().message, valid ? name : u"an error"_s)));
    if (valid)
        QCOMPARE(result.value(), name);
}

void TestRdata::mx_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("preference");
    QTest::addColumn<QString>("exchange");
    QTest::newRow("ordinary") << QByteArray("\0\x0a", 2) + wireName({"mx", "example", "org"}) << true << 10 << u"mx.example.org"_s;
    QTest::newRow("big preference") << QByteArray("\xff\xfe", 2) + wireName({"mx"}) << true << 65534 << u"mx"_s;
    QTest::newRow("null mx") << QByteArray("\0\0\0", 3) << true << 0 << u"."_s;
    QTest::newRow("too short") << QByteArray("\0\x0a", 2) << false << 0 << QString();
    QTest::newRow("bad name") << QByteArray("\0\x0a\x05mx", 5) << false << 0 << QString();
}

void TestRdata::mx()
{
    QFETCH(QByteArray, rdata);
    QFETCH(bool, valid);
    QFETCH(int, preference);
    QFETCH(QString, exchange);
    const auto result = parseMxRecord(rdata);
    QCOMPARE(result.ok(), valid);
    if (!valid)
        return;
    QCOMPARE(int(result->preference), preference);
    QCOMPARE(result->exchange, exchange);
}

void TestRdata::txt_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("one string") << QByteArray("\x06v=spf1") << true << QByteArray("v=spf1");
    QTest::newRow("strings joined without space") << QByteArray("\x06v=spf1\x05 -all") << true << QByteArray("v=spf1 -all");
    QTest::newRow("empty string") << QByteArray(1, '\0') << true << QByteArray();
    QTest::newRow("binary kept") << QByteArray("\x02\0\xff", 3) << true << QByteArray("\0\xff", 2);
    QTest::newRow("no data") << QByteArray() << false << QByteArray();
    QTest::newRow("string past the end") << QByteArray("\x09v=spf1") << false << QByteArray();
}

void TestRdata::txt()
{
    QFETCH(QByteArray, rdata);
    QFETCH(bool, valid);
    QFETCH(QByteArray, text);
    const auto result = parseTxtRecord(rdata);
    QCOMPARE(result.ok(), valid);
    if (valid)
        QCOMPARE(result.value(), text);
}

void TestRdata::addresses()
{
    const auto v4 = parseARecord(QByteArray("\xc0\x00\x02\x19", 4));
    QVERIFY(v4.ok());
    QCOMPARE(v4.value(), QHostAddress(u"192.0.2.25"_s));
    QVERIFY(!parseARecord(QByteArray("\xc0\x00\x02", 3)).ok());
    QVERIFY(!parseARecord(QByteArray(16, '\0')).ok());

    const auto v6 = parseAaaaRecord(QByteArray::fromHex("20010db8000000000000000000000025"));
    QVERIFY(v6.ok());
    QCOMPARE(v6.value(), QHostAddress(u"2001:db8::25"_s));
    QVERIFY(!parseAaaaRecord(QByteArray(4, '\0')).ok());
}

void TestRdata::nullMx()
{
    MxAnswer answer;
    answer.status = Status::Ok;
    answer.records = {{0, u"."_s}};
    QVERIFY(answer.isNullMx());
    answer.records = {{10, u"mx.example.org"_s}};
    QVERIFY(!answer.isNullMx());
    answer.records = {{0, u"."_s}, {10, u"mx.example.org"_s}}; // misconfigured: still no mail
    QVERIFY(answer.isNullMx());
    answer.status = Status::NoData;
    answer.records.clear();
    QVERIFY(!answer.isNullMx());
}

#include <QTest>

#include "engine/dns/resolver.h"
#include "engine/filters/spam/builtinscorer.h"
#include "tests/unit/filters/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Filters::BuiltinScorer;
using Dns::DnsblChecker;
using Dns::DnsblResult;

namespace {

const QByteArray kGtube = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X";

QByteArray message(const QByteArray &headers, const QByteArray &body = "Hello.\r\n")
{
    return "Received: from mx.example (mx.example [192.0.2.1])\r\n\tby here; Thu, 01 Jan 2026 00:00:00 +0000\r\n" + headers + "\r\n" + body;
}

const QByteArray kComplete = "From: a@example.org\r\nTo: b@example.org\r\nSubject: Hello\r\n"
                             "Date: Thu, 01 Jan 2026 00:00:00 +0000\r\nMessage-ID: <1@example.org>\r\n";

} // namespace

void TestBuiltinScorer::rules_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QList<DnsblResult>>("dnsbl");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<double>("score");

    const QList<DnsblResult> none;
    QTest::newRow("clean") << message(kComplete) << none << QStringList{} << 0.0;
    QTest::newRow("date with a comment") << message(QByteArray(kComplete).replace("+0000", "+0000 (UTC)")) << none << QStringList{} << 0.0;
    QTest::newRow("GTUBE") << message(kComplete, "Test " + kGtube + "\r\n") << none << QStringList{u"GTUBE"_s} << 1000.0;
    QTest::newRow("missing date and message-id")
        << message("From: a@example.org\r\nTo: b@example.org\r\nSubject: Hello\r\n") << none << QStringList{u"MISSING_DATE"_s, u"MISSING_MID"_s}
        << 1.9;
    QTest::newRow("nothing at all") << message(QByteArray()) << none
                                    << QStringList{u"MISSING_DATE"_s, u"MISSING_MID"_s, u"MISSING_FROM"_s, u"MISSING_SUBJECT"_s, u"MISSING_HEADERS"_s}
                                    << 4.9;
    QTest::newRow("Cc instead of To") << message(QByteArray(kComplete).replace("To:", "Cc:")) << none << QStringList{} << 0.0;
    QTest::newRow("invalid date and message-id")
        << message(QByteArray(kComplete).replace("Thu, 01 Jan 2026 00:00:00 +0000", "yesterday").replace("<1@example.org>", "12345"))
        << none << QStringList{u"INVALID_DATE"_s, u"INVALID_MSGID"_s} << 1.6;
    QTest::newRow("two subjects") << message(kComplete + "Subject: again\r\n") << none << QStringList{u"DUPLICATE_HEADER"_s} << 1.0;
    QTest::newRow("GTUBE in a header only counts in the body too")
        << message(kComplete + "X-Test: " + kGtube + "\r\n") << none << QStringList{u"GTUBE"_s} << 1000.0;
    QTest::newRow("listed, not listed, refused, unknown")
        << message(kComplete)
        << QList<DnsblResult>{{u"listed.example"_s, DnsblResult::Listing::Listed, {}},
                              {u"clean.example"_s, DnsblResult::Listing::NotListed, {}},
                              {u"zen.spamhaus.org"_s, DnsblResult::Listing::Refused, {}},
                              {u"down.example"_s, DnsblResult::Listing::Unknown, {}}}
        << QStringList{u"RCVD_IN_LISTED_EXAMPLE"_s, u"RCVD_IN_ZEN_SPAMHAUS_ORG_BLOCKED"_s} << 3.0;
}

void TestBuiltinScorer::rules()
{
    QFETCH(QByteArray, message);
    QFETCH(QList<DnsblResult>, dnsbl);
    QFETCH(QStringList, rules);
    QFETCH(double, score);
    const auto got = BuiltinScorer::evaluate(message, dnsbl);
    QVERIFY(got.scanned());
    QVERIFY2(got.rules == rules, qPrintable(u"got rules %1, want %2"_s.arg(got.rules.join(u','), rules.join(u','))));
    QVERIFY2(qAbs(got.score - score) < 0.001, qPrintable(u"got score %1, want %2"_s.arg(got.score).arg(score)));
}

void TestBuiltinScorer::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<int>("want");

    QTest::newRow("127.0.0.2 listed") << int(Dns::Status::Ok) << QStringList{u"127.0.0.2"_s} << int(DnsblResult::Listing::Listed);
    QTest::newRow("127.0.0.11 listed") << int(Dns::Status::Ok) << QStringList{u"127.0.0.11"_s} << int(DnsblResult::Listing::Listed);
    QTest::newRow("NXDOMAIN not listed") << int(Dns::Status::NxDomain) << QStringList{} << int(DnsblResult::Listing::NotListed);
    QTest::newRow("no A record not listed") << int(Dns::Status::NoData) << QStringList{} << int(DnsblResult::Listing::NotListed);
    QTest::newRow("127.255.255.254 refused") << int(Dns::Status::Ok) << QStringList{u"127.255.255.254"_s} << int(DnsblResult::Listing::Refused);
    QTest::newRow("127.255.255.252 refused") << int(Dns::Status::Ok) << QStringList{u"127.255.255.252"_s} << int(DnsblResult::Listing::Refused);
    QTest::newRow("timeout unknown") << int(Dns::Status::TempFail) << QStringList{} << int(DnsblResult::Listing::Unknown);
    QTest::newRow("a resolver's wildcard unknown") << int(Dns::Status::Ok) << QStringList{u"192.0.2.80"_s} << int(DnsblResult::Listing::Unknown);
}

void TestBuiltinScorer::classify()
{
    QFETCH(int, status);
    QFETCH(QStringList, addresses);
    QFETCH(int, want);
    Dns::AddressAnswer answer;
    answer.status = Dns::Status(status);
    for (const QString &a : addresses)
        answer.addresses << QHostAddress(a);
    const int got = int(DnsblChecker::classify(answer));
    QVERIFY2(got == want, qPrintable(u"got listing %1, want %2"_s.arg(got).arg(want)));
}

void TestBuiltinScorer::ruleNames()
{
    QCOMPARE(BuiltinScorer::dnsblRuleName(u"zen.spamhaus.org"_s), u"RCVD_IN_ZEN_SPAMHAUS_ORG"_s);
    QCOMPARE(BuiltinScorer::dnsblRuleName(u"b.barracudacentral.org"_s), u"RCVD_IN_B_BARRACUDACENTRAL_ORG"_s);
    QCOMPARE(BuiltinScorer::dnsblRuleName(u"bl-1.example"_s), u"RCVD_IN_BL_1_EXAMPLE"_s);
}

void TestBuiltinScorer::greylistHistory()
{
    // A client that came back after greylisting earns a small bonus; nothing else changes.
    const auto clean = BuiltinScorer::evaluate(message(kComplete), {}, true);
    QCOMPARE(clean.rules, QStringList{u"GREYLIST_RETRIED"_s});
    QVERIFY2(qAbs(clean.score - BuiltinScorer::kGreylistRetriedScore) < 0.001, qPrintable(u"got score %1"_s.arg(clean.score)));
    QVERIFY(BuiltinScorer::kGreylistRetriedScore < 0.0);
    const auto sloppy = BuiltinScorer::evaluate(message("From: a@example.org\r\nTo: b@example.org\r\nSubject: Hello\r\n"), {}, true);
    QCOMPARE(sloppy.rules, (QStringList{u"MISSING_DATE"_s, u"MISSING_MID"_s, u"GREYLIST_RETRIED"_s}));
    QVERIFY2(qAbs(sloppy.score - (1.9 + BuiltinScorer::kGreylistRetriedScore)) < 0.001, qPrintable(u"got score %1"_s.arg(sloppy.score)));
    // Without the history the same message has no such rule.
    QVERIFY(!BuiltinScorer::evaluate(message(kComplete), {}, false).rules.contains(u"GREYLIST_RETRIED"_s));
}

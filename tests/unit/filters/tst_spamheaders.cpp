#include <QTest>

#include "engine/filters/spam/spamheaders.h"
#include "tests/unit/filters/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Filters::SpamHeaders;
using Filters::SpamScore;

void TestSpamHeaders::build_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<int>("unscanned");
    QTest::addColumn<QByteArray>("want");

    QTest::newRow("spam") << 1000.0 << QStringList{u"GTUBE"_s, u"MISSING_DATE"_s} << int(SpamScore::Unscanned::No)
                          << QByteArray("X-Spam-Flag: YES\r\nX-Spam-Score: 1000.0\r\n"
                                        "X-Spam-Status: Yes, score=1000.0 required=5.0 tests=GTUBE,MISSING_DATE\r\n");
    QTest::newRow("exactly the threshold is spam") << 5.0 << QStringList{u"A"_s} << int(SpamScore::Unscanned::No)
                                                   << QByteArray("X-Spam-Flag: YES\r\nX-Spam-Score: 5.0\r\nX-Spam-Status: Yes, score=5.0 required=5.0 tests=A\r\n");
    QTest::newRow("ham has no flag") << 0.04 << QStringList{} << int(SpamScore::Unscanned::No)
                                     << QByteArray("X-Spam-Score: 0.0\r\nX-Spam-Status: No, score=0.0 required=5.0 tests=none\r\n");
    QTest::newRow("negative") << -1.3 << QStringList{u"ALL_TRUSTED"_s} << int(SpamScore::Unscanned::No)
                              << QByteArray("X-Spam-Score: -1.3\r\nX-Spam-Status: No, score=-1.3 required=5.0 tests=ALL_TRUSTED\r\n");
    QTest::newRow("long tests list folds at a comma")
        << 12.0
        << QStringList{u"RCVD_IN_ZEN_SPAMHAUS_ORG"_s, u"MISSING_DATE"_s, u"MISSING_MID"_s, u"INVALID_DATE"_s, u"DUPLICATE_HEADER"_s}
        << int(SpamScore::Unscanned::No)
        << QByteArray("X-Spam-Flag: YES\r\nX-Spam-Score: 12.0\r\n"
                      "X-Spam-Status: Yes, score=12.0 required=5.0 tests=RCVD_IN_ZEN_SPAMHAUS_ORG,\r\n"
                      "\tMISSING_DATE,MISSING_MID,INVALID_DATE,DUPLICATE_HEADER\r\n");
    QTest::newRow("timeout") << 0.0 << QStringList{} << int(SpamScore::Unscanned::Timeout) << QByteArray("X-Spam-Status: unscanned, timeout\r\n");
    QTest::newRow("size") << 0.0 << QStringList{} << int(SpamScore::Unscanned::Size) << QByteArray("X-Spam-Status: unscanned, size\r\n");
    QTest::newRow("down") << 0.0 << QStringList{} << int(SpamScore::Unscanned::Unavailable)
                          << QByteArray("X-Spam-Status: unscanned, unavailable\r\n");
}

void TestSpamHeaders::build()
{
    QFETCH(double, score);
    QFETCH(QStringList, rules);
    QFETCH(int, unscanned);
    QFETCH(QByteArray, want);
    const auto why = SpamScore::Unscanned(unscanned);
    const SpamScore input = why == SpamScore::Unscanned::No ? SpamScore::scored(score, rules) : SpamScore::failed(why, u"problem"_s);
    const QByteArray got = SpamHeaders::build(input, 5.0);
    QVERIFY2(got == want, qPrintable(u"got '%1', want '%2'"_s.arg(QString::fromLatin1(got), QString::fromLatin1(want))));
    for (const QByteArray &line : got.split('\n'))
        QVERIFY2(line.size() <= 79, qPrintable(u"line of %1 characters: %2"_s.arg(line.size()).arg(QString::fromLatin1(line))));
}

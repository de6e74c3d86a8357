#include <QTest>

#include "engine/delivery/filterheaders.h"
#include "tests/unit/delivery/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Delivery::FilterHeaders;

namespace {

QString shown(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).replace(u"\r"_s, u"\\r"_s).replace(u"\n"_s, u"\\n"_s).replace(u"\t"_s, u"\\t"_s);
}

} // namespace

void TestFilterHeaders::tagSubject_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QByteArray>("want");

    QTest::newRow("plain") << QByteArray("From: a@b\r\nSubject: Cheap pills\r\n\r\n") << u"[SPAM]"_s
                           << QByteArray("From: a@b\r\nSubject: [SPAM] Cheap pills\r\n\r\n");
    QTest::newRow("encoded word stays whole") << QByteArray("Subject: =?UTF-8?B?R3LDvMOfZQ==?= und mehr\r\n\r\n") << u"[SPAM]"_s
                                              << QByteArray("Subject: [SPAM] =?UTF-8?B?R3LDvMOfZQ==?= und mehr\r\n\r\n");
    QTest::newRow("folded before the text") << QByteArray("Subject:\r\n =?ISO-8859-1?Q?caf=E9?=\r\nTo: x@y\r\n\r\n") << u"[SPAM]"_s
                                            << QByteArray("Subject:\r\n [SPAM] =?ISO-8859-1?Q?caf=E9?=\r\nTo: x@y\r\n\r\n");
    QTest::newRow("folded after the first word") << QByteArray("Subject: Hello\r\n\tworld\r\n\r\n") << u"[SPAM]"_s
                                                 << QByteArray("Subject: [SPAM] Hello\r\n\tworld\r\n\r\n");
    QTest::newRow("no space after the colon") << QByteArray("Subject:Hi\r\n\r\n") << u"[SPAM]"_s << QByteArray("Subject:[SPAM] Hi\r\n\r\n");
    QTest::newRow("empty subject") << QByteArray("Subject:\r\nTo: x@y\r\n\r\n") << u"[SPAM]"_s << QByteArray("Subject: [SPAM]\r\nTo: x@y\r\n\r\n");
    QTest::newRow("no subject") << QByteArray("From: a@b\r\n\r\n") << u"[SPAM]"_s << QByteArray("Subject: [SPAM]\r\nFrom: a@b\r\n\r\n");
    QTest::newRow("already tagged") << QByteArray("Subject: [SPAM] again\r\n\r\n") << u"[SPAM]"_s << QByteArray("Subject: [SPAM] again\r\n\r\n");
    QTest::newRow("lower-case name") << QByteArray("subject: hi\r\n\r\n") << u"***SPAM***"_s << QByteArray("subject: ***SPAM*** hi\r\n\r\n");
    QTest::newRow("non-ASCII tag is encoded") << QByteArray("Subject: hi\r\n\r\n") << u"[Spämm]"_s
                                              << QByteArray("Subject: =?UTF-8?B?W1Nww6RtbV0=?= hi\r\n\r\n");
    QTest::newRow("only the first subject") << QByteArray("Subject: one\r\nSubject: two\r\n\r\n") << u"[SPAM]"_s
                                            << QByteArray("Subject: [SPAM] one\r\nSubject: two\r\n\r\n");
    QTest::newRow("LF lines") << QByteArray("From: a@b\n\n") << u"[SPAM]"_s << QByteArray("Subject: [SPAM]\nFrom: a@b\n\n");
    QTest::newRow("no tag") << QByteArray("Subject: hi\r\n\r\n") << QString() << QByteArray("Subject: hi\r\n\r\n");
}

void TestFilterHeaders::tagSubject()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, tag);
    QFETCH(QByteArray, want);
    const QByteArray got = FilterHeaders::tagSubject(headers, tag);
    QVERIFY2(got == want, qPrintable(u"got '%1', want '%2'"_s.arg(shown(got), shown(want))));
}

void TestFilterHeaders::apply_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("added");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QByteArray>("want");

    const QByteArray spam = "X-Spam-Flag: YES\r\nX-Spam-Score: 1000.0\r\nX-Spam-Status: Yes, score=1000.0 required=5.0\r\n\ttests=GTUBE\r\n";
    QTest::newRow("on top, tagged") << QByteArray("Received: from x\r\nSubject: hi\r\n\r\n") << spam << u"[SPAM]"_s
                                    << spam + "Received: from x\r\nSubject: [SPAM] hi\r\n\r\n";
    QTest::newRow("forged ones dropped") << QByteArray("Received: from x\r\nX-Spam-Flag: NO\r\nX-Spam-Status: No,\r\n\tscore=-100\r\nSubject: hi\r\n\r\n")
                                         << spam << QString() << spam + "Received: from x\r\nSubject: hi\r\n\r\n";
    QTest::newRow("unscanned") << QByteArray("Subject: hi\r\n\r\n") << QByteArray("X-Spam-Status: unscanned, timeout\r\n") << QString()
                               << QByteArray("X-Spam-Status: unscanned, timeout\r\nSubject: hi\r\n\r\n");
    QTest::newRow("LF block gets LF lines") << QByteArray("Subject: hi\n\n") << QByteArray("X-Spam-Score: 0.1\r\n") << QString()
                                            << QByteArray("X-Spam-Score: 0.1\nSubject: hi\n\n");
    QTest::newRow("nothing added") << QByteArray("Subject: hi\r\n\r\n") << QByteArray() << QString() << QByteArray("Subject: hi\r\n\r\n");
}

void TestFilterHeaders::apply()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, added);
    QFETCH(QString, tag);
    QFETCH(QByteArray, want);
    const QByteArray got = FilterHeaders::apply(headers, added, tag);
    QVERIFY2(got == want, qPrintable(u"got '%1', want '%2'"_s.arg(shown(got), shown(want))));
}

#include <QTest>

#include "engine/smtp/client/replyreader.h"
#include "tests/unit/smtp/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Smtp::Reply;
using Doorstep::Smtp::ReplyReader;

namespace {

/** "250 2.0.0 a|b" for a reply: code, status and lines, to compare in one string. */
QString summary(const Reply &reply)
{
    return u"%1 %2 %3"_s.arg(reply.code).arg(reply.status.isEmpty() ? u"-"_s : reply.status, reply.lines.join(u'|'));
}

/** Everything @p input yields, fed in pieces of @p step bytes; "error" ends the list. */
QStringList readAll(const QByteArray &input, qsizetype step)
{
    ReplyReader reader;
    QStringList got;
    for (qsizetype i = 0; i < input.size(); i += step) {
        reader.append(input.mid(i, step));
        while (true) {
            auto next = reader.next();
            if (!next.ok())
                return got << u"error"_s;
            if (!next.value())
                break;
            got << summary(*next.value());
        }
    }
    return got;
}

} // namespace

void TestReplyReader::replies_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("want");

    QTest::newRow("single line with enhanced status") << QByteArray("250 2.1.0 Sender ok\r\n") << QStringList{u"250 2.1.0 Sender ok"_s};
    QTest::newRow("greeting without status") << QByteArray("220 mx.example.org ESMTP\r\n") << QStringList{u"220 - mx.example.org ESMTP"_s};
    QTest::newRow("multi-line EHLO")
        << QByteArray("250-mx.example.org Hello\r\n250-PIPELINING\r\n250 SIZE 1000\r\n")
        << QStringList{u"250 - mx.example.org Hello|PIPELINING|SIZE 1000"_s};
    QTest::newRow("status on every line is taken out of each")
        << QByteArray("550-5.1.1 first\r\n550 5.1.1 second\r\n") << QStringList{u"550 5.1.1 first|second"_s};
    QTest::newRow("several replies in one read (pipelining)")
        << QByteArray("250 2.1.0 Ok\r\n550 5.1.1 No\r\n354 Go ahead\r\n")
        << QStringList{u"250 2.1.0 Ok"_s, u"550 5.1.1 No"_s, u"354 - Go ahead"_s};
    QTest::newRow("bare code") << QByteArray("250\r\n") << QStringList{u"250 - "_s};
    QTest::newRow("bare LF ends a line too") << QByteArray("250-a\n250 b\n") << QStringList{u"250 - a|b"_s};
    QTest::newRow("status class must match the code") << QByteArray("550 2.0.0 odd\r\n") << QStringList{u"550 - 2.0.0 odd"_s};
    QTest::newRow("status with three-digit parts") << QByteArray("451 4.123.456 x\r\n") << QStringList{u"451 4.123.456 x"_s};
    QTest::newRow("four digits are no status") << QByteArray("451 4.1234.1 x\r\n") << QStringList{u"451 - 4.1234.1 x"_s};
    QTest::newRow("status alone") << QByteArray("250 2.0.0\r\n") << QStringList{u"250 2.0.0 "_s};
    QTest::newRow("a number that is no status") << QByteArray("250 2.5 apples\r\n") << QStringList{u"250 - 2.5 apples"_s};
    QTest::newRow("control characters made visible") << QByteArray("550 5.7.1 a\x1b[31mb\r\n") << QStringList{u"550 5.7.1 a?[31mb"_s};
    QTest::newRow("UTF-8 text (RFC 6531)") << QByteArray("550 5.1.1 j\xc3\xb6rg unknown\r\n") << QStringList{u"550 5.1.1 jörg unknown"_s};
    QTest::newRow("not SMTP") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << QStringList{u"error"_s};
    QTest::newRow("code out of range") << QByteArray("650 what\r\n") << QStringList{u"error"_s};
    QTest::newRow("wrong separator") << QByteArray("250_x\r\n") << QStringList{u"error"_s};
    QTest::newRow("good reply, then garbage") << QByteArray("250 ok\r\nxyz\r\n") << QStringList{u"250 - ok"_s, u"error"_s};
    QTest::newRow("incomplete reply waits") << QByteArray("250-a\r\n250-b\r\n") << QStringList();
}

void TestReplyReader::replies()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, want);
    // However the bytes are split across reads, the replies are the same.
    for (const qsizetype step : {input.size(), qsizetype(1), qsizetype(2), qsizetype(7)}) {
        const QStringList got = readAll(input, std::max<qsizetype>(1, step));
        QVERIFY2(got == want, qPrintable(u"in pieces of %1: got [%2], want [%3]"_s.arg(step).arg(got.join(u", "_s), want.join(u", "_s))));
    }
}

void TestReplyReader::limits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("error");

    QTest::newRow("line at the limit") << QByteArray("250 ") + QByteArray(ReplyReader::kMaxLine - 4, 'x') + "\r\n" << false;
    QTest::newRow("line over the limit") << QByteArray("250 ") + QByteArray(ReplyReader::kMaxLine, 'x') + "\r\n" << true;
    QTest::newRow("endless line without LF") << QByteArray("250 ") + QByteArray(ReplyReader::kMaxLine + 10, 'x') << true;
    QByteArray many;
    for (int i = 0; i < ReplyReader::kMaxLines; ++i)
        many += "250-line\r\n";
    QTest::newRow("too many lines") << many + "250 end\r\n" << true;
    QTest::newRow("lines at the limit") << many.left(many.size() - 10) + "250 end\r\n" << false;
}

void TestReplyReader::limits()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, error);
    const QStringList got = readAll(input, input.size());
    const bool gotError = got.contains(u"error"_s);
    QVERIFY2(gotError == error, qPrintable(u"got %1, want %2"_s.arg(gotError ? u"an error"_s : u"%1 replies"_s.arg(got.size()),
                                                                    error ? u"an error"_s : u"a reply"_s)));
    if (!error)
        QCOMPARE(got.size(), 1);
}

void TestReplyReader::clearDropsBufferedBytes()
{
    // After a 220 to STARTTLS, plaintext the server sent on must not be read as a reply.
    ReplyReader reader;
    reader.append("220 2.0.0 Ready to start TLS\r\n250 injected\r\n");
    auto first = reader.next();
    QVERIFY(first.ok() && first.value());
    QCOMPARE(first.value()->code, 220);
    QVERIFY(reader.hasBufferedBytes());
    reader.clear();
    QVERIFY(!reader.hasBufferedBytes());
    auto next = reader.next();
    QVERIFY2(next.ok() && !next.value(), "got a reply after clear(), want none");
}

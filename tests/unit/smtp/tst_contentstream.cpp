#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engine/smtp/client/contentstream.h"
#include "tests/unit/smtp/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Smtp::ContentStream;

namespace {

QString shown(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes).replace(u"\r"_s, u"\\r"_s).replace(u"\n"_s, u"\\n"_s);
}

/** What goes on the wire for @p headers and a body file, in chunks of @p chunk bytes. */
QByteArray wire(const QByteArray &headers, const QByteArray &file, qint64 offset, qint64 chunk, QString *error = nullptr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"body"_s);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size())
        return "(cannot write the test file)";
    out.close();
    ContentStream stream(headers, path, offset, chunk);
    if (auto opened = stream.open(); !opened) {
        if (error)
            *error = opened.error().message;
        return {};
    }
    QByteArray all;
    int rounds = 0;
    while (!stream.atEnd() && ++rounds < 100000) {
        auto next = stream.next();
        if (!next.ok())
            return "(read error)";
        // Bounded memory: a chunk stuffed at worst doubles.
        if (next.value().size() > std::max<qint64>(2 * chunk, headers.size() * 2) + 5)
            return "(chunk too big)";
        all += next.value();
    }
    return all;
}

} // namespace

void TestContentStream::dotStuffing_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("want");

    const QByteArray h = "Subject: x\r\n\r\n";
    QTest::newRow("plain") << h << QByteArray("hello\r\n") << h + "hello\r\n.\r\n";
    QTest::newRow("a lone dot") << h << QByteArray(".\r\n") << h + "..\r\n.\r\n";
    QTest::newRow("two dots") << h << QByteArray("..\r\n") << h + "...\r\n.\r\n";
    QTest::newRow("dots then text") << h << QByteArray("..x\r\n.x\r\n") << h + "...x\r\n..x\r\n.\r\n";
    QTest::newRow("dots inside a line stay") << h << QByteArray("a.b\r\nc .\r\n") << h + "a.b\r\nc .\r\n.\r\n";
    QTest::newRow("first body line") << QByteArray() << QByteArray(".first\r\n") << QByteArray("..first\r\n.\r\n");
    QTest::newRow("missing final CRLF added") << h << QByteArray("no end") << h + "no end\r\n.\r\n";
    QTest::newRow("last line is a dot without CRLF") << h << QByteArray("a\r\n.") << h + "a\r\n..\r\n.\r\n";
    QTest::newRow("empty body") << h << QByteArray() << h + ".\r\n";
    QTest::newRow("nothing at all") << QByteArray() << QByteArray() << QByteArray(".\r\n");
    QTest::newRow("CRLF.CRLF inside the body cannot end it") << h << QByteArray("a\r\n.\r\nb\r\n") << h + "a\r\n..\r\nb\r\n.\r\n";
}

void TestContentStream::dotStuffing()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, want);
    // Chunk boundaries anywhere (a dot right after one, a CRLF split by one) change nothing.
    for (const qint64 chunk : {qint64(1), qint64(2), qint64(3), qint64(5), ContentStream::kChunk}) {
        const QByteArray got = wire(headers, body, 0, chunk);
        QVERIFY2(got == want, qPrintable(u"in chunks of %1: got '%2', want '%3'"_s.arg(chunk).arg(shown(got), shown(want))));
    }
}

void TestContentStream::offsetAndSize()
{
    // The spool file's envelope comes first; only the part after the offset is the body.
    const QByteArray file = "ENVELOPE\n.body\r\n";
    const QByteArray got = wire("H: v\r\n\r\n", file, 9, 4);
    QCOMPARE(got, QByteArray("H: v\r\n\r\n..body\r\n.\r\n"));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"body"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(file);
    out.close();
    ContentStream stream("H: v\r\n\r\n", path, 9);
    QVERIFY(stream.open().ok());
    // SIZE declares the bytes as stored, before dot-stuffing (RFC 1870 3).
    QCOMPARE(stream.size(), quint64(8 + file.size() - 9));
}

void TestContentStream::largeBodyInBoundedChunks()
{
    QByteArray body;
    while (body.size() < 300 * 1024)
        body += ".line " + QByteArray::number(body.size()) + "\r\n";
    QByteArray want = body;
    want.replace("\r\n.", "\r\n..");
    want = "." + want + ".\r\n";
    const QByteArray got = wire(QByteArray(), body, 0, ContentStream::kChunk);
    QVERIFY2(got == want, qPrintable(u"got %1 bytes, want %2"_s.arg(got.size()).arg(want.size())));
}

void TestContentStream::missingFileIsAnError()
{
    ContentStream stream("H: v\r\n\r\n", u"/nonexistent/doorstep/body"_s, 0);
    const auto opened = stream.open();
    QVERIFY2(!opened.ok(), "got a missing file opened");
    QVERIFY2(opened.error().message.contains(u"/nonexistent/doorstep/body"_s), qPrintable(opened.error().message));

    QString error;
    QVERIFY(wire("H: v\r\n\r\n", "short", 10, 4, &error).isEmpty());
    QVERIFY2(error.contains(u"offset"_s), qPrintable(u"got '%1', want an error about the offset"_s.arg(error)));
}

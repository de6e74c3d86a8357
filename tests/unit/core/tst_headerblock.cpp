#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engine/core/headerblock.h"
#include "tests/unit/core/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Core::ErrorCode;
using Doorstep::Core::HeaderField;
using Doorstep::Core::headerValues;
using Doorstep::Core::readHeaderBlock;
using Doorstep::Core::splitHeaderFields;

namespace {

QString shown(const QByteArray &bytes)
{
    QByteArray text = bytes.size() > 300 ? bytes.left(120) + "..." + bytes.right(120) : bytes;
    return QString::fromLatin1(text.replace('\r', "\\r").replace('\n', "\\n"));
}

/** "Name=value|Name=value" for the fields of @p block, values as written. */
QString describeFields(const QByteArray &block)
{
    QStringList parts;
    for (const HeaderField &f : splitHeaderFields(block))
        parts << QString::fromLatin1(f.name) + u'=' + shown(block.mid(f.valueStart, f.end - f.valueStart));
    return parts.join(u'|');
}

} // namespace

void TestHeaderBlock::splitFields_data()
{
    QTest::addColumn<QByteArray>("block");
    QTest::addColumn<QString>("want");
    QTest::newRow("two fields, then the body") << QByteArray("From: a@b\r\nTo: c@d\r\n\r\nBody: no field\r\n")
                                               << u"From= a@b\\r\\n|To= c@d\\r\\n"_s;
    QTest::newRow("folded over three lines")
        << QByteArray("Subject: one\r\n two\r\n\tthree\r\nX: y\r\n\r\n") << u"Subject= one\\r\\n two\\r\\n\tthree\\r\\n|X= y\\r\\n"_s;
    QTest::newRow("obsolete blank before the colon") << QByteArray("Subject : hi\r\n") << u"Subject= hi\\r\\n"_s;
    QTest::newRow("LF line ends") << QByteArray("From: a@b\nTo: c@d\n\nbody\n") << u"From= a@b\\n|To= c@d\\n"_s;
    QTest::newRow("no final line end") << QByteArray("From: a@b") << u"From= a@b"_s;
    QTest::newRow("a line that is no field, and its continuation")
        << QByteArray("From: a@b\r\nnot a field\r\n continued\r\nTo: c@d\r\n") << u"From= a@b\\r\\n|To= c@d\\r\\n"_s;
    QTest::newRow("an mbox From_ line is no field") << QByteArray("From dad@x Sat Jan  1 10:00:00 2000\r\nTo: c@d\r\n")
                                                    << u"To= c@d\\r\\n"_s;
    QTest::newRow("a continuation first belongs to nothing") << QByteArray(" lost\r\nTo: c@d\r\n") << u"To= c@d\\r\\n"_s;
    QTest::newRow("empty value") << QByteArray("X-Empty:\r\n") << u"X-Empty=\\r\\n"_s;
    QTest::newRow("empty block") << QByteArray() << QString();
    QTest::newRow("only the empty line") << QByteArray("\r\nFrom: body@x\r\n") << QString();
}

void TestHeaderBlock::splitFields()
{
    QFETCH(QByteArray, block);
    QFETCH(QString, want);
    const QString got = describeFields(block);
    QVERIFY2(got == want, qPrintable(u"got '%1', want '%2'"_s.arg(got, want)));
}

void TestHeaderBlock::fieldBoundsCoverTheField()
{
    const QByteArray block("Received: from x\r\n\tby y\r\nFrom: a@b\r\n\r\n");
    const auto fields = splitHeaderFields(block);
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields[0].start, 0);
    QCOMPARE(block.mid(fields[0].start, fields[0].end - fields[0].start), QByteArray("Received: from x\r\n\tby y\r\n"));
    QCOMPARE(fields[1].start, fields[0].end);
    QCOMPARE(block.mid(fields[1].start, fields[1].end - fields[1].start), QByteArray("From: a@b\r\n"));
    QVERIFY(fields[1].is("FROM"));
    QVERIFY(!fields[1].is("Fro"));
}

void TestHeaderBlock::unfoldedValues()
{
    const QByteArray block("Auto-Submitted:\r\n auto-replied\r\nX: 1\r\nauto-submitted: no  \r\n\r\nAuto-Submitted: body\r\n");
    const QList<QByteArray> values = headerValues(block, "Auto-Submitted");
    QCOMPARE(values, (QList<QByteArray>{"auto-replied", "no"}));
}

void TestHeaderBlock::readHeaderBlock_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<qsizetype>("maxBytes");
    QTest::addColumn<QByteArray>("want");

    const QByteArray headers("Received: from pc.datix.lan\r\n\tby mail.datix.us; Thu, 1 Jan 2026 10:00:00 +0000\r\n"
                             "From: dad@datix.lan\r\nSubject: hello\r\n\r\n");
    QTest::newRow("with a body") << headers + "Body line\r\n\r\nmore\r\n" << qsizetype(4096) << headers;
    QTest::newRow("headers only, no empty line") << headers.chopped(2) << qsizetype(4096) << headers.chopped(2);
    QTest::newRow("headers only, no final line end") << QByteArray("From: a@b\r\nSubject: x") << qsizetype(4096)
                                                     << QByteArray("From: a@b\r\nSubject: x");
    QTest::newRow("LF line ends") << QByteArray("From: a@b\nSubject: x\n\nbody\n") << qsizetype(4096) << QByteArray("From: a@b\nSubject: x\n\n");
    QTest::newRow("empty file") << QByteArray() << qsizetype(4096) << QByteArray();
    QTest::newRow("no headers at all") << QByteArray("\r\nbody\r\n") << qsizetype(4096) << QByteArray("\r\n");
    QTest::newRow("exactly at the cap") << headers + "body\r\n" << qsizetype(headers.size()) << headers;
    // Over the cap: whole fields only; the folded Received is kept or dropped as one.
    QTest::newRow("cap inside Subject") << headers + "body\r\n" << qsizetype(headers.size() - 5)
                                        << QByteArray("Received: from pc.datix.lan\r\n\tby mail.datix.us; Thu, 1 Jan 2026 10:00:00 +0000\r\n"
                                                      "From: dad@datix.lan\r\n");
    QTest::newRow("cap inside the continuation line") << headers << qsizetype(40) << QByteArray();
    QTest::newRow("cap inside the first line") << headers << qsizetype(10) << QByteArray();
    QTest::newRow("a line longer than the cap, no line end") << QByteArray(100000, 'x') << qsizetype(1000) << QByteArray();

    // Headers longer than one read block (16 KiB), with a large body behind them.
    QByteArray many;
    for (int i = 0; i < 1000; ++i)
        many += "X-Field-" + QByteArray::number(i) + ": " + QByteArray(30, 'v') + "\r\n";
    many += "\r\n";
    QTest::newRow("headers over several read blocks") << many + QByteArray(1 << 20, 'b') << qsizetype(1 << 20) << many;
    // An empty line that straddles two read blocks.
    QByteArray straddle = "X: " + QByteArray(16 * 1024 - 6, 'v') + "\r\n";
    QCOMPARE(straddle.size(), 16 * 1024 - 1);
    straddle += "\r\n";
    QTest::newRow("empty line across a read block") << straddle + "body\r\n" << qsizetype(1 << 20) << straddle;
}

void TestHeaderBlock::readHeaderBlock()
{
    QFETCH(QByteArray, contents);
    QFETCH(qsizetype, maxBytes);
    QFETCH(QByteArray, want);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"0123456789ABCDEF"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(contents), contents.size());
    file.close();

    const auto got = ::readHeaderBlock(path, maxBytes);
    QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().message));
    QVERIFY2(got.value() == want, qPrintable(u"got '%1', want '%2'"_s.arg(shown(got.value()), shown(want))));
    QVERIFY(got.value().size() <= maxBytes);
}

void TestHeaderBlock::readHeaderBlockMissingFile()
{
    QTemporaryDir dir;
    const auto got = ::readHeaderBlock(dir.filePath(u"gone"_s), 4096);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, ErrorCode::NotFound);
    QVERIFY2(got.error().message.contains(u"gone"_s), qPrintable(got.error().message));
}

void TestHeaderBlock::readHeaderBlockUnreadable()
{
    QTemporaryDir dir;
    // A directory exists but cannot be read as a file.
    const auto got = ::readHeaderBlock(dir.path(), 4096);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, ErrorCode::Failed);
}

#include <QTest>

#include "tests/unit/sendmail/tests.h"
#include "ui/sendmail/bodybuffer.h"

using namespace Qt::StringLiterals;
using Doorstep::Ui::Sendmail::BodyBuffer;

namespace {

QByteArray contentOf(const BodyBuffer &buffer)
{
    QByteArray content;
    const bool complete = buffer.forEachBlock([&](QByteArrayView block) {
        content += block;
        return true;
    });
    return complete ? content : QByteArray("(incomplete)");
}

} // namespace

void TestBodyBuffer::smallStaysInMemory()
{
    BodyBuffer buffer;
    QVERIFY(buffer.append("hello\r\n"));
    QVERIFY(buffer.append("world\r\n"));
    QVERIFY(!buffer.spilled());
    QCOMPARE(buffer.size(), quint64(14));
    QCOMPARE(contentOf(buffer), QByteArray("hello\r\nworld\r\n"));
}

void TestBodyBuffer::largeSpillsToATemporaryFile()
{
    QByteArray want;
    BodyBuffer buffer;
    for (int i = 0; want.size() < 3 * BodyBuffer::kMemoryLimit; ++i) {
        const QByteArray line = QByteArray::number(i).repeated(37) + "\r\n";
        QVERIFY2(buffer.append(line), qPrintable(buffer.errorString()));
        want += line;
    }
    QVERIFY2(buffer.spilled(), "got it all in memory, want the part over the limit in a temporary file");
    QCOMPARE(buffer.size(), quint64(want.size()));
    QVERIFY2(contentOf(buffer) == want, "got other bytes back than went in");
    // A sink may stop early.
    int blocks = 0;
    QVERIFY(!buffer.forEachBlock([&](QByteArrayView) { return ++blocks < 2; }));
    QCOMPARE(blocks, 2);
    // Moved, the buffer keeps its file.
    BodyBuffer moved = std::move(buffer);
    QVERIFY2(contentOf(moved) == want, "got other bytes after a move");
}

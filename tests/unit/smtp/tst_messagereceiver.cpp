#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "engine/smtp/messagereceiver.h"
#include "engine/smtp/sessionhandler.h"
#include "tests/unit/smtp/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Core::Error;
using Doorstep::Core::Result;
using Doorstep::Smtp::MessageReceiver;
using Doorstep::Smtp::MessageSink;
using Status = Doorstep::Smtp::MessageReceiver::Status;

Q_DECLARE_METATYPE(Doorstep::Smtp::MessageReceiver::Status)

namespace {

const QByteArray kPrefix("Received: from client.example ([192.0.2.1])\r\n\tby mx.example.org (Doorstep) with ESMTP id Q1; now\r\n");
const QString kIdDomain = u"mx.example.org"_s;
// Dates in the inputs are in 2001, so that a Date the receiver adds can be told apart.
const QByteArray kOldDate("Date: Mon, 01 Jan 2001 00:00:00 +0000\r\n");
const QByteArray kAddedDate("Date: <added>\r\n");
const QByteArray kAddedId("Message-ID: <uuid@mx.example.org>\r\n");

/** Collects what the receiver writes; the n-th write (1-based) and every later one fail. */
class MemorySink final : public MessageSink
{
public:
    explicit MemorySink(int failAtWrite = 0) : m_failAtWrite(failAtWrite) {}
    QString id() const override { return u"Q1"_s; }
    Result<void> write(const QByteArray &bytes) override
    {
        ++attempts;
        if (m_failAtWrite > 0 && attempts >= m_failAtWrite)
            return Error::failed(u"No space left on device (test)."_s);
        writes.append(bytes);
        return {};
    }
    QByteArray all() const { return writes.join(); }

    int attempts = 0;
    QByteArrayList writes;

private:
    int m_failAtWrite;
};

/** Replaces the values the receiver makes up (a Date of now, a random Message-ID). */
QByteArray masked(const QByteArray &output)
{
    QString text = QString::fromLatin1(output);
    static const QRegularExpression date(u"^Date: (?![^\r]*2001)[^\r]*\r\n"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression id(u"^Message-ID: <[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@"_s,
                                       QRegularExpression::MultilineOption);
    text.replace(date, QString::fromLatin1(kAddedDate));
    text.replace(id, u"Message-ID: <uuid@"_s);
    return text.toLatin1();
}

struct Outcome
{
    Status status = Status::NeedMore;
    QByteArray output; // what the sink got, after finish(); only for Complete
    QByteArray rest;   // bytes after the end of data; only for Complete
    QString flags;
    quint64 size = 0;
    QString finishError;

    QString describe() const
    {
        const char *names[] = {"NeedMore", "Complete", "BareLineEnding"};
        return u"status %1, flags [%2], size %3, rest '%4'%5"_s.arg(QLatin1StringView(names[int(status)]), flags)
            .arg(size)
            .arg(QString::fromLatin1(rest.toPercentEncoding(" <>:@.")), finishError.isEmpty() ? QString() : u", finish error: "_s + finishError);
    }
};

QString flagsOf(const MessageReceiver &receiver)
{
    QStringList flags;
    if (receiver.tooBig())
        flags << u"tooBig"_s;
    if (receiver.lineTooLong())
        flags << u"lineTooLong"_s;
    if (receiver.hasNul())
        flags << u"nul"_s;
    return flags.join(u',');
}

/** Feeds @p chunks one by one as ServerSession does: unconsumed bytes stay in its buffer. */
Outcome run(const QByteArrayList &chunks, bool submission, quint64 maxSize)
{
    MemorySink sink;
    MessageReceiver receiver(sink, kPrefix, maxSize, submission, kIdDomain);
    Outcome outcome;
    QByteArray buffer;
    qsizetype i = 0;
    while (i < chunks.size()) {
        buffer += chunks[i++];
        qsizetype position = 0;
        outcome.status = receiver.feed(buffer, position);
        if (position < 0 || position > buffer.size())
            qFatal("feed() moved the position to %lld of %lld", qlonglong(position), qlonglong(buffer.size()));
        buffer.remove(0, position);
        if (outcome.status != Status::NeedMore)
            break;
    }
    outcome.flags = flagsOf(receiver);
    outcome.size = receiver.size();
    if (outcome.status == Status::Complete) {
        for (; i < chunks.size(); ++i)
            buffer += chunks[i];
        outcome.rest = buffer;
        if (auto finished = receiver.finish(); !finished)
            outcome.finishError = finished.error().message;
        outcome.output = sink.all();
    }
    return outcome;
}

QByteArrayList splitEvery(const QByteArray &input, qsizetype size)
{
    QByteArrayList chunks;
    for (qsizetype i = 0; i < input.size(); i += size)
        chunks << input.mid(i, size);
    return chunks;
}

/** The ways a client's bytes may arrive: all at once, byte by byte, and many splits. */
QList<std::pair<QString, QByteArrayList>> chunkings(const QByteArray &input)
{
    QList<std::pair<QString, QByteArrayList>> all;
    all.append({u"all at once"_s, {input}});
    all.append({u"byte by byte"_s, splitEvery(input, 1)});
    all.append({u"3-byte chunks"_s, splitEvery(input, 3)});
    all.append({u"1000-byte chunks"_s, splitEvery(input, 1000)});
    all.append({u"1001-byte chunks"_s, splitEvery(input, 1001)});
    const qsizetype step = std::max<qsizetype>(1, input.size() / 200);
    for (qsizetype at = 1; at < input.size(); at += step)
        all.append({u"split at %1"_s.arg(at), {input.left(at), input.mid(at)}});
    for (quint32 seed = 1; seed <= 20; ++seed) {
        QRandomGenerator random(seed);
        QByteArrayList chunks;
        for (qsizetype i = 0; i < input.size();) {
            const qsizetype size = random.bounded(1, 1200);
            chunks << input.mid(i, size);
            i += size;
        }
        all.append({u"random splits (seed %1)"_s.arg(seed), chunks});
    }
    return all;
}

} // namespace

void TestMessageReceiver::everyChunkingAgrees_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("submission");
    QTest::addColumn<quint64>("maxSize");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<qint64>("size");        // -1: not checked against a number (still equal in every chunking)
    QTest::addColumn<QByteArray>("output"); // after the prefix, masked; for Complete without flags
    QTest::addColumn<QByteArray>("rest");

    const QByteArray x998(998, 'x');
    const QByteArray x999(999, 'x');
    const QByteArray x2000(2000, 'x');
    const QByteArray x5000(5000, 'x');
    const auto complete = [](const char *name, const QByteArray &input, bool submission, const QByteArray &output, qint64 size,
                             const QByteArray &rest = QByteArray()) {
        QTest::newRow(name) << input << submission << quint64(0) << Status::Complete << QString() << size << output << rest;
    };
    const auto refused = [](const char *name, const QByteArray &input, quint64 maxSize, const QString &flags, qint64 size,
                            const QByteArray &rest = QByteArray()) {
        QTest::newRow(name) << input << false << maxSize << Status::Complete << flags << size << QByteArray() << rest;
    };
    const auto bare = [](const char *name, const QByteArray &input) {
        QTest::newRow(name) << input << false << quint64(0) << Status::BareLineEnding << QString() << qint64(-1) << QByteArray() << QByteArray();
    };
    const auto waits = [](const char *name, const QByteArray &input, qint64 size) {
        QTest::newRow(name) << input << false << quint64(0) << Status::NeedMore << QString() << size << QByteArray() << QByteArray();
    };

    complete("headers and body", "Subject: hi\r\n\r\nbody\r\n.\r\n", false, "Subject: hi\r\n\r\nbody\r\n", 21);
    complete("dot-unstuffing", "Subject: x\r\n\r\n..leading\r\n...two\r\n..\r\n.x\r\n.\r\n", false,
             "Subject: x\r\n\r\n.leading\r\n..two\r\n.\r\nx\r\n", 12 + 2 + 10 + 7 + 3 + 3);
    complete("a dot after a space is no end", "\r\n .\r\n.\r\n", false, "\r\n .\r\n", 6);
    complete("bytes after the end stay for the command parser", "\r\nbody\r\n.\r\nQUIT\r\n", false, "\r\nbody\r\n", 8, "QUIT\r\n");
    complete("a bare LF after the end is not data", "\r\nb\r\n.\r\nRSET\n", false, "\r\nb\r\n", 5, "RSET\n");
    complete("empty message, relay", ".\r\n", false, "", 0);
    complete("empty message, submission", ".\r\n", true, kAddedDate + kAddedId, 0);
    complete("line of 998 octets", "\r\n" + x998 + "\r\n.\r\n", false, "\r\n" + x998 + "\r\n", 1002);
    // RFC 5321 4.5.3.1.6: the limit does not count the dot doubled for transparency.
    complete("dot-stuffed line of 998 octets", "\r\n." + x998 + "\r\n.\r\n", false, "\r\n" + x998 + "\r\n", 1002);
    complete("size at the limit", "\r\nabcdefgh\r\n.\r\n", false, "\r\nabcdefgh\r\n", 12);
    QTest::newRow("size at the limit, with the limit set") << QByteArray("\r\nabcdefgh\r\n.\r\n") << false << quint64(12) << Status::Complete
                                                            << QString() << qint64(12) << QByteArray("\r\nabcdefgh\r\n") << QByteArray();
    complete("submission gets Date and Message-ID", "Subject: x\r\n\r\nb\r\n.\r\n", true, "Subject: x\r\n" + kAddedDate + kAddedId + "\r\nb\r\n", 17);
    complete("relay gets nothing added", "Subject: x\r\n\r\nb\r\n.\r\n", false, "Subject: x\r\n\r\nb\r\n", 17);
    complete("present Date and Message-ID kept", kOldDate + "Message-ID: <a@b.example>\r\n\r\nb\r\n.\r\n", true,
             kOldDate + "Message-ID: <a@b.example>\r\n\r\nb\r\n", -1);
    complete("only the missing Message-ID added", kOldDate + "\r\nb\r\n.\r\n", true, kOldDate + kAddedId + "\r\nb\r\n", -1);
    complete("only the missing Date added", "Message-ID: <a@b.example>\r\n\r\nb\r\n.\r\n", true,
             "Message-ID: <a@b.example>\r\n" + kAddedDate + "\r\nb\r\n", -1);
    complete("header names in any case", "DATE: Mon, 01 Jan 2001 00:00:00 +0000\r\nmessage-id: <a@b.example>\r\n\r\n.\r\n", true,
             "DATE: Mon, 01 Jan 2001 00:00:00 +0000\r\nmessage-id: <a@b.example>\r\n\r\n", -1);
    complete("a Date in the body does not count", "Subject: x\r\n\r\n" + kOldDate + ".\r\n", true,
             "Subject: x\r\n" + kAddedDate + kAddedId + "\r\n" + kOldDate, -1);
    complete("a folded line is no header name", "Subject: x\r\n " + kOldDate + "\r\n.\r\n", true,
             "Subject: x\r\n " + kOldDate + kAddedDate + kAddedId + "\r\n", -1);
    complete("headers only, submission", "Subject: x\r\nFrom: a@b.example\r\n.\r\n", true,
             "Subject: x\r\nFrom: a@b.example\r\n" + kAddedDate + kAddedId, 31);
    complete("headers only, relay", "Subject: x\r\nFrom: a@b.example\r\n.\r\n", false, "Subject: x\r\nFrom: a@b.example\r\n", 31);

    bare("bare LF in the body", "\r\nbody\nmore\r\n.\r\n");
    bare("LF.LF end (smuggling)", "\r\nbody\n.\n");
    bare("LF.CRLF end (smuggling)", "\r\nbody\n.\r\n");
    bare("CRLF.LF end (smuggling)", "\r\nbody\r\n.\nMAIL FROM:<x@evil.example>\r\n.\r\n");
    bare("CR.CR end (smuggling)", "\r\nbody\r.\r");
    bare("bare CR in the body", "\r\nbo\rdy\r\n.\r\n");
    bare("CR CR LF", "\r\nbody\r\r\n.\r\n");
    bare("LF as the first byte", "\n.\r\n");
    bare("bare CR in the header section", "Subject: a\rb\r\n\r\n.\r\n");

    waits("a CR at the end waits for its LF", "\r\nbody\r", 2);
    waits("an incomplete line waits", "\r\nbod", 2);

    refused("line of 999 octets", "\r\n" + x999 + "\r\n.\r\n", 0, u"lineTooLong"_s, 1003);
    refused("line of 5000 octets, read to the end", "\r\n" + x5000 + "\r\nmore\r\n.\r\nNOOP\r\n", 0, u"lineTooLong"_s, 5010, "NOOP\r\n");
    refused("a long line counts towards the size", "\r\n" + x2000 + "\r\n.\r\n", 1500, u"tooBig,lineTooLong"_s, 2004);
    refused("NUL in the body", QByteArray("\r\na\0b\r\n.\r\n", 10), 0, u"nul"_s, 7);
    refused("one octet over the size limit", "\r\nabcdefgh\r\n.\r\n", 11, u"tooBig"_s, 12);
}

void TestMessageReceiver::everyChunkingAgrees()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, submission);
    QFETCH(quint64, maxSize);
    QFETCH(Status, status);
    QFETCH(QString, flags);
    QFETCH(qint64, size);
    QFETCH(QByteArray, output);
    QFETCH(QByteArray, rest);

    Outcome want;
    want.status = status;
    want.flags = flags;
    want.rest = rest;
    const Outcome reference = run({input}, submission, maxSize);
    want.size = size >= 0 ? quint64(size) : reference.size;
    if (status == Status::BareLineEnding)
        want.size = 0; // not compared

    QStringList failures;
    for (const auto &[name, chunks] : chunkings(input)) {
        Outcome got = run(chunks, submission, maxSize);
        if (status == Status::BareLineEnding)
            got.size = 0;
        if (got.describe() != want.describe())
            failures << u"%1: got %2, want %3"_s.arg(name, got.describe(), want.describe());
        if (status == Status::Complete && flags.isEmpty()) {
            const QByteArray wantOutput = kPrefix + output;
            if (masked(got.output) != wantOutput)
                failures << u"%1: got output '%2', want '%3'"_s.arg(name, QString::fromLatin1(masked(got.output).toPercentEncoding(" <>:@.,+")),
                                                                     QString::fromLatin1(wantOutput.toPercentEncoding(" <>:@.,+")));
        }
        if (failures.size() >= 5)
            break;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));

    // The Date a submission gets is a real RFC 5322 date of about now.
    if (status == Status::Complete && submission && output.contains(kAddedDate)) {
        static const QRegularExpression date(u"^Date: (?![^\r]*2001)([^\r]*)\r\n"_s, QRegularExpression::MultilineOption);
        const auto match = date.match(QString::fromLatin1(reference.output));
        QVERIFY(match.hasMatch());
        const QDateTime when = QDateTime::fromString(match.captured(1), Qt::RFC2822Date);
        QVERIFY2(when.isValid(), qPrintable(u"got Date '%1', want an RFC 2822 date"_s.arg(match.captured(1))));
        QVERIFY2(qAbs(when.secsTo(QDateTime::currentDateTime())) < 120, qPrintable(match.captured(1)));
    }
}

void TestMessageReceiver::prefixComesFirst()
{
    // A header section larger than a write block: the prefix still goes out first.
    QByteArray input;
    for (int i = 0; i < 2000; ++i)
        input += "X-Header-" + QByteArray::number(i) + ": " + QByteArray(60, 'h') + "\r\n";
    input += "\r\nbody\r\n.\r\n";
    MemorySink sink;
    MessageReceiver receiver(sink, kPrefix, 0, true, kIdDomain);
    qsizetype position = 0;
    QCOMPARE(receiver.feed(input, position), Status::Complete);
    QVERIFY(receiver.finish().ok());
    QVERIFY(!sink.writes.isEmpty());
    QVERIFY2(sink.writes.first().startsWith(kPrefix), qPrintable(u"got a first write starting '%1', want the prefix"_s.arg(
                                                          QString::fromLatin1(sink.writes.first().left(60)))));
    QCOMPARE(sink.all().count("Received:"), 1);
    QVERIFY(sink.all().endsWith("\r\nbody\r\n"));
}

void TestMessageReceiver::bodyStreamsBeforeTheEnd()
{
    MemorySink sink;
    MessageReceiver receiver(sink, kPrefix, 0, false, kIdDomain);
    QByteArray buffer = "Subject: big\r\n\r\n";
    const QByteArray line(98, 'b');
    for (int i = 0; i < 3000; ++i)
        buffer += line + "\r\n"; // 300 000 octets, no end yet
    qsizetype position = 0;
    QCOMPARE(receiver.feed(buffer, position), Status::NeedMore);
    QCOMPARE(position, buffer.size());
    const qsizetype written = sink.all().size();
    QVERIFY2(written >= 300000 - MessageReceiver::kWriteBlock,
             qPrintable(u"got %1 octets written before the end, want the body streamed in blocks"_s.arg(written)));
    for (const QByteArray &write : std::as_const(sink.writes))
        QVERIFY2(write.size() <= MessageReceiver::kWriteBlock + MessageReceiver::kMaxLine + qsizetype(kPrefix.size()),
                 qPrintable(u"got a write of %1 octets, want blocks of about %2"_s.arg(write.size()).arg(MessageReceiver::kWriteBlock)));
    QCOMPARE(receiver.size(), quint64(buffer.size()));
}

void TestMessageReceiver::sinkFailureReportedByFinish_data()
{
    QTest::addColumn<int>("failAtWrite");
    QTest::newRow("the header flush fails") << 1;
    QTest::newRow("a body block fails") << 2;
    QTest::newRow("the last block fails") << 5;
}

void TestMessageReceiver::sinkFailureReportedByFinish()
{
    QFETCH(int, failAtWrite);
    MemorySink sink(failAtWrite);
    MessageReceiver receiver(sink, kPrefix, 0, false, kIdDomain);
    QByteArray input = "Subject: x\r\n\r\n";
    for (int i = 0; i < 2200; ++i)
        input += QByteArray(98, 'b') + "\r\n"; // 220 000 octets: header flush + three full blocks + the rest
    input += ".\r\nQUIT\r\n";
    qsizetype position = 0;
    QCOMPARE(receiver.feed(input, position), Status::Complete);
    QCOMPARE(input.mid(position), QByteArray("QUIT\r\n"));
    const auto finished = receiver.finish();
    QVERIFY2(!finished.ok(), qPrintable(u"got success after write %1 failed, want the sink's error"_s.arg(failAtWrite)));
    QCOMPARE(finished.error().message, u"No space left on device (test)."_s);
    QVERIFY2(sink.attempts == failAtWrite,
             qPrintable(u"got %1 write attempts, want %2 (none after the failure)"_s.arg(sink.attempts).arg(failAtWrite)));
}

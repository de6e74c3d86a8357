#include <QTest>

#include "tests/unit/sendmail/tests.h"
#include "ui/sendmail/message.h"

using namespace Qt::StringLiterals;
using Doorstep::Ui::Sendmail::Message;
using Doorstep::Ui::Sendmail::MessageReader;

namespace {

QByteArray bodyOf(const Message &message)
{
    QByteArray body;
    message.body.forEachBlock([&](QByteArrayView block) {
        body += block;
        return true;
    });
    return body;
}

// What goes to the engine after DATA (without the final "."), CRLF shown as "\n".
QString wire(const Message &message)
{
    return QString::fromUtf8(message.headerBytes() + bodyOf(message)).replace(u"\r\n"_s, u"\n"_s);
}

// The size the engine counts: the wire with its dot-stuffing undone.
quint64 unstuffedSize(const Message &message)
{
    const QByteArray bytes = message.headerBytes() + bodyOf(message);
    quint64 size = quint64(bytes.size());
    for (const QByteArray &line : bytes.split('\n'))
        if (line.startsWith(".."))
            --size;
    return size;
}

QString statusName(MessageReader::Status status)
{
    static const char *const names[] = {"reading", "complete", "too big", "header too big", "write failed"};
    return QString::fromLatin1(names[int(status)]);
}

} // namespace

void TestMessageReader::read_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ignoreDots");
    QTest::addColumn<QString>("want"); // the wire, "\n" for CRLF

    const auto row = [](const char *name, const QByteArray &input, bool ignoreDots, const char *want) {
        QTest::newRow(name) << input << ignoreDots << QString::fromUtf8(want);
    };
    row("LF lines become CRLF", "Subject: hi\n\nline 1\nline 2\n", false, "Subject: hi\n\nline 1\nline 2\n");
    row("CRLF lines stay", "Subject: hi\r\n\r\nline 1\r\n", false, "Subject: hi\n\nline 1\n");
    row("a last line without its end", "Subject: hi\n\nno newline", false, "Subject: hi\n\nno newline\n");
    row("a lone CR breaks the line", "Subject: hi\n\n10%\r50%\r100%\n", false, "Subject: hi\n\n10%\n50%\n100%\n");
    row("a lone dot ends the message", "Subject: hi\n\nbefore\n.\nafter\n", false, "Subject: hi\n\nbefore\n");
    row("a lone dot with CRLF ends it", "Subject: hi\n\nbefore\r\n.\r\nafter\n", false, "Subject: hi\n\nbefore\n");
    row("a lone dot at the end of input", "Subject: hi\n\nbefore\n.", false, "Subject: hi\n\nbefore\n");
    row("with -i a lone dot is text, stuffed", "Subject: hi\n\nbefore\n.\nafter\n", true, "Subject: hi\n\nbefore\n..\nafter\n");
    row("lines starting with a dot are stuffed", "Subject: hi\n\n.hidden\n..two\n", false, "Subject: hi\n\n..hidden\n...two\n");
    row("a dot line in the header section ends it too", "Subject: hi\n.\n", false, "Subject: hi\n\n");
    row("continuation lines", "Subject: a\n  long subject\nTo: x\n\nbody\n", false, "Subject: a\n  long subject\nTo: x\n\nbody\n");
    row("no empty line after the header", "Subject: hi\nbody without a separator\n", false, "Subject: hi\n\nbody without a separator\n");
    row("no header at all", "hello\nworld\n", false, "\nhello\nworld\n");
    row("a leading continuation is text", " indented\n", false, "\n indented\n");
    row("a leading mbox From line is dropped", "From root Mon Jan  1 00:00:00 2024\nSubject: hi\n\nx\n", false, "Subject: hi\n\nx\n");
    row("a From line later is kept", "Subject: hi\n\nFrom here on\n", false, "Subject: hi\n\nFrom here on\n");
    row("a From: field is a field", "From: a@example.org\n\nx\n", false, "From: a@example.org\n\nx\n");
    row("headers only", "Subject: hi\n", false, "Subject: hi\n\n");
    row("empty input", "", false, "\n");
    row("only an empty line", "\n", false, "\n");
    row("8-bit text passes", "Subject: caf\xc3\xa9\n\n\xe2\x82\xac 5\n", false, "Subject: caf\xc3\xa9\n\n\xe2\x82\xac 5\n");
}

void TestMessageReader::read()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ignoreDots);
    QFETCH(QString, want);
    MessageReader reader(ignoreDots, 0);
    if (reader.feed(input) == MessageReader::Status::Reading)
        reader.finish();
    QVERIFY2(reader.status() == MessageReader::Status::Complete, qPrintable(u"got status %1, want complete"_s.arg(statusName(reader.status()))));
    const QString got = wire(reader.message());
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got.toHtmlEscaped(), want.toHtmlEscaped())));
    QCOMPARE(reader.message().size, unstuffedSize(reader.message()));
}

void TestMessageReader::byteByByteReadsTheSame_data()
{
    read_data();
}

void TestMessageReader::byteByByteReadsTheSame()
{
    // The input arrives in pipe-sized pieces: where they split must not matter.
    QFETCH(QByteArray, input);
    QFETCH(bool, ignoreDots);
    QFETCH(QString, want);
    MessageReader reader(ignoreDots, 0);
    for (qsizetype i = 0; i < input.size() && reader.status() == MessageReader::Status::Reading; ++i)
        reader.feed(QByteArrayView(input).sliced(i, 1));
    if (reader.status() == MessageReader::Status::Reading)
        reader.finish();
    const QString got = wire(reader.message());
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got.toHtmlEscaped(), want.toHtmlEscaped())));
}

void TestMessageReader::longLinesAreBroken()
{
    // SMTP allows 998 octets a line (RFC 5321 4.5.3.1.6): longer output is broken, not refused.
    const QByteArray words = QByteArray("word ").repeated(300);           // 1500 octets, spaces to fold at
    const QByteArray solid = QByteArray(2100, 'x');                       // nowhere to fold
    const QByteArray euros = QByteArray("\xe2\x82\xac").repeated(400);   // 1200 octets of 3-octet characters
    MessageReader reader(false, 0);
    reader.feed("Subject: " + words + "\nX-Solid: " + solid + "\n\n" + solid + "\n" + euros + "\n");
    reader.finish();
    const Message &message = reader.message();
    QCOMPARE(message.headers.size(), 2);
    for (const auto &field : message.headers) {
        for (qsizetype i = 0; i < field.lines.size(); ++i) {
            QVERIFY2(field.lines[i].size() <= MessageReader::kMaxLine, qPrintable(u"header line of %1 octets"_s.arg(field.lines[i].size())));
            if (i > 0)
                QVERIFY2(field.lines[i].startsWith(' '), "a folded line must start with white space");
        }
    }
    // Unfolding gives the field back (folding only inserted CRLF, or CRLF and a space where it had to break).
    QCOMPARE(message.headers[0].lines.join(QByteArray()), "Subject: " + words);
    const QByteArray body = bodyOf(message);
    for (const QByteArray &line : body.split('\n'))
        QVERIFY2(line.size() <= MessageReader::kMaxLine + 1, qPrintable(u"body line of %1 octets"_s.arg(line.size())));
    QCOMPARE(QByteArray(body).replace("\r\n", ""), solid + euros);
    QVERIFY2(QString::fromUtf8(body).toUtf8() == body, "a UTF-8 character was split");
    QCOMPARE(message.size, unstuffedSize(message));
}

void TestMessageReader::headerRecipientsAndBcc()
{
    MessageReader reader(false, 0);
    reader.feed("From: me@example.org\n"
                "To: Alice <alice@example.org>,\n"
                "  bob@example.org\n"
                "CC: root\n"
                "Bcc: secret@example.org, \"Hidden, One\" <hidden@example.org>\n"
                "Subject: To: not@example.org\n"
                "bcc: second@example.org\n"
                "\n"
                "To: not-a-header@example.org\n");
    reader.finish();
    Message &message = reader.message();
    const QStringList want{u"alice@example.org"_s, u"bob@example.org"_s, u"root"_s, u"secret@example.org"_s, u"hidden@example.org"_s,
                           u"second@example.org"_s};
    QCOMPARE(message.headerRecipients(), want);
    message.removeBcc();
    const QString got = wire(message);
    QVERIFY2(!got.contains(u"secret"_s) && !got.contains(u"second"_s), qPrintable(got));
    QVERIFY2(got.startsWith(u"From: me@example.org\nTo: Alice <alice@example.org>,\n  bob@example.org\nCC: root\nSubject: To: not@example.org\n\n"_s),
             qPrintable(got));
    QCOMPARE(message.size, unstuffedSize(message));
}

void TestMessageReader::limits()
{
    {
        MessageReader reader(false, 100);
        QCOMPARE(reader.feed("Subject: x\n\n" + QByteArray(200, 'y') + '\n'), MessageReader::Status::TooBig);
    }
    {
        // A line that never ends is counted as it comes ("yes | sendmail").
        MessageReader reader(false, 1000);
        MessageReader::Status status = MessageReader::Status::Reading;
        for (int i = 0; i < 100 && status == MessageReader::Status::Reading; ++i)
            status = reader.feed(QByteArray(100, 'y'));
        QCOMPARE(status, MessageReader::Status::TooBig);
    }
    {
        MessageReader reader(false, 0);
        const QByteArray field = "X-Filler: " + QByteArray(900, 'f') + '\n';
        MessageReader::Status status = MessageReader::Status::Reading;
        for (int i = 0; i < 2000 && status == MessageReader::Status::Reading; ++i)
            status = reader.feed(field);
        QCOMPARE(status, MessageReader::Status::HeaderTooBig);
    }
    {
        MessageReader reader(false, 100);
        reader.feed("Subject: x\n\nsmall\n");
        QCOMPARE(reader.finish(), MessageReader::Status::Complete);
    }
}

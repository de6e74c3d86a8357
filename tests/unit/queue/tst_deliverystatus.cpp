#include <memory>
#include <utility>

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <gmime/gmime.h>

#include "engine/queue/deliverystatus.h"
#include "engine/core/headerblock.h"
#include "tests/unit/queue/tests.h"

// The reports are read back with GMime, a real MIME parser, so that what is checked is what a
// mail program would see, not what our own code thinks it wrote.

using namespace Qt::StringLiterals;
using Doorstep::Queue::makeStatusReport;
using Doorstep::Queue::mustNotBounce;
using Doorstep::Queue::StatusRecipient;
using Doorstep::Queue::StatusReport;
using Action = StatusRecipient::Action;

namespace {

constexpr quint64 kSecond = 1000000;
constexpr quint64 kNow = 1767261600ULL * kSecond; // 2026-01-01 10:00:00 UTC
constexpr quint64 kArrival = kNow - 4 * 86400 * kSecond;
constexpr quint64 kLastAttempt = kNow - 60 * kSecond;
constexpr quint64 kRetryUntil = kNow + 3 * 86400 * kSecond;

const QByteArray kHeaders("Received: from pc.datix.lan (pc.datix.lan [192.168.1.20])\r\n\tby mail.datix.us with ESMTP id 0123456789ABCDEF;\r\n"
                          "\tThu, 1 Jan 2026 09:00:00 +0000\r\n"
                          "From: Dad <dad@datix.us>\r\nTo: bob@remote.example\r\nSubject: Dinner on Sunday\r\n"
                          "Message-ID: <abc@datix.us>\r\n\r\n");

struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
using MessagePtr = std::unique_ptr<GMimeMessage, GObjectUnref>;

MessagePtr parse(const QByteArray &bytes)
{
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    g_object_unref(stream);
    MessagePtr message(g_mime_parser_construct_message(parser, nullptr));
    g_object_unref(parser);
    return message;
}

QString header(GMimeObject *object, const char *name)
{
    const char *value = g_mime_object_get_header(object, name);
    return value ? QString::fromUtf8(value).trimmed() : u"(none)"_s;
}

QString mimeType(GMimeObject *object)
{
    char *type = g_mime_content_type_get_mime_type(g_mime_object_get_content_type(object));
    const QString text = QString::fromUtf8(type).toLower();
    g_free(type);
    return text;
}

QString parameter(GMimeObject *object, const char *name)
{
    const char *value = g_mime_content_type_get_parameter(g_mime_object_get_content_type(object), name);
    return value ? QString::fromUtf8(value) : u"(none)"_s;
}

/** The decoded content of a leaf part. */
QByteArray content(GMimeObject *object)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(GMIME_PART(object));
    if (!wrapper)
        return {};
    GMimeStream *memory = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(wrapper, memory);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory));
    QByteArray copy(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
    g_object_unref(memory);
    return copy;
}

/** Seconds since the epoch of an RFC 5322 date, -1 when GMime cannot read it. */
qint64 dateSeconds(const QString &text)
{
    GDateTime *date = g_mime_utils_header_decode_date(text.toUtf8().constData());
    if (!date)
        return -1;
    const qint64 seconds = g_date_time_to_unix(date);
    g_date_time_unref(date);
    return seconds;
}

bool isMailDate(const QString &text)
{
    static const QRegularExpression format(
        u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}$"_s);
    return format.match(text).hasMatch();
}

/** One group of message/delivery-status fields, read by GMime as a header block. */
struct FieldGroup
{
    QList<std::pair<QString, QString>> fields;

    QString value(const QString &name) const
    {
        for (const auto &[n, v] : fields) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return u"(none)"_s;
    }
    QStringList names() const
    {
        QStringList list;
        for (const auto &field : fields)
            list << field.first;
        return list;
    }
};

QList<FieldGroup> fieldGroups(const QByteArray &statusContent)
{
    QList<FieldGroup> groups;
    const QList<QByteArray> lines = QByteArray(statusContent).replace("\r\n", "\n").split('\n');
    QByteArray current;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        const MessagePtr parsed = parse(current + "\r\n");
        FieldGroup group;
        GMimeHeaderList *list = g_mime_object_get_header_list(GMIME_OBJECT(parsed.get()));
        for (int i = 0; i < g_mime_header_list_get_count(list); ++i) {
            GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
            group.fields.append({QString::fromUtf8(g_mime_header_get_name(h)), QString::fromUtf8(g_mime_header_get_value(h)).trimmed()});
        }
        groups.append(group);
        current.clear();
    };
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            flush();
        else
            current += line + "\r\n";
    }
    flush();
    return groups;
}

/** "" when every line ends with CRLF and has at most 998 octets, else what is wrong. */
QString wireProblem(const QByteArray &bytes)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))
            return u"bare CR at %1"_s.arg(i);
        if (bytes[i] == '\n') {
            if (i == 0 || bytes[i - 1] != '\r')
                return u"bare LF at %1"_s.arg(i);
            if (i - 1 - lineStart > 998)
                return u"line at %1 has %2 octets"_s.arg(lineStart).arg(i - 1 - lineStart);
            lineStart = i + 1;
        }
    }
    if (lineStart != bytes.size())
        return u"no CRLF at the end"_s;
    return {};
}

/** A report read back: the message and its three parts. */
struct Parsed
{
    MessagePtr message;
    GMimeObject *root = nullptr;
    GMimeObject *text = nullptr;
    GMimeObject *status = nullptr;
    GMimeObject *returned = nullptr;

    GMimeObject *top() const { return GMIME_OBJECT(message.get()); }
};

/** Reads @p bytes; "" in @p problem when it is a well-formed three-part multipart/report. */
Parsed readReport(const QByteArray &bytes, QString &problem)
{
    Parsed parsed;
    problem = wireProblem(bytes);
    if (!problem.isEmpty())
        return parsed;
    parsed.message = parse(bytes);
    if (!parsed.message) {
        problem = u"GMime cannot read it"_s;
        return parsed;
    }
    parsed.root = g_mime_message_get_mime_part(parsed.message.get());
    if (!parsed.root || !GMIME_IS_MULTIPART(parsed.root)) {
        problem = u"no multipart body"_s;
        return parsed;
    }
    GMimeMultipart *multipart = GMIME_MULTIPART(parsed.root);
    if (g_mime_multipart_get_count(multipart) != 3) {
        problem = u"%1 parts, want 3"_s.arg(g_mime_multipart_get_count(multipart));
        return parsed;
    }
    parsed.text = g_mime_multipart_get_part(multipart, 0);
    parsed.status = g_mime_multipart_get_part(multipart, 1);
    parsed.returned = g_mime_multipart_get_part(multipart, 2);
    return parsed;
}

StatusReport sampleReport()
{
    StatusReport report;
    report.reportingMta = u"mail.datix.us"_s;
    report.queueId = u"0123456789ABCDEF"_s;
    report.originalSender = u"dad@datix.us"_s;
    report.arrivalUsec = kArrival;
    report.originalHeaders = kHeaders;
    return report;
}

StatusRecipient recipient(const QString &address, Action action, const QString &diagnostic, const QString &remoteMta = QString())
{
    StatusRecipient r;
    r.original = address;
    r.address = address;
    r.action = action;
    r.diagnostic = diagnostic;
    r.remoteMta = remoteMta;
    r.lastAttemptUsec = kLastAttempt;
    return r;
}

/** "" when part 3 is the sample message's headers as text/rfc822-headers, else what it is instead. */
QString headersReturnedProblem(const Parsed &parsed)
{
    if (mimeType(parsed.returned) != u"text/rfc822-headers"_s)
        return u"got part 3 of type %1, want text/rfc822-headers"_s.arg(mimeType(parsed.returned));
    const QByteArray got = content(parsed.returned);
    if (got != kHeaders.chopped(2))
        return u"got part 3 '%1', want the original headers"_s.arg(QString::fromUtf8(got));
    return {};
}

/** The text with its line breaks and indentation folded into single spaces. */
QString flowed(const QByteArray &text)
{
    return QString::fromUtf8(text).simplified();
}

#define READ_REPORT(parsed, bytes)                                                                                                  \
    QString problem_;                                                                                                               \
    const Parsed parsed = readReport(bytes, problem_);                                                                              \
    QVERIFY2(problem_.isEmpty(), qPrintable(u"report not well-formed: "_s + problem_ + u"\n"_s + QString::fromUtf8(bytes)))

} // namespace

void TestDeliveryStatus::initTestCase()
{
    g_mime_init();
}

void TestDeliveryStatus::cleanupTestCase()
{
    g_mime_shutdown();
}

void TestDeliveryStatus::failureReport()
{
    StatusReport report = sampleReport();
    StatusRecipient bob = recipient(u"bob@remote.example"_s, Action::Failed,
                                    u"550 5.1.1 <bob@remote.example>: Recipient address rejected: User unknown"_s, u"mx.remote.example"_s);
    bob.original = u"Bob@Remote.Example"_s;
    report.recipients = {bob};
    const QByteArray bytes = makeStatusReport(report, kNow, u"datix.us"_s);
    READ_REPORT(parsed, bytes);

    // The message.
    QCOMPARE(header(parsed.top(), "From"), u"Mail Delivery System <MAILER-DAEMON@mail.datix.us>"_s);
    QCOMPARE(header(parsed.top(), "To"), u"<dad@datix.us>"_s);
    QCOMPARE(header(parsed.top(), "Subject"), u"Undelivered Mail Returned to Sender"_s);
    QVERIFY2(isMailDate(header(parsed.top(), "Date")), qPrintable(header(parsed.top(), "Date")));
    QCOMPARE(dateSeconds(header(parsed.top(), "Date")), qint64(kNow / kSecond));
    const QString messageId = header(parsed.top(), "Message-ID");
    QVERIFY2(QRegularExpression(u"^<[^<>@\\s]+@datix\\.us>$"_s).match(messageId).hasMatch(), qPrintable(messageId));
    QCOMPARE(header(parsed.top(), "MIME-Version"), u"1.0"_s);
    QCOMPARE(header(parsed.top(), "Auto-Submitted"), u"auto-replied"_s);
    QCOMPARE(mimeType(parsed.root), u"multipart/report"_s);
    QCOMPARE(parameter(parsed.root, "report-type"), u"delivery-status"_s);
    QCOMPARE(header(parsed.root, "Content-Transfer-Encoding"), u"(none)"_s);

    // Part 1: words for people.
    QCOMPARE(mimeType(parsed.text), u"text/plain"_s);
    QCOMPARE(parameter(parsed.text, "charset"), u"utf-8"_s);
    const QString text = flowed(content(parsed.text));
    QVERIFY2(text.contains(u"This is the mail system at host mail.datix.us."_s), qPrintable(text));
    QVERIFY2(text.contains(u"could not be delivered"_s), qPrintable(text));
    QVERIFY2(text.contains(u"<bob@remote.example> (sent to <Bob@Remote.Example>): host mx.remote.example said: 550 5.1.1 "
                           "<bob@remote.example>: Recipient address rejected: User unknown"_s),
             qPrintable(text));

    // Part 2: the fields for programs.
    QCOMPARE(mimeType(parsed.status), u"message/delivery-status"_s);
    const QList<FieldGroup> groups = fieldGroups(content(parsed.status));
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[0].names(), (QStringList{u"Reporting-MTA"_s, u"X-Doorstep-Queue-ID"_s, u"Arrival-Date"_s}));
    QCOMPARE(groups[0].value(u"Reporting-MTA"_s), u"dns; mail.datix.us"_s);
    QCOMPARE(groups[0].value(u"X-Doorstep-Queue-ID"_s), u"0123456789ABCDEF"_s);
    QVERIFY(isMailDate(groups[0].value(u"Arrival-Date"_s)));
    QCOMPARE(dateSeconds(groups[0].value(u"Arrival-Date"_s)), qint64(kArrival / kSecond));
    const FieldGroup &r = groups[1];
    QCOMPARE(r.names(), (QStringList{u"Original-Recipient"_s, u"Final-Recipient"_s, u"Action"_s, u"Status"_s, u"Remote-MTA"_s,
                                     u"Diagnostic-Code"_s, u"Last-Attempt-Date"_s}));
    QCOMPARE(r.value(u"Original-Recipient"_s), u"rfc822; Bob@Remote.Example"_s);
    QCOMPARE(r.value(u"Final-Recipient"_s), u"rfc822; bob@remote.example"_s);
    QCOMPARE(r.value(u"Action"_s), u"failed"_s);
    QCOMPARE(r.value(u"Status"_s), u"5.1.1"_s);
    QCOMPARE(r.value(u"Remote-MTA"_s), u"dns; mx.remote.example"_s);
    QCOMPARE(r.value(u"Diagnostic-Code"_s).simplified(),
             u"smtp; 550 5.1.1 <bob@remote.example>: Recipient address rejected: User unknown"_s);
    QCOMPARE(dateSeconds(r.value(u"Last-Attempt-Date"_s)), qint64(kLastAttempt / kSecond));

    // Part 3: the original headers, as they were.
    const QString returned = headersReturnedProblem(parsed);
    QVERIFY2(returned.isEmpty(), qPrintable(returned));
}

void TestDeliveryStatus::delayReport()
{
    StatusReport report = sampleReport();
    report.willRetryUntilUsec = kRetryUntil;
    report.originalBody = "Shall we?\r\n"; // a warning never returns the message
    report.recipients = {recipient(u"bob@remote.example"_s, Action::Delayed, u"451 4.7.1 Greylisted, try again in 5 minutes"_s,
                                   u"dns; mx.remote.example"_s)};
    const QByteArray bytes = makeStatusReport(report, kNow, u"datix.us"_s);
    READ_REPORT(parsed, bytes);

    QCOMPARE(header(parsed.top(), "Subject"), u"Delayed Mail (still being retried)"_s);
    QCOMPARE(header(parsed.top(), "Auto-Submitted"), u"auto-replied"_s);
    const QString text = flowed(content(parsed.text));
    QVERIFY2(text.contains(u"warning only"_s), qPrintable(text));
    QVERIFY2(text.contains(u"do not need to send your message again"_s), qPrintable(text));
    QVERIFY2(text.contains(u"451 4.7.1 Greylisted, try again in 5 minutes"_s), qPrintable(text));

    const QList<FieldGroup> groups = fieldGroups(content(parsed.status));
    QCOMPARE(groups.size(), 2);
    const FieldGroup &r = groups[1];
    QCOMPARE(r.names(), (QStringList{u"Final-Recipient"_s, u"Action"_s, u"Status"_s, u"Remote-MTA"_s, u"Diagnostic-Code"_s,
                                     u"Last-Attempt-Date"_s, u"Will-Retry-Until"_s}));
    QCOMPARE(r.value(u"Action"_s), u"delayed"_s);
    QCOMPARE(r.value(u"Status"_s), u"4.7.1"_s);
    QCOMPARE(r.value(u"Remote-MTA"_s), u"dns; mx.remote.example"_s);
    QVERIFY(isMailDate(r.value(u"Will-Retry-Until"_s)));
    QCOMPARE(dateSeconds(r.value(u"Will-Retry-Until"_s)), qint64(kRetryUntil / kSecond));

    const QString returned = headersReturnedProblem(parsed);
    QVERIFY2(returned.isEmpty(), qPrintable(returned));
}

void TestDeliveryStatus::severalRecipients()
{
    StatusReport report = sampleReport();
    report.willRetryUntilUsec = kRetryUntil;
    report.recipients = {
        recipient(u"bob@remote.example"_s, Action::Failed, u"550 5.1.1 No such user"_s, u"mx.remote.example"_s),
        recipient(u"carol@slow.example"_s, Action::Delayed, u"421 4.4.2 Connection dropped"_s, u"mx.slow.example"_s),
        recipient(u"mum@datix.us"_s, Action::Failed, u"552 5.2.2 Mailbox full"_s),
        recipient(u"dave@done.example"_s, Action::Delivered, u"250 2.0.0 Ok: queued as 1234"_s, u"mx.done.example"_s),
    };
    const QByteArray bytes = makeStatusReport(report, kNow, u"datix.us"_s);
    READ_REPORT(parsed, bytes);

    QCOMPARE(header(parsed.top(), "Subject"), u"Undelivered Mail Returned to Sender"_s); // one failed: a bounce
    const QList<FieldGroup> groups = fieldGroups(content(parsed.status));
    QCOMPARE(groups.size(), 5);
    const QStringList want[] = {
        {u"rfc822; bob@remote.example"_s, u"failed"_s, u"5.1.1"_s, u"dns; mx.remote.example"_s, u"(none)"_s},
        {u"rfc822; carol@slow.example"_s, u"delayed"_s, u"4.4.2"_s, u"dns; mx.slow.example"_s, u"Will-Retry-Until"_s},
        {u"rfc822; mum@datix.us"_s, u"failed"_s, u"5.2.2"_s, u"(none)"_s, u"(none)"_s},
        {u"rfc822; dave@done.example"_s, u"delivered"_s, u"2.0.0"_s, u"dns; mx.done.example"_s, u"(none)"_s},
    };
    for (int i = 0; i < 4; ++i) {
        const FieldGroup &r = groups[i + 1];
        const QStringList got{r.value(u"Final-Recipient"_s), r.value(u"Action"_s), r.value(u"Status"_s), r.value(u"Remote-MTA"_s),
                              r.names().contains(u"Will-Retry-Until"_s) ? u"Will-Retry-Until"_s : u"(none)"_s};
        QVERIFY2(got == want[i], qPrintable(u"recipient %1: got %2, want %3"_s.arg(i).arg(got.join(u" | "_s), want[i].join(u" | "_s))));
        QVERIFY(!r.names().contains(u"Original-Recipient"_s)); // the same as the final one
    }
    const QString text = flowed(content(parsed.text));
    for (const QString &part : {u"Could not be delivered to: <bob@remote.example>: host mx.remote.example said: 550 5.1.1 No such user"_s,
                                u"<mum@datix.us>: 552 5.2.2 Mailbox full"_s,
                                u"Not delivered yet to: <carol@slow.example>: host mx.slow.example said: 421 4.4.2 Connection dropped"_s,
                                u"Delivered to: <dave@done.example>"_s, u"still being tried"_s})
        QVERIFY2(text.contains(part), qPrintable(u"'%1' not in: %2"_s.arg(part, text)));
}

void TestDeliveryStatus::statusAndDiagnostic_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("diagnostic");
    QTest::addColumn<QString>("wantStatus");
    QTest::addColumn<QString>("wantDiagnostic");
    const int failed = int(Action::Failed);
    const int delayed = int(Action::Delayed);
    QTest::newRow("enhanced code from the reply") << failed << QString() << u"550 5.7.1 Relaying denied"_s << u"5.7.1"_s
                                                  << u"smtp; 550 5.7.1 Relaying denied"_s;
    QTest::newRow("multi-line reply") << failed << QString() << u"550-5.1.1 first line\r\n550 5.1.1 second line"_s << u"5.1.1"_s
                                      << u"smtp; 550-5.1.1 first line 550 5.1.1 second line"_s;
    QTest::newRow("basic code only") << failed << QString() << u"554 Transaction failed"_s << u"5.0.0"_s << u"smtp; 554 Transaction failed"_s;
    QTest::newRow("enhanced class disagrees with the reply") << failed << QString() << u"550 4.1.1 odd"_s << u"5.0.0"_s
                                                             << u"smtp; 550 4.1.1 odd"_s;
    QTest::newRow("temporary reply") << delayed << QString() << u"452 4.2.2 Over quota"_s << u"4.2.2"_s << u"smtp; 452 4.2.2 Over quota"_s;
    QTest::newRow("given status wins") << failed << u"4.4.7"_s << u"Gave up after 345600 s in the queue; last error: 421 4.4.2 Lost"_s
                                       << u"4.4.7"_s << u"X-Doorstep; Gave up after 345600 s in the queue; last error: 421 4.4.2 Lost"_s;
    QTest::newRow("invalid given status ignored") << failed << u"5.1"_s << u"550 5.1.2 Bad domain"_s << u"5.1.2"_s
                                                  << u"smtp; 550 5.1.2 Bad domain"_s;
    QTest::newRow("our own words, failed") << failed << QString() << u"The mailbox of 'x@y' no longer exists."_s << u"5.0.0"_s
                                           << u"X-Doorstep; The mailbox of 'x@y' no longer exists."_s;
    QTest::newRow("nothing said, delayed") << delayed << QString() << QString() << u"4.0.0"_s << u"(none)"_s;
    QTest::newRow("nothing said, delivered") << int(Action::Delivered) << QString() << QString() << u"2.0.0"_s << u"(none)"_s;
    QTest::newRow("relayed") << int(Action::Relayed) << QString() << u"250 2.0.0 Ok"_s << u"2.0.0"_s << u"smtp; 250 2.0.0 Ok"_s;
    QTest::newRow("control characters from a remote") << failed << QString() << u"550 5.1.1 a\tb\x01" "c\nd"_s << u"5.1.1"_s
                                                      << u"smtp; 550 5.1.1 a b c d"_s;
}

void TestDeliveryStatus::statusAndDiagnostic()
{
    QFETCH(int, action);
    QFETCH(QString, status);
    QFETCH(QString, diagnostic);
    QFETCH(QString, wantStatus);
    QFETCH(QString, wantDiagnostic);
    StatusReport report = sampleReport();
    StatusRecipient r = recipient(u"bob@remote.example"_s, Action(action), diagnostic);
    r.status = status;
    report.recipients = {r};
    const QByteArray bytes = makeStatusReport(report, kNow, u"datix.us"_s);
    READ_REPORT(parsed, bytes);
    const QList<FieldGroup> groups = fieldGroups(content(parsed.status));
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[1].value(u"Action"_s), Doorstep::Queue::statusActionName(Action(action)));
    const QString gotStatus = groups[1].value(u"Status"_s);
    QVERIFY2(gotStatus == wantStatus, qPrintable(u"got Status '%1', want '%2'"_s.arg(gotStatus, wantStatus)));
    const QString gotDiagnostic = groups[1].value(u"Diagnostic-Code"_s).simplified();
    QVERIFY2(gotDiagnostic == wantDiagnostic, qPrintable(u"got Diagnostic-Code '%1', want '%2'"_s.arg(gotDiagnostic, wantDiagnostic)));
}

void TestDeliveryStatus::successSubject()
{
    StatusReport report = sampleReport();
    report.recipients = {recipient(u"bob@remote.example"_s, Action::Relayed, u"250 2.0.0 Ok"_s, u"mx.remote.example"_s)};
    const QByteArray bytes = makeStatusReport(report, kNow, u"datix.us"_s);
    READ_REPORT(parsed, bytes);
    QCOMPARE(header(parsed.top(), "Subject"), u"Successful Mail Delivery Report"_s);
    QCOMPARE(mimeType(parsed.returned), u"text/rfc822-headers"_s);
}

void TestDeliveryStatus::returnsWholeMessage()
{
    StatusReport report = sampleReport();
    report.originalBody = "Shall we have dinner on Sunday?\r\n\r\n-- \r\nDad\r\n";
    report.recipients = {recipient(u"bob@remote.example"_s, Action::Failed, u"550 5.1.1 No such user"_s)};
    const QByteArray bytes = makeStatusReport(report, kNow, u"datix.us"_s);
    READ_REPORT(parsed, bytes);

    QCOMPARE(mimeType(parsed.returned), u"message/rfc822"_s);
    QVERIFY(GMIME_IS_MESSAGE_PART(parsed.returned));
    GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(parsed.returned));
    QVERIFY(inner);
    QCOMPARE(header(GMIME_OBJECT(inner), "Subject"), u"Dinner on Sunday"_s);
    QCOMPARE(header(GMIME_OBJECT(inner), "Message-ID"), u"<abc@datix.us>"_s);
    GMimeObject *body = g_mime_message_get_mime_part(inner);
    QVERIFY(body && GMIME_IS_PART(body));
    QCOMPARE(content(body), report.originalBody);
    QVERIFY2(flowed(content(parsed.text)).contains(u"Your message is attached"_s), qPrintable(flowed(content(parsed.text))));
}

void TestDeliveryStatus::returnsHeadersOnly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qsizetype>("limit");
    QTest::newRow("over the size limit") << QByteArray("Twenty bytes of body\r\n").repeated(10) << qsizetype(kHeaders.size() + 100);
    QTest::newRow("a line over 998 octets") << "short\r\n" + QByteArray(1200, 'x') + "\r\n" << StatusReport::kDefaultReturnLimit;
    QTest::newRow("no body given") << QByteArray() << StatusReport::kDefaultReturnLimit;
}

void TestDeliveryStatus::returnsHeadersOnly()
{
    QFETCH(QByteArray, body);
    QFETCH(qsizetype, limit);
    StatusReport report = sampleReport();
    report.originalBody = body;
    report.returnLimit = limit;
    report.recipients = {recipient(u"bob@remote.example"_s, Action::Failed, u"550 5.1.1 No such user"_s)};
    const QByteArray bytes = makeStatusReport(report, kNow, u"datix.us"_s);
    READ_REPORT(parsed, bytes);
    const QString returned = headersReturnedProblem(parsed);
    QVERIFY2(returned.isEmpty(), qPrintable(returned));
    QVERIFY2(flowed(content(parsed.text)).contains(u"The headers of your message are attached"_s), qPrintable(flowed(content(parsed.text))));
}

void TestDeliveryStatus::eightBitHeaders_data()
{
    QTest::addColumn<QByteArray>("subject");
    QTest::addColumn<QString>("wantType");
    QTest::newRow("Latin-1 bytes, not UTF-8") << QByteArray("Subject: caf\xe9 \xe0 midi\r\n") << u"text/rfc822-headers"_s;
    QTest::newRow("UTF-8 (RFC 6532)") << QByteArray("Subject: caf\xc3\xa9 \xc3\xa0 midi\r\n") << u"message/global-headers"_s;
}

void TestDeliveryStatus::eightBitHeaders()
{
    QFETCH(QByteArray, subject);
    QFETCH(QString, wantType);
    StatusReport report = sampleReport();
    report.originalHeaders = "From: dad@datix.us\r\n" + subject + "\r\n";
    report.recipients = {recipient(u"bob@remote.example"_s, Action::Failed, u"550 5.1.1 No such user"_s)};
    const QByteArray bytes = makeStatusReport(report, kNow, u"datix.us"_s);
    READ_REPORT(parsed, bytes);
    QCOMPARE(header(parsed.root, "Content-Transfer-Encoding"), u"8bit"_s);
    QCOMPARE(mimeType(parsed.returned), wantType);
    QCOMPARE(header(parsed.returned, "Content-Transfer-Encoding"), u"8bit"_s);
    QCOMPARE(content(parsed.returned), "From: dad@datix.us\r\n" + subject);
    // Everything but the returned headers stays ASCII.
    QCOMPARE(header(parsed.text, "Content-Transfer-Encoding"), u"(none)"_s);
    QCOMPARE(mimeType(parsed.status), u"message/delivery-status"_s);
    const qsizetype third = bytes.indexOf("Content-Description: Undelivered Message Headers");
    QVERIFY(third > 0);
    for (qsizetype i = 0; i < third; ++i)
        QVERIFY2(static_cast<unsigned char>(bytes[i]) < 0x80, qPrintable(u"8-bit byte at %1, before the returned headers"_s.arg(i)));
}

void TestDeliveryStatus::internationalizedAddresses()
{
    StatusReport report = sampleReport();
    report.originalSender = u"jörg@bücher.example"_s;
    StatusRecipient r = recipient(u"ana+news@correo.españa.example"_s, Action::Failed, u"550 5.1.1 Usuario desconocido: ñ"_s);
    report.recipients = {r, recipient(u"bob@remote.example"_s, Action::Failed, u"550 5.1.1 No such user"_s)};
    const QByteArray bytes = makeStatusReport(report, kNow, u"datix.us"_s);
    READ_REPORT(parsed, bytes);

    QCOMPARE(header(parsed.top(), "To"), u"<jörg@bücher.example>"_s);
    QCOMPARE(parameter(parsed.root, "report-type"), u"global-delivery-status"_s);
    QCOMPARE(mimeType(parsed.status), u"message/global-delivery-status"_s);
    QCOMPARE(header(parsed.status, "Content-Transfer-Encoding"), u"8bit"_s);
    const QList<FieldGroup> groups = fieldGroups(content(parsed.status));
    QCOMPARE(groups.size(), 3);
    // RFC 6533 utf-8-addr-unitext: "+" must be escaped, the rest stays UTF-8.
    QCOMPARE(groups[1].value(u"Final-Recipient"_s), u"utf-8; ana\\x{2B}news@correo.españa.example"_s);
    QCOMPARE(groups[1].value(u"Diagnostic-Code"_s), u"smtp; 550 5.1.1 Usuario desconocido: ñ"_s);
    QCOMPARE(groups[2].value(u"Final-Recipient"_s), u"rfc822; bob@remote.example"_s);
    QVERIFY(flowed(content(parsed.text)).contains(u"<ana+news@correo.españa.example>: 550 5.1.1 Usuario desconocido: ñ"_s));
    QCOMPARE(header(parsed.text, "Content-Transfer-Encoding"), u"8bit"_s);
}

void TestDeliveryStatus::longDiagnosticIsFolded()
{
    QStringList words;
    for (int i = 0; i < 400; ++i)
        words << u"word%1"_s.arg(i);
    const QString longReply = u"550 5.7.1 "_s + words.join(u' ');
    const QString noBlanks = u"554 5.7.1 "_s + QString(2500, u'z');
    StatusReport report = sampleReport();
    report.originalHeaders = kHeaders.chopped(2) + "X-Long: " + QByteArray(1500, 'h') + "\r\n\r\n";
    report.recipients = {recipient(u"bob@remote.example"_s, Action::Failed, longReply, u"mx.remote.example"_s),
                         recipient(u"carol@remote.example"_s, Action::Failed, noBlanks, u"mx.remote.example"_s)};
    const QByteArray bytes = makeStatusReport(report, kNow, u"datix.us"_s);
    READ_REPORT(parsed, bytes); // every line at most 998 octets

    const QList<FieldGroup> groups = fieldGroups(content(parsed.status));
    QCOMPARE(groups.size(), 3);
    // Folding at blanks gives the same value back.
    QCOMPARE(groups[1].value(u"Diagnostic-Code"_s), u"smtp; "_s + longReply);
    // Without a blank to fold at, the line is cut; nothing is lost.
    QString cut = groups[2].value(u"Diagnostic-Code"_s);
    QString whole = u"smtp; "_s + noBlanks;
    QCOMPARE(cut.remove(u' '), whole.remove(u' '));
    QVERIFY(flowed(content(parsed.text)).contains(longReply));
    QVERIFY(content(parsed.returned).contains(QByteArray(900, 'h')));
}

void TestDeliveryStatus::lineEndsNormalized()
{
    StatusReport report = sampleReport();
    report.originalHeaders = QByteArray(kHeaders).replace("\r\n", "\n");
    report.originalBody = "one\nbare\rtwo\r\n";
    report.recipients = {recipient(u"bob@remote.example"_s, Action::Failed, u"550 5.1.1 No such user"_s)};
    const QByteArray bytes = makeStatusReport(report, kNow, u"datix.us"_s);
    READ_REPORT(parsed, bytes); // CRLF only
    QCOMPARE(mimeType(parsed.returned), u"message/rfc822"_s);
    GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(parsed.returned));
    QCOMPARE(content(g_mime_message_get_mime_part(inner)), QByteArray("one\r\nbare\r\ntwo\r\n"));
}

void TestDeliveryStatus::boundaryIsRandomAndAbsent()
{
    StatusReport report = sampleReport();
    report.recipients = {recipient(u"bob@remote.example"_s, Action::Failed, u"550 5.1.1 No such user"_s)};
    QSet<QString> seen;
    for (int i = 0; i < 20; ++i) {
        const QByteArray bytes = makeStatusReport(report, kNow, u"datix.us"_s);
        READ_REPORT(parsed, bytes);
        const QString boundary = QString::fromLatin1(g_mime_multipart_get_boundary(GMIME_MULTIPART(parsed.root)));
        QVERIFY2(boundary.size() >= 30 && boundary.size() <= 70, qPrintable(boundary));
        QVERIFY2(!seen.contains(boundary), qPrintable(u"boundary '%1' came twice"_s.arg(boundary)));
        seen.insert(boundary);
        // Three parts and the close: the boundary appears nowhere else.
        QCOMPARE(bytes.count("--" + boundary.toLatin1()), qsizetype(4));
        QVERIFY(bytes.contains("\r\n--" + boundary.toLatin1() + "--\r\n"));
        // Message-IDs differ as well.
        QVERIFY(!seen.contains(header(parsed.top(), "Message-ID")));
        seen.insert(header(parsed.top(), "Message-ID"));
    }
}

void TestDeliveryStatus::mustNotBounce_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<bool>("want");
    const QByteArray plain("From: Dad <dad@datix.us>\r\nTo: bob@remote.example\r\nSubject: hi\r\n\r\n");
    QTest::newRow("an ordinary message") << u"dad@datix.us"_s << plain << false;
    QTest::newRow("null sender") << QString() << plain << true;
    QTest::newRow("null sender written <>") << u"<>"_s << plain << true;
    QTest::newRow("MAILER-DAEMON sender") << u"MAILER-DAEMON@remote.example"_s << plain << true;
    QTest::newRow("mailer-daemon sender, lower case") << u"mailer-daemon@remote.example"_s << plain << true;
    QTest::newRow("bare MAILER-DAEMON sender") << u"MAILER-DAEMON"_s << plain << true;
    QTest::newRow("Auto-Submitted: auto-replied") << u"dad@datix.us"_s << "Auto-Submitted: auto-replied\r\n" + plain << true;
    QTest::newRow("Auto-Submitted: auto-generated") << u"dad@datix.us"_s << plain.chopped(2) + "Auto-Submitted: auto-generated\r\n\r\n"
                                                    << false;
    QTest::newRow("Auto-Submitted: Auto-Generated (comment)") << u"dad@datix.us"_s << "Auto-Submitted: Auto-Generated (cron)\r\n" + plain
                                                              << false;
    QTest::newRow("Auto-Submitted with a comment, folded") << u"dad@datix.us"_s
                                                           << "Auto-Submitted:\r\n  Auto-Notified (vacation); x=1\r\n" + plain << true;
    QTest::newRow("Auto-Submitted: no") << u"dad@datix.us"_s << "Auto-Submitted: no\r\n" + plain << false;
    QTest::newRow("Auto-Submitted: No (comment)") << u"dad@datix.us"_s << "Auto-Submitted: No (a person wrote this)\r\n" + plain << false;
    QTest::newRow("Auto-Submitted only in the body") << u"dad@datix.us"_s << plain + "Auto-Submitted: auto-replied\r\n" << false;
    QTest::newRow("a delivery report") << u"dad@datix.us"_s
                                       << "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"x\"\r\n" + plain
                                       << true;
    QTest::newRow("a read receipt, odd case") << u"dad@datix.us"_s
                                              << "Content-Type: Multipart/Report (MDN); report-type=disposition-notification\r\n" + plain
                                              << true;
    QTest::newRow("multipart/mixed") << u"dad@datix.us"_s << "Content-Type: multipart/mixed; boundary=\"x\"\r\n" + plain << false;
    QTest::newRow("From: MAILER-DAEMON") << u"bounces@remote.example"_s
                                         << QByteArray("From: Mail Delivery Subsystem <MAILER-DAEMON@remote.example>\r\n\r\n") << true;
    QTest::newRow("From: bare mailer-daemon") << u"bounces@remote.example"_s << QByteArray("From: mailer-daemon\r\n\r\n") << true;
    QTest::newRow("From: someone named like it") << u"fan@remote.example"_s << QByteArray("From: mailer-daemon-fan@remote.example\r\n\r\n")
                                                 << false;
}

void TestDeliveryStatus::mustNotBounce()
{
    QFETCH(QString, sender);
    QFETCH(QByteArray, headers);
    QFETCH(bool, want);
    const bool got = ::mustNotBounce(sender, headers);
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got).arg(want)));
}

void TestDeliveryStatus::reportIsNeverBounced()
{
    StatusReport report = sampleReport();
    report.recipients = {recipient(u"bob@remote.example"_s, Action::Failed, u"550 5.1.1 No such user"_s)};
    const QByteArray bytes = makeStatusReport(report, kNow, u"datix.us"_s);
    const QByteArray headers = bytes.left(bytes.indexOf("\r\n\r\n") + 4);
    // Even were it sent from a real address, its own headers mark it.
    QVERIFY(::mustNotBounce(u"postmaster@datix.us"_s, headers));
    QVERIFY(::mustNotBounce(u"postmaster@datix.us"_s, QByteArray(headers).replace("Auto-Submitted: auto-replied\r\n", "")));
}

void TestDeliveryStatus::anyTextMakesAWellFormedReport()
{
    // Whatever a remote answers and whatever the message's headers hold, the report stays
    // well-formed: CRLF only, short lines, three parts a real parser finds.
    const QList<QString> pieces{u"550"_s, u" "_s, u"5.1.1"_s, u"\r\n"_s, u"\n"_s, u"\r"_s, u"\t"_s, u"\x01"_s, u"é"_s, u"😀"_s, u"--"_s,
                                u"=_Doorstep_"_s, u";"_s, u"("_s, u"\""_s, u"x"_s, QString(300, u'y')};
    QRandomGenerator random(20260103);
    const auto text = [&](int maxPieces) {
        QString t;
        const int n = int(random.bounded(maxPieces));
        for (int i = 0; i < n; ++i)
            t += pieces[random.bounded(int(pieces.size()))];
        return t;
    };
    for (int round = 0; round < 300; ++round) {
        StatusReport report = sampleReport();
        report.reportingMta = text(3);
        report.originalSender = text(4);
        report.willRetryUntilUsec = kRetryUntil;
        QByteArray headers;
        for (int i = 0; i < 1 + int(random.bounded(20)); ++i)
            headers += text(8).toUtf8();
        if (random.bounded(2))
            headers += QByteArray(1, char(random.bounded(256)));
        report.originalHeaders = headers;
        report.originalBody = text(10).toUtf8();
        const int count = 1 + int(random.bounded(4));
        for (int i = 0; i < count; ++i) {
            StatusRecipient r = recipient(text(4), Action(random.bounded(5)), text(12), text(3));
            r.original = text(3);
            r.status = text(2);
            report.recipients.append(r);
        }
        const QByteArray bytes = makeStatusReport(report, kNow, text(2));
        READ_REPORT(parsed, bytes);
        const QList<FieldGroup> groups = fieldGroups(content(parsed.status));
        QVERIFY2(groups.size() == count + 1, qPrintable(u"got %1 field groups, want %2:\n%3"_s.arg(groups.size()).arg(count + 1)
                                                             .arg(QString::fromUtf8(content(parsed.status)))));
        for (int i = 1; i <= count; ++i)
            QVERIFY(QRegularExpression(u"^[245]\\.\\d{1,3}\\.\\d{1,3}$"_s).match(groups[i].value(u"Status"_s)).hasMatch());
    }
}

#include "engine/queue/deliverystatus.h"

#include <algorithm>
#include <array>

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>

#include "engine/core/headerblock.h"

namespace Doorstep::Queue {

using namespace Qt::StringLiterals;
using Action = StatusRecipient::Action;

namespace {

constexpr qsizetype kMaxLine = 998;     // octets without the CRLF (RFC 5322 2.1.1)
constexpr qsizetype kSoftLine = 78;     // where folding and wrapping aim (RFC 5322 2.1.1)
constexpr qsizetype kMaxDiagnostic = 4000; // characters of a remote's reply kept

/** RFC 5322 3.3 date-time in local time with English names, whatever the locale. */
QByteArray mailDate(quint64 usec)
{
    static constexpr std::array<const char *, 7> kDays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::array<const char *, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(usec / 1000));
    const QDate date = time.date();
    const QTime clock = time.time();
    const int offset = time.offsetFromUtc() / 60;
    const int absolute = offset < 0 ? -offset : offset;
    return QString::asprintf("%s, %d %s %04d %02d:%02d:%02d %c%02d%02d", kDays[size_t(date.dayOfWeek() - 1)], date.day(),
                             kMonths[size_t(date.month() - 1)], date.year(), clock.hour(), clock.minute(), clock.second(),
                             offset < 0 ? '-' : '+', absolute / 60, absolute % 60)
        .toLatin1();
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool isAsciiText(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes); // the decoding happens here, in the conversion
    return !decoder.hasError();
}

/** Text from outside (a remote's reply) as one line: no control characters, bounded. */
QString oneLine(const QString &text, qsizetype maxLength)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    line = line.simplified();
    if (line.size() > maxLength)
        line = line.left(maxLength) + u"..."_s;
    return line;
}

/** CRLF for every line end: LF, CRLF and a bare CR alike. */
QByteArray withCrlf(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

bool linesFit(QByteArrayView text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype lf = text.indexOf('\n', start);
        if (lf < 0)
            lf = text.size();
        if (lf - start - 1 > kMaxLine) // the CR does not count
            return false;
        start = lf + 1;
    }
    return true;
}

/** Where to cut @p bytes at most @p limit octets in without splitting a UTF-8 sequence. */
qsizetype utf8Cut(QByteArrayView bytes, qsizetype limit)
{
    qsizetype cut = std::min(limit, bytes.size());
    while (cut > 1 && cut < bytes.size() && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80)
        --cut;
    return cut;
}

/**
 * Words into lines of about kSoftLine octets, each ending in CRLF: the first starts with
 * @p first, the others with @p continuation. A word too long for a line of kMaxLine octets is
 * cut (folding needs a blank, and the limit is absolute).
 */
QByteArray wrap(const QByteArray &first, const QString &text, const QByteArray &continuation)
{
    QByteArray out;
    QByteArray line = first;
    bool lineHasWord = false;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QByteArray bytes = word.toUtf8();
        if (lineHasWord && line.size() + 1 + bytes.size() > kSoftLine) {
            out += line + "\r\n";
            line = continuation;
            lineHasWord = false;
        }
        if (lineHasWord)
            line += ' ';
        line += bytes;
        lineHasWord = true;
        while (line.size() > kMaxLine) {
            const qsizetype cut = utf8Cut(line, kMaxLine);
            out += line.left(cut) + "\r\n";
            line = continuation + line.mid(cut);
        }
    }
    return out + line + "\r\n";
}

/** A header field, folded at blanks (RFC 5322 2.2.3). */
QByteArray field(const char *name, const QString &value)
{
    return wrap(QByteArray(name) + ": ", value, " ");
}

/** Folds the lines of a header block longer than kMaxLine octets; CRLF line ends. */
QByteArray foldLongLines(const QByteArray &block)
{
    QByteArray out;
    qsizetype start = 0;
    while (start < block.size()) {
        qsizetype lf = block.indexOf('\n', start);
        const qsizetype next = lf < 0 ? block.size() : lf + 1;
        QByteArray line = block.sliced(start, next - start);
        while (line.size() - 2 > kMaxLine) {
            const qsizetype cut = utf8Cut(line, kMaxLine);
            out += line.left(cut) + "\r\n";
            line = ' ' + line.mid(cut);
        }
        out += line;
        start = next;
    }
    return out;
}

/** The header block without the empty line that ends it, ending with CRLF. */
QByteArray headerLines(const QByteArray &headers)
{
    QByteArray lines = withCrlf(headers);
    while (lines.endsWith("\r\n\r\n"))
        lines.chop(2);
    if (lines == "\r\n")
        lines.clear();
    if (!lines.isEmpty() && !lines.endsWith("\r\n"))
        lines += "\r\n";
    return lines;
}

bool isStatusCode(const QString &text)
{
    static const QRegularExpression code(u"^[245]\\.\\d{1,3}\\.\\d{1,3}$"_s);
    return code.match(text).hasMatch();
}

/** "550 ..." or "451-...": an SMTP reply (RFC 5321 4.2). */
bool isSmtpReply(const QString &text)
{
    static const QRegularExpression reply(u"^[2-5]\\d\\d(?:[ -]|$)"_s);
    return reply.match(text).hasMatch();
}

/** Each action's name (RFC 3464 2.3.3) and the status for it when nothing better is known. */
struct ActionInfo
{
    Action action;
    QStringView name;
    QStringView defaultStatus;
};
constexpr std::array<ActionInfo, 5> kActions{{
    {Action::Failed, u"failed", u"5.0.0"},
    {Action::Delayed, u"delayed", u"4.0.0"},
    {Action::Delivered, u"delivered", u"2.0.0"},
    {Action::Relayed, u"relayed", u"2.0.0"},
    {Action::Expanded, u"expanded", u"2.0.0"},
}};

const ActionInfo &infoOf(Action action)
{
    const auto it = std::find_if(kActions.cbegin(), kActions.cend(), [&](const ActionInfo &info) { return info.action == action; });
    Q_ASSERT(it != kActions.cend());
    return it != kActions.cend() ? *it : kActions.front();
}

/** The recipient's status: as given, else from its reply (RFC 3463 codes only where their class agrees), else by its action. */
QString statusOf(const StatusRecipient &recipient, const QString &diagnostic)
{
    if (isStatusCode(recipient.status))
        return recipient.status;
    static const QRegularExpression enhanced(u"^([245])\\d\\d[ -]([245])(\\.\\d{1,3}\\.\\d{1,3})(?:\\s|$)"_s);
    if (const auto m = enhanced.match(diagnostic); m.hasMatch() && m.captured(1) == m.captured(2))
        return m.captured(2) + m.captured(3);
    if (isSmtpReply(diagnostic))
        return diagnostic.left(1) + u".0.0"_s;
    return infoOf(recipient.action).defaultStatus.toString();
}

/**
 * An address for Original-Recipient and Final-Recipient: "rfc822; a@b", or for a non-ASCII
 * address RFC 6533's "utf-8;" with utf-8-addr-unitext, which escapes what xtext forbids.
 */
QString typedAddress(const QString &address)
{
    const QString clean = oneLine(address, kMaxDiagnostic);
    if (isAsciiText(clean))
        return u"rfc822; "_s + clean;
    QString unitext;
    for (QChar c : clean) {
        const auto u = c.unicode();
        if (u <= 0x20 || u == 0x7f || c == u'+' || c == u'=' || c == u'\\')
            unitext += u"\\x{"_s + QString::number(u, 16).toUpper() + u'}';
        else
            unitext += c;
    }
    return u"utf-8; "_s + unitext;
}

/** @p name with only what a host name has (it goes into From: and Message-ID:), else @p fallback. */
QString hostName(const QString &name, const QString &fallback)
{
    QString clean = name;
    clean.removeIf([](QChar c) { return !c.isLetterOrNumber() && c != u'.' && c != u'-' && c != u'_'; });
    return clean.isEmpty() ? fallback : clean;
}

QString remoteMtaField(const QString &remoteMta)
{
    const QString clean = oneLine(remoteMta, 300);
    return clean.contains(u';') ? clean : u"dns; "_s + clean;
}

QString diagnosticField(const QString &diagnostic)
{
    return (isSmtpReply(diagnostic) ? u"smtp; "_s : u"X-Doorstep; "_s) + diagnostic;
}

enum class Kind {
    Failure,
    Delay,
    Success,
};

Kind kindOf(const StatusReport &report)
{
    const auto has = [&](Action action) {
        return std::any_of(report.recipients.cbegin(), report.recipients.cend(), [&](const StatusRecipient &r) { return r.action == action; });
    };
    if (has(Action::Failed))
        return Kind::Failure;
    return has(Action::Delayed) ? Kind::Delay : Kind::Success;
}

/** The text/plain part: what happened, in words, with each recipient's reason. */
QByteArray humanText(const StatusReport &report, Kind kind, bool wholeMessage, const QList<QString> &diagnostics)
{
    QByteArray text;
    const auto paragraph = [&text](const QString &words) { text += wrap(QByteArray(), words, QByteArray()) + "\r\n"; };
    paragraph(u"This is the mail system at host %1."_s.arg(report.reportingMta));
    switch (kind) {
    case Kind::Failure:
        paragraph(u"Your message could not be delivered to one or more of its recipients. Below is each of them with "
                  "the reason this system, or the mail server it spoke to, gave. This system has stopped trying to "
                  "deliver the message to them."_s);
        if (std::any_of(report.recipients.cbegin(), report.recipients.cend(), [](const StatusRecipient &r) { return r.action == Action::Delayed; }))
            paragraph(u"Delivery to the recipients listed as not delivered yet is still being tried; you do not need to send the "
                      "message to them again."_s);
        paragraph(wholeMessage ? u"Your message is attached below the report."_s
                               : u"The headers of your message are attached below the report."_s);
        paragraph(u"If you need help, forward this notice to the postmaster of your own mail system."_s);
        break;
    case Kind::Delay:
        paragraph(u"This is a warning only: you do not need to send your message again."_s);
        paragraph(report.willRetryUntilUsec > 0
                      ? u"Your message has not yet been delivered to the recipients below. This system keeps trying "
                        "until %1; if it still cannot deliver the message by then, you will receive another notice."_s
                            .arg(QString::fromLatin1(mailDate(report.willRetryUntilUsec)))
                      : u"Your message has not yet been delivered to the recipients below. This system keeps trying; "
                        "if it gives up, you will receive another notice."_s);
        break;
    case Kind::Success:
        paragraph(u"Your message was handed on as listed below."_s);
        break;
    }

    struct Group
    {
        Action action;
        QString title;
    };
    const QList<Group> groups{
        {Action::Failed, u"Could not be delivered to:"_s},
        {Action::Delayed, u"Not delivered yet to:"_s},
        {Action::Delivered, u"Delivered to:"_s},
        {Action::Relayed, u"Relayed to a system that does not report delivery, for:"_s},
        {Action::Expanded, u"Delivered and passed on to further addresses, for:"_s},
    };
    for (const Group &group : groups) {
        bool titled = false;
        for (qsizetype i = 0; i < report.recipients.size(); ++i) {
            const StatusRecipient &r = report.recipients[i];
            if (r.action != group.action)
                continue;
            if (!titled) {
                text += group.title.toUtf8() + "\r\n\r\n";
                titled = true;
            }
            QString line = u'<' + oneLine(r.address, kMaxDiagnostic) + u'>';
            if (!r.original.isEmpty() && r.original != r.address)
                line += u" (sent to <%1>)"_s.arg(oneLine(r.original, kMaxDiagnostic));
            const QString host = oneLine(r.remoteMta, 300).section(u';', -1).trimmed();
            if (!diagnostics[i].isEmpty()) // "host ... said" only for what the host said, not for our own words
                line += host.isEmpty() || !isSmtpReply(diagnostics[i]) ? u": "_s + diagnostics[i] : u": host %1 said: %2"_s.arg(host, diagnostics[i]);
            text += wrap(QByteArray(), line, "    ") + "\r\n";
        }
    }
    return text;
}

/** The message/delivery-status body: per-message fields, then one group per recipient. */
QByteArray statusFields(const StatusReport &report, quint64 nowUsec, const QList<QString> &diagnostics)
{
    QByteArray fields;
    fields += field("Reporting-MTA", u"dns; "_s + report.reportingMta);
    if (!report.queueId.isEmpty())
        fields += field("X-Doorstep-Queue-ID", report.queueId);
    if (report.arrivalUsec > 0)
        fields += field("Arrival-Date", QString::fromLatin1(mailDate(report.arrivalUsec)));
    for (qsizetype i = 0; i < report.recipients.size(); ++i) {
        const StatusRecipient &r = report.recipients[i];
        fields += "\r\n";
        if (!r.original.isEmpty() && r.original != r.address)
            fields += field("Original-Recipient", typedAddress(r.original));
        fields += field("Final-Recipient", typedAddress(r.address));
        fields += field("Action", statusActionName(r.action));
        fields += field("Status", statusOf(r, diagnostics[i]));
        if (!r.remoteMta.isEmpty())
            fields += field("Remote-MTA", remoteMtaField(r.remoteMta));
        if (!diagnostics[i].isEmpty())
            fields += field("Diagnostic-Code", diagnosticField(diagnostics[i]));
        fields += field("Last-Attempt-Date", QString::fromLatin1(mailDate(r.lastAttemptUsec > 0 ? r.lastAttemptUsec : nowUsec)));
        if (r.action == Action::Delayed && report.willRetryUntilUsec > 0)
            fields += field("Will-Retry-Until", QString::fromLatin1(mailDate(report.willRetryUntilUsec)));
    }
    return fields;
}

/** 32 * @p words random bits from the system's generator, in hex. */
QByteArray randomHex(int words)
{
    QByteArray hex;
    for (int i = 0; i < words; ++i)
        hex += QByteArray::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, '0');
    return hex;
}

/** One body part: its MIME headers, an empty line, its content (ending with CRLF). */
struct Part
{
    QByteArray type;
    QByteArray description;
    QByteArray content;

    bool eightBit() const { return !isAscii(content); }
    QByteArray toBytes() const
    {
        QByteArray bytes = "Content-Description: " + description + "\r\nContent-Type: " + type + "\r\n";
        if (eightBit())
            bytes += "Content-Transfer-Encoding: 8bit\r\n";
        return bytes + "\r\n" + content;
    }
};

} // namespace

QString statusActionName(Action action)
{
    return infoOf(action).name.toString();
}

QByteArray makeStatusReport(const StatusReport &given, quint64 nowUsec, const QString &messageIdDomain)
{
    Q_ASSERT(!given.recipients.isEmpty());
    StatusReport report = given; // shares the data
    report.reportingMta = hostName(report.reportingMta, u"localhost"_s);
    const Kind kind = kindOf(report);
    QList<QString> diagnostics;
    bool global = false; // RFC 6533: an address or a reply with non-ASCII characters
    for (const StatusRecipient &r : report.recipients) {
        diagnostics.append(oneLine(r.diagnostic, kMaxDiagnostic));
        global = global || !isAsciiText(r.address) || !isAsciiText(r.original) || !isAsciiText(diagnostics.back());
    }

    const QByteArray headers = foldLongLines(headerLines(report.originalHeaders));
    const bool utf8Headers = !isAscii(headers) && isUtf8(headers);
    QByteArray returned;
    if (kind == Kind::Failure && !report.originalBody.isEmpty()
        && report.originalHeaders.size() + report.originalBody.size() <= report.returnLimit) {
        QByteArray body = withCrlf(report.originalBody);
        if (!body.endsWith("\r\n"))
            body += "\r\n";
        if (linesFit(body))
            returned = headers + "\r\n" + body;
    }
    const bool wholeMessage = !returned.isEmpty();

    const QList<Part> parts{
        {"text/plain; charset=utf-8", "Notification", humanText(report, kind, wholeMessage, diagnostics)},
        {global ? "message/global-delivery-status" : "message/delivery-status", "Delivery report", statusFields(report, nowUsec, diagnostics)},
        wholeMessage ? Part{utf8Headers ? "message/global" : "message/rfc822", "Undelivered Message", returned}
                     : Part{utf8Headers ? "message/global-headers" : "text/rfc822-headers",
                            kind == Kind::Failure ? "Undelivered Message Headers" : "Message Headers", headers},
    };

    // A boundary that no line of the content starts with (RFC 2046 5.1.1).
    QByteArray boundary;
    for (bool clash = true; clash;) {
        boundary = "=_Doorstep_" + randomHex(4);
        clash = std::any_of(parts.cbegin(), parts.cend(), [&](const Part &p) { return p.content.contains("--" + boundary); });
    }
    const bool eightBit = std::any_of(parts.cbegin(), parts.cend(), [](const Part &p) { return p.eightBit(); });

    const QString host = report.reportingMta;
    const QString domain = hostName(messageIdDomain, host);
    QByteArray message;
    message += "From: Mail Delivery System <MAILER-DAEMON@" + host.toUtf8() + ">\r\n";
    message += report.originalSender.isEmpty() ? QByteArray("To: undisclosed-recipients:;\r\n")
                                               : field("To", u'<' + oneLine(report.originalSender, kMaxDiagnostic) + u'>');
    switch (kind) {
    case Kind::Failure:
        message += "Subject: Undelivered Mail Returned to Sender\r\n";
        break;
    case Kind::Delay:
        message += "Subject: Delayed Mail (still being retried)\r\n";
        break;
    case Kind::Success:
        message += "Subject: Successful Mail Delivery Report\r\n";
        break;
    }
    message += "Date: " + mailDate(nowUsec) + "\r\n";
    message += "Message-ID: <" + QByteArray::number(nowUsec, 36) + '.' + randomHex(2) + '@' + domain.toUtf8() + ">\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Auto-Submitted: auto-replied\r\n";
    message += "Content-Type: multipart/report; report-type=" + QByteArray(global ? "global-delivery-status" : "delivery-status")
               + ";\r\n\tboundary=\"" + boundary + "\"\r\n";
    if (eightBit)
        message += "Content-Transfer-Encoding: 8bit\r\n";
    message += "\r\nThis is a MIME-encapsulated message.\r\n";
    for (const Part &part : parts)
        message += "\r\n--" + boundary + "\r\n" + part.toBytes();
    message += "\r\n--" + boundary + "--\r\n";
    return message;
}

namespace {

/** A structured header value without its comments (RFC 5322 3.2.2), quoted strings kept. */
QByteArray withoutComments(QByteArrayView value)
{
    QByteArray out;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\\' && (quoted || depth > 0)) {
            if (depth == 0 && i + 1 < value.size())
                out += value.sliced(i, 2);
            ++i;
            continue;
        }
        if (depth == 0 && c == '"')
            quoted = !quoted;
        if (!quoted && c == '(') {
            ++depth;
            continue;
        }
        if (!quoted && depth > 0 && c == ')') {
            --depth;
            continue;
        }
        if (depth == 0)
            out += c;
    }
    return out;
}

/** The first token of a header value ("multipart/report" of a Content-Type), lower case. */
QByteArray leadingToken(const QByteArray &value)
{
    const QByteArray plain = withoutComments(value);
    const qsizetype semicolon = plain.indexOf(';');
    return (semicolon < 0 ? plain : plain.left(semicolon)).trimmed().toLower();
}

bool isMailerDaemon(const QString &address)
{
    return address.section(u'@', 0, 0).compare(u"mailer-daemon"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

bool mustNotBounce(const QString &envelopeSender, const QByteArray &headers)
{
    if (envelopeSender.isEmpty() || envelopeSender == u"<>"_s || isMailerDaemon(envelopeSender))
        return true;
    for (const QByteArray &value : Core::headerValues(headers, "Auto-Submitted")) {
        // A reply to a message (auto-replied, auto-notified) is never answered, so that two
        // responders cannot loop; a message a program wrote on its own (auto-generated: cron's
        // output, a monitoring alert) bounces like any other, so that its sender learns the
        // address is wrong, as Postfix and Sendmail do.
        const QByteArray token = leadingToken(value);
        if (token != "no" && token != "auto-generated")
            return true;
    }
    for (const QByteArray &value : Core::headerValues(headers, "Content-Type")) {
        if (leadingToken(value) == "multipart/report")
            return true;
    }
    static const QRegularExpression daemon(u"(?:^|[\\s<,:\"])mailer-daemon(?:@|>|\\s*$)"_s, QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &value : Core::headerValues(headers, "From")) {
        if (daemon.match(QString::fromUtf8(withoutComments(value))).hasMatch())
            return true;
    }
    return false;
}

} // namespace Doorstep::Queue

#include "ui/sendmail/message.h"

#include <utility>

#include "ui/sendmail/addresslist.h"

namespace Doorstep::Ui::Sendmail {

namespace {

bool isWhiteSpace(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 5322 2.2: a field name of printable ASCII but ':', then ':'.
bool isFieldLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const auto c = static_cast<unsigned char>(line.at(i));
        if (c < 33 || c > 126)
            return false;
    }
    return true;
}

// The longest prefix of at most @p limit octets that does not split a UTF-8 character.
qsizetype utf8Cut(QByteArrayView line, qsizetype limit)
{
    qsizetype cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
        --cut;
    return cut > 0 ? cut : limit;
}

// RFC 5322 2.2.3: a header line too long for SMTP is folded before white space; with no
// white space to fold at, it is broken and the rest continues after a space.
QList<QByteArray> foldedLines(QByteArray line)
{
    QList<QByteArray> lines;
    while (line.size() > MessageReader::kMaxLine) {
        qsizetype first = 0; // never fold before the line's own leading white space ends
        while (first < line.size() && isWhiteSpace(line.at(first)))
            ++first;
        qsizetype cut = MessageReader::kMaxLine;
        while (cut > first && !isWhiteSpace(line.at(cut)))
            --cut;
        if (cut > first) {
            lines << line.left(cut);
            line = line.mid(cut);
        } else {
            cut = utf8Cut(line, MessageReader::kMaxLine - 1);
            lines << line.left(cut);
            line = ' ' + line.mid(cut);
        }
    }
    lines << line;
    return lines;
}

} // namespace

// ---- Message -----------------------------------------------------------------------------

QStringList Message::headerRecipients() const
{
    QStringList recipients;
    for (const HeaderField &field : headers) {
        if (field.name != "to" && field.name != "cc" && field.name != "bcc")
            continue;
        const QByteArray unfolded = field.lines.join(QByteArray());
        recipients << parseAddressList(QString::fromUtf8(unfolded.mid(unfolded.indexOf(':') + 1)));
    }
    return recipients;
}

void Message::removeBcc()
{
    for (qsizetype i = headers.size() - 1; i >= 0; --i) {
        if (headers.at(i).name != "bcc")
            continue;
        for (const QByteArray &line : headers.at(i).lines)
            size -= quint64(line.size() + 2);
        headers.removeAt(i);
    }
}

QByteArray Message::headerBytes() const
{
    QByteArray bytes;
    for (const HeaderField &field : headers) {
        for (const QByteArray &line : field.lines)
            bytes += (line.startsWith('.') ? "." : "") + line + "\r\n";
    }
    return bytes + "\r\n";
}

// ---- MessageReader -----------------------------------------------------------------------

MessageReader::MessageReader(bool ignoreDots, quint64 maxSize)
    : m_ignoreDots(ignoreDots)
    , m_maxSize(maxSize)
{
    m_message.size = 2; // the empty line after the header section, always sent
}

MessageReader::Status MessageReader::feed(QByteArrayView bytes)
{
    for (qsizetype start = 0; m_status == Status::Reading && start < bytes.size();) {
        const qsizetype lf = bytes.indexOf('\n', start);
        if (lf < 0) {
            m_pending += bytes.sliced(start);
            // A line never ended is counted as it comes: "yes | sendmail" must not fill memory.
            if (m_maxSize > 0 && m_message.size + quint64(m_pending.size()) > m_maxSize)
                m_status = Status::TooBig;
            break;
        }
        m_pending += bytes.sliced(start, lf - start);
        takeLine(std::exchange(m_pending, {}));
        start = lf + 1;
    }
    return m_status;
}

MessageReader::Status MessageReader::finish()
{
    if (m_status == Status::Reading && !m_pending.isEmpty())
        takeLine(std::exchange(m_pending, {}));
    if (m_status == Status::Reading)
        m_status = Status::Complete;
    return m_status;
}

void MessageReader::takeLine(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (std::exchange(m_firstLine, false) && line.startsWith("From ")) // an mbox separator
        return;
    if (!m_ignoreDots && line == ".") {
        m_status = Status::Complete;
        return;
    }
    // A lone CR (a progress display in a cron job's output) breaks the line, as a terminal would.
    for (const QByteArray &part : line.split('\r')) {
        if (m_status != Status::Reading)
            return;
        addLine(part);
    }
}

void MessageReader::addLine(const QByteArray &line)
{
    if (m_inHeaders) {
        if (line.isEmpty()) {
            m_inHeaders = false; // the separator: counted from the start
            return;
        }
        const bool continuation = isWhiteSpace(line.at(0)) && !m_message.headers.isEmpty();
        if (continuation || isFieldLine(line))
            return addHeaderLine(line, continuation);
        m_inHeaders = false; // text without an empty line before it
    }
    for (qsizetype start = 0; start < line.size() || start == 0;) {
        const QByteArrayView rest = QByteArrayView(line).sliced(start);
        const qsizetype cut = rest.size() > kMaxLine ? utf8Cut(rest, kMaxLine) : rest.size();
        addBodyLine(rest.first(cut));
        start += cut;
        if (cut == 0)
            break;
    }
}

void MessageReader::addHeaderLine(const QByteArray &line, bool continuation)
{
    if (!continuation)
        m_message.headers.append({line.left(line.indexOf(':')).trimmed().toLower(), {}});
    for (const QByteArray &folded : foldedLines(line)) {
        m_message.headers.last().lines << folded;
        m_headerBytes += folded.size() + 2;
        count(folded.size() + 2);
    }
    if (m_headerBytes > kMaxHeaderBytes)
        m_status = Status::HeaderTooBig;
}

void MessageReader::addBodyLine(QByteArrayView line)
{
    count(line.size() + 2);
    if (m_status != Status::Reading)
        return;
    const bool stuffed = line.startsWith('.'); // RFC 5321 4.5.2
    if ((stuffed && !m_message.body.append(".")) || !m_message.body.append(line) || !m_message.body.append("\r\n"))
        m_status = Status::WriteFailed;
}

void MessageReader::count(qsizetype octets)
{
    m_message.size += quint64(octets);
    if (m_maxSize > 0 && m_message.size > m_maxSize)
        m_status = Status::TooBig;
}

} // namespace Doorstep::Ui::Sendmail

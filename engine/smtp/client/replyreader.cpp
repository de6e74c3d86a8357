#include "engine/smtp/client/replyreader.h"

#include <QStringList>

namespace Doorstep::Smtp {

using namespace Qt::StringLiterals;

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** "5.1.1" at the start of @p text with class @p klass; its length with the space, or 0. */
qsizetype enhancedStatusLength(const QByteArray &text, char klass)
{
    if (text.size() < 5 || text.at(0) != klass || text.at(1) != '.')
        return 0;
    qsizetype i = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = i;
        while (i < text.size() && isDigit(text.at(i)) && i - start < 3)
            ++i;
        if (i == start)
            return 0;
        if (part == 0) {
            if (i >= text.size() || text.at(i) != '.')
                return 0;
            ++i;
        }
    }
    if (i == text.size())
        return i;
    return text.at(i) == ' ' ? i + 1 : 0;
}

/** The text as one safe line: UTF-8 (RFC 6531 replies), control characters made visible. */
QString textOf(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    return text;
}

} // namespace

void ReplyReader::append(const QByteArray &bytes)
{
    if (m_pos > 0 && m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    m_buffer += bytes;
}

void ReplyReader::clear()
{
    m_buffer.clear();
    m_pos = 0;
}

Core::Result<std::optional<Reply>> ReplyReader::next()
{
    Reply reply;
    qsizetype pos = m_pos;
    char klass = 0;
    while (true) {
        const qsizetype lf = m_buffer.indexOf('\n', pos);
        if (lf < 0) {
            if (m_buffer.size() - pos > kMaxLine)
                return Core::Error::failed(u"The server sent a reply line longer than %1 octets."_s.arg(kMaxLine));
            // Keep the buffer small: drop the replies already taken.
            if (m_pos > 0) {
                m_buffer.remove(0, m_pos);
                m_pos = 0;
            }
            return std::optional<Reply>();
        }
        qsizetype end = lf;
        if (end > pos && m_buffer.at(end - 1) == '\r')
            --end;
        const QByteArray line = m_buffer.mid(pos, end - pos);
        pos = lf + 1;
        if (line.size() > kMaxLine)
            return Core::Error::failed(u"The server sent a reply line longer than %1 octets."_s.arg(kMaxLine));
        if (line.size() < 3 || line.at(0) < '2' || line.at(0) > '5' || !isDigit(line.at(1)) || !isDigit(line.at(2))
            || (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-')) {
            return Core::Error::failed(u"The server sent '%1', which is not an SMTP reply."_s.arg(textOf(line.left(80))));
        }
        if (reply.lines.size() >= kMaxLines)
            return Core::Error::failed(u"The server sent a reply of more than %1 lines."_s.arg(kMaxLines));
        // The last line's code counts (RFC 5321 4.2.1 wants them all equal).
        reply.code = line.left(3).toInt();
        if (klass == 0)
            klass = line.at(0);
        QByteArray text = line.size() > 4 ? line.mid(4) : QByteArray();
        if (const qsizetype length = enhancedStatusLength(text, klass); length > 0) {
            if (reply.status.isEmpty())
                reply.status = QString::fromLatin1(text.left(length).trimmed());
            text.remove(0, length);
        }
        reply.lines << textOf(text);
        if (line.size() == 3 || line.at(3) == ' ')
            break;
    }
    m_pos = pos;
    if (klass != char('0' + reply.code / 100))
        reply.status.clear(); // the class changed within the reply: its status is not to be trusted
    return std::optional<Reply>(std::move(reply));
}

} // namespace Doorstep::Smtp

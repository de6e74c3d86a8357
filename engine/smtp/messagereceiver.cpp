#include "engine/smtp/messagereceiver.h"

#include <QDateTime>
#include <QUuid>

#include "engine/smtp/sessionhandler.h"

namespace Doorstep::Smtp {

using namespace Qt::StringLiterals;

MessageReceiver::MessageReceiver(MessageSink &sink, QByteArray prefix, quint64 maxSize, bool addMissingHeaders, QString messageIdDomain)
    : m_sink(sink)
    , m_maxSize(maxSize)
    , m_addMissingHeaders(addMissingHeaders)
    , m_messageIdDomain(std::move(messageIdDomain))
    , m_out(std::move(prefix))
{
}

MessageReceiver::Status MessageReceiver::feed(const QByteArray &buffer, qsizetype &position)
{
    const qsizetype end = buffer.size();
    while (position < end) {
        const qsizetype lf = buffer.indexOf('\n', position);
        const qsizetype cr = buffer.indexOf('\r', position);
        // A CR anywhere but right before an LF is bare; a CR as the last byte may still be.
        if (cr >= 0 && (lf < 0 ? cr < end - 1 : cr < lf - 1))
            return Status::BareLineEnding;
        if (lf < 0) {
            // An incomplete line: wait, unless it is already too long to be valid.
            if (end - position > kMaxLine || (m_discarding && end > position)) {
                m_lineTooLong = true;
                m_discarding = true;
                const qsizetype next = buffer.at(end - 1) == '\r' ? end - 1 : end;
                countDiscarded(next - position);
                position = next;
            }
            return Status::NeedMore;
        }
        if (lf == position || buffer.at(lf - 1) != '\r')
            return Status::BareLineEnding;
        const qsizetype lineEnd = lf - 1; // the CR
        const qsizetype start = position;
        position = lf + 1;
        ++m_lines;
        if (m_discarding) {
            m_discarding = false; // the rest of an over-long line
            countDiscarded(lineEnd - start + 2);
            continue;
        }
        QByteArray line = buffer.mid(start, lineEnd - start);
        if (line == ".")
            return Status::Complete;
        if (line.startsWith('.'))
            line.remove(0, 1); // RFC 5321 4.5.2 transparency
        const qsizetype rawLength = line.size() + 2; // the message's own octets, CRLF included
        if (line.size() + 2 > kMaxLine)
            m_lineTooLong = true;
        if (line.contains('\0'))
            m_hasNul = true;
        addLine(line, rawLength);
    }
    return Status::NeedMore;
}

void MessageReceiver::countDiscarded(qsizetype octets)
{
    m_size += quint64(octets);
    if (m_maxSize > 0 && m_size > m_maxSize)
        m_tooBig = true;
}

void MessageReceiver::addLine(const QByteArray &line, qsizetype rawLength)
{
    m_size += quint64(rawLength);
    if (m_maxSize > 0 && m_size > m_maxSize)
        m_tooBig = true;
    if (m_tooBig || m_lineTooLong || m_hasNul || m_writeFailed)
        return; // the message will be refused: keep nothing
    if (m_inHeaders) {
        if (line.isEmpty()) {
            endHeaders();
            output("\r\n");
            return;
        }
        if (!line.startsWith(' ') && !line.startsWith('\t')) {
            const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
            m_hasDate = m_hasDate || name == "date";
            m_hasMessageId = m_hasMessageId || name == "message-id";
            m_hasFrom = m_hasFrom || name == "from";
        }
        m_headers += line;
        m_headers += "\r\n";
        if (m_headers.size() > kMaxHeaderBytes)
            endHeaders(); // an endless header section: stop holding it
        return;
    }
    m_out += line;
    m_out += "\r\n";
    if (m_out.size() >= kWriteBlock)
        output(QByteArray());
}

void MessageReceiver::endHeaders()
{
    m_inHeaders = false;
    if (m_addMissingHeaders) {
        // RFC 6409 8.2/8.3: a submission server may add what a sender's program left out.
        if (!m_hasDate)
            m_headers += "Date: " + QDateTime::currentDateTime().toString(Qt::RFC2822Date).toUtf8() + "\r\n";
        if (!m_hasMessageId)
            m_headers += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + '@' + m_messageIdDomain.toUtf8()
                         + ">\r\n";
    }
    if (!m_missingFrom.isEmpty() && !m_hasFrom)
        m_headers += m_missingFrom + "\r\n";
    m_out += m_headers;
    m_headers.clear();
}

void MessageReceiver::output(const QByteArray &bytes)
{
    m_out += bytes;
    if (m_writeFailed || m_out.isEmpty())
        return;
    if (auto written = m_sink.write(m_out); !written) {
        m_writeFailed = true;
        m_writeError = written.error();
    }
    m_out.clear();
}

std::optional<Reply> MessageReceiver::contentRefusal(quint64 maxSize) const
{
    if (m_tooBig)
        return Reply::messageTooBig(maxSize);
    if (m_lineTooLong)
        return Reply::badMessageContent(u"Message has a line longer than 1000 octets (RFC 5321 4.5.3.1.6)"_s);
    if (m_hasNul)
        return Reply::badMessageContent(u"Message contains NUL characters"_s);
    return std::nullopt;
}

Core::Result<void> MessageReceiver::finish()
{
    if (m_inHeaders)
        endHeaders(); // a message of headers only
    output(QByteArray());
    if (m_writeFailed)
        return m_writeError;
    return {};
}

} // namespace Doorstep::Smtp

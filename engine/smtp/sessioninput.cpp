#include "engine/smtp/sessioninput.h"

#include <QIODevice>

namespace Doorstep::Smtp {

bool SessionInput::read()
{
    if (m_paused)
        return false;
    m_buffer += m_device.readAll();
    return true;
}

bool SessionInput::resume()
{
    m_paused = false;
    m_buffer += m_device.readAll(); // what arrived meanwhile stayed in the socket
    return !m_processing;
}

void SessionInput::endProcessing()
{
    m_processing = false;
    // Keep the buffer small: drop what was used.
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
}

bool SessionInput::takeLine(QByteArray &line)
{
    while (true) {
        const qsizetype lf = m_buffer.indexOf('\n', m_position);
        if (lf < 0) {
            if (m_discarding) {
                m_position = m_buffer.size(); // more of the line already refused
                return false;
            }
            if (m_buffer.size() - m_position > kMaxCommandLine) {
                // Nothing valid can come of it: refuse it now, then drop the rest of it.
                m_position = m_buffer.size();
                m_discarding = true;
                line = QByteArray(kMaxCommandLine + 1, 'x');
                return true;
            }
            return false;
        }
        if (m_discarding) {
            m_discarding = false;
            m_position = lf + 1;
            continue;
        }
        qsizetype end = lf;
        if (end > m_position && m_buffer.at(end - 1) == '\r')
            --end;
        line = m_buffer.mid(m_position, end - m_position);
        m_position = lf + 1;
        return true;
    }
}

std::optional<Reply> SessionInput::refusalOf(const QByteArray &line)
{
    if (line.size() > kMaxCommandLine)
        return Reply::lineTooLong();
    // A CR inside a line would end up in headers (HELO in Received) as a line break.
    if (line.contains('\0') || line.contains('\r'))
        return Reply::syntaxError(QStringLiteral("NUL or bare CR character in command"));
    return std::nullopt;
}

bool SessionInput::hasUnread() const
{
    return m_position < m_buffer.size() || m_device.bytesAvailable() > 0;
}

void SessionInput::clear()
{
    m_buffer.clear();
    m_position = 0;
    m_discarding = false;
    m_device.readAll();
}

} // namespace Doorstep::Smtp

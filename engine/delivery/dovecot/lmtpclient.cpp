#include "engine/delivery/dovecot/lmtpclient.h"

#include <QFile>
#include <QLocalSocket>

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
constexpr qint64 kMaxReplyLine = 4096;
/** Lines of one multi-line reply ("250-..."): Dovecot's longest is its LHLO answer of a dozen. */
constexpr int kMaxReplyLines = 100;
constexpr qint64 kChunk = 64 * 1024;
} // namespace

QString LmtpReply::line() const
{
    return u"%1 %2"_s.arg(code).arg(text);
}

LmtpClient::LmtpClient(int timeoutMs)
    : m_timeoutMs(timeoutMs)
    , m_socket(std::make_unique<QLocalSocket>())
{
}

LmtpClient::~LmtpClient()
{
    if (m_socket->state() == QLocalSocket::ConnectedState) {
        m_socket->write("QUIT\r\n");
        m_socket->waitForBytesWritten(1000);
        m_socket->disconnectFromServer();
    }
}

Result<void> LmtpClient::connect(const QString &socketPath)
{
    m_socket->connectToServer(socketPath);
    if (!m_socket->waitForConnected(m_timeoutMs))
        return Error::failed(u"Cannot connect to Dovecot's LMTP socket '%1': %2."_s.arg(socketPath, m_socket->errorString()));
    auto greeting = readReply();
    if (!greeting)
        return greeting.error();
    if (greeting->code != 220)
        return Error::failed(u"Dovecot's LMTP greeted with: %1"_s.arg(greeting->line()));
    return {};
}

Result<void> LmtpClient::write(const QByteArray &data)
{
    qint64 offset = 0;
    while (offset < data.size()) {
        const qint64 written = m_socket->write(data.constData() + offset, data.size() - offset);
        if (written < 0)
            return Error::failed(u"Writing to Dovecot's LMTP failed: %1."_s.arg(m_socket->errorString()));
        offset += written;
        while (m_socket->bytesToWrite() > kChunk) {
            if (!m_socket->waitForBytesWritten(m_timeoutMs))
                return Error::failed(u"Dovecot's LMTP stopped reading: %1."_s.arg(m_socket->errorString()));
        }
    }
    return {};
}

Result<QByteArray> LmtpClient::readLine()
{
    while (!m_socket->canReadLine()) {
        if (m_socket->bytesAvailable() > kMaxReplyLine)
            return Error::failed(u"Dovecot's LMTP sent a reply line longer than %1 bytes."_s.arg(kMaxReplyLine));
        if (!m_socket->waitForReadyRead(m_timeoutMs))
            return Error::failed(u"No answer from Dovecot's LMTP within %1 seconds: %2."_s.arg(m_timeoutMs / 1000).arg(m_socket->errorString()));
    }
    return m_socket->readLine(kMaxReplyLine + 2).trimmed();
}

Result<LmtpReply> LmtpClient::readReply()
{
    LmtpReply reply;
    QStringList texts;
    while (true) {
        auto line = readLine();
        if (!line)
            return line.error();
        const QByteArray &text = line.value();
        bool ok = false;
        const int code = text.left(3).toInt(&ok);
        if (!ok || text.size() < 3 || code < 200 || code > 599)
            return Error::failed(u"Dovecot's LMTP answered something that is not a reply: '%1'."_s.arg(QString::fromUtf8(text.left(200))));
        if (!texts.isEmpty() && code != reply.code)
            return Error::failed(u"Dovecot's LMTP changed its reply code within one reply (%1, then %2)."_s.arg(reply.code).arg(code));
        if (texts.size() == kMaxReplyLines)
            return Error::failed(u"Dovecot's LMTP sent a reply of more than %1 lines."_s.arg(kMaxReplyLines));
        reply.code = code;
        texts << QString::fromUtf8(text.mid(4));
        if (text.size() == 3 || text.at(3) != '-')
            break;
    }
    reply.text = texts.join(u' ');
    return reply;
}

Result<LmtpReply> LmtpClient::command(const QByteArray &command)
{
    if (auto written = write(command + "\r\n"); !written)
        return written.error();
    if (!m_socket->waitForBytesWritten(m_timeoutMs) && m_socket->bytesToWrite() > 0)
        return Error::failed(u"Dovecot's LMTP stopped reading: %1."_s.arg(m_socket->errorString()));
    return readReply();
}

Result<void> LmtpClient::sendMessage(const QByteArray &headers, const QString &spoolPath, qint64 bodyOffset)
{
    QFile spool(spoolPath);
    if (!spool.open(QIODevice::ReadOnly) || !spool.seek(bodyOffset))
        return Error::failed(u"Cannot read the queued message '%1': %2."_s.arg(spoolPath, spool.errorString()));
    // Dot-stuffing (RFC 5321 4.5.2) across the header block and the streamed body alike.
    bool lineStart = true;
    const auto stuffed = [&lineStart](const QByteArray &data) {
        QByteArray out;
        out.reserve(data.size() + data.size() / 64);
        for (const char c : data) {
            if (lineStart && c == '.')
                out += '.';
            out += c;
            lineStart = c == '\n';
        }
        return out;
    };
    if (auto written = write(stuffed(headers)); !written)
        return written;
    while (!spool.atEnd()) {
        const QByteArray chunk = spool.read(kChunk);
        if (chunk.isEmpty() && spool.error() != QFile::NoError)
            return Error::failed(u"Cannot read the queued message '%1': %2."_s.arg(spoolPath, spool.errorString()));
        if (auto written = write(stuffed(chunk)); !written)
            return written;
    }
    if (auto written = write(lineStart ? QByteArray(".\r\n") : QByteArray("\r\n.\r\n")); !written)
        return written;
    if (!m_socket->waitForBytesWritten(m_timeoutMs) && m_socket->bytesToWrite() > 0)
        return Error::failed(u"Dovecot's LMTP stopped reading: %1."_s.arg(m_socket->errorString()));
    return {};
}

} // namespace Doorstep::Delivery

#include "engine/filters/antivirus/pendingscan.h"

namespace Doorstep::Filters::Antivirus {

using namespace Qt::StringLiterals;

PendingScan::PendingScan(const QString &socketPath, const QString &file, int timeoutMs, Done done, QObject *parent)
    : QObject(parent)
    , m_request(Protocol::scanRequest(file))
    , m_done(std::move(done))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(std::nullopt, u"timeout"_s); });
    connect(&m_socket, &QLocalSocket::connected, this, [this] { m_socket.write(m_request); });
    connect(&m_socket, &QLocalSocket::readyRead, this, [this] { read(); });
    connect(&m_socket, &QLocalSocket::errorOccurred, this, [this] { finish(std::nullopt, m_socket.errorString()); });
    connect(&m_socket, &QLocalSocket::disconnected, this, [this] { finish(std::nullopt, u"the scanner closed the connection"_s); });
    if (m_request.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] { finish(std::nullopt, u"the path cannot be sent to the scanner"_s); }, Qt::QueuedConnection);
        return;
    }
    m_timer.start(timeoutMs);
    m_socket.connectToServer(socketPath);
}

void PendingScan::read()
{
    m_buffer += m_socket.readAll();
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0) {
        if (m_buffer.size() > Protocol::kMaxLine)
            finish(std::nullopt, u"the scanner's reply is too long"_s);
        return;
    }
    const auto reply = Protocol::parseScanReply(m_buffer.left(end));
    finish(reply, reply ? QString() : u"the scanner's reply is garbled"_s);
}

void PendingScan::finish(std::optional<Protocol::ScanReply> reply, const QString &failure)
{
    if (!m_done)
        return;
    m_timer.stop();
    auto done = std::move(m_done);
    m_done = nullptr;
    m_socket.disconnect(this);
    m_socket.abort();
    done(reply, failure);
    deleteLater();
}

} // namespace Doorstep::Filters::Antivirus

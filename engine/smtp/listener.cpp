#include "engine/smtp/listener.h"

#include <QSslSocket>
#include <QTcpServer>

#include "engine/core/hostport.h"
#include "engine/smtp/log.h"

namespace Doorstep::Smtp {

using namespace Qt::StringLiterals;

namespace {
/** A QTcpServer that hands out QSslSockets, so any session can start TLS. */
class SslServer final : public QTcpServer
{
protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            socket->deleteLater();
            return;
        }
        addPendingConnection(socket);
    }
};
} // namespace
using Core::Error;
using Core::Result;

Listener::Listener(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{
}

Listener::~Listener() = default;

Result<std::unique_ptr<QTcpServer>> Listener::listenOn(const QString &address)
{
    const auto parsed = Core::HostPort::parseListenAddress(address);
    if (!parsed)
        return parsed.error();
    std::unique_ptr<QTcpServer> server = std::make_unique<SslServer>();
    const QHostAddress host(parsed->host);
    if (!server->listen(host, parsed->port))
        return Error::failed(u"Cannot listen on %1 for %2: %3."_s.arg(address, m_name, server->errorString()));
    connect(server.get(), &QTcpServer::newConnection, this, [this, raw = server.get()] {
        while (QTcpSocket *socket = raw->nextPendingConnection()) {
            socket->setParent(this);
            Q_EMIT connectionAccepted(static_cast<QSslSocket *>(socket));
        }
    });
    qCInfo(lcSmtp).noquote() << m_name << "listening on" << Core::HostPort{server->serverAddress().toString(), server->serverPort()}.toString();
    return server;
}

Result<void> Listener::bind(const QStringList &addresses)
{
    std::vector<Bound> next;
    for (const QString &address : addresses) {
        auto kept = std::find_if(m_bound.begin(), m_bound.end(), [&](const Bound &b) { return b.requested == address && b.server; });
        if (kept != m_bound.end()) {
            next.push_back({address, std::move(kept->server)});
            continue;
        }
        auto server = listenOn(address);
        if (!server) {
            // Put back what was moved out; the new sockets close as `next` goes away.
            for (Bound &b : next) {
                auto slot = std::find_if(m_bound.begin(), m_bound.end(), [&](const Bound &old) { return old.requested == b.requested && !old.server; });
                if (slot != m_bound.end())
                    slot->server = std::move(b.server);
            }
            return server.error();
        }
        next.push_back({address, std::move(server).value()});
    }
    for (const Bound &old : m_bound) {
        if (old.server)
            qCInfo(lcSmtp).noquote() << m_name << "no longer listening on" << old.requested;
    }
    m_bound = std::move(next);
    return {};
}

void Listener::close()
{
    m_bound.clear();
}

QStringList Listener::boundAddresses() const
{
    QStringList result;
    for (const Bound &b : m_bound)
        result << Core::HostPort{b.server->serverAddress().toString(), b.server->serverPort()}.toString();
    return result;
}

} // namespace Doorstep::Smtp

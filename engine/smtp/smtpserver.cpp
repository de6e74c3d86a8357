#include "engine/smtp/smtpserver.h"

#include <QRandomGenerator>
#include <QSslSocket>

#include "engine/smtp/listener.h"
#include "engine/smtp/log.h"
#include "engine/store/settings.h"

namespace Doorstep::Smtp {

using namespace Qt::StringLiterals;

namespace {
const QStringList kListenerNames{u"mta"_s, u"submission"_s, u"smtps"_s};

// IPv4 clients on a dual-stack socket arrive as ::ffff:a.b.c.d: policy wants a.b.c.d.
QHostAddress plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

SmtpServer::SmtpServer(Store::Settings &settings, SessionHandler &handler, ServerSession::TlsConfiguration tls, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_handler(handler)
    , m_tls(std::move(tls))
    , m_sessionCounter(QRandomGenerator::global()->bounded(0x10000u) << 16)
{
}

SmtpServer::~SmtpServer()
{
    stop();
}

Core::Result<void> SmtpServer::start()
{
    for (const QString &name : kListenerNames) {
        auto listener = std::make_unique<Listener>(name, this);
        const QString key = u"listeners."_s + name;
        if (auto bound = listener->bind(m_settings.listValue(key)); !bound)
            return bound;
        connect(listener.get(), &Listener::connectionAccepted, this, [this, name](QSslSocket *socket) { accept(name, socket); });
        Listener *raw = listener.get();
        m_settings.setApplier(key, [raw](const QString &, const QVariant &value) { return raw->bind(value.toStringList()); });
        m_listeners.push_back(std::move(listener));
    }
    return {};
}

void SmtpServer::stop()
{
    m_stopping = true;
    for (auto &listener : m_listeners)
        listener->close();
    for (ServerSession *session : findChildren<ServerSession *>(Qt::FindDirectChildrenOnly))
        session->shutdown();
}

QVariantMap SmtpServer::boundListeners() const
{
    QVariantMap map;
    for (const auto &listener : m_listeners)
        map.insert(listener->name(), listener->boundAddresses());
    return map;
}

void SmtpServer::accept(const QString &listener, QSslSocket *socket)
{
    const QHostAddress address = plainAddress(socket->peerAddress());
    if (m_stopping) {
        socket->write(Reply::serviceUnavailable(u"Shutting down, try again later"_s).toWire());
        socket->disconnectFromHost();
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    if (!m_limits.tryOpen(address, m_settings.uintValue(u"limits.max_connections"_s), m_settings.uintValue(u"limits.max_connections_per_ip"_s))) {
        qCInfo(lcSmtp).noquote() << "refusing" << address.toString() << ": too many connections";
        socket->write(Reply::tooManyConnections(u"Too many connections, try again later"_s).toWire());
        socket->disconnectFromHost();
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    SessionInfo info;
    info.id = u"S%1"_s.arg(++m_sessionCounter, 8, 16, QChar(u'0'));
    info.listener = listener;
    info.clientAddress = address;
    info.clientPort = socket->peerPort();
    auto *session = new ServerSession(socket, info, m_handler, m_settings, m_limits, m_tls, listener == u"smtps"_s, this);
    connect(session, &ServerSession::finished, this, [this, address] { m_limits.close(address); });
    session->start();
}

} // namespace Doorstep::Smtp

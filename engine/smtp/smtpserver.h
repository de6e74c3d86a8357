#pragma once

#include <memory>
#include <vector>

#include <QObject>
#include <QVariantMap>

#include "engine/core/result.h"
#include "engine/smtp/clientlimits.h"
#include "engine/smtp/serversession.h"

class QSslSocket;

namespace Doorstep::Store {
class Settings;
}

namespace Doorstep::Smtp {

class Listener;

/**
 * The SMTP service: the three listeners of DESIGN.md (mta on 25, submission on 587 with AUTH
 * required, smtps on 465 with implicit TLS), the connection limits, and a ServerSession per
 * accepted client. Listener addresses follow `listeners.*` live: a Set that names a busy port
 * is refused and the old sockets keep serving.
 */
class SmtpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpServer)

public:
    SmtpServer(Store::Settings &settings, SessionHandler &handler, ServerSession::TlsConfiguration tls, QObject *parent = nullptr);
    ~SmtpServer() override;

    /** Binds every listener; the error names the address that could not be bound. */
    Core::Result<void> start();
    /** Stops accepting and ends open sessions with 421. */
    void stop();

    /** Listener name to the addresses actually bound ("HOST:PORT"). */
    QVariantMap boundListeners() const;
    int sessionCount() const { return m_limits.openConnections(); }

private:
    void accept(const QString &listener, QSslSocket *socket);

    Store::Settings &m_settings;
    SessionHandler &m_handler;
    ServerSession::TlsConfiguration m_tls;
    ClientLimits m_limits;
    std::vector<std::unique_ptr<Listener>> m_listeners;
    quint64 m_sessionCounter = 0;
    bool m_stopping = false;
};

} // namespace Doorstep::Smtp

#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

#include "engine/core/result.h"
#include "engine/core/runmode.h"

class QLocalSocket;

namespace Doorstep::Store {
class Settings;
}

namespace Doorstep::Smtp {

class SessionHandler;
struct PeerCredentials;

/**
 * The local submission socket that doorstep-sendmail hands messages to, like Postfix's
 * public/pickup: a Unix socket that every local user may connect to (directory 0755, socket
 * 0666), each client known by the kernel's credentials of its end (PeerCredentials), each
 * connection a LocalSession. The socket file is removed at stop(); a stale one left by a
 * crash is replaced at start(), one that another engine still listens on is refused.
 */
class LocalSubmissionServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSubmissionServer)

public:
    static constexpr QLatin1StringView kEnvironmentVariable{"DOORSTEP_SUBMIT_SOCKET"};

    LocalSubmissionServer(Store::Settings &settings, SessionHandler &handler, QObject *parent = nullptr);
    ~LocalSubmissionServer() override;

    /**
     * Where the socket of an engine in @p mode lives (DESIGN.md "Command lines"):
     * $DOORSTEP_SUBMIT_SOCKET when set, else /run/doorstep/submit.sock on the system bus and
     * $XDG_RUNTIME_DIR/doorstep/submit.sock on a session bus ("" when that is not set).
     */
    static QString socketPath(Core::RunMode mode);

    /** Listens on @p path; the error is the one line doorstepd prints. */
    Core::Result<void> start(const QString &path);
    /** Stops accepting, removes the socket file and ends open sessions with 421. */
    void stop();

    QString path() const { return m_path; }
    int sessionCount() const { return m_open; }

private:
    void acceptPending();
    void open(QLocalSocket *socket, const PeerCredentials &peer);
    static void turnAway(QLocalSocket *socket, const QByteArray &reply);

    Store::Settings &m_settings;
    SessionHandler &m_handler;
    QLocalServer m_server;
    QString m_path;
    quint64 m_sessionCounter;
    int m_open = 0;
    bool m_stopping = false;
};

} // namespace Doorstep::Smtp

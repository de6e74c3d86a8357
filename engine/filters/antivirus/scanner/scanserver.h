#pragma once

#include <memory>

#include <QLocalServer>
#include <QObject>
#include <QThreadPool>

#include "engine/core/result.h"

class QLocalSocket;

namespace Doorstep::Filters::Antivirus {

class ClamEngine;

/**
 * doorstep-scan's side of the socket: answers SCAN requests (protocol.h) with a loaded
 * ClamEngine. Scans run on a thread pool; each connection has at most one request in flight
 * and gets its replies in order. finish() stops listening and emits finished() once the
 * scans in flight are answered, so a scanner being replaced never drops a message.
 */
class ScanServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanServer)

public:
    /** Connections served at once; more wait in the listen backlog. */
    static constexpr int kMaxConnections = 256;

    explicit ScanServer(const ClamEngine &engine, QObject *parent = nullptr);
    ~ScanServer() override;

    /** Listens on the Unix socket @p path (an old socket file there is replaced), mode 0600. */
    Core::Result<void> listen(const QString &path);
    /** No new connections; finished() when every connection has closed or got its answer. */
    void finish();

Q_SIGNALS:
    void finished();

private:
    void accept();
    void readFrom(QLocalSocket *socket);
    void checkFinished();

    const ClamEngine &m_engine;
    QLocalServer m_server;
    QThreadPool m_pool;
    int m_connections = 0;
    int m_busy = 0; // connections waiting for a scan
    bool m_finishing = false;
};

} // namespace Doorstep::Filters::Antivirus

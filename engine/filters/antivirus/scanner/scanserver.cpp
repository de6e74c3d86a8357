#include "engine/filters/antivirus/scanner/scanserver.h"

#include <QLocalSocket>
#include <QPointer>
#include <QThread>
#include <QVariant>

#include "engine/filters/antivirus/protocol.h"
#include "engine/filters/antivirus/scanner/clamengine.h"

namespace Doorstep::Filters::Antivirus {

using namespace Qt::StringLiterals;

namespace {
constexpr char kBusyProperty[] = "doorstepBusy";
}

ScanServer::ScanServer(const ClamEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_pool.setObjectName(u"doorstep-scan"_s);
    // Scans are CPU work with some reading: a few more threads than cores keep the cores busy
    // (clamd's default is 10 threads).
    m_pool.setMaxThreadCount(std::max(4, 2 * QThread::idealThreadCount()));
    m_server.setMaxPendingConnections(kMaxConnections);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &ScanServer::accept);
}

ScanServer::~ScanServer()
{
    m_server.close();
    m_pool.waitForDone(); // the scans use m_engine
}

Core::Result<void> ScanServer::listen(const QString &path)
{
    QLocalServer::removeServer(path);
    if (!m_server.listen(path))
        return Core::Error::failed(u"Cannot listen on '%1': %2."_s.arg(path, m_server.errorString()));
    return {};
}

void ScanServer::finish()
{
    m_finishing = true;
    m_server.close(); // removes the socket file: nobody connects to a scanner on its way out
    checkFinished();
}

void ScanServer::accept()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections >= kMaxConnections || m_finishing) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        socket->setParent(this);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            --m_connections;
            if (socket->property(kBusyProperty).toBool())
                --m_busy; // the scan's answer will find the socket gone
            socket->setProperty(kBusyProperty, false);
            socket->deleteLater();
            checkFinished();
        });
    }
}

void ScanServer::readFrom(QLocalSocket *socket)
{
    // One request at a time per connection: the next line is read once the answer is out.
    if (socket->property(kBusyProperty).toBool())
        return;
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() >= Protocol::kMaxLine) {
            socket->write(Protocol::errorReply(u"Request line too long."_s));
            socket->disconnectFromServer();
        }
        return;
    }
    const QByteArray line = socket->readLine(Protocol::kMaxLine).chopped(1);
    const auto path = Protocol::parseScanRequest(line.endsWith('\r') ? line.chopped(1) : line);
    if (!path) {
        socket->write(Protocol::errorReply(u"Unknown request; expected SCAN <absolute path>."_s));
        QMetaObject::invokeMethod(this, [this, socket = QPointer<QLocalSocket>(socket)] { if (socket) readFrom(socket); }, Qt::QueuedConnection);
        return;
    }
    socket->setProperty(kBusyProperty, true);
    ++m_busy;
    const ClamEngine *engine = &m_engine;
    QPointer<QLocalSocket> target(socket);
    m_pool.start([this, engine, target, file = *path] {
        const auto outcome = engine->scanFile(file);
        QByteArray reply;
        if (!outcome)
            reply = Protocol::errorReply(outcome.error().message);
        else if (outcome->infected)
            reply = Protocol::foundReply(outcome->signature);
        else
            reply = Protocol::cleanReply();
        QMetaObject::invokeMethod(this, [this, target, reply] {
            if (!target || !target->property(kBusyProperty).toBool())
                return; // the client left; the disconnect already counted it
            target->setProperty(kBusyProperty, false);
            --m_busy;
            target->write(reply);
            target->flush();
            readFrom(target);
            checkFinished();
        }, Qt::QueuedConnection);
    });
}

void ScanServer::checkFinished()
{
    if (m_finishing && m_busy == 0)
        Q_EMIT finished();
}

} // namespace Doorstep::Filters::Antivirus

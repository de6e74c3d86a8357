#include "engine/smtp/local/localsubmissionserver.h"

#include <cerrno>
#include <cstring>

#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QPointer>
#include <QRandomGenerator>
#include <QThreadPool>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "engine/smtp/local/localsession.h"
#include "engine/smtp/local/peercredentials.h"
#include "engine/smtp/log.h"
#include "engine/store/settings.h"

namespace Doorstep::Smtp {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

QString systemError() { return QString::fromLocal8Bit(std::strerror(errno)); }

enum class Occupant {
    Nothing,
    Stale,    // a socket file nobody listens on (a crashed engine's)
    Listener, // another engine
    Other,    // not a socket: never removed
};

Occupant occupantOf(const QString &path)
{
    struct stat status{};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return Occupant::Nothing;
    if (!S_ISSOCK(status.st_mode))
        return Occupant::Other;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Occupant::Listener; // cannot tell: do not take it away
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    std::memcpy(address.sun_path, name.constData(), std::min(size_t(name.size()), sizeof address.sun_path - 1));
    const int connected = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    const int error = errno;
    ::close(fd);
    // EAGAIN: a listener with a full backlog is still a listener.
    return connected == 0 || error == EAGAIN || error == EINPROGRESS ? Occupant::Listener : Occupant::Stale;
}

} // namespace

LocalSubmissionServer::LocalSubmissionServer(Store::Settings &settings, SessionHandler &handler, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_handler(handler)
    , m_sessionCounter(QRandomGenerator::global()->bounded(0x10000u) << 16)
{
    connect(&m_server, &QLocalServer::newConnection, this, &LocalSubmissionServer::acceptPending);
}

LocalSubmissionServer::~LocalSubmissionServer()
{
    stop();
}

QString LocalSubmissionServer::socketPath(Core::RunMode mode)
{
    const QString override = qEnvironmentVariable(kEnvironmentVariable.data());
    if (!override.isEmpty())
        return override;
    if (mode == Core::RunMode::System)
        return u"/run/doorstep/submit.sock"_s;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return runtime.isEmpty() ? QString() : runtime + u"/doorstep/submit.sock"_s;
}

Result<void> LocalSubmissionServer::start(const QString &path)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QFileInfo(directory).isDir()) {
        if (!QDir().mkpath(directory))
            return Error::failed(u"cannot create the directory '%1' of the local submission socket"_s.arg(directory));
        // Every local user must reach the socket (umask would make it 0700 otherwise).
        ::chmod(QFile::encodeName(directory).constData(), 0755);
    }
    switch (occupantOf(path)) {
    case Occupant::Nothing:
        break;
    case Occupant::Stale:
        qCInfo(lcSmtp).noquote() << "removing the stale local submission socket" << path;
        if (::unlink(QFile::encodeName(path).constData()) != 0)
            return Error::failed(u"cannot remove the stale local submission socket '%1': %2"_s.arg(path, systemError()));
        break;
    case Occupant::Listener:
        return Error::failed(u"the local submission socket '%1' is in use by another process (another engine?)"_s.arg(path));
    case Occupant::Other:
        return Error::failed(u"'%1' is in the way of the local submission socket: it is not a socket"_s.arg(path));
    }
    if (!m_server.listen(path))
        return Error::failed(u"cannot listen on the local submission socket '%1': %2"_s.arg(path, m_server.errorString()));
    // Like Postfix's public/pickup: any local user may submit; the kernel says who they are.
    if (::chmod(QFile::encodeName(path).constData(), 0666) != 0) {
        const QString why = systemError();
        m_server.close();
        return Error::failed(u"cannot open the local submission socket '%1' to every user: %2"_s.arg(path, why));
    }
    m_path = path;
    m_stopping = false;
    qCInfo(lcSmtp).noquote() << "local submission on" << path;
    return {};
}

void LocalSubmissionServer::stop()
{
    m_stopping = true;
    if (m_server.isListening())
        m_server.close(); // removes the socket file: doorstep-sendmail then says "not running"
    for (LocalSession *session : findChildren<LocalSession *>(Qt::FindDirectChildrenOnly))
        session->shutdown();
}

void LocalSubmissionServer::turnAway(QLocalSocket *socket, const QByteArray &reply)
{
    socket->write(reply);
    socket->flush();
    socket->disconnectFromServer();
    socket->deleteLater();
}

void LocalSubmissionServer::acceptPending()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        if (m_stopping) {
            turnAway(socket, Reply::serviceUnavailable(u"Shutting down, try again later"_s).toWire());
            continue;
        }
        if (quint32(m_open) >= m_settings.uintValue(u"limits.max_connections"_s)) {
            qCInfo(lcSmtp) << "refusing a local submission: too many connections";
            turnAway(socket, Reply::tooManyConnections(u"Too many connections, try again later"_s).toWire());
            continue;
        }
        auto peer = PeerCredentials::of(socket->socketDescriptor());
        if (!peer) {
            qCWarning(lcSmtp).noquote() << "refusing a local submission:" << peer.error().message;
            turnAway(socket, Reply::localError(u"Cannot tell who you are, try again later"_s).toWire());
            continue;
        }
        ++m_open;
        open(socket, peer.value());
    }
}

void LocalSubmissionServer::open(QLocalSocket *socket, const PeerCredentials &peer)
{
    // The password and group databases may be remote (NSS): ask them on the pool. The daemon
    // drains the global pool before it destroys this server, so `this` outlives the job.
    QPointer<QLocalSocket> guarded(socket);
    const uint engineUid = ::geteuid();
    QThreadPool::globalInstance()->start([this, guarded, peer, engineUid] {
        const LocalClient client = peer.lookUp(engineUid);
        QMetaObject::invokeMethod(
            this,
            [this, guarded, client] {
                if (!guarded || guarded->state() != QLocalSocket::ConnectedState || m_stopping) {
                    --m_open;
                    if (guarded)
                        guarded->deleteLater();
                    return;
                }
                SessionInfo info;
                info.id = u"L%1"_s.arg(++m_sessionCounter, 8, 16, QChar(u'0'));
                info.listener = u"local"_s;
                info.clientName = u"localhost"_s;
                info.trust = ClientTrust::Relay; // a local program may send anywhere, as RELAY clients do
                info.local = client;
                auto *session = new LocalSession(guarded.data(), info, m_handler, m_settings, this);
                connect(session, &LocalSession::finished, this, [this] { --m_open; });
                session->start();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Doorstep::Smtp

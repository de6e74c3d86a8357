#include "engine/delivery/remote/connectionpool.h"

#include <QCryptographicHash>
#include <QTimer>

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;
using Smtp::ClientSession;

ConnectionPool::ConnectionPool(Smtp::ClientTimeouts timeouts, QObject *parent)
    : QObject(parent)
    , m_timeouts(timeouts)
{
}

ConnectionPool::~ConnectionPool() = default;

QString ConnectionPool::endpointKey(const Smtp::ClientTarget &target)
{
    // Everything the connection was opened with: a changed password or host name opens a new one.
    const QByteArray secret = QCryptographicHash::hash(target.password.toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"%1|%2|%3|%4|%5|%6|%7"_s.arg(target.address.toString())
        .arg(target.port)
        .arg(int(target.tls))
        .arg(target.user, target.heloName, target.hostName, QString::fromLatin1(secret));
}

void ConnectionPool::acquire(const QString &destination, const Smtp::ClientTarget &target, int limit, Ready ready)
{
    if (m_active.value(destination) >= limit) {
        m_waiting[destination].push_back({target, limit, std::move(ready)});
        return;
    }
    start(destination, target, std::move(ready));
}

void ConnectionPool::start(const QString &destination, const Smtp::ClientTarget &target, Ready ready)
{
    m_active[destination] += 1;
    auto &idle = m_idle[endpointKey(target)];
    while (!idle.isEmpty()) {
        QPointer<ClientSession> session = idle.takeLast();
        if (session && session->isReady()) {
            QMetaObject::invokeMethod(this, [session, ready] {
                if (session && session->isReady()) {
                    ready(session.data(), std::nullopt, Smtp::ConnectFailure::None);
                    return;
                }
                if (session)
                    session->deleteLater(); // closed by the remote on its way here
                ready(nullptr, Smtp::Reply::connectionLost(u"The connection closed while waiting."_s), Smtp::ConnectFailure::Other);
            }, Qt::QueuedConnection);
            return;
        }
        if (session)
            session->deleteLater(); // closed by the remote while idle
    }
    auto *session = new ClientSession(target, m_timeouts, this);
    session->open([session, ready](std::optional<Smtp::Reply> failure, Smtp::ConnectFailure kind) {
        if (failure) {
            session->deleteLater();
            ready(nullptr, failure, kind);
            return;
        }
        ready(session, std::nullopt, Smtp::ConnectFailure::None);
    });
}

void ConnectionPool::release(const QString &destination, ClientSession *session, bool reusable)
{
    m_active[destination] = std::max(0, m_active.value(destination) - 1);
    if (session) {
        if (reusable && session->isReady()) {
            QPointer<ClientSession> guarded(session);
            m_idle[endpointKey(session->target())].append(guarded);
            QTimer::singleShot(kIdleSeconds * 1000, session, [this, guarded] {
                if (!guarded)
                    return;
                auto &idle = m_idle[endpointKey(guarded->target())];
                if (idle.removeAll(guarded) > 0)
                    guarded->closeAndDelete();
            });
        } else {
            session->closeAndDelete();
        }
    }
    serveWaiters(destination);
}

void ConnectionPool::serveWaiters(const QString &destination)
{
    auto it = m_waiting.find(destination);
    while (it != m_waiting.end() && !it->empty() && m_active.value(destination) < it->front().limit) {
        Waiter waiter = std::move(it->front());
        it->pop_front();
        start(destination, waiter.target, std::move(waiter.ready));
        it = m_waiting.find(destination);
    }
}

void ConnectionPool::closeIdle()
{
    for (auto &list : m_idle) {
        for (const QPointer<ClientSession> &session : std::as_const(list)) {
            if (session)
                session->closeAndDelete();
        }
    }
    m_idle.clear();
}

} // namespace Doorstep::Delivery

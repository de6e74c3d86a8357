#pragma once

#include <deque>
#include <functional>
#include <optional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "engine/smtp/client/clientsession.h"

namespace Doorstep::Delivery {

/**
 * Outbound connections: at most `limit` in use at once per destination (the hop), the rest
 * wait in order; a connection whose transaction ended stays open for kIdleSeconds so that a
 * burst to one destination reuses it (Postfix's connection cache) and is closed with QUIT
 * after that.
 */
class ConnectionPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPool)

public:
    static constexpr int kIdleSeconds = 5;

    /** A connection ready for a transaction, or why none could be opened. */
    using Ready = std::function<void(Smtp::ClientSession *session, std::optional<Smtp::Reply> failure, Smtp::ConnectFailure kind)>;

    explicit ConnectionPool(Smtp::ClientTimeouts timeouts, QObject *parent = nullptr);
    ~ConnectionPool() override;

    /** Gets a ready connection to @p target, counted against @p destination's @p limit. */
    void acquire(const QString &destination, const Smtp::ClientTarget &target, int limit, Ready ready);
    /** Gives a connection back after its transaction; @p reusable false closes it. */
    void release(const QString &destination, Smtp::ClientSession *session, bool reusable);
    /** Closes idle connections (at shutdown). */
    void closeIdle();

    int active(const QString &destination) const { return m_active.value(destination); }

private:
    struct Waiter
    {
        Smtp::ClientTarget target;
        int limit = 1;
        Ready ready;
    };
    static QString endpointKey(const Smtp::ClientTarget &target);
    void start(const QString &destination, const Smtp::ClientTarget &target, Ready ready);
    void serveWaiters(const QString &destination);

    Smtp::ClientTimeouts m_timeouts;
    QHash<QString, int> m_active;                                 // destination -> connections in use
    QHash<QString, std::deque<Waiter>> m_waiting;                 // destination -> waiting
    QHash<QString, QList<QPointer<Smtp::ClientSession>>> m_idle; // endpoint -> idle connections
};

} // namespace Doorstep::Delivery

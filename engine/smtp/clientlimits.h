#pragma once

#include <QDateTime>
#include <QHash>
#include <QHostAddress>

namespace Doorstep::Smtp {

/**
 * Per-client bookkeeping shared by all sessions: open connections (in all and per address,
 * `limits.max_connections` and `limits.max_connections_per_ip`) and failed logins per address
 * (each failure slows the next answer; many in a short time lock the address out for a while).
 */
class ClientLimits final
{
public:
    static constexpr int kLockoutFailures = 10;
    static constexpr qint64 kWindowSeconds = 15 * 60;

    /** Counts a new connection unless a limit is reached (then false, nothing counted). */
    bool tryOpen(const QHostAddress &address, quint32 maxTotal, quint32 maxPerAddress);
    void close(const QHostAddress &address);
    int openConnections() const { return m_total; }

    /** Records a failed login; returns the delay before answering it, in milliseconds. */
    int recordAuthFailure(const QHostAddress &address, qint64 nowSeconds);
    void recordAuthSuccess(const QHostAddress &address);
    /** True while the address is locked out after too many failures. */
    bool authLockedOut(const QHostAddress &address, qint64 nowSeconds) const;
    int authFailures(const QHostAddress &address, qint64 nowSeconds) const;

private:
    struct Failures
    {
        int count = 0;
        qint64 lastSeconds = 0;
    };
    QHash<QHostAddress, int> m_perAddress;
    QHash<QHostAddress, Failures> m_failures;
    int m_total = 0;
};

} // namespace Doorstep::Smtp

#include "engine/smtp/clientlimits.h"

#include <algorithm>

namespace Doorstep::Smtp {

bool ClientLimits::tryOpen(const QHostAddress &address, quint32 maxTotal, quint32 maxPerAddress)
{
    if (quint32(m_total) >= maxTotal || quint32(m_perAddress.value(address)) >= maxPerAddress)
        return false;
    ++m_total;
    ++m_perAddress[address];
    return true;
}

void ClientLimits::close(const QHostAddress &address)
{
    --m_total;
    auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && --*it <= 0)
        m_perAddress.erase(it);
}

int ClientLimits::recordAuthFailure(const QHostAddress &address, qint64 nowSeconds)
{
    // Old entries go when their window has passed, so the table stays small.
    if (m_failures.size() > 10000) {
        for (auto it = m_failures.begin(); it != m_failures.end();)
            it = nowSeconds - it->lastSeconds > kWindowSeconds ? m_failures.erase(it) : std::next(it);
    }
    Failures &f = m_failures[address];
    if (nowSeconds - f.lastSeconds > kWindowSeconds)
        f.count = 0;
    f.count += 1;
    f.lastSeconds = nowSeconds;
    // 1 s for the first failure, doubling, at most 8 s: guessing becomes slow, typos do not hurt.
    return 1000 * (1 << std::min(f.count - 1, 3));
}

void ClientLimits::recordAuthSuccess(const QHostAddress &address)
{
    m_failures.remove(address);
}

int ClientLimits::authFailures(const QHostAddress &address, qint64 nowSeconds) const
{
    const auto it = m_failures.constFind(address);
    if (it == m_failures.cend() || nowSeconds - it->lastSeconds > kWindowSeconds)
        return 0;
    return it->count;
}

bool ClientLimits::authLockedOut(const QHostAddress &address, qint64 nowSeconds) const
{
    return authFailures(address, nowSeconds) >= kLockoutFailures;
}

} // namespace Doorstep::Smtp

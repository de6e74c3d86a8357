#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace Doorstep::Core {

/**
 * The engine's source of time, injectable so that delays, retries and expiry can be tested
 * without sleeping (tests use a manual clock).
 */
class Clock
{
public:
    virtual ~Clock() = default;
    /** Now, in microseconds since the Unix epoch. */
    virtual quint64 nowUsec() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(qint64(nowUsec() / 1000)); }

    /** The process-wide wall clock. */
    static const Clock &system();
};

/** A clock that moves only when told to: for unit tests. */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(quint64 startUsec) : m_now(startUsec) {}
    quint64 nowUsec() const override { return m_now; }
    void advanceSeconds(quint64 seconds) { m_now += seconds * 1000000; }
    void setUsec(quint64 usec) { m_now = usec; }

private:
    quint64 m_now;
};

} // namespace Doorstep::Core

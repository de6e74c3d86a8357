#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Doorstep::Ui::Models {

/**
 * Coalesces refresh requests: a burst of signals (Event, StatisticsChanged, ...) leads to
 * one refresh, and refreshes run at most once per interval. The first request after a
 * quiet period runs on the next event-loop turn.
 */
class RefreshThrottle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshThrottle)

public:
    RefreshThrottle(int intervalMs, std::function<void()> refresh, QObject *parent);

    /** Asks for a refresh; several requests before it runs become one. */
    void request();
    /** Runs the refresh now (cancelling a pending one). */
    void runNow();
    bool isPending() const { return m_timer.isActive(); }
    void setInterval(int intervalMs) { m_intervalMs = intervalMs; }

private:
    int m_intervalMs;
    std::function<void()> m_refresh;
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
};

} // namespace Doorstep::Ui::Models

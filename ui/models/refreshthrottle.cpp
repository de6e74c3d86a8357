#include "ui/models/refreshthrottle.h"

#include <algorithm>

namespace Doorstep::Ui::Models {

RefreshThrottle::RefreshThrottle(int intervalMs, std::function<void()> refresh, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
    , m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefreshThrottle::runNow);
}

void RefreshThrottle::request()
{
    if (m_timer.isActive())
        return;
    const qint64 elapsed = m_sinceLast.isValid() ? m_sinceLast.elapsed() : m_intervalMs;
    m_timer.start(int(std::max<qint64>(0, m_intervalMs - elapsed)));
}

void RefreshThrottle::runNow()
{
    m_timer.stop();
    m_sinceLast.start();
    m_refresh();
}

} // namespace Doorstep::Ui::Models

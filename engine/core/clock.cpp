#include "engine/core/clock.h"

#include <chrono>

namespace Doorstep::Core {

namespace {
class SystemClock final : public Clock
{
public:
    quint64 nowUsec() const override
    {
        using namespace std::chrono;
        return quint64(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count());
    }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace Doorstep::Core

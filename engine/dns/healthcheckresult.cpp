#include "engine/dns/healthcheckresult.h"

namespace Doorstep::Dns {

using namespace Qt::StringLiterals;

QLatin1StringView healthStateName(HealthState state)
{
    switch (state) {
    case HealthState::Ok: return "ok"_L1;
    case HealthState::Warn: return "warn"_L1;
    case HealthState::Fail: return "fail"_L1;
    }
    return "warn"_L1;
}

HealthState worstState(const QList<HealthCheckResult> &results)
{
    HealthState worst = HealthState::Ok;
    for (const HealthCheckResult &result : results) {
        if (int(result.state) > int(worst))
            worst = result.state;
    }
    return worst;
}

} // namespace Doorstep::Dns

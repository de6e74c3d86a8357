#include "engine/dns/resolver.h"

#include <algorithm>

namespace Doorstep::Dns {

using namespace Qt::StringLiterals;

QLatin1StringView statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return "ok"_L1;
    case Status::NoData:
        return "nodata"_L1;
    case Status::NxDomain:
        return "nxdomain"_L1;
    case Status::TempFail:
        return "tempfail"_L1;
    }
    Q_UNREACHABLE();
    return "tempfail"_L1;
}

bool MxAnswer::isNullMx() const
{
    // RFC 7505 §3: "0 ." is published alone; a "." among other records still says the domain
    // takes no mail (§4.1: clients must not attempt delivery to it).
    return status == Status::Ok
           && std::any_of(records.cbegin(), records.cend(), [](const MxRecord &record) { return record.exchange == "."_L1; });
}

} // namespace Doorstep::Dns

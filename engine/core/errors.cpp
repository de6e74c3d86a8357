#include "engine/core/errors.h"

namespace Doorstep::Core {

QLatin1StringView errorName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return ErrorNames::InvalidArgument;
    case ErrorCode::NotFound:
        return ErrorNames::NotFound;
    case ErrorCode::AlreadyExists:
        return ErrorNames::AlreadyExists;
    case ErrorCode::AccessDenied:
        return ErrorNames::AccessDenied;
    case ErrorCode::Failed:
        return ErrorNames::Failed;
    }
    return ErrorNames::Failed;
}

} // namespace Doorstep::Core

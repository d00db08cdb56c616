#include "error.h"

namespace crema {

bool isRefusal(Error::Code code)
{
    switch (code) {
    case Error::Code::PermissionDenied:
    case Error::Code::AuthenticationFailed:
    case Error::Code::LockedOut:
    case Error::Code::BusinessRule:
    case Error::Code::Conflict:
    case Error::Code::NoOpenShift:
        return true;
    default:
        return false;
    }
}

const char* errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::InvalidInput:
        return "invalid input";
    case Error::Code::NotFound:
        return "not found";
    case Error::Code::PermissionDenied:
        return "permission denied";
    case Error::Code::AuthenticationFailed:
        return "authentication failed";
    case Error::Code::LockedOut:
        return "locked out";
    case Error::Code::BusinessRule:
        return "refused";
    case Error::Code::Conflict:
        return "conflict";
    case Error::Code::DatabaseBusy:
        return "database busy";
    case Error::Code::DatabaseError:
        return "database error";
    case Error::Code::Corrupt:
        return "damaged file";
    case Error::Code::TooNew:
        return "too new";
    case Error::Code::Io:
        return "i/o error";
    case Error::Code::ReadOnly:
        return "read-only";
    case Error::Code::DiskFull:
        return "disk full";
    case Error::Code::NoOpenShift:
        return "no open shift";
    }
    return "error";
}

} // namespace crema

#pragma once

#include <QString>

namespace crema {

// What went wrong, as a code the caller can react to and a message a person can read.
// The message names what and where ("out of stock: Oat milk, short by 120 ml").
struct Error {
    enum class Code {
        InvalidInput, // bad argument, field or file content
        NotFound, // a named thing does not exist
        PermissionDenied, // the role may not do this
        AuthenticationFailed, // wrong PIN
        LockedOut, // too many wrong PINs
        BusinessRule, // refused by a rule (stock, limits, already done)
        Conflict, // already exists / changed meanwhile
        DatabaseBusy, // another writer held the lock past the busy timeout
        DatabaseError, // SQL failed
        Corrupt, // file damaged or not a database
        TooNew, // written by a newer Crema
        Io, // file system
        ReadOnly, // the file or its folder cannot be written
        DiskFull, // no space left on the device
        NoOpenShift, // a sale or refund needs an open shift on this till
    };

    Code code = Code::InvalidInput;
    QString message;

    static Error make(Code c, QString msg) { return Error {c, std::move(msg)}; }
};

// True for errors a business rule raised (the CLI's exit code 1), false for bad input (exit 2).
bool isRefusal(Error::Code code);
const char* errorCodeName(Error::Code code);

} // namespace crema

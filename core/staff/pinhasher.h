#pragma once

#include "common/result.h"

#include <QString>

namespace crema {

// Staff PINs: 4 to 8 digits, stored only as libsodium Argon2id hash strings (which carry their
// own salt and cost parameters, so costs can be raised later without breaking old hashes).
namespace PinHasher {
Status validate(const QString& pin);
Result<QString> hash(const QString& pin);
bool verify(const QString& hash, const QString& pin);
} // namespace PinHasher

} // namespace crema

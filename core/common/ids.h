#pragma once

#include <QString>

namespace crema {

// A new random UUID in its canonical text form (no braces), for rows replicated to HQ.
QString newUuid();
// A stable name-based UUID (v5) under Crema's namespace: the same name always gives the same id,
// which keeps the demo café byte-for-byte deterministic.
QString stableUuid(const QString& name);

} // namespace crema

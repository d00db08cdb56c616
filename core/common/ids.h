#pragma once

#include <QString>

namespace crema {

// A new UUID in its canonical text form (no braces), for rows replicated to HQ: version 7 (RFC 9562),
// the milliseconds since 1970 first, then a counter within the millisecond, then random bits. Ids
// made one after another sort one after another, so each table's uuid index takes a sale's rows at
// its end, in one page, rather than one random page per row (a sale's nine stock movements wrote nine
// pages of their index alone with random ids).
QString newUuid();
// A stable name-based UUID (v5) under Crema's namespace: the same name always gives the same id,
// which keeps the demo café byte-for-byte deterministic.
QString stableUuid(const QString& name);

} // namespace crema

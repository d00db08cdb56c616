#pragma once

#include "common/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace crema {

class Clock;
class HqDatabase;

// What HQ did with one push.
struct HqIngestResult {
    qint64 ackedSeq = 0; // the highest contiguous sequence HQ holds for the till (after this batch)
    qint64 firstSeq = 0; // the batch's first
    int applied = 0; // new events applied
    int duplicates = 0; // events HQ already had (a resend after a lost answer)
    bool gap = false; // the batch started past ackedSeq + 1: nothing applied, resend from there
};

// Core-private to HQ: the one writer of HQ's tables from the tills' events, and the reader of the
// change log the tills pull.
namespace HqIngest {

// Applies a batch in one transaction: in the till's order, each event once (by its sequence and
// its uuid), into HQ's tables (orders, lines, payments, refunds, stock, points, customers,
// shifts, audit, master data) and, for what other tills must know, the change log. A batch that
// does not continue the till's sequence is refused whole (gap); one that overlaps what HQ has is
// applied from where HQ is. A malformed event refuses the batch, naming its seq and field.
Result<HqIngestResult> apply(
    HqDatabase& db, const Clock& clock, const QString& storeId, const QString& tillId, const QJsonArray& events);

// The changes after `after` that the till of `storeId` should have, at most `limit`:
// {"changes":[{"no","kind","uuid","event","payload","store","origin","at"}],"last":N,"more":BOOL}.
// Also notes that the till holds everything up to `after`.
Result<QJsonObject> changesAfter(
    HqDatabase& db, const Clock& clock, const QString& storeId, const QString& tillId, qint64 after, int limit);

} // namespace HqIngest

} // namespace crema

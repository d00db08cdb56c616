#pragma once

#include "common/result.h"

#include <QString>

namespace crema {

class UnitOfWork;

// One line of a customer's points ledger.
struct PointsEntry {
    QString uuid; // empty: a new one
    qint64 customerId = 0;
    qint64 orderId = 0; // 0: none
    qint64 points = 0; // signed
    QString reason; // earn | redeem | refund_earn | refund_redeem | adjust
    QString note;
    QString at; // database time (UTC)
    // Rung at another till and sent down by HQ: kept even past a zero balance (the overdraft is HQ's
    // to record), and never sent back up.
    bool fromHq = false;
};

// Core-private: the one writer of loyalty_ledger (append-only; a trigger refuses a balance below
// zero for this till's own entries). Records Change::PointsMoved for the customer.
// A customer HQ merged into another (the same phone added at two tills) holds no points from then
// on: an entry for them (a sale whose cart still had them, a refund of their older order) is the
// survivor's, here as at HQ, so every till and HQ keep one balance.
namespace PointsLedger {
Status record(UnitOfWork& work, const PointsEntry& entry);
// The customer who holds `customerId`'s points: itself, or the one it was merged into.
Result<qint64> holder(const UnitOfWork& work, qint64 customerId);
// The customer's balance as this unit of work sees it.
Result<qint64> balance(const UnitOfWork& work, qint64 customerId);
} // namespace PointsLedger

} // namespace crema

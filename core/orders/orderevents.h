#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace crema {

// The events HQ keeps a till's sales by, read back from the till's own rows: what join sends for
// sales the outbox never carried (imported, generated, or made before the outbox existed), in the
// same form as a live sale's (SaleService builds that one from what it priced; a test holds the
// two equal).
//
// order.paid {"order","store","terminal","receipt","customer","staff","subtotal_cents","discount_cents",
//   "tax_cents","total_cents","paid_at","business_day","business_hour","lines":[{"line_no","product","size","product_name",
//   "size_name","modifiers":[uuid…],"quantity","unit_price_cents","discount_cents","tax_cents",
//   "total_cents"}],"payments":[{"method","amount_cents"}]}
// order.refunded {"order","refund","lines":[line_no…],"line_quantities":[{"line_no","quantity",
//   "amount_cents"}],"amount_cents","tax_cents","status","reason","refunded_at","business_day",
//   "business_hour","payments":[{"method","amount_cents"}]} (payments: what went back, positive)
// business_day and business_hour are the store's local day and hour the till's reports count the
// sale or refund in (hour -1: imported without a time of day).
// Modifiers are listed by uuid, in uuid order.
namespace OrderEvents {
Result<QJsonObject> paid(const QSqlDatabase& db, qint64 orderId);
// status: the order's status once this refund was made ("refunded" or "partially_refunded").
Result<QJsonObject> refunded(const QSqlDatabase& db, qint64 refundId, const QString& status);
} // namespace OrderEvents

} // namespace crema

#pragma once

#include "common/money.h"
#include "common/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace crema {

class UnitOfWork;

// The rows of an order as every use case writes them: the till's sale and parked orders, imported
// history, the demo café and the history generator. Times are database times (UTC text).
struct OrderRow {
    QString uuid; // empty: a new one
    qint64 storeId = 0;
    qint64 terminalId = 0;
    qint64 receiptNo = 0; // 0: none yet (a parked order)
    qint64 staffId = 0;
    qint64 customerId = 0; // 0: none
    QString status; // open | paid
    Money subtotal;
    Money discount;
    Money tax;
    Money total;
    QString note; // a parked order's name
    QString createdAt;
    QString paidAt; // empty while parked
    QString businessDay; // the store's local day and hour of paidAt
    int businessHour = 0;
};

struct LineModifierRow {
    qint64 modifierId = 0;
    QString name; // as sold
    Money priceDelta;
};

struct OrderLineRow {
    QString uuid; // empty: a new one
    int lineNo = 1;
    qint64 productId = 0;
    qint64 sizeId = 0;
    QString productName; // as sold
    QString sizeName;
    int quantity = 1;
    Money unitPrice;
    Money discount;
    qint64 taxRateBp = 0;
    Money tax;
    Money total;
    QString note;
    QList<LineModifierRow> modifiers;
};

struct DiscountRow {
    qint64 orderLineId = 0; // 0: the whole order
    QString kind; // percent | amount | reward
    qint64 value = 0; // basis points, cents, or for a reward its amount
    qint64 rewardId = 0;
    qint64 points = 0; // what a reward cost
    Money amount;
    qint64 authorisedBy = 0; // a manager who allowed it over the limit
};

struct PaymentRow {
    QString uuid; // empty: a new one
    QString method; // cash | card
    Money amount; // negative: paid back
    std::optional<Money> tendered;
    std::optional<Money> change;
    QString reference;
    QString at;
};

struct RefundRow {
    QString uuid;
    qint64 orderId = 0;
    qint64 staffId = 0;
    qint64 authorisedBy = 0;
    QString reason;
    Money amount;
    QString at;
    QString businessDay;
    int businessHour = 0;
};

// Core-private: the one writer of orders, order_lines, line_modifiers, order_discounts, payments,
// refunds and refund_lines, and of receipt numbers. It writes inside the caller's unit of work and
// decides nothing: prices come from Pricing, rules from the use case.
namespace OrderWriter {
// The next receipt number of a till: one more than its highest, so never skipped or repeated.
Result<qint64> nextReceiptNo(const UnitOfWork& work, qint64 terminalId);
// Inserts the order (and its uuid when empty) and returns its id.
Result<qint64> insertOrder(UnitOfWork& work, OrderRow& order);
// A parked order is paid: its receipt, who and when, and its totals.
Status payParked(UnitOfWork& work, qint64 orderId, const OrderRow& paid);
// A parked order parked again: its owner, customer, totals and name.
Status updateParked(UnitOfWork& work, qint64 orderId, const OrderRow& parked);
// Removes a parked order's lines, modifiers and discounts, to be written again.
Status clearLines(UnitOfWork& work, qint64 orderId);
Result<qint64> insertLine(UnitOfWork& work, qint64 orderId, const OrderLineRow& line);
Status insertDiscount(UnitOfWork& work, qint64 orderId, const DiscountRow& discount);
Status insertPayment(UnitOfWork& work, qint64 orderId, const PaymentRow& payment);
Status setStatus(UnitOfWork& work, qint64 orderId, const QString& status);
// A merged customer's orders (paid, parked, refunded) become the kept customer's: their history
// and visits are in one place, as at HQ.
Status reassignCustomer(UnitOfWork& work, qint64 fromCustomerId, qint64 toCustomerId);
Result<qint64> insertRefund(UnitOfWork& work, RefundRow& refund);
Status insertRefundLine(
    UnitOfWork& work, qint64 refundId, qint64 orderLineId, Money amount, const QString& disposition);
} // namespace OrderWriter

} // namespace crema

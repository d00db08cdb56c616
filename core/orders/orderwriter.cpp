#include "orderwriter.h"

#include "common/ids.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

namespace crema::OrderWriter {

namespace {

const QVariant kNullId(QMetaType::fromType<qint64>());
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : kNullId;
}
QVariant moneyOrNull(const std::optional<Money>& m)
{
    return m ? QVariant(m->cents()) : kNullId;
}

} // namespace

Result<qint64> nextReceiptNo(const UnitOfWork& work, qint64 terminalId)
{
    auto v = queryScalar(work.db(),
        QStringLiteral("SELECT coalesce(max(receipt_no), 0) + 1 FROM orders WHERE terminal_id = ?"), {terminalId},
        QStringLiteral("numbering the receipt"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> insertOrder(UnitOfWork& work, OrderRow& o)
{
    if (o.uuid.isEmpty())
        o.uuid = newUuid();
    SqlQuery q(work.db(),
        QStringLiteral("INSERT INTO orders (uuid, store_id, terminal_id, receipt_no, staff_id, customer_id, status, "
                       "subtotal_cents, discount_cents, tax_cents, total_cents, note, created_at, paid_at, "
                       "business_day, business_hour) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool paid = !o.paidAt.isEmpty();
    q.bindAll({o.uuid, o.storeId, o.terminalId, idOrNull(o.receiptNo), o.staffId, idOrNull(o.customerId), o.status,
        o.subtotal.cents(), o.discount.cents(), o.tax.cents(), o.total.cents(), textOrEmpty(o.note), o.createdAt,
        paid ? QVariant(o.paidAt) : QVariant(QMetaType::fromType<QString>()),
        paid ? QVariant(o.businessDay) : QVariant(QMetaType::fromType<QString>()),
        paid ? QVariant(o.businessHour) : QVariant(QMetaType::fromType<int>())});
    CREMA_TRY(q.run(QStringLiteral("saving the order")));
    return q.lastInsertId();
}

Status payParked(UnitOfWork& work, qint64 orderId, const OrderRow& o)
{
    SqlQuery q(work.db(),
        QStringLiteral("UPDATE orders SET receipt_no = ?, staff_id = ?, customer_id = ?, status = 'paid', "
                       "subtotal_cents = ?, discount_cents = ?, tax_cents = ?, total_cents = ?, paid_at = ?, "
                       "business_day = ?, business_hour = ? WHERE id = ?"));
    q.bindAll({o.receiptNo, o.staffId, idOrNull(o.customerId), o.subtotal.cents(), o.discount.cents(), o.tax.cents(),
        o.total.cents(), o.paidAt, o.businessDay, o.businessHour, orderId});
    return q.run(QStringLiteral("paying the parked order"));
}

Status updateParked(UnitOfWork& work, qint64 orderId, const OrderRow& o)
{
    SqlQuery q(work.db(),
        QStringLiteral("UPDATE orders SET staff_id = ?, customer_id = ?, subtotal_cents = ?, discount_cents = ?, "
                       "tax_cents = ?, total_cents = ?, note = ? WHERE id = ? AND status = 'open'"));
    q.bindAll({o.staffId, idOrNull(o.customerId), o.subtotal.cents(), o.discount.cents(), o.tax.cents(),
        o.total.cents(), textOrEmpty(o.note), orderId});
    return q.run(QStringLiteral("parking the order again"));
}

Status clearLines(UnitOfWork& work, qint64 orderId)
{
    for (const char* sql :
        {"DELETE FROM line_modifiers WHERE order_line_id IN (SELECT id FROM order_lines WHERE order_id = ?)",
            "DELETE FROM order_discounts WHERE order_id = ?", "DELETE FROM order_lines WHERE order_id = ?"}) {
        SqlQuery del(work.db(), QString::fromLatin1(sql));
        del.bind(orderId);
        CREMA_TRY(del.run(QStringLiteral("replacing the parked order's lines")));
    }
    return {};
}

Result<qint64> insertLine(UnitOfWork& work, qint64 orderId, const OrderLineRow& l)
{
    SqlQuery line(work.db(),
        QStringLiteral(
            "INSERT INTO order_lines (uuid, order_id, line_no, product_id, size_id, product_name, size_name, "
            "quantity, unit_price_cents, discount_cents, tax_rate_bp, tax_cents, total_cents, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    line.bindAll({l.uuid.isEmpty() ? newUuid() : l.uuid, orderId, l.lineNo, l.productId, l.sizeId, l.productName,
        l.sizeName, l.quantity, l.unitPrice.cents(), l.discount.cents(), l.taxRateBp, l.tax.cents(), l.total.cents(),
        textOrEmpty(l.note)});
    CREMA_TRY(line.run(QStringLiteral("saving order lines")));
    const qint64 lineId = line.lastInsertId();
    if (!l.modifiers.isEmpty()) {
        SqlQuery mod(work.db(),
            QStringLiteral("INSERT INTO line_modifiers (order_line_id, modifier_id, name, price_delta_cents) "
                           "VALUES (?, ?, ?, ?)"));
        for (const LineModifierRow& m : l.modifiers) {
            mod.bindAll({lineId, m.modifierId, m.name, m.priceDelta.cents()});
            CREMA_TRY(mod.run(QStringLiteral("saving modifiers")));
        }
    }
    return lineId;
}

Status insertDiscount(UnitOfWork& work, qint64 orderId, const DiscountRow& d)
{
    SqlQuery q(work.db(),
        QStringLiteral(
            "INSERT INTO order_discounts (uuid, order_id, order_line_id, kind, value, reward_id, points, amount_cents, "
            "authorised_staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({newUuid(), orderId, idOrNull(d.orderLineId), d.kind, d.value, idOrNull(d.rewardId), d.points,
        d.amount.cents(), idOrNull(d.authorisedBy)});
    return q.run(QStringLiteral("saving discounts"));
}

Status insertPayment(UnitOfWork& work, qint64 orderId, const PaymentRow& p)
{
    SqlQuery q(work.db(),
        QStringLiteral(
            "INSERT INTO payments (uuid, order_id, method, amount_cents, tendered_cents, change_cents, reference, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({p.uuid.isEmpty() ? newUuid() : p.uuid, orderId, p.method, p.amount.cents(), moneyOrNull(p.tendered),
        moneyOrNull(p.change), textOrEmpty(p.reference), p.at});
    return q.run(p.amount.isNegative() ? QStringLiteral("paying the refund back") : QStringLiteral("saving payments"));
}

Status setStatus(UnitOfWork& work, qint64 orderId, const QString& status)
{
    SqlQuery q(work.db(), QStringLiteral("UPDATE orders SET status = ? WHERE id = ?"));
    q.bindAll({status, orderId});
    return q.run(QStringLiteral("marking the order %1").arg(status));
}

Status reassignCustomer(UnitOfWork& work, qint64 fromCustomerId, qint64 toCustomerId)
{
    SqlQuery q(work.db(), QStringLiteral("UPDATE orders SET customer_id = ? WHERE customer_id = ?"));
    q.bindAll({toCustomerId, fromCustomerId});
    return q.run(QStringLiteral("moving a merged customer's orders"));
}

Result<qint64> insertRefund(UnitOfWork& work, RefundRow& r)
{
    if (r.uuid.isEmpty())
        r.uuid = newUuid();
    SqlQuery q(work.db(),
        QStringLiteral(
            "INSERT INTO refunds (uuid, order_id, staff_id, authorised_staff_id, reason, amount_cents, created_at, "
            "business_day, business_hour) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({r.uuid, r.orderId, r.staffId, idOrNull(r.authorisedBy), textOrEmpty(r.reason), r.amount.cents(), r.at,
        r.businessDay, r.businessHour});
    CREMA_TRY(q.run(QStringLiteral("recording the refund")));
    return q.lastInsertId();
}

Status insertRefundLine(UnitOfWork& work, qint64 refundId, qint64 orderLineId, Money amount, const QString& disposition)
{
    SqlQuery q(work.db(),
        QStringLiteral(
            "INSERT INTO refund_lines (refund_id, order_line_id, amount_cents, disposition) VALUES (?, ?, ?, ?)"));
    q.bindAll({refundId, orderLineId, amount.cents(), disposition});
    return q.run(QStringLiteral("recording refunded lines"));
}

} // namespace crema::OrderWriter

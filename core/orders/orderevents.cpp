#include "orderevents.h"

#include "common/jsonfields.h"
#include "storage/sql.h"

#include <QJsonArray>

#include <algorithm>

namespace crema::OrderEvents {

Result<QJsonObject> paid(const QSqlDatabase& db, qint64 orderId)
{
    SqlQuery o(db,
        QStringLiteral("SELECT o.uuid, st.uuid, t.uuid, o.receipt_no, c.uuid, s.uuid, o.subtotal_cents, "
                       "o.discount_cents, o.tax_cents, o.total_cents, o.paid_at, "
                       "coalesce(o.business_day, substr(o.paid_at, 1, 10)), "
                       "coalesce(o.business_hour, CAST(substr(o.paid_at, 12, 2) AS INTEGER)) FROM orders AS o "
                       "JOIN stores AS st ON st.id = o.store_id JOIN terminals AS t ON t.id = o.terminal_id "
                       "JOIN staff AS s ON s.id = o.staff_id LEFT JOIN customers AS c ON c.id = o.customer_id "
                       "WHERE o.id = ?"));
    o.bind(orderId);
    CREMA_TRY(o.run(QStringLiteral("reading order %1 for HQ").arg(orderId)));
    if (!o.next())
        return fail(Error::Code::NotFound, QStringLiteral("order %1 does not exist").arg(orderId));
    QJsonObject event {{QStringLiteral("order"), o.value(0).toString()},
        {QStringLiteral("store"), o.value(1).toString()}, {QStringLiteral("terminal"), o.value(2).toString()},
        {QStringLiteral("receipt"), o.value(3).toLongLong()},
        {QStringLiteral("customer"), textOrNull(o.value(4).toString())},
        {QStringLiteral("staff"), o.value(5).toString()}, {QStringLiteral("subtotal_cents"), o.value(6).toLongLong()},
        {QStringLiteral("discount_cents"), o.value(7).toLongLong()},
        {QStringLiteral("tax_cents"), o.value(8).toLongLong()},
        {QStringLiteral("total_cents"), o.value(9).toLongLong()}, {QStringLiteral("paid_at"), o.value(10).toString()},
        // The store's local day and hour, as the till's own reports count the sale (-1: no time).
        {QStringLiteral("business_day"), o.value(11).toString()},
        {QStringLiteral("business_hour"), o.value(12).toInt()}};
    o.next();

    SqlQuery l(db,
        QStringLiteral("SELECT l.id, l.line_no, p.uuid, z.uuid, l.product_name, l.size_name, l.quantity, "
                       "l.unit_price_cents, l.discount_cents, l.tax_cents, l.total_cents FROM order_lines AS l "
                       "JOIN products AS p ON p.id = l.product_id JOIN product_sizes AS z ON z.id = l.size_id "
                       "WHERE l.order_id = ? ORDER BY l.line_no"));
    l.bind(orderId);
    CREMA_TRY(l.run(QStringLiteral("reading the lines of order %1 for HQ").arg(orderId)));
    SqlQuery m(db,
        QStringLiteral("SELECT d.uuid FROM line_modifiers AS lm JOIN modifiers AS d ON d.id = lm.modifier_id "
                       "WHERE lm.order_line_id = ? ORDER BY d.uuid"));
    QJsonArray lines;
    while (l.next()) {
        m.bind(l.value(0).toLongLong());
        CREMA_TRY(m.run(QStringLiteral("reading the modifiers of order %1 for HQ").arg(orderId)));
        QJsonArray mods;
        while (m.next())
            mods.append(m.value(0).toString());
        lines.append(QJsonObject {{QStringLiteral("line_no"), l.value(1).toInt()},
            {QStringLiteral("product"), l.value(2).toString()}, {QStringLiteral("size"), l.value(3).toString()},
            {QStringLiteral("product_name"), l.value(4).toString()},
            {QStringLiteral("size_name"), l.value(5).toString()}, {QStringLiteral("modifiers"), mods},
            {QStringLiteral("quantity"), l.value(6).toLongLong()},
            {QStringLiteral("unit_price_cents"), l.value(7).toLongLong()},
            {QStringLiteral("discount_cents"), l.value(8).toLongLong()},
            {QStringLiteral("tax_cents"), l.value(9).toLongLong()},
            {QStringLiteral("total_cents"), l.value(10).toLongLong()}});
    }
    event.insert(QStringLiteral("lines"), lines);

    // What paid for it (refunds pay back with negative rows, sent with their refund).
    SqlQuery p(db,
        QStringLiteral(
            "SELECT method, amount_cents FROM payments WHERE order_id = ? AND amount_cents > 0 ORDER BY id"));
    p.bind(orderId);
    CREMA_TRY(p.run(QStringLiteral("reading the payments of order %1 for HQ").arg(orderId)));
    QJsonArray pays;
    while (p.next())
        pays.append(QJsonObject {{QStringLiteral("method"), p.value(0).toString()},
            {QStringLiteral("amount_cents"), p.value(1).toLongLong()}});
    event.insert(QStringLiteral("payments"), pays);
    return event;
}

Result<QJsonObject> refunded(const QSqlDatabase& db, qint64 refundId, const QString& status)
{
    SqlQuery r(db,
        QStringLiteral(
            "SELECT o.uuid, r.uuid, r.amount_cents, r.reason, r.created_at, "
            "coalesce(r.business_day, substr(r.created_at, 1, 10)), "
            "coalesce(r.business_hour, CAST(substr(r.created_at, 12, 2) AS INTEGER)), o.id FROM refunds AS r "
            "JOIN orders AS o ON o.id = r.order_id WHERE r.id = ?"));
    r.bind(refundId);
    CREMA_TRY(r.run(QStringLiteral("reading refund %1 for HQ").arg(refundId)));
    if (!r.next())
        return fail(Error::Code::NotFound, QStringLiteral("refund %1 does not exist").arg(refundId));
    QJsonObject event {{QStringLiteral("order"), r.value(0).toString()},
        {QStringLiteral("refund"), r.value(1).toString()}, {QStringLiteral("amount_cents"), r.value(2).toLongLong()},
        {QStringLiteral("reason"), r.value(3).toString()}, {QStringLiteral("refunded_at"), r.value(4).toString()},
        {QStringLiteral("status"), status}, {QStringLiteral("business_day"), r.value(5).toString()},
        {QStringLiteral("business_hour"), r.value(6).toInt()}};
    const qint64 orderId = r.value(7).toLongLong();
    const QString at = r.value(4).toString();
    r.next();
    SqlQuery l(db,
        QStringLiteral("SELECT l.line_no, l.quantity, l.tax_cents, rl.amount_cents FROM refund_lines AS rl "
                       "JOIN order_lines AS l ON l.id = rl.order_line_id WHERE rl.refund_id = ? ORDER BY l.line_no"));
    l.bind(refundId);
    CREMA_TRY(l.run(QStringLiteral("reading the lines of refund %1 for HQ").arg(refundId)));
    QJsonArray nos, quantities;
    qint64 tax = 0;
    while (l.next()) {
        nos.append(l.value(0).toInt());
        quantities.append(QJsonObject {{QStringLiteral("line_no"), l.value(0).toInt()},
            {QStringLiteral("quantity"), l.value(1).toLongLong()},
            {QStringLiteral("amount_cents"), l.value(3).toLongLong()}});
        tax += l.value(2).toLongLong();
    }
    event.insert(QStringLiteral("lines"), nos);
    event.insert(QStringLiteral("line_quantities"), quantities);
    event.insert(QStringLiteral("tax_cents"), tax);
    // The money paid back, per method: the order's negative payments the refund wrote with it.
    SqlQuery p(db,
        QStringLiteral("SELECT method, -amount_cents FROM payments WHERE order_id = ? AND amount_cents < 0 "
                       "AND created_at = ? ORDER BY id"));
    p.bindAll({orderId, at});
    CREMA_TRY(p.run(QStringLiteral("reading what refund %1 paid back for HQ").arg(refundId)));
    QJsonArray back;
    while (p.next())
        back.append(QJsonObject {{QStringLiteral("method"), p.value(0).toString()},
            {QStringLiteral("amount_cents"), p.value(1).toLongLong()}});
    event.insert(QStringLiteral("payments"), back);
    return event;
}

} // namespace crema::OrderEvents

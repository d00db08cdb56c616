#include "hqreports.h"

#include "storage/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace crema::HqReports {

namespace {

// The stores a read covers: one, or every one (""), as a condition on two parameters, both bound
// to the store's id. Two forms rather than "? = '' OR store_id = ?", which keeps both SQLite and
// PostgreSQL from using the (store_id, business_day) indexes for one store.
QString stores(const QString& storeId, const char* alias = "")
{
    return storeId.isEmpty() ? QStringLiteral("(? = '' AND ? = '')")
                             : QStringLiteral("(%1store_id = ? AND ? <> '')").arg(QLatin1String(alias));
}

QString isoDay(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

Result<SalesParts> salesParts(const QSqlDatabase& db, const QString& store, const DateRange& range)
{
    const QString storeId = textOrEmpty(store); // bound as '' (a null text is NULL, and NULL = '' is not true)
    const QString from = isoDay(range.from);
    const QString to = isoDay(range.to);
    SalesParts out;

    // Hours: sales on the day and hour they were paid, refunds on those they were given.
    std::map<std::pair<QString, int>, SalesFigures> cells;
    SqlQuery sold(db,
        QStringLiteral("SELECT business_day, business_hour, count(*), sum(items), sum(total_cents), "
                       "sum(discount_cents), sum(tax_cents) FROM orders WHERE %1 AND business_day BETWEEN ? AND ? "
                       "AND status <> 'voided' GROUP BY business_day, business_hour")
            .arg(stores(storeId)));
    sold.bindAll({storeId, storeId, from, to});
    CREMA_TRY(sold.run(QStringLiteral("reading the chain's sales by hour")));
    while (sold.next()) {
        SalesFigures& f = cells[{sold.value(0).toString(), sold.value(1).toInt()}];
        f.orders += sold.value(2).toLongLong();
        f.items += sold.value(3).toLongLong();
        f.sales += Money(sold.value(4).toLongLong());
        f.discounts += Money(sold.value(5).toLongLong());
        f.tax += Money(sold.value(6).toLongLong());
    }
    SqlQuery back(db,
        QStringLiteral("SELECT business_day, business_hour, count(*), sum(items), sum(amount_cents), sum(tax_cents) "
                       "FROM refunds WHERE %1 AND business_day BETWEEN ? AND ? GROUP BY business_day, business_hour")
            .arg(stores(storeId)));
    back.bindAll({storeId, storeId, from, to});
    CREMA_TRY(back.run(QStringLiteral("reading the chain's refunds by hour")));
    while (back.next()) {
        SalesFigures& f = cells[{back.value(0).toString(), back.value(1).toInt()}];
        f.refunds += back.value(2).toLongLong();
        f.items -= back.value(3).toLongLong();
        f.refunded += Money(back.value(4).toLongLong());
        f.tax -= Money(back.value(5).toLongLong());
        f.refundedTax += Money(back.value(5).toLongLong());
    }
    for (const auto& [key, figures] : cells)
        out.cells.append(SalesHourCell {QDate::fromString(key.first, Qt::ISODate), key.second, figures});

    // Products: units and line totals sold, less the lines refunded in the range.
    std::map<QString, ProductSales> products;
    SqlQuery lines(db,
        QStringLiteral("SELECT l.product_uuid, max(l.product_name), count(DISTINCT o.order_uuid), sum(l.quantity), "
                       "sum(l.total_cents) FROM orders AS o JOIN order_lines AS l ON l.store_id = o.store_id AND "
                       "l.order_uuid = o.order_uuid WHERE %1 AND o.business_day BETWEEN ? AND ? "
                       "AND o.status <> 'voided' GROUP BY l.product_uuid")
            .arg(stores(storeId, "o.")));
    lines.bindAll({storeId, storeId, from, to});
    CREMA_TRY(lines.run(QStringLiteral("reading the chain's product sales")));
    while (lines.next()) {
        ProductSales& p = products[lines.value(0).toString()];
        p.productUuid = lines.value(0).toString();
        p.product = lines.value(1).toString();
        p.orders += lines.value(2).toLongLong();
        p.quantity += lines.value(3).toLongLong();
        p.revenue += Money(lines.value(4).toLongLong());
    }
    SqlQuery refunded(db,
        QStringLiteral("SELECT l.product_uuid, max(l.product_name), sum(l.quantity), sum(rl.amount_cents) "
                       "FROM refunds AS r JOIN refund_lines AS rl ON rl.store_id = r.store_id AND "
                       "rl.refund_uuid = r.refund_uuid JOIN order_lines AS l ON l.store_id = rl.store_id AND "
                       "l.order_uuid = rl.order_uuid AND l.line_no = rl.line_no "
                       "WHERE %1 AND r.business_day BETWEEN ? AND ? GROUP BY l.product_uuid")
            .arg(stores(storeId, "r.")));
    refunded.bindAll({storeId, storeId, from, to});
    CREMA_TRY(refunded.run(QStringLiteral("reading the chain's refunded products")));
    while (refunded.next()) {
        ProductSales& p = products[refunded.value(0).toString()];
        p.productUuid = refunded.value(0).toString();
        if (p.product.isEmpty())
            p.product = refunded.value(1).toString();
        p.quantity -= refunded.value(2).toLongLong();
        p.revenue -= Money(refunded.value(3).toLongLong());
    }
    for (const auto& [uuid, p] : products)
        out.products.append(p);

    // Payments by method, and what refunds paid back by method.
    std::map<QString, PaymentSales> methods;
    SqlQuery paid(db,
        QStringLiteral("SELECT p.method, count(*), sum(p.amount_cents) FROM orders AS o JOIN order_payments AS p "
                       "ON p.store_id = o.store_id AND p.order_uuid = o.order_uuid WHERE %1 AND o.business_day "
                       "BETWEEN ? AND ? AND o.status <> 'voided' AND p.amount_cents > 0 GROUP BY p.method")
            .arg(stores(storeId, "o.")));
    paid.bindAll({storeId, storeId, from, to});
    CREMA_TRY(paid.run(QStringLiteral("reading the chain's payments")));
    while (paid.next()) {
        PaymentSales& p = methods[paid.value(0).toString()];
        p.method = paid.value(0).toString();
        p.payments += paid.value(1).toLongLong();
        p.taken += Money(paid.value(2).toLongLong());
    }
    SqlQuery paidBack(db,
        QStringLiteral("SELECT p.method, count(*), sum(p.amount_cents) FROM refunds AS r JOIN refund_payments AS p "
                       "ON p.store_id = r.store_id AND p.refund_uuid = r.refund_uuid WHERE %1 AND r.business_day "
                       "BETWEEN ? AND ? GROUP BY p.method")
            .arg(stores(storeId, "r.")));
    paidBack.bindAll({storeId, storeId, from, to});
    CREMA_TRY(paidBack.run(QStringLiteral("reading what the chain's refunds paid back")));
    while (paidBack.next()) {
        PaymentSales& p = methods[paidBack.value(0).toString()];
        p.method = paidBack.value(0).toString();
        p.refunds += paidBack.value(1).toLongLong();
        p.paidBack += Money(paidBack.value(2).toLongLong());
    }
    for (const auto& [method, p] : methods)
        out.payments.append(p);

    // Points: earned and redeemed on the order's day, given back on the day of the order's refund
    // they came with (its latest refund by then).
    SqlQuery earned(db,
        QStringLiteral("SELECT coalesce(sum(CASE WHEN e.reason = 'earn' THEN e.points END), 0), "
                       "coalesce(-sum(CASE WHEN e.reason = 'redeem' THEN e.points END), 0) FROM points_entries AS e "
                       "JOIN orders AS o ON o.store_id = e.store_id AND o.order_uuid = e.order_uuid "
                       "WHERE %1 AND o.business_day BETWEEN ? AND ? AND o.status <> 'voided' "
                       "AND e.reason IN ('earn', 'redeem')")
            .arg(stores(storeId, "e.")));
    earned.bindAll({storeId, storeId, from, to});
    CREMA_TRY(earned.run(QStringLiteral("reading the chain's points")));
    if (earned.next()) {
        out.pointsEarned = earned.value(0).toLongLong();
        out.pointsRedeemed = earned.value(1).toLongLong();
    }
    earned.next();
    SqlQuery givenBack(db,
        QStringLiteral("SELECT coalesce(sum(CASE WHEN reason = 'refund_earn' THEN points ELSE 0 END), 0), "
                       "coalesce(-sum(CASE WHEN reason = 'refund_redeem' THEN points ELSE 0 END), 0) FROM "
                       "(SELECT e.reason, e.points, coalesce((SELECT r.business_day FROM refunds AS r WHERE "
                       "r.store_id = e.store_id AND r.order_uuid = e.order_uuid AND r.at <= e.at ORDER BY r.at DESC "
                       "LIMIT 1), substr(e.at, 1, 10)) AS day FROM points_entries AS e WHERE %1 AND e.order_uuid <> '' "
                       "AND e.reason IN ('refund_earn', 'refund_redeem') AND EXISTS (SELECT 1 FROM refunds AS q "
                       "WHERE q.store_id = e.store_id AND q.order_uuid = e.order_uuid AND q.business_day "
                       "BETWEEN ? AND ?)) AS back WHERE day BETWEEN ? AND ?")
            .arg(stores(storeId, "e.")));
    givenBack.bindAll({storeId, storeId, from, to, from, to});
    CREMA_TRY(givenBack.run(QStringLiteral("reading the chain's points given back")));
    if (givenBack.next()) {
        out.pointsEarned += givenBack.value(0).toLongLong();
        out.pointsRedeemed += givenBack.value(1).toLongLong();
    }
    givenBack.next();

    // Active members: the chain's customers with a paid order in the range, a merged profile
    // counted as the one it became (through two merges).
    SqlQuery members(db,
        QStringLiteral("SELECT count(DISTINCT coalesce(nullif(m.merged_into, ''), nullif(c.merged_into, ''), "
                       "o.customer_uuid)) FROM orders AS o LEFT JOIN customers AS c ON c.customer_uuid = "
                       "o.customer_uuid LEFT JOIN customers AS m ON m.customer_uuid = c.merged_into "
                       "WHERE %1 AND o.business_day BETWEEN ? AND ? AND o.status <> 'voided' AND o.customer_uuid <> ''")
            .arg(stores(storeId, "o.")));
    members.bindAll({storeId, storeId, from, to});
    CREMA_TRY(members.run(QStringLiteral("counting the chain's active members")));
    out.members = members.next() ? members.value(0).toLongLong() : 0;
    members.next();
    return out;
}

Result<ForecastData> forecastData(const QSqlDatabase& db, const QString& store, const ForecastWindow& window)
{
    const QString storeId = textOrEmpty(store);
    ForecastData out;
    SqlQuery daily(db,
        QStringLiteral("SELECT o.business_day, l.product_uuid, sum(l.quantity) FROM orders AS o JOIN order_lines AS l "
                       "ON l.store_id = o.store_id AND l.order_uuid = o.order_uuid WHERE %1 AND o.business_day "
                       "BETWEEN ? AND ? AND o.status <> 'voided' GROUP BY o.business_day, l.product_uuid")
            .arg(stores(storeId, "o.")));
    daily.bindAll({storeId, storeId, isoDay(window.origin), isoDay(window.last)});
    CREMA_TRY(daily.run(QStringLiteral("reading the chain's daily sales")));
    while (daily.next())
        out.daily.append({QDate::fromString(daily.value(0).toString(), Qt::ISODate), daily.value(1).toString(),
            daily.value(2).toLongLong()});
    SqlQuery first(db,
        QStringLiteral("SELECT l.product_uuid, min(o.business_day) FROM orders AS o JOIN order_lines AS l "
                       "ON l.store_id = o.store_id AND l.order_uuid = o.order_uuid WHERE %1 AND o.business_day <= ? "
                       "AND o.status <> 'voided' GROUP BY l.product_uuid")
            .arg(stores(storeId, "o.")));
    first.bindAll({storeId, storeId, isoDay(window.last)});
    CREMA_TRY(first.run(QStringLiteral("reading the chain's first sales")));
    while (first.next())
        out.firstSale.append({first.value(0).toString(), QDate::fromString(first.value(1).toString(), Qt::ISODate)});

    // The mix: units per size, and per size the units that carried each modifier (a line keeps its
    // modifiers as a JSON list, taken apart here).
    const auto mix = [&](const QDate& from) -> Result<QList<ForecastData::Mix>> {
        SqlQuery q(db,
            QStringLiteral("SELECT l.size_uuid, l.modifiers, sum(l.quantity) FROM orders AS o JOIN order_lines AS l "
                           "ON l.store_id = o.store_id AND l.order_uuid = o.order_uuid WHERE %1 AND o.business_day "
                           "BETWEEN ? AND ? AND o.status <> 'voided' GROUP BY l.size_uuid, l.modifiers")
                .arg(stores(storeId, "o.")));
        q.bindAll({storeId, storeId, isoDay(from), isoDay(window.last)});
        CREMA_TRY(q.run(QStringLiteral("reading the chain's mix of sizes and modifiers")));
        std::map<std::pair<QString, QString>, qint64> units;
        while (q.next()) {
            const QString size = q.value(0).toString();
            const qint64 n = q.value(2).toLongLong();
            units[{size, QString()}] += n;
            const QJsonArray mods = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
            for (const QJsonValue& m : mods) {
                const QString uuid
                    = m.isObject() ? m.toObject().value(QStringLiteral("uuid")).toString() : m.toString();
                if (!uuid.isEmpty())
                    units[{size, uuid}] += n;
            }
        }
        QList<ForecastData::Mix> rows;
        for (const auto& [key, n] : units)
            rows.append({key.first, key.second, n});
        return rows;
    };
    auto whole = mix(window.origin);
    if (!whole)
        return whole.error();
    out.mix = std::move(*whole);
    auto recent = mix(window.mixFrom);
    if (!recent)
        return recent.error();
    out.recentMix = std::move(*recent);

    SqlQuery stock(db,
        QStringLiteral("SELECT ingredient_uuid, sum(quantity) FROM stock_movements WHERE %1 GROUP BY ingredient_uuid")
            .arg(stores(storeId)));
    stock.bindAll({storeId, storeId});
    CREMA_TRY(stock.run(QStringLiteral("reading the chain's stock")));
    while (stock.next())
        out.onHand.append({stock.value(0).toString(), stock.value(1).toLongLong()});
    return out;
}

} // namespace crema::HqReports

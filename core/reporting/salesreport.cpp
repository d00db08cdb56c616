#include "salesreport.h"

#include "storage/database.h"
#include "storage/scopedtransaction.h"
#include "storage/sql.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace crema {

namespace {

struct HourCell {
    QDate day;
    int hour = 0;
    SalesFigures figures;
};

Status checkFilter(const ReportFilter& filter)
{
    return checkRange(filter.range, QStringLiteral("the report"));
}

// Every (day, hour) of the range with sales or refunds, all chosen stores added up.
Result<QList<HourCell>> readHours(const QSqlDatabase& db, const ReportFilter& filter)
{
    SqlQuery q(db,
        QStringLiteral("SELECT day, hour, sum(orders), sum(items) - sum(refund_items), sum(sales_cents), "
                       "sum(discount_cents), sum(tax_cents) - sum(refund_tax_cents), sum(refund_tax_cents), "
                       "sum(refunds), sum(refund_cents) FROM sales_hourly "
                       "WHERE store_id IN (SELECT id FROM stores WHERE ? = 0 OR id = ?) AND day BETWEEN ? AND ? "
                       "GROUP BY day, hour ORDER BY day, hour"));
    q.bindAll({filter.storeId, filter.storeId, filter.range.from.toString(Qt::ISODate),
        filter.range.to.toString(Qt::ISODate)});
    CREMA_TRY(q.run(QStringLiteral("reading hourly sales")));
    QList<HourCell> out;
    while (q.next()) {
        HourCell c;
        c.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        c.hour = q.value(1).toInt();
        c.figures.orders = q.value(2).toLongLong();
        c.figures.items = q.value(3).toLongLong();
        c.figures.sales = Money(q.value(4).toLongLong());
        c.figures.discounts = Money(q.value(5).toLongLong());
        c.figures.tax = Money(q.value(6).toLongLong());
        c.figures.refundedTax = Money(q.value(7).toLongLong());
        c.figures.refunds = q.value(8).toLongLong();
        c.figures.refunded = Money(q.value(9).toLongLong());
        out.append(c);
    }
    return out;
}

SalesFigures sumOf(const QList<HourCell>& cells)
{
    SalesFigures total;
    for (const HourCell& c : cells)
        total += c.figures;
    return total;
}

QList<SalesRow> bucketed(const QList<HourCell>& cells, const DateRange& range, Grouping grouping)
{
    QList<SalesRow> rows;
    std::map<QDate, qsizetype> index;
    for (QDate start = bucketStart(grouping, range.from); start <= range.to; start = nextBucket(grouping, start)) {
        index.emplace(start, rows.size());
        rows.append(SalesRow {periodLabel(grouping, start), {}, start});
    }
    for (const HourCell& c : cells)
        rows[index.at(bucketStart(grouping, c.day))].figures += c.figures;
    return rows;
}

QList<SalesRow> byHour(const QList<HourCell>& cells)
{
    std::map<int, SalesFigures> hours;
    for (const HourCell& c : cells)
        hours[c.hour] += c.figures;
    QList<SalesRow> rows;
    for (const auto& [hour, figures] : hours) {
        if (hour >= 0)
            rows.append(SalesRow {QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')), figures, {}});
    }
    if (hours.count(-1))
        rows.append(SalesRow {QStringLiteral("unknown"), hours.at(-1), {}});
    return rows;
}

SalesHeatmap heatmapOf(const QList<HourCell>& cells)
{
    SalesHeatmap map;
    for (const HourCell& c : cells) {
        if (c.hour < 0) {
            map.untimedOrders += c.figures.orders;
            continue;
        }
        const auto weekday = static_cast<size_t>(c.day.dayOfWeek() - 1);
        const auto hour = static_cast<size_t>(c.hour);
        map.orders[weekday][hour] += c.figures.orders;
        map.revenueCents[weekday][hour] += c.figures.revenue().cents();
    }
    return map;
}

Result<QList<ProductSales>> readProducts(const QSqlDatabase& db, const ReportFilter& filter)
{
    SqlQuery q(db,
        QStringLiteral("SELECT p.id, p.name, c.name, sum(s.orders), sum(s.quantity) - sum(s.refund_quantity), "
                       "sum(s.sales_cents) - sum(s.refund_cents) AS revenue FROM sales_product_daily AS s "
                       "JOIN products AS p ON p.id = s.product_id JOIN categories AS c ON c.id = p.category_id "
                       "WHERE s.store_id IN (SELECT id FROM stores WHERE ? = 0 OR id = ?) AND s.day BETWEEN ? AND ? "
                       "GROUP BY p.id ORDER BY revenue DESC, p.name"));
    q.bindAll({filter.storeId, filter.storeId, filter.range.from.toString(Qt::ISODate),
        filter.range.to.toString(Qt::ISODate)});
    CREMA_TRY(q.run(QStringLiteral("reading product sales")));
    QList<ProductSales> out;
    while (q.next())
        out.append(ProductSales {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toLongLong(), Money(q.value(5).toLongLong())});
    return out;
}

// Product figures as report rows: orders are those holding the product (or, for a category, the
// sum over its products, so an order with two of its products counts twice).
QList<SalesRow> productRows(const QList<ProductSales>& products, bool byCategory)
{
    QList<SalesRow> rows;
    QHash<QString, qsizetype> index;
    for (const ProductSales& p : products) {
        const QString key = byCategory ? p.category : p.product;
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, rows.size());
            rows.append(SalesRow {key, {}, {}});
        }
        SalesFigures& f = rows[*it].figures;
        f.orders += p.orders;
        f.items += p.quantity;
        f.sales += p.revenue;
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const SalesRow& a, const SalesRow& b) { return a.figures.sales > b.figures.sales; });
    return rows;
}

Result<QList<PaymentSales>> readPayments(const QSqlDatabase& db, const ReportFilter& filter)
{
    SqlQuery q(db,
        QStringLiteral("SELECT method, sum(payments), sum(amount_cents), sum(refunds), sum(refund_cents) "
                       "FROM payments_daily WHERE store_id IN (SELECT id FROM stores WHERE ? = 0 OR id = ?) "
                       "AND day BETWEEN ? AND ? "
                       "GROUP BY method ORDER BY sum(amount_cents) DESC"));
    q.bindAll({filter.storeId, filter.storeId, filter.range.from.toString(Qt::ISODate),
        filter.range.to.toString(Qt::ISODate)});
    CREMA_TRY(q.run(QStringLiteral("reading payments")));
    QList<PaymentSales> out;
    while (q.next())
        out.append(PaymentSales {q.value(0).toString(), q.value(1).toLongLong(), Money(q.value(2).toLongLong()),
            q.value(3).toLongLong(), Money(q.value(4).toLongLong())});
    return out;
}

Result<LoyaltyFigures> readLoyalty(const QSqlDatabase& db, const ReportFilter& filter)
{
    const QString from = filter.range.from.toString(Qt::ISODate);
    const QString to = filter.range.to.toString(Qt::ISODate);
    LoyaltyFigures out;
    SqlQuery points(db,
        QStringLiteral("SELECT coalesce(sum(earned), 0), coalesce(sum(redeemed), 0) FROM loyalty_daily "
                       "WHERE store_id IN (SELECT id FROM stores WHERE ? = 0 OR id = ?) AND day BETWEEN ? AND ?"));
    points.bindAll({filter.storeId, filter.storeId, from, to});
    CREMA_TRY(points.run(QStringLiteral("reading loyalty points")));
    if (points.next()) {
        out.pointsEarned = points.value(0).toLongLong();
        out.pointsRedeemed = points.value(1).toLongLong();
    }
    // A seek per customer and store (orders_customer) that stops at the first order found: as quick
    // for a year as for a day, where counting the distinct customers of the period's orders took
    // time in proportion to its length.
    SqlQuery members(db,
        QStringLiteral("SELECT count(*) FROM customers AS c WHERE EXISTS (SELECT 1 FROM orders AS o "
                       "WHERE o.customer_id = c.id AND o.store_id IN (SELECT id FROM stores WHERE ? = 0 OR id = ?) "
                       "AND o.business_day BETWEEN ? AND ? AND o.status NOT IN ('open', 'voided'))"));
    members.bindAll({filter.storeId, filter.storeId, from, to});
    CREMA_TRY(members.run(QStringLiteral("counting active members")));
    if (members.next())
        out.activeMembers = members.value(0).toLongLong();
    return out;
}

} // namespace

Money SalesFigures::averageTicket() const
{
    if (orders == 0)
        return Money();
    const qint64 r = revenue().cents();
    const qint64 half = orders / 2;
    return Money(r >= 0 ? (r + half) / orders : -((-r + half) / orders));
}

SalesFigures& SalesFigures::operator+=(const SalesFigures& o)
{
    orders += o.orders;
    items += o.items;
    sales += o.sales;
    discounts += o.discounts;
    tax += o.tax;
    refundedTax += o.refundedTax;
    refunds += o.refunds;
    refunded += o.refunded;
    return *this;
}

SalesReport::SalesReport(Database& db)
    : m_db(db)
{ }

Result<QList<StoreChoice>> SalesReport::stores()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, name FROM stores ORDER BY name"));
    CREMA_TRY(q.run(QStringLiteral("reading stores")));
    QList<StoreChoice> out;
    while (q.next())
        out.append(StoreChoice {q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

Result<SalesFigures> SalesReport::totals(const ReportFilter& filter)
{
    CREMA_TRY(checkFilter(filter));
    auto cells = readHours(m_db.connection(), filter);
    if (!cells)
        return cells.error();
    return sumOf(*cells);
}

Result<QList<SalesRow>> SalesReport::sales(const ReportFilter& filter, Grouping grouping)
{
    CREMA_TRY(checkFilter(filter));
    if (grouping == Grouping::Day)
        CREMA_TRY(checkDailyRange(filter.range));
    const QSqlDatabase db = m_db.connection();
    if (grouping == Grouping::Product || grouping == Grouping::Category) {
        auto products = readProducts(db, filter);
        if (!products)
            return products.error();
        return productRows(*products, grouping == Grouping::Category);
    }
    auto cells = readHours(db, filter);
    if (!cells)
        return cells.error();
    if (grouping == Grouping::Hour)
        return byHour(*cells);
    return bucketed(*cells, filter.range, grouping);
}

Result<SalesHeatmap> SalesReport::heatmap(const ReportFilter& filter)
{
    CREMA_TRY(checkFilter(filter));
    auto cells = readHours(m_db.connection(), filter);
    if (!cells)
        return cells.error();
    return heatmapOf(*cells);
}

Result<QList<ProductSales>> SalesReport::products(const ReportFilter& filter)
{
    CREMA_TRY(checkFilter(filter));
    return readProducts(m_db.connection(), filter);
}

Result<QList<PaymentSales>> SalesReport::payments(const ReportFilter& filter)
{
    CREMA_TRY(checkFilter(filter));
    return readPayments(m_db.connection(), filter);
}

Result<LoyaltyFigures> SalesReport::loyalty(const ReportFilter& filter)
{
    CREMA_TRY(checkFilter(filter));
    return readLoyalty(m_db.connection(), filter);
}

void SalesReport::releaseThreadConnection()
{
    m_db.releaseConnection();
}

Grouping SalesReport::seriesGroupingFor(const DateRange& range)
{
    if (range.days() <= 62)
        return Grouping::Day;
    if (range.days() <= 186)
        return Grouping::Week;
    return Grouping::Month;
}

Result<DashboardData> SalesReport::dashboard(const ReportFilter& filter, const DateRange& previousRange)
{
    CREMA_TRY(checkFilter(filter));
    const ReportFilter previousFilter {previousRange, filter.storeId};
    CREMA_TRY(checkFilter(previousFilter));
    const QSqlDatabase db = m_db.connection();
    // One read transaction: a sale committed halfway through cannot make the charts disagree.
    auto tx = ScopedTransaction::beginRead(db);
    if (!tx)
        return tx.error();

    DashboardData out;
    out.filter = filter;
    out.previousRange = previousRange;
    auto cells = readHours(db, filter);
    if (!cells)
        return cells.error();
    auto previousCells = readHours(db, previousFilter);
    if (!previousCells)
        return previousCells.error();
    out.current = sumOf(*cells);
    out.previous = sumOf(*previousCells);
    out.seriesGrouping = seriesGroupingFor(filter.range);
    out.series = bucketed(*cells, filter.range, out.seriesGrouping);
    out.heatmap = heatmapOf(*cells);

    auto products = readProducts(db, filter);
    if (!products)
        return products.error();
    out.products = *products;
    out.categories = productRows(out.products, true);
    auto payments = readPayments(db, filter);
    if (!payments)
        return payments.error();
    out.payments = *payments;
    auto loyalty = readLoyalty(db, filter);
    if (!loyalty)
        return loyalty.error();
    out.loyalty = *loyalty;
    auto previousLoyalty = readLoyalty(db, previousFilter);
    if (!previousLoyalty)
        return previousLoyalty.error();
    out.previousLoyalty = *previousLoyalty;
    CREMA_TRY(tx->commit());
    return out;
}

} // namespace crema

#include "salesreport.h"

#include "storage/database.h"
#include "storage/scopedtransaction.h"
#include "storage/sql.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>

#include <algorithm>
#include <map>
#include <tuple>

namespace crema {

namespace {

using HourCell = SalesHourCell;
using RangeParts = SalesParts;

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
                       "sum(s.sales_cents) - sum(s.refund_cents) AS revenue, p.uuid FROM sales_product_daily AS s "
                       "JOIN products AS p ON p.id = s.product_id JOIN categories AS c ON c.id = p.category_id "
                       "WHERE s.store_id IN (SELECT id FROM stores WHERE ? = 0 OR id = ?) AND s.day BETWEEN ? AND ? "
                       "GROUP BY p.id ORDER BY revenue DESC, p.name"));
    q.bindAll({filter.storeId, filter.storeId, filter.range.from.toString(Qt::ISODate),
        filter.range.to.toString(Qt::ISODate)});
    CREMA_TRY(q.run(QStringLiteral("reading product sales")));
    QList<ProductSales> out;
    while (q.next())
        out.append(ProductSales {q.value(0).toLongLong(), q.value(6).toString(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toLongLong(), Money(q.value(5).toLongLong())});
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

Result<std::pair<qint64, qint64>> readPoints(const QSqlDatabase& db, const ReportFilter& filter)
{
    SqlQuery points(db,
        QStringLiteral("SELECT coalesce(sum(earned), 0), coalesce(sum(redeemed), 0) FROM loyalty_daily "
                       "WHERE store_id IN (SELECT id FROM stores WHERE ? = 0 OR id = ?) AND day BETWEEN ? AND ?"));
    points.bindAll({filter.storeId, filter.storeId, filter.range.from.toString(Qt::ISODate),
        filter.range.to.toString(Qt::ISODate)});
    CREMA_TRY(points.run(QStringLiteral("reading loyalty points")));
    if (!points.next())
        return std::pair<qint64, qint64>(0, 0);
    return std::pair<qint64, qint64>(points.value(0).toLongLong(), points.value(1).toLongLong());
}

Result<qint64> readMembers(const QSqlDatabase& db, const ReportFilter& filter)
{
    // A seek per customer and store (orders_customer) that stops at the first order found: as quick
    // for a year as for a day, where counting the distinct customers of the period's orders took
    // time in proportion to its length.
    SqlQuery members(db,
        QStringLiteral("SELECT count(*) FROM customers AS c WHERE EXISTS (SELECT 1 FROM orders AS o "
                       "WHERE o.customer_id = c.id AND o.store_id IN (SELECT id FROM stores WHERE ? = 0 OR id = ?) "
                       "AND o.business_day BETWEEN ? AND ? AND o.status NOT IN ('open', 'voided'))"));
    members.bindAll({filter.storeId, filter.storeId, filter.range.from.toString(Qt::ISODate),
        filter.range.to.toString(Qt::ISODate)});
    CREMA_TRY(members.run(QStringLiteral("counting active members")));
    return members.next() ? members.value(0).toLongLong() : 0;
}

Result<LoyaltyFigures> readLoyalty(const QSqlDatabase& db, const ReportFilter& filter)
{
    auto points = readPoints(db, filter);
    if (!points)
        return points.error();
    auto members = readMembers(db, filter);
    if (!members)
        return members.error();
    return LoyaltyFigures {points->first, points->second, *members};
}

Result<RangeParts> readParts(const QSqlDatabase& db, const ReportFilter& filter)
{
    RangeParts out;
    auto cells = readHours(db, filter);
    if (!cells)
        return cells.error();
    out.cells = std::move(*cells);
    auto products = readProducts(db, filter);
    if (!products)
        return products.error();
    out.products = std::move(*products);
    auto payments = readPayments(db, filter);
    if (!payments)
        return payments.error();
    out.payments = std::move(*payments);
    auto points = readPoints(db, filter);
    if (!points)
        return points.error();
    std::tie(out.pointsEarned, out.pointsRedeemed) = *points;
    return out;
}

// A month's hourly cells folded into one per weekday and hour, each dated on the month's first day
// of that weekday: the same month bucket, weekday heatmap and totals, in at most 7 x 25 cells.
QList<HourCell> foldMonth(const QList<HourCell>& cells, const QDate& monthStart)
{
    std::map<std::pair<int, int>, HourCell> folded;
    for (const HourCell& c : cells) {
        const int weekday = c.day.dayOfWeek();
        auto [it, added] = folded.try_emplace({weekday, c.hour});
        if (added) {
            it->second.day = monthStart.addDays((weekday - monthStart.dayOfWeek() + 7) % 7);
            it->second.hour = c.hour;
        }
        it->second.figures += c.figures;
    }
    QList<HourCell> out;
    for (const auto& [key, cell] : folded)
        out.append(cell);
    return out;
}

void addParts(RangeParts& into, const RangeParts& more)
{
    into.cells += more.cells;
    for (const ProductSales& p : more.products) {
        auto it = std::find_if(into.products.begin(), into.products.end(),
            [&](const ProductSales& q) { return q.productId == p.productId; });
        if (it == into.products.end()) {
            into.products.append(p);
            continue;
        }
        it->orders += p.orders;
        it->quantity += p.quantity;
        it->revenue += p.revenue;
    }
    for (const PaymentSales& p : more.payments) {
        auto it = std::find_if(
            into.payments.begin(), into.payments.end(), [&](const PaymentSales& q) { return q.method == p.method; });
        if (it == into.payments.end()) {
            into.payments.append(p);
            continue;
        }
        it->payments += p.payments;
        it->taken += p.taken;
        it->refunds += p.refunds;
        it->paidBack += p.paidBack;
    }
    into.pointsEarned += more.pointsEarned;
    into.pointsRedeemed += more.pointsRedeemed;
}

// The order the single queries give: products by revenue then name, payments by money taken.
void sortParts(RangeParts& parts)
{
    std::sort(parts.products.begin(), parts.products.end(), [](const ProductSales& a, const ProductSales& b) {
        return a.revenue != b.revenue ? a.revenue > b.revenue : a.product < b.product;
    });
    std::sort(parts.payments.begin(), parts.payments.end(), [](const PaymentSales& a, const PaymentSales& b) {
        return a.taken != b.taken ? a.taken > b.taken : a.method < b.method;
    });
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

// Whole months already added up, per store filter. Sales, imports and refunds only ever add
// orders and refunds (new ids) or pay a parked order (an unpaid one gets its paid_at); paid orders
// never change. So what changed since the last read is the days of the orders and refunds added
// since, and a parked order paid since, which is rare enough to forget every month for.
struct SalesReport::MonthCache {
    QMutex mutex;
    qint64 lastOrderId = -1;
    qint64 lastRefundId = 0;
    qint64 unpaidOrders = 0; // count and sum of the ids of the orders without paid_at
    qint64 unpaidIdSum = 0;
    std::map<std::pair<qint64, QDate>, RangeParts> months; // (store filter, first day of the month)

    // Forgets the months the writes since the last read may have changed; runs in the read's snapshot.
    Status refresh(const QSqlDatabase& db)
    {
        SqlQuery state(db,
            QStringLiteral(
                "SELECT (SELECT coalesce(max(id), 0) FROM orders), (SELECT coalesce(max(id), 0) FROM refunds), "
                "count(*) FILTER (WHERE id <= ?), coalesce(sum(id) FILTER (WHERE id <= ?), 0), count(*), "
                "coalesce(sum(id), 0) FROM orders WHERE store_id IN (SELECT id FROM stores) "
                "AND paid_at IS NULL"));
        state.bindAll({lastOrderId, lastOrderId});
        CREMA_TRY(state.run(QStringLiteral("reading what changed since the last report")));
        state.next();
        const qint64 orderId = state.value(0).toLongLong();
        const qint64 refundId = state.value(1).toLongLong();
        // Orders that were unpaid at the last read and still are: fewer (or others) means one was paid.
        if (lastOrderId < 0 || state.value(2).toLongLong() != unpaidOrders
            || state.value(3).toLongLong() != unpaidIdSum) {
            months.clear();
        } else if (orderId != lastOrderId || refundId != lastRefundId) {
            SqlQuery since(db,
                QStringLiteral(
                    "SELECT min(day) FROM (SELECT coalesce(business_day, substr(paid_at, 1, 10)) AS day FROM orders "
                    "WHERE id > ? AND paid_at IS NOT NULL UNION ALL SELECT coalesce(business_day, "
                    "substr(created_at, 1, 10)) FROM refunds WHERE id > ?)"));
            since.bindAll({lastOrderId, lastRefundId});
            CREMA_TRY(since.run(QStringLiteral("reading the days written since the last report")));
            const QDate first = since.next() ? QDate::fromString(since.value(0).toString(), Qt::ISODate) : QDate();
            if (first.isValid()) {
                std::erase_if(months, [&](const auto& m) { return m.first.second.addMonths(1) > first; });
            } else if (!since.value(0).isNull()) {
                months.clear(); // a day we cannot read: forget everything rather than guess
            }
        }
        lastOrderId = orderId;
        lastRefundId = refundId;
        unpaidOrders = state.value(4).toLongLong();
        unpaidIdSum = state.value(5).toLongLong();
        return {};
    }

    // The parts of a range, whole months from the cache (read and folded when missing) when
    // `wholeMonths`, the rest straight from the summaries.
    Result<RangeParts> parts(const QSqlDatabase& db, const ReportFilter& filter, bool wholeMonths)
    {
        if (!wholeMonths) {
            auto direct = readParts(db, filter);
            if (direct)
                sortParts(*direct);
            return direct;
        }
        RangeParts out;
        for (QDate day = filter.range.from; day <= filter.range.to;) {
            const QDate monthStart(day.year(), day.month(), 1);
            const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
            const QDate end = std::min(monthEnd, filter.range.to);
            if (day == monthStart && end == monthEnd) {
                auto it = months.find({filter.storeId, monthStart});
                if (it == months.end()) {
                    auto read = readParts(db, {{monthStart, monthEnd}, filter.storeId});
                    if (!read)
                        return read.error();
                    read->cells = foldMonth(read->cells, monthStart);
                    if (months.size() >= 1000)
                        months.clear();
                    it = months.emplace(std::pair(filter.storeId, monthStart), std::move(*read)).first;
                }
                addParts(out, it->second);
            } else {
                auto read = readParts(db, {{day, end}, filter.storeId});
                if (!read)
                    return read.error();
                addParts(out, *read);
            }
            day = end.addDays(1);
        }
        sortParts(out);
        return out;
    }
};

SalesReport::SalesReport(Database& db)
    : m_db(db)
    , m_months(std::make_unique<MonthCache>())
{ }

SalesReport::~SalesReport() = default;

Result<QList<StoreChoice>> SalesReport::stores()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, name FROM stores ORDER BY name"));
    CREMA_TRY(q.run(QStringLiteral("reading stores")));
    QList<StoreChoice> out;
    while (q.next())
        out.append(StoreChoice {q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

Result<SalesFigures> SalesReport::totals(const StaffMember& by, const ReportFilter& filter)
{
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
    CREMA_TRY(checkFilter(filter));
    auto cells = readHours(m_db.connection(), filter);
    if (!cells)
        return cells.error();
    return sumOf(*cells);
}

Result<QList<SalesRow>> SalesReport::sales(const StaffMember& by, const ReportFilter& filter, Grouping grouping)
{
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
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

Result<SalesHeatmap> SalesReport::heatmap(const StaffMember& by, const ReportFilter& filter)
{
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
    CREMA_TRY(checkFilter(filter));
    auto cells = readHours(m_db.connection(), filter);
    if (!cells)
        return cells.error();
    return heatmapOf(*cells);
}

Result<QList<ProductSales>> SalesReport::products(const StaffMember& by, const ReportFilter& filter)
{
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
    CREMA_TRY(checkFilter(filter));
    return readProducts(m_db.connection(), filter);
}

Result<QList<PaymentSales>> SalesReport::payments(const StaffMember& by, const ReportFilter& filter)
{
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
    CREMA_TRY(checkFilter(filter));
    return readPayments(m_db.connection(), filter);
}

Result<LoyaltyFigures> SalesReport::loyalty(const StaffMember& by, const ReportFilter& filter)
{
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
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

Result<DashboardData> SalesReport::dashboard(
    const StaffMember& by, const ReportFilter& filter, const DateRange& previousRange)
{
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
    CREMA_TRY(checkFilter(filter));
    const ReportFilter previousFilter {previousRange, filter.storeId};
    CREMA_TRY(checkFilter(previousFilter));
    const QSqlDatabase db = m_db.connection();
    // One read transaction: a sale committed halfway through cannot make the charts disagree.
    auto tx = ScopedTransaction::beginRead(db);
    if (!tx)
        return tx.error();

    // Whole months fold their days into weekday hours: right for month buckets, the heatmap and
    // totals, so for the comparison period always and for the series when it is by month.
    const QMutexLocker lock(&m_months->mutex);
    CREMA_TRY(m_months->refresh(db));
    auto current = m_months->parts(db, filter, seriesGroupingFor(filter.range) == Grouping::Month);
    if (!current)
        return current.error();
    auto previous = m_months->parts(db, previousFilter, true);
    if (!previous)
        return previous.error();
    auto members = readMembers(db, filter);
    if (!members)
        return members.error();
    current->members = *members;
    auto previousMembers = readMembers(db, previousFilter);
    if (!previousMembers)
        return previousMembers.error();
    previous->members = *previousMembers;
    CREMA_TRY(tx->commit());
    return dashboardFromParts(filter, previousRange, std::move(*current), *previous);
}

QList<SalesRow> salesRowsFromParts(const SalesParts& parts, const DateRange& range, Grouping grouping)
{
    if (grouping == Grouping::Product || grouping == Grouping::Category) {
        QList<ProductSales> products = parts.products;
        std::sort(products.begin(), products.end(), [](const ProductSales& a, const ProductSales& b) {
            return a.revenue != b.revenue ? a.revenue > b.revenue : a.product < b.product;
        });
        return productRows(products, grouping == Grouping::Category);
    }
    if (grouping == Grouping::Hour)
        return byHour(parts.cells);
    return bucketed(parts.cells, range, grouping);
}

SalesFigures salesTotalsOf(const SalesParts& parts)
{
    return sumOf(parts.cells);
}

DashboardData dashboardFromParts(
    const ReportFilter& filter, const DateRange& previousRange, SalesParts current, const SalesParts& previous)
{
    sortParts(current);
    DashboardData out;
    out.filter = filter;
    out.previousRange = previousRange;
    out.seriesGrouping = SalesReport::seriesGroupingFor(filter.range);
    out.current = sumOf(current.cells);
    out.previous = sumOf(previous.cells);
    out.series = bucketed(current.cells, filter.range, out.seriesGrouping);
    out.heatmap = heatmapOf(current.cells);
    out.products = current.products;
    out.categories = productRows(out.products, true);
    out.payments = current.payments;
    out.loyalty = {current.pointsEarned, current.pointsRedeemed, std::max<qint64>(current.members, 0)};
    out.previousLoyalty = {previous.pointsEarned, previous.pointsRedeemed, std::max<qint64>(previous.members, 0)};
    return out;
}

QJsonObject salesPartsJson(const SalesParts& parts)
{
    QJsonArray hours;
    for (const SalesHourCell& c : parts.cells) {
        const SalesFigures& f = c.figures;
        hours.append(QJsonArray {c.day.toString(Qt::ISODate), c.hour, f.orders, f.items, f.sales.cents(),
            f.discounts.cents(), f.tax.cents(), f.refundedTax.cents(), f.refunds, f.refunded.cents()});
    }
    QJsonArray products;
    for (const ProductSales& p : parts.products)
        products.append(QJsonArray {p.productUuid, p.product, p.orders, p.quantity, p.revenue.cents()});
    QJsonArray payments;
    for (const PaymentSales& p : parts.payments)
        payments.append(QJsonArray {p.method, p.payments, p.taken.cents(), p.refunds, p.paidBack.cents()});
    return {{QStringLiteral("hours"), hours}, {QStringLiteral("products"), products},
        {QStringLiteral("payments"), payments},
        {QStringLiteral("points"), QJsonArray {parts.pointsEarned, parts.pointsRedeemed}},
        {QStringLiteral("members"), parts.members}};
}

namespace {

// A row of HQ's parts: an array of `count` values, the first `texts` of them text, the rest whole
// numbers within what money and counts may be.
Result<QJsonArray> partsRow(const QJsonValue& v, qsizetype count, qsizetype texts, const QString& where)
{
    const QJsonArray row = v.toArray();
    if (!v.isArray() || row.size() != count)
        return fail(Error::Code::InvalidInput, QStringLiteral("%1 is not a list of %2 values").arg(where).arg(count));
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonValue x = row.at(i);
        const bool ok = i < texts
            ? x.isString() && x.toString().size() <= 200
            : x.isDouble() && std::abs(x.toDouble()) < 1e15 && x.toDouble() == static_cast<double>(x.toInteger());
        if (!ok)
            return fail(Error::Code::InvalidInput,
                QStringLiteral("%1, value %2 is not %3")
                    .arg(where)
                    .arg(i + 1)
                    .arg(i < texts ? u"text" : u"a whole number"));
    }
    return row;
}

} // namespace

Result<SalesParts> salesPartsFromJson(const QJsonObject& o, const QString& where)
{
    SalesParts out;
    int n = 0;
    for (const QJsonValue& v : o.value(QStringLiteral("hours")).toArray()) {
        auto row = partsRow(v, 10, 1, QStringLiteral("%1, hour %2").arg(where).arg(++n));
        if (!row)
            return row.error();
        SalesHourCell c;
        c.day = QDate::fromString(row->at(0).toString(), Qt::ISODate);
        c.hour = static_cast<int>(row->at(1).toInteger());
        if (!c.day.isValid() || c.hour < -1 || c.hour > 23)
            return fail(
                Error::Code::InvalidInput, QStringLiteral("%1, hour %2 has no valid day and hour").arg(where).arg(n));
        c.figures.orders = row->at(2).toInteger();
        c.figures.items = row->at(3).toInteger();
        c.figures.sales = Money(row->at(4).toInteger());
        c.figures.discounts = Money(row->at(5).toInteger());
        c.figures.tax = Money(row->at(6).toInteger());
        c.figures.refundedTax = Money(row->at(7).toInteger());
        c.figures.refunds = row->at(8).toInteger();
        c.figures.refunded = Money(row->at(9).toInteger());
        out.cells.append(c);
    }
    n = 0;
    for (const QJsonValue& v : o.value(QStringLiteral("products")).toArray()) {
        auto row = partsRow(v, 5, 2, QStringLiteral("%1, product %2").arg(where).arg(++n));
        if (!row)
            return row.error();
        ProductSales p;
        p.productUuid = row->at(0).toString();
        p.product = row->at(1).toString();
        p.orders = row->at(2).toInteger();
        p.quantity = row->at(3).toInteger();
        p.revenue = Money(row->at(4).toInteger());
        out.products.append(p);
    }
    n = 0;
    for (const QJsonValue& v : o.value(QStringLiteral("payments")).toArray()) {
        auto row = partsRow(v, 5, 1, QStringLiteral("%1, payment method %2").arg(where).arg(++n));
        if (!row)
            return row.error();
        out.payments.append(PaymentSales {row->at(0).toString(), row->at(1).toInteger(), Money(row->at(2).toInteger()),
            row->at(3).toInteger(), Money(row->at(4).toInteger())});
    }
    auto points = partsRow(o.value(QStringLiteral("points")), 2, 0, where + QStringLiteral(", points"));
    if (!points)
        return points.error();
    out.pointsEarned = points->at(0).toInteger();
    out.pointsRedeemed = points->at(1).toInteger();
    out.members = o.value(QStringLiteral("members")).toInteger(-1);
    return out;
}

QJsonObject salesReportJson(const DateRange& range, const QString& store, Grouping grouping, const QString& currency,
    int digits, const QList<SalesRow>& rows, const SalesFigures& totals)
{
    const bool perProduct = grouping == Grouping::Product || grouping == Grouping::Category;
    const auto decimal = [digits](Money m) { return m.toDecimalString(digits); };
    const auto figuresJson = [&](const SalesFigures& f, bool perOrder) {
        QJsonObject o {{QStringLiteral("orders"), f.orders}, {QStringLiteral("items"), f.items},
            {QStringLiteral("revenue"), decimal(f.revenue())}, {QStringLiteral("revenue_cents"), f.revenue().cents()}};
        if (perOrder) {
            o.insert(QStringLiteral("discounts"), decimal(f.discounts));
            o.insert(QStringLiteral("refunds"), decimal(f.refunded));
            o.insert(QStringLiteral("tax"), decimal(f.tax));
        }
        return o;
    };
    QJsonArray list;
    for (const SalesRow& r : rows) {
        QJsonObject o = figuresJson(r.figures, !perProduct);
        o.insert(QStringLiteral("period"), r.period);
        list.append(o);
    }
    QJsonObject total = figuresJson(totals, true);
    total.insert(QStringLiteral("average_ticket"), decimal(totals.averageTicket()));
    return QJsonObject {{QStringLiteral("from"), range.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), range.to.toString(Qt::ISODate)}, {QStringLiteral("store"), store},
        {QStringLiteral("by"), groupingName(grouping)}, {QStringLiteral("currency"), currency},
        {QStringLiteral("rows"), list}, {QStringLiteral("totals"), total}};
}

} // namespace crema

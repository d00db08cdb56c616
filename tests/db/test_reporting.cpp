#include "demo/historygenerator.h"
#include "reporting/salesreport.h"
#include "tillfixture.h"

using namespace crema;

namespace {

// The summaries as they should be, computed straight from orders, lines, refunds, payments and
// points with the rules written out independently: a refund's money and points belong to the
// refund made at the same moment.
const char* const kExpected[][2] = {
    {"SELECT store_id, day, hour, orders, items, sales_cents, discount_cents, tax_cents, refunds, refund_items, "
     "refund_cents, refund_tax_cents FROM sales_hourly",
        "WITH o AS (SELECT store_id, business_day AS day, business_hour AS hour, count(*) AS n, "
        "  sum((SELECT sum(quantity) FROM order_lines WHERE order_id = orders.id)) AS items, sum(total_cents) AS s, "
        "  sum(discount_cents) AS d, sum(tax_cents) AS t FROM orders WHERE status NOT IN ('open', 'voided') "
        "  GROUP BY 1, 2, 3), "
        "r AS (SELECT o.store_id, r.business_day AS day, r.business_hour AS hour, count(*) AS n, "
        "  sum((SELECT sum(l.quantity) FROM refund_lines AS rl JOIN order_lines AS l ON l.id = rl.order_line_id "
        "  WHERE rl.refund_id = r.id)) AS items, sum(r.amount_cents) AS c, "
        "  sum((SELECT sum(l.tax_cents) FROM refund_lines AS rl JOIN order_lines AS l ON l.id = rl.order_line_id "
        "  WHERE rl.refund_id = r.id)) AS t FROM refunds AS r "
        "  JOIN orders AS o ON o.id = r.order_id GROUP BY 1, 2, 3), "
        "k AS (SELECT store_id, day, hour FROM o UNION SELECT store_id, day, hour FROM r) "
        "SELECT k.store_id, k.day, k.hour, coalesce(o.n, 0), coalesce(o.items, 0), coalesce(o.s, 0), "
        "coalesce(o.d, 0), coalesce(o.t, 0), coalesce(r.n, 0), coalesce(r.items, 0), coalesce(r.c, 0), "
        "coalesce(r.t, 0) "
        "FROM k LEFT JOIN o USING (store_id, day, hour) LEFT JOIN r USING (store_id, day, hour)"},
    {"SELECT store_id, day, product_id, orders, quantity, sales_cents, refund_quantity, refund_cents "
     "FROM sales_product_daily",
        "WITH s AS (SELECT o.store_id, o.business_day AS day, l.product_id, count(DISTINCT o.id) AS n, "
        "  sum(l.quantity) AS q, sum(l.total_cents) AS c FROM orders AS o JOIN order_lines AS l ON l.order_id = o.id "
        "  WHERE o.status NOT IN ('open', 'voided') GROUP BY 1, 2, 3), "
        "r AS (SELECT o.store_id, r.business_day AS day, l.product_id, sum(l.quantity) AS q, "
        "  sum(rl.amount_cents) AS c FROM refund_lines AS rl JOIN refunds AS r ON r.id = rl.refund_id "
        "  JOIN orders AS o ON o.id = r.order_id JOIN order_lines AS l ON l.id = rl.order_line_id GROUP BY 1, 2, 3), "
        "k AS (SELECT store_id, day, product_id FROM s UNION SELECT store_id, day, product_id FROM r) "
        "SELECT k.store_id, k.day, k.product_id, coalesce(s.n, 0), coalesce(s.q, 0), coalesce(s.c, 0), "
        "coalesce(r.q, 0), coalesce(r.c, 0) FROM k LEFT JOIN s USING (store_id, day, product_id) "
        "LEFT JOIN r USING (store_id, day, product_id)"},
    {"SELECT store_id, day, size_id, modifier_id, quantity FROM sales_mix_daily",
        "SELECT o.store_id, o.business_day, l.size_id, 0, sum(l.quantity) FROM orders AS o "
        "JOIN order_lines AS l ON l.order_id = o.id WHERE o.status NOT IN ('open', 'voided') GROUP BY 1, 2, 3 "
        "UNION ALL "
        "SELECT o.store_id, o.business_day, l.size_id, m.modifier_id, sum(l.quantity) FROM orders AS o "
        "JOIN order_lines AS l ON l.order_id = o.id JOIN line_modifiers AS m ON m.order_line_id = l.id "
        "WHERE o.status NOT IN ('open', 'voided') GROUP BY 1, 2, 3, 4"},
    {"SELECT store_id, day, method, payments, amount_cents, refunds, refund_cents FROM payments_daily",
        "WITH p AS (SELECT o.store_id, CASE WHEN p.amount_cents > 0 THEN o.business_day ELSE (SELECT r.business_day "
        "  FROM refunds AS r WHERE r.order_id = o.id AND r.created_at = p.created_at) END AS day, p.method, "
        "  p.amount_cents AS a FROM payments AS p JOIN orders AS o ON o.id = p.order_id "
        "  WHERE o.status NOT IN ('open', 'voided')) "
        "SELECT store_id, day, method, sum(a > 0), sum(max(a, 0)), sum(a < 0), sum(max(-a, 0)) FROM p "
        "GROUP BY 1, 2, 3"},
    {"SELECT store_id, day, earned, redeemed FROM loyalty_daily",
        "WITH l AS (SELECT o.store_id, CASE WHEN l.reason IN ('earn', 'redeem') THEN o.business_day ELSE "
        "  (SELECT r.business_day FROM refunds AS r WHERE r.order_id = o.id AND r.created_at = l.created_at) END "
        "  AS day, l.reason, l.points FROM loyalty_ledger AS l JOIN orders AS o ON o.id = l.order_id "
        "  WHERE l.reason <> 'adjust') "
        "SELECT store_id, day, sum(CASE WHEN reason IN ('earn', 'refund_earn') THEN points ELSE 0 END), "
        "sum(CASE WHEN reason IN ('redeem', 'refund_redeem') THEN -points ELSE 0 END) FROM l GROUP BY 1, 2"},
};

void requireSummariesMatch(Database& db)
{
    for (const auto& [table, expected] : kExpected) {
        const QString sql
            = QStringLiteral("SELECT (SELECT count(*) FROM (SELECT * FROM (%1) EXCEPT SELECT * FROM (%2))) "
                             "+ (SELECT count(*) FROM (SELECT * FROM (%2) EXCEPT SELECT * FROM (%1)))")
                  .arg(QLatin1String(table), QLatin1String(expected));
        INFO(table);
        CHECK(test::scalar(db, sql) == 0);
    }
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

} // namespace

TEST_CASE("the sales summaries equal the orders they sum after the demo's history", "[db][reporting]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM sales_hourly")) > 100);
    requireSummariesMatch(*db);
}

TEST_CASE("report totals equal the orders and refunds rung up, on the store's local days and hours", "[db][reporting]")
{
    test::TillFixture t;
    SalesReport report(*t.db);
    const StaffMember owner = test::owner(*t.db);
    const qint64 member = t.customerId("+447700900005");

    // Tuesday 1 December 2026, 10:15 in London (GMT).
    t.clock.set(utc(2026, 12, 1, 10, 15));
    Cart c1 = t.cart({"Latte:Large+Oat milk", "Croissant"});
    c1.customerId = member;
    auto s1 = t.sell(t.cashier(), c1, {test::TillFixture::cash(2000)});
    REQUIRE_OK(s1);
    Cart c2 = t.cart({"Flat White*2", "Cheese Toastie+Rye"});
    c2.orderDiscount = Discount::percent(1000);
    auto s2 = t.sell(t.manager(), c2, {test::TillFixture::card(500), test::TillFixture::cash()});
    REQUIRE_OK(s2);
    Cart c3 = t.cart({"Americano", "Chocolate Brownie"});
    c3.lines[1].discount = Discount::amount(Money(50));
    auto held = t.sales.hold(t.cashier(), c3, QStringLiteral("table 4"));
    REQUIRE_OK(held);
    auto s3 = t.sales.checkout(t.cashier(), SaleRequest {c3, {test::TillFixture::card()}, {}, *held});
    REQUIRE_OK(s3);
    Cart c4 = t.cart({"Cappuccino", "Croissant"});
    c4.customerId = member;
    c4.rewardIds = {t.rewardId("Free pastry")};
    auto s4 = t.sell(t.cashier(), c4);
    REQUIRE_OK(s4);
    CHECK(s4->pointsRedeemed > 0);

    // Wednesday 2 December, 16:40: a line of the second order back, the fourth order back whole, a sale.
    t.clock.set(utc(2026, 12, 2, 16, 40));
    RefundRequest r2;
    r2.receiptNo = s2->receiptNo;
    r2.lineNos = {1};
    auto refund2 = t.sales.refund(t.manager(), r2);
    REQUIRE_OK(refund2);
    RefundRequest r4;
    r4.receiptNo = s4->receiptNo;
    auto refund4 = t.sales.refund(t.manager(), r4);
    REQUIRE_OK(refund4);
    auto s5 = t.sell(t.cashier(), t.cart({"Espresso*3"}));
    REQUIRE_OK(s5);

    requireSummariesMatch(*t.db);

    const ReportFilter both {{QDate(2026, 12, 1), QDate(2026, 12, 2)}, 0};
    auto totals = report.totals(owner, both);
    REQUIRE_OK(totals);
    const qint64 sold
        = s1->total.cents() + s2->total.cents() + s3->total.cents() + s4->total.cents() + s5->total.cents();
    const qint64 refunded = refund2->amount.cents() + refund4->amount.cents();
    CHECK(totals->orders == 5);
    CHECK(totals->sales.cents() == sold);
    CHECK(totals->refunded.cents() == refunded);
    CHECK(totals->revenue().cents() == sold - refunded);
    CHECK(totals->refunds == 2);
    // 2 + 3 + 2 + 2 + 3 units sold; two flat whites and the two lines of order 4 came back.
    CHECK(totals->items == 12 - 2 - 2);
    CHECK(totals->discounts.cents()
        == s2->discount.cents() + s3->discount.cents() + s4->discount.cents() + s1->discount.cents());
    CHECK(totals->averageTicket().cents() == ((sold - refunded) * 2 + 5) / 10);

    auto days = report.sales(owner, both, Grouping::Day);
    REQUIRE_OK(days);
    REQUIRE(days->size() == 2);
    CHECK(days->at(0).period == QStringLiteral("2026-12-01"));
    CHECK(days->at(0).figures.orders == 4);
    CHECK(days->at(0).figures.revenue().cents()
        == s1->total.cents() + s2->total.cents() + s3->total.cents() + s4->total.cents());
    CHECK(days->at(1).figures.orders == 1);
    CHECK(days->at(1).figures.revenue().cents() == s5->total.cents() - refunded);

    // Products and categories add up to the same revenue.
    for (Grouping g : {Grouping::Product, Grouping::Category, Grouping::Hour, Grouping::Week, Grouping::Month}) {
        auto rows = report.sales(owner, both, g);
        REQUIRE_OK(rows);
        qint64 revenue = 0;
        for (const SalesRow& r : *rows)
            revenue += r.figures.revenue().cents();
        INFO(groupingName(g).toStdString());
        CHECK(revenue == sold - refunded);
    }
    auto products = report.products(owner, both);
    REQUIRE_OK(products);
    const auto product = [&](const char* name) {
        for (const ProductSales& p : *products) {
            if (p.product == QLatin1String(name))
                return p;
        }
        FAIL("no product " << name);
        return ProductSales {};
    };
    CHECK(product("Croissant").orders == 2);
    CHECK(product("Croissant").quantity == 2 - 1);
    CHECK(product("Flat White").quantity == 0);
    CHECK(product("Espresso").quantity == 3);
    CHECK(product("Espresso").revenue == s5->total);

    // The heatmap: Tuesday 10:00 holds four orders, Wednesday 16:00 one, with the refunds.
    auto heat = report.heatmap(owner, both);
    REQUIRE_OK(heat);
    CHECK(heat->orders[1][10] == 4);
    CHECK(heat->orders[2][16] == 1);
    CHECK(heat->revenueCents[2][16] == s5->total.cents() - refunded);
    qint64 cells = 0;
    for (const auto& day : heat->orders)
        for (qint64 n : day)
            cells += n;
    CHECK(cells == 5);

    // Payments: cash and card as taken, and what went back.
    auto payments = report.payments(owner, both);
    REQUIRE_OK(payments);
    qint64 taken = 0, back = 0;
    for (const PaymentSales& p : *payments) {
        taken += p.taken.cents();
        back += p.paidBack.cents();
    }
    CHECK(taken == sold);
    CHECK(back == refunded);

    // Loyalty: points earned on orders 1 and 4, the reward's points, and what the refund undid.
    auto loyalty = report.loyalty(owner, both);
    REQUIRE_OK(loyalty);
    CHECK(loyalty->pointsEarned == s1->pointsEarned + s4->pointsEarned - refund4->pointsReversed);
    CHECK(loyalty->pointsRedeemed == s4->pointsRedeemed - refund4->pointsReturned);
    CHECK(loyalty->activeMembers == 1);

    // One store filter that matches, one that does not.
    auto mine = report.totals(owner, {both.range, t.site.storeId});
    REQUIRE_OK(mine);
    CHECK(mine->orders == 5);
    auto other = report.totals(owner, {both.range, t.site.storeId + 100});
    REQUIRE_OK(other);
    CHECK(other->orders == 0);
}

TEST_CASE("sales count on the local day and hour, summer time included", "[db][reporting]")
{
    test::TillFixture t;
    SalesReport report(*t.db);
    const StaffMember owner = test::owner(*t.db);
    // 07:30 UTC on Tuesday 15 June 2027 is 08:30 in London (BST); 23:30 UTC is 00:30 on Wednesday.
    t.clock.set(utc(2027, 6, 15, 7, 30));
    auto morning = t.sell(t.cashier(), t.cart({"Espresso"}));
    REQUIRE_OK(morning);
    t.clock.set(utc(2027, 6, 15, 23, 30));
    auto late = t.sell(t.cashier(), t.cart({"Espresso*2"}));
    REQUIRE_OK(late);
    requireSummariesMatch(*t.db);

    auto heat = report.heatmap(owner, {{QDate(2027, 6, 14), QDate(2027, 6, 20)}, 0});
    REQUIRE_OK(heat);
    CHECK(heat->orders[1][8] == 1);
    CHECK(heat->orders[2][0] == 1);
    CHECK(heat->revenueCents[2][0] == late->total.cents());
    auto tuesday = report.totals(owner, {{QDate(2027, 6, 15), QDate(2027, 6, 15)}, 0});
    REQUIRE_OK(tuesday);
    CHECK(tuesday->orders == 1);
    CHECK(tuesday->items == 1);
    auto weeks = report.sales(owner, {{QDate(2027, 5, 30), QDate(2027, 6, 20)}, 0}, Grouping::Week);
    REQUIRE_OK(weeks);
    // Sunday 30 May starts in ISO week 21; weeks without sales are listed with zeros.
    REQUIRE(weeks->size() == 4);
    CHECK(weeks->at(0).period == QStringLiteral("2027-W21"));
    CHECK(weeks->at(1).figures.orders == 0);
    CHECK(weeks->at(3).period == QStringLiteral("2027-W24"));
    CHECK(weeks->at(3).figures.orders == 2);

    auto backwards = report.totals(owner, {{QDate(2027, 6, 15), QDate(2027, 6, 1)}, 0});
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().message.contains(QStringLiteral("after its last day")));
}

TEST_CASE("the history generator writes stores and orders the summaries agree with, once", "[db][reporting]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    const qint64 before = test::scalar(*db, QStringLiteral("SELECT count(*) FROM orders"));
    auto stats = HistoryGenerator::generate(*db, HistoryPlan {3, 10, 40, QDate(2027, 3, 1)});
    REQUIRE_OK(stats);
    // Stores of its own only: never the till's.
    CHECK(stats->newStores
        == QStringList {
            QStringLiteral("Crema Leith"), QStringLiteral("Crema Stockbridge"), QStringLiteral("Crema Morningside")});
    CHECK(stats->orders > 3 * 10 * 25);
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM orders")) == before + stats->orders);
    CHECK(test::scalar(*db,
              QStringLiteral("SELECT count(DISTINCT store_id) FROM orders WHERE business_day BETWEEN '2027-02-19' AND "
                             "'2027-02-28'"))
        == 3);
    // Orders total what their lines do, and every order is paid in full.
    CHECK(
        test::scalar(*db,
            QStringLiteral("SELECT count(*) FROM orders AS o WHERE o.business_day >= '2027-02-19' AND o.total_cents <> "
                           "(SELECT sum(total_cents) FROM order_lines WHERE order_id = o.id)"))
        == 0);
    CHECK(
        test::scalar(*db,
            QStringLiteral("SELECT count(*) FROM orders AS o WHERE o.business_day >= '2027-02-19' AND o.total_cents <> "
                           "(SELECT sum(amount_cents) FROM payments WHERE order_id = o.id)"))
        == 0);
    requireSummariesMatch(*db);
    // Active members, store by store and for the chain, as the distinct customers of the paid orders.
    SalesReport report(*db);
    const StaffMember owner = test::owner(*db);
    const DateRange range {QDate(2027, 2, 19), QDate(2027, 2, 25)};
    for (qint64 store : {0, 1, 2, 3, 4}) {
        auto loyalty = report.loyalty(owner, {range, store});
        REQUIRE_OK(loyalty);
        INFO("store " << store);
        if (store == 0)
            CHECK(loyalty->activeMembers > 0);
        CHECK(loyalty->activeMembers
            == test::scalar(*db,
                QStringLiteral("SELECT count(DISTINCT customer_id) FROM orders WHERE (? = 0 OR store_id = ?) "
                               "AND business_day BETWEEN ? AND ? AND status NOT IN ('open', 'voided')"),
                {store, store, range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)}));
    }

    auto again = HistoryGenerator::generate(*db, HistoryPlan {3, 10, 40, QDate(2027, 3, 1)});
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("generated into this file already")));
}

TEST_CASE("refunds take their lines' tax off the report on the day they are given", "[db][reporting]")
{
    test::TillFixture t;
    SalesReport report(*t.db);
    const StaffMember owner = test::owner(*t.db);
    const auto lineTax = [&](qint64 orderId, int lineNo) {
        return t.scalar(
            QStringLiteral("SELECT tax_cents FROM order_lines WHERE order_id = ? AND line_no = ?"), {orderId, lineNo});
    };

    // Tuesday 1 December 2026: two orders; the second with an order discount spread over its lines.
    t.clock.set(utc(2026, 12, 1, 10, 15));
    auto s1 = t.sell(t.cashier(), t.cart({"Latte:Large+Oat milk", "Flat White*2", "Croissant"}));
    REQUIRE_OK(s1);
    Cart c2 = t.cart({"Cappuccino", "Mocha"});
    c2.orderDiscount = Discount::percent(1000);
    auto s2 = t.sell(t.manager(), c2, {test::TillFixture::card()});
    REQUIRE_OK(s2);
    // The lines carry the order's tax, so the tax refunded is the tax that was charged.
    CHECK(t.scalar(QStringLiteral("SELECT sum(tax_cents) FROM order_lines WHERE order_id = ?"), {s1->orderId})
        == s1->tax.cents());
    CHECK(t.scalar(QStringLiteral("SELECT sum(tax_cents) FROM order_lines WHERE order_id = ?"), {s2->orderId})
        == s2->tax.cents());

    // Wednesday 2 December: one sale, the flat whites of the first order back, the second order back whole.
    t.clock.set(utc(2026, 12, 2, 16, 40));
    auto s3 = t.sell(t.cashier(), t.cart({"Espresso*3"}));
    REQUIRE_OK(s3);
    RefundRequest partial;
    partial.receiptNo = s1->receiptNo;
    partial.lineNos = {2};
    REQUIRE_OK(t.sales.refund(t.manager(), partial));
    RefundRequest whole;
    whole.receiptNo = s2->receiptNo;
    REQUIRE_OK(t.sales.refund(t.manager(), whole));
    const qint64 refundedTax = lineTax(s1->orderId, 2) + lineTax(s2->orderId, 1) + lineTax(s2->orderId, 2);
    REQUIRE(lineTax(s1->orderId, 2) > 0);
    REQUIRE(s2->tax.cents() > 0);
    requireSummariesMatch(*t.db);

    const ReportFilter both {{QDate(2026, 12, 1), QDate(2026, 12, 2)}, 0};
    auto days = report.sales(owner, both, Grouping::Day);
    REQUIRE_OK(days);
    REQUIRE(days->size() == 2);
    // Day 1 keeps the tax it charged; day 2 gives back exactly the refunded lines' tax.
    CHECK(days->at(0).figures.tax.cents() == s1->tax.cents() + s2->tax.cents());
    CHECK(days->at(0).figures.refundedTax.cents() == 0);
    CHECK(days->at(1).figures.tax.cents() == s3->tax.cents() - refundedTax);
    CHECK(days->at(1).figures.refundedTax.cents() == refundedTax);
    CHECK(days->at(1).figures.taxCharged().cents() == s3->tax.cents());

    auto totals = report.totals(owner, both);
    REQUIRE_OK(totals);
    CHECK(totals->tax.cents() == s1->tax.cents() + s2->tax.cents() + s3->tax.cents() - refundedTax);
    CHECK(totals->refundedTax.cents() == refundedTax);
    // Every time grouping adds up to the same net tax.
    for (Grouping g : {Grouping::Hour, Grouping::Week, Grouping::Month, Grouping::Year}) {
        auto rows = report.sales(owner, both, g);
        REQUIRE_OK(rows);
        qint64 tax = 0;
        for (const SalesRow& r : *rows)
            tax += r.figures.tax.cents();
        INFO(groupingName(g).toStdString());
        CHECK(tax == totals->tax.cents());
    }
    auto dashboard = report.dashboard(
        owner, {{QDate(2026, 12, 2), QDate(2026, 12, 2)}, 0}, DateRange {QDate(2026, 12, 1), QDate(2026, 12, 1)});
    REQUIRE_OK(dashboard);
    CHECK(dashboard->current.tax.cents() == s3->tax.cents() - refundedTax);
    CHECK(dashboard->previous.tax.cents() == s1->tax.cents() + s2->tax.cents());
}

TEST_CASE("migration 0011 gives the refunds already on file their tax", "[db][reporting]")
{
    test::TillFixture t;
    t.clock.set(utc(2026, 12, 1, 10, 15));
    auto sale = t.sell(t.cashier(), t.cart({"Latte:Large+Oat milk", "Flat White*2", "Croissant"}));
    REQUIRE_OK(sale);
    auto other = t.sell(t.cashier(), t.cart({"Mocha"}));
    REQUIRE_OK(other);
    t.clock.set(utc(2026, 12, 2, 16, 40));
    RefundRequest partial;
    partial.receiptNo = sale->receiptNo;
    partial.lineNos = {1, 2};
    REQUIRE_OK(t.sales.refund(t.manager(), partial));
    RefundRequest whole;
    whole.receiptNo = other->receiptNo;
    REQUIRE_OK(t.sales.refund(t.manager(), whole));

    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v10.db"));
    SqlQuery copy(t.db->connection(), QStringLiteral("VACUUM INTO ?"));
    copy.bind(path);
    REQUIRE_OK(copy.run(QStringLiteral("copying the file")));
    // Back to version 10 as it was: no refund_tax_cents column.
    for (const char* sql :
        {"DROP TRIGGER refund_lines_summary", "ALTER TABLE sales_hourly DROP COLUMN refund_tax_cents",
            "CREATE TRIGGER refund_lines_summary AFTER INSERT ON refund_lines BEGIN SELECT 1; END",
            "DROP INDEX orders_customer",
            "CREATE INDEX orders_customer ON orders (customer_id) WHERE customer_id IS NOT NULL",
            "CREATE INDEX orders_business_day ON orders (store_id, business_day, customer_id) "
            "WHERE business_day IS NOT NULL",
            "DELETE FROM schema_migrations WHERE version = 11", "PRAGMA user_version = 10"})
        test::rawExec(path, QString::fromLatin1(sql));
    // Only 0011 is replayed: the later migrations are in the file already.
    OpenOptions upTo11;
    upTo11.targetVersion = 11;
    auto db = Database::open(path, upTo11);
    REQUIRE_OK(db);
    const qint64 refundedTax = test::scalar(**db,
        QStringLiteral(
            "SELECT sum(l.tax_cents) FROM refund_lines AS rl JOIN order_lines AS l ON l.id = rl.order_line_id"));
    CHECK(refundedTax > 0);
    CHECK(test::scalar(**db, QStringLiteral("SELECT sum(refund_tax_cents) FROM sales_hourly")) == refundedTax);
    requireSummariesMatch(**db);
}

namespace {

void checkFigures(const SalesFigures& a, const SalesFigures& b)
{
    CHECK(a.orders == b.orders);
    CHECK(a.items == b.items);
    CHECK(a.sales == b.sales);
    CHECK(a.discounts == b.discounts);
    CHECK(a.tax == b.tax);
    CHECK(a.refundedTax == b.refundedTax);
    CHECK(a.refunds == b.refunds);
    CHECK(a.refunded == b.refunded);
}

// The dashboard of a long-lived report (with the months it kept) against one read afresh.
void checkSameDashboard(SalesReport& kept, Database& db, const DateRange& range, const DateRange& previous)
{
    const StaffMember owner = test::owner(db);
    auto a = kept.dashboard(owner, {range, 0}, previous);
    REQUIRE_OK(a);
    SalesReport fresh(db);
    auto b = fresh.dashboard(owner, {range, 0}, previous);
    REQUIRE_OK(b);
    checkFigures(a->current, b->current);
    checkFigures(a->previous, b->previous);
    REQUIRE(a->series.size() == b->series.size());
    for (qsizetype i = 0; i < a->series.size(); ++i) {
        CHECK(a->series[i].period == b->series[i].period);
        checkFigures(a->series[i].figures, b->series[i].figures);
    }
    CHECK(a->heatmap.orders == b->heatmap.orders);
    CHECK(a->heatmap.revenueCents == b->heatmap.revenueCents);
    CHECK(a->heatmap.untimedOrders == b->heatmap.untimedOrders);
    REQUIRE(a->products.size() == b->products.size());
    for (qsizetype i = 0; i < a->products.size(); ++i) {
        CHECK(a->products[i].product == b->products[i].product);
        CHECK(a->products[i].orders == b->products[i].orders);
        CHECK(a->products[i].quantity == b->products[i].quantity);
        CHECK(a->products[i].revenue == b->products[i].revenue);
    }
    REQUIRE(a->payments.size() == b->payments.size());
    for (qsizetype i = 0; i < a->payments.size(); ++i) {
        CHECK(a->payments[i].method == b->payments[i].method);
        CHECK(a->payments[i].taken == b->payments[i].taken);
        CHECK(a->payments[i].paidBack == b->payments[i].paidBack);
    }
    CHECK(a->loyalty.pointsEarned == b->loyalty.pointsEarned);
    CHECK(a->loyalty.pointsRedeemed == b->loyalty.pointsRedeemed);
    CHECK(a->loyalty.activeMembers == b->loyalty.activeMembers);
    CHECK(a->previousLoyalty.pointsEarned == b->previousLoyalty.pointsEarned);
}

} // namespace

TEST_CASE(
    "a year's dashboard from the months it kept equals one read afresh, after every kind of write", "[db][reporting]")
{
    test::TillFixture t;
    SalesReport kept(*t.db);
    const StaffMember owner = test::owner(*t.db);
    const DateRange year {QDate(2026, 1, 1), QDate(2026, 12, 31)};
    const DateRange before {QDate(2025, 1, 1), QDate(2025, 12, 31)};
    const DateRange months {QDate(2026, 9, 1), QDate(2026, 10, 31)}; // by week: months not folded
    const DateRange august {QDate(2026, 8, 1), QDate(2026, 8, 31)};
    const auto check = [&] {
        checkSameDashboard(kept, *t.db, year, before);
        checkSameDashboard(kept, *t.db, months, august);
        checkSameDashboard(
            kept, *t.db, {QDate(2026, 9, 10), QDate(2027, 2, 3)}, {QDate(2026, 4, 1), QDate(2026, 9, 9)});
    };
    check();
    auto first = kept.dashboard(owner, {year, 0}, before);
    REQUIRE_OK(first);

    // A sale dated in a month the report already added up.
    t.clock.set(utc(2026, 9, 15, 10, 0));
    Cart c1 = t.cart({"Latte:Large+Oat milk", "Croissant"});
    c1.customerId = t.customerId("+447700900005");
    auto s1 = t.sell(t.cashier(), c1);
    REQUIRE_OK(s1);
    check();
    auto second = kept.dashboard(owner, {year, 0}, before);
    REQUIRE_OK(second);
    CHECK(second->current.orders == first->current.orders + 1);

    // An order parked before a read and paid after it, in another month.
    t.clock.set(utc(2026, 10, 10, 9, 0));
    auto held = t.sales.hold(t.cashier(), t.cart({"Mocha"}), QStringLiteral("table 2"));
    REQUIRE_OK(held);
    check();
    t.clock.set(utc(2026, 10, 11, 9, 0));
    REQUIRE_OK(t.sales.checkout(t.cashier(), SaleRequest {t.cart({"Mocha"}), {test::TillFixture::card()}, {}, *held}));
    check();

    // September's sale refunded in October.
    t.clock.set(utc(2026, 10, 20, 12, 0));
    REQUIRE_OK(t.sales.refund(t.manager(), test::TillFixture::refundOf(s1->receiptNo)));
    check();
    auto third = kept.dashboard(owner, {year, 0}, before);
    REQUIRE_OK(third);
    CHECK(third->current.refunds == second->current.refunds + 1);
}

// The JSON contracts cremactl prints and crema-hq will serve, built in core next to their types.
#include "customers/customerservice.h"
#include "importing/salesimport.h"
#include "orders/saleservice.h"
#include "reporting/salesreport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace crema;

TEST_CASE("a sales report's JSON: decimals in the currency's digits, per-order money left out of product rows",
    "[core][contracts]")
{
    SalesFigures latte;
    latte.orders = 3;
    latte.items = 4;
    latte.sales = Money(1540);
    latte.discounts = Money(40);
    latte.refunded = Money(385);
    latte.tax = Money(192);
    SalesFigures totals = latte;
    totals.orders = 7;
    const DateRange range {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    const QList<SalesRow> rows {{QStringLiteral("Latte"), latte, {}}};

    const QJsonObject byProduct = salesReportJson(
        range, QStringLiteral("Riverside"), Grouping::Product, QStringLiteral("GBP"), 2, rows, totals);
    CHECK(byProduct.value(QStringLiteral("from")).toString() == u"2026-11-01");
    CHECK(byProduct.value(QStringLiteral("to")).toString() == u"2026-11-30");
    CHECK(byProduct.value(QStringLiteral("store")).toString() == u"Riverside");
    CHECK(byProduct.value(QStringLiteral("by")).toString() == u"product");
    CHECK(byProduct.value(QStringLiteral("currency")).toString() == u"GBP");
    const QJsonObject row = byProduct.value(QStringLiteral("rows")).toArray().at(0).toObject();
    CHECK(row.value(QStringLiteral("period")).toString() == u"Latte");
    CHECK(row.value(QStringLiteral("revenue")).toString() == u"11.55"); // 15.40 sold less 3.85 refunded
    CHECK(row.value(QStringLiteral("revenue_cents")).toInteger() == 1155);
    CHECK_FALSE(row.contains(QStringLiteral("discounts")));
    CHECK_FALSE(row.contains(QStringLiteral("tax")));
    const QJsonObject total = byProduct.value(QStringLiteral("totals")).toObject();
    CHECK(total.value(QStringLiteral("orders")).toInteger() == 7);
    CHECK(total.value(QStringLiteral("discounts")).toString() == u"0.40");
    CHECK(total.value(QStringLiteral("refunds")).toString() == u"3.85");
    CHECK(total.value(QStringLiteral("tax")).toString() == u"1.92");
    CHECK(total.value(QStringLiteral("average_ticket")).toString() == u"1.65"); // 11.55 / 7

    const QJsonObject byDay
        = salesReportJson(range, QStringLiteral("all"), Grouping::Day, QStringLiteral("JPY"), 0, rows, totals);
    const QJsonObject dayRow = byDay.value(QStringLiteral("rows")).toArray().at(0).toObject();
    CHECK(dayRow.value(QStringLiteral("discounts")).toString() == u"40");
    CHECK(dayRow.value(QStringLiteral("revenue")).toString() == u"1155");
}

TEST_CASE("an order's JSON: no receipt until paid, a name only for a parked order", "[core][contracts]")
{
    OrderSummary paid;
    paid.id = 12;
    paid.receiptNo = 7;
    paid.total = Money(455);
    paid.status = QStringLiteral("paid");
    paid.createdAt = QDateTime(QDate(2026, 12, 1), QTime(8, 5), QTimeZone::utc());
    OrderSummary parked;
    parked.id = 13;
    parked.status = QStringLiteral("open");
    parked.name = QStringLiteral("table 4");
    parked.createdAt = paid.createdAt;

    const QJsonArray list = OrderSummary::toJson({paid, parked});
    REQUIRE(list.size() == 2);
    const QJsonObject a = list.at(0).toObject();
    CHECK(a.value(QStringLiteral("order")).toInteger() == 12);
    CHECK(a.value(QStringLiteral("receipt")).toInteger() == 7);
    CHECK(a.value(QStringLiteral("total_cents")).toInteger() == 455);
    CHECK(a.value(QStringLiteral("created_at")).toString().startsWith(u"2026-12-01T08:05:00"));
    CHECK_FALSE(a.contains(QStringLiteral("name")));
    const QJsonObject b = list.at(1).toObject();
    CHECK(b.value(QStringLiteral("receipt")).isNull());
    CHECK(b.value(QStringLiteral("name")).toString() == u"table 4");

    CustomerSummary ann;
    ann.name = QStringLiteral("Ann Lee");
    ann.phone = QStringLiteral("+447700900005");
    ann.points = 140;
    const QJsonObject customer = customerOrdersJson(ann, {paid});
    CHECK(customer.value(QStringLiteral("name")).toString() == u"Ann Lee");
    CHECK(customer.value(QStringLiteral("points")).toInteger() == 140);
    CHECK(customer.value(QStringLiteral("orders")).toArray().size() == 1);
}

TEST_CASE("an import's JSON names every skipped line and only the formats it read", "[core][contracts]")
{
    ImportResult r;
    r.importedRows = 10;
    r.orders = 4;
    r.skipped = {{7, QStringLiteral("quantity: not a number")}};
    r.createdProducts = {QStringLiteral("Scone")};
    r.dateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    r.written = true;

    const QJsonObject o = r.toJson(false);
    CHECK(o.value(QStringLiteral("imported_rows")).toInt() == 10);
    CHECK(o.value(QStringLiteral("orders")).toInt() == 4);
    const QJsonObject skipped = o.value(QStringLiteral("skipped")).toArray().at(0).toObject();
    CHECK(skipped.value(QStringLiteral("line")).toInt() == 7);
    CHECK(skipped.value(QStringLiteral("reason")).toString() == u"quantity: not a number");
    CHECK(o.value(QStringLiteral("created_products")).toArray().at(0).toString() == u"Scone");
    const QJsonObject formats = o.value(QStringLiteral("formats")).toObject();
    CHECK(formats.keys() == QStringList {QStringLiteral("datetime")});
    CHECK(o.value(QStringLiteral("written")).toBool());
    CHECK_FALSE(o.value(QStringLiteral("dry_run")).toBool());
    CHECK(r.toJson(true).value(QStringLiteral("dry_run")).toBool());
}

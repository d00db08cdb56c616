#include "clirun.h"
#include "testsupport.h"

#include <QJsonArray>

#include <map>

using namespace crema;

namespace {

QStringList csvLines(const Run& r)
{
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines;
}

// Decimal "1234.50" to cents, for checking sums without doubles.
qint64 cents(const QString& decimal)
{
    const qsizetype dot = decimal.indexOf(QLatin1Char('.'));
    REQUIRE(dot > 0);
    return decimal.left(dot).toLongLong() * 100 + decimal.mid(dot + 1).toLongLong();
}

} // namespace

TEST_CASE("cremactl report sales: every grouping adds up to the orders and refunds on file", "[cli][reporting]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    test::openShift(db);
    // A refund today, so refunds are in the figures.
    const Run sale
        = cremactl({QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"), QStringLiteral("1111"),
            QStringLiteral("--pay"), QStringLiteral("card"), QStringLiteral("--item"), QStringLiteral("Latte:Large"),
            QStringLiteral("--item"), QStringLiteral("Croissant"), QStringLiteral("--json")});
    REQUIRE(sale.code == 0);
    const qint64 receipt = sale.json().value(QStringLiteral("receipt")).toInteger();
    const Run refund = cremactl({QStringLiteral("--db"), db, QStringLiteral("refund"), QString::number(receipt),
        QStringLiteral("--line"), QStringLiteral("2"), QStringLiteral("--pin"), QStringLiteral("3333")});
    REQUIRE(refund.code == 0);

    // Independently: what the orders of those days came to, less what was refunded, from the raw rows.
    auto file = Database::open(db);
    REQUIRE_OK(file);
    // The whole history, whatever today's date is where the test runs.
    const QString from = QDate::fromJulianDay(test::scalar(**file,
                                                  QStringLiteral("SELECT CAST(julianday(min(business_day)) + 0.5 AS "
                                                                 "INTEGER) FROM orders")))
                             .toString(Qt::ISODate);
    const QString to = QDate::fromJulianDay(test::scalar(**file,
                                                QStringLiteral("SELECT CAST(julianday(max(day)) + 0.5 AS INTEGER) "
                                                               "FROM (SELECT business_day AS day FROM orders UNION ALL "
                                                               "SELECT business_day FROM refunds)")))
                           .toString(Qt::ISODate);
    const qint64 paid = test::scalar(**file,
        QStringLiteral("SELECT sum(total_cents) FROM orders WHERE status <> 'open' AND status <> 'voided' "
                       "AND business_day BETWEEN ? AND ?"),
        {from, to});
    const qint64 refunded = test::scalar(**file, QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM refunds"));
    const qint64 orders = test::scalar(**file,
        QStringLiteral("SELECT count(*) FROM orders WHERE status NOT IN ('open', 'voided') AND business_day BETWEEN ? "
                       "AND ?"),
        {from, to});
    const qint64 items = test::scalar(**file,
        QStringLiteral("SELECT sum(l.quantity) FROM order_lines AS l JOIN orders AS o ON o.id = l.order_id "
                       "WHERE o.status NOT IN ('open', 'voided') AND o.business_day BETWEEN ? AND ?"),
        {from, to});
    file->reset();
    REQUIRE(refunded > 0);

    for (const char* by : {"day", "week", "month", "quarter", "year", "product", "category", "hour"}) {
        INFO(by);
        const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("sales"),
            QStringLiteral("--pin"), QStringLiteral("4444"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
            QStringLiteral("--by"), QLatin1String(by), QStringLiteral("--csv")});
        REQUIRE(r.code == 0);
        const QStringList lines = csvLines(r);
        REQUIRE(lines.size() > 1);
        CHECK(lines.first() == QStringLiteral("period,orders,items,revenue,discounts,refunds,tax"));
        qint64 revenue = 0, orderCount = 0, itemCount = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            // Product names may hold commas; the numbers are the last six fields.
            const QStringList f = lines[i].split(QLatin1Char(','));
            REQUIRE(f.size() >= 7);
            orderCount += f[f.size() - 6].toLongLong();
            itemCount += f[f.size() - 5].toLongLong();
            revenue += cents(f[f.size() - 4]);
        }
        CHECK(revenue == paid - refunded);
        if (QLatin1String(by) != QLatin1String("product") && QLatin1String(by) != QLatin1String("category"))
            CHECK(orderCount == orders);
        CHECK(itemCount == items - 1);
    }

    // Months are listed whole, empty ones too, in order: the demo's history starts on 22 August 2026.
    const Run months = cremactl(
        {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--pin"),
            QStringLiteral("4444"), QStringLiteral("--from"), QStringLiteral("2026-07-01"), QStringLiteral("--to"),
            QStringLiteral("2026-09-30"), QStringLiteral("--by"), QStringLiteral("month"), QStringLiteral("--csv")});
    const QStringList m = csvLines(months);
    REQUIRE(m.size() == 4);
    CHECK(m[1] == QStringLiteral("2026-07,0,0,0.00,0.00,0.00,0.00"));
    CHECK(m[2].startsWith(QStringLiteral("2026-08,")));
    CHECK(m[3].startsWith(QStringLiteral("2026-09,")));
    CHECK_FALSE(m[2].startsWith(QStringLiteral("2026-08,0,")));

    const Run json = cremactl({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("sales"),
        QStringLiteral("--pin"), QStringLiteral("4444"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
        QStringLiteral("--by"), QStringLiteral("year"), QStringLiteral("--json"), QStringLiteral("--store"),
        QStringLiteral("crema demo café")});
    REQUIRE(json.code == 0);
    const QJsonObject totals = json.json().value(QStringLiteral("totals")).toObject();
    CHECK(totals.value(QStringLiteral("revenue_cents")).toInteger() == paid - refunded);
    CHECK(totals.value(QStringLiteral("orders")).toInteger() == orders);
    CHECK(json.json().value(QStringLiteral("store")).toString() == QStringLiteral("Crema Demo Café"));
}

TEST_CASE("cremactl report refuses bad dates, groupings and stores with one clear line", "[cli][reporting]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    const QStringList base {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("sales"),
        QStringLiteral("--pin"), QStringLiteral("4444")};
    const std::map<QString, QStringList> cases {
        {QStringLiteral("--from DATE is required"), {QStringLiteral("--to"), QStringLiteral("2026-11-01")}},
        {QStringLiteral("--to '2026-13-01' is not a date (yyyy-MM-dd)"),
            {QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                QStringLiteral("2026-13-01")}},
        {QStringLiteral("--from 2026-11-05 is after --to 2026-11-01"),
            {QStringLiteral("--from"), QStringLiteral("2026-11-05"), QStringLiteral("--to"),
                QStringLiteral("2026-11-01")}},
        {QStringLiteral("'fortnight' is not a grouping"),
            {QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                QStringLiteral("2026-11-02"), QStringLiteral("--by"), QStringLiteral("fortnight")}},
        {QStringLiteral("--store 'Leith': no such store (stores: Crema Demo Café)"),
            {QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                QStringLiteral("2026-11-02"), QStringLiteral("--store"), QStringLiteral("Leith")}},
    };
    for (const auto& [message, args] : cases) {
        const Run r = cremactl(base + args);
        INFO(message.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.contains(message));
        checkOneLineError(r);
    }
    const Run other = cremactl({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("stock")});
    CHECK(other.code == 2);
    CHECK(other.err.contains(QStringLiteral("unknown report 'stock' (reports: sales)")));
}

TEST_CASE("cremactl forecast: ingredients, products and the backtest as CSV and JSON", "[cli][forecast]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    const QStringList base {
        QStringLiteral("--db"), db, QStringLiteral("forecast"), QStringLiteral("--pin"), QStringLiteral("4444")};

    const Run ingredients = cremactl(base
        + QStringList {QStringLiteral("--date"), QStringLiteral("2026-11-21"), QStringLiteral("--horizon"),
            QStringLiteral("3"), QStringLiteral("--method"), QStringLiteral("seed"), QStringLiteral("--csv")});
    REQUIRE(ingredients.code == 0);
    const QStringList rows = csvLines(ingredients);
    CHECK(
        rows.first() == QStringLiteral("ingredient,unit,on_hand,forecast,status,suggested_order,packs,pack,supplier"));
    CHECK(rows.size() == 1 + 46);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList f = rows[i].split(QLatin1Char(','));
        const qint64 onHand = f[2].toLongLong();
        const qint64 demand = f[3].toLongLong();
        const QString expected = onHand < demand ? QStringLiteral("CRITICAL")
            : 2 * onHand < 3 * demand            ? QStringLiteral("WARNING")
                                                 : QStringLiteral("OK");
        INFO(rows[i].toStdString());
        CHECK(f[4] == expected);
        // An order brings the ingredient to at least 1.5 times the forecast.
        if (expected != QStringLiteral("OK"))
            CHECK(2 * (onHand + f[5].toLongLong()) >= 3 * demand);
    }

    const Run products = cremactl(base
        + QStringList {QStringLiteral("--date"), QStringLiteral("2026-11-21"), QStringLiteral("--horizon"),
            QStringLiteral("2"), QStringLiteral("--products"), QStringLiteral("--csv")});
    REQUIRE(products.code == 0);
    const QStringList p = csvLines(products);
    CHECK(p.first() == QStringLiteral("product,date,forecast,method"));
    CHECK(p[1].startsWith(QStringLiteral("Latte,2026-11-21,")));
    CHECK(p[2].startsWith(QStringLiteral("Latte,2026-11-22,")));

    const Run backtest = cremactl(base
        + QStringList {QStringLiteral("--backtest"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
            QStringLiteral("--to"), QStringLiteral("2026-11-20"), QStringLiteral("--csv")});
    REQUIRE(backtest.code == 0);
    const QStringList b = csvLines(backtest);
    CHECK(b.first() == QStringLiteral("product,wape,actual,forecast,abs_error,days,method"));
    CHECK(b.last().startsWith(QStringLiteral("ALL,0.")));
    CHECK(b.last().endsWith(QStringLiteral(",auto")));

    const Run json = cremactl(
        base + QStringList {QStringLiteral("--date"), QStringLiteral("2026-11-21"), QStringLiteral("--json")});
    REQUIRE(json.code == 0);
    CHECK(json.json().value(QStringLiteral("method")).toString() == QStringLiteral("auto"));
    CHECK(json.json().value(QStringLiteral("ingredients")).toArray().size() == 46);
    CHECK(json.json().value(QStringLiteral("backtest")).toObject().value(QStringLiteral("wape")).toDouble() > 0);

    const std::map<QString, QStringList> bad {
        {QStringLiteral("--horizon '15': expected 1 to 14 days"), {QStringLiteral("--horizon"), QStringLiteral("15")}},
        {QStringLiteral("'magic' is not a forecast method"), {QStringLiteral("--method"), QStringLiteral("magic")}},
        {QStringLiteral("--from DATE is required"), {QStringLiteral("--backtest")}},
        {QStringLiteral("--from and --to go with --backtest"),
            {QStringLiteral("--from"), QStringLiteral("2026-10-01")}},
        {QStringLiteral("--date '21/11/2026' is not a date"), {QStringLiteral("--date"), QStringLiteral("21/11/2026")}},
    };
    for (const auto& [message, args] : bad) {
        const Run r = cremactl(base + args);
        INFO(message.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.contains(message));
        checkOneLineError(r);
    }
}

TEST_CASE("cremactl generate-history writes a chain's history and checks its numbers", "[cli][reporting]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    const QStringList base {QStringLiteral("--db"), db, QStringLiteral("generate-history")};
    const Run ok = cremactl(base
        + QStringList {QStringLiteral("--stores"), QStringLiteral("2"), QStringLiteral("--days"), QStringLiteral("3"),
            QStringLiteral("--orders-per-day"), QStringLiteral("20"), QStringLiteral("--as-of"),
            QStringLiteral("2027-01-10")});
    INFO(ok.err.toStdString());
    REQUIRE(ok.code == 0);
    CHECK(ok.out.contains(QStringLiteral("over 3 days in 2 store(s)")));
    CHECK(ok.out.contains(QStringLiteral("New stores: Crema Leith")));
    const Run report = cremactl({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("sales"),
        QStringLiteral("--pin"), QStringLiteral("4444"), QStringLiteral("--from"), QStringLiteral("2027-01-07"),
        QStringLiteral("--to"), QStringLiteral("2027-01-09"), QStringLiteral("--store"), QStringLiteral("crema leith"),
        QStringLiteral("--json")});
    REQUIRE(report.code == 0);
    CHECK(report.json().value(QStringLiteral("totals")).toObject().value(QStringLiteral("orders")).toInt() > 30);

    const Run twice = cremactl(base
        + QStringList {QStringLiteral("--stores"), QStringLiteral("2"), QStringLiteral("--days"), QStringLiteral("3"),
            QStringLiteral("--as-of"), QStringLiteral("2027-01-10")});
    CHECK(twice.code == 1);
    CHECK(twice.err.contains(QStringLiteral("generated into this file already")));
    const Run bad = cremactl(base + QStringList {QStringLiteral("--days"), QStringLiteral("a year")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("--days 'a year' is not a whole number")));
    const Run zero = cremactl(base + QStringList {QStringLiteral("--stores"), QStringLiteral("0")});
    CHECK(zero.code == 2);
    CHECK(zero.err.contains(QStringLiteral("0 stores is not 1 to 50")));
}

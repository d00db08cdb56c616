#include "catalog/catalogservice.h"
#include "demo/democafe.h"
#include "inventory/inventoryservice.h"
#include "storage/sql.h"
#include "testsupport.h"
#include "tillfixture.h"

#include <QCryptographicHash>
#include <QSqlRecord>

using namespace crema;

namespace {
qint64 scalar(Database& db, const QString& sql)
{
    auto v = queryScalar(db.connection(), sql, {}, QStringLiteral("test query"));
    REQUIRE_OK(v);
    return v->toLongLong();
}
} // namespace

TEST_CASE("the demo café has a realistic menu with recipes for every size", "[db][demo]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM products")) >= 35);
    CHECK(scalar(*db, QStringLiteral("SELECT count(DISTINCT category_id) FROM products")) >= 6);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM ingredients")) >= 25);
    // Every product size has a recipe; every ingredient has a supplier.
    CHECK(scalar(*db,
              QStringLiteral(
                  "SELECT count(*) FROM product_sizes WHERE id NOT IN (SELECT size_id FROM size_recipe_items)"))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral(
                  "SELECT count(*) FROM ingredients WHERE id NOT IN (SELECT ingredient_id FROM purchase_units)"))
        == 0);
    // Every ingredient is used by something and has par above critical.
    CHECK(scalar(*db,
              QStringLiteral(
                  "SELECT count(*) FROM ingredients WHERE id NOT IN (SELECT ingredient_id FROM size_recipe_items) "
                  "AND id NOT IN (SELECT ingredient_id FROM modifier_recipe_items)"))
        == 0);
    CHECK(
        scalar(*db,
            QStringLiteral("SELECT count(*) FROM store_ingredients WHERE par_level <= 0 OR critical_level > par_level"))
        == 0);
    // Retail goods refuse sales past stock.
    CHECK(scalar(*db,
              QStringLiteral(
                  "SELECT count(*) FROM store_ingredients AS s JOIN ingredients AS i ON i.id = s.ingredient_id "
                  "WHERE i.name LIKE '%bag' AND s.policy <> 'block'"))
        == 0);
    // Sizes, milk alternatives, extra shot, syrups, decaf.
    for (const char* group : {"Milk alternatives", "Extra shot", "Syrups", "Decaf"})
        CHECK(scalar(*db,
                  QStringLiteral("SELECT count(*) FROM modifier_groups WHERE name = '%1'").arg(QLatin1String(group)))
            == 1);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM products AS p WHERE (SELECT count(*) FROM product_sizes WHERE "
                             "product_id = p.id) > 1"))
        >= 10);
}

TEST_CASE("the demo café has staff, customers and thirteen weeks of history with real patterns", "[db][demo]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM staff")) == 4);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers WHERE phone IS NOT NULL")) >= 200);
    const qint64 days
        = scalar(*db, QStringLiteral("SELECT julianday(max(paid_at)) - julianday(min(paid_at)) FROM orders"));
    CHECK(days >= 12 * 7);
    CHECK(scalar(*db, QStringLiteral("SELECT max(paid_at) < '2026-11-21' FROM orders"))
        == 1); // history ends before "today"

    // Saturdays are busier than Sundays; 8-9 a.m. busier than 4-5 p.m. (UTC hours; London is UTC or UTC+1).
    const qint64 saturday
        = scalar(*db, QStringLiteral("SELECT count(*) FROM orders WHERE strftime('%w', paid_at) = '6'"));
    const qint64 sunday
        = scalar(*db, QStringLiteral("SELECT count(*) FROM orders WHERE strftime('%w', paid_at) = '0'"));
    CHECK(saturday > sunday * 12 / 10);
    const qint64 morning
        = scalar(*db, QStringLiteral("SELECT count(*) FROM orders WHERE time(paid_at) BETWEEN '07:30' AND '09:30'"));
    const qint64 lateAfternoon
        = scalar(*db, QStringLiteral("SELECT count(*) FROM orders WHERE time(paid_at) BETWEEN '15:30' AND '17:30'"));
    CHECK(morning > lateAfternoon * 3 / 2);

    // Every order adds up: lines to the total, payments to the total, stock taken for every line.
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM orders AS o WHERE o.total_cents <> (SELECT sum(total_cents) FROM "
                             "order_lines WHERE order_id = o.id) "
                             "OR o.total_cents <> (SELECT sum(amount_cents) FROM payments WHERE order_id = o.id) "
                             "OR NOT EXISTS (SELECT 1 FROM stock_movements WHERE order_id = o.id)"))
        == 0);
    // Receipt numbers run 1..N without gaps.
    CHECK(scalar(*db, QStringLiteral("SELECT max(receipt_no) - count(*) FROM orders")) == 0);
    // Cash change is tendered minus paid.
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM payments WHERE method = 'cash' AND change_cents <> tendered_cents - "
                             "amount_cents"))
        == 0);
}

TEST_CASE("the demo café is deterministic", "[db][demo]")
{
    test::TempDir dir;
    const auto digest = [&](const QString& name) {
        auto db = test::freshDatabase(dir, name);
        REQUIRE_OK(DemoCafe::seed(*db, QDate(2026, 3, 2)));
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const char* table :
            {"products", "product_sizes", "customers", "orders", "order_lines", "payments", "stock_movements"}) {
            SqlQuery q(db->connection(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
            REQUIRE_OK(q.run(QStringLiteral("dumping")));
            while (q.next()) {
                const int columns = q.raw().record().count();
                for (int c = 0; c < columns; ++c)
                    h.addData(q.value(c).toString().toUtf8() + '\x1f');
            }
        }
        return h.result();
    };
    CHECK(digest(QStringLiteral("a.db")) == digest(QStringLiteral("b.db")));
}

TEST_CASE("a failing demo seed leaves nothing behind", "[db][demo]")
{
    test::TempDir dir;
    auto db = test::freshDatabase(dir);
    REQUIRE_OK(DemoCafe::seed(*db, QDate(2026, 11, 21)));
    auto second = DemoCafe::seed(*db, QDate(2026, 11, 21));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == Error::Code::Conflict);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM stores")) == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM products")) == 40);
}

TEST_CASE("every modifier the demo offers takes something real from every size", "[db][demo][problems]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    CatalogService catalog(*db);
    auto menu = catalog.loadMenu();
    REQUIRE_OK(menu);
    QStringList messages;
    for (const RecipeProblem& p : menu->recipeProblems())
        messages << p.message();
    CHECK(messages == QStringList {});
    CHECK(menu->problems.isEmpty());
}

TEST_CASE("an oat milk Americano on the demo takes oat milk from stock", "[db][demo][problems]")
{
    test::TillFixture t;
    const qint64 oat = t.onHand("Oat milk");
    const qint64 milk = t.onHand("Whole milk");
    auto sale = t.sell(t.cashier(), t.cart({"Americano:Large+Oat milk"}));
    REQUIRE_OK(sale);
    CHECK(sale->warnings.isEmpty());
    CHECK(t.onHand("Oat milk") < oat);
    CHECK(t.onHand("Whole milk") == milk);
    bool tookOat = false;
    for (const StockLine& s : sale->stock)
        tookOat = tookOat || s.ingredient == QStringLiteral("Oat milk");
    CHECK(tookOat);
}

#include "storage/sql.h"
#include "testsupport.h"
#include "tillfixture.h"

using namespace crema;

// A sale whose line runs into a menu problem goes through (the drink was made and paid for; a menu
// mistake must not block the queue) and says so in its warnings, which are kept with the order.
TEST_CASE("a sale of a modifier that changes nothing in the recipe is kept, with a warning", "[db][sales][problems]")
{
    test::TillFixture t;
    SqlQuery strip(t.db->connection(),
        QStringLiteral(
            "DELETE FROM size_recipe_items WHERE ingredient_id = (SELECT id FROM ingredients WHERE name = ?) "
            "AND size_id IN (SELECT s.id FROM product_sizes AS s JOIN products AS p ON p.id = s.product_id "
            "WHERE p.name = ?)"));
    strip.bindAll({QStringLiteral("Whole milk"), QStringLiteral("Americano")});
    REQUIRE_OK(strip.run(QStringLiteral("taking the milk out of the Americano")));
    REQUIRE(t.menu().problems.size() == 6);

    const qint64 oat = t.onHand("Oat milk");
    auto sale = t.sell(t.cashier(), t.cart({"Americano+Oat milk", "Latte+Oat milk"}));
    REQUIRE_OK(sale);
    CHECK(sale->warnings
        == QStringList {
            QStringLiteral("Americano (Regular): Oat milk replaces Whole milk, which the recipe does not have")});
    CHECK(t.onHand("Oat milk") == oat - 250); // the latte's; the Americano had none to replace
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE id = ?"), {sale->orderId}) == 1);
}

#include "catalog/catalogwriter.h"
#include "catalog/menueditor.h"
#include "common/clock.h"
#include "storage/sql.h"
#include "testsupport.h"

using namespace crema;

// MenuEditor::loadForEditing reads each table in stored order and sorts in memory; what it returns
// must be what reading record by record in SQL order gives (CatalogWriter::read*), in editor order.
namespace {

void exec(Database& db, const QString& sql)
{
    SqlQuery q(db.connection(), sql);
    REQUIRE_OK(q.run(QStringLiteral("test")));
}

} // namespace

TEST_CASE("the menu read for editing is the catalogue record by record, in editor order", "[core][catalog][editor]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    // Ties the order must break as SQL did: equal places on the grid (then by name, as SQLite
    // compares text, where U+FF21 sorts before U+1F600), equal size orders (then by row id), recipe
    // lines and barcodes stored out of name order, groups offered in an equal place.
    exec(*db,
        QStringLiteral("UPDATE products SET sort_order = 0 WHERE category_id = (SELECT category_id FROM "
                       "products WHERE name = 'Latte')"));
    exec(*db,
        QStringLiteral("INSERT INTO products (uuid, category_id, name, sort_order) SELECT 'p-emoji', category_id, "
                       "'Zz \U0001F600', 0 FROM products WHERE name = 'Latte'"));
    exec(*db,
        QStringLiteral("INSERT INTO products (uuid, category_id, name, sort_order) SELECT 'p-wide', category_id, "
                       "'Zz \uFF21', 0 FROM products WHERE name = 'Latte'"));
    exec(*db,
        QStringLiteral("UPDATE product_sizes SET sort_order = 5 WHERE product_id = (SELECT id FROM products "
                       "WHERE name = 'Latte')"));
    exec(*db,
        QStringLiteral("UPDATE product_sizes SET sort_order = 9 - sort_order WHERE product_id = (SELECT id FROM "
                       "products WHERE name = 'Mocha')"));
    exec(*db,
        QStringLiteral("INSERT INTO size_recipe_items (size_id, ingredient_id, quantity) SELECT s.id, i.id, 3 "
                       "FROM product_sizes AS s, ingredients AS i WHERE s.product_id = (SELECT id FROM products "
                       "WHERE name = 'Americano') AND i.id = (SELECT max(id) FROM ingredients) AND NOT EXISTS "
                       "(SELECT 1 FROM size_recipe_items WHERE size_id = s.id AND ingredient_id = i.id)"));
    exec(*db,
        QStringLiteral("INSERT INTO product_barcodes (barcode, product_id) SELECT '9', id FROM products WHERE "
                       "name = 'Latte' UNION ALL SELECT '10', id FROM products WHERE name = 'Latte'"));
    exec(*db, QStringLiteral("UPDATE product_modifier_groups SET sort_order = 0"));
    exec(*db, QStringLiteral("UPDATE categories SET active = 0 WHERE name = 'Food'"));

    Clock clock;
    const Site site = loadSite(db->connection()).value();
    MenuEditor editor(*db, clock, site);
    auto menu = editor.loadForEditing();
    REQUIRE_OK(menu);

    QStringList expected;
    SqlQuery order(db->connection(),
        QStringLiteral("SELECT p.uuid FROM products AS p JOIN categories AS c ON c.id = p.category_id "
                       "ORDER BY c.sort_order, c.name, p.sort_order, p.name"));
    REQUIRE_OK(order.run(QStringLiteral("test")));
    while (order.next())
        expected << order.value(0).toString();
    QStringList got;
    for (const ProductRecord& p : menu->products)
        got << p.uuid;
    CHECK(got == expected);
    CHECK(got.indexOf(QStringLiteral("p-wide")) + 1 == got.indexOf(QStringLiteral("p-emoji")));

    for (const ProductRecord& p : menu->products) {
        INFO(p.name.toStdString());
        auto stored = CatalogWriter::readProduct(db->connection(), p.uuid);
        REQUIRE_OK(stored);
        REQUIRE(stored->has_value());
        CHECK(**stored == p);
    }
    for (const ModifierGroupRecord& g : menu->groups) {
        INFO(g.name.toStdString());
        auto stored = CatalogWriter::readModifierGroup(db->connection(), g.uuid);
        REQUIRE_OK(stored);
        REQUIRE(stored->has_value());
        CHECK(**stored == g);
    }
    for (const CategoryRecord& c : menu->categories) {
        auto stored = CatalogWriter::readCategory(db->connection(), c.uuid);
        REQUIRE_OK(stored);
        REQUIRE(stored->has_value());
        CHECK(**stored == c);
    }
    const ProductRecord* latte = menu->findProduct(QStringLiteral("Latte"));
    REQUIRE(latte);
    CHECK(latte->barcodes.indexOf(QStringLiteral("10")) < latte->barcodes.indexOf(QStringLiteral("9")));
}

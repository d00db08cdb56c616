#include "catalog/catalogservice.h"
#include "catalog/menueditor.h"
#include "common/clock.h"
#include "storage/sql.h"
#include "testsupport.h"

using namespace crema;

// The menu editor finds its warnings in the catalogue it already read (EditableMenu), the till in
// the menu it sells from (Menu). Both go through one rule, so they must name the same problems in
// the same order, whatever is inactive.
namespace {

struct Problems {
    test::TempDir dir;
    std::shared_ptr<Database> db = test::openDemo(dir);
    Clock clock;
    Site site = loadSite(db->connection()).value();
    CatalogService catalog {*db, clock, site};
    MenuEditor editor {*db, clock, site};

    QStringList till()
    {
        auto menu = catalog.loadMenu();
        REQUIRE_OK(menu);
        return describe(menu->problems);
    }
    QStringList editorWarnings()
    {
        auto menu = editor.loadForEditing();
        REQUIRE_OK(menu);
        return describe(menu->recipeProblems());
    }
    // Everything the editor shows of a problem, not only its message.
    static QStringList describe(const QList<RecipeProblem>& problems)
    {
        QStringList out;
        for (const RecipeProblem& p : problems)
            out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                       .arg(p.product, p.size, p.modifier, recipeActionCode(p.action), p.ingredient, p.message());
        return out;
    }
    void exec(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        SqlQuery q(db->connection(), sql);
        q.bindAll(values);
        REQUIRE_OK(q.run(QStringLiteral("test")));
    }
    void takeOut(const QString& ingredient, const QString& product)
    {
        exec(QStringLiteral(
                 "DELETE FROM size_recipe_items WHERE ingredient_id = (SELECT id FROM ingredients WHERE name = ?) "
                 "AND size_id IN (SELECT s.id FROM product_sizes AS s JOIN products AS p ON p.id = s.product_id "
                 "WHERE p.name = ?)"),
            {ingredient, product});
    }
};

} // namespace

TEST_CASE("the editor's warnings are the till menu's problems on the demo", "[core][catalog][problems]")
{
    Problems t;
    const QStringList till = t.till();
    CHECK(till.isEmpty()); // every modifier the demo offers takes something real from stock
    CHECK(t.editorWarnings() == till);
}

TEST_CASE("the editor warns of oat milk offered on a drink without milk, as the till does", "[core][catalog][problems]")
{
    Problems t;
    t.takeOut(QStringLiteral("Whole milk"), QStringLiteral("Americano"));
    const QStringList till = t.till();
    REQUIRE(till.size() == 6); // almond, oat and soy milk on both sizes
    CHECK(till.contains(QStringLiteral("Americano|Regular|Oat milk|replace|Whole milk|Americano (Regular): Oat milk "
                                       "replaces Whole milk, which the recipe does not have")));
    CHECK(t.editorWarnings() == till);

    SECTION("a remove that finds nothing, among others")
    {
        t.takeOut(QStringLiteral("Whipping cream"), QStringLiteral("Mocha"));
        t.takeOut(QStringLiteral("House espresso beans"), QStringLiteral("Cortado"));
        const QStringList more = t.till();
        CHECK(more.size() > till.size());
        CHECK(std::any_of(more.begin(), more.end(), [](const QString& p) {
            return p.startsWith(QLatin1String("Mocha|")) && p.contains(QLatin1String("|remove|Whipping cream|"));
        }));
        CHECK(t.editorWarnings() == more);
    }
    SECTION("what is not on sale is not checked")
    {
        t.takeOut(QStringLiteral("Whole milk"), QStringLiteral("Latte"));
        t.takeOut(QStringLiteral("Whole milk"), QStringLiteral("Flat White"));
        t.takeOut(QStringLiteral("Whole milk"), QStringLiteral("Chai Latte"));
        t.takeOut(QStringLiteral("Whole milk"), QStringLiteral("Iced Latte"));
        const QStringList before = t.till();
        t.exec(QStringLiteral("UPDATE products SET active = 0 WHERE name = 'Latte'"));
        t.exec(QStringLiteral("UPDATE product_sizes SET active = 0 WHERE name = 'Large' AND product_id = "
                              "(SELECT id FROM products WHERE name = 'Chai Latte')"));
        t.exec(QStringLiteral("UPDATE modifiers SET active = 0 WHERE name = 'Soy milk'"));
        t.exec(QStringLiteral("UPDATE categories SET active = 0 WHERE name = 'Cold drinks'"));
        const QStringList after = t.till();
        CHECK(after.size() < before.size());
        CHECK_FALSE(std::any_of(after.begin(), after.end(), [](const QString& p) {
            return p.startsWith(QLatin1String("Latte|")) || p.startsWith(QLatin1String("Chai Latte|Large|"))
                || p.contains(QLatin1String("|Soy milk|")) || p.startsWith(QLatin1String("Iced Latte|"));
        }));
        CHECK(after.contains(QStringLiteral("Chai Latte|Regular|Oat milk|replace|Whole milk|Chai Latte (Regular): Oat "
                                            "milk replaces Whole milk, which the recipe does not have")));
        CHECK(t.editorWarnings() == after);

        t.exec(QStringLiteral("UPDATE modifier_groups SET active = 0 WHERE name = 'Milk alternatives'"));
        CHECK(t.till().isEmpty());
        CHECK(t.editorWarnings().isEmpty());
    }
}

#include "clirun.h"
#include "testsupport.h"

#include <QJsonArray>

// `cremactl menu` runs the menu check on every call, so a modifier that would take nothing from a
// size is seen by whoever looks at the menu, on stderr and in the JSON.
namespace {

// The demo with the milk taken out of the Americano's recipe: its milk alternatives replace nothing.
const char* const kMilklessAmericano
    = "DELETE FROM size_recipe_items WHERE ingredient_id = (SELECT id FROM ingredients WHERE name = 'Whole milk') "
      "AND size_id IN (SELECT s.id FROM product_sizes AS s JOIN products AS p ON p.id = s.product_id "
      "WHERE p.name = 'Americano')";

} // namespace

TEST_CASE("cremactl menu shows no problems on the demo and names each one on a broken menu", "[cli][menu]")
{
    crema::test::TempDir dir;
    const QString db = crema::test::demoCopy(dir);

    SECTION("the demo menu is sound")
    {
        const Run text = cremactl({QStringLiteral("--db"), db, QStringLiteral("menu")});
        REQUIRE(text.code == 0);
        CHECK(text.err.isEmpty());
        const Run json = cremactl({QStringLiteral("--db"), db, QStringLiteral("menu"), QStringLiteral("--json")});
        REQUIRE(json.code == 0);
        CHECK(json.err.isEmpty());
        const QJsonObject o = json.json();
        REQUIRE(o.value(QStringLiteral("problems")).isArray());
        CHECK(o.value(QStringLiteral("problems")).toArray().isEmpty());
    }
    SECTION("an Americano without milk that offers oat milk")
    {
        crema::test::rawExec(db, QString::fromUtf8(kMilklessAmericano));
        const Run text = cremactl({QStringLiteral("--db"), db, QStringLiteral("menu")});
        INFO(text.err.toStdString());
        REQUIRE(text.code == 0); // a warning: the menu is still readable
        CHECK(text.out.contains(QStringLiteral("Americano")));
        CHECK(text.err.contains(QStringLiteral(
            "warning: Americano (Regular): Oat milk replaces Whole milk, which the recipe does not have")));
        CHECK(text.err.contains(QStringLiteral(
            "warning: Americano (Large): Almond milk replaces Whole milk, which the recipe does not have")));
        CHECK(text.err.trimmed().split(QLatin1Char('\n')).size() == 6); // 3 milks x 2 sizes

        const Run json = cremactl({QStringLiteral("--db"), db, QStringLiteral("menu"), QStringLiteral("--json")});
        REQUIRE(json.code == 0);
        CHECK(json.err.size() > 0);
        const QJsonArray problems = json.json().value(QStringLiteral("problems")).toArray();
        REQUIRE(problems.size() == 6);
        const QJsonObject first = problems.first().toObject();
        CHECK(first.value(QStringLiteral("product")).toString() == QStringLiteral("Americano"));
        CHECK(first.value(QStringLiteral("size")).toString() == QStringLiteral("Regular"));
        CHECK(first.value(QStringLiteral("modifier")).toString() == QStringLiteral("Oat milk"));
        CHECK(first.value(QStringLiteral("action")).toString() == QStringLiteral("replace"));
        CHECK(first.value(QStringLiteral("ingredient")).toString() == QStringLiteral("Whole milk"));
        CHECK(first.value(QStringLiteral("message")).toString()
            == QStringLiteral("Americano (Regular): Oat milk replaces Whole milk, which the recipe does not have"));
    }
}

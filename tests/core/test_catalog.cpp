#include "catalog/catalogservice.h"
#include "catalog/productsearch.h"
#include "testsupport.h"

#include <QJsonArray>

using namespace crema;

namespace {
QHash<QString, qint64> byName(const QList<RecipeItem>& items)
{
    QHash<QString, qint64> out;
    for (const RecipeItem& r : items)
        out.insert(r.ingredient, r.quantity);
    return out;
}
qint64 modifierId(const Menu& menu, const QString& name)
{
    for (const ModifierGroup& g : menu.groups) {
        for (const Modifier& m : g.modifiers) {
            if (m.name == name)
                return m.id;
        }
    }
    FAIL("no modifier " << name.toStdString());
    return 0;
}
} // namespace

TEST_CASE("modifiers add, replace and remove recipe ingredients", "[core][catalog]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    CatalogService catalog(*db);
    auto menu = catalog.loadMenu();
    REQUIRE_OK(menu);
    const Product* latte = menu->findProduct(QStringLiteral("latte"));
    REQUIRE(latte);
    const ProductSize& large = latte->sizes[1];
    REQUIRE(large.name == QStringLiteral("Large"));

    const auto plain = byName(menu->resolveRecipe(large, {}));
    CHECK(plain.value(QStringLiteral("Whole milk")) == 330);
    CHECK(plain.value(QStringLiteral("House espresso beans")) == 27);

    SECTION("oat milk replaces the dairy milk of the chosen size")
    {
        const auto oat = byName(menu->resolveRecipe(large, {modifierId(*menu, QStringLiteral("Oat milk"))}));
        CHECK_FALSE(oat.contains(QStringLiteral("Whole milk")));
        CHECK(oat.value(QStringLiteral("Oat milk")) == 330);
        const auto regularOat
            = byName(menu->resolveRecipe(latte->sizes[0], {modifierId(*menu, QStringLiteral("Oat milk"))}));
        CHECK(regularOat.value(QStringLiteral("Oat milk")) == 250);
    }
    SECTION("an extra shot adds 18 g beans; with decaf, all of it is decaf")
    {
        const qint64 shot = modifierId(*menu, QStringLiteral("Extra shot"));
        const qint64 decaf = modifierId(*menu, QStringLiteral("Decaf"));
        CHECK(byName(menu->resolveRecipe(large, {shot})).value(QStringLiteral("House espresso beans")) == 45);
        const auto both = byName(menu->resolveRecipe(large, {decaf, shot}));
        CHECK_FALSE(both.contains(QStringLiteral("House espresso beans")));
        CHECK(both.value(QStringLiteral("Decaf espresso beans")) == 45);
    }
    SECTION("no whipped cream removes it from a mocha")
    {
        const Product* mocha = menu->findProduct(QStringLiteral("Mocha"));
        REQUIRE(mocha);
        CHECK(byName(mocha->sizes[0].recipe).contains(QStringLiteral("Whipping cream")));
        CHECK_FALSE(
            byName(menu->resolveRecipe(mocha->sizes[0], {modifierId(*menu, QStringLiteral("No whipped cream"))}))
                .contains(QStringLiteral("Whipping cream")));
    }
}

TEST_CASE("the menu reads groups with their rules", "[core][catalog]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    CatalogService catalog(*db);
    auto menu = catalog.loadMenu();
    REQUIRE_OK(menu);
    bool sawSyrups = false, sawRequired = false;
    for (const ModifierGroup& g : menu->groups) {
        CHECK(g.minChoices <= g.maxChoices);
        if (g.name == QStringLiteral("Syrups")) {
            sawSyrups = true;
            CHECK(g.maxChoices == 3);
            CHECK(g.modifiers.size() > 3); // so "too many syrups" can happen at the till
        }
        if (g.minChoices >= 1)
            sawRequired = true;
    }
    CHECK(sawSyrups);
    CHECK(sawRequired);
}

TEST_CASE("product search finds barcodes at once and ranks names by where they match", "[core][catalog][search]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    CatalogService catalog(*db);
    auto menu = catalog.loadMenu();
    REQUIRE_OK(menu);
    const ProductSearch search(*menu);
    const auto names = [&](const QString& text) {
        QStringList out;
        for (qint64 id : search.search(text, 10)) {
            for (const Product& p : menu->products) {
                if (p.id == id)
                    out << p.name;
            }
        }
        return out;
    };
    CHECK(names(QStringLiteral("5060123450011")) == QStringList {QStringLiteral("Ethiopia Yirgacheffe 250 g")});
    CHECK(search.byCode(QStringLiteral("cr-101")) == menu->findProduct(QStringLiteral("Espresso"))->id);
    CHECK(search.byCode(QStringLiteral("0000")) == 0);
    const QStringList lat = names(QStringLiteral("LAT"));
    REQUIRE(lat.size() >= 3);
    CHECK(lat.first() == QStringLiteral("Latte")); // starts with it
    CHECK(lat.indexOf(QStringLiteral("Iced Latte")) > lat.indexOf(QStringLiteral("Latte"))); // a later word
    CHECK(names(QStringLiteral("cafe")).isEmpty());
    CHECK(names(QStringLiteral("  ")).isEmpty());
    CHECK(search.search(QStringLiteral("a"), 5).size() == 5);
}

namespace {
// A two-product menu built by hand: an Americano whose recipe has no milk, offered the milk
// alternatives, and a latte that has milk, offered the same group and a cream it does not have.
Menu menuWithAMilklessAmericano()
{
    Menu menu;
    const RecipeItem beans {1, QStringLiteral("House espresso beans"), 18, BaseUnit::Gram};
    const RecipeItem milk {2, QStringLiteral("Whole milk"), 250, BaseUnit::Millilitre};
    ModifierGroup milks {10, {}, QStringLiteral("Milk alternatives"), 0, 1, {}};
    ModifierRecipeItem oat;
    oat.action = RecipeAction::Replace;
    oat.ingredientId = 3;
    oat.ingredient = QStringLiteral("Oat milk");
    oat.unit = BaseUnit::Millilitre;
    oat.replacesId = 2;
    oat.replaces = QStringLiteral("Whole milk");
    milks.modifiers.append(Modifier {100, {}, QStringLiteral("Oat milk"), Money(40), {oat}});
    ModifierGroup cream {11, {}, QStringLiteral("Cream"), 0, 1, {}};
    ModifierRecipeItem noCream;
    noCream.action = RecipeAction::Remove;
    noCream.ingredientId = 4;
    noCream.ingredient = QStringLiteral("Whipping cream");
    noCream.unit = BaseUnit::Millilitre;
    cream.modifiers.append(Modifier {101, {}, QStringLiteral("No whipped cream"), Money(0), {noCream}});
    ModifierGroup shot {12, {}, QStringLiteral("Extra shot"), 0, 1, {}};
    ModifierRecipeItem moreBeans;
    moreBeans.ingredientId = 1;
    moreBeans.ingredient = QStringLiteral("House espresso beans");
    moreBeans.quantity = 18;
    shot.modifiers.append(Modifier {102, {}, QStringLiteral("Extra shot"), Money(60), {moreBeans}});
    menu.groups = {{10, milks}, {11, cream}, {12, shot}};

    Product americano;
    americano.id = 1;
    americano.name = QStringLiteral("Americano");
    americano.sizes = {ProductSize {20, {}, QStringLiteral("Regular"), Money(300), {beans}}};
    americano.modifierGroupIds = {10, 12};
    Product latte;
    latte.id = 2;
    latte.name = QStringLiteral("Latte");
    latte.sizes = {ProductSize {21, {}, QStringLiteral("Regular"), Money(350), {beans, milk}},
        ProductSize {22, {}, QStringLiteral("Large"), Money(390), {beans, milk}}};
    latte.modifierGroupIds = {10, 11, 12};
    // Cream is offered nowhere it could matter on the Americano: not offered there, not a problem.
    menu.products = {americano, latte};
    return menu;
}
} // namespace

TEST_CASE("the menu check names every replace and remove that would change nothing", "[core][catalog][problems]")
{
    const Menu menu = menuWithAMilklessAmericano();
    const QList<RecipeProblem> problems = menu.recipeProblems();
    QStringList messages;
    for (const RecipeProblem& p : problems)
        messages << p.message();
    CHECK(messages
        == QStringList {
            QStringLiteral("Americano (Regular): Oat milk replaces Whole milk, which the recipe does not have"),
            QStringLiteral("Latte (Regular): No whipped cream removes Whipping cream, which the recipe does not have"),
            QStringLiteral("Latte (Large): No whipped cream removes Whipping cream, which the recipe does not have")});
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].productId == 1);
    CHECK(problems[0].sizeId == 20);
    CHECK(problems[0].modifierId == 100);
    CHECK(problems[0].ingredient == QStringLiteral("Whole milk"));
    const QJsonObject json = problems[0].toJson();
    CHECK(json.value(QStringLiteral("product")).toString() == QStringLiteral("Americano"));
    CHECK(json.value(QStringLiteral("size")).toString() == QStringLiteral("Regular"));
    CHECK(json.value(QStringLiteral("modifier")).toString() == QStringLiteral("Oat milk"));
    CHECK(json.value(QStringLiteral("action")).toString() == QStringLiteral("replace"));
    CHECK(json.value(QStringLiteral("ingredient")).toString() == QStringLiteral("Whole milk"));
    CHECK(json.value(QStringLiteral("message")).toString() == problems[0].message());
    CHECK(menu.toJson().value(QStringLiteral("problems")).toArray().size() == 3);
}

TEST_CASE("a sold line finds the menu problems it runs into, and only those", "[core][catalog][problems]")
{
    Menu menu = menuWithAMilklessAmericano();
    menu.problems = menu.recipeProblems();
    const ProductSize& americano = menu.products[0].sizes[0];
    const ProductSize& latte = menu.products[1].sizes[0];
    CHECK(menu.problemsOf(americano, {100, 102})
        == QStringList {
            QStringLiteral("Americano (Regular): Oat milk replaces Whole milk, which the recipe does not have")});
    CHECK(menu.problemsOf(americano, {102}).isEmpty());
    CHECK(menu.problemsOf(latte, {100}).isEmpty());
    CHECK(menu.problemsOf(latte, {101}).size() == 1);
}

#include "catalog/catalogservice.h"
#include "catalog/productsearch.h"
#include "testsupport.h"

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

#include "clirun.h"
#include "testsupport.h"

#include "storage/database.h"

#include <QJsonArray>

// The menu editor from the command line: each command with --pin and --json, the exit codes of the
// contract (0 ok, 1 refused, 2 usage or bad input).
namespace {

QStringList on(const QString& db, std::initializer_list<const char*> args)
{
    QStringList out {QStringLiteral("--db"), db};
    for (const char* a : args)
        out << QString::fromUtf8(a);
    return out;
}

qint64 count(const QString& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    auto opened = crema::Database::open(db);
    REQUIRE(opened.ok());
    return crema::test::scalar(**opened, sql, values);
}

} // namespace

TEST_CASE("cremactl builds a product: category, product, sizes, recipe, modifier", "[cli][menu-edit]")
{
    crema::test::TempDir dir;
    const QString db = crema::test::demoCopy(dir);

    const Run cat = cremactl(on(db,
        {"category", "add", "Brunch", "--tax", "Standard 20%", "--colour", "#AA3300", "--station", "Kitchen", "--pin",
            "3333", "--json"}));
    INFO(cat.err.toStdString());
    REQUIRE(cat.code == 0);
    CHECK(cat.json().value(QStringLiteral("outcome")).toString() == u"inserted");
    CHECK(
        cat.json().value(QStringLiteral("record")).toObject().value(QStringLiteral("colour")).toString() == u"#aa3300");

    const Run prod = cremactl(on(db,
        {"product", "add", "Oat Flat White", "--category", "Espresso", "--size", "Regular=3.40", "--size", "Large=3.80",
            "--barcode", "5060000001113", "--barcode", "5060000001120", "--groups", "Extra shot", "--pin", "3333",
            "--json"}));
    INFO(prod.err.toStdString());
    REQUIRE(prod.code == 0);
    const QJsonObject record = prod.json().value(QStringLiteral("record")).toObject();
    CHECK(record.value(QStringLiteral("sizes")).toArray().size() == 2);
    CHECK(record.value(QStringLiteral("barcodes")).toArray().size() == 2);
    CHECK(record.value(QStringLiteral("sizes")).toArray().at(1).toObject().value(QStringLiteral("price_cents")).toInt()
        == 380);

    const Run recipe = cremactl(on(db,
        {"recipe", "set", "Oat Flat White", "Large", "House espresso beans=18g", "Oat milk=0.2 l", "--pin", "3333",
            "--json"}));
    INFO(recipe.err.toStdString());
    REQUIRE(recipe.code == 0);
    CHECK(count(db,
              QStringLiteral("SELECT sum(r.quantity) FROM size_recipe_items AS r JOIN product_sizes AS s ON s.id = "
                             "r.size_id JOIN products AS p ON p.id = s.product_id WHERE p.name = 'Oat Flat White' "
                             "AND s.name = 'Large'"))
        == 218);
    // Unquoted words run together, as typed: espresso beans=18g milk=250ml.
    const Run typed = cremactl(on(db,
        {"recipe", "set", "Oat Flat White", "Regular", "espresso", "beans=18g", "whole", "milk=150ml", "--pin",
            "3333"}));
    INFO(typed.err.toStdString());
    CHECK(typed.code == 0);

    const Run wrongUnit
        = cremactl(on(db, {"recipe", "set", "Oat Flat White", "Large", "House espresso beans=250ml", "--pin", "3333"}));
    CHECK(wrongUnit.code == 2);
    CHECK(wrongUnit.err.contains(QStringLiteral("'250ml'")));

    const Run mod = cremactl(on(db,
        {"modifier", "add", "Syrups", "Honey", "--price", "0.40", "--add", "Vanilla syrup=10ml", "--pin", "3333",
            "--json"}));
    INFO(mod.err.toStdString());
    REQUIRE(mod.code == 0);
    const QJsonArray mods
        = mod.json().value(QStringLiteral("record")).toObject().value(QStringLiteral("modifiers")).toArray();
    CHECK(std::any_of(mods.begin(), mods.end(), [](const QJsonValue& m) {
        return m.toObject().value(QStringLiteral("name")).toString() == u"Honey"
            && m.toObject().value(QStringLiteral("effects")).toArray().size() == 1;
    }));

    const Run size = cremactl(on(db, {"size", "edit", "Oat Flat White", "Large", "--price", "3.95", "--pin", "3333"}));
    INFO(size.err.toStdString());
    REQUIRE(size.code == 0);
    CHECK(size.out.contains(QStringLiteral("updated")));
    // The same again changes nothing.
    const Run same = cremactl(on(db, {"size", "edit", "Oat Flat White", "Large", "--price", "3.95", "--pin", "3333"}));
    CHECK(same.code == 0);
    CHECK(same.out.contains(QStringLiteral("unchanged")));

    const Run tax = cremactl(on(db, {"tax", "add", "Reduced", "--rate", "5.5", "--pin", "4444", "--json"}));
    INFO(tax.err.toStdString());
    REQUIRE(tax.code == 0);
    CHECK(tax.json().value(QStringLiteral("record")).toObject().value(QStringLiteral("rate_bp")).toInt() == 550);
}

TEST_CASE("cremactl product add warns when a modifier would change nothing in a size", "[cli][menu-edit]")
{
    crema::test::TempDir dir;
    const QString db = crema::test::demoCopy(dir);
    const Run r = cremactl(on(db,
        {"product", "add", "Tonic Espresso", "--category", "Espresso", "--price", "3.20", "--groups",
            "Milk alternatives", "--pin", "3333", "--json"}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    // It has no recipe yet, so each milk alternative replaces milk it does not have.
    CHECK(r.err.contains(QStringLiteral("warning: Tonic Espresso (Regular): Oat milk replaces Whole milk")));
    CHECK(r.json().value(QStringLiteral("warnings")).toArray().size() == 3);
}

TEST_CASE("cremactl refuses menu edits by role, and wrong usage, with the contract's exit codes", "[cli][menu-edit]")
{
    crema::test::TempDir dir;
    const QString db = crema::test::demoCopy(dir);
    const Run cashier
        = cremactl(on(db, {"product", "add", "Scone", "--category", "Pastries", "--price", "2.50", "--pin", "1111"}));
    CHECK(cashier.code == 1);
    CHECK(cashier.err.contains(QStringLiteral("Sam Cashier")));
    checkOneLineError(cashier);
    // A manager's PIN authorises it.
    const Run authorised = cremactl(on(db,
        {"product", "add", "Scone", "--category", "Pastries", "--price", "2.50", "--pin", "1111", "--manager-pin",
            "3333"}));
    INFO(authorised.err.toStdString());
    CHECK(authorised.code == 0);
    // Taxes are the owner's.
    const Run manager = cremactl(on(db, {"tax", "edit", "Standard 20%", "--rate", "21", "--pin", "3333"}));
    CHECK(manager.code == 1);
    CHECK(cremactl(on(db, {"product", "frobnicate", "Latte", "--pin", "3333"})).code == 2);
    CHECK(cremactl(on(db, {"product", "edit", "--pin", "3333"})).code == 2);
    const Run missing = cremactl(on(db, {"product", "edit", "No Such Thing", "--name", "X", "--pin", "3333"}));
    CHECK(missing.code == 2);
    checkOneLineError(missing);
    const Run negative = cremactl(on(db, {"size", "edit", "Latte", "Large", "--price", "-1", "--pin", "3333"}));
    CHECK(negative.code == 2);
    CHECK(negative.err.contains(QStringLiteral("product 'Latte' size 'Large': price must be at least 0")));
}

TEST_CASE("cremactl product 86 makes sell refuse it until restored", "[cli][menu-edit][86]")
{
    crema::test::TempDir dir;
    const QString db = crema::test::demoCopy(dir);
    crema::test::openShift(db);
    const Run marked = cremactl(on(db, {"product", "86", "Latte", "--pin", "2222", "--json"}));
    INFO(marked.err.toStdString());
    REQUIRE(marked.code == 0);
    CHECK(marked.json().value(QStringLiteral("outcome")).toString() == u"inserted");

    const Run refused = cremactl(on(db, {"sell", "--pin", "1111", "--item", "Latte", "--pay", "card"}));
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("Latte is sold out today (86)")));
    checkOneLineError(refused);

    const Run restored = cremactl(on(db, {"product", "restore", "Latte", "--pin", "1111"}));
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    const Run sold = cremactl(on(db, {"sell", "--pin", "1111", "--item", "Latte", "--pay", "card"}));
    INFO(sold.err.toStdString());
    CHECK(sold.code == 0);
}

TEST_CASE("cremactl deactivates what was sold and deletes what never was", "[cli][menu-edit]")
{
    crema::test::TempDir dir;
    const QString db = crema::test::demoCopy(dir);
    const Run sold = cremactl(on(db, {"product", "deactivate", "Latte", "--pin", "3333", "--json"}));
    INFO(sold.err.toStdString());
    REQUIRE(sold.code == 0);
    CHECK(sold.json().value(QStringLiteral("outcome")).toString() == u"deactivated");
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM products WHERE name = 'Latte' AND active = 0")) == 1);

    REQUIRE(
        cremactl(
            on(db, {"modifier-group", "add", "Toppings", "--max", "2", "--products", "Latte,Mocha", "--pin", "3333"}))
            .code
        == 0);
    CHECK(count(db,
              QStringLiteral("SELECT count(*) FROM product_modifier_groups AS l JOIN modifier_groups AS g ON g.id = "
                             "l.group_id WHERE g.name = 'Toppings'"))
        == 2);
    const Run unused = cremactl(on(db, {"modifier-group", "deactivate", "Toppings", "--pin", "3333", "--json"}));
    INFO(unused.err.toStdString());
    REQUIRE(unused.code == 0);
    CHECK(unused.json().value(QStringLiteral("outcome")).toString() == u"deleted");
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM modifier_groups WHERE name = 'Toppings'")) == 0);
}

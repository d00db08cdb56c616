#include "clirun.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QJsonArray>

namespace {

QStringList args(const QString& db, std::initializer_list<const char*> words)
{
    QStringList list {QStringLiteral("--db"), db};
    for (const char* w : words)
        list.append(QString::fromUtf8(w));
    return list;
}

} // namespace

TEST_CASE("cremactl stocks an empty café: supplier, ingredient, purchase unit, levels", "[cli][stock]")
{
    crema::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("shop.db"));
    REQUIRE(
        cremactl(args(db, {"init", "--store", "Bean There", "--owner", "Ona Owner", "--owner-pin", "4321"})).code == 0);

    const Run supplier = cremactl(args(db,
        {"supplier", "add", "Bean Co", "--contact", "Ada Bean", "--email", "orders@beanco.example", "--phone",
            "+44 131 555 0199", "--lead-time", "2", "--min-order", "50.00", "--delivery-days", "thu,mon", "--cutoff",
            "14:30", "--notes", "Back door", "--pin", "4321", "--json"}));
    INFO(supplier.err.toStdString());
    REQUIRE(supplier.code == 0);
    const QJsonObject s = supplier.json();
    CHECK(s.value(QStringLiteral("outcome")).toString() == QStringLiteral("inserted"));
    const QJsonObject sr = s.value(QStringLiteral("supplier")).toObject();
    CHECK(sr.value(QStringLiteral("delivery_days")).toString() == QStringLiteral("mon,thu"));
    CHECK(sr.value(QStringLiteral("min_order_cents")).toInt() == 5000);
    CHECK(sr.value(QStringLiteral("order_cutoff")).toString() == QStringLiteral("14:30"));

    const Run ingredient = cremactl(args(db,
        {"ingredient", "add", "Oat milk", "--unit", "ml", "--policy", "block", "--par", "12 l", "--critical", "3000",
            "--pin", "4321", "--json"}));
    INFO(ingredient.err.toStdString());
    REQUIRE(ingredient.code == 0);
    const QJsonObject lv = ingredient.json().value(QStringLiteral("levels")).toObject();
    CHECK(lv.value(QStringLiteral("par")).toInt() == 12000);
    CHECK(lv.value(QStringLiteral("critical")).toInt() == 3000);
    CHECK(lv.value(QStringLiteral("policy")).toString() == QStringLiteral("block"));

    const Run unit = cremactl(args(db,
        {"purchase-unit", "add", "oat milk", "case of 6 x 1 l", "--supplier", "bean co", "--size", "6 x 1 l", "--cost",
            "10.80", "--sku", "OAT-6", "--pin", "4321", "--json"}));
    INFO(unit.err.toStdString());
    REQUIRE(unit.code == 0);
    const QJsonObject pu = unit.json().value(QStringLiteral("purchase unit")).toObject();
    CHECK(pu.value(QStringLiteral("base_quantity")).toInt() == 6000);
    CHECK(pu.value(QStringLiteral("cost_cents")).toInt() == 1080);
    CHECK(pu.value(QStringLiteral("supplier_uuid")) == sr.value(QStringLiteral("uuid")));

    // The same again changes nothing.
    const Run same = cremactl(
        args(db, {"purchase-unit", "edit", "Oat milk", "case of 6 x 1 l", "--cost", "10.80", "--pin", "4321"}));
    REQUIRE(same.code == 0);
    CHECK(same.out.contains(QStringLiteral("unchanged")));

    const Run list = cremactl(args(db, {"ingredients", "--json"}));
    REQUIRE(list.code == 0);
    const QJsonArray items = list.json().value(QStringLiteral("ingredients")).toArray();
    REQUIRE(items.size() == 1);
    CHECK(items[0].toObject().value(QStringLiteral("purchase_units")).toArray().size() == 1);
    const Run suppliers = cremactl(args(db, {"suppliers", "--json"}));
    REQUIRE(suppliers.code == 0);
    CHECK(suppliers.json().value(QStringLiteral("suppliers")).toArray().size() == 1);
    const Run text = cremactl(args(db, {"suppliers"}));
    CHECK(text.out.contains(QStringLiteral("delivers mon,thu, order by 14:30")));

    // Not a base unit: a usage error, on one line.
    const Run badUnit = cremactl(args(db, {"ingredient", "edit", "Oat milk", "--unit", "kg", "--pin", "4321"}));
    CHECK(badUnit.code == 2);
    checkOneLineError(badUnit);
}

TEST_CASE("cremactl stock item commands: who may, errors and exit codes", "[cli][stock]")
{
    crema::test::TempDir dir;
    const QString db = crema::test::demoCopy(dir);

    const Run cashier = cremactl(args(db, {"ingredient", "levels", "Whole milk", "--par", "10 l", "--pin", "1111"}));
    CHECK(cashier.code == 1);
    checkOneLineError(cashier);
    CHECK(cashier.err.contains(QStringLiteral("Sam Cashier")));
    const Run authorised = cremactl(args(db,
        {"ingredient", "levels", "Whole milk", "--par", "110 l", "--pin", "1111", "--manager-pin", "3333", "--json"}));
    INFO(authorised.err.toStdString());
    REQUIRE(authorised.code == 0);
    CHECK(authorised.json().value(QStringLiteral("levels")).toObject().value(QStringLiteral("par")).toInt() == 110000);
    {
        auto file = crema::Database::open(db);
        REQUIRE(file.ok());
        CHECK(crema::test::scalar(
                  **file, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'override.manage_stock'"))
            == 1);
    }

    const Run email = cremactl(args(db, {"supplier", "edit", "Glen Dairy", "--email", "x@", "--pin", "3333"}));
    CHECK(email.code == 2);
    checkOneLineError(email);
    CHECK(email.err.contains(QStringLiteral("supplier 'Glen Dairy': email 'x@' is not an email address")));

    const Run unknown = cremactl(args(db, {"ingredient", "deactivate", "Unobtainium", "--pin", "3333"}));
    CHECK(unknown.code == 2); // NotFound is bad input, as elsewhere
    checkOneLineError(unknown);

    const Run noPin = cremactl(args(db, {"supplier", "deactivate", "Glen Dairy"}));
    CHECK(noPin.code != 0);

    const Run deactivated = cremactl(args(db, {"supplier", "deactivate", "Glen Dairy", "--pin", "3333", "--json"}));
    REQUIRE(deactivated.code == 0);
    CHECK(deactivated.json().value(QStringLiteral("outcome")).toString() == QStringLiteral("deactivated"));
    const Run unitLocked = cremactl(args(db, {"ingredient", "edit", "Whole milk", "--unit", "g", "--pin", "3333"}));
    CHECK(unitLocked.code == 1);
    CHECK(unitLocked.err.contains(QStringLiteral("the base unit cannot change")));

    const Run usage = cremactl(args(db, {"purchase-unit", "add", "Whole milk", "pint", "--pin", "3333"}));
    CHECK(usage.code == 2);
}

#include "testsupport.h"

#include "common/clock.h"
#include "common/ids.h"
#include "menufile/menufile.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/unitofwork.h"
#include "store/setupservice.h"
#include "store/site.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace crema;
using crema::test::scalar;

// The menu as a file: export, import (checked whole first, then one unit of work, matched by uuid
// or name, unchanged rows untouched), --prune, --dry-run, price lists, permissions.
namespace {

QDateTime at930()
{
    return QDateTime(QDate(2026, 11, 21), QTime(9, 30), QTimeZone::utc());
}

// A café made like `cremactl init --store`: a store, a till and its owner, no menu.
std::shared_ptr<Database> emptyCafe(const test::TempDir& dir, const Clock& clock)
{
    auto db = test::freshDatabase(dir, QStringLiteral("new.db"));
    StoreSetup setup;
    setup.storeName = QStringLiteral("New Café");
    REQUIRE_OK(Setup::initialise(
        *db, clock, setup, {InitialStaff {QStringLiteral("Nia Owner"), Role::Owner, QStringLiteral("5678")}}));
    return db;
}

MenuFile menuFile(Database& db, const Clock& clock)
{
    auto site = loadSite(db.connection());
    REQUIRE_OK(site);
    return MenuFile(db, clock, *site);
}

StaffMember person(Database& db, const char* pin)
{
    auto site = loadSite(db.connection());
    REQUIRE_OK(site);
    Clock clock;
    StaffService staff(db, clock, site->terminalId, site->terminalUuid);
    auto m = staff.login(QString::fromLatin1(pin));
    REQUIRE_OK(m);
    return *m;
}

QJsonObject parse(const QByteArray& bytes)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc.object();
}

QByteArray bytesOf(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// Sets `value` at a path of keys and indexes: edit(file, {"products", 3, "sizes", 0, "price_cents"}, -5).
QJsonValue edited(const QJsonValue& node, QList<QVariant> path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::QString) {
        QJsonObject o = node.toObject();
        o.insert(step.toString(), edited(o.value(step.toString()), path, value));
        return o;
    }
    QJsonArray a = node.toArray();
    const int i = step.toInt();
    a.replace(i, edited(a.at(i), path, value));
    return a;
}

void edit(QJsonObject& file, const QList<QVariant>& path, const QJsonValue& value)
{
    file = edited(file, path, value).toObject();
}

// What a refused import must leave as it was.
struct Counts {
    qint64 products, sizes, categories, ingredients, audit, outbox, priceSum;
    bool operator==(const Counts&) const = default;
};

Counts countsOf(Database& db)
{
    return Counts {scalar(db, QStringLiteral("SELECT count(*) FROM products")),
        scalar(db, QStringLiteral("SELECT count(*) FROM product_sizes")),
        scalar(db, QStringLiteral("SELECT count(*) FROM categories")),
        scalar(db, QStringLiteral("SELECT count(*) FROM ingredients")),
        scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")),
        // The import's own audit entry goes to HQ (ledger.recorded) like every audit entry; what
        // counts here is what the writers queued.
        scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE event <> 'ledger.recorded'")),
        scalar(db, QStringLiteral("SELECT total(price_cents) FROM product_sizes"))};
}

QStringList paths(const MenuImportResult& r)
{
    QStringList list;
    for (const FileProblem& p : r.problems)
        list << p.text();
    return list;
}

qint64 latteRegularCents(Database& db)
{
    return scalar(db,
        QStringLiteral("SELECT s.price_cents FROM product_sizes s JOIN products p ON p.id = s.product_id "
                       "WHERE p.name = 'Latte' AND s.name = 'Regular'"));
}

} // namespace

TEST_CASE(
    "menu file: the demo exported, imported into a new café and exported again is the same file", "[db][menufile]")
{
    test::TempDir dir;
    auto demo = test::openDemo(dir);
    ManualClock clock(at930());
    auto exported = menuFile(*demo, clock).exportBytes();
    REQUIRE_OK(exported);
    const QJsonObject file = parse(*exported);
    CHECK(file.value(QStringLiteral("version")).toInt() == kMenuFileVersion);
    CHECK(file.value(QStringLiteral("products")).toArray().size() == 40);
    CHECK(file.value(QStringLiteral("ingredients")).toArray().size() == 46);
    // The same menu, the same bytes.
    CHECK(menuFile(*demo, clock).exportBytes().value() == *exported);

    auto cafe = emptyCafe(dir, clock);
    MenuFile cafeFile = menuFile(*cafe, clock);
    const StaffMember owner = test::owner(*cafe);
    auto imported = cafeFile.import(owner, *exported, {QStringLiteral("demo-menu.json")});
    REQUIRE_OK(imported);
    INFO(paths(*imported).join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(imported->refused());
    CHECK(imported->of(QStringLiteral("products")).created == 40);
    CHECK(imported->of(QStringLiteral("ingredients")).created == 46);
    CHECK(imported->total().changed == 0);
    CHECK(menuFile(*cafe, clock).exportBytes().value() == *exported);

    SECTION("importing the file a second time changes nothing")
    {
        const Counts before = countsOf(*cafe);
        auto again = cafeFile.import(owner, *exported, {QStringLiteral("demo-menu.json")});
        REQUIRE_OK(again);
        REQUIRE_FALSE(again->refused());
        CHECK(again->total().created == 0);
        CHECK(again->total().changed == 0);
        CHECK(again->total().deactivated == 0);
        CHECK(again->of(QStringLiteral("products")).unchanged == 40);
        Counts after = countsOf(*cafe);
        CHECK(after.audit == before.audit + 1); // the import's own entry, none from the writers
        after.audit = before.audit;
        CHECK(after == before);
        CHECK(scalar(*cafe, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'menu.import'")) == 2);
    }
    SECTION("the demo's own file changes nothing in the demo")
    {
        const Counts before = countsOf(*demo);
        auto same = menuFile(*demo, clock).import(test::owner(*demo), *exported, {QStringLiteral("demo-menu.json")});
        REQUIRE_OK(same);
        REQUIRE_FALSE(same->refused());
        CHECK_FALSE(same->total().touched());
        CHECK(countsOf(*demo).outbox == before.outbox);
    }
}

TEST_CASE("menu file: a broken file is refused with every problem's path and nothing written", "[db][menufile]")
{
    test::TempDir dir;
    auto demo = test::openDemo(dir);
    ManualClock clock(at930());
    MenuFile mf = menuFile(*demo, clock);
    QJsonObject file = parse(mf.exportBytes().value());
    edit(file, {QStringLiteral("products"), 3, QStringLiteral("sizes"), 0, QStringLiteral("price_cents")}, -5);
    edit(file, {QStringLiteral("products"), 7, QStringLiteral("category")}, QStringLiteral("Drnks"));
    edit(file, {QStringLiteral("products"), 9, QStringLiteral("name")}, QString());
    edit(file, {QStringLiteral("modifier_groups"), 0, QStringLiteral("min_choices")}, 9);
    edit(file, {QStringLiteral("modifier_groups"), 0, QStringLiteral("max_choices")}, 2);
    edit(file, {QStringLiteral("ingredients"), 2, QStringLiteral("base_unit")}, QStringLiteral("kg"));
    edit(file, {QStringLiteral("categories"), 1, QStringLiteral("colour")}, QStringLiteral("blue"));
    // Someone typing a price into the demo by hand, meaning well: a price changed on a good row too,
    // which must not be written either.
    edit(file, {QStringLiteral("products"), 0, QStringLiteral("sizes"), 0, QStringLiteral("price_cents")}, 1);
    const Counts before = countsOf(*demo);

    auto result = mf.import(test::owner(*demo), bytesOf(file), {QStringLiteral("broken.json")});
    REQUIRE_OK(result);
    const QStringList found = paths(*result);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(result->refused());
    CHECK(found.contains(QStringLiteral("products[3].sizes[0].price_cents: must be at least 0")));
    CHECK(found.contains(QStringLiteral("products[7].category: no category 'Drnks' in the file or the menu")));
    CHECK(found.contains(QStringLiteral("products[9].name: must not be empty")));
    CHECK(found.contains(QStringLiteral("modifier_groups[0].min_choices: must be at most max_choices (2)")));
    CHECK(found.contains(QStringLiteral("ingredients[2].base_unit: must be g, ml or pc")));
    CHECK(found.contains(QStringLiteral("categories[1].colour: must be #rrggbb")));
    CHECK(found.size() == 6);
    CHECK(countsOf(*demo) == before);

    const QJsonObject json = result->toJson();
    CHECK_FALSE(json.value(QStringLiteral("ok")).toBool());
    CHECK(json.value(QStringLiteral("problems")).toArray().size() == 6);

    SECTION("not JSON at all")
    {
        auto garbage = mf.import(test::owner(*demo), QByteArrayLiteral("{\n  \"version\": 1,\n  oops\n}"), {});
        REQUIRE_OK(garbage);
        REQUIRE(garbage->problems.size() == 1);
        CHECK(garbage->problems[0].path.startsWith(QStringLiteral("line 3, column ")));
        CHECK(countsOf(*demo) == before);
    }
    SECTION("another currency's prices")
    {
        QJsonObject euros = parse(mf.exportBytes().value());
        euros.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
        auto refused = mf.import(test::owner(*demo), bytesOf(euros), {});
        REQUIRE_OK(refused);
        CHECK(paths(*refused)
            == QStringList {QStringLiteral("currency: the file's prices are in EUR, this café's in GBP")});
    }
}

TEST_CASE("menu file: a file written by hand, without uuids, matches by name", "[db][menufile]")
{
    test::TempDir dir;
    auto demo = test::openDemo(dir);
    ManualClock clock(at930());
    MenuFile mf = menuFile(*demo, clock);
    const qint64 latteId = scalar(*demo, QStringLiteral("SELECT id FROM products WHERE name = 'Latte'"));
    const qint64 products = scalar(*demo, QStringLiteral("SELECT count(*) FROM products"));
    const QByteArray handWritten = R"({
  "version": 1,
  "products": [
    {"name": "Latte", "sizes": [{"name": "Regular", "price_cents": 345}]},
    {"name": "Gibraltar", "category": "Espresso",
     "sizes": [{"name": "Regular", "price_cents": 290,
                "recipe": [{"ingredient": "House espresso beans", "quantity": 18},
                           {"ingredient": "Whole milk", "quantity": "0.06 l"}]}]}
  ]
})";
    auto result = mf.import(test::owner(*demo), handWritten, {QStringLiteral("by-hand.json")});
    REQUIRE_OK(result);
    INFO(paths(*result).join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(result->refused());
    CHECK(result->of(QStringLiteral("products")).created == 1);
    CHECK(result->of(QStringLiteral("sizes")).changed == 1);
    CHECK(latteRegularCents(*demo) == 345);
    // The Latte is the same row, its other sizes, modifier groups and category left as they were.
    CHECK(scalar(*demo, QStringLiteral("SELECT id FROM products WHERE name = 'Latte'")) == latteId);
    CHECK(scalar(*demo, QStringLiteral("SELECT count(*) FROM product_modifier_groups WHERE product_id = ?"), {latteId})
        > 0);
    CHECK(scalar(*demo, QStringLiteral("SELECT count(*) FROM products")) == products + 1);
    CHECK(scalar(*demo,
              QStringLiteral("SELECT r.quantity FROM size_recipe_items r JOIN product_sizes s ON s.id = r.size_id "
                             "JOIN products p ON p.id = s.product_id JOIN ingredients i ON i.id = r.ingredient_id "
                             "WHERE p.name = 'Gibraltar' AND i.name = 'Whole milk'"))
        == 60);
}

TEST_CASE("menu file: --prune deactivates what the file leaves out, and nothing goes without it", "[db][menufile]")
{
    test::TempDir dir;
    auto demo = test::openDemo(dir);
    ManualClock clock(at930());
    MenuFile mf = menuFile(*demo, clock);
    QJsonObject file = parse(mf.exportBytes().value());
    QJsonArray products = file.value(QStringLiteral("products")).toArray();
    const QString dropped = products.at(0).toObject().value(QStringLiteral("uuid")).toString();
    products.removeAt(0);
    file.insert(QStringLiteral("products"), products);
    const QString activeSql = QStringLiteral("SELECT count(*) FROM products WHERE uuid = ? AND active = 1");

    auto kept = mf.import(test::owner(*demo), bytesOf(file), {QStringLiteral("menu.json")});
    REQUIRE_OK(kept);
    CHECK_FALSE(kept->total().touched());
    CHECK(scalar(*demo, activeSql, {dropped}) == 1);

    auto pruned = mf.import(test::owner(*demo), bytesOf(file), {QStringLiteral("menu.json"), false, true});
    REQUIRE_OK(pruned);
    REQUIRE_FALSE(pruned->refused());
    CHECK(pruned->of(QStringLiteral("products")).deactivated == 1);
    CHECK(pruned->total().created == 0);
    CHECK(scalar(*demo, activeSql, {dropped}) == 0);
    // Sold before, so kept for history.
    CHECK(scalar(*demo, QStringLiteral("SELECT count(*) FROM products WHERE uuid = ?"), {dropped}) == 1);
}

TEST_CASE("menu file: --dry-run counts what would change and writes nothing", "[db][menufile]")
{
    test::TempDir dir;
    auto demo = test::openDemo(dir);
    ManualClock clock(at930());
    MenuFile mf = menuFile(*demo, clock);
    QJsonObject file = parse(mf.exportBytes().value());
    edit(file, {QStringLiteral("products"), 0, QStringLiteral("sizes"), 0, QStringLiteral("price_cents")}, 12345);
    QJsonArray products = file.value(QStringLiteral("products")).toArray();
    products.removeAt(1);
    file.insert(QStringLiteral("products"), products);
    const Counts before = countsOf(*demo);

    auto result = mf.import(test::owner(*demo), bytesOf(file), {QStringLiteral("menu.json"), true, true});
    REQUIRE_OK(result);
    REQUIRE_FALSE(result->refused());
    CHECK(result->dryRun);
    CHECK(result->of(QStringLiteral("sizes")).changed == 1);
    CHECK(result->of(QStringLiteral("products")).deactivated == 1);
    CHECK(countsOf(*demo) == before);
    CHECK(scalar(*demo, QStringLiteral("SELECT count(*) FROM products WHERE active = 0")) == 0);
}

TEST_CASE("menu file: a station's timings from the file are written as the kitchen writes them", "[db][menufile]")
{
    test::TempDir dir;
    auto demo = test::openDemo(dir);
    ManualClock clock(at930());
    MenuFile mf = menuFile(*demo, clock);
    QJsonObject file = parse(mf.exportBytes().value());
    QJsonArray stations = file.value(QStringLiteral("stations")).toArray();
    int bar = -1;
    for (int i = 0; i < stations.size(); ++i) {
        if (stations.at(i).toObject().value(QStringLiteral("name")).toString() == u"Bar")
            bar = i;
    }
    REQUIRE(bar >= 0);
    // And a station new to this file: the screens that offer stations hear of it.
    stations.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("Pass")},
        {QStringLiteral("amber_seconds"), 120}, {QStringLiteral("red_seconds"), 240}});
    file.insert(QStringLiteral("stations"), stations);
    QList<ChangeSet> announced;
    QObject::connect(&demo->changes(), &ChangeHub::changed, [&](const ChangeSet& c) { announced << c; });
    edit(file, {QStringLiteral("stations"), bar, QStringLiteral("amber_seconds")}, 100);
    edit(file, {QStringLiteral("stations"), bar, QStringLiteral("red_seconds")}, 200);
    const qint64 amberBefore
        = scalar(*demo, QStringLiteral("SELECT amber_seconds FROM kitchen_stations WHERE name = 'Bar'"));

    auto result = mf.import(test::owner(*demo), bytesOf(file), {QStringLiteral("menu.json")});
    REQUIRE_OK(result);
    INFO(paths(*result).join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(result->refused());
    CHECK(result->of(QStringLiteral("stations")).changed == 1);
    CHECK(result->of(QStringLiteral("stations")).created == 1);
    bool stationAnnounced = false;
    for (const ChangeSet& set : announced) {
        for (const Change& c : set.of(Change::Kind::CatalogChanged))
            stationAnnounced = stationAnnounced || c.key == u"station";
    }
    CHECK(stationAnnounced);
    CHECK(scalar(*demo,
              QStringLiteral("SELECT amber_seconds * 1000 + red_seconds FROM kitchen_stations WHERE name = 'Bar'"))
        == 100 * 1000 + 200);
    // The same audit entry and HQ event as Back office → Kitchen stations writes.
    CHECK(scalar(*demo,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'kitchen.station_timing' "
                             "AND json_extract(details, '$.station') = 'Bar' "
                             "AND json_extract(details, '$.old.amber_seconds') = ? "
                             "AND json_extract(details, '$.new.amber_seconds') = 100"),
              {amberBefore})
        == 1);
    CHECK(scalar(*demo,
              QStringLiteral(
                  "SELECT count(*) FROM sync_outbox WHERE event = 'catalog.station.saved' AND entity_uuid = ? "
                  "AND json_extract(payload, '$.name') = 'Bar' AND json_extract(payload, '$.red_seconds') = 200"),
              {stableUuid(QStringLiteral("kitchen-station/bar"))})
        == 1);
}

TEST_CASE("menu file: who may import what", "[db][menufile]")
{
    test::TempDir dir;
    auto demo = test::openDemo(dir);
    ManualClock clock(at930());
    MenuFile mf = menuFile(*demo, clock);
    const QByteArray exported = mf.exportBytes().value();
    const Counts before = countsOf(*demo);

    auto cashier = mf.import(person(*demo, "1111"), exported, {});
    REQUIRE_FALSE(cashier.ok());
    CHECK(cashier.error().code == Error::Code::PermissionDenied);
    CHECK(cashier.error().message.contains(QStringLiteral("Sam Cashier")));

    // A manager may change the menu but not the tax rates, which are the owner's.
    QJsonObject taxes = parse(exported);
    edit(taxes, {QStringLiteral("tax_rates"), 0, QStringLiteral("rate_bp")}, 1234);
    auto manager = mf.import(person(*demo, "3333"), bytesOf(taxes), {});
    REQUIRE_FALSE(manager.ok());
    CHECK(manager.error().code == Error::Code::PermissionDenied);
    CHECK(manager.error().message.contains(QStringLiteral("tax rates")));
    CHECK(countsOf(*demo) == before);

    QJsonObject prices = parse(exported);
    edit(prices, {QStringLiteral("products"), 0, QStringLiteral("sizes"), 0, QStringLiteral("price_cents")}, 999);
    auto allowed = mf.import(person(*demo, "3333"), bytesOf(prices), {});
    REQUIRE_OK(allowed);
    CHECK(allowed->of(QStringLiteral("sizes")).changed == 1);
    CHECK(scalar(*demo,
              QStringLiteral("SELECT count(*) FROM audit_log a JOIN staff s ON s.id = a.actor_staff_id "
                             "WHERE a.action = 'menu.import' AND s.name = 'Morgan Manager'"))
        == 1);
}

TEST_CASE("menu prices: a price list applies all or nothing", "[db][menufile]")
{
    test::TempDir dir;
    auto demo = test::openDemo(dir);
    ManualClock clock(at930());
    MenuFile mf = menuFile(*demo, clock);
    const qint64 latte = latteRegularCents(*demo);
    const Counts before = countsOf(*demo);

    auto bad = mf.importPrices(test::owner(*demo),
        QByteArrayLiteral("product,size,price\nLatte,Regular,3.95\nLattee,Large,4.20\nLatte,Huge,4\n"
                          "Latte,Regular,3.99\nAmericano,Regular,-1\nCappuccino,Regular,3.405\n"),
        QStringLiteral("prices.csv"));
    REQUIRE_OK(bad);
    QStringList found;
    for (const FileProblem& p : bad->problems)
        found << p.text();
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.contains(QStringLiteral("line 3, product: no product 'Lattee' on the menu")));
    CHECK(found.filter(QStringLiteral("line 4, size: 'Huge' is not a size of Latte")).size() == 1);
    CHECK(found.contains(QStringLiteral("line 5, size: Latte Regular is priced on line 2 already")));
    CHECK(found.contains(QStringLiteral("line 6, price: must be at least 0")));
    CHECK(found.filter(QStringLiteral("line 7, price:")).size() == 1);
    CHECK(found.size() == 5);
    CHECK(latteRegularCents(*demo) == latte);
    CHECK(countsOf(*demo) == before);

    auto missing = mf.importPrices(test::owner(*demo), QByteArrayLiteral("product,price\nLatte,3.95\n"), {});
    REQUIRE_OK(missing);
    CHECK(missing->refused());

    auto good = mf.importPrices(
        test::owner(*demo), QByteArrayLiteral("Product,Size,Price\nLatte,Regular,3.95\nLatte,Large,4.40\n"), {});
    REQUIRE_OK(good);
    REQUIRE_FALSE(good->refused());
    CHECK(good->changed + good->unchanged == 2);
    CHECK(latteRegularCents(*demo) == 395);

    auto cashier
        = mf.importPrices(person(*demo, "1111"), QByteArrayLiteral("product,size,price\nLatte,Regular,1\n"), {});
    REQUIRE_FALSE(cashier.ok());
    CHECK(cashier.error().code == Error::Code::PermissionDenied);
    CHECK(latteRegularCents(*demo) == 395);
}

#include "demo/historygenerator.h"
#include "importing/csvreader.h"
#include "importing/salesimport.h"
#include "tillfixture.h"

using namespace crema;

namespace {

Result<ImportResult> importCsv(test::TillFixture& t, const QByteArray& csv, const QString& map)
{
    auto table = parseCsv(csv);
    REQUIRE_OK(table);
    auto mapping = ImportMapping::parse(map);
    REQUIRE_OK(mapping);
    mapping->mapSameNames(table->header);
    SalesImporter importer(*t.db, t.clock, t.site);
    auto resolved = importer.resolve(*table, *mapping);
    if (!resolved)
        return resolved.error();
    return importer.run(t.manager(), *table, *resolved, {});
}

} // namespace

TEST_CASE(
    "import-sales knows an order by its content: two tills numbering from 1 both import, once each", "[db][import]")
{
    test::TillFixture t;
    const QByteArray tillA
        = "Date,Time,Transaction,Item\n2026-10-01,08:01:00,1,Latte\n2026-10-01,08:01:00,1,Croissant\n"
          "2026-10-01,08:05:00,2,Mocha\n";
    const QByteArray tillB = "Date,Time,Transaction,Item\n2026-10-01,09:12:00,1,Americano\n2026-10-01,09:30:00,2,Tea\n";
    const QString map = QStringLiteral("date=Date,time=Time,order=Transaction,product=Item");
    auto a = importCsv(t, tillA, map);
    REQUIRE_OK(a);
    CHECK(a->orders == 2);
    auto b = importCsv(t, tillB, map);
    REQUIRE_OK(b);
    CHECK(b->orders == 2); // numbered 1 and 2 as well, but other orders
    CHECK(b->alreadyImported == 0);
    for (const QByteArray& again : {tillA, tillB}) {
        auto r = importCsv(t, again, map);
        REQUIRE_OK(r);
        CHECK(r->orders == 0);
        CHECK(r->alreadyImported == 2);
    }
}

TEST_CASE("import-sales: a field mapped by hand wins over a column that only shares a field's name", "[db][import]")
{
    test::TillFixture t;
    // A real export: both a date and a datetime column.
    const QByteArray csv = "date,datetime,product\n2026-10-01,2026-10-01 08:15:00,Latte\n";
    auto r = importCsv(t, csv, QStringLiteral("datetime=datetime"));
    REQUIRE_OK(r);
    CHECK(r->orders == 1);
    CHECK(t.scalar(QStringLiteral(
              "SELECT count(*) FROM orders WHERE note LIKE 'imported%' AND business_day = '2026-10-01' AND "
              "business_hour = 8"))
        == 1); // the time as the till wrote it, in the store's own time
}

TEST_CASE("generate-history writes only to stores of its own and refuses a file with real sales", "[db][reporting]")
{
    test::TillFixture t;
    // The demo café's own sales are made up: the generator may write beside them.
    const qint64 demoReceipts
        = t.scalar(QStringLiteral("SELECT max(receipt_no) FROM orders WHERE terminal_id = ?"), {t.site.terminalId});
    auto stats = HistoryGenerator::generate(*t.db, HistoryPlan {2, 3, 20, QDate(2027, 1, 10)});
    REQUIRE_OK(stats);
    CHECK(stats->newStores == QStringList {QStringLiteral("Crema Leith"), QStringLiteral("Crema Stockbridge")});
    CHECK(t.scalar(QStringLiteral("SELECT max(receipt_no) FROM orders WHERE terminal_id = ?"), {t.site.terminalId})
        == demoReceipts);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE store_id = ? AND business_day >= '2027-01-07'"),
              {t.site.storeId})
        == 0);
}

TEST_CASE("generate-history beside a real café's sales needs an owner, and prices tax-exclusive stores right",
    "[db][reporting]")
{
    test::TillFixture t;
    // A real café (its own store, its own sales) is refused, unless an owner says so.
    test::rawExec(t.db->path(),
        QStringLiteral("UPDATE stores SET uuid = 'a-real-cafe', prices_include_tax = 0 WHERE id = %1")
            .arg(t.site.storeId));
    auto site = loadSite(t.db->connection());
    REQUIRE_OK(site);
    REQUIRE_FALSE(site->pricesIncludeTax);
    HistoryPlan plan {2, 3, 20, QDate(2027, 1, 10)};
    auto refused = HistoryGenerator::generate(*t.db, plan);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("orders the generator did not make")));
    plan.besideRealSales = true;
    const StaffMember manager = t.manager();
    CHECK_FALSE(HistoryGenerator::generate(*t.db, plan, &manager).ok());
    const StaffMember owner = t.login("4444");
    auto allowed = HistoryGenerator::generate(*t.db, plan, &owner);
    REQUIRE_OK(allowed);

    // Tax-exclusive: tax on top, as the till charges it.
    CHECK(t.scalar(
              QStringLiteral("SELECT count(*) FROM orders AS o JOIN stores AS s ON s.id = o.store_id WHERE "
                             "s.uuid <> 'a-real-cafe' AND s.prices_include_tax = 0 AND o.business_day >= '2027-01-07' "
                             "AND o.total_cents <> o.subtotal_cents + o.tax_cents"))
        == 0);
    CHECK(t.scalar(QStringLiteral("SELECT sum(o.tax_cents) FROM orders AS o JOIN stores AS s ON s.id = o.store_id "
                                  "WHERE s.prices_include_tax = 0 AND o.business_day >= '2027-01-07'"))
        > 0);
}

TEST_CASE("import-sales refuses a product or store name no till could show, naming the line", "[db][import]")
{
    test::TillFixture t;
    const QByteArray csv = "date,product,store\n2026-10-01,Latte,\n2026-10-01," + QByteArray(201, 'x')
        + ",\n2026-10-01,Mocha,Leith \xE2\x80\xAE"
          "evil\n";
    auto r = importCsv(t, csv, QStringLiteral("date=date,product=product,store=store"));
    REQUIRE_OK(r);
    CHECK(r->orders == 0); // nothing written while rows are bad
    REQUIRE(r->skipped.size() == 2);
    CHECK(r->skipped[0].line == 3);
    CHECK(r->skipped[0].reason.contains(QStringLiteral("product: at most 200 characters")));
    CHECK(r->skipped[1].line == 4);
    CHECK(r->skipped[1].reason.contains(QStringLiteral("store")));
}

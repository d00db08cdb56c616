#include "clirun.h"
#include "testsupport.h"

#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "forecasting/forecastservice.h"
#include "staff/staffservice.h"
#include "store/site.h"

#include <QJsonArray>
#include <QJsonDocument>

// The JSON of a contract is built in core, beside its type, so that cremactl and crema-hq print the
// same thing: what cremactl prints is exactly what the core function gives on the same file.
namespace {

QJsonObject cliJson(const QStringList& args)
{
    const Run r = cremactl(args);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.json();
}

} // namespace

TEST_CASE("cremactl prints the users and forecast JSON that core builds", "[cli][contracts]")
{
    crema::test::TempDir dir;
    const QString path = crema::test::demoCopy(dir);
    auto db = crema::Database::open(path, crema::OpenOptions {});
    REQUIRE_OK(db);
    auto site = crema::loadSite((*db)->connection());
    REQUIRE_OK(site);

    SECTION("users")
    {
        crema::Clock clock;
        crema::StaffService staff(**db, clock, site->terminalId, site->terminalUuid);
        auto list = staff.list();
        REQUIRE_OK(list);
        const QJsonObject core = crema::staffJson(*list);
        CHECK(core.value(QStringLiteral("users")).toArray().size() == 4);
        CHECK(cliJson({QStringLiteral("--db"), path, QStringLiteral("users"), QStringLiteral("--json")}) == core);
    }
    SECTION("forecast: ingredients, products and the backtest")
    {
        crema::CatalogService catalog(**db);
        crema::ForecastService forecaster(**db, catalog, site->storeId);
        auto result
            = forecaster.forecast(crema::test::owner(**db), {QDate(2026, 11, 21), 7, crema::ForecastMethod::Auto});
        REQUIRE_OK(result);
        const QStringList base {QStringLiteral("--db"), path, QStringLiteral("forecast"), QStringLiteral("--date"),
            QStringLiteral("2026-11-21"), QStringLiteral("--pin"), QStringLiteral("4444"), QStringLiteral("--json")};
        const QJsonObject ingredients = result->ingredientsJson(site->storeName);
        CHECK(ingredients.value(QStringLiteral("ingredients")).toArray().size() > 10);
        CHECK(cliJson(base) == ingredients);
        const QJsonObject products = result->productsJson(site->storeName);
        CHECK(products.value(QStringLiteral("products")).toArray().size() > 10);
        CHECK(cliJson(QStringList(base) << QStringLiteral("--products")) == products);

        auto backtest = forecaster.backtest(crema::test::owner(**db),
            crema::DateRange {QDate(2026, 11, 1), QDate(2026, 11, 14)}, crema::ForecastMethod::Seed);
        REQUIRE_OK(backtest);
        CHECK(cliJson({QStringLiteral("--db"), path, QStringLiteral("forecast"), QStringLiteral("--pin"),
                  QStringLiteral("4444"), QStringLiteral("--backtest"), QStringLiteral("--from"),
                  QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-14"),
                  QStringLiteral("--method"), QStringLiteral("seed"), QStringLiteral("--json")})
            == backtest->toJson());
    }
}

#include "forecasting/forecastservice.h"
#include "tillfixture.h"

using namespace crema;

namespace {

QDateTime noonUtc(const QDate& d)
{
    return QDateTime(d, QTime(12, 0), QTimeZone::utc());
}

void setOnHand(test::TillFixture& t, const char* ingredient, qint64 target)
{
    const qint64 delta = target - t.onHand(ingredient);
    if (delta == 0)
        return;
    test::rawExec(t.db->path(),
        QStringLiteral("INSERT INTO stock_movements (uuid, store_id, ingredient_id, kind, quantity, created_at) "
                       "SELECT lower(hex(randomblob(16))), %1, id, 'count', %2, '2027-02-01T20:00:00.000Z' "
                       "FROM ingredients WHERE name = '%3'")
            .arg(t.site.storeId)
            .arg(delta)
            .arg(QLatin1String(ingredient)));
}

const ProductForecast* productNamed(const ForecastResult& r, const char* name)
{
    for (const ProductForecast& p : r.products) {
        if (p.product == QLatin1String(name))
            return &p;
    }
    return nullptr;
}

const IngredientForecast* ingredientNamed(const ForecastResult& r, const char* name)
{
    for (const IngredientForecast& i : r.ingredients) {
        if (i.name == QLatin1String(name))
            return &i;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a forecast by hand: four Tuesdays of lattes, a quarter with oat milk, into ingredients and an order",
    "[db][forecast]")
{
    test::TillFixture t;
    // Tuesdays in January 2027, long after the demo's history: 2, 4, none and 6 large lattes.
    const QDate tuesdays[] = {QDate(2027, 1, 5), QDate(2027, 1, 12), QDate(2027, 1, 19), QDate(2027, 1, 26)};
    const int lattes[] = {2, 4, 0, 6};
    const int oat[] = {1, 1, 0, 1};
    for (int w = 0; w < 4; ++w) {
        t.clock.set(noonUtc(tuesdays[w]));
        for (int i = 0; i < lattes[w]; ++i) {
            auto sale = t.sell(t.cashier(), t.cart({i < oat[w] ? "Latte:Large+Oat milk" : "Latte:Large"}));
            REQUIRE_OK(sale);
        }
    }
    setOnHand(t, "Oat milk", 300);
    setOnHand(t, "Cup 16 oz", 2);
    setOnHand(t, "House espresso beans", 81);

    ForecastService forecaster(*t.db, t.catalog, t.site.storeId);
    auto result = forecaster.forecast(t.manager(), {QDate(2027, 2, 2), 1, ForecastMethod::Seed});
    REQUIRE_OK(result);
    const ProductForecast* latte = productNamed(*result, "Latte");
    REQUIRE(latte);
    REQUIRE(latte->daily.size() == 1);
    CHECK(latte->daily[0] == Approx(3.0)); // (2 + 4 + 0 + 6) / 4
    CHECK(result->products.first().product == QStringLiteral("Latte"));
    CHECK(productNamed(*result, "Croissant")->total() == 0); // sold in the demo, not in the last four weeks

    // Three large lattes: 27 g of beans, 330 ml of milk and a 16 oz cup each; 3 of the 12 sold had
    // oat milk, so a quarter of the milk is oat milk.
    const IngredientForecast* beans = ingredientNamed(*result, "House espresso beans");
    const IngredientForecast* milk = ingredientNamed(*result, "Whole milk");
    const IngredientForecast* oatMilk = ingredientNamed(*result, "Oat milk");
    const IngredientForecast* cups = ingredientNamed(*result, "Cup 16 oz");
    REQUIRE((beans && milk && oatMilk && cups));
    CHECK(beans->demand == 81);
    CHECK(milk->demand == 743); // 742.5 rounded up
    CHECK(oatMilk->demand == 248); // 247.5 rounded up
    CHECK(cups->demand == 3);

    // Beans: on hand equals the forecast, under 1.5 times it: WARNING; order up to 122 g, one 1 kg bag.
    CHECK(beans->status == ForecastStatus::Warning);
    CHECK(beans->packs == 1);
    CHECK(beans->suggestedOrder == 1000);
    // Oat milk: 300 ml against 248: WARNING, one case of 6 x 1 l.
    CHECK(oatMilk->status == ForecastStatus::Warning);
    CHECK(oatMilk->suggestedOrder == 6000);
    CHECK(oatMilk->packName == QStringLiteral("case of 6 x 1 l"));
    // Cups: 2 against 3: CRITICAL, a sleeve of 50.
    CHECK(cups->status == ForecastStatus::Critical);
    CHECK(cups->suggestedOrder == 50);
    CHECK(milk->status == ForecastStatus::Ok);
    CHECK(milk->suggestedOrder == 0);
    CHECK(result->ingredients.first().status == ForecastStatus::Critical);

    // Over a week the Tuesday counts once and the other days (no lattes lately) count nothing.
    auto week = forecaster.forecast(t.manager(), {QDate(2027, 2, 2), 7, ForecastMethod::Seed});
    REQUIRE_OK(week);
    CHECK(productNamed(*week, "Latte")->total() == Approx(3.0));

    // The backtest of that Tuesday, after 5 lattes sold on it: |5 - 3| / 5.
    t.clock.set(noonUtc(QDate(2027, 2, 2)));
    for (int i = 0; i < 5; ++i)
        REQUIRE_OK(t.sell(t.cashier(), t.cart({"Latte:Large"})));
    auto backtest = forecaster.backtest(t.manager(), {QDate(2027, 2, 2), QDate(2027, 2, 2)}, ForecastMethod::Seed);
    REQUIRE_OK(backtest);
    CHECK(backtest->all.errors.actual == Approx(5));
    CHECK(backtest->all.errors.absError == Approx(2));
    CHECK(backtest->all.errors.wape() == Approx(0.4));
    bool sawLatte = false;
    for (const BacktestRow& r : backtest->products) {
        if (r.product == QStringLiteral("Latte")) {
            sawLatte = true;
            CHECK(r.errors.wape() == Approx(0.4));
        }
    }
    CHECK(sawLatte);

    // What the view draws: the last eight weeks of actual against forecast, day by day.
    auto history = forecaster.history(t.manager(), latte->productId, QDate(2027, 2, 2), 56, ForecastMethod::Seed);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 56);
    CHECK(history->last().day == QDate(2027, 2, 1));
    CHECK(history->at(56 - 7).day == QDate(2027, 1, 26));
    CHECK(history->at(56 - 7).actual == 6);
    CHECK(history->at(56 - 7).forecast == Approx(1.5)); // (2 + 4 + 0 + 0) / 4, from before the 26th

    auto bad = forecaster.forecast(t.manager(), {QDate(2027, 2, 2), 15, ForecastMethod::Seed});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("not 1 to 14")));
}

TEST_CASE("auto is never worse than the seed on the backtest it chose from, per product and overall", "[db][forecast]")
{
    test::TillFixture t;
    ForecastService forecaster(*t.db, t.catalog, t.site.storeId);
    const DateRange range {QDate(2026, 10, 1), QDate(2026, 11, 20)};
    auto seed = forecaster.backtest(t.manager(), range, ForecastMethod::Seed);
    auto best = forecaster.backtest(t.manager(), range, ForecastMethod::Auto);
    REQUIRE_OK(seed);
    REQUIRE_OK(best);
    REQUIRE(seed->products.size() == best->products.size());
    REQUIRE(seed->products.size() > 20);
    for (qsizetype i = 0; i < seed->products.size(); ++i) {
        INFO(seed->products[i].product.toStdString());
        CHECK(best->products[i].errors.absError <= seed->products[i].errors.absError + 1e-9);
    }
    CHECK(best->all.errors.absError <= seed->all.errors.absError);
    CHECK(seed->all.errors.actual == best->all.errors.actual);
    CHECK(seed->all.errors.wape() > 0);
    CHECK(seed->all.errors.wape() < 1);
}

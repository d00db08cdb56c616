#pragma once

#include "common/quantity.h"
#include "common/result.h"
#include "forecasting/forecastengine.h"
#include "reporting/reportperiod.h"
#include "staff/staffservice.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace crema {

class CatalogService;
class Database;

enum class ForecastStatus { Ok, Warning, Critical };
QString forecastStatusCode(ForecastStatus status); // "OK", "WARNING", "CRITICAL"

struct ProductForecast {
    qint64 productId = 0;
    QString product;
    ForecastMethod method = ForecastMethod::Seed; // the one used (Auto resolved per product)
    QList<double> daily; // units per day from the first forecast day on
    BacktestErrors backtest; // one-day-ahead, over the 8 weeks before the first forecast day

    double total() const;
};

struct IngredientForecast {
    qint64 ingredientId = 0;
    QString name;
    BaseUnit unit = BaseUnit::Gram;
    qint64 onHand = 0; // base units
    qint64 demand = 0; // forecast use over the horizon, base units, rounded up
    ForecastStatus status = ForecastStatus::Ok;
    qint64 suggestedOrder = 0; // base units, in whole packs when the ingredient has a purchase unit
    qint64 packs = 0;
    QString packName; // "1 kg bag"
    QString supplier;
};

struct ForecastOptions {
    QDate start; // the first day forecast; history is every day before it
    int horizon = 7; // days, 1 to 14
    ForecastMethod method = ForecastMethod::Auto;
};

struct ForecastResult {
    QDate start;
    int horizon = 0;
    ForecastMethod method = ForecastMethod::Auto;
    QList<ProductForecast> products; // by forecast units, most first
    QList<IngredientForecast> ingredients; // critical first, then warning, then ok; by name within
    BacktestErrors backtest; // all products together, same window as theirs

    QDate day(int i) const { return start.addDays(i); }

    // The JSON contracts of `cremactl forecast --json` (crema-hq serves the same); `store` names the
    // store forecast. Forecasts are rounded to 2 decimals, WAPE to 4 (null when nothing sold).
    // {"store","start","horizon","method","backtest","ingredients":[{"ingredient","unit","on_hand",
    //  "forecast","status","suggested_order","packs","pack","supplier"}]} (quantities in base units)
    QJsonObject ingredientsJson(const QString& store) const;
    // {"store","start","horizon","method","products":[{"product","method","days":[{"date","forecast"}],
    //  "backtest"}]} (units per day)
    QJsonObject productsJson(const QString& store) const;
};

struct BacktestRow {
    qint64 productId = 0; // 0 for the ALL row
    QString product;
    ForecastMethod method = ForecastMethod::Seed;
    BacktestErrors errors;
};

struct BacktestResult {
    DateRange range;
    ForecastMethod method = ForecastMethod::Seed;
    QList<BacktestRow> products; // by name
    BacktestRow all;

    // `cremactl forecast --backtest --json`: {"from","to","method","products":[{"product","method",
    // "wape","days","actual","forecast","abs_error"}],"all":{...}}
    QJsonObject toJson() const;
};

// A backtest's errors as JSON: {"wape","days","actual","forecast","abs_error"}.
QJsonObject backtestErrorsJson(const BacktestErrors& errors);

struct DailyForecastPoint {
    QDate day;
    qint64 actual = 0;
    double forecast = 0;
};

// What a forecast reads, named by the chain's uuids: HQ serves it for the whole chain or one store
// (the sum of its tills), and the till forecasts from it exactly as from its own file.
// {"daily":[[day,product,units]],"first_sale":[[product,day]],"mix":[[size,modifier,units]],
//  "recent_mix":[...],"on_hand":[[ingredient,base units]]}; modifier "" is the size's own units.
struct ForecastData {
    struct Daily {
        QDate day;
        QString product;
        qint64 units = 0;
    };
    struct Mix {
        QString size;
        QString modifier;
        qint64 units = 0;
    };
    QList<Daily> daily; // units sold per product and day, from the window's first day to its last
    QList<std::pair<QString, QDate>> firstSale; // each product's first day of sale up to the last
    QList<Mix> mix; // over the whole window
    QList<Mix> recentMix; // over its last kMixDays days
    QList<std::pair<QString, qint64>> onHand;

    QJsonObject toJson() const;
    static Result<ForecastData> fromJson(const QJsonObject& o, const QString& where);
};

// The days a forecast from `start` reads: its whole window, and the recent days the mix of sizes
// and modifiers comes from.
struct ForecastWindow {
    QDate origin;
    QDate last;
    QDate mixFrom;
    static ForecastWindow forStart(const QDate& start);
};

// Demand forecasts for one store, read from the daily sales summaries (db/migrations/0010):
// units per product and day, then ingredients through the recipes and the mix of sizes and
// modifiers actually sold. Reads only; usable from a worker thread (pass the StaffMember by value
// into the worker). Every read is for `by`, who needs Permission::ViewReports: PermissionDenied
// naming the person otherwise.
class ForecastService {
public:
    static constexpr int kMaxHorizon = 14;
    static constexpr int kBacktestDays = 56; // the weeks Auto chooses from, and the trust figure

    ForecastService(Database& db, CatalogService& catalog, qint64 storeId);

    Result<ForecastResult> forecast(const StaffMember& by, const ForecastOptions& options);
    // The same forecast from what HQ served for the chain: products, sizes, modifiers and
    // ingredients are matched to this till's by uuid (the catalogue is the chain's); what this
    // till does not know is left out.
    Result<ForecastResult> forecast(const StaffMember& by, const ForecastOptions& options, const ForecastData& chain);
    // Each day of the range forecast from the days before it, for every product sold at least once
    // before that day. Auto picks each product's method on this same range.
    Result<BacktestResult> backtest(const StaffMember& by, const DateRange& range, ForecastMethod method);
    // What sold and what was forecast one day ahead, each of the `days` days before `start`,
    // with the method the forecast from `start` uses for the product.
    Result<QList<DailyForecastPoint>> history(
        const StaffMember& by, qint64 productId, const QDate& start, int days, ForecastMethod method);
    // The same from what HQ served for the chain (at most kBacktestDays days).
    Result<QList<DailyForecastPoint>> history(const StaffMember& by, qint64 productId, const QDate& start, int days,
        ForecastMethod method, const ForecastData* chain);

    // Closes the calling thread's connection; a worker thread calls it before it ends.
    void releaseThreadConnection();

private:
    Database& m_db;
    CatalogService& m_catalog;
    qint64 m_storeId = 0;
};

} // namespace crema

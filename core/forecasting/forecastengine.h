#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <vector>

namespace crema {

// How a day's demand for a product is forecast from the days before it. Units sold per day are
// whole numbers; a forecast is a mean, so it has a fraction (a quantity of items, never money).
enum class ForecastMethod {
    Seed, // mean of the same weekday over the last 4 weeks (a day without sales counts as 0)
    Weighted, // the same 4 weekdays, the most recent weighing most (4, 3, 2, 1)
    Long, // mean of the same weekday over the last 8 weeks
    Profile, // the last 2 weeks' daily level times the weekday's share of the last 8 weeks
    Auto, // per product, whichever of the above did best on the weeks before
};

QString forecastMethodName(ForecastMethod method);
Result<ForecastMethod> parseForecastMethod(const QString& word);
// Every method that forecasts by itself (all but Auto), Seed first.
QList<ForecastMethod> concreteForecastMethods();

// One product's units sold per day. Day 0 is the first day held; days before it count as 0.
using DailySeries = std::vector<qint64>;

// Demand on day `target` knowing only the days before `cutoff` (cutoff <= target).
double forecastDay(ForecastMethod method, const DailySeries& series, int cutoff, int target);

// A one-day-ahead backtest over days from..to (indexes into the series, both included): each day
// is forecast from the days before it. Days before `firstSale` (the first day the product sold)
// are left out, as the product was not yet on sale.
struct BacktestErrors {
    qint64 days = 0;
    double actual = 0;
    double forecast = 0;
    double absError = 0;

    // Weighted absolute percentage error, sum |actual - forecast| / sum actual; negative when
    // nothing was sold.
    double wape() const { return actual > 0 ? absError / actual : -1; }
    BacktestErrors& operator+=(const BacktestErrors& o);
};
BacktestErrors backtestSeries(ForecastMethod method, const DailySeries& series, int firstSale, int from, int to);

// The method with the smallest total absolute error on that backtest; Seed wins ties, so the
// choice is never worse than Seed on the days it was chosen from.
ForecastMethod chooseMethod(const DailySeries& series, int firstSale, int from, int to);

} // namespace crema

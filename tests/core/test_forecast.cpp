#include "forecasting/forecastengine.h"

#include <catch2/catch.hpp>

using namespace crema;

namespace {

DailySeries series(std::initializer_list<std::pair<int, qint64>> sales, int days)
{
    DailySeries s(static_cast<size_t>(days), 0);
    for (const auto& [day, units] : sales)
        s[static_cast<size_t>(day)] = units;
    return s;
}

} // namespace

TEST_CASE("the seed forecast is the mean of the same weekday over the last four weeks", "[core][forecast]")
{
    // Day 28 is the weekday of days 0, 7, 14 and 21, which sold 4, 8, nothing and 6; other days sold 100
    // so a wrong weekday shows at once.
    DailySeries s(28, 100);
    s[0] = 4;
    s[7] = 8;
    s[14] = 0;
    s[21] = 6;
    CHECK(forecastDay(ForecastMethod::Seed, s, 28, 28) == Approx(4.5)); // (4 + 8 + 0 + 6) / 4
    CHECK(forecastDay(ForecastMethod::Weighted, s, 28, 28) == Approx(4.4)); // (4*6 + 3*0 + 2*8 + 1*4) / 10
    CHECK(forecastDay(ForecastMethod::Long, s, 28, 28) == Approx(2.25)); // days before the history count 0
    // Nine days ahead: the last four Wednesdays before the cutoff (days 23, 16, 9, 2), all 100.
    CHECK(forecastDay(ForecastMethod::Seed, s, 28, 37) == Approx(100));
    // Profile: the last 14 days' level (days 14..27: twelve days of 100, day 14 none, day 21 six) times the
    // weekday's eight-week mean over the eight-week daily mean (days before the history count 0).
    const double recent = (12 * 100 + 0 + 6) / 14.0;
    const double eightWeeks = (24 * 100 + 4 + 8 + 0 + 6) / 56.0;
    CHECK(forecastDay(ForecastMethod::Profile, s, 28, 28) == Approx(recent * 2.25 / eightWeeks));
}

TEST_CASE("a backtest forecasts each day from the days before it and reports WAPE", "[core][forecast]")
{
    // Four weeks of 10 a day, then a week of 12: the seed says 10 each day of week five.
    DailySeries s(35, 10);
    for (int d = 28; d < 35; ++d)
        s[static_cast<size_t>(d)] = 12;
    const BacktestErrors e = backtestSeries(ForecastMethod::Seed, s, 0, 28, 34);
    CHECK(e.days == 7);
    CHECK(e.actual == Approx(84));
    CHECK(e.forecast == Approx(70));
    CHECK(e.absError == Approx(14));
    CHECK(e.wape() == Approx(14.0 / 84.0));

    // A product first sold on day 30 counts only from day 31.
    const DailySeries late = series({{30, 5}, {31, 3}, {33, 2}}, 35);
    const BacktestErrors l = backtestSeries(ForecastMethod::Seed, late, 30, 28, 34);
    CHECK(l.days == 4);
    CHECK(l.actual == Approx(5)); // days 31..34: 3 + 0 + 2 + 0
    CHECK(l.absError == Approx(5)); // the seed forecasts 0 for each of them

    // Nothing sold: no WAPE.
    const BacktestErrors none = backtestSeries(ForecastMethod::Seed, DailySeries(35, 0), 0, 28, 34);
    CHECK(none.wape() < 0);
}

TEST_CASE("auto keeps the seed unless another method did better on the same days", "[core][forecast]")
{
    // A steady product: every method forecasts exactly, so the tie goes to the seed.
    const DailySeries steady(120, 7);
    CHECK(chooseMethod(steady, 0, 60, 119) == ForecastMethod::Seed);

    // A product that doubled eight weeks ago and stayed there: the eight-week mean lags behind it.
    DailySeries grown(120, 20);
    for (int d = 0; d < 50; ++d)
        grown[static_cast<size_t>(d)] = 10;
    const ForecastMethod picked = chooseMethod(grown, 0, 50, 119);
    CHECK(picked != ForecastMethod::Long);
    CHECK(backtestSeries(picked, grown, 0, 50, 119).absError
        <= backtestSeries(ForecastMethod::Seed, grown, 0, 50, 119).absError);

    CHECK(parseForecastMethod(QStringLiteral("weighted")).value() == ForecastMethod::Weighted);
    auto bad = parseForecastMethod(QStringLiteral("crystal-ball"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("seed, weighted, long, profile or auto")));
}

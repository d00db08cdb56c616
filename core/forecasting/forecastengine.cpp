#include "forecastengine.h"

#include <cmath>

namespace crema {

namespace {

qint64 at(const DailySeries& series, int day)
{
    return day >= 0 && day < static_cast<int>(series.size()) ? series[static_cast<size_t>(day)] : 0;
}

// The most recent day before `cutoff` that falls on the same weekday as `target`.
int lastSameWeekday(int cutoff, int target)
{
    int day = target - 7;
    if (day >= cutoff)
        day -= ((day - cutoff) / 7 + 1) * 7;
    return day;
}

double sameWeekdayMean(const DailySeries& series, int cutoff, int target, int weeks)
{
    const int last = lastSameWeekday(cutoff, target);
    qint64 sum = 0;
    for (int w = 0; w < weeks; ++w)
        sum += at(series, last - 7 * w);
    return static_cast<double>(sum) / weeks;
}

} // namespace

QString forecastMethodName(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::Seed:
        return QStringLiteral("seed");
    case ForecastMethod::Weighted:
        return QStringLiteral("weighted");
    case ForecastMethod::Long:
        return QStringLiteral("long");
    case ForecastMethod::Profile:
        return QStringLiteral("profile");
    case ForecastMethod::Auto:
        return QStringLiteral("auto");
    }
    return {};
}

Result<ForecastMethod> parseForecastMethod(const QString& word)
{
    for (ForecastMethod m : {ForecastMethod::Seed, ForecastMethod::Weighted, ForecastMethod::Long,
             ForecastMethod::Profile, ForecastMethod::Auto}) {
        if (forecastMethodName(m) == word)
            return m;
    }
    return fail(Error::Code::InvalidInput,
        QStringLiteral("'%1' is not a forecast method: seed, weighted, long, profile or auto").arg(word));
}

QList<ForecastMethod> concreteForecastMethods()
{
    return {ForecastMethod::Seed, ForecastMethod::Weighted, ForecastMethod::Long, ForecastMethod::Profile};
}

double forecastDay(ForecastMethod method, const DailySeries& series, int cutoff, int target)
{
    switch (method) {
    case ForecastMethod::Seed:
    case ForecastMethod::Auto:
        return sameWeekdayMean(series, cutoff, target, 4);
    case ForecastMethod::Long:
        return sameWeekdayMean(series, cutoff, target, 8);
    case ForecastMethod::Weighted: {
        const int last = lastSameWeekday(cutoff, target);
        qint64 sum = 0;
        for (int w = 0; w < 4; ++w)
            sum += (4 - w) * at(series, last - 7 * w);
        return static_cast<double>(sum) / 10.0;
    }
    case ForecastMethod::Profile: {
        // Level: units per day over the last 14 days. Shape: this weekday's share of the last 8
        // weeks against an average day of them.
        qint64 recent = 0;
        for (int d = cutoff - 14; d < cutoff; ++d)
            recent += at(series, d);
        qint64 eightWeeks = 0;
        for (int d = cutoff - 56; d < cutoff; ++d)
            eightWeeks += at(series, d);
        if (eightWeeks == 0)
            return 0;
        const double weekday = sameWeekdayMean(series, cutoff, target, 8);
        const double averageDay = static_cast<double>(eightWeeks) / 56.0;
        return static_cast<double>(recent) / 14.0 * weekday / averageDay;
    }
    }
    return 0;
}

BacktestErrors& BacktestErrors::operator+=(const BacktestErrors& o)
{
    days += o.days;
    actual += o.actual;
    forecast += o.forecast;
    absError += o.absError;
    return *this;
}

BacktestErrors backtestSeries(ForecastMethod method, const DailySeries& series, int firstSale, int from, int to)
{
    BacktestErrors e;
    for (int day = std::max(from, firstSale + 1); day <= to; ++day) {
        const double f = forecastDay(method, series, day, day);
        const auto a = static_cast<double>(at(series, day));
        ++e.days;
        e.actual += a;
        e.forecast += f;
        e.absError += std::abs(a - f);
    }
    return e;
}

ForecastMethod chooseMethod(const DailySeries& series, int firstSale, int from, int to)
{
    ForecastMethod best = ForecastMethod::Seed;
    double bestError = backtestSeries(ForecastMethod::Seed, series, firstSale, from, to).absError;
    for (ForecastMethod m : concreteForecastMethods()) {
        if (m == ForecastMethod::Seed)
            continue;
        const double error = backtestSeries(m, series, firstSale, from, to).absError;
        // A hair's difference in floating point is a tie, and ties stay with Seed.
        if (error < bestError - 1e-9) {
            best = m;
            bestError = error;
        }
    }
    return best;
}

} // namespace crema

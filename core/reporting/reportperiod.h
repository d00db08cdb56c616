#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>

namespace crema {

// A run of whole local business days, both ends included.
struct DateRange {
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return from.daysTo(to) + 1; }
    bool operator==(const DateRange&) const = default;
};

// What the owner picks on the dashboard. Week is the ISO week, Monday to Sunday.
enum class PeriodKind { Day, Week, Month, Quarter, Year, Custom };

// The period of `kind` holding `day` (Custom: just that day).
DateRange periodContaining(PeriodKind kind, const QDate& day);
// The period a range is compared with: the calendar period before it (the previous month for a
// month, even when months differ in length), or for a custom range the same number of days
// just before it.
DateRange previousPeriod(PeriodKind kind, const DateRange& range);

// A period still running on `today` is compared fairly: it counts up to today, and the period
// before it over as many days from its start ("month to date" against the same days last month).
// A period wholly in the past or future is compared whole with previousPeriod.
struct ComparedPeriods {
    DateRange current;
    DateRange previous;
};
ComparedPeriods comparedPeriods(PeriodKind kind, const DateRange& range, const QDate& today);

// How report rows are grouped.
enum class Grouping { Day, Week, Month, Quarter, Year, Product, Category, Hour };

// "day", "week", ... and back; the error lists the accepted words.
QString groupingName(Grouping grouping);
Result<Grouping> parseGrouping(const QString& word);

// The label of the time bucket holding `day`: "2026-11-21", "2026-W47", "2026-11", "2026-Q4", "2026".
QString periodLabel(Grouping grouping, const QDate& day);
// The first day of the bucket holding `day`.
QDate bucketStart(Grouping grouping, const QDate& day);
// The first day of the bucket after the one starting at `start`.
QDate nextBucket(Grouping grouping, const QDate& start);

// A range someone asked for: both days given and the first not after the last. `what` names the
// range in the error ("the report"), which names both dates.
Status checkRange(const DateRange& range, const QString& what);

// A report listed day by day covers less than this many years (3,652 or 3,653 rows at most);
// longer ones are refused, with a coarser grouping suggested.
inline constexpr int kMaxDailyReportYears = 10;
Status checkDailyRange(const DateRange& range);

// A date as the CLI and CSV files write it: yyyy-MM-dd only; the error names the text.
Result<QDate> parseIsoDate(const QString& text, const QString& what);

} // namespace crema

#include "reportperiod.h"

namespace crema {

namespace {

QDate quarterStart(const QDate& day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

DateRange periodContaining(PeriodKind kind, const QDate& day)
{
    switch (kind) {
    case PeriodKind::Day:
    case PeriodKind::Custom:
        return {day, day};
    case PeriodKind::Week: {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    case PeriodKind::Month: {
        const QDate first(day.year(), day.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case PeriodKind::Quarter: {
        const QDate first = quarterStart(day);
        return {first, first.addMonths(3).addDays(-1)};
    }
    case PeriodKind::Year:
        return {QDate(day.year(), 1, 1), QDate(day.year(), 12, 31)};
    }
    return {day, day};
}

DateRange previousPeriod(PeriodKind kind, const DateRange& range)
{
    switch (kind) {
    case PeriodKind::Day:
    case PeriodKind::Week:
    case PeriodKind::Custom:
        return {range.from.addDays(-range.days()), range.from.addDays(-1)};
    case PeriodKind::Month:
    case PeriodKind::Quarter:
    case PeriodKind::Year:
        return periodContaining(kind, range.from.addDays(-1));
    }
    return range;
}

ComparedPeriods comparedPeriods(PeriodKind kind, const DateRange& range, const QDate& today)
{
    const DateRange previous = previousPeriod(kind, range);
    if (!today.isValid() || today < range.from || today >= range.to)
        return {range, previous};
    const qint64 elapsed = range.from.daysTo(today);
    return {{range.from, today}, {previous.from, std::min(previous.to, previous.from.addDays(elapsed))}};
}

QString groupingName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day:
        return QStringLiteral("day");
    case Grouping::Week:
        return QStringLiteral("week");
    case Grouping::Month:
        return QStringLiteral("month");
    case Grouping::Quarter:
        return QStringLiteral("quarter");
    case Grouping::Year:
        return QStringLiteral("year");
    case Grouping::Product:
        return QStringLiteral("product");
    case Grouping::Category:
        return QStringLiteral("category");
    case Grouping::Hour:
        return QStringLiteral("hour");
    }
    return {};
}

Result<Grouping> parseGrouping(const QString& word)
{
    for (Grouping g : {Grouping::Day, Grouping::Week, Grouping::Month, Grouping::Quarter, Grouping::Year,
             Grouping::Product, Grouping::Category, Grouping::Hour}) {
        if (groupingName(g) == word)
            return g;
    }
    return fail(Error::Code::InvalidInput,
        QStringLiteral("'%1' is not a grouping: day, week, month, quarter, year, product, category or hour").arg(word));
}

QDate bucketStart(Grouping grouping, const QDate& day)
{
    switch (grouping) {
    case Grouping::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Grouping::Month:
        return QDate(day.year(), day.month(), 1);
    case Grouping::Quarter:
        return quarterStart(day);
    case Grouping::Year:
        return QDate(day.year(), 1, 1);
    default:
        return day;
    }
}

QDate nextBucket(Grouping grouping, const QDate& start)
{
    switch (grouping) {
    case Grouping::Week:
        return start.addDays(7);
    case Grouping::Month:
        return start.addMonths(1);
    case Grouping::Quarter:
        return start.addMonths(3);
    case Grouping::Year:
        return start.addYears(1);
    default:
        return start.addDays(1);
    }
}

QString periodLabel(Grouping grouping, const QDate& day)
{
    switch (grouping) {
    case Grouping::Week: {
        int isoYear = 0;
        const int week = day.weekNumber(&isoYear);
        return QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Grouping::Month:
        return day.toString(QStringLiteral("yyyy-MM"));
    case Grouping::Quarter:
        return QStringLiteral("%1-Q%2").arg(day.year()).arg((day.month() - 1) / 3 + 1);
    case Grouping::Year:
        return QString::number(day.year());
    default:
        return day.toString(Qt::ISODate);
    }
}

Status checkRange(const DateRange& range, const QString& what)
{
    if (!range.from.isValid() || !range.to.isValid())
        return fail(Error::Code::InvalidInput, QStringLiteral("%1 needs a first and a last day").arg(what));
    if (range.from > range.to)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("%1 starts on %2, after its last day %3")
                .arg(what, range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)));
    return {};
}

Status checkDailyRange(const DateRange& range)
{
    if (range.to >= range.from.addYears(kMaxDailyReportYears))
        return fail(Error::Code::InvalidInput,
            QStringLiteral("a report by day covers less than %1 years; %2 to %3 is longer: group it by week, month, "
                           "quarter or year")
                .arg(kMaxDailyReportYears)
                .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)));
    return {};
}

Result<QDate> parseIsoDate(const QString& text, const QString& what)
{
    const QDate d = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        return fail(Error::Code::InvalidInput, QStringLiteral("%1 '%2' is not a date (yyyy-MM-dd)").arg(what, text));
    return d;
}

} // namespace crema

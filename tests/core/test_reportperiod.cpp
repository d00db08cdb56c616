#include "reporting/reportperiod.h"

#include <catch2/catch.hpp>

using namespace crema;

TEST_CASE("dashboard periods and the periods they are compared with", "[core][reporting]")
{
    const QDate saturday(2026, 11, 21);
    CHECK(periodContaining(PeriodKind::Day, saturday) == DateRange {saturday, saturday});
    CHECK(periodContaining(PeriodKind::Week, saturday) == DateRange {QDate(2026, 11, 16), QDate(2026, 11, 22)});
    CHECK(periodContaining(PeriodKind::Month, saturday) == DateRange {QDate(2026, 11, 1), QDate(2026, 11, 30)});
    CHECK(periodContaining(PeriodKind::Quarter, saturday) == DateRange {QDate(2026, 10, 1), QDate(2026, 12, 31)});
    CHECK(periodContaining(PeriodKind::Year, saturday) == DateRange {QDate(2026, 1, 1), QDate(2026, 12, 31)});

    // A month is compared with the whole month before, however long.
    CHECK(previousPeriod(PeriodKind::Month, {QDate(2026, 3, 1), QDate(2026, 3, 31)})
        == DateRange {QDate(2026, 2, 1), QDate(2026, 2, 28)});
    CHECK(previousPeriod(PeriodKind::Quarter, {QDate(2026, 1, 1), QDate(2026, 3, 31)})
        == DateRange {QDate(2025, 10, 1), QDate(2025, 12, 31)});
    CHECK(previousPeriod(PeriodKind::Week, {QDate(2026, 11, 16), QDate(2026, 11, 22)})
        == DateRange {QDate(2026, 11, 9), QDate(2026, 11, 15)});
    CHECK(previousPeriod(PeriodKind::Custom, {QDate(2026, 11, 10), QDate(2026, 11, 19)})
        == DateRange {QDate(2026, 10, 31), QDate(2026, 11, 9)});
    CHECK(previousPeriod(PeriodKind::Day, {saturday, saturday})
        == DateRange {saturday.addDays(-1), saturday.addDays(-1)});
}

TEST_CASE("a period still running is compared with as many days of the one before", "[core][reporting]")
{
    const DateRange november {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    const ComparedPeriods toDate = comparedPeriods(PeriodKind::Month, november, QDate(2026, 11, 21));
    CHECK(toDate.current == DateRange {QDate(2026, 11, 1), QDate(2026, 11, 21)});
    CHECK(toDate.previous == DateRange {QDate(2026, 10, 1), QDate(2026, 10, 21)});
    // March to date against February: never past February's end.
    const ComparedPeriods march
        = comparedPeriods(PeriodKind::Month, {QDate(2026, 3, 1), QDate(2026, 3, 31)}, QDate(2026, 3, 30));
    CHECK(march.previous == DateRange {QDate(2026, 2, 1), QDate(2026, 2, 28)});
    const ComparedPeriods past = comparedPeriods(PeriodKind::Month, november, QDate(2026, 12, 5));
    CHECK(past.current == november);
    CHECK(past.previous == DateRange {QDate(2026, 10, 1), QDate(2026, 10, 31)});
}

TEST_CASE("report buckets are labelled by ISO week, month, quarter and year", "[core][reporting]")
{
    CHECK(periodLabel(Grouping::Week, QDate(2026, 12, 31)) == QStringLiteral("2026-W53"));
    CHECK(periodLabel(Grouping::Week, QDate(2027, 1, 3)) == QStringLiteral("2026-W53"));
    CHECK(periodLabel(Grouping::Week, QDate(2027, 1, 4)) == QStringLiteral("2027-W01"));
    CHECK(periodLabel(Grouping::Month, QDate(2026, 2, 9)) == QStringLiteral("2026-02"));
    CHECK(periodLabel(Grouping::Quarter, QDate(2026, 11, 21)) == QStringLiteral("2026-Q4"));
    CHECK(periodLabel(Grouping::Year, QDate(2026, 11, 21)) == QStringLiteral("2026"));
    CHECK(bucketStart(Grouping::Week, QDate(2027, 1, 3)) == QDate(2026, 12, 28));
    CHECK(nextBucket(Grouping::Quarter, QDate(2026, 10, 1)) == QDate(2027, 1, 1));
    CHECK(parseGrouping(QStringLiteral("category")).value() == Grouping::Category);
    auto bad = parseGrouping(QStringLiteral("fortnight"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("'fortnight' is not a grouping")));
    CHECK_FALSE(parseIsoDate(QStringLiteral("21/11/2026"), QStringLiteral("--from")));
    CHECK(parseIsoDate(QStringLiteral("2026-11-21"), QStringLiteral("--from")).value() == QDate(2026, 11, 21));
}

TEST_CASE("a range starts on or before its last day, and a daily one covers less than ten years", "[core][reporting]")
{
    const QDate first(2026, 12, 1);
    CHECK(checkRange({first, first}, QStringLiteral("the report")).ok());
    const Status backwards = checkRange({first.addDays(1), first}, QStringLiteral("the report"));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().code == Error::Code::InvalidInput);
    CHECK(
        backwards.error().message == QStringLiteral("the report starts on 2026-12-02, after its last day 2026-12-01"));
    const Status missing = checkRange({QDate(), first}, QStringLiteral("the backtest"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == QStringLiteral("the backtest needs a first and a last day"));

    // Ten years less a day is the longest daily range; one day more is refused, naming both ends.
    CHECK(checkDailyRange({QDate(2016, 1, 1), QDate(2025, 12, 31)}).ok());
    const Status tooLong = checkDailyRange({QDate(2016, 1, 1), QDate(2026, 1, 1)});
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().code == Error::Code::InvalidInput);
    CHECK(tooLong.error().message.contains(QStringLiteral("2016-01-01 to 2026-01-01")));
    CHECK(tooLong.error().message.contains(QStringLiteral("10 years")));
}

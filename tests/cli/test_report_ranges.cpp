#include "clirun.h"
#include "testsupport.h"

using namespace crema;

namespace {

Run report(const QString& db, const char* from, const char* to, const char* by)
{
    return cremactl({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("sales"),
        QStringLiteral("--pin"), QStringLiteral("4444"), QStringLiteral("--from"), QString::fromLatin1(from),
        QStringLiteral("--to"), QString::fromLatin1(to), QStringLiteral("--by"), QString::fromLatin1(by)});
}

Run backtest(const QString& db, const char* from, const char* to)
{
    return cremactl({QStringLiteral("--db"), db, QStringLiteral("forecast"), QStringLiteral("--pin"),
        QStringLiteral("4444"), QStringLiteral("--backtest"), QStringLiteral("--from"), QString::fromLatin1(from),
        QStringLiteral("--to"), QString::fromLatin1(to)});
}

} // namespace

TEST_CASE("cremactl report: --from after --to, or more than ten years by day, is refused", "[cli][reporting]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);

    const Run backwards = report(db, "2026-11-20", "2026-11-01", "day");
    CHECK(backwards.code == 2);
    checkOneLineError(backwards);
    CHECK(backwards.err.contains(QStringLiteral("2026-11-20")));
    CHECK(backwards.err.contains(QStringLiteral("2026-11-01")));

    const Run tooLong = report(db, "2016-01-01", "2026-01-01", "day");
    CHECK(tooLong.code == 2);
    checkOneLineError(tooLong);
    CHECK(tooLong.err.contains(QStringLiteral("2016-01-01 to 2026-01-01")));
    CHECK(tooLong.err.contains(QStringLiteral("10 years")));

    // The same years by month, and ten years less a day by day, are fine.
    const Run byMonth = report(db, "2016-01-01", "2026-01-01", "month");
    CHECK(byMonth.code == 0);
    const Run longest = report(db, "2016-01-01", "2025-12-31", "day");
    CHECK(longest.code == 0);
    CHECK(longest.out.count(QLatin1Char('\n')) > 3652);
}

TEST_CASE("cremactl forecast --backtest: --from after --to, or more than ten years, is refused", "[cli][reporting]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);

    const Run backwards = backtest(db, "2026-11-20", "2026-11-01");
    CHECK(backwards.code == 2);
    checkOneLineError(backwards);
    CHECK(backwards.err.contains(QStringLiteral("2026-11-20")));
    CHECK(backwards.err.contains(QStringLiteral("2026-11-01")));

    const Run tooLong = backtest(db, "2016-01-01", "2026-01-01");
    CHECK(tooLong.code == 2);
    checkOneLineError(tooLong);
    CHECK(tooLong.err.contains(QStringLiteral("2016-01-01 to 2026-01-01")));

    const Run fine = backtest(db, "2026-10-01", "2026-10-31");
    CHECK(fine.code == 0);
}

// An amount just past Money::kMaxCents is refused wherever one can be typed into cremactl, with a
// message that names the text (and, where core words it, the bound); nothing is written.
#include "clirun.h"
#include "testsupport.h"

#include <QFile>

using namespace crema;

namespace {

const QString kJustOver = QStringLiteral("10000000.01");
const QString kBound = QStringLiteral("10000000.00");

qint64 rows(const QString& db, const char* table)
{
    auto file = Database::open(db);
    REQUIRE_OK(file);
    return test::scalar(**file, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
}

void checkRefused(const Run& r, const QString& text = kJustOver)
{
    INFO(r.err.toStdString());
    CHECK(r.code == 2);
    CHECK(r.err.contains(text));
    CHECK(r.err.contains(kBound));
    CHECK(r.err.contains(QStringLiteral("largest amount")));
}

} // namespace

TEST_CASE("cremactl refuses an amount past the money bound: payment, discount, shift float", "[cli][money]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    const qint64 orders = rows(db, "orders");
    const qint64 shifts = rows(db, "shifts");
    const QStringList sell {QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"),
        QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Latte")};

    checkRefused(cremactl(sell + QStringList {QStringLiteral("--pay"), QStringLiteral("cash:") + kJustOver}));
    checkRefused(cremactl(
        sell + QStringList {QStringLiteral("--discount"), kJustOver, QStringLiteral("--pay"), QStringLiteral("card")}));
    checkRefused(cremactl({QStringLiteral("--db"), db, QStringLiteral("shift"), QStringLiteral("open"),
        QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--float"), kJustOver}));
    // Far past it too (no wrap-around into a small number).
    checkRefused(cremactl(sell + QStringList {QStringLiteral("--pay"), QStringLiteral("cash:92233720368547758.08")}),
        QStringLiteral("92233720368547758.08"));
    CHECK(rows(db, "orders") == orders);
    CHECK(rows(db, "shifts") == shifts);

    // At the bound an amount is taken: a float of exactly 10,000,000.00 opens the shift.
    const Run atBound = cremactl({QStringLiteral("--db"), db, QStringLiteral("shift"), QStringLiteral("open"),
        QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--float"), kBound});
    INFO(atBound.err.toStdString());
    CHECK(atBound.code == 0);
}

TEST_CASE("import-sales refuses an amount past the money bound, naming its line", "[cli][money][import]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    const QString csv = dir.file(QStringLiteral("huge.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Date,Product,Quantity,Amount\n2026-11-02,Latte,1,3.50\n2026-11-02,Latte,1,%1\n")
                    .arg(kJustOver)
                    .toUtf8());
    }
    const qint64 orders = rows(db, "orders");
    const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("import-sales"), QStringLiteral("--pin"),
        QStringLiteral("4444"), csv});
    INFO(r.err.toStdString());
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("line 3")));
    CHECK(r.err.contains(kJustOver));
    CHECK(rows(db, "orders") == orders);
}

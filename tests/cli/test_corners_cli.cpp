#include "clirun.h"
#include "testsupport.h"

using namespace crema;

TEST_CASE("cremactl sell: a 0.00 order needs no --pay, and a --pay on one is refused by name", "[cli][sales]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    test::openShift(db);
    const QStringList free {QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"),
        QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Croissant"), QStringLiteral("--customer"),
        QStringLiteral("+44 7700 900005"), QStringLiteral("--redeem"), QStringLiteral("Free pastry")};
    const Run paid = cremactl(free + QStringList {QStringLiteral("--pay"), QStringLiteral("cash")});
    CHECK(paid.code == 2);
    CHECK(paid.err.contains(QStringLiteral("complete without a payment")));
    const Run ok = cremactl(free + QStringList {QStringLiteral("--json")});
    INFO(ok.err.toStdString());
    REQUIRE(ok.code == 0);
    CHECK(ok.json().value(QStringLiteral("total_cents")).toInt() == 0);
    CHECK(ok.json().value(QStringLiteral("points_redeemed")).toInt() == 100);
    // A priced order still needs its payment.
    const Run unpaid = cremactl({QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"),
        QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Latte")});
    CHECK(unpaid.code == 2);
    CHECK(unpaid.err.contains(QStringLiteral("no payment given for a total of £3.50")));
}

TEST_CASE("cremactl sell without an open shift is refused and says what to do", "[cli][sales][shifts]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    const Run r
        = cremactl({QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"), QStringLiteral("1111"),
            QStringLiteral("--item"), QStringLiteral("Latte"), QStringLiteral("--pay"), QStringLiteral("cash")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no open shift on this till")));
}

TEST_CASE("cremactl generate-history refuses a real café's file unless its owner says so", "[cli][reporting]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    test::rawExec(db, QStringLiteral("UPDATE stores SET uuid = 'a-real-cafe'"));
    const QStringList base {QStringLiteral("--db"), db, QStringLiteral("generate-history"), QStringLiteral("--stores"),
        QStringLiteral("1"), QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--orders-per-day"),
        QStringLiteral("10"), QStringLiteral("--as-of"), QStringLiteral("2027-01-10")};
    const Run refused = cremactl(base);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("the generator did not make")));
    const Run manager = cremactl(
        base + QStringList {QStringLiteral("--beside-real-sales"), QStringLiteral("--pin"), QStringLiteral("3333")});
    CHECK(manager.code == 1);
    CHECK(manager.err.contains(QStringLiteral("only an owner")));
    const Run owner = cremactl(
        base + QStringList {QStringLiteral("--beside-real-sales"), QStringLiteral("--pin"), QStringLiteral("4444")});
    INFO(owner.err.toStdString());
    CHECK(owner.code == 0);
    CHECK(owner.out.contains(QStringLiteral("New stores: Crema Leith")));
}

TEST_CASE("cremactl sell --pay card:AMOUNT past the money bound is refused as an amount, not taken as a reference",
    "[cli][sales]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    test::openShift(db);
    const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"),
        QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Latte"), QStringLiteral("--pay"),
        QStringLiteral("card:20000000.00")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("the largest amount")));
}

#include "clirun.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

TEST_CASE("cremactl --version and --help", "[cli]")
{
    const Run v = cremactl({QStringLiteral("--version")});
    CHECK(v.code == 0);
    CHECK(v.out.startsWith(QStringLiteral("cremactl ")));
    const Run h = cremactl({QStringLiteral("--help")});
    CHECK(h.code == 0);
    for (const char* command : {"init", "menu", "stock", "users", "customers"})
        CHECK(h.out.contains(QLatin1String(command)));
    for (const char* command : {"init", "menu", "stock", "users", "customers"}) {
        const Run c = cremactl(
            {QStringLiteral("--db"), QStringLiteral("unused.db"), QLatin1String(command), QStringLiteral("--help")});
        INFO(command);
        CHECK(c.code == 0);
        CHECK(c.out.contains(QStringLiteral("Usage: cremactl [--db FILE] %1").arg(QLatin1String(command))));
    }
}

TEST_CASE("cremactl refuses bad usage with exit code 2 and one clear line", "[cli]")
{
    crema::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("x.db"));
    SECTION("unknown command")
    {
        const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("brew")});
        CHECK(r.code == 2);
        checkOneLineError(r);
        CHECK(r.err.contains(QStringLiteral("unknown command 'brew'")));
    }
    SECTION("unknown option")
    {
        const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("menu"), QStringLiteral("--xml")});
        CHECK(r.code == 2);
        checkOneLineError(r);
        CHECK(r.err.contains(QStringLiteral("xml")));
    }
    SECTION("--db without a path")
    {
        const Run r = cremactl({QStringLiteral("--db")});
        CHECK(r.code == 2);
        checkOneLineError(r);
    }
    SECTION("missing database file")
    {
        const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("menu")});
        CHECK(r.code == 2);
        checkOneLineError(r);
        CHECK(r.err.contains(db));
        CHECK_FALSE(QFileInfo::exists(db)); // reading never creates a file
    }
    SECTION("init without the owner")
    {
        const Run r = cremactl(
            {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--store"), QStringLiteral("Bean")});
        CHECK(r.code == 2);
        checkOneLineError(r);
        CHECK(r.err.contains(QStringLiteral("--owner")));
        CHECK_FALSE(QFileInfo::exists(db));
    }
    SECTION("init with a bad currency names the field")
    {
        const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--store"),
            QStringLiteral("Bean"), QStringLiteral("--owner"), QStringLiteral("Ona"), QStringLiteral("--owner-pin"),
            QStringLiteral("4321"), QStringLiteral("--currency"), QStringLiteral("EURO")});
        CHECK(r.code == 2);
        checkOneLineError(r);
        CHECK(r.err.contains(QStringLiteral("currency 'EURO'")));
        CHECK_FALSE(QFileInfo::exists(db));
    }
    SECTION("a bad --as-of date")
    {
        const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo"),
            QStringLiteral("--as-of"), QStringLiteral("21/11/2026")});
        CHECK(r.code == 2);
        checkOneLineError(r);
        CHECK(r.err.contains(QStringLiteral("YYYY-MM-DD")));
    }
    SECTION("a damaged file")
    {
        QFile f(db);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("stock")});
        CHECK(r.code == 2);
        checkOneLineError(r);
        CHECK(r.err.contains(QStringLiteral("not an SQLite file")));
    }
}

TEST_CASE("cremactl init creates a store, and refuses to overwrite a file", "[cli]")
{
    crema::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("shop.db"));
    const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--store"),
        QStringLiteral("Bean There"), QStringLiteral("--owner"), QStringLiteral("Ona Owner"),
        QStringLiteral("--owner-pin"), QStringLiteral("4321"), QStringLiteral("--currency"), QStringLiteral("eur"),
        QStringLiteral("--time-zone"), QStringLiteral("Europe/Dublin")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const Run users = cremactl({QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("--json")});
    REQUIRE(users.code == 0);
    const QJsonArray list = users.json().value(QStringLiteral("users")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("role")).toString() == QStringLiteral("owner"));

    const Run again = cremactl({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
    CHECK(again.code == 1);
    checkOneLineError(again);
    CHECK(again.err.contains(QStringLiteral("already exists")));
}

// `cremactl init --demo` once for this process: Catch re-enters a test case for each SECTION.
QString cliDemo()
{
    static crema::test::TempDir dir;
    static QString db;
    if (db.isEmpty()) {
        const QString path = dir.file(QStringLiteral("demo.db"));
        const Run init = cremactl({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo"),
            QStringLiteral("--as-of"), QStringLiteral("2026-11-21")});
        INFO(init.err.toStdString());
        REQUIRE(init.code == 0);
        CHECK(init.out.contains(QStringLiteral("1111")));
        crema::test::rawExec(path, QStringLiteral("PRAGMA integrity_check"));
        db = path;
    }
    return db;
}

TEST_CASE("cremactl on the demo café prints the JSON contracts", "[cli]")
{
    const QString db = cliDemo();

    SECTION("menu")
    {
        const QJsonArray products
            = cremactl({QStringLiteral("--db"), db, QStringLiteral("menu"), QStringLiteral("--json")})
                  .json()
                  .value(QStringLiteral("products"))
                  .toArray();
        REQUIRE(products.size() >= 35);
        QJsonObject latte;
        for (const auto& p : products) {
            const QJsonObject o = p.toObject();
            for (const char* key : {"name", "category", "sizes", "modifier_groups"})
                CHECK(o.contains(QLatin1String(key)));
            for (const auto& s : o.value(QStringLiteral("sizes")).toArray()) {
                CHECK(s.toObject().value(QStringLiteral("price_cents")).isDouble());
                CHECK_FALSE(s.toObject().value(QStringLiteral("recipe")).toArray().isEmpty());
            }
            if (o.value(QStringLiteral("name")).toString() == QStringLiteral("Latte"))
                latte = o;
        }
        REQUIRE_FALSE(latte.isEmpty());
        const QJsonObject large = latte.value(QStringLiteral("sizes")).toArray()[1].toObject();
        CHECK(large.value(QStringLiteral("name")).toString() == QStringLiteral("Large"));
        CHECK(large.value(QStringLiteral("price_cents")).toInt() == 390);
        bool sawOat = false;
        for (const auto& g : latte.value(QStringLiteral("modifier_groups")).toArray()) {
            const QJsonObject group = g.toObject();
            CHECK(group.contains(QStringLiteral("min")));
            CHECK(group.contains(QStringLiteral("max")));
            for (const auto& m : group.value(QStringLiteral("modifiers")).toArray()) {
                const QJsonObject mod = m.toObject();
                if (mod.value(QStringLiteral("name")).toString() != QStringLiteral("Oat milk"))
                    continue;
                sawOat = true;
                const QJsonObject r = mod.value(QStringLiteral("recipe")).toArray()[0].toObject();
                CHECK(r.value(QStringLiteral("action")).toString() == QStringLiteral("replace"));
                CHECK(r.value(QStringLiteral("replaces")).toString() == QStringLiteral("Whole milk"));
                CHECK(r.value(QStringLiteral("ingredient")).toString() == QStringLiteral("Oat milk"));
                CHECK(r.value(QStringLiteral("unit")).toString() == QStringLiteral("ml"));
            }
        }
        CHECK(sawOat);
    }
    SECTION("stock")
    {
        const QJsonArray items
            = cremactl({QStringLiteral("--db"), db, QStringLiteral("stock"), QStringLiteral("--json")})
                  .json()
                  .value(QStringLiteral("ingredients"))
                  .toArray();
        REQUIRE(items.size() >= 25);
        for (const auto& i : items) {
            const QJsonObject o = i.toObject();
            for (const char* key : {"name", "unit", "on_hand", "par", "critical", "policy", "status"})
                CHECK(o.contains(QLatin1String(key)));
            CHECK(QStringList {QStringLiteral("block"), QStringLiteral("allow")}.contains(
                o.value(QStringLiteral("policy")).toString()));
            CHECK(QStringList {
                QStringLiteral("ok"), QStringLiteral("low"), QStringLiteral("critical"), QStringLiteral("out")}
                      .contains(o.value(QStringLiteral("status")).toString()));
        }
    }
    SECTION("users never show a PIN or hash")
    {
        const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("--json")});
        const QJsonArray users = r.json().value(QStringLiteral("users")).toArray();
        REQUIRE(users.size() == 4);
        QStringList roles;
        for (const auto& u : users) {
            CHECK(u.toObject().keys() == QStringList {QStringLiteral("name"), QStringLiteral("role")});
            roles << u.toObject().value(QStringLiteral("role")).toString();
        }
        roles.sort();
        CHECK(roles
            == QStringList {QStringLiteral("barista"), QStringLiteral("cashier"), QStringLiteral("manager"),
                QStringLiteral("owner")});
        CHECK_FALSE(r.out.contains(QStringLiteral("argon2")));
        CHECK_FALSE(r.out.contains(QStringLiteral("1111")));
    }
    SECTION("customers, all and searched")
    {
        const QJsonArray all
            = cremactl({QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("--json")})
                  .json()
                  .value(QStringLiteral("customers"))
                  .toArray();
        CHECK(all.size() >= 200);
        const QJsonArray found
            = cremactl({QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("--search"),
                           QStringLiteral("+44 7700 900012"), QStringLiteral("--json")})
                  .json()
                  .value(QStringLiteral("customers"))
                  .toArray();
        REQUIRE(found.size() == 1);
        const QJsonObject c = found[0].toObject();
        CHECK(c.value(QStringLiteral("phone")).toString() == QStringLiteral("+447700900012"));
        for (const char* key : {"name", "phone", "email", "points"})
            CHECK(c.contains(QLatin1String(key)));
        CHECK(c.value(QStringLiteral("points")).toInteger() >= 0);
    }
    SECTION("plain text output is readable")
    {
        const Run menu = cremactl({QStringLiteral("--db"), db, QStringLiteral("menu")});
        CHECK(menu.code == 0);
        CHECK(menu.out.contains(QStringLiteral("Latte")));
        CHECK(menu.out.contains(QStringLiteral("£3.90")));
    }
}

namespace {

// A private copy of the CLI demo, for tests that change it.
QString cliDemoCopy(const crema::test::TempDir& dir)
{
    const QString path = dir.file(QStringLiteral("till.db"));
    REQUIRE(QFile::copy(cliDemo(), path));
    crema::test::openShift(path);
    return path;
}

qint64 onHand(const QString& db, const QString& ingredient)
{
    const QJsonArray items = cremactl({QStringLiteral("--db"), db, QStringLiteral("stock"), QStringLiteral("--json")})
                                 .json()
                                 .value(QStringLiteral("ingredients"))
                                 .toArray();
    for (const auto& i : items) {
        if (i.toObject().value(QStringLiteral("name")).toString() == ingredient)
            return i.toObject().value(QStringLiteral("on_hand")).toInteger();
    }
    FAIL(ingredient.toStdString());
    return 0;
}

qint64 orderCount(const QString& db)
{
    return cremactl({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("--json")})
        .json()
        .value(QStringLiteral("orders"))
        .toArray()
        .size();
}

} // namespace

TEST_CASE("cremactl sell prints the sale contract", "[cli][sales]")
{
    crema::test::TempDir dir;
    const QString db = cliDemoCopy(dir);
    const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"),
        QStringLiteral("1111"), QStringLiteral("--customer"), QStringLiteral("+44 7700 900005"),
        QStringLiteral("--item"), QStringLiteral("Latte:Large+Oat milk+Extra shot*2"), QStringLiteral("--item"),
        QStringLiteral("Croissant"), QStringLiteral("--pay"), QStringLiteral("cash:20.00"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = r.json();
    for (const char* key : {"receipt", "total_cents", "tax_cents", "discount_cents", "change_cents", "points_earned",
             "points_redeemed", "stock_movements", "warnings"})
        CHECK(o.contains(QLatin1String(key)));
    CHECK(o.value(QStringLiteral("total_cents")).toInteger() == 1240);
    CHECK(o.value(QStringLiteral("change_cents")).toInteger() == 760);
    CHECK(o.value(QStringLiteral("tax_cents")).toInteger() == 163);
    CHECK(o.value(QStringLiteral("points_earned")).toInteger() == (1240 - 163) * 10 / 100);
    QHash<QString, qint64> taken;
    for (const auto& m : o.value(QStringLiteral("stock_movements")).toArray())
        taken.insert(m.toObject().value(QStringLiteral("ingredient")).toString(),
            m.toObject().value(QStringLiteral("quantity")).toInteger());
    CHECK(taken.value(QStringLiteral("Oat milk")) == 660);
    CHECK(taken.value(QStringLiteral("House espresso beans")) == 90);
    CHECK(taken.value(QStringLiteral("Croissant")) == 1);
    CHECK_FALSE(taken.contains(QStringLiteral("Whole milk")));

    const QJsonObject customer = cremactl({QStringLiteral("--db"), db, QStringLiteral("customer"),
                                              QStringLiteral("07700 900005"), QStringLiteral("--json")})
                                     .json();
    CHECK(customer.value(QStringLiteral("phone")).toString() == QStringLiteral("+447700900005"));
    const QJsonArray orders = customer.value(QStringLiteral("orders")).toArray();
    REQUIRE_FALSE(orders.isEmpty());
    CHECK(orders.last().toObject().value(QStringLiteral("receipt")).toInteger()
        == o.value(QStringLiteral("receipt")).toInteger());
    const QJsonArray rewards
        = cremactl({QStringLiteral("--db"), db, QStringLiteral("rewards"), QStringLiteral("--json")})
              .json()
              .value(QStringLiteral("rewards"))
              .toArray();
    CHECK(rewards.size() == 3);
}

TEST_CASE("cremactl sell past stock under block exits 1, names the ingredient and writes nothing", "[cli][sales]")
{
    crema::test::TempDir dir;
    const QString db = cliDemoCopy(dir);
    const qint64 bags = onHand(db, QStringLiteral("Ethiopia 250 g bag"));
    const qint64 orders = orderCount(db);
    const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"),
        QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Ethiopia Yirgacheffe 250 g*%1").arg(bags + 1),
        QStringLiteral("--pay"), QStringLiteral("card")});
    CHECK(r.code == 1);
    checkOneLineError(r);
    CHECK(r.err.contains(QStringLiteral("not enough Ethiopia 250 g bag: need %1, have %2").arg(bags + 1).arg(bags)));
    CHECK(onHand(db, QStringLiteral("Ethiopia 250 g bag")) == bags);
    CHECK(orderCount(db) == orders);
}

TEST_CASE("cremactl refund --restock restores stock and points exactly", "[cli][sales]")
{
    crema::test::TempDir dir;
    const QString db = cliDemoCopy(dir);
    const auto points = [&] {
        return cremactl({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("+447700900005"),
                            QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("points"))
            .toInteger();
    };
    const qint64 pointsBefore = points();
    const qint64 oat = onHand(db, QStringLiteral("Oat milk"));
    const qint64 bags = onHand(db, QStringLiteral("Colombia 250 g bag"));
    const Run sale = cremactl({QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"),
        QStringLiteral("1111"), QStringLiteral("--customer"), QStringLiteral("+447700900005"), QStringLiteral("--item"),
        QStringLiteral("Latte+Oat milk"), QStringLiteral("--item"), QStringLiteral("Colombia Huila 250 g"),
        QStringLiteral("--item"), QStringLiteral("Croissant"), QStringLiteral("--redeem"),
        QStringLiteral("Free pastry"), QStringLiteral("--pay"), QStringLiteral("card:A7"), QStringLiteral("--json")});
    INFO(sale.err.toStdString());
    REQUIRE(sale.code == 0);
    const QString receipt = QString::number(sale.json().value(QStringLiteral("receipt")).toInteger());
    CHECK(points() != pointsBefore);

    const Run byCashier = cremactl({QStringLiteral("--db"), db, QStringLiteral("refund"), QStringLiteral("--pin"),
        QStringLiteral("1111"), receipt});
    CHECK(byCashier.code == 1);
    checkOneLineError(byCashier);

    const Run refund = cremactl(
        {QStringLiteral("--db"), db, QStringLiteral("refund"), QStringLiteral("--pin"), QStringLiteral("1111"),
            QStringLiteral("--manager-pin"), QStringLiteral("3333"), receipt, QStringLiteral("--restock"),
            QStringLiteral("--reason"), QStringLiteral("customer changed mind"), QStringLiteral("--json")});
    INFO(refund.err.toStdString());
    REQUIRE(refund.code == 0);
    CHECK(refund.json().value(QStringLiteral("status")).toString() == QStringLiteral("refunded"));
    CHECK(onHand(db, QStringLiteral("Oat milk")) == oat);
    CHECK(onHand(db, QStringLiteral("Colombia 250 g bag")) == bags);
    CHECK(points() == pointsBefore);

    const Run twice = cremactl({QStringLiteral("--db"), db, QStringLiteral("refund"), QStringLiteral("--pin"),
        QStringLiteral("3333"), receipt});
    CHECK(twice.code == 1);
    CHECK(twice.err.contains(QStringLiteral("already refunded")));
}

TEST_CASE("cremactl sale commands refuse bad input with exit code 2", "[cli][sales]")
{
    crema::test::TempDir dir;
    const QString db = cliDemoCopy(dir);
    const auto sell = [&](QStringList extra) {
        return cremactl(QStringList {QStringLiteral("--db"), db, QStringLiteral("sell")} + extra);
    };
    struct Case {
        QStringList args;
        int code;
        const char* says;
    };
    const QList<Case> cases {
        {{QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Lattee"),
             QStringLiteral("--pay"), QStringLiteral("card")},
            2, "no product named 'Lattee'"},
        {{QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Latte+Oat"),
             QStringLiteral("--pay"), QStringLiteral("card")},
            2, "no modifier 'Oat'"},
        {{QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Cheese Toastie"),
             QStringLiteral("--pay"), QStringLiteral("card")},
            2, "needs 1 choice of Bread"},
        {{QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--item"),
             QStringLiteral("Latte+Vanilla+Caramel+Hazelnut+Sugar-free vanilla"), QStringLiteral("--pay"),
             QStringLiteral("card")},
            2, "at most 3"},
        {{QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Latte*0"),
             QStringLiteral("--pay"), QStringLiteral("card")},
            2, "quantity"},
        {{QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Latte"),
             QStringLiteral("--pay"), QStringLiteral("cash:2.00")},
            2, "short by"},
        {{QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Latte"),
             QStringLiteral("--pay"), QStringLiteral("bitcoin")},
            2, "unknown method"},
        {{QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Latte")}, 2,
            "no payment given for a total of"},
        {{QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Latte"),
             QStringLiteral("--discount"), QStringLiteral("50%"), QStringLiteral("--pay"), QStringLiteral("card")},
            1, "limit"},
        {{QStringLiteral("--pin"), QStringLiteral("9999"), QStringLiteral("--item"), QStringLiteral("Latte"),
             QStringLiteral("--pay"), QStringLiteral("card")},
            1, "wrong PIN"},
        {{QStringLiteral("--item"), QStringLiteral("Latte"), QStringLiteral("--pay"), QStringLiteral("card")}, 2,
            "--pin"},
        {{QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Latte"),
             QStringLiteral("--customer"), QStringLiteral("+447700999999"), QStringLiteral("--pay"),
             QStringLiteral("card")},
            2, "no customer"},
    };
    const qint64 orders = orderCount(db);
    for (const Case& c : cases) {
        const Run r = sell(c.args);
        INFO(c.args.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.code == c.code);
        checkOneLineError(r);
        CHECK(r.err.contains(QString::fromUtf8(c.says)));
    }
    CHECK(orderCount(db) == orders);

    const Run unknown = cremactl({QStringLiteral("--db"), db, QStringLiteral("refund"), QStringLiteral("--pin"),
        QStringLiteral("3333"), QStringLiteral("999999")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("no receipt 999999")));
    const Run notNumber = cremactl({QStringLiteral("--db"), db, QStringLiteral("refund"), QStringLiteral("--pin"),
        QStringLiteral("3333"), QStringLiteral("abc")});
    CHECK(notNumber.code == 2);
    const Run badDate = cremactl(
        {QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("--from"), QStringLiteral("yesterday")});
    CHECK(badDate.code == 2);
    CHECK(badDate.err.contains(QStringLiteral("YYYY-MM-DD")));
}

TEST_CASE("cremactl orders lists a day's orders in the store's time zone", "[cli][sales]")
{
    const QJsonArray day = cremactl({QStringLiteral("--db"), cliDemo(), QStringLiteral("orders"),
                                        QStringLiteral("--from"), QStringLiteral("2026-11-20"), QStringLiteral("--to"),
                                        QStringLiteral("2026-11-20"), QStringLiteral("--json")})
                               .json()
                               .value(QStringLiteral("orders"))
                               .toArray();
    REQUIRE(day.size() > 100);
    for (const auto& o : day) {
        const QJsonObject row = o.toObject();
        for (const char* key : {"receipt", "total_cents", "status", "created_at"})
            CHECK(row.contains(QLatin1String(key)));
        CHECK(row.value(QStringLiteral("created_at")).toString().startsWith(QStringLiteral("2026-11-20")));
    }
}

namespace {
// Runs cremactl without blocking this thread's event loop (a server in this process must answer).
Run cremactlAsync(const QStringList& args)
{
    QProcess p;
    p.setProgram(QStringLiteral(CREMACTL_PATH));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForStarted(10000));
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(p.state() == QProcess::NotRunning);
    return Run {
        p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("cremactl receipt sends ESC/POS to a network printer", "[cli][receipts]")
{
    crema::test::TempDir dir;
    const QString db = cliDemoCopy(dir);
    const Run sale = cremactl({QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"),
        QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Latte:Large+Oat milk"),
        QStringLiteral("--item"), QStringLiteral("Croissant"), QStringLiteral("--pay"), QStringLiteral("cash:10.00"),
        QStringLiteral("--json")});
    REQUIRE(sale.code == 0);
    const QString receipt = QString::number(sale.json().value(QStringLiteral("receipt")).toInteger());

    QTcpServer printer;
    REQUIRE(printer.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    QObject::connect(&printer, &QTcpServer::newConnection, [&] {
        QTcpSocket* s = printer.nextPendingConnection();
        QObject::connect(s, &QTcpSocket::readyRead, [&, s] { received += s->readAll(); });
    });
    for (int width : {42, 48}) {
        received.clear();
        const Run r = cremactlAsync({QStringLiteral("--db"), db, QStringLiteral("receipt"), receipt,
            QStringLiteral("--escpos"), QStringLiteral("127.0.0.1:%1").arg(printer.serverPort()),
            QStringLiteral("--width"), QString::number(width)});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        QElapsedTimer t;
        t.start();
        while (!received.contains("\x1d\x56") && t.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        CHECK(received.startsWith("\x1b\x40")); // ESC @ initialises
        CHECK(received.contains(QByteArray("Receipt ") + receipt.toLatin1()));
        CHECK(received.contains("1 x Latte Large"));
        CHECK(received.contains("    + Oat milk"));
        CHECK(received.contains("1 x Croissant"));
        // The total is bold (ESC E 1), in PC858 where 0x9C is the pound sign: 4.30 + 2.60.
        const qsizetype bold = received.indexOf("\x1b\x45\x01");
        REQUIRE(bold >= 0);
        CHECK(received.indexOf("TOTAL", bold) > bold);
        CHECK(received.contains("\x9c"
                                "6.90"));
        CHECK(received.contains("\x1d\x56\x42")); // GS V: cut
        CHECK(received.endsWith(QByteArray("\x1b\x70\x00\x19\xfa", 5))); // cash: kick the drawer
        // Every printed line fits the paper.
        for (const QByteArray& line : received.split('\n')) {
            if (line.contains("Receipt ") || line.contains("TOTAL"))
                CHECK(line.size() <= width + 10); // control bytes around the text
        }
    }
    const Run unreachable = cremactl({QStringLiteral("--db"), db, QStringLiteral("receipt"), receipt,
        QStringLiteral("--escpos"), QStringLiteral("127.0.0.1:1")});
    CHECK(unreachable.code == 2);
    CHECK(unreachable.err.contains(QStringLiteral("printer 127.0.0.1:1")));
    CHECK(cremactl({QStringLiteral("--db"), db, QStringLiteral("receipt"), receipt, QStringLiteral("--width"),
                       QStringLiteral("40")})
              .code
        == 2);
    CHECK(cremactl({QStringLiteral("--db"), db, QStringLiteral("receipt"), QStringLiteral("999999")})
              .err.contains(QStringLiteral("no receipt 999999")));
}

TEST_CASE("cremactl receipt writes a PDF with the lines and the total", "[cli][receipts]")
{
    crema::test::TempDir dir;
    const QString db = cliDemoCopy(dir);
    const Run sale = cremactl({QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"),
        QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Mocha+No whipped cream"),
        QStringLiteral("--pay"), QStringLiteral("card::AUTH42"), QStringLiteral("--json")});
    REQUIRE(sale.code == 0);
    const QString receipt = QString::number(sale.json().value(QStringLiteral("receipt")).toInteger());
    const QString pdf = dir.file(QStringLiteral("receipt.pdf"));
    const Run r
        = cremactl({QStringLiteral("--db"), db, QStringLiteral("receipt"), receipt, QStringLiteral("--pdf"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    INFO(content.toStdString());
    CHECK(content.contains(QStringLiteral("Crema Demo Café")));
    CHECK(content.contains(QStringLiteral("Receipt %1").arg(receipt)));
    CHECK(content.contains(QStringLiteral("1 x Mocha Regular")));
    CHECK(content.contains(QStringLiteral("+ No whipped cream")));
    CHECK(content.contains(QStringLiteral("TOTAL")));
    CHECK(content.contains(QStringLiteral("£3.80")));
    CHECK(content.contains(QStringLiteral("Card (AUTH42)")));
    const Run bad = cremactl({QStringLiteral("--db"), db, QStringLiteral("receipt"), receipt, QStringLiteral("--pdf"),
        dir.file(QStringLiteral("missing/folder/r.pdf"))});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("folder does not exist")));
}

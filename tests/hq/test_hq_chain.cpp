// A chain of real till files and a real crema-hq, through cremactl: two tills in one store and one in
// another; the menu, staff, customers, points and the store's stock come down from HQ; an offline
// double spend ends with the overdraft recorded.
#include "../cli/clirun.h"
#include "hqprocess.h"
#include "pgserver.h"
#include "testsupport.h"
#include "tillpeek.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace crema;
using crema::test::cremaHq;
using crema::test::HqServer;

namespace {

// The first row of a one-column query.
QString value(const QString& file, const QString& sql)
{
    const QStringList rows = test::tillRows(file, sql);
    return rows.isEmpty() ? QString() : rows.first();
}

qint64 number(const QString& file, const QString& sql)
{
    return value(file, sql).toLongLong();
}

QString text(const QString& file, const QString& sql)
{
    return value(file, sql);
}

Run ctl(const QString& file, QStringList args)
{
    const Run r = cremactl(QStringList {QStringLiteral("--db"), file} + args);
    INFO("cremactl " << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
    return r;
}

void ok(const Run& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
}

// Each ingredient's on-hand in the file's store, by the ingredient's uuid, in one line.
QString onHand(const QString& file)
{
    return text(file,
        QStringLiteral("SELECT group_concat(u || '=' || q, ' ') FROM (SELECT i.uuid AS u, s.on_hand AS q "
                       "FROM store_ingredients AS s JOIN ingredients AS i ON i.id = s.ingredient_id "
                       "WHERE s.on_hand <> 0 ORDER BY i.uuid)"));
}

qint64 balance(const QString& file, const QString& phone)
{
    return number(file,
        QStringLiteral("SELECT coalesce(sum(l.points), 0) FROM loyalty_ledger AS l JOIN customers AS c "
                       "ON c.id = l.customer_id WHERE c.phone = '%1'")
            .arg(phone));
}

} // namespace

TEST_CASE("hq: a chain of three tills shares the menu, staff, customers, points and each store's stock", "[hq][cli]")
{
    const bool pg = GENERATE(false, true);
    INFO((pg ? "PostgreSQL" : "SQLite"));
    test::TempDir dir;
    const QString hqDb = pg ? test::PgServer::instance().newDatabase() : dir.file(QStringLiteral("hq.db"));
    auto enrol = [&](const char* store, const char* till) {
        const auto e = cremaHq({QStringLiteral("--db"), hqDb, QStringLiteral("enrol"), QStringLiteral("--store"),
            QString::fromLatin1(store), QStringLiteral("--till"), QString::fromLatin1(till)});
        INFO(e.err.toStdString());
        REQUIRE(e.code == 0);
        return e.out.trimmed();
    };
    const QString codeA1 = enrol("Camden", "Till 1");
    const QString codeA2 = enrol("Camden", "Till 2");
    const QString codeB1 = enrol("Soho", "Till 1");
    HqServer hq(hqDb);

    // Camden's first till is the café the chain grew from: its menu, staff, customers and stock.
    const QString a1 = test::demoCopy(dir, QStringLiteral("camden-1.db"));
    test::openShift(a1);
    ok(ctl(a1, {QStringLiteral("hq"), QStringLiteral("join"), hq.url(), QStringLiteral("--code"), codeA1}));
    ok(ctl(a1, {QStringLiteral("hq"), QStringLiteral("sync")}));

    // The other two are new, empty files: they join and take the chain's data down.
    auto fresh = [&](const char* file, const char* store, const char* till, const char* pin, const QString& code) {
        const QString path = dir.file(QString::fromLatin1(file));
        ok(ctl(path,
            {QStringLiteral("init"), QStringLiteral("--store"), QString::fromLatin1(store), QStringLiteral("--till"),
                QString::fromLatin1(till), QStringLiteral("--owner"), QStringLiteral("Nell Newshop"),
                QStringLiteral("--owner-pin"), QString::fromLatin1(pin)}));
        ok(ctl(path, {QStringLiteral("hq"), QStringLiteral("join"), hq.url(), QStringLiteral("--code"), code}));
        const Run s = ctl(path, {QStringLiteral("hq"), QStringLiteral("sync"), QStringLiteral("--json")});
        ok(s);
        CHECK(s.json().value(QStringLiteral("applied")).toInteger() > 0);
        return path;
    };
    const QString a2 = fresh("camden-2.db", "Camden", "Till 2", "9090", codeA2);
    const QString b1 = fresh("soho-1.db", "Soho", "Till 1", "9191", codeB1);

    const QString menu = QStringLiteral(
        "SELECT group_concat(p.uuid || ':' || s.name || ':' || s.price_cents, ' ') FROM (SELECT * FROM products "
        "ORDER BY uuid) AS p JOIN product_sizes AS s ON s.product_id = p.id WHERE p.active = 1");
    for (const QString& till : {a2, b1}) {
        CHECK(number(till, QStringLiteral("SELECT count(*) FROM products WHERE active = 1"))
            == number(a1, QStringLiteral("SELECT count(*) FROM products WHERE active = 1")));
        CHECK(text(till, menu) == text(a1, menu));
        CHECK(number(till, QStringLiteral("SELECT count(*) FROM modifier_recipe_items"))
            == number(a1, QStringLiteral("SELECT count(*) FROM modifier_recipe_items")));
        CHECK(number(till, QStringLiteral("SELECT count(*) FROM rewards"))
            == number(a1, QStringLiteral("SELECT count(*) FROM rewards")));
        // Everyone in the chain logs in anywhere with their own PIN.
        CHECK(number(till,
                  QStringLiteral("SELECT count(*) FROM staff WHERE uuid IN (%1)")
                      .arg(text(a1, QStringLiteral("SELECT group_concat(quote(uuid)) FROM staff"))))
            == number(a1, QStringLiteral("SELECT count(*) FROM staff")));
        const QString guests = QStringLiteral(
            "SELECT group_concat(uuid || ' ' || name || ' ' || phone, ', ') FROM (SELECT * FROM customers "
            "WHERE phone IS NOT NULL ORDER BY uuid)");
        CHECK(text(till, guests) == text(a1, guests));
        CHECK(balance(till, QStringLiteral("+447700900000")) == balance(a1, QStringLiteral("+447700900000")));
        CHECK(text(till, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    }
    // Both new shops' owners are "Nell Newshop": each till keeps both, the other one told apart by
    // the end of her uuid, so neither is lost.
    ok(ctl(a2, {QStringLiteral("hq"), QStringLiteral("sync")}));
    for (const QString& till : {a2, b1}) {
        CHECK(number(till, QStringLiteral("SELECT count(*) FROM staff WHERE name LIKE 'Nell Newshop%'")) == 2);
        CHECK(number(till, QStringLiteral("SELECT count(DISTINCT name) FROM staff WHERE name LIKE 'Nell Newshop%'"))
            == 2);
        CHECK(number(till, QStringLiteral("SELECT count(*) FROM hq_skipped")) == 0);
        const Run status = ctl(till, {QStringLiteral("hq"), QStringLiteral("status"), QStringLiteral("--json")});
        ok(status);
        CHECK(status.json().value(QStringLiteral("skipped")).toInteger() == 0);
        CHECK(status.json().value(QStringLiteral("cursor")).toInteger() > 0);
    }
    // Stock is the store's: Camden's second till shows what the first has; Soho has none of it.
    CHECK(!onHand(a1).isEmpty());
    CHECK(onHand(a2) == onHand(a1));
    CHECK(onHand(b1).isEmpty());

    // A cashier of the chain sells at the new tills with the PIN they have always had.
    test::openShift(a2);
    test::openShift(b1);
    auto sell = [&](const QString& till, QStringList extra) {
        const Run r = ctl(till,
            QStringList {QStringLiteral("sell"), QStringLiteral("--pin"), QStringLiteral("1111"),
                QStringLiteral("--item"), QStringLiteral("Latte"), QStringLiteral("--pay"), QStringLiteral("card")}
                + extra);
        ok(r);
    };
    sell(a2, {});
    sell(a1, {QStringLiteral("--item"), QStringLiteral("Flat white")});
    // Points earned in Camden are spent in Soho.
    const QString olivia = QStringLiteral("+447700900000");
    sell(a1, {QStringLiteral("--customer"), olivia});
    ok(ctl(a1, {QStringLiteral("hq"), QStringLiteral("sync")}));
    ok(ctl(a2, {QStringLiteral("hq"), QStringLiteral("sync")}));
    ok(ctl(b1, {QStringLiteral("hq"), QStringLiteral("sync")}));
    ok(ctl(a1, {QStringLiteral("hq"), QStringLiteral("sync")}));
    CHECK(onHand(a2) == onHand(a1));
    CHECK(balance(b1, olivia) == balance(a1, olivia));
    const qint64 before = balance(b1, olivia);
    sell(b1,
        {QStringLiteral("--item"), QStringLiteral("Flat white"), QStringLiteral("--customer"), olivia,
            QStringLiteral("--redeem"), QStringLiteral("Free coffee")});
    for (const QString& till : {b1, a1, a2})
        ok(ctl(till, {QStringLiteral("hq"), QStringLiteral("sync")}));
    CHECK(balance(a1, olivia) == balance(b1, olivia));
    CHECK(balance(a2, olivia) == balance(b1, olivia));
    CHECK(balance(b1, olivia) < before);
    CHECK(onHand(b1).size() > 0); // Soho's own sale
    CHECK(onHand(a2) == onHand(a1));

    // The menu through HQ: a price changed at one till is the price at every till after a pull.
    const QString prices = dir.file(QStringLiteral("prices.csv"));
    {
        QFile f(prices);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("product,size,price\nLatte,Regular,3.95\n");
    }
    ok(ctl(a2,
        {QStringLiteral("menu"), QStringLiteral("prices"), prices, QStringLiteral("--pin"), QStringLiteral("4444")}));
    for (const QString& till : {a2, a1, b1})
        ok(ctl(till, {QStringLiteral("hq"), QStringLiteral("sync")}));
    const QString lattePrice
        = QStringLiteral("SELECT s.price_cents FROM product_sizes AS s JOIN products AS p ON p.id = s.product_id "
                         "WHERE p.name = 'Latte' AND s.name = 'Regular'");
    for (const QString& till : {a1, a2, b1})
        CHECK(number(till, lattePrice) == 395);
    CHECK(text(b1, menu) == text(a1, menu));

    // A kitchen station added at one till is at every till, and so is its removal.
    const QString grill = QStringLiteral("SELECT count(*) FROM kitchen_stations WHERE name = 'Grill'");
    ok(ctl(a2,
        {QStringLiteral("station"), QStringLiteral("add"), QStringLiteral("Grill"), QStringLiteral("--pin"),
            QStringLiteral("4444")}));
    for (const QString& till : {a2, a1, b1})
        ok(ctl(till, {QStringLiteral("hq"), QStringLiteral("sync")}));
    for (const QString& till : {a1, a2, b1})
        CHECK(number(till, grill) == 1);
    ok(ctl(b1,
        {QStringLiteral("station"), QStringLiteral("remove"), QStringLiteral("Grill"), QStringLiteral("--pin"),
            QStringLiteral("4444")}));
    for (const QString& till : {b1, a1, a2})
        ok(ctl(till, {QStringLiteral("hq"), QStringLiteral("sync")}));
    for (const QString& till : {a1, a2, b1})
        CHECK(number(till, grill) == 0);

    // Two offline tills spend the same points: both sales stand, HQ records the overdraft, and every
    // till ends with the same (negative) balance.
    const QString harry = QStringLiteral("+447700900003");
    const qint64 harryHad = balance(a1, harry);
    REQUIRE(harryHad == balance(b1, harry));
    hq.kill();
    for (const QString& till : {a2, b1}) {
        for (qint64 left = harryHad; left >= 400; left -= 400) {
            sell(till,
                {QStringLiteral("--item"), QStringLiteral("Latte*2"), QStringLiteral("--customer"), harry,
                    QStringLiteral("--redeem"), QStringLiteral("£5 off")});
        }
    }
    CHECK(ctl(a2, {QStringLiteral("hq"), QStringLiteral("sync")}).code == 1);
    hq.start();
    for (const QString& till : {a2, b1, a1, a2})
        ok(ctl(till, {QStringLiteral("hq"), QStringLiteral("sync")}));
    const qint64 after = balance(a1, harry);
    CHECK(after < 0);
    CHECK(balance(a2, harry) == after);
    CHECK(balance(b1, harry) == after);
    const auto overdrafts = cremaHq({QStringLiteral("--db"), hqDb, QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(overdrafts.code == 0);
    // Shown to the owner: crema-hq status counts them.
    CHECK(
        QJsonDocument::fromJson(overdrafts.out.toUtf8()).object().value(QStringLiteral("points_overdrafts")).toInteger()
        >= 1);
    if (!pg) {
        CHECK(number(hqDb, QStringLiteral("SELECT count(*) FROM points_overdrafts")) >= 1);
        CHECK(number(hqDb,
                  QStringLiteral("SELECT sum(p.points) FROM points_entries AS p JOIN customers AS c "
                                 "ON c.customer_uuid = p.customer_uuid WHERE c.phone = '%1'")
                      .arg(harry))
            == after);
        // Every order every till rang up, once.
        qint64 rung = 0;
        for (const QString& till : {a1, a2, b1})
            rung += number(till, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE event = 'order.paid'"));
        CHECK(rung > 10);
        CHECK(number(hqDb, QStringLiteral("SELECT count(*) FROM orders")) == rung);
    }
    for (const QString& till : {a1, a2, b1})
        CHECK(text(till, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));

    // Receipt numbers are unique in the chain: the store's and the till's codes are in them.
    QStringList prefixes;
    for (const QString& till : {a1, a2, b1}) {
        const QString prefix = text(till, QStringLiteral("SELECT store_code || '-' || till_code FROM hq_link"));
        CHECK(prefix.size() >= 5);
        prefixes << prefix;
        const qint64 last = number(till, QStringLiteral("SELECT max(receipt_no) FROM orders"));
        const Run receipt = ctl(till, {QStringLiteral("receipt"), QString::number(last)});
        ok(receipt);
        CHECK(receipt.out.contains(QStringLiteral("Receipt %1-%2").arg(prefix).arg(last, 6, 10, QLatin1Char('0'))));
    }
    prefixes.removeDuplicates();
    CHECK(prefixes.size() == 3);
}

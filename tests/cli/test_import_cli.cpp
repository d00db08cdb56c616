#include "clirun.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

using namespace crema;

namespace {

QString writeFile(const test::TempDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

qint64 count(const QString& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    auto file = Database::open(db);
    REQUIRE_OK(file);
    return test::scalar(**file, sql, values);
}

Run importSales(const QString& db, const QStringList& args)
{
    return cremactl(QStringList {QStringLiteral("--db"), db, QStringLiteral("import-sales"), QStringLiteral("--pin"),
                        QStringLiteral("4444")}
        + args);
}

} // namespace

TEST_CASE("import-sales: a real bakery's log becomes its orders, once, in charts but not in stock", "[cli][import]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    const QString csv = QStringLiteral(CREMA_TEST_DATA "/bakery-excerpt.csv");

    // Independently from the file: its rows, its transactions, and the transactions of each day.
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QSet<QString> transactions, firstDay;
    for (const QString& l : lines.mid(1)) {
        const QStringList c = l.split(QLatin1Char(','));
        transactions.insert(c[2]);
        if (c[0] == u"30-10-2016")
            firstDay.insert(c[2]);
    }
    const qint64 milkBefore = count(db,
        QStringLiteral("SELECT on_hand FROM store_ingredients WHERE ingredient_id = (SELECT id FROM ingredients WHERE "
                       "name = 'Whole milk')"));
    const qint64 movementsBefore = count(db, QStringLiteral("SELECT count(*) FROM stock_movements"));

    const QStringList args {csv, QStringLiteral("--map"),
        QStringLiteral("date=Date,time=Time,order=Transaction,product=Item"), QStringLiteral("--json")};
    const Run first = importSales(db, args);
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);
    const QJsonObject j = first.json();
    CHECK(j.value(QStringLiteral("imported_rows")).toInt() == lines.size() - 1);
    CHECK(j.value(QStringLiteral("orders")).toInt() == transactions.size());
    CHECK(j.value(QStringLiteral("skipped")).toArray().isEmpty());
    CHECK(j.value(QStringLiteral("formats")).toObject().value(QStringLiteral("date")).toString()
        == QStringLiteral("d-M-yyyy"));
    // "Hot chocolate" is the demo's "Hot Chocolate"; "Bread" is new, inactive, in Imported.
    const QJsonArray created = j.value(QStringLiteral("created_products")).toArray();
    CHECK(created.contains(QStringLiteral("Bread")));
    CHECK_FALSE(created.contains(QStringLiteral("Hot chocolate")));
    CHECK(count(db,
              QStringLiteral("SELECT count(*) FROM products AS p JOIN categories AS c ON c.id = p.category_id WHERE "
                             "p.name = 'Bread' AND c.name = 'Imported' AND p.active = 0"))
        == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM products WHERE lower(name) = 'hot chocolate'")) == 1);

    // The same file again adds nothing.
    const Run again = importSales(db, args);
    REQUIRE(again.code == 0);
    CHECK(again.json().value(QStringLiteral("imported_rows")).toInt() == 0);
    CHECK(again.json().value(QStringLiteral("orders")).toInt() == 0);
    CHECK(again.json().value(QStringLiteral("already_imported")).toInt() == transactions.size());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM orders WHERE business_day < '2017-01-01'"))
        == transactions.size());

    // Stock is untouched; the report sees the orders on their days and hours.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM stock_movements")) == movementsBefore);
    CHECK(count(db,
              QStringLiteral("SELECT on_hand FROM store_ingredients WHERE ingredient_id = (SELECT id FROM ingredients "
                             "WHERE name = 'Whole milk')"))
        == milkBefore);
    const Run report = cremactl({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("sales"),
        QStringLiteral("--pin"), QStringLiteral("4444"), QStringLiteral("--from"), QStringLiteral("2016-10-30"),
        QStringLiteral("--to"), QStringLiteral("2016-10-31"), QStringLiteral("--csv")});
    REQUIRE(report.code == 0);
    const QStringList rows = report.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].startsWith(QStringLiteral("2016-10-30,%1,180,").arg(firstDay.size())));
    // The first sale, 09:58:11, is in the 09:00 hour.
    const Run hours = cremactl(
        {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--pin"),
            QStringLiteral("4444"), QStringLiteral("--from"), QStringLiteral("2016-10-30"), QStringLiteral("--to"),
            QStringLiteral("2016-10-30"), QStringLiteral("--by"), QStringLiteral("hour"), QStringLiteral("--csv")});
    CHECK(hours.out.split(QLatin1Char('\n'))[1].startsWith(QStringLiteral("09:00,1,1,")));
}

TEST_CASE("import-sales reads BOMs, CRLF, quoted commas, blank lines, amounts, payments and stores", "[cli][import]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    const QString csv = writeFile(dir, QStringLiteral("till.csv"),
        QByteArray("\xEF\xBB\xBF"
                   "Sold at,Receipt,Item,Qty,Total,Paid by,Shop\r\n"
                   "11/21/2026 8:05,A1,LATTE,2,7.00,Visa,\r\n"
                   "\r\n"
                   "11/21/2026 8:05,A1,\"Sandwich, ham\",,4.50,Visa,\r\n"
                   "11/21/2026 13:40,A2,\"Tea \"\"Special\"\"\",1,2.10,cash,Leith\r\n"
                   "   \r\n"
                   "11/22/2026 9:15,A3,Latte,1,£3.50,Cash,LEITH\r\n"));
    const Run r = importSales(db,
        {csv, QStringLiteral("--map"),
            QStringLiteral("datetime=Sold at,order=Receipt,product=Item,quantity=Qty,amount=Total,payment=Paid by,"
                           "store=Shop"),
            QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject j = r.json();
    CHECK(j.value(QStringLiteral("imported_rows")).toInt() == 4);
    CHECK(j.value(QStringLiteral("orders")).toInt() == 3);
    CHECK(j.value(QStringLiteral("formats")).toObject().value(QStringLiteral("datetime")).toString()
        == QStringLiteral("M/d/yyyy H:mm"));
    CHECK(j.value(QStringLiteral("created_stores")).toArray() == QJsonArray {QStringLiteral("Leith")});
    const QJsonArray created = j.value(QStringLiteral("created_products")).toArray();
    CHECK(created.contains(QStringLiteral("Sandwich, ham")));
    CHECK(created.contains(QStringLiteral("Tea \"Special\"")));
    CHECK_FALSE(created.contains(QStringLiteral("LATTE")));

    // A1: two lattes at 3.50 and the sandwich (quantity 1 by default), paid by card, in the till's store.
    CHECK(count(db, QStringLiteral("SELECT total_cents FROM orders WHERE note = 'imported order A1'")) == 1150);
    CHECK(count(db,
              QStringLiteral("SELECT l.quantity * 1000 + l.unit_price_cents FROM order_lines AS l JOIN orders AS o ON "
                             "o.id = l.order_id WHERE o.note = 'imported order A1' AND l.product_name = 'Latte'"))
        == 2350);
    CHECK(count(db,
              QStringLiteral("SELECT count(*) FROM payments AS p JOIN orders AS o ON o.id = p.order_id WHERE o.note = "
                             "'imported order A1' AND p.method = 'card' AND p.amount_cents = 1150"))
        == 1);
    CHECK(count(db,
              QStringLiteral("SELECT s.name = 'Crema Demo Café' FROM orders AS o JOIN stores AS s ON s.id = o.store_id "
                             "WHERE o.note = 'imported order A1'"))
        == 1);
    // A2 and A3 went to Leith (matched without regard to case) and were paid in cash.
    CHECK(
        count(db,
            QStringLiteral("SELECT count(*) FROM orders AS o JOIN stores AS s ON s.id = o.store_id JOIN payments AS p "
                           "ON p.order_id = o.id WHERE s.name = 'Leith' AND p.method = 'cash'"))
        == 2);
    // Local times: 08:05 on 21 November in London is 08:05 UTC; business day and hour stored.
    CHECK(count(db,
              QStringLiteral("SELECT count(*) FROM orders WHERE note = 'imported order A1' AND paid_at LIKE "
                             "'2026-11-21T08:05:00%' AND business_hour = 8"))
        == 1);

    const Run report = cremactl(
        {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--pin"),
            QStringLiteral("4444"), QStringLiteral("--from"), QStringLiteral("2026-11-22"), QStringLiteral("--to"),
            QStringLiteral("2026-11-22"), QStringLiteral("--store"), QStringLiteral("Leith"), QStringLiteral("--csv")});
    CHECK(report.out.split(QLatin1Char('\n'))[1] == QStringLiteral("2026-11-22,1,1,3.50,0.00,0.00,0.58"));
}

TEST_CASE("import-sales names every bad row and writes nothing unless told to skip them", "[cli][import]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    const QString csv = writeFile(dir, QStringLiteral("broken.csv"),
        QByteArray("Date,Product,Quantity,Amount\n"
                   "2026-11-02,Latte,1,3.50\n"
                   "2026-02-31,Latte,1,3.50\n"
                   "2026-11-03,Latte,-2,3.50\n"
                   "2026-11-03,,1,3.50\n"
                   "2026-11-04,Latte,1,12;50\n"
                   "2026-11-04,Latte,1\n"
                   "05/11/2026,Croissant,1,2.60\n"
                   "2026-11-05,Croissant,1.5,2.60\n"
                   "2026-11-06,Croissant,,2.60\n"));
    const qint64 orders = count(db, QStringLiteral("SELECT count(*) FROM orders"));
    const qint64 products = count(db, QStringLiteral("SELECT count(*) FROM products"));
    const QByteArray before = test::fileHash(db);

    const Run refused = importSales(db, {csv});
    CHECK(refused.code == 1);
    CHECK(refused.out.isEmpty());
    for (const char* expected : {"line 3: date '2026-02-31' is not a date in yyyy-M-d", "line 4: negative quantity -2",
             "line 5: no product", "line 6: amount '12;50' is not an amount", "line 7: has 3 fields, the header has 4",
             "line 8: date '05/11/2026' is not a date in yyyy-M-d", "line 9: quantity '1.5' is not a whole number"}) {
        INFO(expected);
        CHECK(refused.err.contains(QLatin1String(expected)));
    }
    CHECK(refused.err.contains(QStringLiteral("7 invalid row(s)")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM orders")) == orders);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM products")) == products);

    const Run dry = importSales(
        db, {csv, QStringLiteral("--skip-invalid"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(dry.code == 0);
    CHECK(dry.json().value(QStringLiteral("imported_rows")).toInt() == 2);
    CHECK(dry.json().value(QStringLiteral("written")).toBool() == false);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM orders")) == orders);

    const Run skipped = importSales(db, {csv, QStringLiteral("--skip-invalid"), QStringLiteral("--json")});
    REQUIRE(skipped.code == 0);
    const QJsonObject j = skipped.json();
    CHECK(j.value(QStringLiteral("imported_rows")).toInt() == 2);
    CHECK(j.value(QStringLiteral("orders")).toInt() == 2);
    const QJsonArray list = j.value(QStringLiteral("skipped")).toArray();
    REQUIRE(list.size() == 7);
    CHECK(list[0].toObject().value(QStringLiteral("line")).toInt() == 3);
    CHECK(list[1].toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("negative quantity -2"));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM orders")) == orders + 2);
    CHECK(test::fileHash(db) != before);
}

TEST_CASE("import-sales asks for a format when dates could be read two ways, and for missing columns", "[cli][import]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    const QString ambiguous = writeFile(dir, QStringLiteral("ambiguous.csv"),
        QByteArray("Date,Time,Item\n01/02/2026,10:15,Latte\n03/04/2026,11:00,Latte\n"));
    const Run r = importSales(db, {ambiguous, QStringLiteral("--map"), QStringLiteral("product=Item")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(
        QStringLiteral("the dates in column 'Date' fit both d/M/yyyy and M/d/yyyy; give --date-format")));
    checkOneLineError(r);

    const Run given = importSales(db,
        {ambiguous, QStringLiteral("--map"), QStringLiteral("product=Item"), QStringLiteral("--date-format"),
            QStringLiteral("dd/MM/yyyy"), QStringLiteral("--json")});
    REQUIRE(given.code == 0);
    CHECK(count(db,
              QStringLiteral("SELECT count(*) FROM orders WHERE business_day = '2026-02-01' AND business_hour = 10"))
        == 1);

    const Run missing = importSales(db, {ambiguous, QStringLiteral("--map"), QStringLiteral("product=Item Name")});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(
        QStringLiteral("column 'Item Name' (for product) is not in the file; its columns are: Date, Time, Item")));
    const QString noDateFile = writeFile(dir, QStringLiteral("nodate.csv"), QByteArray("Item\nLatte\n"));
    const Run noDate = importSales(db, {noDateFile, QStringLiteral("--map"), QStringLiteral("product=Item")});
    CHECK(noDate.code == 2);
    CHECK(noDate.err.contains(QStringLiteral("no column for date or datetime")));
    const Run badMap = importSales(db, {ambiguous, QStringLiteral("--map"), QStringLiteral("colour=Item")});
    CHECK(badMap.code == 2);
    CHECK(badMap.err.contains(QStringLiteral("'colour' is not a field")));
    const QString openFile = writeFile(dir, QStringLiteral("open.csv"), QByteArray("Date,Item\n2026-01-01,\"Latte\n"));
    const Run open = importSales(db, {openFile});
    CHECK(open.code == 2);
    CHECK(open.err.contains(QStringLiteral("line 2: a quoted field is never closed")));
}

#include "clirun.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>

// cremactl menu export, import and prices, as a script or a consultant would use them.
namespace {

QString write(const crema::test::TempDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

QByteArray read(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The demo's menu as the owner exports it: what a refused import must leave as it was.
QString menuOf(const QString& db)
{
    const Run r = cremactl({QStringLiteral("--db"), db, QStringLiteral("menu"), QStringLiteral("export"),
        QStringLiteral("--pin"), QStringLiteral("4444")});
    REQUIRE(r.code == 0);
    return r.out;
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList a;
    for (const char* s : list)
        a << QString::fromUtf8(s);
    return a;
}

} // namespace

TEST_CASE("cremactl menu export, import into a new café, export: the same file, and a second import changes nothing",
    "[cli][menufile]")
{
    crema::test::TempDir dir;
    const QString demo = crema::test::demoCopy(dir);
    const QString exported = dir.file(QStringLiteral("demo-menu.json"));
    const Run out = cremactl(QStringList {QStringLiteral("--db"), demo} + args({"menu", "export", "--pin", "3333"})
        + QStringList {exported});
    INFO(out.err.toStdString());
    REQUIRE(out.code == 0);
    CHECK(out.out.isEmpty());
    const Run toStdout
        = cremactl(QStringList {QStringLiteral("--db"), demo} + args({"menu", "export", "--pin", "4444"}));
    REQUIRE(toStdout.code == 0);
    CHECK(toStdout.out.toUtf8() == read(exported));

    const QString cafe = dir.file(QStringLiteral("new.db"));
    REQUIRE(cremactl(QStringList {QStringLiteral("--db"), cafe}
                + args({"init", "--store", "X", "--owner", "Nia Owner", "--owner-pin", "5678"}))
                .code
        == 0);
    const Run imported = cremactl(QStringList {QStringLiteral("--db"), cafe, QStringLiteral("menu"),
        QStringLiteral("import"), exported, QStringLiteral("--pin"), QStringLiteral("5678")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("products:")));
    const QString again = dir.file(QStringLiteral("again.json"));
    REQUIRE(cremactl(QStringList {QStringLiteral("--db"), cafe} + args({"menu", "export", "--pin", "5678"})
                + QStringList {again})
                .code
        == 0);
    CHECK(read(again) == read(exported));

    const Run second = cremactl(QStringList {QStringLiteral("--db"), cafe, QStringLiteral("menu"),
        QStringLiteral("import"), exported, QStringLiteral("--json"), QStringLiteral("--pin"), QStringLiteral("5678")});
    REQUIRE(second.code == 0);
    const QJsonObject total = second.json().value(QStringLiteral("total")).toObject();
    CHECK(total.value(QStringLiteral("created")).toInt() == 0);
    CHECK(total.value(QStringLiteral("changed")).toInt() == 0);
    CHECK(total.value(QStringLiteral("unchanged")).toInt() > 40);

    // `cremactl menu` itself still shows the menu, now the new café's.
    const Run show = cremactl({QStringLiteral("--db"), cafe, QStringLiteral("menu")});
    REQUIRE(show.code == 0);
    CHECK(show.out.contains(QStringLiteral("Latte")));
}

TEST_CASE("cremactl menu import refuses a broken file with every problem on its own line", "[cli][menufile]")
{
    crema::test::TempDir dir;
    const QString demo = crema::test::demoCopy(dir);
    const QString before = menuOf(demo);
    const QString file = write(dir, QStringLiteral("broken.json"), R"({
  "version": 1,
  "categories": [{"name": "Drinks", "tax_rate": "Luxury"}],
  "products": [
    {"name": "Latte", "sizes": [{"name": "Regular", "price_cents": -1}]},
    {"name": "Cortado", "category": "Drnks", "sizes": [{"name": "Regular", "price_cents": 290}]}
  ]
})");
    const Run text = cremactl({QStringLiteral("--db"), demo, QStringLiteral("menu"), QStringLiteral("import"), file,
        QStringLiteral("--pin"), QStringLiteral("4444")});
    INFO(text.err.toStdString());
    CHECK(text.code == 1);
    CHECK(text.out.isEmpty());
    CHECK(
        text.err.contains(QStringLiteral("\ncategories[0].tax_rate: no tax rate 'Luxury' in the file or the menu\n")));
    CHECK(text.err.contains(QStringLiteral("\nproducts[0].sizes[0].price_cents: must be at least 0\n")));
    CHECK(text.err.contains(QStringLiteral("\nproducts[1].category: no category 'Drnks' in the file or the menu\n")));

    const Run json = cremactl({QStringLiteral("--db"), demo, QStringLiteral("menu"), QStringLiteral("import"), file,
        QStringLiteral("--json"), QStringLiteral("--pin"), QStringLiteral("4444")});
    CHECK(json.code == 1);
    const QJsonArray problems = json.json().value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 3);
    QStringList paths;
    for (const QJsonValue& p : problems)
        paths << p.toObject().value(QStringLiteral("path")).toString();
    CHECK(paths.contains(QStringLiteral("products[0].sizes[0].price_cents")));
    CHECK(menuOf(demo) == before);

    SECTION("--dry-run of a good file writes nothing either")
    {
        const QString good = write(dir, QStringLiteral("good.json"),
            R"({"version": 1, "products": [{"name": "Latte", "sizes": [{"name": "Regular", "price_cents": 999}]}]})");
        const Run dry = cremactl({QStringLiteral("--db"), demo, QStringLiteral("menu"), QStringLiteral("import"), good,
            QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--pin"), QStringLiteral("4444")});
        REQUIRE(dry.code == 0);
        CHECK(dry.json()
                  .value(QStringLiteral("counts"))
                  .toObject()
                  .value(QStringLiteral("sizes"))
                  .toObject()
                  .value(QStringLiteral("changed"))
                  .toInt()
            == 1);
        CHECK(menuOf(demo) == before);
    }
}

TEST_CASE("cremactl menu import and prices: a cashier is refused, a manager's PIN allows it", "[cli][menufile]")
{
    crema::test::TempDir dir;
    const QString demo = crema::test::demoCopy(dir);
    const QString prices = write(dir, QStringLiteral("prices.csv"), "product,size,price\nLatte,Regular,3.95\n");
    const Run cashier = cremactl({QStringLiteral("--db"), demo, QStringLiteral("menu"), QStringLiteral("prices"),
        prices, QStringLiteral("--pin"), QStringLiteral("1111")});
    CHECK(cashier.code == 1);
    checkOneLineError(cashier);
    CHECK(cashier.err.contains(QStringLiteral("Sam Cashier")));

    const Run overridden = cremactl({QStringLiteral("--db"), demo, QStringLiteral("menu"), QStringLiteral("prices"),
        prices, QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--manager-pin"),
        QStringLiteral("3333"), QStringLiteral("--json")});
    INFO(overridden.err.toStdString());
    REQUIRE(overridden.code == 0);
    CHECK(overridden.json().value(QStringLiteral("changed")).toInt() == 1);

    const Run cashierImport = cremactl({QStringLiteral("--db"), demo, QStringLiteral("menu"), QStringLiteral("export"),
        QStringLiteral("--pin"), QStringLiteral("1111")});
    CHECK(cashierImport.code == 1);
}

TEST_CASE("cremactl menu prices changes nothing when one line is wrong", "[cli][menufile]")
{
    crema::test::TempDir dir;
    const QString demo = crema::test::demoCopy(dir);
    const QString before = menuOf(demo);
    const QString prices = write(dir, QStringLiteral("prices.csv"),
        "product,size,price\nLatte,Regular,3.95\nLatte,Large,4.4O\nCappuccino,Regular,3.60\n");
    const Run bad = cremactl({QStringLiteral("--db"), demo, QStringLiteral("menu"), QStringLiteral("prices"), prices,
        QStringLiteral("--pin"), QStringLiteral("3333")});
    INFO(bad.err.toStdString());
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("\nline 3, price: ")));
    CHECK(menuOf(demo) == before);

    const QString good = write(dir, QStringLiteral("good.csv"), "product,size,price\nLatte,Regular,3.95\n");
    const Run ok = cremactl({QStringLiteral("--db"), demo, QStringLiteral("menu"), QStringLiteral("prices"), good,
        QStringLiteral("--pin"), QStringLiteral("3333")});
    REQUIRE(ok.code == 0);
    const Run menu = cremactl({QStringLiteral("--db"), demo, QStringLiteral("menu"), QStringLiteral("--json")});
    REQUIRE(menu.code == 0);
    CHECK(menu.out.contains(QStringLiteral("395")));
}

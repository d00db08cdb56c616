// report, forecast and import-sales act as someone: --pin, and --manager-pin for a cashier.
#include "clirun.h"
#include "testsupport.h"

#include <QFile>

using namespace crema;

namespace {

QStringList pin(const char* p)
{
    return {QStringLiteral("--pin"), QString::fromLatin1(p)};
}

struct Command {
    const char* name;
    QStringList args;
    const char* refusal; // what a cashier may not do
};

QList<Command> commands(const QString& csv)
{
    return {
        {"report",
            {QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                QStringLiteral("--to"), QStringLiteral("2026-11-20"), QStringLiteral("--json")},
            "Sam Cashier (cashier) may not view reports"},
        {"forecast",
            {QStringLiteral("forecast"), QStringLiteral("--date"), QStringLiteral("2026-11-21"),
                QStringLiteral("--json")},
            "Sam Cashier (cashier) may not view reports"},
        {"forecast",
            {QStringLiteral("forecast"), QStringLiteral("--backtest"), QStringLiteral("--from"),
                QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-07"),
                QStringLiteral("--json")},
            "Sam Cashier (cashier) may not view reports"},
        {"import-sales",
            {QStringLiteral("import-sales"), csv, QStringLiteral("--map"), QStringLiteral("order=Ticket"),
                QStringLiteral("--json")},
            "Sam Cashier (cashier) may not import sales history"},
    };
}

} // namespace

TEST_CASE(
    "report, forecast and import-sales need --pin, refuse a cashier, and run under a manager's PIN", "[cli][auth]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    const QString csv = dir.file(QStringLiteral("old-till.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Date,Time,Ticket,Product\n2026-10-01,08:01:00,1,Latte\n2026-10-01,08:05:00,2,Mocha\n");
    f.close();
    auto file = Database::open(db);
    REQUIRE_OK(file);
    const auto count = [&](const char* sql) { return test::scalar(**file, QString::fromUtf8(sql)); };
    const qint64 orders = count("SELECT count(*) FROM orders");

    for (const Command& c : commands(csv)) {
        INFO(c.name << " " << c.args.join(QLatin1Char(' ')).toStdString());
        const QStringList base = QStringList {QStringLiteral("--db"), db} + c.args;

        // Without --pin: a usage error, saying so.
        const Run none = cremactl(base);
        CHECK(none.code == 2);
        CHECK(none.err.contains(QStringLiteral("cremactl %1 needs --pin PIN").arg(QLatin1String(c.name))));
        checkOneLineError(none);

        // A cashier alone: refused by core, naming who and what.
        const Run cashier = cremactl(base + pin("1111"));
        CHECK(cashier.code == 1);
        CHECK(cashier.err.contains(QString::fromUtf8(c.refusal)));
        checkOneLineError(cashier);
        CHECK(count("SELECT count(*) FROM orders") == orders);

        // A wrong manager's PIN authorises nothing.
        const Run wrong
            = cremactl(base + pin("1111") + QStringList {QStringLiteral("--manager-pin"), QStringLiteral("9999")});
        CHECK(wrong.code == 1);
        checkOneLineError(wrong);

        // With the manager's PIN: it runs, as the manager, and the override is in the audit log.
        const qint64 overrides = count("SELECT count(*) FROM audit_log AS a JOIN staff AS s ON s.id = "
                                       "a.authorised_staff_id WHERE a.action LIKE 'override.%' AND s.name = "
                                       "'Morgan Manager'");
        const Run authorised
            = cremactl(base + pin("1111") + QStringList {QStringLiteral("--manager-pin"), QStringLiteral("3333")});
        INFO(authorised.err.toStdString());
        CHECK(authorised.code == 0);
        CHECK_FALSE(authorised.json().isEmpty());
        CHECK(count("SELECT count(*) FROM audit_log AS a JOIN staff AS s ON s.id = a.authorised_staff_id WHERE "
                    "a.action LIKE 'override.%' AND s.name = 'Morgan Manager'")
            == overrides + 1);

        // A manager's own PIN needs nobody.
        const Run manager = cremactl(base + pin("3333"));
        CHECK(manager.code == 0);
    }
    // The import ran once (the second time found it imported), and its audit row names the manager.
    CHECK(count("SELECT count(*) FROM orders") == orders + 2);
    CHECK(count("SELECT count(*) FROM audit_log AS a JOIN staff AS s ON s.id = a.actor_staff_id WHERE a.action = "
                "'sales.import' AND s.name = 'Morgan Manager'")
        == 2);
}

TEST_CASE("kitchen-station is refused in core to anyone who may not change settings", "[cli][auth][kitchen]")
{
    test::TempDir dir;
    const QString db = test::demoCopy(dir);
    const QStringList base {QStringLiteral("--db"), db, QStringLiteral("kitchen-station"), QStringLiteral("Bar"),
        QStringLiteral("--amber"), QStringLiteral("100"), QStringLiteral("--red"), QStringLiteral("200")};
    const Run none = cremactl(base);
    CHECK(none.code == 2);
    CHECK(none.err.contains(QStringLiteral("cremactl kitchen-station needs --pin PIN")));
    const Run manager = cremactl(base + pin("3333"));
    CHECK(manager.code == 1);
    CHECK(manager.err.contains(QStringLiteral("Morgan Manager (manager) may not change settings")));
    checkOneLineError(manager);
    const Run list = cremactl({QStringLiteral("--db"), db, QStringLiteral("kitchen-station")});
    REQUIRE(list.code == 0);
    CHECK_FALSE(list.out.contains(QStringLiteral("amber 100 s")));
    const Run owner = cremactl(base + pin("4444"));
    CHECK(owner.code == 0);
    CHECK(cremactl({QStringLiteral("--db"), db, QStringLiteral("kitchen-station")})
              .out.contains(QStringLiteral("amber 100 s, red 200 s")));
}

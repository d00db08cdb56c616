// Reports, forecasts, imports and kitchen stations check who asks in core, not in the screens.
#include "tillfixture.h"

#include "forecasting/forecastservice.h"
#include "importing/csvreader.h"
#include "importing/salesimport.h"
#include "kitchen/kitchenservice.h"
#include "reporting/salesreport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace crema;

namespace {

// A refusal for the person's role, naming them and what they may not do.
template <typename T> void checkRefused(const Result<T>& r, const StaffMember& who, const char* what)
{
    REQUIRE_FALSE(r.ok());
    INFO(r.error().message.toStdString());
    CHECK(r.error().code == Error::Code::PermissionDenied);
    CHECK(r.error().message.contains(who.name));
    CHECK(r.error().message.contains(QString::fromUtf8(what)));
}

} // namespace

TEST_CASE("the import permission: managers and owners have it, cashiers and baristas do not", "[db][auth]")
{
    CHECK(roleHas(Role::Owner, Permission::ImportSales));
    CHECK(roleHas(Role::Manager, Permission::ImportSales));
    CHECK_FALSE(roleHas(Role::Cashier, Permission::ImportSales));
    CHECK_FALSE(roleHas(Role::Barista, Permission::ImportSales));
    CHECK(std::find(std::begin(kAllPermissions), std::end(kAllPermissions), Permission::ImportSales)
        != std::end(kAllPermissions));
    CHECK(permissionName(Permission::ImportSales) == QStringLiteral("import sales history"));
}

TEST_CASE("sales reports and the dashboard are refused to a cashier and read for a manager", "[db][auth][reporting]")
{
    test::TillFixture t;
    SalesReport& report = *t.services->salesReport;
    const StaffMember cashier = t.cashier();
    const StaffMember barista = t.barista();
    const StaffMember manager = t.manager();
    const ReportFilter november {{QDate(2026, 11, 1), QDate(2026, 11, 20)}, 0};
    const DateRange october {QDate(2026, 10, 1), QDate(2026, 10, 20)};

    for (const StaffMember& who : {cashier, barista}) {
        INFO(who.name.toStdString());
        checkRefused(report.totals(who, november), who, "may not view reports");
        checkRefused(report.sales(who, november, Grouping::Day), who, "may not view reports");
        checkRefused(report.heatmap(who, november), who, "may not view reports");
        checkRefused(report.products(who, november), who, "may not view reports");
        checkRefused(report.payments(who, november), who, "may not view reports");
        checkRefused(report.loyalty(who, november), who, "may not view reports");
        checkRefused(report.dashboard(who, november, october), who, "may not view reports");
    }
    // The store names reveal no figures.
    REQUIRE_OK(report.stores());

    auto totals = report.totals(manager, november);
    REQUIRE_OK(totals);
    CHECK(totals->orders > 0);
    auto dashboard = report.dashboard(manager, november, october);
    REQUIRE_OK(dashboard);
    CHECK(dashboard->current.orders == totals->orders);
    REQUIRE_OK(report.sales(manager, november, Grouping::Week));
}

TEST_CASE(
    "forecasts, backtests and forecast history are refused to a cashier and read for a manager", "[db][auth][forecast]")
{
    test::TillFixture t;
    ForecastService& forecasts = *t.services->forecasts;
    const StaffMember cashier = t.cashier();
    const StaffMember manager = t.manager();
    const QDate start(2026, 11, 21);

    checkRefused(forecasts.forecast(cashier, {start, 7, ForecastMethod::Seed}), cashier, "may not view reports");
    checkRefused(forecasts.backtest(cashier, {QDate(2026, 11, 1), QDate(2026, 11, 14)}, ForecastMethod::Seed), cashier,
        "may not view reports");
    checkRefused(forecasts.history(cashier, 1, start, 56, ForecastMethod::Seed), cashier, "may not view reports");

    auto forecast = forecasts.forecast(manager, {start, 7, ForecastMethod::Seed});
    REQUIRE_OK(forecast);
    CHECK_FALSE(forecast->products.isEmpty());
    REQUIRE_OK(forecasts.backtest(manager, {QDate(2026, 11, 1), QDate(2026, 11, 14)}, ForecastMethod::Seed));
    REQUIRE_OK(forecasts.history(manager, forecast->products.first().productId, start, 56, ForecastMethod::Seed));
}

TEST_CASE("importing sales history is refused to a cashier, writing nothing, and audited as the manager's",
    "[db][auth][import]")
{
    test::TillFixture t;
    SalesImporter& importer = *t.services->importer;
    auto table = parseCsv("Date,Time,Order,Product\n2026-10-01,08:01:00,1,Latte\n2026-10-01,08:01:00,1,Scone of the "
                          "day\n2026-10-01,08:05:00,2,Mocha\n");
    REQUIRE_OK(table);
    auto mapping = ImportMapping::parse(QString());
    REQUIRE_OK(mapping);
    mapping->mapSameNames(table->header);
    auto resolved = importer.resolve(*table, *mapping);
    REQUIRE_OK(resolved);
    const auto written = [&] {
        QList<qint64> n = t.footprint();
        for (const char* name : {"products", "stores", "staff", "categories"})
            n.append(t.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(name))));
        return n;
    };

    const StaffMember cashier = t.cashier();
    const QList<qint64> before = written();
    checkRefused(importer.run(cashier, *table, *resolved, {}), cashier, "may not import sales history");
    checkRefused(importer.run(cashier, *table, *resolved, {false, true}), cashier, "may not import sales history");
    CHECK(written() == before);

    const StaffMember manager = t.manager();
    auto imported = importer.run(manager, *table, *resolved, {});
    REQUIRE_OK(imported);
    CHECK(imported->written);
    CHECK(imported->orders == 2);
    // The audit row of the import, written with it, names who imported.
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT actor_staff_id, details FROM audit_log WHERE action = 'sales.import'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == manager.id);
    const QJsonObject details = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    CHECK(details.value(QStringLiteral("by")).toString() == QStringLiteral("Morgan Manager"));
    CHECK(details.value(QStringLiteral("orders")).toInt() == 2);
    CHECK_FALSE(q.next());
}

TEST_CASE("a kitchen station's timing is changed only by someone who may change settings", "[db][auth][kitchen]")
{
    test::TillFixture t;
    KitchenService kitchen(*t.db, t.clock);
    const auto bar = [&] { return kitchen.stationTimings().value().value(QStringLiteral("Bar")); };
    const StationTiming was = bar();

    for (const StaffMember& who : {t.cashier(), t.manager()}) {
        INFO(who.name.toStdString());
        checkRefused(kitchen.setStationTiming(who, QStringLiteral("Bar"), StationTiming {120, 240}), who,
            "may not change settings");
        CHECK(bar().amberSeconds == was.amberSeconds);
        CHECK(bar().redSeconds == was.redSeconds);
    }
    auto changed = kitchen.setStationTiming(t.login("4444"), QStringLiteral("bar"), StationTiming {120, 240});
    REQUIRE_OK(changed);
    CHECK(*changed == QStringLiteral("Bar"));
    CHECK(bar().amberSeconds == 120);
    CHECK(bar().redSeconds == 240);
}

#include "backoffice/forecastwidget.h"
#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "forecasting/forecastservice.h"
#include "testsupport.h"

#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace crema;

TEST_CASE(
    "the forecast view lists ingredients by status with orders, and a product's last eight weeks", "[ui][forecast]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    const Site site = loadSite(db->connection()).value();
    CatalogService catalog(*db);
    ForecastService forecasts(*db, catalog, site.storeId);
    Clock clock;
    StaffService staff(*db, clock, site.terminalId, site.terminalUuid);
    const StaffMember owner = test::owner(*db);
    ForecastWidget widget(forecasts, staff, site);
    widget.setStaff(owner);
    widget.resize(1600, 1000);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    const auto waitLoaded = [&] {
        if (widget.isLoading()) {
            QSignalSpy spy(&widget, &ForecastWidget::loaded);
            REQUIRE(spy.wait(20000));
        }
    };
    waitLoaded();
    QSignalSpy history(&widget, &ForecastWidget::historyLoaded);
    widget.setOptions(QDate(2026, 11, 21), 3, ForecastMethod::Seed);
    REQUIRE(widget.isLoading());
    waitLoaded();
    INFO(widget.trustText().toStdString());
    CHECK(widget.trustText().contains(QStringLiteral("a day's forecast was off by")));

    // Every ingredient, rated by its on-hand against its forecast, critical ones first.
    const QStandardItemModel* ingredients = widget.ingredientModel();
    REQUIRE(ingredients->rowCount() == 46);
    int lastStatus = 2;
    for (int r = 0; r < ingredients->rowCount(); ++r) {
        const qint64 onHand = ingredients->item(r, 1)->data(Qt::UserRole).toLongLong();
        const qint64 demand = ingredients->item(r, 2)->data(Qt::UserRole).toLongLong();
        const QString expected = onHand < demand ? QStringLiteral("CRITICAL")
            : 2 * onHand < 3 * demand            ? QStringLiteral("WARNING")
                                                 : QStringLiteral("OK");
        INFO(ingredients->item(r, 0)->text().toStdString());
        CHECK(ingredients->item(r, 3)->text() == expected);
        const int status = ingredients->item(r, 3)->data(Qt::UserRole).toInt();
        CHECK(status <= lastStatus);
        lastStatus = status;
        const qint64 order = ingredients->item(r, 4)->data(Qt::UserRole).toLongLong();
        CHECK((order > 0) == (expected != QStringLiteral("OK")));
        if (order > 0)
            CHECK(2 * (onHand + order) >= 3 * demand);
    }

    // Products by forecast, each with three days; the chart follows the selected product.
    const QStandardItemModel* products = widget.productModel();
    REQUIRE(products->rowCount() > 10);
    CHECK(products->item(0, 0)->text() == QStringLiteral("Latte"));
    CHECK(products->item(0, 2)->text().split(QStringLiteral("  ")).size() == 3);
    CHECK(products->item(0, 3)->text() == QStringLiteral("seed"));
    if (history.isEmpty())
        REQUIRE(history.wait(20000));
    history.clear();
    const QModelIndex croissant = products->indexFromItem(products->findItems(QStringLiteral("Croissant")).first());
    widget.productView()->setCurrentIndex(croissant);
    REQUIRE(history.wait(20000));
    CHECK(widget.chartedProduct() == products->item(croissant.row(), 0)->data(Qt::UserRole).toLongLong());
    REQUIRE(widget.chartedHistory().size() == ForecastService::kBacktestDays);
    CHECK(widget.chartedHistory().last().day == QDate(2026, 11, 20));
    auto expected = forecasts.history(owner, widget.chartedProduct(), QDate(2026, 11, 21), 56, ForecastMethod::Seed);
    REQUIRE_OK(expected);
    for (qsizetype i = 0; i < expected->size(); ++i) {
        CHECK(widget.chartedHistory()[i].actual == expected->at(i).actual);
        CHECK(widget.chartedHistory()[i].forecast == Approx(expected->at(i).forecast));
    }
    CHECK(widget.chartedHistory().last().actual > 0);
}

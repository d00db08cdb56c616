// The till window joined to a real crema-hq: the header shows the link, and a price changed at
// another till of the chain reaches the open POS grid through HQ, without a restart.
#include "../cli/clirun.h"
#include "../hq/hqprocess.h"
#include "backoffice/dashboardwidget.h"
#include "backoffice/forecastwidget.h"
#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "forecasting/forecastservice.h"
#include "login/loginwidget.h"
#include "models/productgridmodel.h"
#include "orders/saleservice.h"
#include "pos/menugridwidget.h"
#include "pos/poswidget.h"
#include "store/site.h"
#include "sync/hqchain.h"
#include "sync/hqlink.h"
#include "widgets/pinpromptdialog.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

using namespace crema;
using crema::test::cremaHq;
using crema::test::HqServer;

namespace {

QString enrol(const QString& hqDb, const char* till)
{
    const auto e = cremaHq({QStringLiteral("--db"), hqDb, QStringLiteral("enrol"), QStringLiteral("--store"),
        QStringLiteral("Camden"), QStringLiteral("--till"), QString::fromLatin1(till)});
    INFO(e.err.toStdString());
    REQUIRE(e.code == 0);
    return e.out.trimmed();
}

void ok(const Run& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
}

} // namespace

TEST_CASE(
    "the till's header shows its link to HQ, and a price changed at another till reaches the open grid", "[ui][hq]")
{
    test::AppStyleSheet style;
    test::WindowFixture t;
    const QString hqDb = t.dir.file(QStringLiteral("hq.db"));
    const QString codeA = enrol(hqDb, "Till 1");
    const QString codeB = enrol(hqDb, "Till 2");
    HqServer hq(hqDb);
    auto* link = t.window.findChild<QLabel*>(QStringLiteral("headerLink"));
    REQUIRE(link);
    CHECK(link->isHidden()); // not in a chain: nothing to show

    // crema runs (its sync started, with nothing to do yet) when the file joins beside it: no restart.
    t.services->startSync(1000);
    auto* dashboard = t.window.findChild<DashboardWidget*>();
    REQUIRE(dashboard);
    auto* dashboardStores = dashboard->findChild<QComboBox*>(QStringLiteral("store"));
    REQUIRE(dashboardStores);
    CHECK(dashboardStores->findText(QStringLiteral("Whole chain (HQ)")) < 0);
    ok(cremactl({QStringLiteral("--db"), t.db->path(), QStringLiteral("hq"), QStringLiteral("join"), hq.url(),
        QStringLiteral("--code"), codeA}));
    QTest::keyClicks(t.window.login(), QStringLiteral("1111"));
    QTest::keyClick(t.window.login(), Qt::Key_Return);
    REQUIRE_FALSE(t.window.isLocked());
    // The thread sends what the file had waiting and says so in the header.
    REQUIRE(QTest::qWaitFor([&] { return link->isVisible() && link->text() == QStringLiteral("HQ online"); }, 30000));
    CHECK(t.services->hqLink->state().pending == 0);
    CHECK(link->property("linkState").toString() == QStringLiteral("online"));
    // And the back office offers the chain's figures from now on.
    CHECK(dashboardStores->findText(QStringLiteral("Whole chain (HQ)")) >= 0);

    // Another till of the store, new and empty, takes the menu from HQ and changes a price.
    const QString other = t.dir.file(QStringLiteral("till-2.db"));
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("init"), QStringLiteral("--store"),
        QStringLiteral("Camden"), QStringLiteral("--till"), QStringLiteral("Till 2"), QStringLiteral("--owner"),
        QStringLiteral("Nell Newshop"), QStringLiteral("--owner-pin"), QStringLiteral("9090")}));
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("hq"), QStringLiteral("join"), hq.url(),
        QStringLiteral("--code"), codeB}));
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("hq"), QStringLiteral("sync")}));
    const QString prices = t.dir.file(QStringLiteral("prices.csv"));
    {
        QFile f(prices);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("product,size,price\nLatte,Regular,2.95\n");
    }
    // The demo's owner logs in there with her own PIN: staff came down with the menu.
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("menu"), QStringLiteral("prices"), prices,
        QStringLiteral("--pin"), QStringLiteral("4444")}));
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("hq"), QStringLiteral("sync")}));

    const Product* latte = t.sales.menu().value()->findProduct(QStringLiteral("Latte"));
    REQUIRE(latte);
    const qint64 latteId = latte->id; // the menu it is in goes when the new one comes
    MenuGridWidget* grid = t.window.pos()->grid();
    const auto shownPrice = [&] {
        const QModelIndex index = grid->indexOf(latteId);
        return index.isValid() ? index.data(ProductGridModel::PriceCentsRole).toLongLong() : -1;
    };
    CHECK(shownPrice() != 295);
    // Within a pull interval or two, on the grid that was open all along.
    const bool shown = QTest::qWaitFor([&] { return shownPrice() == 295; }, 30000);
    INFO("price in the file: " << test::scalar(*t.db,
             QStringLiteral("SELECT s.price_cents FROM product_sizes s JOIN products p ON p.id = s.product_id WHERE "
                            "p.name = 'Latte' AND s.name = 'Regular'")));
    INFO("state: " << QJsonDocument(t.services->hqLink->state().toJson()).toJson().toStdString());
    INFO("shown: " << shownPrice());
    REQUIRE(shown);

    // HQ goes away: the till sells on, and the header says since when and how much waits.
    hq.kill();
    ok(cremactl(
        {QStringLiteral("--db"), t.db->path(), QStringLiteral("sell"), QStringLiteral("--pin"), QStringLiteral("1111"),
            QStringLiteral("--item"), QStringLiteral("Latte"), QStringLiteral("--pay"), QStringLiteral("card")}));
    REQUIRE(QTest::qWaitFor([&] { return link->text().startsWith(QStringLiteral("HQ offline since")); }, 20000));
    REQUIRE(QTest::qWaitFor([&] { return link->text().contains(QStringLiteral("waiting")); }, 20000));
    CHECK(link->property("linkState").toString() == QStringLiteral("offline"));
    CHECK(link->toolTip().contains(QStringLiteral("cannot be reached"))); // what went wrong, for whoever looks

    // Back: everything goes up, and the header is online again.
    hq.start();
    REQUIRE(QTest::qWaitFor([&] { return link->text() == QStringLiteral("HQ online"); }, 60000));
    CHECK(t.services->hqLink->state().pending == 0);
}

TEST_CASE("retries after failures wait longer each time, with jitter, up to five minutes", "[ui][hq]")
{
    CHECK(HqLink::retryDelayMs(1, 0.5) == 5000);
    CHECK(HqLink::retryDelayMs(2, 0.5) == 10000);
    CHECK(HqLink::retryDelayMs(3, 0.0) == 15000); // 20 s less a quarter
    CHECK(HqLink::retryDelayMs(3, 1.0) == 25000); // and more a quarter
    CHECK(HqLink::retryDelayMs(20, 0.5) == 300000);
    CHECK(HqLink::retryDelayMs(20, 1.0) == 300000); // never past the cap
    CHECK(HqLink::retryDelayMs(0, 0.5) == 5000);
}

TEST_CASE(
    "the dashboard's chain scope asks the owner's PIN once and shows every till's sales from HQ", "[ui][hq][dashboard]")
{
    test::AppStyleSheet style;
    test::TempDir dir;
    const QString hqDb = dir.file(QStringLiteral("hq.db"));
    const QString codeA = enrol(hqDb, "Till 1");
    const auto soho = cremaHq({QStringLiteral("--db"), hqDb, QStringLiteral("enrol"), QStringLiteral("--store"),
        QStringLiteral("Soho"), QStringLiteral("--till"), QStringLiteral("Till 1")});
    REQUIRE(soho.code == 0);
    HqServer hq(hqDb);

    // Camden is the demo café with its history; Soho a new shop with two sales today.
    auto db = test::openDemo(dir);
    ok(cremactl({QStringLiteral("--db"), db->path(), QStringLiteral("hq"), QStringLiteral("join"), hq.url(),
        QStringLiteral("--code"), codeA}));
    ok(cremactl({QStringLiteral("--db"), db->path(), QStringLiteral("hq"), QStringLiteral("sync")}));
    const QString other = dir.file(QStringLiteral("soho.db"));
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("init"), QStringLiteral("--store"),
        QStringLiteral("Soho"), QStringLiteral("--owner"), QStringLiteral("Nell Newshop"),
        QStringLiteral("--owner-pin"), QStringLiteral("9090")}));
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("hq"), QStringLiteral("join"), hq.url(),
        QStringLiteral("--code"), soho.out.trimmed()}));
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("hq"), QStringLiteral("sync")}));
    test::openShift(other);
    for (int i = 0; i < 2; ++i)
        ok(cremactl(
            {QStringLiteral("--db"), other, QStringLiteral("sell"), QStringLiteral("--pin"), QStringLiteral("1111"),
                QStringLiteral("--item"), QStringLiteral("Latte"), QStringLiteral("--pay"), QStringLiteral("card")}));
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("hq"), QStringLiteral("sync")}));

    const Site site = loadSite(db->connection()).value();
    Clock clock;
    StaffService staff(*db, clock, site.terminalId, site.terminalUuid);
    SalesReport report(*db);
    HqChain chain(*db);
    const auto signIn = std::make_shared<ChainSignIn>(); // one PIN for the dashboard and the forecast
    DashboardWidget widget(report, staff, site, &chain, signIn);
    widget.resize(1600, 1000);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    const auto settle = [&] {
        for (int i = 0; i < 3000 && widget.isLoading(); ++i)
            QTest::qWait(10);
        REQUIRE_FALSE(widget.isLoading());
        QApplication::processEvents();
    };
    // Up to tomorrow: a sale rung just before midnight UTC may be on the next day in a store's zone.
    const QDate today = businessDate(QDateTime::currentDateTimeUtc(), storeZone(site.timeZone)).addDays(1);
    const QDate from = today.addDays(-150);
    widget.setStaff(staff.login(QStringLiteral("4444")).value());
    widget.setPeriod(PeriodKind::Custom, from, today);
    settle();
    const SalesFigures camden = widget.data().current;
    REQUIRE(camden.orders > 0);

    // The whole chain: the owner's PIN, once.
    REQUIRE(widget.setChainStore());
    settle();
    PinPromptDialog* prompt = test::openPrompt(&widget);
    REQUIRE(prompt);
    CHECK(prompt->windowTitle() == QStringLiteral("Sign in to HQ"));
    QSignalSpy loaded(&widget, &DashboardWidget::loaded);
    QTest::keyClicks(prompt->field(), QStringLiteral("4444"));
    prompt->accept();
    REQUIRE((loaded.count() > 0 || loaded.wait(30000)));
    settle();
    INFO(widget.errorText().toStdString());
    CHECK(widget.errorText().isEmpty());
    const Run sohoReport = cremactl({QStringLiteral("--db"), other, QStringLiteral("report"), QStringLiteral("sales"),
        QStringLiteral("--pin"), QStringLiteral("4444"), QStringLiteral("--from"), from.toString(Qt::ISODate),
        QStringLiteral("--to"), today.toString(Qt::ISODate), QStringLiteral("--json")});
    ok(sohoReport);
    const QJsonObject sohoTotals = sohoReport.json().value(QStringLiteral("totals")).toObject();
    CHECK(sohoTotals.value(QStringLiteral("orders")).toInteger() == 2);
    CHECK(widget.data().current.orders == camden.orders + 2);
    CHECK(widget.data().current.revenue().cents()
        == camden.revenue().cents() + sohoTotals.value(QStringLiteral("revenue_cents")).toInteger());
    const QString sohoTax = sohoTotals.value(QStringLiteral("tax")).toString(); // "1.23"
    CHECK(widget.data().current.tax.cents()
        == camden.tax.cents() + sohoTax.section(QLatin1Char('.'), 0, 0).toLongLong() * 100
            + sohoTax.section(QLatin1Char('.'), 1, 1).toLongLong());
    CHECK(widget.kpiText(QStringLiteral("orders")) == QLocale().toString(camden.orders + 2));

    // HQ named its stores: one of them alone, without the PIN again.
    auto* stores = widget.findChild<QComboBox*>(QStringLiteral("store"));
    REQUIRE(stores);
    const int sohoItem = stores->findText(QStringLiteral("Soho (HQ)"));
    REQUIRE(sohoItem >= 0);
    stores->setCurrentIndex(sohoItem);
    settle();
    CHECK(test::openPrompt(&widget) == nullptr);
    CHECK(widget.data().current.orders == 2);
    CHECK(widget.isChainScope());

    // The forecast page takes the same sign-in: the chain's stock is both stores', with no PIN asked.
    CatalogService catalog(*db);
    ForecastService forecasts(*db, catalog, site.storeId);
    {
        ForecastWidget forecast(forecasts, staff, site, &chain, signIn);
        forecast.resize(1600, 900);
        forecast.setStaff(staff.login(QStringLiteral("4444")).value());
        forecast.show();
        REQUIRE(QTest::qWaitForWindowExposed(&forecast));
        const auto forecastSettle = [&] {
            for (int i = 0; i < 3000 && forecast.isLoading(); ++i)
                QTest::qWait(10);
            REQUIRE_FALSE(forecast.isLoading());
            QApplication::processEvents();
        };
        forecastSettle();
        const auto onHand = [](const ForecastResult& r, const QString& name) {
            for (const IngredientForecast& f : r.ingredients)
                if (f.name == name)
                    return f.onHand;
            return qint64(-1);
        };
        const qint64 milkHere = onHand(forecast.result(), QStringLiteral("Whole milk"));
        REQUIRE(milkHere > 0);
        QSignalSpy forecastLoaded(&forecast, &ForecastWidget::loaded);
        REQUIRE(forecast.setChainScope());
        REQUIRE((forecastLoaded.count() > 0 || forecastLoaded.wait(30000)));
        forecastSettle();
        CHECK(test::openPrompt(&forecast) == nullptr);
        INFO(forecast.trustText().toStdString());
        const Run sohoStock = cremactl({QStringLiteral("--db"), other, QStringLiteral("forecast"),
            QStringLiteral("--pin"), QStringLiteral("4444"), QStringLiteral("--json")});
        ok(sohoStock);
        qint64 milkThere = 0;
        for (const QJsonValue& i : sohoStock.json().value(QStringLiteral("ingredients")).toArray())
            if (i.toObject().value(QStringLiteral("ingredient")).toString() == QStringLiteral("Whole milk"))
                milkThere = i.toObject().value(QStringLiteral("on_hand")).toInteger();
        CHECK(milkThere < 0); // Soho has sold two lattes and never had a delivery
        CHECK(onHand(forecast.result(), QStringLiteral("Whole milk")) == milkHere + milkThere);
        CHECK(!forecast.result().products.isEmpty());
        // The chart of a product comes from HQ's data too.
        QSignalSpy charted(&forecast, &ForecastWidget::historyLoaded);
        forecast.productView()->selectRow(0);
        REQUIRE((charted.count() > 0 || charted.wait(20000)));
        CHECK(forecast.chartedHistory().size() == ForecastService::kBacktestDays);
    }

    // The next person starts again: a cashier is told the chain's figures are not theirs, with no prompt.
    widget.setStaff(staff.login(QStringLiteral("1111")).value());
    settle();
    CHECK(test::openPrompt(&widget) == nullptr);
    CHECK(widget.errorText().contains(QStringLiteral("owners and managers")));
    // And with HQ gone, the owner is told so, and the till's own figures still read.
    widget.setStaff(staff.login(QStringLiteral("4444")).value());
    settle();
    if (PinPromptDialog* again = test::openPrompt(&widget)) {
        hq.kill();
        QTest::keyClicks(again->field(), QStringLiteral("4444"));
        again->accept();
        for (int i = 0; i < 200 && !widget.isLoading(); ++i)
            QTest::qWait(10);
        settle();
        CHECK(widget.errorText().contains(QStringLiteral("HQ cannot be reached")));
    } else {
        FAIL("the next owner was not asked for a PIN");
    }
    widget.setStore(0);
    settle();
    CHECK(widget.data().current.orders == camden.orders);
}

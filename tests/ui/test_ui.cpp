#include "backoffice/stockwidget.h"
#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "customers/customerservice.h"
#include "inventory/inventoryservice.h"
#include "kitchen/kitchenservice.h"
#include "login/loginwidget.h"
#include "loyalty/loyaltyservice.h"
#include "models/productgridmodel.h"
#include "models/stockmodel.h"
#include "orders/saleservice.h"
#include "pos/menugridwidget.h"
#include "shell/mainwindow.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "store/site.h"
#include "store/tillsettings.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace crema;

namespace {

// The whole window on a copy of the demo café, wired as app/crema wires it.
struct App : test::WindowFixture {
    void typePin(const char* pin)
    {
        QTest::keyClicks(window.login(), QString::fromLatin1(pin));
        QTest::keyClick(window.login(), Qt::Key_Return);
    }
    QStringList tabTitles() const
    {
        QStringList titles;
        for (int i = 0; i < window.tabs()->count(); ++i)
            titles << window.tabs()->tabText(i);
        return titles;
    }
};

} // namespace

TEST_CASE("the till opens on the PIN pad", "[ui]")
{
    App app;
    CHECK(app.window.isLocked());
    CHECK(app.window.login()->isVisible());
    CHECK_FALSE(app.window.tabs()->isVisible());
}

TEST_CASE("a wrong PIN is explained and lets nobody in", "[ui]")
{
    App app;
    app.typePin("9876");
    CHECK(app.window.isLocked());
    CHECK(app.window.login()->message().contains(QStringLiteral("Wrong PIN")));
    app.typePin("12");
    CHECK(app.window.login()->message().contains(QStringLiteral("4 to 8 digits")));
}

TEST_CASE("tapping the PIN pad logs the manager in to all three tabs", "[ui]")
{
    App app;
    for (const char* key : {"pinKey3", "pinKey3", "pinKey3", "pinKey3", "pinOk"}) {
        auto* button = app.window.findChild<QPushButton*>(QString::fromLatin1(key));
        REQUIRE(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    CHECK_FALSE(app.window.isLocked());
    CHECK(app.window.currentStaff().role == Role::Manager);
    CHECK(app.tabTitles()
        == QStringList {QStringLiteral("POS"), QStringLiteral("Kitchen"), QStringLiteral("Back office")});
    auto* who = app.window.findChild<QLabel*>(QStringLiteral("headerUser"));
    REQUIRE(who);
    CHECK(who->text().contains(QStringLiteral("Morgan Manager")));
}

TEST_CASE("each role sees only the tabs it may use", "[ui][permissions]")
{
    App app;
    app.typePin("1111");
    CHECK(app.tabTitles() == QStringList {QStringLiteral("POS")});
    app.window.lock();
    app.typePin("2222");
    CHECK(app.tabTitles() == QStringList {QStringLiteral("POS"), QStringLiteral("Kitchen")});
    app.window.lock();
    app.typePin("4444");
    CHECK(app.tabTitles()
        == QStringList {QStringLiteral("POS"), QStringLiteral("Kitchen"), QStringLiteral("Back office")});
}

TEST_CASE("Lock and Ctrl+L return the till to the PIN pad", "[ui]")
{
    App app;
    app.typePin("1111");
    REQUIRE_FALSE(app.window.isLocked());
    auto* lock = app.window.findChild<QPushButton*>(QStringLiteral("lockButton"));
    REQUIRE(lock);
    QTest::mouseClick(lock, Qt::LeftButton);
    CHECK(app.window.isLocked());
    app.typePin("1111");
    REQUIRE_FALSE(app.window.isLocked());
    QTest::keyClick(&app.window, Qt::Key_L, Qt::ControlModifier);
    CHECK(app.window.isLocked());
}

TEST_CASE("the POS grid shows each category's products with prices", "[ui][pos]")
{
    App app;
    app.typePin("1111");
    auto* grid = app.window.findChild<MenuGridWidget*>();
    REQUIRE(grid);
    CHECK(grid->visibleProductCount() == 8); // the Espresso category
    QTabBar* tabs = grid->categoryTabs();
    REQUIRE(tabs->count() == 7);
    CHECK(tabs->tabText(2) == QStringLiteral("Tea && more")); // shown as "Tea & more"
    int pastries = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == QStringLiteral("Pastries"))
            pastries = i;
    }
    REQUIRE(pastries >= 0);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(pastries).center());
    CHECK(grid->visibleProductCount() == 8);
    QStringList names;
    for (int r = 0; r < grid->visibleProductCount(); ++r)
        names << grid->view()->model()->index(r, 0).data().toString();
    CHECK(names.contains(QStringLiteral("Croissant")));
    const QModelIndex croissant
        = grid->view()->model()->index(static_cast<int>(names.indexOf(QStringLiteral("Croissant"))), 0);
    CHECK(croissant.data(ProductGridModel::PriceCentsRole).toLongLong() == 260);
    QSignalSpy chosen(grid, &MenuGridWidget::productChosen);
    QTest::mouseClick(grid->view()->viewport(), Qt::LeftButton, {}, grid->view()->visualRect(croissant).center());
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.first().first().toLongLong() == croissant.data(ProductGridModel::ProductIdRole).toLongLong());
    // The keyboard reaches the grid too: arrows and Enter.
    grid->view()->setFocus();
    grid->view()->setCurrentIndex(croissant);
    QTest::keyClick(grid->view(), Qt::Key_Return);
    CHECK(chosen.count() == 2);
}

TEST_CASE("the product grid model passes Qt's model tester", "[ui][models]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    CatalogService catalog(*db);
    const Menu menu = catalog.loadMenu().value();
    ProductGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<const Product*> all;
    for (const Product& p : menu.products)
        all << &p;
    model.setProducts(all, {});
    CHECK(model.rowCount() == 40);
    CHECK(model.index(0).data(ProductGridModel::HasSizesRole).toBool()); // Espresso: single or double
}

TEST_CASE("the back office stock table lists every ingredient with its status", "[ui][backoffice]")
{
    App app;
    app.typePin("4444");
    app.window.tabs()->setCurrentIndex(2);
    auto* page = app.window.findChild<StockWidget*>();
    REQUIRE(page);
    auto* summary = page->findChild<QLabel*>(QStringLiteral("sectionSummary"));
    REQUIRE(summary);
    CHECK(summary->text().startsWith(QStringLiteral("46 ingredients")));
    auto* table = page->findChild<QAbstractItemView*>(QStringLiteral("stockTable"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 46);
}

TEST_CASE("the stock model passes Qt's model tester and carries raw units", "[ui][models]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    InventoryService inventory(*db, 1);
    StockModel model(inventory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_OK(model.reload());
    REQUIRE(model.rowCount() == 46);
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, StockModel::Name).data().toString() != QStringLiteral("Whole milk"))
            continue;
        const qint64 raw = model.index(r, StockModel::OnHand).data(StockModel::BaseUnitsRole).toLongLong();
        CHECK(raw > 0);
        CHECK(model.index(r, StockModel::OnHand).data(StockModel::UnitRole).toString() == QStringLiteral("ml"));
        CHECK(model.index(r, StockModel::OnHand).data().toString() == Quantity {raw, BaseUnit::Millilitre}.toString());
    }
}

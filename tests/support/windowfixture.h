#pragma once

#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "customers/customerservice.h"
#include "forecasting/forecastservice.h"
#include "importing/salesimport.h"
#include "inventory/inventoryservice.h"
#include "kitchen/kitchenboard.h"
#include "kitchen/kitchenservice.h"
#include "loyalty/loyaltyservice.h"
#include "orders/saleservice.h"
#include "reporting/salesreport.h"
#include "services/tillservices.h"
#include "shell/mainwindow.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "store/site.h"
#include "store/tillsettings.h"
#include "testsupport.h"
#include "widgets/pinpromptdialog.h"

#include <QApplication>
#include <QFile>
#include <QTest>

namespace crema::test {

// The PIN prompt (a manager's, or the person's own for HQ) a widget opened, if one is showing.
inline PinPromptDialog* openPrompt(QWidget* parent)
{
    QApplication::processEvents();
    for (PinPromptDialog* d : parent->findChildren<PinPromptDialog*>()) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

// The app's own stylesheet for as long as it lives, as app/crema sets it: sizes and clipping are
// only true with its fonts and paddings.
struct AppStyleSheet {
    AppStyleSheet()
    {
        QFile qss(QStringLiteral(":/crema/styles/crema.qss"));
        REQUIRE(qss.open(QIODevice::ReadOnly));
        qApp->setStyleSheet(QString::fromUtf8(qss.readAll()));
    }
    ~AppStyleSheet() { qApp->setStyleSheet(QString()); }
    AppStyleSheet(const AppStyleSheet&) = delete;
    AppStyleSheet& operator=(const AppStyleSheet&) = delete;
};

// The whole till window on a copy of the demo café, wired as app/crema wires it, shown at 1024×768.
// A real clock: the order list shows "today".
struct WindowFixture {
    TempDir dir;
    std::shared_ptr<Database> db = openDemo(dir);
    Site site = loadSite(db->connection()).value();
    // The real wiring, as app/crema builds it.
    std::unique_ptr<TillServices> services = started(std::make_unique<TillServices>(db, site));
    Clock& clock = services->clock;
    StaffService& staff = *services->staff;
    CatalogService& catalog = *services->catalog;
    InventoryService& inventory = *services->inventory;
    CustomerService& customers = *services->customers;
    KitchenService& kitchen = *services->kitchen;
    KitchenBoard& board = *services->kitchenBoard;
    LoyaltyService& loyalty = *services->loyalty;
    SaleService& sales = *services->sales;
    ShiftService& shifts = *services->shifts;
    TillSettings& settings = *services->settings;
    SalesReport& salesReport = *services->salesReport;
    ForecastService& forecasts = *services->forecasts;
    SalesImporter& importer = *services->importer;
    MainWindow window {UiServices::of(*services, dir.file(QStringLiteral("receipts")))};

    static std::unique_ptr<TillServices> started(std::unique_ptr<TillServices> till)
    {
        const QStringList problems = till->startKitchen();
        REQUIRE(problems.isEmpty());
        return till;
    }

    // The cashier's shift is open, as on a till that is trading (sales and refunds need one).
    explicit WindowFixture(bool openShift = true)
    {
        if (openShift)
            REQUIRE_OK(shifts.open(staff.login(QStringLiteral("1111")).value(), Money(10000)));
        window.resize(1024, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};

} // namespace crema::test

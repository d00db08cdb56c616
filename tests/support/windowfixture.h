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
#include "shell/mainwindow.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "store/site.h"
#include "store/tillsettings.h"
#include "testsupport.h"

#include <QTest>

namespace crema::test {

// The whole till window on a copy of the demo café, wired as app/crema wires it, shown at 1024×768.
// A real clock: the order list shows "today".
struct WindowFixture {
    TempDir dir;
    std::shared_ptr<Database> db = openDemo(dir);
    Site site = loadSite(db->connection()).value();
    Clock clock;
    StaffService staff {*db, clock, site.terminalId, site.terminalUuid};
    CatalogService catalog {*db};
    InventoryService inventory {*db, site.storeId};
    CustomerService customers {*db, clock};
    KitchenService kitchen {*db, clock};
    KitchenBoard board {*db, clock, &kitchen, site.terminalUuid};
    LoyaltyService loyalty {*db};
    SaleService sales {*db, clock, site, staff, catalog, loyalty};
    ShiftService shifts {*db, clock, site, staff};
    TillSettings settings {*db};
    SalesReport salesReport {*db};
    ForecastService forecasts {*db, catalog, site.storeId};
    SalesImporter importer {*db, clock, site};
    MainWindow window {UiServices {site, staff, catalog, inventory, customers, kitchen, board, sales, loyalty, shifts,
        settings, salesReport, forecasts, importer, dir.file(QStringLiteral("receipts"))}};

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

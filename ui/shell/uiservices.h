#pragma once

#include "store/site.h"

#include <QString>

namespace crema {

class CatalogService;
class ChangeHub;
class TillServices;
class CustomerService;
class ForecastService;
class HqChain;
class HqLink;
class InventoryService;
class KitchenBoard;
class KitchenService;
class LoyaltyService;
class MenuEditor;
class RewardEditor;
class SaleService;
class SalesImporter;
class SalesReport;
class ShiftService;
class StaffService;
class StockItemEditor;
class StoreEditor;
class TillSettings;

// The core services the screens use, created and owned by the app's wiring.
struct UiServices {
    Site site;
    StaffService& staff;
    CatalogService& catalog;
    MenuEditor& menuEditor; // the menu's use cases: the back office's editor, the till's 86
    InventoryService& inventory;
    CustomerService& customers;
    KitchenService& kitchen;
    KitchenBoard& kitchenBoard; // what the Kitchen tab shows: this till and the tills it follows
    SaleService& sales;
    LoyaltyService& loyalty;
    ShiftService& shifts;
    TillSettings& settings;
    SalesReport& salesReport; // the back office's figures; read from worker threads
    ForecastService& forecasts; // this store's demand forecast; also read from worker threads
    SalesImporter& importer; // sales history from another till
    QString receiptFolder; // where receipts go as PDFs when no printer is set up
    ChangeHub& changes; // what every committed change announces (sales, refunds, stock, imports)
    StockItemEditor& stockItems; // ingredients, purchase units, levels and suppliers
    RewardEditor& rewards; // the owner's edits of the rewards catalogue
    StoreEditor& store; // the owner's edits of the store's details
    HqLink& hqLink; // the till's link to the chain's HQ: shown in the header when joined
    HqChain& chain; // the chain's figures from HQ (the dashboard's chain scope)

    // The screens' view of the composition root; `till` must have started its kitchen.
    static UiServices of(TillServices& till, const QString& receiptFolder);
};

} // namespace crema

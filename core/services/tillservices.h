#pragma once

#include "common/money.h"
#include "common/result.h"
#include "storage/database.h"
#include "store/site.h"

#include <QObject>

#include <memory>

namespace crema {

class CatalogService;
class ChangeSet;
class Clock;
class CustomerService;
class ExternalChangeWatcher;
class ForecastService;
class InventoryService;
class KitchenBoard;
class KitchenFeedServer;
class HqChain;
class HqLink;
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
class WalCheckpointer;

// The one composition root: every service a till has, built once and connected once. crema,
// cremactl, crema-bench and the test fixtures all use it, so tests exercise the real wiring.
// Subscribers hear of changes through the database's ChangeHub (db->changes()), never by relays.
class TillServices : public QObject {
    Q_OBJECT
public:
    // Opens the file (checked on open) and reads which store and till it is. clock: null for the
    // real one; otherwise it must outlive the services (tests pass a ManualClock).
    static Result<std::unique_ptr<TillServices>> open(
        const QString& path, const OpenOptions& options = {}, Clock* clock = nullptr);
    TillServices(std::shared_ptr<Database> database, Site site, Clock* clock = nullptr);
    ~TillServices() override;

    int digits() const { return currencyMinorDigits(site.currency); }
    QString money(Money m) const { return m.format(site.currency, digits()); }

    std::shared_ptr<Database> db;
    // The store as last read. It follows the owner's edits of the store (SettingChanged "store" from
    // this till, "external" from another program): the services that price, print and date follow
    // at once; screens built from an older copy compare siteRevision() and are rebuilt.
    Site site;
    int siteRevision() const { return m_siteRevision; }

private:
    std::unique_ptr<Clock> m_ownClock;

public:
    Clock& clock;
    std::unique_ptr<StaffService> staff;
    std::unique_ptr<CatalogService> catalog;
    std::unique_ptr<MenuEditor> menuEditor; // the back office's and cremactl's menu edits
    std::unique_ptr<InventoryService> inventory;
    std::unique_ptr<LoyaltyService> loyalty;
    std::unique_ptr<RewardEditor> rewards; // the owner's edits of the rewards catalogue
    std::unique_ptr<CustomerService> customers;
    std::unique_ptr<KitchenService> kitchen;
    std::unique_ptr<SaleService> sales;
    std::unique_ptr<ShiftService> shifts;
    std::unique_ptr<TillSettings> settings;
    std::unique_ptr<SalesReport> salesReport; // also read from worker threads
    std::unique_ptr<ForecastService> forecasts; // also read from worker threads
    std::unique_ptr<SalesImporter> importer;
    std::unique_ptr<StockItemEditor> stockItems; // ingredients, purchase units, levels, suppliers
    std::unique_ptr<StoreEditor> store; // the owner's edits of the store's name, address, locale, ...
    std::unique_ptr<WalCheckpointer> checkpointer;
    // Announces on the hub what other programs on this file change (see watchOtherProcesses()).
    std::unique_ptr<ExternalChangeWatcher> external;
    // What a kitchen screen shows (this till and the tills it follows) and this till's own feed for
    // the store's other screens; made by startKitchen().
    std::unique_ptr<KitchenBoard> kitchenBoard;
    std::unique_ptr<KitchenFeedServer> feedServer;
    // This till's sync with the chain's HQ, on its own thread (see startSync()).
    std::unique_ptr<HqLink> hqLink;
    // The chain's figures from HQ for owners and managers (read from worker threads).
    std::unique_ptr<HqChain> chain;

    // Starts noticing what other programs (cremactl, another crema) commit to this file, so the menu,
    // settings and staff a screen shows follow them within about half a second. crema calls it; a
    // one-shot cremactl command has no need.
    void watchOtherProcesses(int intervalMs = 400);

    // Builds the kitchen board and starts the LAN feed from the settings (kitchen_stations,
    // kitchen_feeds, kitchen_listen, kitchen_secret). Returns what could not be set up, each named.
    QStringList startKitchen();

    // Starts syncing with HQ on its own thread when the file has joined a chain (crema calls it;
    // cremactl runs `hq sync` itself). The link's state follows on hqLink's stateChanged.
    void startSync(int intervalMs);

    // Reads the store's details again; when they differ from `site`, takes them, hands them to the
    // services that keep a copy and counts a new siteRevision(). Returns whether they differed.
    Result<bool> reloadSite();

private:
    void onChanged(const ChangeSet& changes);

    int m_siteRevision = 0;
};

} // namespace crema

#include "tillservices.h"

#include "catalog/catalogservice.h"
#include "catalog/menueditor.h"
#include "common/clock.h"
#include "customers/customerservice.h"
#include "forecasting/forecastservice.h"
#include "importing/salesimport.h"
#include "inventory/inventoryservice.h"
#include "inventory/stockitemeditor.h"
#include "kitchen/kitchenboard.h"
#include "kitchen/kitchenfeedserver.h"
#include "kitchen/kitchenservice.h"
#include "loyalty/loyaltyservice.h"
#include "orders/saleservice.h"
#include "reporting/salesreport.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "storage/externalchanges.h"
#include "storage/unitofwork.h"
#include "storage/walcheckpointer.h"
#include "store/tillsettings.h"

namespace crema {

Result<std::unique_ptr<TillServices>> TillServices::open(const QString& path, const OpenOptions& options, Clock* clock)
{
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    auto site = loadSite((*db)->connection());
    if (!site)
        return site.error();
    return std::make_unique<TillServices>(std::move(db).value(), std::move(site).value(), clock);
}

TillServices::TillServices(std::shared_ptr<Database> database, Site s, Clock* externalClock)
    : db(std::move(database))
    , site(std::move(s))
    , m_ownClock(externalClock ? nullptr : std::make_unique<Clock>())
    , clock(externalClock ? *externalClock : *m_ownClock)
    , staff(std::make_unique<StaffService>(*db, clock, site.terminalId, site.terminalUuid))
    , catalog(std::make_unique<CatalogService>(*db, clock, site))
    , menuEditor(std::make_unique<MenuEditor>(*db, clock, site))
    , inventory(std::make_unique<InventoryService>(*db, site.storeId))
    , loyalty(std::make_unique<LoyaltyService>(*db))
    , customers(std::make_unique<CustomerService>(*db, clock))
    , kitchen(std::make_unique<KitchenService>(*db, clock))
    , sales(std::make_unique<SaleService>(*db, clock, site, *staff, *catalog, *loyalty))
    , shifts(std::make_unique<ShiftService>(*db, clock, site, *staff))
    , settings(std::make_unique<TillSettings>(*db, clock))
    , salesReport(std::make_unique<SalesReport>(*db))
    , forecasts(std::make_unique<ForecastService>(*db, *catalog, site.storeId))
    , importer(std::make_unique<SalesImporter>(*db, clock, site))
    , stockItems(std::make_unique<StockItemEditor>(*db, clock, site))
    , checkpointer(std::make_unique<WalCheckpointer>(*db))
    , external(std::make_unique<ExternalChangeWatcher>(*db))
{
    qRegisterMetaType<ChangeSet>();
    connect(&db->changes(), &ChangeHub::changed, this, &TillServices::onChanged);
}

TillServices::~TillServices() = default;

void TillServices::watchOtherProcesses(int intervalMs)
{
    external->start(intervalMs);
}

QStringList TillServices::startKitchen()
{
    QStringList problems;
    kitchenBoard = std::make_unique<KitchenBoard>(*db, clock, kitchen.get(), site.terminalUuid);
    kitchenBoard->setStations(settings->kitchenStations());
    const QString secret = settings->kitchenSecret();
    for (const QString& feed : settings->kitchenFeeds()) {
        if (auto s = kitchenBoard->addFeed(feed, secret); !s.ok())
            problems << QStringLiteral("Kitchen feed %1: %2").arg(feed, s.error().message);
    }
    if (const QString listen = settings->kitchenListen(); !listen.isEmpty()) {
        feedServer = std::make_unique<KitchenFeedServer>(*kitchen, clock, site.terminalUuid, site.storeName, secret);
        if (auto s = feedServer->listen(listen); !s.ok())
            problems << QStringLiteral("kitchen_listen %1: %2").arg(listen, s.error().message);
    }
    return problems;
}

void TillServices::onChanged(const ChangeSet& changes)
{
    // Checkpoint in the quiet after a write, never inside one (another program's write is its own).
    const bool ours = std::any_of(changes.all().cbegin(), changes.all().cend(),
        [](const Change& c) { return c.key != QLatin1String("external"); });
    if (ours)
        checkpointer->noteWrite();
    // New, cancelled or bumped tickets for the screens and the feed, whichever KitchenService bumped them.
    if (changes.contains(Change::Kind::OrderPaid) || changes.contains(Change::Kind::OrderRefunded)
        || changes.contains(Change::Kind::KitchenTicketChanged))
        kitchen->checkNow();
    if (changes.contains(Change::Kind::StockMoved))
        Q_EMIT inventory->stockChanged();
}

} // namespace crema

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
#include "loyalty/rewardeditor.h"
#include "orders/saleservice.h"
#include "reporting/salesreport.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "storage/externalchanges.h"
#include "storage/unitofwork.h"
#include "storage/walcheckpointer.h"
#include "store/storeeditor.h"
#include "store/tillsettings.h"
#include "sync/hqchain.h"
#include "sync/hqlink.h"

#include <QDebug>

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
    , rewards(std::make_unique<RewardEditor>(*db, clock))
    , customers(std::make_unique<CustomerService>(*db, clock))
    , kitchen(std::make_unique<KitchenService>(*db, clock))
    , sales(std::make_unique<SaleService>(*db, clock, site, *staff, *catalog, *loyalty))
    , shifts(std::make_unique<ShiftService>(*db, clock, site, *staff))
    , settings(std::make_unique<TillSettings>(*db, clock))
    , salesReport(std::make_unique<SalesReport>(*db))
    , forecasts(std::make_unique<ForecastService>(*db, *catalog, site.storeId))
    , importer(std::make_unique<SalesImporter>(*db, clock, site))
    , stockItems(std::make_unique<StockItemEditor>(*db, clock, site))
    , store(std::make_unique<StoreEditor>(*db, clock))
    , checkpointer(std::make_unique<WalCheckpointer>(*db))
    , external(std::make_unique<ExternalChangeWatcher>(*db))
    , hqLink(std::make_unique<HqLink>(*db, clock))
    , chain(std::make_unique<HqChain>(*db))
{
    qRegisterMetaType<ChangeSet>();
    connect(&db->changes(), &ChangeHub::changed, this, &TillServices::onChanged);
}

TillServices::~TillServices() = default;

void TillServices::watchOtherProcesses(int intervalMs)
{
    external->start(intervalMs);
}

void TillServices::startSync(int intervalMs)
{
    hqLink->start(intervalMs);
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

Result<bool> TillServices::reloadSite()
{
    auto now = loadSite(db->connection());
    if (!now)
        return now.error();
    // What the owner may edit, and the till's name; the store and till ids never move.
    const auto same = [](const Site& a, const Site& b) {
        return a.storeName == b.storeName && a.address == b.address && a.locale == b.locale && a.timeZone == b.timeZone
            && a.currency == b.currency && a.pricesIncludeTax == b.pricesIncludeTax && a.terminalName == b.terminalName;
    };
    if (same(*now, site))
        return false;
    site = std::move(now).value();
    // Receipts print the store's name and address, sales are priced in its currency and tax mode and
    // dated in its time zone: they must not wait for a restart.
    sales->setSite(site);
    importer->setSite(site);
    catalog->setSite(site); // sold out "today" is the store's day, in its time zone
    menuEditor->setSite(site);
    ++m_siteRevision;
    return true;
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
    // The store editor announces key "store"; another program's edit comes as "external". Connected
    // in the constructor, so this runs before any screen's slot on the same signal sees the site.
    const QList<Change> settingChanges = changes.of(Change::Kind::SettingChanged);
    if (std::any_of(settingChanges.cbegin(), settingChanges.cend(),
            [](const Change& c) { return c.key == QLatin1String("store") || c.key == QLatin1String("external"); })) {
        if (auto reloaded = reloadSite(); !reloaded)
            qWarning().noquote() << "crema: reading the store's details again:" << reloaded.error().message;
    }
}

} // namespace crema

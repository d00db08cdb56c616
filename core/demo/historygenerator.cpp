#include "historygenerator.h"

#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "common/ids.h"
#include "loyalty/loyaltyservice.h"
#include "loyalty/pointsledger.h"
#include "orders/orderwriter.h"
#include "orders/pricing.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "store/site.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <vector>

namespace crema {

namespace {

const char* const kStoreNames[]
    = {"Leith", "Stockbridge", "Morningside", "Bruntsfield", "Portobello", "Marchmont", "Dean Village", "Newington"};

int pick(QRandomGenerator& rng, const std::vector<int>& cumulative)
{
    const int r = static_cast<int>(rng.bounded(cumulative.back()));
    return static_cast<int>(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
}

std::vector<int> cumulate(const std::vector<int>& weights)
{
    std::vector<int> out;
    int sum = 0;
    for (int w : weights)
        out.push_back(sum += w);
    return out;
}

struct StoreRef {
    qint64 id = 0;
    QString uuid;
    qint64 terminalId = 0;
    qint64 nextReceipt = 1;
    int volumePerMille = 1000;
};

QString generatedStoreUuid(const Site& site, int i)
{
    return stableUuid(QStringLiteral("crema/generated/store/%1/%2").arg(site.storeUuid).arg(i));
}

// The generator writes only to stores of its own, each with its own till, so it never takes a real
// till's receipt numbers or mixes made-up sales into a real shop's figures.
Result<QList<StoreRef>> prepareStores(
    UnitOfWork& work, const Site& site, const HistoryPlan& plan, const Clock& clock, QStringList& created)
{
    const QSqlDatabase& db = work.db();
    QList<StoreRef> stores;
    for (int i = 1; i <= plan.stores; ++i) {
        StoreRef s;
        const QString name
            = QStringLiteral("%1 %2").arg(QStringLiteral("Crema"), QString::fromUtf8(kStoreNames[(i - 1) % 8]))
            + (i > 8 ? QStringLiteral(" %1").arg(i) : QString());
        s.uuid = generatedStoreUuid(site, i);
        auto existing = queryScalar(db, QStringLiteral("SELECT id FROM stores WHERE uuid = ?"), {s.uuid},
            QStringLiteral("finding a generated store"));
        if (!existing)
            return existing.error();
        if (existing->isValid()) {
            s.id = existing->toLongLong();
        } else {
            SqlQuery ins(db,
                QStringLiteral("INSERT INTO stores (uuid, name, currency, prices_include_tax, time_zone, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
            ins.bindAll(
                {s.uuid, name, site.currency, site.pricesIncludeTax ? 1 : 0, site.timeZone, toDbTime(clock.nowUtc())});
            CREMA_TRY(ins.run(QStringLiteral("adding store %1").arg(name)));
            s.id = ins.lastInsertId();
            created << name;
            SqlQuery till(db,
                QStringLiteral("INSERT INTO terminals (uuid, store_id, name, created_at) VALUES (?, ?, 'Till 1', ?)"));
            till.bindAll({stableUuid(s.uuid + QStringLiteral("/till")), s.id, toDbTime(clock.nowUtc())});
            CREMA_TRY(till.run(QStringLiteral("adding a till to %1").arg(name)));
        }
        auto terminal = queryScalar(db, QStringLiteral("SELECT min(id) FROM terminals WHERE store_id = ?"), {s.id},
            QStringLiteral("finding the store's till"));
        if (!terminal)
            return terminal.error();
        s.terminalId = terminal->toLongLong();
        s.volumePerMille = i == 1 ? 1000 : 700 + 150 * (i % 4); // branches are a little quieter than the first shop
        auto receipt = OrderWriter::nextReceiptNo(work, s.terminalId);
        if (!receipt)
            return receipt.error();
        s.nextReceipt = *receipt;
        stores.append(s);
    }
    return stores;
}

// Orders the generator did not make: anything but its own stores' and the demo café's.
Result<qint64> realOrders(const QSqlDatabase& db, const Site& site)
{
    QJsonArray synthetic {stableUuid(QStringLiteral("demo/store"))};
    for (int i = 1; i <= HistoryPlan::kMaxStores; ++i)
        synthetic.append(generatedStoreUuid(site, i));
    auto n = queryScalar(db,
        QStringLiteral("SELECT count(*) FROM orders WHERE store_id NOT IN "
                       "(SELECT id FROM stores WHERE uuid IN (SELECT value FROM json_each(?)))"),
        {QString::fromUtf8(QJsonDocument(synthetic).toJson(QJsonDocument::Compact))},
        QStringLiteral("looking for real sales"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace

Result<HistoryStats> HistoryGenerator::generate(Database& database, const HistoryPlan& plan,
    const StaffMember* authorisedBy, const std::function<void(int, int)>& progress)
{
    if (plan.stores < 1 || plan.stores > HistoryPlan::kMaxStores)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("%1 stores is not 1 to %2").arg(plan.stores).arg(HistoryPlan::kMaxStores));
    if (plan.days < 1 || plan.days > 3660)
        return fail(Error::Code::InvalidInput, QStringLiteral("%1 days is not 1 to 3660").arg(plan.days));
    if (plan.ordersPerDay < 1 || plan.ordersPerDay > 20000)
        return fail(
            Error::Code::InvalidInput, QStringLiteral("%1 orders a day is not 1 to 20000").arg(plan.ordersPerDay));
    if (!plan.asOf.isValid())
        return fail(Error::Code::InvalidInput, QStringLiteral("the history needs a valid end date"));
    const QSqlDatabase db = database.connection();
    auto site = loadSite(db);
    if (!site)
        return site.error();
    auto real = realOrders(db, *site);
    if (!real)
        return real.error();
    if (*real > 0 && !(plan.besideRealSales && authorisedBy && authorisedBy->role == Role::Owner))
        return fail(Error::Code::BusinessRule,
            plan.besideRealSales
                ? QStringLiteral("this file holds %1 real orders: only an owner may add made-up history beside them")
                      .arg(*real)
                : QStringLiteral("this file holds %1 orders the generator did not make; it writes made-up history "
                                 "only beside the demo café or its own, unless an owner says otherwise")
                      .arg(*real));
    CatalogService catalog(database);
    auto menu = catalog.loadMenu();
    if (!menu)
        return menu.error();
    if (menu->products.isEmpty())
        return fail(Error::Code::BusinessRule, QStringLiteral("the menu is empty: there is nothing to sell"));
    LoyaltyService loyalty(database);
    auto rules = loyalty.rules();
    if (!rules)
        return rules.error();

    std::vector<qint64> staff, customers;
    SqlQuery staffIds(db, QStringLiteral("SELECT id FROM staff WHERE active = 1 ORDER BY id"));
    CREMA_TRY(staffIds.run(QStringLiteral("reading staff")));
    while (staffIds.next())
        staff.push_back(staffIds.value(0).toLongLong());
    SqlQuery customerIds(db, QStringLiteral("SELECT id FROM customers ORDER BY id"));
    CREMA_TRY(customerIds.run(QStringLiteral("reading customers")));
    while (customerIds.next())
        customers.push_back(customerIds.value(0).toLongLong());
    if (staff.empty())
        return fail(Error::Code::BusinessRule, QStringLiteral("no active staff to record the orders against"));

    // A few products sell most: weight 1/(rank+2) over the till's order of the menu.
    std::vector<int> productWeights;
    for (qsizetype i = 0; i < menu->products.size(); ++i)
        productWeights.push_back(std::max(1, 12000 / static_cast<int>(i + 2)));
    const std::vector<int> products = cumulate(productWeights);
    const std::vector<int> weekday = {920, 950, 1000, 1020, 1100, 1250, 850};
    const std::vector<int> hours = cumulate({6, 15, 12, 9, 8, 12, 10, 7, 8, 6, 3}); // from 07:00
    const std::vector<int> itemsPerOrder = cumulate({55, 30, 10, 5});
    const QTimeZone zone = storeZone(site->timeZone);
    const int digits = currencyMinorDigits(site->currency);
    const Clock clock;

    HistoryStats stats;
    const QDate start = plan.asOf.addDays(-plan.days);
    QList<StoreRef> stores;
    for (int chunk = 0; chunk < plan.days; chunk += 30) {
        auto work = UnitOfWork::begin(database);
        if (!work)
            return work.error();
        if (chunk == 0) {
            auto prepared = prepareStores(*work, *site, plan, clock, stats.newStores);
            if (!prepared)
                return prepared.error();
            stores = *prepared;
            for (const StoreRef& s : stores) {
                auto clash = queryScalar(db, QStringLiteral("SELECT count(*) FROM orders WHERE uuid = ?"),
                    {stableUuid(QStringLiteral("crema/generated/%1/%2/0").arg(s.uuid, start.toString(Qt::ISODate)))},
                    QStringLiteral("looking for generated history"));
                if (!clash)
                    return clash.error();
                if (clash->toLongLong() > 0)
                    return fail(Error::Code::BusinessRule,
                        QStringLiteral("history from %1 was generated into this file already")
                            .arg(start.toString(Qt::ISODate)));
            }
        }
        for (int d = chunk; d < std::min(plan.days, chunk + 30); ++d) {
            const QDate day = start.addDays(d);
            for (StoreRef& store : stores) {
                QRandomGenerator rng(static_cast<quint32>(day.toJulianDay() * 31 + store.id));
                const int count = std::max(1,
                    plan.ordersPerDay * weekday[static_cast<size_t>(day.dayOfWeek() - 1)] / 1000 * store.volumePerMille
                            / 1000
                        + static_cast<int>(rng.bounded(plan.ordersPerDay / 10 + 1)) - plan.ordersPerDay / 20);
                for (int n = 0; n < count; ++n) {
                    const QDateTime at = QDateTime(day,
                        QTime(
                            7 + pick(rng, hours), static_cast<int>(rng.bounded(60)), static_cast<int>(rng.bounded(60))),
                        zone)
                                             .toUTC();
                    const BusinessTime business = businessTime(at, zone);
                    Cart cart;
                    const int items = 1 + pick(rng, itemsPerOrder);
                    for (int i = 0; i < items; ++i) {
                        const Product& p = menu->products[pick(rng, products)];
                        CartLine l;
                        l.productId = p.id;
                        l.sizeId = p.sizes[static_cast<qsizetype>(rng.bounded(static_cast<int>(p.sizes.size())))].id;
                        l.quantity = rng.bounded(20) == 0 ? 2 : 1;
                        for (qint64 gid : p.modifierGroupIds) {
                            const ModifierGroup* g = menu->group(gid);
                            if (!g || g->modifiers.isEmpty() || g->maxChoices < 1)
                                continue;
                            if (g->minChoices > 0 || rng.bounded(100) < 15)
                                l.modifierIds.append(g->modifiers[static_cast<qsizetype>(rng.bounded(
                                                                      static_cast<int>(g->modifiers.size())))]
                                                         .id);
                        }
                        cart.lines.append(l);
                    }
                    // Priced as the till prices, so tax-exclusive stores get tax on top.
                    auto priced = Pricing::price(*menu, cart, {}, site->pricesIncludeTax);
                    if (!priced)
                        return priced.error();
                    const QString key
                        = QStringLiteral("crema/generated/%1/%2/%3").arg(store.uuid, day.toString(Qt::ISODate)).arg(n);
                    const bool member = !customers.empty() && rng.bounded(100) < 25;
                    const qint64 customer = member ? customers[rng.bounded(static_cast<quint32>(customers.size()))] : 0;
                    const QString when = toDbTime(at);
                    OrderRow order {stableUuid(key), store.id, store.terminalId, store.nextReceipt++,
                        staff[rng.bounded(static_cast<quint32>(staff.size()))], customer, QStringLiteral("paid"),
                        priced->subtotal, priced->discount, priced->tax, priced->total, {}, when, when, business.day,
                        business.hour};
                    auto orderId = OrderWriter::insertOrder(*work, order);
                    if (!orderId)
                        return orderId.error();
                    Money netExTax;
                    for (qsizetype i = 0; i < priced->lines.size(); ++i) {
                        const PricedLine& l = priced->lines[i];
                        OrderLineRow row {stableUuid(key + QStringLiteral("/%1").arg(i)), static_cast<int>(i + 1),
                            l.product->id, l.size->id, l.product->name, l.size->name, l.quantity, l.unitPrice,
                            l.discount(), l.taxRateBp, l.tax, l.total, {}, {}};
                        for (const Modifier* m : l.modifiers)
                            row.modifiers.append({m->id, m->name, m->priceDelta});
                        auto lineId = OrderWriter::insertLine(*work, *orderId, row);
                        if (!lineId)
                            return lineId.error();
                        netExTax += l.total - l.tax;
                        ++stats.lines;
                    }
                    if (priced->total.cents() > 0)
                        CREMA_TRY(OrderWriter::insertPayment(*work, *orderId,
                            {stableUuid(key + QStringLiteral("/pay")),
                                rng.bounded(100) < 23 ? QStringLiteral("cash") : QStringLiteral("card"), priced->total,
                                std::nullopt, std::nullopt, {}, when}));
                    const qint64 earned = rules->pointsFor(netExTax, digits);
                    if (member && earned > 0)
                        CREMA_TRY(PointsLedger::record(*work,
                            {stableUuid(key + QStringLiteral("/points")), customer, *orderId, earned,
                                QStringLiteral("earn"), {}, when}));
                    ++stats.orders;
                }
            }
            if (progress)
                progress(d + 1, plan.days);
        }
        work->record(Change {Change::Kind::SalesImported});
        CREMA_TRY(work->commit());
    }
    return stats;
}

} // namespace crema

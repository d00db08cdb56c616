#include "historygenerator.h"

#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "common/ids.h"
#include "loyalty/loyaltyservice.h"
#include "storage/database.h"
#include "storage/scopedtransaction.h"
#include "storage/sql.h"
#include "store/site.h"

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

Result<QList<StoreRef>> prepareStores(
    const QSqlDatabase& db, const Site& site, const HistoryPlan& plan, const Clock& clock, QStringList& created)
{
    QList<StoreRef> stores;
    for (int i = 0; i < plan.stores; ++i) {
        StoreRef s;
        if (i == 0) {
            s.id = site.storeId;
            s.uuid = site.storeUuid;
            s.terminalId = site.terminalId;
        } else {
            const QString name
                = QStringLiteral("%1 %2").arg(QStringLiteral("Crema"), QString::fromUtf8(kStoreNames[(i - 1) % 8]))
                + (i > 8 ? QStringLiteral(" %1").arg(i) : QString());
            s.uuid = stableUuid(QStringLiteral("crema/generated/store/%1/%2").arg(site.storeUuid).arg(i));
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
                ins.bindAll({s.uuid, name, site.currency, site.pricesIncludeTax ? 1 : 0, site.timeZone,
                    toDbTime(clock.nowUtc())});
                CREMA_TRY(ins.run(QStringLiteral("adding store %1").arg(name)));
                s.id = ins.lastInsertId();
                created << name;
                SqlQuery till(db,
                    QStringLiteral(
                        "INSERT INTO terminals (uuid, store_id, name, created_at) VALUES (?, ?, 'Till 1', ?)"));
                till.bindAll({stableUuid(s.uuid + QStringLiteral("/till")), s.id, toDbTime(clock.nowUtc())});
                CREMA_TRY(till.run(QStringLiteral("adding a till to %1").arg(name)));
            }
            auto terminal = queryScalar(db, QStringLiteral("SELECT min(id) FROM terminals WHERE store_id = ?"), {s.id},
                QStringLiteral("finding the store's till"));
            if (!terminal)
                return terminal.error();
            s.terminalId = terminal->toLongLong();
            s.volumePerMille = 700 + 150 * (i % 4); // branches are a little quieter than the first shop
        }
        auto receipt = queryScalar(db,
            QStringLiteral("SELECT coalesce(max(receipt_no), 0) + 1 FROM orders WHERE terminal_id = ?"), {s.terminalId},
            QStringLiteral("numbering generated orders"));
        if (!receipt)
            return receipt.error();
        s.nextReceipt = receipt->toLongLong();
        stores.append(s);
    }
    return stores;
}

} // namespace

Result<HistoryStats> HistoryGenerator::generate(
    Database& database, const HistoryPlan& plan, const std::function<void(int, int)>& progress)
{
    if (plan.stores < 1 || plan.stores > 50)
        return fail(Error::Code::InvalidInput, QStringLiteral("%1 stores is not 1 to 50").arg(plan.stores));
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
    QHash<qint64, qint64> taxOfCategory;
    for (const Category& c : menu->categories)
        taxOfCategory.insert(c.id, c.taxRateBp);
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
        auto tx = ScopedTransaction::begin(db);
        if (!tx)
            return tx.error();
        if (chunk == 0) {
            auto prepared = prepareStores(db, *site, plan, clock, stats.newStores);
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
        SqlQuery order(db,
            QStringLiteral(
                "INSERT INTO orders (uuid, store_id, terminal_id, receipt_no, staff_id, customer_id, status, "
                "subtotal_cents, tax_cents, total_cents, created_at, paid_at, business_day, business_hour) "
                "VALUES (?, ?, ?, ?, ?, ?, 'paid', ?, ?, ?, ?, ?, ?, ?)"));
        SqlQuery line(db,
            QStringLiteral("INSERT INTO order_lines (uuid, order_id, line_no, product_id, size_id, product_name, "
                           "size_name, quantity, unit_price_cents, tax_rate_bp, tax_cents, total_cents) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        SqlQuery modifier(db,
            QStringLiteral("INSERT INTO line_modifiers (order_line_id, modifier_id, name, price_delta_cents) "
                           "VALUES (?, ?, ?, ?)"));
        SqlQuery pay(db,
            QStringLiteral(
                "INSERT INTO payments (uuid, order_id, method, amount_cents, created_at) VALUES (?, ?, ?, ?, ?)"));
        SqlQuery points(db,
            QStringLiteral("INSERT INTO loyalty_ledger (uuid, customer_id, order_id, points, reason, created_at) "
                           "VALUES (?, ?, ?, ?, 'earn', ?)"));
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
                    struct Planned {
                        const Product* product;
                        const ProductSize* size;
                        QList<const Modifier*> modifiers;
                        qint64 unit;
                        int quantity;
                    };
                    QList<Planned> planned;
                    qint64 total = 0, tax = 0, netExTax = 0;
                    const int items = 1 + pick(rng, itemsPerOrder);
                    for (int i = 0; i < items; ++i) {
                        const Product& p = menu->products[pick(rng, products)];
                        Planned l {&p, &p.sizes[static_cast<qsizetype>(rng.bounded(static_cast<int>(p.sizes.size())))],
                            {}, 0, rng.bounded(20) == 0 ? 2 : 1};
                        for (qint64 gid : p.modifierGroupIds) {
                            const ModifierGroup* g = menu->group(gid);
                            if (!g || g->modifiers.isEmpty())
                                continue;
                            if (g->minChoices > 0 || rng.bounded(100) < 15)
                                l.modifiers.append(&g->modifiers[static_cast<qsizetype>(
                                    rng.bounded(static_cast<int>(g->modifiers.size())))]);
                        }
                        l.unit = l.size->price.cents();
                        for (const Modifier* m : l.modifiers)
                            l.unit += m->priceDelta.cents();
                        const qint64 lineTotal = l.unit * l.quantity;
                        const qint64 lineTax = taxIncluded(Money(lineTotal), taxOfCategory.value(p.categoryId)).cents();
                        total += lineTotal;
                        tax += lineTax;
                        netExTax += lineTotal - lineTax;
                        planned.append(l);
                    }
                    const QString key
                        = QStringLiteral("crema/generated/%1/%2/%3").arg(store.uuid, day.toString(Qt::ISODate)).arg(n);
                    const bool member = !customers.empty() && rng.bounded(100) < 25;
                    const qint64 customer = member ? customers[rng.bounded(static_cast<quint32>(customers.size()))] : 0;
                    const QString when = toDbTime(at);
                    order.bindAll({stableUuid(key), store.id, store.terminalId, store.nextReceipt++,
                        staff[rng.bounded(static_cast<quint32>(staff.size()))],
                        member ? QVariant(customer) : QVariant(QMetaType::fromType<qint64>()), total, tax, total, when,
                        when, business.day, business.hour});
                    CREMA_TRY(order.run(QStringLiteral("generating orders")));
                    const qint64 orderId = order.lastInsertId();
                    for (qsizetype i = 0; i < planned.size(); ++i) {
                        const Planned& l = planned[i];
                        const qint64 lineTotal = l.unit * l.quantity;
                        const qint64 taxBp = taxOfCategory.value(l.product->categoryId);
                        line.bindAll({stableUuid(key + QStringLiteral("/%1").arg(i)), orderId, static_cast<int>(i + 1),
                            l.product->id, l.size->id, l.product->name, l.size->name, l.quantity, l.unit, taxBp,
                            taxIncluded(Money(lineTotal), taxBp).cents(), lineTotal});
                        CREMA_TRY(line.run(QStringLiteral("generating order lines")));
                        const qint64 lineId = line.lastInsertId();
                        for (const Modifier* m : l.modifiers) {
                            modifier.bindAll({lineId, m->id, m->name, m->priceDelta.cents()});
                            CREMA_TRY(modifier.run(QStringLiteral("generating modifiers")));
                        }
                        ++stats.lines;
                    }
                    if (total > 0) {
                        pay.bindAll({stableUuid(key + QStringLiteral("/pay")), orderId,
                            rng.bounded(100) < 23 ? QStringLiteral("cash") : QStringLiteral("card"), total, when});
                        CREMA_TRY(pay.run(QStringLiteral("generating payments")));
                    }
                    const qint64 earned = rules->pointsFor(Money(netExTax), digits);
                    if (member && earned > 0) {
                        points.bindAll({stableUuid(key + QStringLiteral("/points")), customer, orderId, earned, when});
                        CREMA_TRY(points.run(QStringLiteral("generating points")));
                    }
                    ++stats.orders;
                }
            }
            if (progress)
                progress(d + 1, plan.days);
        }
        CREMA_TRY(tx->commit());
    }
    return stats;
}

} // namespace crema

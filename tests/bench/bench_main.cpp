// crema-bench: measurements, not pass/fail tests. Each subcommand prints one summary line of
// figures and ratios; later issues add ringup and catalog.
#include "backoffice/menueditorwidget.h"
#include "benchsync.h"
#include "catalog/catalogservice.h"
#include "catalog/menueditor.h"
#include "catalog/productsearch.h"
#include "common/clock.h"
#include "common/ids.h"
#include "customers/customerservice.h"
#include "demo/democafe.h"
#include "demo/historygenerator.h"
#include "forecasting/forecastservice.h"
#include "kitchen/kitchenfeedclient.h"
#include "kitchen/kitchenfeedserver.h"
#include "kitchen/kitchenservice.h"
#include "loyalty/loyaltyservice.h"
#include "menufile/menufile.h"
#include "models/menuproductmodel.h"
#include "orders/itemspec.h"
#include "orders/saleservice.h"
#include "pos/menugridwidget.h"
#include "reporting/salesreport.h"
#include "services/tillservices.h"
#include "shifts/shiftservice.h"
#include "staff/pinhasher.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/scopedtransaction.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "storage/walcheckpointer.h"
#include "store/setupservice.h"
#include "store/site.h"
#include "sync/hqlink.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <chrono>
#include <functional>
#include <mutex>
#include <unordered_map>

#include <algorithm>
#include <cstdio>
#include <vector>

qint64 percentile(std::vector<qint64> v, int p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, v.size() * static_cast<size_t>(p) / 100)];
}

namespace {

QTextStream out(stdout);

// How long the demo café takes to build (what ./scripts/run waits for on first start), and how
// fast the menu then loads.
int benchDemo()
{
    QTemporaryDir dir;
    crema::OpenOptions create;
    create.create = true;
    auto db = crema::Database::open(dir.filePath(QStringLiteral("demo.db")), create);
    if (!db) {
        fprintf(stderr, "crema-bench: %s\n", qPrintable(db.error().message));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    auto stats = crema::DemoCafe::seed(**db, QDate(2026, 11, 21));
    const qint64 seedMs = t.elapsed();
    if (!stats) {
        fprintf(stderr, "crema-bench: %s\n", qPrintable(stats.error().message));
        return 1;
    }
    crema::CatalogService catalog(**db);
    std::vector<qint64> loads;
    for (int i = 0; i < 50; ++i) {
        t.restart();
        auto menu = catalog.loadMenu();
        loads.push_back(t.nsecsElapsed() / 1000);
    }
    out << QStringLiteral("demo: orders=%1 seed_ms=%2 orders_per_s=%3 menu_load_median_us=%4 menu_load_p99_us=%5\n")
               .arg(stats->orders)
               .arg(seedMs)
               .arg(seedMs > 0 ? stats->orders * 1000 / seedMs : 0)
               .arg(percentile(loads, 50))
               .arg(percentile(loads, 99));
    return 0;
}

// What a PIN login costs: one Argon2id verify per active staff member tried.
int benchPin()
{
    auto hash = crema::PinHasher::hash(QStringLiteral("1234"));
    if (!hash)
        return 1;
    std::vector<qint64> times;
    QElapsedTimer t;
    for (int i = 0; i < 20; ++i) {
        t.start();
        (void)crema::PinHasher::verify(*hash, QStringLiteral("1234"));
        times.push_back(t.nsecsElapsed() / 1000);
    }
    const qint64 median = percentile(times, 50);
    out << QStringLiteral("pin: verify_median_us=%1 verify_p99_us=%2 pin_only_login_10_staff_ms=%3\n")
               .arg(median)
               .arg(percentile(times, 99))
               .arg(median * 10 / 1000);
    return 0;
}

std::shared_ptr<crema::Database> demoDatabase(const QTemporaryDir& dir, const QString& name)
{
    crema::OpenOptions create;
    create.create = true;
    auto db = crema::Database::open(dir.filePath(name), create);
    if (!db || !crema::DemoCafe::seed(**db, QDate(2026, 11, 21)))
        return {};
    return *db;
}

// The same rows a sale writes, by the shortest hand-written path: statements prepared once,
// prices and recipes worked out in advance, one transaction per order. What SQLite itself costs.
class FloorWriter {
public:
    FloorWriter(const QSqlDatabase& db, const crema::Site& site, qint64 staffId)
        : m_db(db)
        , m_site(site)
        , m_staff(staffId)
    {
        const auto prep = [this](QSqlQuery& q, const char* sql) {
            q = QSqlQuery(m_db);
            q.prepare(QString::fromLatin1(sql));
        };
        prep(m_receipt, "SELECT coalesce(max(receipt_no), 0) + 1 FROM orders WHERE terminal_id = ?");
        prep(m_order,
            "INSERT INTO orders (uuid, store_id, terminal_id, receipt_no, staff_id, status, subtotal_cents, "
            "discount_cents, "
            "tax_cents, total_cents, created_at, paid_at) VALUES (?, ?, ?, ?, ?, 'paid', ?, 0, ?, ?, ?, ?)");
        prep(m_line,
            "INSERT INTO order_lines (uuid, order_id, line_no, product_id, size_id, product_name, size_name, quantity, "
            "unit_price_cents, discount_cents, tax_rate_bp, tax_cents, total_cents, note) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?, ?, 0, ?, ?, ?, '')");
        prep(m_mod,
            "INSERT INTO line_modifiers (order_line_id, modifier_id, name, price_delta_cents) VALUES (?, ?, ?, ?)");
        prep(m_pay,
            "INSERT INTO payments (uuid, order_id, method, amount_cents, reference, created_at) VALUES (?, ?, 'card', "
            "?, '', ?)");
        prep(m_move,
            "INSERT INTO stock_movements (uuid, store_id, ingredient_id, kind, quantity, order_id, order_line_id, "
            "staff_id, "
            "note, created_at) VALUES (?, ?, ?, 'sale', ?, ?, ?, ?, '', ?)");
        prep(m_ticket,
            "INSERT INTO kitchen_tickets (uuid, order_id, station, status, created_at, updated_at) VALUES (?, ?, "
            "'Bar', 'pending', ?, ?)");
        prep(m_item, "INSERT INTO kitchen_ticket_items (ticket_id, order_line_id) VALUES (?, ?)");
        prep(m_audit,
            "INSERT INTO audit_log (uuid, terminal_id, actor_staff_id, action, details, created_at) VALUES (?, ?, ?, "
            "'order.paid', '{}', ?)");
        prep(m_outbox,
            "INSERT INTO sync_outbox (uuid, entity, entity_uuid, event, payload, created_at) VALUES (?, 'order', ?, "
            "'order.paid', '{}', ?)");
        // What HQ is told of the ledgers' rows (issue 13): one more event, its JSON written by hand.
        prep(m_ledger,
            "INSERT INTO sync_outbox (uuid, entity, entity_uuid, event, payload, created_at) VALUES (?, 'ledger', ?, "
            "'ledger.recorded', ?, ?)");
    }

    bool write(const crema::PricedOrder& priced, const QList<QList<crema::RecipeItem>>& recipes)
    {
        const auto run = [](QSqlQuery& q, std::initializer_list<QVariant> values) {
            int i = 0;
            for (const QVariant& v : values)
                q.bindValue(i++, v);
            return q.exec();
        };
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return false;
        const QString now = crema::toDbTime(QDateTime::currentDateTimeUtc());
        const QString uuid = crema::newUuid();
        QString ledger;
        run(m_receipt, {m_site.terminalId});
        m_receipt.next();
        const qint64 receipt = m_receipt.value(0).toLongLong();
        m_receipt.finish();
        run(m_order,
            {uuid, m_site.storeId, m_site.terminalId, receipt, m_staff, priced.subtotal.cents(), priced.tax.cents(),
                priced.total.cents(), now, now});
        const qint64 orderId = m_order.lastInsertId().toLongLong();
        run(m_ticket, {crema::newUuid(), orderId, now, now});
        const qint64 ticketId = m_ticket.lastInsertId().toLongLong();
        for (qsizetype i = 0; i < priced.lines.size(); ++i) {
            const crema::PricedLine& l = priced.lines[i];
            run(m_line,
                {crema::newUuid(), orderId, static_cast<int>(i + 1), l.product->id, l.size->id, l.product->name,
                    l.size->name, l.quantity, l.unitPrice.cents(), l.taxRateBp, l.tax.cents(), l.total.cents()});
            const qint64 lineId = m_line.lastInsertId().toLongLong();
            for (const crema::Modifier* m : l.modifiers)
                run(m_mod, {lineId, m->id, m->name, m->priceDelta.cents()});
            for (const crema::RecipeItem& r : recipes[i]) {
                const QString move = crema::newUuid();
                run(m_move,
                    {move, m_site.storeId, r.ingredientId, -r.quantity * l.quantity, orderId, lineId, m_staff, now});
                ledger += (ledger.isEmpty() ? QStringLiteral("{\"movements\":[") : QStringLiteral(","))
                    + QStringLiteral("{\"uuid\":\"%1\",\"ingredient\":%2,\"kind\":\"sale\",\"quantity\":%3,"
                                     "\"order\":\"%4\",\"at\":\"%5\"}")
                          .arg(move)
                          .arg(r.ingredientId)
                          .arg(-r.quantity * l.quantity)
                          .arg(uuid, now);
            }
            run(m_item, {ticketId, lineId});
        }
        run(m_pay, {crema::newUuid(), orderId, priced.total.cents(), now});
        const QString audit = crema::newUuid();
        run(m_audit, {audit, m_site.terminalId, m_staff, now});
        run(m_outbox, {crema::newUuid(), uuid, now});
        ledger += QStringLiteral("],\"audit\":[{\"uuid\":\"%1\",\"action\":\"order.paid\",\"at\":\"%2\"}]}")
                      .arg(audit, now);
        run(m_ledger, {crema::newUuid(), crema::newUuid(), ledger, now});
        QSqlQuery commit(m_db);
        return commit.exec(QStringLiteral("COMMIT"));
    }

private:
    QSqlDatabase m_db;
    crema::Site m_site;
    qint64 m_staff;
    QSqlQuery m_receipt, m_order, m_line, m_mod, m_pay, m_move, m_ticket, m_item, m_audit, m_outbox, m_ledger;
};

// 10,000 orders of three lines with modifiers, through the real SaleService on a file database
// (WAL, synchronous=FULL), against the floor above on an identical copy.
// A till's sale services on an open file, wired as crema wires them.
// How many WAL frames (pages) `writes` orders add: the log emptied first, no checkpoint between,
// then counted. What each sale costs the disk, beside its time.
template <typename Write> double walFramesPerOrder(const QSqlDatabase& db, int writes, Write write)
{
    QSqlQuery q(db);
    // No automatic checkpoint in between: it would restart the log and lose the count.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
        || !q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")))
        return -1;
    q.finish();
    for (int n = 0; n < writes; ++n)
        if (!write(n))
            return -1;
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next())
        return -1;
    const double frames = double(q.value(1).toLongLong()) / writes;
    q.finish();
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 10000"));
    return frames;
}

// A till as crema wires it (the one composition root), with its shift open.
struct BenchTill {
    explicit BenchTill(std::shared_ptr<crema::Database> database)
        : services(database, crema::loadSite(database->connection()).value())
        , db(services.db)
        , site(services.site)
        , sales(*services.sales)
    {
        if (services.shifts->current().value().id == 0)
            (void)services.shifts->open(cashier(), crema::Money(10000)).value();
    }
    crema::StaffMember cashier() { return services.staff->login(QStringLiteral("1111")).value(); }

    crema::TillServices services;
    std::shared_ptr<crema::Database> db;
    crema::Site site;
    crema::SaleService& sales;
};

// withSync: the till joined to a real crema-hq first, its sync thread sending the sales up as they
// are rung (a chain's till); the floor writes the same rows as ever.
int benchRingup(int orders, bool withSync)
{
    QTemporaryDir dir;
    auto seeded = demoDatabase(dir, QStringLiteral("service.db"));
    if (!seeded) {
        fprintf(stderr, "crema-bench: could not build the demo café\n");
        return 1;
    }
    seeded.reset();
    QFile::copy(dir.filePath(QStringLiteral("service.db")), dir.filePath(QStringLiteral("floor.db")));

    using namespace crema;
    const char* const specs[][3] = {{"Latte:Large+Oat milk+Extra shot", "Croissant", "Cappuccino+Vanilla"},
        {"Flat White+Decaf", "Mocha+No whipped cream", "Cheese Toastie+Rye"},
        {"Chai Latte+Soy milk", "Americano:Large+Extra shot", "Banana Bread"}};

    constexpr int kFrameOrders = 300;
    double serviceFrames = 0;
    double floorFrames = 0;
    std::vector<qint64> service;
    std::vector<qint64> floor;
    qint64 unsent = -1;
    {
        auto db = Database::open(dir.filePath(QStringLiteral("service.db")));
        auto floorDb = Database::open(dir.filePath(QStringLiteral("floor.db")));
        if (!db || !floorDb)
            return 1;
        BenchTill till(*db);
        std::unique_ptr<BenchHq> hq;
        if (withSync) {
            hq = std::make_unique<BenchHq>(dir.filePath(QStringLiteral("hq.db")));
            if (!hq->join(till.services)) {
                fprintf(stderr, "crema-bench: the till could not join HQ\n");
                return 1;
            }
            till.services.startSync(HqLink::kDefaultIntervalMs);
        }
        SaleService& sales = till.sales;
        const StaffMember cashier = till.cashier();
        const Menu& menu = *sales.menu().value();
        // As in crema: a checkpoint in the idle time after each batch of sales (here: right after the
        // batch's last sale, untimed).
        WalCheckpointer checkpointer(**db, 0);
        QObject::connect(&(*db)->changes(), &ChangeHub::changed, &checkpointer, &WalCheckpointer::noteWrite);
        const auto request = [&](int n) {
            Cart cart;
            for (const char* spec : specs[n % 3])
                cart.lines.append(parseItemSpec(menu, QString::fromLatin1(spec)).value());
            PaymentRequest card;
            card.method = PaymentRequest::Method::Card;
            return SaleRequest {cart, {card}, {}, 0};
        };

        const Site site = loadSite((*floorDb)->connection()).value();
        CatalogService catalog(**floorDb);
        const Menu floorMenu = catalog.loadMenu().value();
        // Prices and recipes worked out before the clock starts: only the writing is timed.
        QList<QPair<PricedOrder, QList<QList<RecipeItem>>>> prepared;
        for (const auto& set : specs) {
            Cart cart;
            for (const char* spec : set)
                cart.lines.append(parseItemSpec(floorMenu, QString::fromLatin1(spec)).value());
            PricedOrder priced = Pricing::price(floorMenu, cart, {}, true).value();
            QList<QList<RecipeItem>> recipes;
            for (const CartLine& l : cart.lines)
                for (const ProductSize& s : floorMenu.findProduct(priced.lines[recipes.size()].product->name)->sizes)
                    if (s.id == l.sizeId)
                        recipes.append(floorMenu.resolveRecipe(s, l.modifierIds));
            prepared.append({priced, recipes});
        }
        FloorWriter writer((*floorDb)->connection(), site, 1);

        // The service and the floor in turns of 250 orders, so a machine that slows down or speeds
        // up during the run does so for both.
        constexpr int kTurn = 250;
        QElapsedTimer t;
        for (int from = 0; from < orders; from += kTurn) {
            const int to = std::min(orders, from + kTurn);
            for (int n = from; n < to; ++n) {
                QCoreApplication::processEvents();
                const SaleRequest r = request(n);
                t.start();
                auto sale = sales.checkout(cashier, r);
                service.push_back(t.nsecsElapsed() / 1000);
                if (!sale) {
                    fprintf(stderr, "crema-bench: sale %d failed: %s\n", n, qPrintable(sale.error().message));
                    return 1;
                }
            }
            QCoreApplication::processEvents();
            for (int n = from; n < to; ++n) {
                const auto& [priced, recipes] = prepared[n % 3];
                t.start();
                if (!writer.write(priced, recipes)) {
                    fprintf(stderr, "crema-bench: floor write failed\n");
                    return 1;
                }
                floor.push_back(t.nsecsElapsed() / 1000);
            }
        }
        if (withSync) {
            // What HQ acknowledged while the sales were rung, then what was left: the sync ran.
            QElapsedTimer drain;
            drain.start();
            QSqlQuery left((*db)->connection());
            do {
                QCoreApplication::processEvents();
                QThread::msleep(20);
                left.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE sent_at IS NULL"));
            } while (left.next() && left.value(0).toLongLong() > 0 && drain.elapsed() < 30000);
            unsent = left.value(0).toLongLong();
            left.finish();
        }
        serviceFrames = walFramesPerOrder(
            (*db)->connection(), kFrameOrders, [&](int n) { return sales.checkout(cashier, request(n)).ok(); });
        floorFrames = walFramesPerOrder((*floorDb)->connection(), kFrameOrders, [&](int n) {
            const auto& [priced, recipes] = prepared[n % 3];
            return writer.write(priced, recipes);
        });
    }
    const qint64 median = percentile(service, 50);
    const qint64 floorMedian = percentile(floor, 50);
    out << QStringLiteral("ringup: sync=%7 orders=%1 median_us=%2 p99_us=%3 floor_median_us=%4 floor_p99_us=%5 "
                          "ratio=%6\n")
               .arg(orders)
               .arg(median)
               .arg(percentile(service, 99))
               .arg(floorMedian)
               .arg(percentile(floor, 99))
               .arg(floorMedian > 0 ? QString::number(double(median) / double(floorMedian), 'f', 2)
                                    : QStringLiteral("n/a"))
               .arg(withSync ? QStringLiteral("on") : QStringLiteral("off"));
    if (withSync)
        out << QStringLiteral("ringup: sync=on unsent_within_30s_after=%1\n").arg(unsent);
    out << QStringLiteral("ringup: wal_pages_per_order=%1 floor_wal_pages_per_order=%2\n")
               .arg(serviceFrames, 0, 'f', 2)
               .arg(floorFrames, 0, 'f', 2);
    return 0;
}

// A catalogue of `count` products in 40 categories, for the catalog and grid benchmarks.
std::shared_ptr<crema::Database> catalogDatabase(const QTemporaryDir& dir, int count)
{
    using namespace crema;
    crema::OpenOptions create;
    create.create = true;
    auto db = Database::open(dir.filePath(QStringLiteral("catalog.db")), create);
    if (!db)
        return {};
    const QSqlDatabase c = (*db)->connection();
    {
        auto tx = ScopedTransaction::begin(c);
        SqlQuery tax(c, QStringLiteral("INSERT INTO tax_rates (uuid, name, rate_bp) VALUES ('t', 'Standard', 2000)"));
        (void)tax.run(QStringLiteral("bench"));
        SqlQuery ing(c, QStringLiteral("INSERT INTO ingredients (uuid, name, base_unit) VALUES ('i', 'Beans', 'g')"));
        (void)ing.run(QStringLiteral("bench"));
        SqlQuery cat(
            c, QStringLiteral("INSERT INTO categories (uuid, name, tax_rate_id, sort_order) VALUES (?, ?, 1, ?)"));
        for (int i = 0; i < 40; ++i) {
            cat.bindAll({newUuid(), QStringLiteral("Category %1").arg(i), i});
            (void)cat.run(QStringLiteral("bench"));
        }
        static const char* const words[]
            = {"Oat", "Latte", "Ethiopia", "Colombia", "Bag", "Muffin", "Vanilla", "Cold", "Brew", "Single", "Origin",
                "Roast", "Decaf", "Chai", "Mocha", "Sourdough", "Scone", "Tea", "Green", "Honey"};
        SqlQuery prod(c,
            QStringLiteral(
                "INSERT INTO products (uuid, category_id, name, sku, barcode, sort_order) VALUES (?, ?, ?, ?, ?, ?)"));
        SqlQuery size(c,
            QStringLiteral(
                "INSERT INTO product_sizes (uuid, product_id, name, price_cents) VALUES (?, ?, 'Regular', ?)"));
        SqlQuery recipe(
            c, QStringLiteral("INSERT INTO size_recipe_items (size_id, ingredient_id, quantity) VALUES (?, 1, 18)"));
        QRandomGenerator rng(7);
        for (int i = 0; i < count; ++i) {
            const QString name = QStringLiteral("%1 %2 %3 %4")
                                     .arg(QLatin1String(words[rng.bounded(20)]), QLatin1String(words[rng.bounded(20)]),
                                         QLatin1String(words[rng.bounded(20)]))
                                     .arg(i);
            prod.bindAll({newUuid(), 1 + i % 40, name, QStringLiteral("SKU%1").arg(i),
                QStringLiteral("50%1").arg(i, 11, 10, QLatin1Char('0')), i});
            (void)prod.run(QStringLiteral("bench"));
            size.bindAll({newUuid(), prod.lastInsertId(), 100 + i % 900});
            (void)size.run(QStringLiteral("bench"));
            recipe.bind(size.lastInsertId());
            (void)recipe.run(QStringLiteral("bench"));
        }
        (void)tx->commit();
    }
    return *db;
}

// A menu of 20,000 products: how long it takes to load, and to search by name and by barcode.
int benchCatalog(int count)
{
    using namespace crema;
    QTemporaryDir dir;
    auto db = catalogDatabase(dir, count);
    if (!db)
        return 1;
    CatalogService catalog(*db);
    std::vector<qint64> loads;
    Menu menu;
    QElapsedTimer t;
    for (int i = 0; i < 5; ++i) {
        t.start();
        menu = catalog.loadMenu().value();
        const ProductSearch index(menu);
        loads.push_back(t.nsecsElapsed() / 1000);
    }
    const ProductSearch search(menu);
    std::vector<qint64> byName;
    std::vector<qint64> byBarcode;
    static const char* const typed[] = {"l", "la", "lat", "latt", "latte", "oat l", "eth", "vanilla", "cold b", "xyz"};
    QRandomGenerator rng(11);
    qint64 found = 0;
    for (int i = 0; i < 500; ++i) {
        t.start();
        found += search.search(QString::fromLatin1(typed[i % 10]), 50).size();
        byName.push_back(t.nsecsElapsed() / 1000);
        const QString code = QStringLiteral("50%1").arg(rng.bounded(count), 11, 10, QLatin1Char('0'));
        t.start();
        found += search.byCode(code) ? 1 : 0;
        byBarcode.push_back(t.nsecsElapsed() / 1000);
    }
    out << QStringLiteral(
        "catalog: products=%1 load_median_ms=%2 search_median_us=%3 search_p99_us=%4 barcode_median_us=%5 "
        "load_goal_ratio=%6 search_goal_ratio=%7\n")
               .arg(menu.products.size())
               .arg(static_cast<double>(percentile(loads, 50)) / 1000.0, 0, 'f', 1)
               .arg(percentile(byName, 50))
               .arg(percentile(byName, 99))
               .arg(percentile(byBarcode, 50))
               .arg(static_cast<double>(percentile(loads, 50)) / 300000.0, 0, 'f', 2)
               .arg(static_cast<double>(percentile(byName, 50)) / 5000.0, 0, 'f', 3);
    return found > 0 ? 0 : 1;
}

// `cremactl menu import` of a 20,000-product menu file into a new café (goal < 10 s), then the same
// file again (nothing changes). The floor is the same catalogue written by hand-prepared INSERTs in
// one transaction (catalogDatabase), timed in the same run.
int benchMenuImport(int count)
{
    using namespace crema;
    QTemporaryDir dir;
    QElapsedTimer t;
    t.start();
    auto source = catalogDatabase(dir, count);
    const qint64 floorMs = t.elapsed();
    if (!source)
        return 1;
    const Clock clock;
    Site sourceSite;
    sourceSite.currency = QStringLiteral("GBP");
    auto file = MenuFile(*source, clock, sourceSite).exportBytes();
    if (!file)
        return 1;

    crema::OpenOptions create;
    create.create = true;
    auto cafe = Database::open(dir.filePath(QStringLiteral("cafe.db")), create);
    StoreSetup setup;
    setup.storeName = QStringLiteral("Bench Café");
    if (!cafe
        || !Setup::initialise(
            **cafe, clock, setup, {InitialStaff {QStringLiteral("Owner"), Role::Owner, QStringLiteral("4444")}}))
        return 1;
    auto site = loadSite((*cafe)->connection());
    StaffService staff(**cafe, clock, site->terminalId, site->terminalUuid);
    auto owner = staff.login(QStringLiteral("4444"));
    if (!owner)
        return 1;
    MenuFile menuFile(**cafe, clock, *site);
    t.start();
    auto first = menuFile.import(*owner, *file, {QStringLiteral("bench.json")});
    const qint64 importMs = t.elapsed();
    t.start();
    auto second = menuFile.import(*owner, *file, {QStringLiteral("bench.json")});
    const qint64 againMs = t.elapsed();
    if (!first || first->refused() || !second || second->refused()) {
        fprintf(stderr, "crema-bench: menu import failed: %s\n",
            qPrintable(!first          ? first.error().message
                    : first->refused() ? first->problems.first().text()
                    : !second          ? second.error().message
                                       : second->problems.first().text()));
        return 1;
    }
    out << QStringLiteral("menuimport: products=%1 file_kb=%2 import_ms=%3 again_ms=%4 again_changed=%5 floor_ms=%6 "
                          "ratio=%7 goal_ratio=%8\n")
               .arg(first->of(QStringLiteral("products")).created)
               .arg(file->size() / 1024)
               .arg(importMs)
               .arg(againMs)
               .arg(second->total().created + second->total().changed)
               .arg(floorMs)
               .arg(static_cast<double>(importMs) / static_cast<double>(std::max<qint64>(1, floorMs)), 0, 'f', 2)
               .arg(static_cast<double>(importMs) / 10000.0, 0, 'f', 2)
        << Qt::flush;
    return 0;
}

// The till's product grid with 20,000 products: opening a category, showing every product (the
// worst search), and the paint time of each frame while scrolling through them.
int benchGrid(int count)
{
    using namespace crema;
    QTemporaryDir dir;
    auto db = catalogDatabase(dir, count);
    if (!db)
        return 1;
    CatalogService catalog(*db);
    MenuGridWidget grid(catalog, db->changes(), QStringLiteral("GBP"));
    grid.resize(1280, 700);
    grid.show();
    QCoreApplication::processEvents();
    const Menu menu = catalog.loadMenu().value();
    QElapsedTimer t;
    std::vector<qint64> open;
    for (int i = 0; i < 20; ++i) {
        t.start();
        grid.showCategory(menu.categories[i % menu.categories.size()].id);
        grid.view()->viewport()->grab(); // laid out and painted
        open.push_back(t.nsecsElapsed() / 1000);
    }
    QList<qint64> all;
    for (const Product& p : menu.products)
        all << p.id;
    t.start();
    grid.showProducts(all);
    grid.view()->viewport()->grab();
    const qint64 showAllUs = t.nsecsElapsed() / 1000;
    std::vector<qint64> frames;
    QScrollBar* bar = grid.view()->verticalScrollBar();
    for (int step = 0; step < 300; ++step) {
        t.start();
        bar->setValue(bar->value() + 120);
        grid.view()->viewport()->grab();
        frames.push_back(t.nsecsElapsed() / 1000);
    }
    out << QStringLiteral("grid: products=%1 open_category_median_us=%2 open_category_p99_us=%3 show_all_ms=%4 "
                          "scroll_frame_median_us=%5 scroll_frame_p99_us=%6 frame_budget_ratio=%7\n")
               .arg(grid.visibleProductCount())
               .arg(percentile(open, 50))
               .arg(percentile(open, 99))
               .arg(static_cast<double>(showAllUs) / 1000.0, 0, 'f', 1)
               .arg(percentile(frames, 50))
               .arg(percentile(frames, 99))
               .arg(static_cast<double>(percentile(frames, 50)) / 16667.0, 0, 'f', 2);
    return 0;
}

// Back office → Menu on a menu of `count` products: the editor opening (read, laid out, painted),
// filtering as one types (each keystroke filtered and the list repainted), and a price change saved
// (through core, the list and form brought up to date). Floors from the same run: the till's own
// menu load for opening, the till's search for a keystroke, and one bare price UPDATE committed on
// the same file for the save.
int benchMenuEditor(int count)
{
    using namespace crema;
    QTemporaryDir dir;
    auto db = catalogDatabase(dir, count);
    if (!db)
        return 1;
    Clock clock;
    StoreSetup store;
    store.storeName = QStringLiteral("Bench café");
    if (auto s = Setup::initialise(
            *db, clock, store, {InitialStaff {QStringLiteral("Owner"), Role::Owner, QStringLiteral("4444")}});
        !s.ok()) {
        fprintf(stderr, "crema-bench: %s\n", qPrintable(s.error().message));
        return 1;
    }
    const Site site = loadSite(db->connection()).value();
    StaffService staff(*db, clock, site.terminalId, site.terminalUuid);
    const StaffMember owner = staff.login(QStringLiteral("4444")).value();
    MenuEditor editor(*db, clock, site);
    CatalogService catalog(*db);
    QElapsedTimer t;

    std::vector<qint64> open, openFloor;
    std::unique_ptr<MenuEditorWidget> widget;
    for (int i = 0; i < 5; ++i) {
        t.start();
        const Menu menu = catalog.loadMenu().value();
        const ProductSearch index(menu);
        openFloor.push_back(t.nsecsElapsed() / 1000);
        widget.reset();
        t.start();
        widget = std::make_unique<MenuEditorWidget>(editor, staff, db->changes(), site);
        widget->setStaff(owner);
        widget->resize(1366, 768);
        widget->show();
        QCoreApplication::processEvents();
        widget->grab(); // laid out and painted
        open.push_back(t.nsecsElapsed() / 1000);
    }
    MenuEditorWidget& w = *widget;

    const Menu menu = catalog.loadMenu().value();
    const ProductSearch search(menu);
    static const char* const typed[] = {"l", "la", "lat", "latt", "latte", "latte b", "o", "oa", "oat", "oat l", "s",
        "sk", "sku", "sku1", "sku19", "sku199", "x", "xy", "xyz", ""};
    std::vector<qint64> keys, keysFloor;
    for (int round = 0; round < 5; ++round) {
        for (const char* q : typed) {
            t.start();
            w.filterEdit()->setText(QString::fromLatin1(q));
            w.productView()->viewport()->grab();
            keys.push_back(t.nsecsElapsed() / 1000);
            t.start();
            (void)search.search(QString::fromLatin1(q), 50);
            keysFloor.push_back(t.nsecsElapsed() / 1000);
        }
    }

    // A price change saved, product after product, as the form does it.
    std::vector<qint64> saves, savesFloor;
    QRandomGenerator rng(5);
    const QString savedText = QStringLiteral("%1 saved.");
    for (int i = 0; i < 40; ++i) {
        const ProductRecord& p = w.menu().products[rng.bounded(static_cast<int>(w.menu().products.size()))];
        if (!w.selectProduct(p.uuid) || !w.selectSize(0))
            return 1;
        const Money price(200 + i);
        w.priceEdit()->setText(price.toDecimalString(2));
        Q_EMIT w.priceEdit()->textEdited(w.priceEdit()->text());
        t.start();
        w.saveButton()->click();
        w.grab();
        saves.push_back(t.nsecsElapsed() / 1000);
        if (w.isDirty()) {
            fprintf(stderr, "crema-bench: save failed: %s\n", qPrintable(w.statusText()));
            return 1;
        }
    }
    // The same through core alone (MenuEditor::saveProduct), to tell core's share from the screen's.
    // The screen is closed first: open, it would follow each of these changes.
    const qint64 listed = w.productModel()->productCount();
    const QList<ProductRecord> products = w.menu().products;
    widget.reset();
    std::vector<qint64> coreSaves;
    for (int i = 0; i < 40; ++i) {
        ProductRecord p = products[rng.bounded(static_cast<int>(products.size()))];
        p.sizes[0].price = Money(500 + i);
        t.start();
        if (!editor.saveProduct(owner, p).ok())
            return 1;
        coreSaves.push_back(t.nsecsElapsed() / 1000);
    }
    // And what the editor opens with: the read, then its warnings from what it read.
    std::vector<qint64> coreLoads, coreWarnings;
    for (int i = 0; i < 7; ++i) {
        t.start();
        const EditableMenu read = editor.loadForEditing().value();
        coreLoads.push_back(t.nsecsElapsed() / 1000);
        t.start();
        (void)read.recipeProblems();
        coreWarnings.push_back(t.nsecsElapsed() / 1000);
    }
    {
        const QSqlDatabase c = db->connection();
        SqlQuery update(c, QStringLiteral("UPDATE product_sizes SET price_cents = ? WHERE id = ?"));
        for (int i = 0; i < 40; ++i) {
            t.start();
            auto tx = ScopedTransaction::begin(c);
            update.bindAll({300 + i, 1 + rng.bounded(count)});
            (void)update.run(QStringLiteral("bench"));
            (void)tx->commit();
            savesFloor.push_back(t.nsecsElapsed() / 1000);
        }
    }
    const auto ms = [](qint64 us) { return QString::number(static_cast<double>(us) / 1000.0, 'f', 1); };
    const auto ratio = [](qint64 a, qint64 b) {
        return b > 0 ? QString::number(double(a) / double(b), 'f', 2) : QStringLiteral("n/a");
    };
    const qint64 openMedian = percentile(open, 50), openFloorMedian = percentile(openFloor, 50);
    const qint64 keyWorst = *std::max_element(keys.begin(), keys.end());
    const qint64 keyMedian = percentile(keys, 50), keyFloorMedian = percentile(keysFloor, 50);
    const qint64 saveMedian = percentile(saves, 50), saveFloorMedian = percentile(savesFloor, 50);
    out << QStringLiteral(
        "menueditor: products=%1 open_median_ms=%2 open_floor_ms=%3 open_ratio=%4 open_goal_ratio=%5\n")
               .arg(listed)
               .arg(ms(openMedian), ms(openFloorMedian), ratio(openMedian, openFloorMedian), ratio(openMedian, 300000));
    out << QStringLiteral(
        "menueditor: core_load_for_editing_ms=%1 core_warnings_ms=%2 core_save_product_median_ms=%3\n")
               .arg(ms(percentile(coreLoads, 50)), ms(percentile(coreWarnings, 50)), ms(percentile(coreSaves, 50)));
    out << QStringLiteral("menueditor: keystroke_median_ms=%1 keystroke_worst_ms=%2 keystroke_floor_median_ms=%3 "
                          "keystroke_ratio=%4 keystroke_goal_ratio=%5\n")
               .arg(ms(keyMedian), ms(keyWorst), ms(keyFloorMedian), ratio(keyMedian, keyFloorMedian),
                   ratio(keyWorst, 20000));
    out << QStringLiteral("menueditor: price_save_median_ms=%1 price_save_p99_ms=%2 price_save_floor_median_ms=%3 "
                          "price_save_ratio=%4 price_save_goal_ratio=%5\n")
               .arg(ms(saveMedian), ms(percentile(saves, 99)), ms(saveFloorMedian), ratio(saveMedian, saveFloorMedian),
                   ratio(saveMedian, 20000))
        << Qt::flush;
    return 0;
}

} // namespace

// Kitchen feed delivery: from the moment a sale is paid on the till to the moment a kitchen screen
// (a feed client on its own thread, over a real WebSocket on 127.0.0.1) has the ticket. "notified":
// the till's own sales tell the feed at once (crema's wiring); "polled": tickets written by another
// process (cremactl sell) are found by the feed's look at the file every 50 ms.
int benchKitchen(int tickets)
{
    using namespace crema;
    using Steady = std::chrono::steady_clock;
    QTemporaryDir dir;
    auto seeded = demoDatabase(dir, QStringLiteral("kitchen.db"));
    if (!seeded) {
        fprintf(stderr, "crema-bench: could not build the demo café\n");
        return 1;
    }
    seeded.reset();
    auto db = Database::open(dir.filePath(QStringLiteral("kitchen.db")));
    if (!db)
        return 1;
    BenchTill till(*db);
    const Site& site = till.site;
    Clock& clock = till.services.clock;
    SaleService& sales = till.sales;
    // Its own kitchen service, not the one TillServices tells of every payment, so the polled path
    // below is measured polling.
    KitchenService kitchen(**db, clock);
    const QString secret = QStringLiteral("bench-secret");
    KitchenFeedServer server(kitchen, clock, site.terminalUuid, site.storeName, secret);
    if (!server.listen(QHostAddress::LocalHost, 0).ok())
        return 1;
    const StaffMember cashier = till.cashier();
    const Menu& menu = *sales.menu().value();

    std::mutex lock;
    std::unordered_map<qint64, Steady::time_point> arrived; // receipt -> when the screen had it
    QThread screenThread;
    auto* screen = new KitchenFeedClient(kitchenwire::Endpoint {QStringLiteral("127.0.0.1"), server.port()}, secret);
    screen->moveToThread(&screenThread);
    QObject::connect(screen, &KitchenFeedClient::eventReceived, screen, [&](const QString&, const KitchenEvent& e) {
        if (e.ticket.status != KitchenState::Pending)
            return;
        const auto now = Steady::now();
        const std::lock_guard<std::mutex> guard(lock);
        arrived.emplace(e.ticket.receiptNo, now);
    });
    QObject::connect(&screenThread, &QThread::finished, screen, &QObject::deleteLater);
    screenThread.start();
    QMetaObject::invokeMethod(screen, &KitchenFeedClient::start);
    QElapsedTimer wait;
    wait.start();
    while (!server.screenCount() && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);

    const auto run = [&](bool notify, int count, std::vector<double>& latencies) -> bool {
        for (int n = 0; n < count; ++n) {
            Cart cart;
            cart.lines.append(parseItemSpec(menu, QStringLiteral("Latte:Large+Oat milk")).value());
            const auto paid = Steady::now();
            PaymentRequest card;
            card.method = PaymentRequest::Method::Card;
            auto sale = sales.checkout(cashier, SaleRequest {cart, {card}, {}, 0});
            if (!sale)
                return false;
            if (notify)
                kitchen.checkNow(); // what TillServices does on the change hub after a payment
            const qint64 receipt = sale->receiptNo;
            for (;;) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
                const std::lock_guard<std::mutex> guard(lock);
                const auto it = arrived.find(receipt);
                if (it != arrived.end()) {
                    latencies.push_back(std::chrono::duration<double, std::milli>(it->second - paid).count());
                    break;
                }
            }
        }
        return true;
    };
    std::vector<double> notified;
    std::vector<double> polled;
    const bool ok = run(true, tickets, notified) && run(false, std::max(1, tickets / 10), polled);
    screenThread.quit();
    screenThread.wait();
    if (!ok) {
        fprintf(stderr, "crema-bench: a sale failed\n");
        return 1;
    }
    const auto pct = [](std::vector<double> v, double p) {
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, static_cast<size_t>(static_cast<double>(v.size()) * p))];
    };
    out << QStringLiteral("kitchen tickets=%1 notified_p50_ms=%2 notified_p99_ms=%3 polled_tickets=%4 "
                          "polled_p50_ms=%5 polled_p99_ms=%6 goal_p99_ms=100 ratio=%7\n")
               .arg(tickets)
               .arg(pct(notified, 0.50), 0, 'f', 2)
               .arg(pct(notified, 0.99), 0, 'f', 2)
               .arg(polled.size())
               .arg(pct(polled, 0.50), 0, 'f', 1)
               .arg(pct(polled, 0.99), 0, 'f', 1)
               .arg(pct(notified, 0.99) / 100.0, 0, 'f', 3);
    out.flush();
    return 0;
}

// The back office on a chain's year: a year of three stores (>= 600,000 orders) from the
// generator, unless a file is given. Dashboard reads of a month and of a year (each with its
// previous period), and the auto forecast of every product of the first store.
int benchDashboard(const QString& given)
{
    QTemporaryDir dir;
    std::shared_ptr<crema::Database> db;
    const QDate asOf(2026, 11, 21);
    if (!given.isEmpty()) {
        auto opened = crema::Database::open(given);
        if (!opened) {
            fprintf(stderr, "crema-bench dashboard: %s\n", qPrintable(opened.error().message));
            return 1;
        }
        db = *opened;
    } else {
        db = demoDatabase(dir, QStringLiteral("chain.db"));
        QElapsedTimer gen;
        gen.start();
        auto stats = crema::HistoryGenerator::generate(*db, crema::HistoryPlan {3, 365, 580, asOf});
        if (!db || !stats) {
            fprintf(stderr, "crema-bench dashboard: could not build the chain's history\n");
            return 1;
        }
        out << QStringLiteral("dashboard: generated %1 orders in %2 s\n")
                   .arg(stats->orders)
                   .arg(static_cast<double>(gen.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::flush;
    }
    const qint64 orders = [&] {
        crema::SqlQuery q(db->connection(), QStringLiteral("SELECT count(*) FROM orders"));
        return q.run(QStringLiteral("counting orders")).ok() && q.next() ? q.value(0).toLongLong() : 0;
    }();
    auto site = crema::loadSite(db->connection());
    if (!site) {
        fprintf(stderr, "crema-bench dashboard: %s\n", qPrintable(site.error().message));
        return 1;
    }
    // The reads are the owner's, as in the back office (the first active owner; no PIN is verified,
    // so its cost stays out of the figures).
    crema::Clock clock;
    crema::StaffService staff(*db, clock, site->terminalId, site->terminalUuid);
    crema::StaffMember reader;
    if (auto people = staff.list()) {
        for (const crema::StaffMember& m : *people) {
            if (m.role == crema::Role::Owner && reader.id == 0)
                reader = m;
        }
    }
    if (reader.id == 0) {
        fprintf(stderr, "crema-bench dashboard: the file has no owner to read as\n");
        return 1;
    }
    crema::SalesReport report(*db);
    crema::CatalogService catalog(*db);
    crema::ForecastService forecaster(*db, catalog, site->storeId);
    const QDate last = asOf.addDays(-1);
    const auto time = [](const std::function<bool()>& work) {
        std::vector<qint64> runs;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer t;
            t.start();
            if (!work())
                return qint64(-1);
            runs.push_back(t.nsecsElapsed() / 1000);
        }
        return percentile(runs, 50);
    };
    const auto dashboard = [&](crema::PeriodKind kind) {
        const crema::DateRange range = crema::periodContaining(kind, last);
        return [&report, &reader, range, kind] {
            return report.dashboard(reader, {range, 0}, crema::previousPeriod(kind, range)).ok();
        };
    };
    const qint64 month = time(dashboard(crema::PeriodKind::Month));
    const qint64 year = time(dashboard(crema::PeriodKind::Year));
    // The first read of a year, before the report has kept any of its months (as after starting).
    const qint64 yearFirst = time([&] {
        const crema::DateRange range = crema::periodContaining(crema::PeriodKind::Year, last);
        crema::SalesReport fresh(*db);
        return fresh.dashboard(reader, {range, 0}, crema::previousPeriod(crema::PeriodKind::Year, range)).ok();
    });
    const qint64 forecast = time([&] {
        return forecaster.forecast(reader, {asOf, 7, crema::ForecastMethod::Auto}).ok();
    });
    if (month < 0 || year < 0 || yearFirst < 0 || forecast < 0) {
        fprintf(stderr, "crema-bench dashboard: a read failed\n");
        return 1;
    }
    out << QStringLiteral("dashboard orders=%1 dashboard_month_ms=%2 dashboard_year_ms=%3 dashboard_year_first_ms=%8 "
                          "forecast_all_ms=%4 ratios_to_goal=%5/%6/%7 (goals 300, 300, 100 ms; medians of 7)\n")
               .arg(orders)
               .arg(static_cast<double>(month) / 1000.0, 0, 'f', 1)
               .arg(static_cast<double>(year) / 1000.0, 0, 'f', 1)
               .arg(static_cast<double>(forecast) / 1000.0, 0, 'f', 1)
               .arg(static_cast<double>(month) / 300000.0, 0, 'f', 3)
               .arg(static_cast<double>(year) / 300000.0, 0, 'f', 3)
               .arg(static_cast<double>(forecast) / 100000.0, 0, 'f', 3)
               .arg(static_cast<double>(yearFirst) / 1000.0, 0, 'f', 1)
        << Qt::flush;
    return 0;
}

int main(int argc, char* argv[])
{
    const bool gui = argc > 1
        && (qstrcmp(argv[1], "grid") == 0 || qstrcmp(argv[1], "menueditor") == 0 || qstrcmp(argv[1], "all") == 0);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app
        = gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    const QStringList args = app->arguments();
    const QString which = args.size() > 1 ? args[1] : QStringLiteral("all");
    if (which == u"--help" || which == u"-h") {
        out << "Usage: crema-bench [demo|pin|ringup [ORDERS [sync]]|catalog [PRODUCTS]|grid [PRODUCTS]|menueditor "
               "[PRODUCTS]|menuimport [PRODUCTS]|kitchen [TICKETS]|dashboard [FILE]|sync [ORDERS "
               "[sqlite|pg|till]]|all]\n";
        return 0;
    }
    int rc = 0;
    if (which == u"demo" || which == u"all")
        rc |= benchDemo();
    if (which == u"pin" || which == u"all")
        rc |= benchPin();
    const int n = args.size() > 2 ? args[2].toInt() : 0;
    if (which == u"ringup" || which == u"all") {
        // ringup [ORDERS [sync]]: with sync, only the till of a chain; all runs both.
        const bool syncOnly = which == u"ringup" && args.size() > 3 && args[3] == u"sync";
        if (!syncOnly)
            rc |= benchRingup(n > 0 ? n : 10000, false);
        if (syncOnly || which == u"all")
            rc |= benchRingup(n > 0 ? n : 10000, true);
    }
    if (which == u"catalog" || which == u"all")
        rc |= benchCatalog(n > 0 ? n : 20000);
    if (which == u"grid" || which == u"all")
        rc |= benchGrid(n > 0 ? n : 20000);
    if (which == u"menueditor" || which == u"all")
        rc |= benchMenuEditor(n > 0 ? n : 20000);
    if (which == u"menuimport" || which == u"all")
        rc |= benchMenuImport(n > 0 ? n : 20000);
    if (which == u"kitchen" || which == u"all")
        rc |= benchKitchen(n > 0 ? n : 1000);
    if (which == u"sync" || which == u"all")
        rc |= benchSync(n, which == u"sync" && args.size() > 3 ? args[3] : QString());
    if (which == u"dashboard" || which == u"all")
        rc |= benchDashboard(which == u"dashboard" && args.size() > 2 ? args[2] : QString());
    if (which != u"demo" && which != u"pin" && which != u"ringup" && which != u"catalog" && which != u"grid"
        && which != u"menueditor" && which != u"menuimport" && which != u"kitchen" && which != u"dashboard"
        && which != u"sync" && which != u"all") {
        fprintf(stderr,
            "crema-bench: unknown benchmark '%s' (expected demo, pin, ringup, catalog, grid, menueditor, "
            "menuimport, kitchen, dashboard, sync or all)\n",
            qPrintable(which));
        return 2;
    }
    return rc;
}

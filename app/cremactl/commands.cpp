#include "commands.h"

#include "backoffice.h"
#include "clisupport.h"

#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "common/ids.h"
#include "customers/customerservice.h"
#include "demo/democafe.h"
#include "inventory/inventoryservice.h"
#include "kitchen/kitchenfeedclient.h"
#include "kitchen/kitchenfeedserver.h"
#include "kitchen/kitchenservice.h"
#include "loyalty/loyaltyservice.h"
#include "orders/itemspec.h"
#include "orders/saleservice.h"
#include "receipts/documenttext.h"
#include "receipts/escposprinter.h"
#include "receipts/receipt.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "store/setupservice.h"
#include "store/site.h"
#include "store/tillsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <map>

namespace crema::cli {

namespace {

// ---- init ----------------------------------------------------------------------------------

int cmdInit(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption demo(QStringLiteral("demo"),
        QStringLiteral("Fill the new file with the demo café: menu, stock, staff, customers and 13 weeks of sales."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        QStringLiteral("With --demo: the day the demo history leads up to (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption historyDays(QStringLiteral("history-days"),
        QStringLiteral("With --demo: days of order history (default 91; 365 for a year)."), QStringLiteral("DAYS"),
        QStringLiteral("91"));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("Store name."), QStringLiteral("NAME"));
    const QCommandLineOption currency(QStringLiteral("currency"), QStringLiteral("ISO 4217 code (default GBP)."),
        QStringLiteral("CODE"), QStringLiteral("GBP"));
    const QCommandLineOption taxExclusive(
        QStringLiteral("tax-exclusive"), QStringLiteral("Menu prices exclude tax (default: prices include tax)."));
    const QCommandLineOption timeZone(QStringLiteral("time-zone"),
        QStringLiteral("IANA time zone (default Europe/London)."), QStringLiteral("TZ"),
        QStringLiteral("Europe/London"));
    const QCommandLineOption till(QStringLiteral("till"), QStringLiteral("This till's name (default Till 1)."),
        QStringLiteral("NAME"), QStringLiteral("Till 1"));
    const QCommandLineOption owner(
        QStringLiteral("owner"), QStringLiteral("The owner's name."), QStringLiteral("NAME"));
    const QCommandLineOption ownerPin(
        QStringLiteral("owner-pin"), QStringLiteral("The owner's PIN (4 to 8 digits)."), QStringLiteral("PIN"));
    p.addOptions({demo, asOf, historyDays, store, currency, taxExclusive, timeZone, till, owner, ownerPin});
    if (int code = parse(p, ctx, QStringLiteral("Create a new Crema database file.")); code >= 0)
        return code;

    if (p.isSet(demo)) {
        for (const auto& o : {store, currency, taxExclusive, timeZone, till, owner, ownerPin}) {
            if (p.isSet(o))
                return usage(ctx.command, QStringLiteral("--%1 cannot be combined with --demo").arg(o.names().first()));
        }
    } else {
        if (p.isSet(asOf) || p.isSet(historyDays))
            return usage(ctx.command, QStringLiteral("--as-of and --history-days go with --demo"));
        if (!p.isSet(store) || !p.isSet(owner) || !p.isSet(ownerPin))
            return usage(ctx.command,
                QStringLiteral("a new store needs --store NAME, --owner NAME and --owner-pin PIN (or use --demo)"));
    }
    QDate day = QDate::currentDate();
    if (p.isSet(asOf)) {
        day = QDate::fromString(p.value(asOf), Qt::ISODate);
        if (!day.isValid())
            return usage(ctx.command, QStringLiteral("--as-of '%1': expected a date as YYYY-MM-DD").arg(p.value(asOf)));
    }
    bool daysOk = false;
    const int days = p.value(historyDays).toInt(&daysOk);
    if (!daysOk || days < 7 || days > 3660)
        return usage(ctx.command, QStringLiteral("--history-days '%1': expected 7 to 3660").arg(p.value(historyDays)));
    StoreSetup setup;
    QList<InitialStaff> staff;
    if (!p.isSet(demo)) {
        setup.storeName = p.value(store);
        setup.currency = p.value(currency).toUpper();
        setup.pricesIncludeTax = !p.isSet(taxExclusive);
        setup.timeZone = p.value(timeZone);
        setup.terminalName = p.value(till);
        staff.append(InitialStaff {p.value(owner), Role::Owner, p.value(ownerPin)});
        if (auto v = Setup::validate(setup, staff); !v.ok())
            return report(v.error());
    }

    if (QFileInfo::exists(ctx.dbPath))
        return report(fail(Error::Code::Conflict,
            QStringLiteral("%1 already exists; init creates a new file (choose another path)").arg(ctx.dbPath)));
    OpenOptions create;
    create.create = true;
    auto db = Database::open(ctx.dbPath, create);
    if (!db)
        return report(db.error());
    const auto cleanUp = [&] {
        // Nothing half-made is left behind: the file did not exist before.
        db->reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(ctx.dbPath + QLatin1String(suffix));
    };
    if (p.isSet(demo)) {
        auto stats = DemoCafe::seed(**db, day, days);
        if (!stats) {
            cleanUp();
            return report(stats.error());
        }
        out() << QStringLiteral("Created the demo café in %1: %2 products in %3 categories, %4 ingredients, "
                                "%5 customers, %6 orders over %7 days.\n")
                     .arg(ctx.dbPath)
                     .arg(stats->products)
                     .arg(stats->categories)
                     .arg(stats->ingredients)
                     .arg(stats->customers)
                     .arg(stats->orders)
                     .arg(stats->days);
        out() << "Demo PINs: cashier 1111, barista 2222, manager 3333, owner 4444.\n";
    } else {
        Clock clock;
        if (auto s = Setup::initialise(**db, clock, setup, staff); !s.ok()) {
            cleanUp();
            return report(s.error());
        }
        out() << QStringLiteral("Created store '%1' in %2.\n").arg(setup.storeName, ctx.dbPath);
    }
    return Ok;
}

// ---- read commands -------------------------------------------------------------------------

int cmdMenu(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    p.addOption(json);
    std::unique_ptr<Till> till;
    if (int code
        = begin(p, ctx, QStringLiteral("Show the menu: products, sizes, prices, recipes and modifiers."), till);
        code >= 0)
        return code;
    const Site& site = till->site;
    auto menu = till->catalog->loadMenu();
    if (!menu)
        return report(menu.error());
    if (p.isSet(json)) {
        printJson(menu->toJson());
        return Ok;
    }
    const int digits = currencyMinorDigits(site.currency);
    QString category;
    for (const Product& prod : menu->products) {
        if (prod.category != category) {
            category = prod.category;
            out() << "\n" << category << "\n";
        }
        QStringList sizes;
        for (const ProductSize& s : prod.sizes)
            sizes << (prod.sizes.size() > 1 ? s.name + QLatin1Char(' ') : QString())
                    + s.price.format(site.currency, digits);
        out() << "  " << prod.name.leftJustified(30) << sizes.join(QLatin1String(", ")) << "\n";
    }
    return Ok;
}

int cmdStock(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    p.addOption(json);
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx, QStringLiteral("Show stock on hand, par and critical levels and status."), till);
        code >= 0)
        return code;
    auto levels = till->inventory->stockLevels();
    if (!levels)
        return report(levels.error());
    if (p.isSet(json)) {
        printJson(InventoryService::toJson(*levels));
        return Ok;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(QStringLiteral("INGREDIENT").leftJustified(28), QStringLiteral("ON HAND").rightJustified(10),
                     QStringLiteral("PAR").rightJustified(10), QStringLiteral("CRITICAL").rightJustified(10),
                     QStringLiteral("STATUS"));
    for (const StockLevel& l : *levels)
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(l.name.leftJustified(28), Quantity {l.onHand, l.unit}.toString().rightJustified(10),
                         Quantity {l.par, l.unit}.toString().rightJustified(10),
                         Quantity {l.critical, l.unit}.toString().rightJustified(10), stockStatusCode(l.status()));
    return Ok;
}

int cmdUsers(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    p.addOption(json);
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx, QStringLiteral("List staff and their roles (never PINs)."), till); code >= 0)
        return code;
    auto list = till->staff->list();
    if (!list)
        return report(list.error());
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const StaffMember& m : *list)
            arr.append(QJsonObject {{QStringLiteral("name"), m.name}, {QStringLiteral("role"), roleCode(m.role)}});
        printJson(QJsonObject {{QStringLiteral("users"), arr}});
        return Ok;
    }
    for (const StaffMember& m : *list)
        out() << m.name.leftJustified(24) << roleCode(m.role) << "\n";
    return Ok;
}

int cmdCustomers(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption search(QStringLiteral("search"),
        QStringLiteral("Only customers whose name or phone number contains TEXT."), QStringLiteral("TEXT"));
    p.addOptions({json, search});
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx, QStringLiteral("List customers with their loyalty points."), till); code >= 0)
        return code;
    auto list = till->customers->search(p.value(search));
    if (!list)
        return report(list.error());
    if (p.isSet(json)) {
        printJson(CustomerService::toJson(*list));
        return Ok;
    }
    for (const CustomerSummary& c : *list)
        out() << c.name.leftJustified(28) << c.phone.leftJustified(16) << QString::number(c.points).rightJustified(7)
              << " pts\n";
    return Ok;
}

// ---- selling -----------------------------------------------------------------------------------

QCommandLineOption pinOption()
{
    return QCommandLineOption(QStringLiteral("pin"), QStringLiteral("Your PIN (required)."), QStringLiteral("PIN"));
}

QCommandLineOption managerPinOption()
{
    return QCommandLineOption(QStringLiteral("manager-pin"),
        QStringLiteral("A manager's PIN, authorising what your role may not do alone."), QStringLiteral("PIN"));
}

Result<StaffMember> logIn(Till& till, const QCommandLineParser& p, const Context& ctx)
{
    if (!p.isSet(pinOption()))
        return fail(Error::Code::InvalidInput, QStringLiteral("cremactl %1 needs --pin PIN").arg(ctx.command));
    return till.staff->login(p.value(pinOption()));
}

// Builds a cart from --item, --discount, --customer and --redeem.
Result<Cart> cartFrom(Till& till, const QCommandLineParser& p, const QStringList& items, const QString& discount,
    const QString& customerPhone, const QStringList& redeem)
{
    Q_UNUSED(p);
    auto menu = till.sales->menu();
    if (!menu)
        return menu.error();
    Cart cart;
    if (items.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("no --item given"));
    for (const QString& spec : items) {
        auto line = parseItemSpec(**menu, spec);
        if (!line)
            return line.error();
        cart.lines.append(*line);
    }
    if (!discount.isEmpty()) {
        auto d = Discount::parse(discount, till.digits());
        if (!d)
            return d.error();
        cart.orderDiscount = *d;
    }
    if (!customerPhone.isEmpty()) {
        auto c = till.customers->findByPhone(customerPhone);
        if (!c)
            return c.error();
        cart.customerId = c->id;
    }
    for (const QString& name : redeem) {
        auto r = till.loyalty->rewardByName(name);
        if (!r)
            return r.error();
        cart.rewardIds.append(r->id);
    }
    return cart;
}

int cmdSell(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption item(QStringLiteral("item"),
        QStringLiteral("An item: NAME[:SIZE][+MODIFIER]...[*QTY], e.g. 'Latte:Large+Oat milk*2'. Repeat for more."),
        QStringLiteral("SPEC"));
    const QCommandLineOption customer(
        QStringLiteral("customer"), QStringLiteral("The customer's phone number."), QStringLiteral("PHONE"));
    const QCommandLineOption discount(
        QStringLiteral("discount"), QStringLiteral("An order discount: 10% or 2.50."), QStringLiteral("DISCOUNT"));
    const QCommandLineOption redeem(QStringLiteral("redeem"),
        QStringLiteral("Redeem a reward by name (needs --customer)."), QStringLiteral("REWARD"));
    const QCommandLineOption pay(QStringLiteral("pay"),
        QStringLiteral("A payment: cash, cash:TENDERED, card, card:AMOUNT or card:AMOUNT:REF. Repeat to split."),
        QStringLiteral("METHOD"));
    p.addOptions({pinOption(), item, customer, discount, redeem, pay, managerPinOption(), json});
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx, QStringLiteral("Ring up and pay an order."), till); code >= 0)
        return code;
    Till& t = *till;
    QList<PaymentRequest> payments;
    for (const QString& spec : p.values(pay)) {
        auto r = PaymentRequest::parse(spec, t.digits());
        if (!r)
            return report(r.error());
        payments.append(*r);
    }
    if (payments.isEmpty())
        return usage(ctx.command, QStringLiteral("no --pay given (e.g. --pay cash or --pay card)"));
    auto cart = cartFrom(t, p, p.values(item), p.value(discount), p.value(customer), p.values(redeem));
    if (!cart)
        return report(cart.error());
    auto actor = logIn(t, p, ctx);
    if (!actor)
        return report(actor.error());
    auto sale = t.sales->checkout(*actor, SaleRequest {*cart, payments, p.value(managerPinOption()), 0});
    if (!sale)
        return report(sale.error());
    if (p.isSet(json)) {
        printJson(sale->toJson());
        return Ok;
    }
    out() << QStringLiteral("Receipt %1: total %2 (tax %3, discount %4)")
                 .arg(sale->receiptNo)
                 .arg(t.money(sale->total), t.money(sale->tax), t.money(sale->discount));
    if (sale->change.cents() > 0)
        out() << QStringLiteral(", change %1").arg(t.money(sale->change));
    out() << "\n";
    if (sale->pointsEarned || sale->pointsRedeemed)
        out() << QStringLiteral("Points: +%1 earned, -%2 redeemed\n").arg(sale->pointsEarned).arg(sale->pointsRedeemed);
    for (const QString& w : sale->warnings)
        err() << "cremactl: warning: " << w << Qt::endl;
    return Ok;
}

int cmdHold(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption item(
        QStringLiteral("item"), QStringLiteral("An item, as for sell. Repeat for more."), QStringLiteral("SPEC"));
    const QCommandLineOption name(
        QStringLiteral("name"), QStringLiteral("A name to find it by: 'table 4', 'Anna'."), QStringLiteral("NAME"));
    const QCommandLineOption customer(
        QStringLiteral("customer"), QStringLiteral("The customer's phone number."), QStringLiteral("PHONE"));
    p.addOptions({pinOption(), item, name, customer});
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx, QStringLiteral("Park an order to pay later; prints its order number."), till);
        code >= 0)
        return code;
    Till& t = *till;
    auto cart = cartFrom(t, p, p.values(item), QString(), p.value(customer), {});
    if (!cart)
        return report(cart.error());
    auto actor = logIn(t, p, ctx);
    if (!actor)
        return report(actor.error());
    auto id = t.sales->hold(*actor, *cart, p.value(name));
    if (!id)
        return report(id.error());
    out() << *id << "\n";
    return Ok;
}

int cmdVoid(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why."), QStringLiteral("TEXT"));
    p.addOptions({pinOption(), reason});
    p.addPositionalArgument(
        QStringLiteral("ORDER"), QStringLiteral("The parked order's number (from hold or orders)."));
    if (int code = parse(p, ctx, QStringLiteral("Void a parked (unpaid) order."), 1); code >= 0)
        return code;
    bool ok = false;
    const qint64 orderId = p.positionalArguments().first().toLongLong(&ok);
    if (!ok || orderId <= 0)
        return usage(
            ctx.command, QStringLiteral("ORDER '%1' is not an order number").arg(p.positionalArguments().first()));
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    auto actor = logIn(*till, p, ctx);
    if (!actor)
        return report(actor.error());
    if (auto s = till->sales->voidOrder(*actor, orderId, p.value(reason)); !s.ok())
        return report(s.error());
    out() << QStringLiteral("Order %1 voided.\n").arg(orderId);
    return Ok;
}

int cmdRefund(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption line(QStringLiteral("line"),
        QStringLiteral("Refund only this line (1, 2, ...). Repeat for more."), QStringLiteral("N"));
    const QCommandLineOption restock(QStringLiteral("restock"), QStringLiteral("Put the items back into stock."));
    const QCommandLineOption waste(QStringLiteral("waste"), QStringLiteral("Record the items as waste."));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why."), QStringLiteral("TEXT"));
    p.addOptions({pinOption(), line, restock, waste, reason, managerPinOption(), json});
    p.addPositionalArgument(QStringLiteral("RECEIPT"), QStringLiteral("The receipt number."));
    if (int code = parse(p, ctx,
            QStringLiteral(
                "Refund a paid order, whole or by line. Prepared items default to waste, packaged goods to restock."),
            1);
        code >= 0)
        return code;
    RefundRequest request;
    bool ok = false;
    request.receiptNo = p.positionalArguments().first().toLongLong(&ok);
    if (!ok || request.receiptNo <= 0)
        return usage(
            ctx.command, QStringLiteral("RECEIPT '%1' is not a receipt number").arg(p.positionalArguments().first()));
    for (const QString& n : p.values(line)) {
        const int no = n.toInt(&ok);
        if (!ok || no <= 0)
            return usage(ctx.command, QStringLiteral("--line '%1' is not a line number").arg(n));
        request.lineNos.append(no);
    }
    if (p.isSet(restock) && p.isSet(waste))
        return usage(ctx.command, QStringLiteral("--restock and --waste cannot both be given"));
    request.disposition = p.isSet(restock) ? RefundRequest::Disposition::Restock
        : p.isSet(waste)                   ? RefundRequest::Disposition::Waste
                                           : RefundRequest::Disposition::Default;
    request.reason = p.value(reason);
    request.overridePin = p.value(managerPinOption());
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    auto actor = logIn(*till, p, ctx);
    if (!actor)
        return report(actor.error());
    auto refund = till->sales->refund(*actor, request);
    if (!refund)
        return report(refund.error());
    if (p.isSet(json)) {
        printJson(refund->toJson());
        return Ok;
    }
    out() << QStringLiteral("Receipt %1: refunded %2 (%3)\n")
                 .arg(refund->receiptNo)
                 .arg(till->money(refund->amount), refund->status);
    return Ok;
}

QJsonArray ordersJson(const QList<OrderSummary>& orders)
{
    QJsonArray arr;
    for (const OrderSummary& o : orders) {
        QJsonObject row {
            {QStringLiteral("receipt"), o.receiptNo ? QJsonValue(o.receiptNo) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("total_cents"), o.total.cents()}, {QStringLiteral("status"), o.status},
            {QStringLiteral("created_at"), toDbTime(o.createdAt)}, {QStringLiteral("order"), o.id}};
        if (!o.name.isEmpty())
            row.insert(QStringLiteral("name"), o.name);
        arr.append(row);
    }
    return arr;
}

void printOrders(const Till& t, const QList<OrderSummary>& orders)
{
    const QTimeZone tz(t.site.timeZone.toUtf8());
    for (const OrderSummary& o : orders)
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(o.receiptNo ? QString::number(o.receiptNo) : QStringLiteral("#%1").arg(o.id), -8)
                     .arg(o.createdAt.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .arg(t.money(o.total), 10)
                     .arg(o.status, -18)
                     .arg(o.name.isEmpty() ? o.customer : o.name);
}

int cmdOrders(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption from(
        QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD (store time)."), QStringLiteral("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD (store time)."), QStringLiteral("DATE"));
    const QCommandLineOption status(QStringLiteral("status"),
        QStringLiteral("Only open, paid, voided, refunded or partially_refunded orders."), QStringLiteral("STATUS"));
    p.addOptions({from, to, status, json});
    if (int code = parse(p, ctx, QStringLiteral("List this till's orders.")); code >= 0)
        return code;
    QDate dates[2];
    const QCommandLineOption* opts[2] = {&from, &to};
    for (int i = 0; i < 2; ++i) {
        if (!p.isSet(*opts[i]))
            continue;
        dates[i] = QDate::fromString(p.value(*opts[i]), Qt::ISODate);
        if (!dates[i].isValid())
            return usage(ctx.command,
                QStringLiteral("--%1 '%2': expected a date as YYYY-MM-DD")
                    .arg(opts[i]->names().first(), p.value(*opts[i])));
    }
    static const QStringList statuses {QStringLiteral("open"), QStringLiteral("paid"), QStringLiteral("voided"),
        QStringLiteral("refunded"), QStringLiteral("partially_refunded")};
    if (p.isSet(status) && !statuses.contains(p.value(status)))
        return usage(ctx.command,
            QStringLiteral("--status '%1': expected one of %2")
                .arg(p.value(status), statuses.join(QLatin1String(", "))));
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    auto orders = till->sales->orders(dates[0], dates[1], p.value(status));
    if (!orders)
        return report(orders.error());
    if (p.isSet(json)) {
        printJson(QJsonObject {{QStringLiteral("orders"), ordersJson(*orders)}});
        return Ok;
    }
    printOrders(*till, *orders);
    return Ok;
}

int cmdCustomer(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("PHONE"), QStringLiteral("The customer's phone number."));
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx, QStringLiteral("Show a customer's points and orders."), till, 1); code >= 0)
        return code;
    auto c = till->customers->findByPhone(p.positionalArguments().first());
    if (!c)
        return report(c.error());
    auto orders = till->sales->customerOrders(c->id);
    if (!orders)
        return report(orders.error());
    if (p.isSet(json)) {
        printJson(QJsonObject {{QStringLiteral("name"), c->name}, {QStringLiteral("phone"), c->phone},
            {QStringLiteral("points"), c->points}, {QStringLiteral("orders"), ordersJson(*orders)}});
        return Ok;
    }
    out() << c->name << "  " << c->phone << "  " << c->points << " points\n";
    printOrders(*till, *orders);
    return Ok;
}

int cmdRewards(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    p.addOption(json);
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx, QStringLiteral("List the loyalty rewards."), till); code >= 0)
        return code;
    auto rewards = till->loyalty->rewards();
    if (!rewards)
        return report(rewards.error());
    if (p.isSet(json)) {
        printJson(LoyaltyService::toJson(*rewards));
        return Ok;
    }
    for (const Reward& r : *rewards)
        out() << r.name.leftJustified(20) << QString::number(r.pointsCost).rightJustified(6) << " points  "
              << r.description() << "\n";
    return Ok;
}

// ---- receipts and shifts --------------------------------------------------------------------------

// Drawing a PDF needs Qt Gui, which cremactl does not link: crema-print, installed next to cremactl,
// draws it. What it prints is relayed in cremactl's name, and its exit code is returned.
int writePdf(const QStringList& lines, const QString& path, int columns)
{
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/crema-print");
    if (!QFileInfo(program).isExecutable())
        return report(fail(Error::Code::Io,
            QStringLiteral("cannot write %1: %2 is missing (it draws PDFs for cremactl)")
                .arg(path, QDir::toNativeSeparators(program))));
    QProcess child;
    child.start(program, {QStringLiteral("--pdf"), path, QStringLiteral("--columns"), QString::number(columns)});
    if (!child.waitForStarted())
        return report(fail(Error::Code::Io,
            QStringLiteral("cannot write %1: %2 did not start (%3)")
                .arg(path, QDir::toNativeSeparators(program), child.errorString())));
    child.write(QJsonDocument(QJsonArray::fromStringList(lines)).toJson(QJsonDocument::Compact));
    child.closeWriteChannel();
    if (!child.waitForFinished(120000)) {
        child.kill();
        child.waitForFinished();
        return report(
            fail(Error::Code::Io, QStringLiteral("cannot write %1: crema-print gave no answer in 120 s").arg(path)));
    }
    out() << QString::fromUtf8(child.readAllStandardOutput());
    const QString prefix = QStringLiteral("crema-print: ");
    const QString problems = QString::fromUtf8(child.readAllStandardError());
    for (const QString& line : problems.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        err() << (line.startsWith(prefix) ? QStringLiteral("cremactl: ") + line.mid(prefix.size()) : line) << "\n";
    err().flush();
    if (child.exitStatus() != QProcess::NormalExit)
        return report(fail(Error::Code::Io,
            QStringLiteral("cannot write %1: crema-print stopped (%2)").arg(path, child.errorString())));
    return child.exitCode();
}

int cmdReceipt(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption pdf(
        QStringLiteral("pdf"), QStringLiteral("Write the receipt as a PDF."), QStringLiteral("FILE"));
    const QCommandLineOption escpos(QStringLiteral("escpos"),
        QStringLiteral("Print on a network thermal printer (raw ESC/POS, port 9100 unless given)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption width(QStringLiteral("width"),
        QStringLiteral("Paper width in characters: 42 or 48 (default 42)."), QStringLiteral("COLUMNS"),
        QStringLiteral("42"));
    const QCommandLineOption noDrawer(QStringLiteral("no-drawer"), QStringLiteral("Do not open the cash drawer."));
    p.addOptions({pdf, escpos, width, noDrawer});
    p.addPositionalArgument(QStringLiteral("RECEIPT"), QStringLiteral("The receipt number."));
    if (int code = parse(p, ctx, QStringLiteral("Show, print or reprint a receipt."), 1); code >= 0)
        return code;
    bool ok = false;
    const qint64 receiptNo = p.positionalArguments().first().toLongLong(&ok);
    if (!ok || receiptNo <= 0)
        return usage(
            ctx.command, QStringLiteral("RECEIPT '%1' is not a receipt number").arg(p.positionalArguments().first()));
    const int columns = p.value(width).toInt();
    if (columns != 42 && columns != 48)
        return usage(ctx.command, QStringLiteral("--width '%1': expected 42 or 48").arg(p.value(width)));
    QPair<QString, quint16> printer;
    if (p.isSet(escpos)) {
        auto address = EscPosPrinter::parseAddress(p.value(escpos));
        if (!address)
            return report(address.error());
        printer = *address;
    }
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    auto receipt = Receipt::load(*till->db, till->site, receiptNo);
    if (!receipt)
        return report(receipt.error());
    const QStringList lines = receipt->lines(columns);
    if (p.isSet(pdf)) {
        if (int code = writePdf(lines, p.value(pdf), columns); code != Ok)
            return code;
    }
    if (p.isSet(escpos)) {
        if (auto s
            = EscPosPrinter::sendBlocking(printer.first, printer.second, receipt->escpos(columns, !p.isSet(noDrawer)));
            !s.ok())
            return report(s.error());
    }
    if (!p.isSet(pdf) && !p.isSet(escpos))
        out() << documentText(lines);
    return Ok;
}

int cmdShift(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption openingFloat(
        QStringLiteral("float"), QStringLiteral("open: cash in the drawer, e.g. 100.00."), QStringLiteral("AMOUNT"));
    const QCommandLineOption amount(
        QStringLiteral("amount"), QStringLiteral("in/out: how much."), QStringLiteral("AMOUNT"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("in/out: why."), QStringLiteral("TEXT"));
    const QCommandLineOption counted(
        QStringLiteral("counted"), QStringLiteral("close: the cash counted in the drawer."), QStringLiteral("AMOUNT"));
    p.addOptions({pinOption(), openingFloat, amount, reason, counted, managerPinOption(), json});
    p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("open, in, out, x (report) or close."));
    if (int code = parse(p, ctx, QStringLiteral("Open and close till shifts, move cash, print X and Z reports."), 1);
        code >= 0)
        return code;
    const QString action = p.positionalArguments().first();
    static const QStringList actions {QStringLiteral("open"), QStringLiteral("in"), QStringLiteral("out"),
        QStringLiteral("x"), QStringLiteral("close")};
    if (!actions.contains(action))
        return usage(ctx.command,
            QStringLiteral("unknown action '%1' (expected %2)").arg(action, actions.join(QLatin1String(", "))));
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    const auto amountOf = [&](const QCommandLineOption& o) -> Result<Money> {
        if (!p.isSet(o))
            return fail(
                Error::Code::InvalidInput, QStringLiteral("shift %1 needs --%2").arg(action, o.names().first()));
        return Money::parse(p.value(o), till->digits());
    };
    const auto printReport = [&](const ShiftReport& r) {
        if (p.isSet(json))
            printJson(r.toJson());
        else
            out() << documentText(r.lines(till->site));
        return Ok;
    };
    if (action == u"x") {
        auto r = till->shifts->xReport();
        return r ? printReport(*r) : report(r.error());
    }
    auto actor = logIn(*till, p, ctx);
    if (!actor)
        return report(actor.error());
    if (action == u"open") {
        auto f = amountOf(openingFloat);
        if (!f)
            return report(f.error());
        auto s = till->shifts->open(*actor, *f);
        if (!s)
            return report(s.error());
        out() << QStringLiteral("Shift opened by %1 with a float of %2.\n").arg(actor->name, till->money(*f));
        return Ok;
    }
    if (action == u"in" || action == u"out") {
        auto a = amountOf(amount);
        if (!a)
            return report(a.error());
        if (auto s = till->shifts->moveCash(*actor, action, *a, p.value(reason), p.value(managerPinOption())); !s.ok())
            return report(s.error());
        out() << QStringLiteral("Cash %1: %2.\n").arg(action, till->money(*a));
        return Ok;
    }
    auto c = amountOf(counted);
    if (!c)
        return report(c.error());
    auto r = till->shifts->close(*actor, *c, p.value(managerPinOption()));
    return r ? printReport(*r) : report(r.error());
}

int cmdSettings(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("KEY"), QStringLiteral("Show one setting (no KEY: all of them)."));
    p.addPositionalArgument(QStringLiteral("VALUE"), QStringLiteral("Set it to this value."));
    p.addOption(pinOption());
    if (int code = parse(p, ctx,
            QStringLiteral(
                "Show or change this till's settings: receipt_printer (escpos:HOST[:PORT], printer:NAME, pdf:FOLDER), "
                "receipt_width (42|48), idle_lock_seconds, cashier_discount_limit_bp, loyalty_points_per_unit, "
                "kitchen_listen (ADDR:PORT this till serves kitchen screens on), kitchen_secret (the store secret), "
                "kitchen_feeds (HOST:PORT,... of the tills a kitchen screen follows), kitchen_stations (the stations "
                "this screen shows, comma-separated; empty = all). "
                "Changing one needs an owner's --pin."),
            -1);
        code >= 0)
        return code;
    const QStringList args = p.positionalArguments();
    if (args.size() > 2)
        return usage(ctx.command, QStringLiteral("unexpected argument '%1'").arg(args.at(2)));
    static const QStringList known {QStringLiteral("receipt_printer"), QStringLiteral("receipt_width"),
        QStringLiteral("idle_lock_seconds"), QStringLiteral("cashier_discount_limit_bp"),
        QStringLiteral("loyalty_points_per_unit"), QStringLiteral("kitchen_listen"), QStringLiteral("kitchen_secret"),
        QStringLiteral("kitchen_feeds"), QStringLiteral("kitchen_stations")};
    if (!args.isEmpty() && !known.contains(args.first()))
        return usage(ctx.command,
            QStringLiteral("unknown setting '%1' (known: %2)").arg(args.first(), known.join(QLatin1String(", "))));
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    TillSettings settings(*till->db);
    if (args.size() < 2) {
        for (const QString& key : known) {
            if (args.isEmpty() || args.first() == key) {
                const QString v = settings.value(key);
                out() << key << "=" << (key == u"kitchen_secret" && !v.isEmpty() ? QStringLiteral("(set)") : v) << "\n";
            }
        }
        return Ok;
    }
    auto actor = logIn(*till, p, ctx);
    if (!actor)
        return report(actor.error());
    if (auto s = StaffService::require(*actor, Permission::ManageSettings); !s.ok())
        return report(s.error());
    const QString key = args.at(0);
    const QString value = args.at(1);
    bool ok = true;
    if (key == u"receipt_printer" && !value.isEmpty()) {
        ok = value.startsWith(QLatin1String("printer:")) || value.startsWith(QLatin1String("pdf:"))
            || (value.startsWith(QLatin1String("escpos:")) && EscPosPrinter::parseAddress(value.mid(7)).ok());
    } else if (key == u"receipt_width") {
        ok = value == u"42" || value == u"48";
    } else if (key == u"kitchen_listen") {
        ok = value.isEmpty() || kitchenwire::parseEndpoint(value, true).ok();
    } else if (key == u"kitchen_feeds") {
        for (const QString& a : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            ok = ok && kitchenwire::parseEndpoint(a.trimmed()).ok();
    } else if (key == u"kitchen_secret") {
        if (auto s = kitchenwire::checkSecret(value); !value.isEmpty() && !s.ok())
            return usage(ctx.command, QStringLiteral("setting kitchen_secret: ") + s.error().message);
    } else if (key == u"kitchen_stations") {
        ok = true; // names of stations; empty = all
    } else if (key != u"receipt_printer") {
        value.toUInt(&ok);
    }
    if (!ok)
        return usage(ctx.command, QStringLiteral("setting %1: '%2' is not a valid value").arg(key, value));
    if (auto s = settings.set(key, value); !s.ok())
        return report(s.error());
    out() << key << "=" << (key == u"kitchen_secret" && !value.isEmpty() ? QStringLiteral("(set)") : value) << "\n";
    return Ok;
}

// ---- kitchen feed ----------------------------------------------------------------------------

QCommandLineOption secretOption()
{
    return QCommandLineOption(QStringLiteral("secret"),
        QStringLiteral("The store secret shared by tills and kitchen screens (default: $CREMA_KITCHEN_SECRET, "
                       "else this till's kitchen_secret setting)."),
        QStringLiteral("SECRET"));
}

QString secretFrom(const QCommandLineParser& p, TillSettings* settings)
{
    if (p.isSet(secretOption()))
        return p.value(secretOption());
    const QString env = qEnvironmentVariable("CREMA_KITCHEN_SECRET");
    if (!env.isEmpty() || !settings)
        return env;
    return settings->value(QStringLiteral("kitchen_secret"));
}

int cmdKitchenServe(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Where kitchen screens connect: ADDRESS:PORT (* for every interface; port 0 picks one)."),
        QStringLiteral("ADDR:PORT"));
    const QCommandLineOption json = jsonOption();
    p.addOptions({listen, secretOption(), json});
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx,
            QStringLiteral("Publish this till's kitchen tickets to kitchen screens on the network, and take their "
                           "bumps, until stopped. Prints the address it listens on."),
            till);
        code >= 0)
        return code;
    if (!p.isSet(listen))
        return usage(ctx.command, QStringLiteral("--listen ADDR:PORT is required"));
    TillSettings settings(*till->db);
    const QString secret = secretFrom(p, &settings);
    if (auto s = kitchenwire::checkSecret(secret); !s.ok())
        return usage(ctx.command, s.error().message + QStringLiteral(" (--secret)"));

    KitchenService kitchen(*till->db, till->clock);
    KitchenFeedServer server(kitchen, till->clock, till->site.terminalUuid, till->site.storeName, secret);
    if (auto s = server.listen(p.value(listen)); !s.ok())
        return s.error().code == Error::Code::InvalidInput
            ? usage(ctx.command, QStringLiteral("--listen ") + s.error().message)
            : report(s.error());
    const QString where = server.address();
    auto last = kitchen.lastSeq();
    if (!last)
        return report(last.error());
    if (p.isSet(json))
        out() << QJsonDocument(
            QJsonObject {{QStringLiteral("listening"), where}, {QStringLiteral("till"), till->site.terminalUuid},
                {QStringLiteral("last_seq"), *last}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    else
        out() << "listening on " << where << " (till " << till->site.terminalName << ", last event " << *last << ")"
              << Qt::endl;
    QObject::connect(&server, &KitchenFeedServer::screenConnected,
        [](const QString& peer) { err() << "kitchen-serve: screen " << peer << " connected" << Qt::endl; });
    QObject::connect(&server, &KitchenFeedServer::screenDisconnected,
        [](const QString& peer) { err() << "kitchen-serve: screen " << peer << " left" << Qt::endl; });
    QObject::connect(&server, &KitchenFeedServer::peerRejected, [](const QString& peer, const QString& why) {
        err() << "kitchen-serve: dropped " << peer << ": " << why << Qt::endl;
    });
    return QCoreApplication::exec();
}

QString watchText(const KitchenEvent& e)
{
    QStringList items;
    for (const KitchenTicketItem& i : e.ticket.items) {
        QString line = QStringLiteral("%1x %2").arg(i.quantity).arg(i.product);
        if (!i.size.isEmpty())
            line += QStringLiteral(" (%1)").arg(i.size);
        for (const QString& m : i.modifiers)
            line += QStringLiteral(" +") + m;
        if (!i.note.isEmpty())
            line += QStringLiteral(" \"%1\"").arg(i.note);
        items << line;
    }
    return QStringLiteral("%1  #%2  %3  %4  %5%6")
        .arg(e.seq)
        .arg(e.ticket.receiptNo)
        .arg(e.ticket.station, e.ticket.status, items.join(QLatin1String("; ")),
            e.ticket.customer.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(e.ticket.customer));
}

int cmdKitchenWatch(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption connectTo(QStringLiteral("connect"),
        QStringLiteral("A till's kitchen feed, HOST:PORT (repeat for several tills)."), QStringLiteral("HOST:PORT"));
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("Resume after this event number (one till only; default: today's tickets)."),
        QStringLiteral("SEQ"));
    const QCommandLineOption json = jsonOption();
    p.addOptions({connectTo, secretOption(), from, json});
    if (int code = parse(p, ctx,
            QStringLiteral("Print every kitchen ticket and every change of state from tills' kitchen feeds, one line "
                           "each, as they happen; reconnects and resumes by itself. With --json each line is "
                           "{\"seq\",\"till\",\"ticket\",\"receipt\",\"order\",\"state\",\"station\",\"customer\","
                           "\"created_at\",\"at\",\"items\":[...]}."));
        code >= 0)
        return code;
    const QStringList addresses = p.values(connectTo);
    if (addresses.isEmpty())
        return usage(ctx.command, QStringLiteral("--connect HOST:PORT is required"));
    qint64 fromSeq = 0;
    if (p.isSet(from)) {
        bool ok = false;
        fromSeq = p.value(from).toLongLong(&ok);
        if (!ok || fromSeq < 0)
            return usage(ctx.command, QStringLiteral("--from: '%1' is not an event number").arg(p.value(from)));
        if (addresses.size() > 1)
            return usage(ctx.command, QStringLiteral("--from goes with a single --connect"));
    }
    const QString secret = secretFrom(p, nullptr);
    if (auto s = kitchenwire::checkSecret(secret); !s.ok())
        return usage(ctx.command, s.error().message + QStringLiteral(" (--secret or $CREMA_KITCHEN_SECRET)"));
    std::vector<std::unique_ptr<KitchenFeedClient>> clients;
    for (const QString& a : addresses) {
        auto endpoint = kitchenwire::parseEndpoint(a);
        if (!endpoint)
            return usage(ctx.command, QStringLiteral("--connect %1").arg(endpoint.error().message));
        auto client = std::make_unique<KitchenFeedClient>(*endpoint, secret);
        client->resumeFrom(QString(), fromSeq);
        const bool asJson = p.isSet(json);
        KitchenFeedClient* c = client.get();
        QObject::connect(c, &KitchenFeedClient::eventReceived, [asJson](const QString& till, const KitchenEvent& e) {
            if (asJson)
                out() << QJsonDocument(kitchenwire::eventToJson(till, e)).toJson(QJsonDocument::Compact) << Qt::endl;
            else
                out() << watchText(e) << Qt::endl;
        });
        QObject::connect(c, &KitchenFeedClient::live, [c](const QString&, const QString& store, bool reset) {
            err() << "kitchen-watch: following " << store << " at " << c->address()
                  << (reset ? " (its feed went back: starting over)" : "") << Qt::endl;
        });
        QObject::connect(c, &KitchenFeedClient::linkDown, [c](const QString& reason) {
            err() << "kitchen-watch: " << c->address() << ": " << reason << "; trying again" << Qt::endl;
        });
        QObject::connect(c, &KitchenFeedClient::authenticationFailed, [](const QString& message) {
            err() << "cremactl kitchen-watch: " << message << Qt::endl;
            QCoreApplication::exit(Refused);
        });
        clients.push_back(std::move(client));
    }
    for (auto& c : clients)
        c->start();
    return QCoreApplication::exec();
}

int cmdKitchenBump(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption connectTo(
        QStringLiteral("connect"), QStringLiteral("The till's kitchen feed, HOST:PORT."), QStringLiteral("HOST:PORT"));
    const QCommandLineOption ticket(QStringLiteral("ticket"),
        QStringLiteral("The ticket number (\"ticket\" in kitchen-watch)."), QStringLiteral("ID"));
    const QCommandLineOption state(QStringLiteral("state"),
        QStringLiteral("in_progress, ready, completed (or pending)."), QStringLiteral("STATE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        QStringLiteral("Give up after this many seconds without the till (default 10)."), QStringLiteral("SECONDS"),
        QStringLiteral("10"));
    const QCommandLineOption json = jsonOption();
    p.addOptions({connectTo, secretOption(), ticket, state, timeout, json});
    if (int code = parse(p, ctx, QStringLiteral("Move a ticket on a till's kitchen feed to a new state.")); code >= 0)
        return code;
    for (const auto& o : {connectTo, ticket, state}) {
        if (!p.isSet(o))
            return usage(ctx.command, QStringLiteral("--%1 is required").arg(o.names().first()));
    }
    auto endpoint = kitchenwire::parseEndpoint(p.value(connectTo));
    if (!endpoint)
        return usage(ctx.command, QStringLiteral("--connect %1").arg(endpoint.error().message));
    bool ok = false;
    const qint64 ticketId = p.value(ticket).toLongLong(&ok);
    if (!ok || ticketId < 1)
        return usage(ctx.command, QStringLiteral("--ticket: '%1' is not a ticket number").arg(p.value(ticket)));
    const QString target = p.value(state);
    if (!KitchenState::isValid(target))
        return usage(ctx.command,
            QStringLiteral("--state: '%1' is not one of pending, in_progress, ready, completed").arg(target));
    const int seconds = p.value(timeout).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600)
        return usage(ctx.command, QStringLiteral("--timeout: '%1' is not a number of seconds").arg(p.value(timeout)));
    const QString secret = secretFrom(p, nullptr);
    if (auto s = kitchenwire::checkSecret(secret); !s.ok())
        return usage(ctx.command, s.error().message + QStringLiteral(" (--secret or $CREMA_KITCHEN_SECRET)"));

    KitchenFeedClient client(*endpoint, secret);
    client.setFollow(false); // only the acknowledgement matters
    QString lastProblem;
    int code = Usage;
    const QString id = newUuid();
    QObject::connect(&client, &KitchenFeedClient::live, [&]() { client.sendBump(id, ticketId, target); });
    QObject::connect(&client, &KitchenFeedClient::linkDown, [&](const QString& reason) { lastProblem = reason; });
    QObject::connect(&client, &KitchenFeedClient::authenticationFailed, [&](const QString& message) {
        err() << "cremactl kitchen-bump: " << message << Qt::endl;
        code = Refused;
        QCoreApplication::exit(code);
    });
    QObject::connect(
        &client, &KitchenFeedClient::bumpAcknowledged, [&](const QString&, bool applied, const QString& message) {
            if (!applied) {
                err() << "cremactl kitchen-bump: " << message << Qt::endl;
                code = Refused;
            } else {
                if (p.isSet(json))
                    out() << QJsonDocument(
                        QJsonObject {{QStringLiteral("ticket"), ticketId}, {QStringLiteral("state"), target}})
                                 .toJson(QJsonDocument::Compact)
                          << Qt::endl;
                else
                    out() << "ticket " << ticketId << ": " << target << Qt::endl;
                code = Ok;
            }
            QCoreApplication::exit(code);
        });
    QTimer::singleShot(seconds * 1000, [&]() {
        err() << "cremactl kitchen-bump: no answer from " << client.address() << " within " << seconds << " s"
              << (lastProblem.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(lastProblem)) << Qt::endl;
        code = Usage;
        QCoreApplication::exit(code);
    });
    client.start();
    QCoreApplication::exec();
    return code;
}

int cmdKitchenStation(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The station (as named on menu categories)."));
    const QCommandLineOption amber(
        QStringLiteral("amber"), QStringLiteral("Seconds before a ticket turns amber."), QStringLiteral("SECONDS"));
    const QCommandLineOption red(
        QStringLiteral("red"), QStringLiteral("Seconds before a ticket turns red."), QStringLiteral("SECONDS"));
    p.addOptions({amber, red, pinOption()});
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx,
            QStringLiteral("Show the kitchen stations and when their tickets turn amber and red; with NAME, --amber "
                           "and --red (and a manager's --pin), change one."),
            till, -1);
        code >= 0)
        return code;
    KitchenService kitchen(*till->db, till->clock);
    const QStringList args = p.positionalArguments();
    if (args.size() > 1)
        return usage(ctx.command, QStringLiteral("unexpected argument '%1'").arg(args.at(1)));
    if (args.isEmpty()) {
        auto timings = kitchen.stationTimings();
        if (!timings)
            return report(timings.error());
        QStringList names = timings->keys();
        names.sort();
        for (const QString& n : names)
            out() << n.leftJustified(16) << " amber " << timings->value(n).amberSeconds << " s, red "
                  << timings->value(n).redSeconds << " s\n";
        return Ok;
    }
    if (!p.isSet(amber) || !p.isSet(red))
        return usage(ctx.command, QStringLiteral("--amber and --red are required to change a station"));
    bool okA = false;
    bool okR = false;
    const StationTiming t {p.value(amber).toInt(&okA), p.value(red).toInt(&okR)};
    if (!okA || !okR)
        return usage(ctx.command, QStringLiteral("--amber and --red take whole seconds"));
    auto actor = logIn(*till, p, ctx);
    if (!actor)
        return report(actor.error());
    if (auto s = StaffService::require(*actor, Permission::ManageSettings); !s.ok())
        return report(s.error());
    if (auto s = kitchen.setStationTiming(args.first(), t); !s.ok())
        return report(s.error());
    out() << args.first() << ": amber " << t.amberSeconds << " s, red " << t.redSeconds << " s\n";
    return Ok;
}

struct Command {
    const char* summary;
    std::function<int(Context&)> run;
};

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table {
        {QStringLiteral("init"), {"create a new database file (--demo for the demo café)", cmdInit}},
        {QStringLiteral("generate-history"),
            {"write a large made-up sales history (benchmarks, trials)", cmdGenerateHistory}},
        {QStringLiteral("import-sales"), {"import sales history from another till's CSV export", cmdImportSales}},
        {QStringLiteral("menu"), {"show the menu with sizes, prices and recipes", cmdMenu}},
        {QStringLiteral("stock"), {"show stock levels", cmdStock}},
        {QStringLiteral("users"), {"list staff and roles", cmdUsers}},
        {QStringLiteral("customers"), {"list or search customers with points", cmdCustomers}},
        {QStringLiteral("customer"), {"show one customer's points and orders", cmdCustomer}},
        {QStringLiteral("rewards"), {"list the loyalty rewards", cmdRewards}},
        {QStringLiteral("sell"), {"ring up and pay an order", cmdSell}},
        {QStringLiteral("hold"), {"park an order to pay later", cmdHold}},
        {QStringLiteral("void"), {"void a parked order", cmdVoid}},
        {QStringLiteral("refund"), {"refund a paid order, whole or by line", cmdRefund}},
        {QStringLiteral("orders"), {"list this till's orders", cmdOrders}},
        {QStringLiteral("forecast"), {"demand forecast: ingredients to order, products, backtest", cmdForecast}},
        {QStringLiteral("report"), {"sales report by period, product, category or hour (CSV, JSON)", cmdReport}},
        {QStringLiteral("receipt"), {"show, print (ESC/POS) or save (PDF) a receipt", cmdReceipt}},
        {QStringLiteral("shift"), {"open and close shifts, cash in and out, X and Z reports", cmdShift}},
        {QStringLiteral("settings"), {"show or change this till's settings (printer, idle lock, limits)", cmdSettings}},
        {QStringLiteral("kitchen-serve"), {"publish this till's kitchen tickets to kitchen screens", cmdKitchenServe}},
        {QStringLiteral("kitchen-watch"), {"follow tills' kitchen feeds, one line per ticket change", cmdKitchenWatch}},
        {QStringLiteral("kitchen-bump"), {"move a ticket on a till's kitchen feed to a new state", cmdKitchenBump}},
        {QStringLiteral("kitchen-station"), {"show or set when kitchen tickets turn amber and red", cmdKitchenStation}},
    };
    return table;
}

QString defaultDbPath()
{
    const QString env = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CREMA_DB"));
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/crema.db");
}

void printHelp()
{
    out() << "Usage: cremactl [--db FILE] COMMAND [OPTIONS]\n\n"
             "Crema's command line: the same core as the till, without a screen.\n\n"
             "Options:\n"
             "  --db FILE      the database file (default: $CREMA_DB, else "
          << QDir::toNativeSeparators(defaultDbPath())
          << ")\n"
             "  -h, --help     show this help\n"
             "  -v, --version  show the version\n\n"
             "Commands:\n";
    for (const auto& [name, c] : commands())
        out() << "  " << name.leftJustified(12) << " " << c.summary << "\n";
    out() << "\nRun 'cremactl COMMAND --help' for a command's options.\n"
             "Exit codes: 0 ok, 1 refused by a business rule, 2 usage or input error.\n";
}

} // namespace

int run(const QStringList& arguments)
{
    Context ctx;
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == u"--help" || a == u"-h") {
            printHelp();
            return Ok;
        }
        if (a == u"--version" || a == u"-v") {
            out() << "cremactl " << QStringLiteral(CREMA_VERSION) << "\n";
            return Ok;
        }
        if (a == u"--db" || a.startsWith(QLatin1String("--db="))) {
            QString value;
            if (a == u"--db") {
                if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty())
                    return usage(QString(), QStringLiteral("--db needs a file path"));
                value = arguments[++i];
            } else {
                value = a.mid(5);
            }
            if (value.isEmpty())
                return usage(QString(), QStringLiteral("--db needs a file path"));
            ctx.dbPath = value;
            continue;
        }
        if (a.startsWith(u'-'))
            return usage(QString(), QStringLiteral("unknown option '%1'").arg(a));
        break;
    }
    if (i >= arguments.size()) {
        printHelp();
        return Usage;
    }
    ctx.command = arguments[i];
    const auto it = commands().find(ctx.command);
    if (it == commands().end())
        return usage(QString(), QStringLiteral("unknown command '%1'").arg(ctx.command));
    ctx.args = arguments.mid(i);
    if (ctx.dbPath.isEmpty()) {
        ctx.dbPath = defaultDbPath();
        QDir().mkpath(QFileInfo(ctx.dbPath).absolutePath());
    }
    return it->second.run(ctx);
}

} // namespace crema::cli

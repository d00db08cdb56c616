// cremactl menu, stock, users, customers, customer, rewards: what the till knows, read only.
#include "clisupport.h"
#include "menufile.h"
#include "registry.h"

#include "catalog/catalogservice.h"
#include "customers/customerservice.h"
#include "inventory/inventoryservice.h"
#include "loyalty/loyaltyservice.h"
#include "orders/saleservice.h"
#include "staff/staffservice.h"

namespace crema::cli {

namespace {

int cmdMenu(Context& ctx)
{
    if (int code = runMenuFileCommand(ctx); code >= 0)
        return code;
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    p.addOption(json);
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx,
            QStringLiteral("Show the menu: products, sizes, prices, recipes and modifiers. "
                           "'menu export', 'menu import' and 'menu prices' (each with --help) move it as a file."),
            till);
        code >= 0)
        return code;
    const Site& site = till->site;
    auto menu = till->catalog->loadMenu();
    if (!menu)
        return report(menu.error());
    // Warnings, not an error: the menu is still what the till sells, and whoever reads it must see
    // what to fix, in text and JSON alike.
    for (const RecipeProblem& problem : std::as_const(menu->problems))
        err() << "cremactl: warning: " << problem.message() << "\n";
    err() << Qt::flush;
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
        printJson(staffJson(*list));
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
        printJson(customerOrdersJson(*c, *orders));
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

const Registration registerMenu {
    "menu", "show the menu with sizes, prices and recipes; menu export|import|prices: as a file", cmdMenu};
const Registration registerStock {"stock", "show stock levels", cmdStock};
const Registration registerUsers {"users", "list staff and roles", cmdUsers};
const Registration registerCustomers {"customers", "list or search customers with points", cmdCustomers};
const Registration registerCustomer {"customer", "show one customer's points and orders", cmdCustomer};
const Registration registerRewards {"rewards", "list the loyalty rewards", cmdRewards};

} // namespace

} // namespace crema::cli

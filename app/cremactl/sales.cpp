// cremactl sell, hold, void, refund, orders: the till's orders.
#include "clisupport.h"
#include "registry.h"

#include "customers/customerservice.h"
#include "loyalty/loyaltyservice.h"
#include "orders/itemspec.h"
#include "orders/saleservice.h"
#include "staff/staffservice.h"

#include <QDate>

namespace crema::cli {

namespace {

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
    const QCommandLineOption forgive(QStringLiteral("forgive-points"),
        QStringLiteral(
            "Let the customer keep points earned on the order and spent since (a manager's call, audited)."));
    p.addOptions({pinOption(), line, restock, waste, reason, forgive, managerPinOption(), json});
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
    request.forgivePoints = p.isSet(forgive);
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
        printJson(QJsonObject {{QStringLiteral("orders"), OrderSummary::toJson(*orders)}});
        return Ok;
    }
    printOrders(*till, *orders);
    return Ok;
}

const Registration registerSell {"sell", "ring up and pay an order", cmdSell};
const Registration registerHold {"hold", "park an order to pay later", cmdHold};
const Registration registerVoid {"void", "void a parked order", cmdVoid};
const Registration registerRefund {"refund", "refund a paid order, whole or by line", cmdRefund};
const Registration registerOrders {"orders", "list this till's orders", cmdOrders};

} // namespace

} // namespace crema::cli

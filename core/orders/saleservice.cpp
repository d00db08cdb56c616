#include "saleservice.h"

#include "audit/auditlog.h"
#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "common/ids.h"
#include "common/text.h"
#include "customers/customerservice.h"
#include "inventory/stockledger.h"
#include "kitchen/kitchenticketwriter.h"
#include "loyalty/loyaltyservice.h"
#include "loyalty/pointsledger.h"
#include "orderevents.h"
#include "orderwriter.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <map>

namespace crema {

namespace {

QJsonArray stockJson(const QList<StockLine>& lines)
{
    QJsonArray arr;
    for (const StockLine& s : lines)
        arr.append(QJsonObject {{QStringLiteral("ingredient"), s.ingredient}, {QStringLiteral("quantity"), s.quantity},
            {QStringLiteral("unit"), unitSymbol(s.unit)}});
    return arr;
}

QString methodCode(PaymentRequest::Method m)
{
    return m == PaymentRequest::Method::Cash ? QStringLiteral("cash") : QStringLiteral("card");
}

struct ResolvedPayment {
    PaymentRequest::Method method;
    Money amount; // applied to the order
    std::optional<Money> tendered;
    Money change;
    QString reference;
};

// Turns requested payments into amounts that add up to the total exactly.
Result<QList<ResolvedPayment>> resolvePayments(
    const QList<PaymentRequest>& requests, Money total, const QString& currency)
{
    const int digits = currencyMinorDigits(currency);
    QList<ResolvedPayment> out;
    Money due = total;
    for (const PaymentRequest& p : requests) {
        if (due.cents() <= 0)
            return fail(Error::Code::InvalidInput,
                QStringLiteral("the order (%1) is already paid in full before the %2 payment")
                    .arg(total.format(currency, digits), methodCode(p.method)));
        ResolvedPayment r {p.method, Money(), std::nullopt, Money(), p.reference.trimmed()};
        if (p.amount && p.amount->cents() <= 0)
            return fail(Error::Code::InvalidInput,
                QStringLiteral("a %1 payment must be more than zero").arg(methodCode(p.method)));
        if (p.method == PaymentRequest::Method::Card) {
            r.amount = p.amount.value_or(due);
            if (r.amount > due)
                return fail(Error::Code::InvalidInput,
                    QStringLiteral("card payment of %1 is more than the %2 still due")
                        .arg(r.amount.format(currency, digits), due.format(currency, digits)));
        } else {
            r.tendered = p.amount;
            r.amount = std::min(p.amount.value_or(due), due);
            r.change = p.amount ? *p.amount - r.amount : Money();
        }
        due -= r.amount;
        out.append(r);
    }
    for (qsizetype i = 0; i + 1 < out.size(); ++i) {
        if (out[i].change.cents() > 0)
            return fail(Error::Code::InvalidInput, QStringLiteral("only the last payment can be cash with change"));
    }
    if (due.cents() > 0)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("payment short by %1 (total %2)")
                .arg(due.format(currency, digits), total.format(currency, digits)));
    return out;
}

// order.paid as OrderEvents::paid reads it back from the rows (the form join sends history in).
QJsonObject orderEventPayload(const Site& site, const QString& orderUuid, qint64 receipt, const PricedOrder& priced,
    const QList<ResolvedPayment>& payments, const QString& customerUuid, const QString& staffUuid,
    const QString& paidAt, const BusinessTime& business)
{
    QJsonArray lines;
    int lineNo = 0;
    for (const PricedLine& l : priced.lines) {
        QStringList uuids;
        for (const Modifier* m : l.modifiers)
            uuids.append(m->uuid);
        std::sort(uuids.begin(), uuids.end());
        lines.append(QJsonObject {{QStringLiteral("line_no"), ++lineNo}, {QStringLiteral("product"), l.product->uuid},
            {QStringLiteral("size"), l.size->uuid}, {QStringLiteral("product_name"), l.product->name},
            {QStringLiteral("size_name"), l.size->name},
            {QStringLiteral("modifiers"), QJsonArray::fromStringList(uuids)}, {QStringLiteral("quantity"), l.quantity},
            {QStringLiteral("unit_price_cents"), l.unitPrice.cents()},
            {QStringLiteral("discount_cents"), l.discount().cents()}, {QStringLiteral("tax_cents"), l.tax.cents()},
            {QStringLiteral("total_cents"), l.total.cents()}});
    }
    QJsonArray pays;
    for (const ResolvedPayment& p : payments)
        if (p.amount.cents() != 0)
            pays.append(QJsonObject {
                {QStringLiteral("method"), methodCode(p.method)}, {QStringLiteral("amount_cents"), p.amount.cents()}});
    return QJsonObject {{QStringLiteral("order"), orderUuid}, {QStringLiteral("store"), site.storeUuid},
        {QStringLiteral("terminal"), site.terminalUuid}, {QStringLiteral("receipt"), receipt},
        {QStringLiteral("customer"), customerUuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(customerUuid)},
        {QStringLiteral("staff"), staffUuid}, {QStringLiteral("subtotal_cents"), priced.subtotal.cents()},
        {QStringLiteral("discount_cents"), priced.discount.cents()}, {QStringLiteral("tax_cents"), priced.tax.cents()},
        {QStringLiteral("total_cents"), priced.total.cents()}, {QStringLiteral("paid_at"), paidAt},
        {QStringLiteral("business_day"), business.day}, {QStringLiteral("business_hour"), business.hour},
        {QStringLiteral("lines"), lines}, {QStringLiteral("payments"), pays}};
}

// Products of two amounts that each fit in 64 bits.
__extension__ using Wide = __int128;

// Line notes are printed on receipts and kitchen tickets: bounded and clean.
Status checkNotes(const Cart& cart)
{
    for (qsizetype i = 0; i < cart.lines.size(); ++i) {
        auto note = text::cleanNote(QStringLiteral("the note on line %1").arg(i + 1), cart.lines[i].note);
        if (!note)
            return note.error();
    }
    return {};
}

OrderLineRow lineRow(const PricedLine& l, int lineNo)
{
    OrderLineRow row {{}, lineNo, l.product->id, l.size->id, l.product->name, l.size->name, l.quantity, l.unitPrice,
        l.discount(), l.taxRateBp, l.tax, l.total, l.note, {}};
    for (const Modifier* m : l.modifiers)
        row.modifiers.append({m->id, m->name, m->priceDelta});
    return row;
}

void addStock(QList<StockLine>& list, const StockLine& s)
{
    for (StockLine& e : list) {
        if (e.ingredientId == s.ingredientId) {
            e.quantity += s.quantity;
            return;
        }
    }
    list.append(s);
}

// 86: a product marked sold out in this store for today's business day is refused. A mark from an
// earlier day has lapsed by itself, and the menu a till keeps may be older than today, so the
// store's day is asked here, in the sale's own transaction. A line the till rang up before the mark
// (it carries the price it was rung at) still goes through: that drink is already being made; 86
// stops new orders, not the queue.
Status refuseSoldOut(const QSqlDatabase& db, qint64 storeId, const QString& businessDay, const QList<PricedLine>& lines,
    const QList<CartLine>& rung)
{
    QList<qint64> checked;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const PricedLine& l = lines[i];
        if (i < rung.size() && rung[i].unitPrice)
            continue;
        if (checked.contains(l.product->id))
            continue;
        checked.append(l.product->id);
        auto marked = queryScalar(db,
            QStringLiteral("SELECT 1 FROM sold_out WHERE store_id = ? AND product_id = ? AND business_day = ?"),
            {storeId, l.product->id, businessDay}, QStringLiteral("checking what is sold out"));
        if (!marked)
            return marked.error();
        if (marked->isValid())
            return fail(Error::Code::BusinessRule, QStringLiteral("%1 is sold out today (86)").arg(l.product->name));
    }
    return {};
}

} // namespace

Result<PaymentRequest> PaymentRequest::parse(const QString& spec, int minorDigits)
{
    const QStringList parts = spec.trimmed().split(QLatin1Char(':'));
    const QString method = parts.value(0).trimmed().toLower();
    PaymentRequest p;
    const auto amountOf = [&](const QString& text) -> Result<std::optional<Money>> {
        if (text.trimmed().isEmpty())
            return std::optional<Money>();
        auto m = Money::parse(text, minorDigits);
        if (!m)
            return fail(Error::Code::InvalidInput, QStringLiteral("payment '%1': %2").arg(spec, m.error().message));
        if (m->cents() <= 0)
            return fail(
                Error::Code::InvalidInput, QStringLiteral("payment '%1': the amount must be more than zero").arg(spec));
        return std::optional<Money>(*m);
    };
    if (method == u"cash") {
        if (parts.size() > 2)
            return fail(
                Error::Code::InvalidInput, QStringLiteral("payment '%1': expected cash or cash:TENDERED").arg(spec));
        auto a = amountOf(parts.value(1));
        if (!a)
            return a.error();
        p.method = Method::Cash;
        p.amount = *a;
        return p;
    }
    if (method == u"card") {
        if (parts.size() > 3)
            return fail(Error::Code::InvalidInput,
                QStringLiteral("payment '%1': expected card, card:AMOUNT or card:AMOUNT:REFERENCE").arg(spec));
        p.method = Method::Card;
        QString amountText = parts.value(1);
        p.reference = parts.value(2).trimmed();
        // "card:A1B2C3": a reference without an amount.
        // (Text shaped like a number is an amount, even one too large to take, so it is refused as one.)
        static const QRegularExpression numberShaped(QStringLiteral("^[-+]?[0-9][0-9.,]*$"));
        if (parts.size() == 2 && !amountText.isEmpty() && !numberShaped.match(amountText.trimmed()).hasMatch()) {
            p.reference = amountText.trimmed();
            amountText.clear();
        }
        auto a = amountOf(amountText);
        if (!a)
            return a.error();
        p.amount = *a;
        return p;
    }
    return fail(Error::Code::InvalidInput,
        QStringLiteral("payment '%1': unknown method '%2' (expected cash or card)").arg(spec, parts.value(0)));
}

QJsonObject SaleResult::toJson() const
{
    return QJsonObject {{QStringLiteral("receipt"), receiptNo}, {QStringLiteral("total_cents"), total.cents()},
        {QStringLiteral("tax_cents"), tax.cents()}, {QStringLiteral("discount_cents"), discount.cents()},
        {QStringLiteral("change_cents"), change.cents()}, {QStringLiteral("points_earned"), pointsEarned},
        {QStringLiteral("points_redeemed"), pointsRedeemed}, {QStringLiteral("stock_movements"), stockJson(stock)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

QJsonObject OrderSummary::toJson() const
{
    QJsonObject row {{QStringLiteral("receipt"), receiptNo ? QJsonValue(receiptNo) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("total_cents"), total.cents()}, {QStringLiteral("status"), status},
        {QStringLiteral("created_at"), toDbTime(createdAt)}, {QStringLiteral("order"), id}};
    if (!name.isEmpty())
        row.insert(QStringLiteral("name"), name);
    return row;
}

QJsonArray OrderSummary::toJson(const QList<OrderSummary>& orders)
{
    QJsonArray list;
    for (const OrderSummary& o : orders)
        list.append(o.toJson());
    return list;
}

QJsonObject customerOrdersJson(const CustomerSummary& customer, const QList<OrderSummary>& orders)
{
    return QJsonObject {{QStringLiteral("name"), customer.name}, {QStringLiteral("phone"), customer.phone},
        {QStringLiteral("points"), customer.points}, {QStringLiteral("orders"), OrderSummary::toJson(orders)}};
}

QJsonObject RefundResult::toJson() const
{
    QJsonArray pays;
    for (const auto& [method, paidBack] : payments)
        pays.append(
            QJsonObject {{QStringLiteral("method"), method}, {QStringLiteral("amount_cents"), paidBack.cents()}});
    return QJsonObject {{QStringLiteral("receipt"), receiptNo}, {QStringLiteral("refund_cents"), amount.cents()},
        {QStringLiteral("status"), status}, {QStringLiteral("payments"), pays},
        {QStringLiteral("points_reversed"), pointsReversed}, {QStringLiteral("points_returned"), pointsReturned},
        {QStringLiteral("points_forgiven"), pointsForgiven}, {QStringLiteral("restocked"), stockJson(restocked)},
        {QStringLiteral("wasted"), stockJson(wasted)}};
}

SaleService::SaleService(Database& db, const Clock& clock, Site site, StaffService& staff, CatalogService& catalog,
    LoyaltyService& loyalty, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_site(std::move(site))
    , m_staff(staff)
    , m_catalog(catalog)
    , m_loyalty(loyalty)
    , m_settings(db)
{
    // The next sale reads the menu again; a cart already rung keeps the prices it was rung at.
    connect(&m_db.changes(), &ChangeHub::changed, this, [this](const ChangeSet& changes) {
        if (changes.touchesCatalog())
            m_menu.reset();
    });
}

Result<const Menu*> SaleService::menu()
{
    if (!m_menu) {
        auto loaded = m_catalog.loadMenu();
        if (!loaded)
            return loaded.error();
        m_menu = std::make_shared<const Menu>(std::move(loaded).value());
    }
    return m_menu.get();
}

Result<std::shared_ptr<const Menu>> SaleService::sharedMenu()
{
    CREMA_TRY(menu());
    return m_menu;
}

Result<qint64> SaleService::discountLimitBp()
{
    return m_settings.cashierDiscountLimitBp();
}

Result<QList<Reward>> SaleService::rewardsFor(const Cart& cart)
{
    QList<Reward> chosen;
    if (cart.rewardIds.isEmpty())
        return chosen;
    if (!cart.customerId)
        return fail(Error::Code::InvalidInput, QStringLiteral("redeeming a reward needs a customer on the order"));
    auto all = m_loyalty.rewards();
    if (!all)
        return all.error();
    for (qint64 id : cart.rewardIds) {
        auto it = std::find_if(all->cbegin(), all->cend(), [id](const Reward& r) { return r.id == id; });
        if (it == all->cend())
            return fail(Error::Code::NotFound, QStringLiteral("reward #%1 is not in the rewards catalogue").arg(id));
        chosen.append(*it);
    }
    return chosen;
}

Result<PricedOrder> SaleService::quote(const Cart& cart)
{
    auto m = menu();
    if (!m)
        return m.error();
    auto rewards = rewardsFor(cart);
    if (!rewards)
        return rewards.error();
    auto priced = Pricing::price(**m, cart, *rewards, m_site.pricesIncludeTax);
    if (priced)
        priced->menu = m_menu; // the order on screen outlives a reload of the menu after a change
    return priced;
}

Result<std::optional<StaffMember>> SaleService::authoriseDiscount(
    const StaffMember& actor, const PricedOrder& priced, const QString& pin)
{
    if (priced.manualDiscount.cents() == 0 || actor.can(Permission::DiscountOverLimit))
        return std::optional<StaffMember>();
    auto limit = discountLimitBp();
    if (!limit)
        return limit.error();
    // Exact: discount / subtotal > limit, with no rounding in between.
    if (priced.manualDiscount.cents() * 10000 <= *limit * priced.subtotal.cents())
        return std::optional<StaffMember>();
    const int digits = currencyMinorDigits(m_site.currency);
    const QString what
        = QStringLiteral("a discount of %1 (%2% of %3) is over the %4% limit for %5")
              .arg(priced.manualDiscount.format(m_site.currency, digits),
                  Money(priced.manualDiscountBp()).toDecimalString(), priced.subtotal.format(m_site.currency, digits),
                  Money(*limit).toDecimalString(), actor.name);
    if (pin.isEmpty())
        return fail(
            Error::Code::PermissionDenied, what + QStringLiteral("; a manager must authorise it with their PIN"));
    auto manager = m_staff.verifyOverride(actor, Permission::DiscountOverLimit, pin);
    if (!manager)
        return fail(manager.error().code, what + QStringLiteral(": ") + manager.error().message);
    return std::optional<StaffMember>(*manager);
}

Status SaleService::clearParkedOrder(UnitOfWork& work, qint64 orderId)
{
    auto status = queryScalar(work.db(), QStringLiteral("SELECT status FROM orders WHERE id = ? AND terminal_id = ?"),
        {orderId, m_site.terminalId}, QStringLiteral("reading the parked order"));
    if (!status)
        return status.error();
    if (!status->isValid())
        return fail(Error::Code::NotFound, QStringLiteral("no parked order #%1 on this till").arg(orderId));
    if (status->toString() != u"open")
        return fail(Error::Code::BusinessRule,
            QStringLiteral("order #%1 is %2, not parked").arg(orderId).arg(status->toString()));
    return OrderWriter::clearLines(work, orderId);
}

Status SaleService::requireOpenShift(const UnitOfWork& work, const QString& doing)
{
    // Every payment in and out of the drawer belongs to a shift, so it is in that shift's Z report.
    auto shift
        = queryScalar(work.db(), QStringLiteral("SELECT id FROM shifts WHERE terminal_id = ? AND closed_at IS NULL"),
            {m_site.terminalId}, QStringLiteral("reading the open shift"));
    if (!shift)
        return shift.error();
    if (!shift->isValid())
        return fail(Error::Code::NoOpenShift,
            QStringLiteral("no open shift on this till: open one, with the float in the drawer, before %1").arg(doing));
    return {};
}

Result<SaleResult> SaleService::checkout(const StaffMember& actor, const SaleRequest& request)
{
    CREMA_TRY(StaffService::require(actor, Permission::UsePos));
    CREMA_TRY(checkNotes(request.cart));
    auto m = menu();
    if (!m)
        return m.error();
    const Menu& menu = **m;
    auto rewards = rewardsFor(request.cart);
    if (!rewards)
        return rewards.error();
    auto priced = Pricing::price(menu, request.cart, *rewards, m_site.pricesIncludeTax);
    if (!priced)
        return priced.error();
    auto authoriser = authoriseDiscount(actor, *priced, request.overridePin);
    if (!authoriser)
        return authoriser.error();
    const int digits = currencyMinorDigits(m_site.currency);
    if (priced->total.cents() == 0 && !request.payments.isEmpty())
        return fail(Error::Code::InvalidInput,
            QStringLiteral("the order's total is %1: it is complete without a payment, so none can be taken")
                .arg(priced->total.format(m_site.currency, digits)));
    if (request.payments.isEmpty() && priced->total.cents() > 0)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("no payment given for a total of %1").arg(priced->total.format(m_site.currency, digits)));
    auto payments = resolvePayments(request.payments, priced->total, m_site.currency);
    if (!payments)
        return payments.error();
    auto rules = m_loyalty.rules();
    if (!rules)
        return rules.error();

    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    CREMA_TRY(requireOpenShift(*work, QStringLiteral("taking a payment")));
    const QSqlDatabase& db = work->db();
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = toDbTime(nowUtc);
    const BusinessTime business = businessTime(nowUtc, storeZone(m_site.timeZone));
    CREMA_TRY(refuseSoldOut(db, m_site.storeId, business.day, priced->lines, request.cart.lines));
    SaleResult result;

    // Stock: what every line takes, checked against on-hand and each ingredient's policy.
    QList<QList<RecipeItem>> recipes;
    std::map<qint64, StockLine> need;
    for (const PricedLine& l : priced->lines) {
        QList<qint64> modIds;
        for (const Modifier* mod : l.modifiers)
            modIds.append(mod->id);
        QList<RecipeItem> recipe = menu.resolveRecipe(*l.size, modIds);
        // A menu mistake is the back office's to fix (cremactl menu names it); the drink was made, so
        // the sale goes through and says what it could not take.
        result.warnings << menu.problemsOf(*l.size, modIds);
        for (RecipeItem& r : recipe) {
            r.quantity *= l.quantity;
            StockLine& s = need[r.ingredientId];
            s.ingredientId = r.ingredientId;
            s.ingredient = r.ingredient;
            s.unit = r.unit;
            s.quantity += r.quantity;
        }
        recipes.append(recipe);
    }
    QStringList refusals;
    QJsonArray needed;
    for (const auto& [id, s] : need)
        needed.append(id);
    SqlQuery level(db,
        QStringLiteral("SELECT ingredient_id, on_hand, policy FROM store_ingredients WHERE store_id = ? "
                       "AND ingredient_id IN (SELECT value FROM json_each(?))"));
    level.bindAll({m_site.storeId, QString::fromUtf8(QJsonDocument(needed).toJson(QJsonDocument::Compact))});
    CREMA_TRY(level.run(QStringLiteral("reading stock")));
    QHash<qint64, QPair<qint64, bool>> levels; // on hand, block
    while (level.next())
        levels.insert(
            level.value(0).toLongLong(), {level.value(1).toLongLong(), level.value(2).toString() == u"block"});
    for (const auto& [id, s] : need) {
        const auto [onHand, block] = levels.value(id, {0, false});
        if (onHand >= s.quantity)
            continue;
        const QString needText
            = s.unit == BaseUnit::Piece ? QString::number(s.quantity) : Quantity {s.quantity, s.unit}.toString();
        const QString haveText
            = s.unit == BaseUnit::Piece ? QString::number(onHand) : Quantity {onHand, s.unit}.toString();
        if (block)
            refusals << QStringLiteral("not enough %1: need %2, have %3").arg(s.ingredient, needText, haveText);
        else
            result.warnings << QStringLiteral("%1 is short: needed %2, had %3; on hand is now %4")
                                   .arg(s.ingredient, needText, haveText,
                                       Quantity {onHand - s.quantity, s.unit}.toString());
    }
    if (!refusals.isEmpty())
        return fail(Error::Code::BusinessRule, refusals.join(QLatin1String("; ")));

    // Customer and points: the survivor, when HQ merged the cart's customer while it was open.
    QString customerUuid;
    qint64 customerId = 0;
    if (request.cart.customerId) {
        auto holder = PointsLedger::holder(*work, request.cart.customerId);
        if (!holder)
            return holder.error();
        customerId = *holder;
        SqlQuery c(db, QStringLiteral("SELECT uuid, name FROM customers WHERE id = ?"));
        c.bind(customerId);
        CREMA_TRY(c.run(QStringLiteral("reading the customer")));
        if (!c.next())
            return fail(
                Error::Code::NotFound, QStringLiteral("customer #%1 does not exist").arg(request.cart.customerId));
        customerUuid = c.value(0).toString();
        const QString customerName = c.value(1).toString();
        if (priced->pointsRedeemed > 0) {
            auto balance = PointsLedger::balance(*work, customerId);
            if (!balance)
                return balance.error();
            if (priced->pointsRedeemed > *balance)
                return fail(Error::Code::BusinessRule,
                    QStringLiteral("%1 has %2 points; the reward needs %3")
                        .arg(customerName)
                        .arg(*balance)
                        .arg(priced->pointsRedeemed));
        }
    }
    Money netExTax;
    for (const PricedLine& l : priced->lines)
        netExTax += l.total - l.tax;
    result.pointsEarned = customerId ? rules->pointsFor(netExTax, digits) : 0;
    result.pointsRedeemed = priced->pointsRedeemed;

    // The order row: a new one, or the parked one being paid.
    auto receipt = OrderWriter::nextReceiptNo(*work, m_site.terminalId);
    if (!receipt)
        return receipt.error();
    result.receiptNo = *receipt;
    OrderRow order {{}, m_site.storeId, m_site.terminalId, result.receiptNo, actor.id, customerId,
        QStringLiteral("paid"), priced->subtotal, priced->discount, priced->tax, priced->total, {}, now, now,
        business.day, business.hour};
    if (request.heldOrderId) {
        CREMA_TRY(clearParkedOrder(*work, request.heldOrderId));
        CREMA_TRY(OrderWriter::payParked(*work, request.heldOrderId, order));
        result.orderId = request.heldOrderId;
        auto uuid = queryScalar(db, QStringLiteral("SELECT uuid FROM orders WHERE id = ?"), {result.orderId},
            QStringLiteral("reading the order"));
        if (!uuid)
            return uuid.error();
        result.orderUuid = uuid->toString();
    } else {
        auto id = OrderWriter::insertOrder(*work, order);
        if (!id)
            return id.error();
        result.orderId = *id;
        result.orderUuid = order.uuid;
    }
    const QString note = QStringLiteral("receipt %1").arg(result.receiptNo);

    // Lines, their modifiers, discounts and stock movements.
    const qint64 authorisedBy = *authoriser ? (*authoriser)->id : 0;
    const auto kindOf = [](const Discount& d) {
        return d.kind == Discount::Kind::Percent ? QStringLiteral("percent") : QStringLiteral("amount");
    };
    QList<qint64> lineIds;
    Money lineDiscounts;
    for (qsizetype i = 0; i < priced->lines.size(); ++i) {
        const PricedLine& l = priced->lines[i];
        auto lineId = OrderWriter::insertLine(*work, result.orderId, lineRow(l, static_cast<int>(i + 1)));
        if (!lineId)
            return lineId.error();
        lineIds.append(*lineId);
        const Discount& d = request.cart.lines[i].discount;
        if (l.lineDiscount.cents() > 0)
            CREMA_TRY(OrderWriter::insertDiscount(
                *work, result.orderId, {*lineId, kindOf(d), d.value, 0, 0, l.lineDiscount, authorisedBy}));
        lineDiscounts += l.lineDiscount;
        for (const RecipeItem& r : recipes[i])
            CREMA_TRY(StockLedger::record(*work,
                {{}, m_site.storeId, r.ingredientId, QStringLiteral("sale"), -r.quantity, result.orderId, *lineId,
                    actor.id, note, now}));
    }
    const Money orderDiscount = priced->manualDiscount - lineDiscounts;
    if (orderDiscount.cents() > 0)
        CREMA_TRY(OrderWriter::insertDiscount(*work, result.orderId,
            {0, kindOf(request.cart.orderDiscount), request.cart.orderDiscount.value, 0, 0, orderDiscount,
                authorisedBy}));
    for (const AppliedReward& r : priced->rewards)
        CREMA_TRY(OrderWriter::insertDiscount(*work, result.orderId,
            {r.lineIndex >= 0 ? lineIds[r.lineIndex] : 0, QStringLiteral("reward"), r.amount.cents(), r.reward->id,
                r.reward->pointsCost, r.amount, 0}));

    // Payments.
    for (const ResolvedPayment& p : *payments) {
        if (p.amount.cents() == 0)
            continue;
        CREMA_TRY(OrderWriter::insertPayment(*work, result.orderId,
            {{}, methodCode(p.method), p.amount, p.tendered,
                p.method == PaymentRequest::Method::Cash ? std::optional<Money>(p.change) : std::nullopt, p.reference,
                now}));
        result.change += p.change;
    }

    // Points: the redemption first, so the balance is checked before new points are added.
    if (result.pointsRedeemed > 0)
        CREMA_TRY(PointsLedger::record(
            *work, {{}, customerId, result.orderId, -result.pointsRedeemed, QStringLiteral("redeem"), {}, now}));
    if (result.pointsEarned > 0)
        CREMA_TRY(PointsLedger::record(
            *work, {{}, customerId, result.orderId, result.pointsEarned, QStringLiteral("earn"), {}, now}));

    // Kitchen tickets: one per station for the lines that need preparing.
    std::map<QString, QList<qint64>> stations;
    for (qsizetype i = 0; i < priced->lines.size(); ++i) {
        if (priced->lines[i].product->needsPreparation)
            stations[priced->lines[i].station.isEmpty() ? QStringLiteral("Bar") : priced->lines[i].station].append(
                lineIds[i]);
    }
    CREMA_TRY(KitchenTicketWriter::createTickets(*work, result.orderId, stations, now));

    // Audit and the event for HQ.
    QJsonObject details {{QStringLiteral("receipt"), result.receiptNo},
        {QStringLiteral("total_cents"), priced->total.cents()},
        {QStringLiteral("discount_cents"), priced->discount.cents()}};
    if (!result.warnings.isEmpty())
        details.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
    CREMA_TRY(AuditLog::record(
        *work, m_clock, m_site.terminalId, actor.id, authorisedBy, QStringLiteral("order.paid"), details));
    work->queueEvent(QStringLiteral("order"), result.orderUuid, QStringLiteral("order.paid"),
        orderEventPayload(
            m_site, result.orderUuid, result.receiptNo, *priced, *payments, customerUuid, actor.uuid, now, business),
        now);
    work->record(Change {Change::Kind::OrderPaid, result.orderId, result.receiptNo});
    CREMA_TRY(work->commit());

    result.subtotal = priced->subtotal;
    result.discount = priced->discount;
    result.tax = priced->tax;
    result.total = priced->total;
    for (const auto& [id, s] : need)
        result.stock.append(s);
    return result;
}

Result<qint64> SaleService::hold(
    const StaffMember& actor, const Cart& cart, const QString& name, qint64 replacingOrderId)
{
    CREMA_TRY(StaffService::require(actor, Permission::UsePos));
    if (!cart.rewardIds.isEmpty())
        return fail(Error::Code::InvalidInput,
            QStringLiteral("rewards are redeemed when the order is paid, not when it is parked"));
    CREMA_TRY(checkNotes(cart));
    auto parkedName
        = text::clean(QStringLiteral("the parked order's name"), name, text::kNameMaxChars, text::Presence::Optional);
    if (!parkedName)
        return parkedName.error();
    auto priced = quote(cart);
    if (!priced)
        return priced.error();
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QString now = toDbTime(m_clock.nowUtc());
    OrderRow order {{}, m_site.storeId, m_site.terminalId, 0, actor.id, cart.customerId, QStringLiteral("open"),
        priced->subtotal, priced->discount, priced->tax, priced->total, name.trimmed(), now, {}, {}, 0};
    qint64 orderId = replacingOrderId;
    if (replacingOrderId) {
        // Parked again after being resumed: the same order, its lines replaced.
        CREMA_TRY(clearParkedOrder(*work, replacingOrderId));
        CREMA_TRY(OrderWriter::updateParked(*work, replacingOrderId, order));
    } else {
        auto id = OrderWriter::insertOrder(*work, order);
        if (!id)
            return id.error();
        orderId = *id;
    }
    for (qsizetype i = 0; i < priced->lines.size(); ++i) {
        auto lineId = OrderWriter::insertLine(*work, orderId, lineRow(priced->lines[i], static_cast<int>(i + 1)));
        if (!lineId)
            return lineId.error();
    }
    CREMA_TRY(AuditLog::record(*work, m_clock, m_site.terminalId, actor.id, 0, QStringLiteral("order.hold"),
        {{QStringLiteral("order"), orderId}, {QStringLiteral("name"), name.trimmed()}}));
    work->record(Change {Change::Kind::OrderHeld, orderId});
    CREMA_TRY(work->commit());
    return orderId;
}

Result<Cart> SaleService::heldCart(qint64 orderId)
{
    const QSqlDatabase db = m_db.connection();
    auto status = queryScalar(db, QStringLiteral("SELECT status FROM orders WHERE id = ? AND terminal_id = ?"),
        {orderId, m_site.terminalId}, QStringLiteral("reading a parked order"));
    if (!status)
        return status.error();
    if (!status->isValid() || status->toString() != u"open")
        return fail(Error::Code::NotFound, QStringLiteral("no parked order #%1 on this till").arg(orderId));
    Cart cart;
    auto customer = queryScalar(db, QStringLiteral("SELECT coalesce(customer_id, 0) FROM orders WHERE id = ?"),
        {orderId}, QStringLiteral("reading a parked order"));
    cart.customerId = customer ? customer->toLongLong() : 0;
    SqlQuery q(db,
        QStringLiteral(
            "SELECT l.id, l.product_id, l.size_id, l.quantity, l.note, "
            "coalesce((SELECT group_concat(modifier_id) FROM line_modifiers WHERE order_line_id = l.id), '') "
            "FROM order_lines AS l WHERE l.order_id = ? ORDER BY l.line_no"));
    q.bind(orderId);
    CREMA_TRY(q.run(QStringLiteral("reading a parked order's lines")));
    while (q.next()) {
        CartLine l;
        l.productId = q.value(1).toLongLong();
        l.sizeId = q.value(2).toLongLong();
        l.quantity = q.value(3).toInt();
        l.note = q.value(4).toString();
        for (const QString& id : q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            l.modifierIds.append(id.toLongLong());
        cart.lines.append(l);
    }
    return cart;
}

Status SaleService::voidOrder(const StaffMember& actor, qint64 orderId, const QString& reason)
{
    CREMA_TRY(StaffService::require(actor, Permission::VoidOpenOrder));
    if (auto r = text::cleanNote(QStringLiteral("the reason"), reason); !r)
        return r.error();
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    SqlQuery q(work->db(),
        QStringLiteral("SELECT status, uuid, coalesce(receipt_no, 0) FROM orders WHERE id = ? AND terminal_id = ?"));
    q.bindAll({orderId, m_site.terminalId});
    CREMA_TRY(q.run(QStringLiteral("reading the order")));
    if (!q.next())
        return fail(Error::Code::NotFound, QStringLiteral("no order #%1 on this till").arg(orderId));
    const QString status = q.value(0).toString();
    const QString uuid = q.value(1).toString();
    const qint64 receiptNo = q.value(2).toLongLong();
    if (status == u"voided")
        return fail(Error::Code::BusinessRule, QStringLiteral("order #%1 is already void").arg(orderId));
    if (status != u"open")
        return fail(Error::Code::BusinessRule,
            QStringLiteral("order #%1 is paid (receipt %2): refund it instead").arg(orderId).arg(receiptNo));
    const QString now = toDbTime(m_clock.nowUtc());
    CREMA_TRY(OrderWriter::setStatus(*work, orderId, QStringLiteral("voided")));
    CREMA_TRY(AuditLog::record(*work, m_clock, m_site.terminalId, actor.id, 0, QStringLiteral("order.void"),
        {{QStringLiteral("order"), orderId}, {QStringLiteral("reason"), reason}}));
    work->queueEvent(QStringLiteral("order"), uuid, QStringLiteral("order.voided"),
        {{QStringLiteral("order"), uuid}, {QStringLiteral("reason"), reason}, {QStringLiteral("voided_at"), now}}, now);
    work->record(Change {Change::Kind::OrderVoided, orderId});
    CREMA_TRY(work->commit());
    return {};
}

Result<RefundResult> SaleService::refund(const StaffMember& actor, const RefundRequest& request)
{
    if (auto r = text::cleanNote(QStringLiteral("the reason"), request.reason); !r)
        return r.error();
    auto authorised = m_staff.authorise(actor, Permission::Refund, request.overridePin);
    if (!authorised)
        return authorised.error();
    const qint64 authorisedBy = *authorised;
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    CREMA_TRY(requireOpenShift(*work, QStringLiteral("giving a refund")));
    const QSqlDatabase& db = work->db();
    const QString now = toDbTime(m_clock.nowUtc());

    SqlQuery o(db,
        QStringLiteral(
            "SELECT o.id, o.uuid, o.status, coalesce(o.customer_id, 0), coalesce(c.name, '') FROM orders AS o "
            "LEFT JOIN customers AS c ON c.id = o.customer_id WHERE o.terminal_id = ? AND o.receipt_no = ?"));
    o.bindAll({m_site.terminalId, request.receiptNo});
    CREMA_TRY(o.run(QStringLiteral("finding the receipt")));
    if (!o.next())
        return fail(Error::Code::NotFound, QStringLiteral("no receipt %1 on this till").arg(request.receiptNo));
    const qint64 orderId = o.value(0).toLongLong();
    const QString orderUuid = o.value(1).toString();
    const QString status = o.value(2).toString();
    const qint64 customerId = o.value(3).toLongLong();
    const QString customerName = o.value(4).toString();
    if (status == u"refunded")
        return fail(
            Error::Code::BusinessRule, QStringLiteral("receipt %1 was already refunded").arg(request.receiptNo));
    if (status != u"paid" && status != u"partially_refunded")
        return fail(Error::Code::BusinessRule,
            QStringLiteral("receipt %1 is %2 and cannot be refunded").arg(request.receiptNo).arg(status));

    struct Line {
        qint64 id;
        int no;
        Money total;
        Money tax;
        bool refunded;
        bool prepared;
    };
    QList<Line> lines;
    SqlQuery l(db,
        QStringLiteral(
            "SELECT l.id, l.line_no, l.total_cents, l.tax_cents, r.order_line_id IS NOT NULL, p.needs_preparation "
            "FROM order_lines AS l JOIN products AS p ON p.id = l.product_id "
            "LEFT JOIN refund_lines AS r ON r.order_line_id = l.id WHERE l.order_id = ? ORDER BY l.line_no"));
    l.bind(orderId);
    CREMA_TRY(l.run(QStringLiteral("reading the receipt's lines")));
    while (l.next())
        lines.append(Line {l.value(0).toLongLong(), l.value(1).toInt(), Money(l.value(2).toLongLong()),
            Money(l.value(3).toLongLong()), l.value(4).toBool(), l.value(5).toBool()});

    QList<Line> chosen;
    if (request.lineNos.isEmpty()) {
        for (const Line& line : lines) {
            if (!line.refunded)
                chosen.append(line);
        }
        if (chosen.isEmpty())
            return fail(
                Error::Code::BusinessRule, QStringLiteral("receipt %1 was already refunded").arg(request.receiptNo));
    } else {
        for (int no : request.lineNos) {
            auto it = std::find_if(lines.cbegin(), lines.cend(), [no](const Line& x) { return x.no == no; });
            if (it == lines.cend())
                return fail(Error::Code::InvalidInput,
                    QStringLiteral("receipt %1 has no line %2 (lines 1-%3)")
                        .arg(request.receiptNo)
                        .arg(no)
                        .arg(lines.size()));
            if (it->refunded)
                return fail(Error::Code::BusinessRule,
                    QStringLiteral("line %1 of receipt %2 was already refunded").arg(no).arg(request.receiptNo));
            if (std::any_of(chosen.cbegin(), chosen.cend(), [no](const Line& x) { return x.no == no; }))
                return fail(Error::Code::InvalidInput, QStringLiteral("line %1 is named twice").arg(no));
            chosen.append(*it);
        }
    }
    QList<qint64> chosenIds;
    for (const Line& line : chosen)
        chosenIds.append(line.id);
    const auto isChosen = [&chosenIds](qint64 lineId) { return chosenIds.contains(lineId); };
    const qsizetype alreadyRefunded
        = std::count_if(lines.cbegin(), lines.cend(), [](const Line& x) { return x.refunded; });
    const bool completes = alreadyRefunded + chosen.size() == lines.size();

    RefundResult result;
    result.receiptNo = request.receiptNo;
    Money orderNetExTax, remainingNetExTax;
    for (const Line& line : lines) {
        orderNetExTax += line.total - line.tax;
        if (isChosen(line.id))
            result.amount += line.total;
        else if (!line.refunded)
            remainingNetExTax += line.total - line.tax;
    }

    const BusinessTime business = businessTime(fromDbTime(now), storeZone(m_site.timeZone));
    RefundRow refundRow {
        {}, orderId, actor.id, authorisedBy, request.reason.trimmed(), result.amount, now, business.day, business.hour};
    auto refundId = OrderWriter::insertRefund(*work, refundRow);
    if (!refundId)
        return refundId.error();

    // Stock: what each line took comes back; a wasted line is then written off again, so the ledger
    // shows the waste.
    SqlQuery taken(db,
        QStringLiteral("SELECT m.ingredient_id, i.name, i.base_unit, -sum(m.quantity) FROM stock_movements AS m "
                       "JOIN ingredients AS i ON i.id = m.ingredient_id WHERE m.order_line_id = ? AND m.kind = 'sale' "
                       "GROUP BY m.ingredient_id, i.name, i.base_unit"));
    const QString note = QStringLiteral("refund of receipt %1").arg(request.receiptNo);
    for (const Line& line : chosen) {
        const bool waste = request.disposition == RefundRequest::Disposition::Waste
            || (request.disposition == RefundRequest::Disposition::Default && line.prepared);
        CREMA_TRY(OrderWriter::insertRefundLine(
            *work, *refundId, line.id, line.total, waste ? QStringLiteral("waste") : QStringLiteral("restock")));
        taken.bind(line.id);
        CREMA_TRY(taken.run(QStringLiteral("reading what the line took from stock")));
        QList<StockLine> back;
        while (taken.next())
            back.append(StockLine {taken.value(0).toLongLong(), taken.value(1).toString(), taken.value(3).toLongLong(),
                parseBaseUnit(taken.value(2).toString()).value()});
        for (const StockLine& s : back) {
            if (s.quantity == 0)
                continue;
            CREMA_TRY(StockLedger::record(*work,
                {{}, m_site.storeId, s.ingredientId, QStringLiteral("refund"), s.quantity, orderId, line.id, actor.id,
                    note, now}));
            if (waste) {
                CREMA_TRY(StockLedger::record(*work,
                    {{}, m_site.storeId, s.ingredientId, QStringLiteral("waste"), -s.quantity, orderId, line.id,
                        actor.id, note, now}));
                addStock(result.wasted, s);
            } else {
                addStock(result.restocked, s);
            }
        }
    }

    // Payments go back the way they came, in proportion to what each method paid.
    SqlQuery methods(db,
        QStringLiteral(
            "SELECT method, sum(amount_cents), coalesce(group_concat(nullif(reference, ''), ' '), '') FROM payments "
            "WHERE order_id = ? GROUP BY method ORDER BY method"));
    methods.bind(orderId);
    CREMA_TRY(methods.run(QStringLiteral("reading payments")));
    QList<QString> names;
    QList<qint64> paid;
    QList<QString> refs;
    while (methods.next()) {
        names.append(methods.value(0).toString());
        paid.append(std::max<qint64>(0, methods.value(1).toLongLong()));
        refs.append(methods.value(2).toString());
    }
    const QList<Money> back = names.isEmpty() ? QList<Money>() : result.amount.allocate(paid);
    for (qsizetype i = 0; i < back.size(); ++i) {
        if (back[i].cents() == 0)
            continue;
        CREMA_TRY(OrderWriter::insertPayment(*work, orderId,
            {{}, names[i], -back[i], std::nullopt, std::nullopt,
                refs[i].isEmpty() ? QStringLiteral("refund") : QStringLiteral("refund of ") + refs[i], now}));
        result.payments.append({names[i], back[i]});
    }

    if (customerId)
        CREMA_TRY(refundPoints(*work, request, orderId, customerId, customerName, completes, orderNetExTax,
            remainingNetExTax, chosenIds, note, now, result));

    result.status = completes ? QStringLiteral("refunded") : QStringLiteral("partially_refunded");
    CREMA_TRY(OrderWriter::setStatus(*work, orderId, result.status));

    QJsonArray lineNos;
    for (const Line& line : chosen)
        lineNos.append(line.no);
    QJsonObject details {{QStringLiteral("receipt"), request.receiptNo}, {QStringLiteral("lines"), lineNos},
        {QStringLiteral("amount_cents"), result.amount.cents()}, {QStringLiteral("reason"), request.reason.trimmed()}};
    if (result.pointsForgiven > 0)
        details.insert(QStringLiteral("points_forgiven"), result.pointsForgiven);
    CREMA_TRY(AuditLog::record(
        *work, m_clock, m_site.terminalId, actor.id, authorisedBy, QStringLiteral("order.refund"), details));
    auto refunded = OrderEvents::refunded(db, *refundId, result.status);
    if (!refunded)
        return refunded.error();
    work->queueEvent(QStringLiteral("order"), orderUuid, QStringLiteral("order.refunded"), *refunded, now);
    work->record(Change {Change::Kind::OrderRefunded, orderId, request.receiptNo});
    CREMA_TRY(work->commit());
    return result;
}

Status SaleService::refundPoints(UnitOfWork& work, const RefundRequest& request, qint64 orderId, qint64 orderCustomerId,
    const QString& orderCustomerName, bool completes, Money orderNetExTax, Money remainingNetExTax,
    const QList<qint64>& refundedLineIds, const QString& note, const QString& now, RefundResult& result)
{
    // The points are the holder's: the order's customer, or the one HQ merged them into since.
    auto holder = PointsLedger::holder(work, orderCustomerId);
    if (!holder)
        return holder.error();
    const qint64 customerId = *holder;
    QString customerName = orderCustomerName;
    if (customerId != orderCustomerId) {
        auto name = queryScalar(work.db(), QStringLiteral("SELECT name FROM customers WHERE id = ?"), {customerId},
            QStringLiteral("reading the customer"));
        if (!name)
            return name.error();
        customerName = name->toString();
    }
    SqlQuery ledger(work.db(),
        QStringLiteral("SELECT coalesce(sum(CASE WHEN reason = 'earn' THEN points END), 0), "
                       "coalesce(-sum(CASE WHEN reason = 'refund_earn' THEN points END), 0), "
                       "coalesce(-sum(CASE WHEN reason = 'redeem' THEN points END), 0), "
                       "coalesce(sum(CASE WHEN reason = 'refund_redeem' THEN points END), 0) "
                       "FROM loyalty_ledger WHERE order_id = ?"));
    ledger.bind(orderId);
    CREMA_TRY(ledger.run(QStringLiteral("reading the order's points")));
    ledger.next();
    const qint64 earned = ledger.value(0).toLongLong();
    const qint64 reversedBefore = ledger.value(1).toLongLong();
    const qint64 redeemed = ledger.value(2).toLongLong();
    const qint64 returnedBefore = ledger.value(3).toLongLong();

    // Earned points: the customer keeps at most what the lines still kept would have earned on their
    // own (rounded down), so a refund never leaves more points than never buying the refunded items.
    const qint64 keep = completes || orderNetExTax.cents() <= 0
        ? 0
        : static_cast<qint64>(static_cast<Wide>(earned) * remainingNetExTax.cents() / orderNetExTax.cents());
    const qint64 reverse = std::max<qint64>(0, earned - reversedBefore - keep);

    // Redeemed points come back with the free item they paid for, and all of them with the last line.
    qint64 giveBack = 0;
    if (completes) {
        giveBack = redeemed - returnedBefore;
    } else if (redeemed > returnedBefore) {
        SqlQuery free(work.db(),
            QStringLiteral(
                "SELECT coalesce(sum(points), 0) FROM order_discounts WHERE order_id = ? AND kind = 'reward' "
                "AND order_line_id IN (SELECT value FROM json_each(?))"));
        QJsonArray ids;
        for (qint64 id : refundedLineIds)
            ids.append(id);
        free.bindAll({orderId, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
        CREMA_TRY(free.run(QStringLiteral("reading the rewards on the refunded lines")));
        if (free.next())
            giveBack = std::min(free.value(0).toLongLong(), redeemed - returnedBefore);
    }
    if (giveBack > 0) {
        CREMA_TRY(PointsLedger::record(
            work, {{}, customerId, orderId, giveBack, QStringLiteral("refund_redeem"), note, now}));
        result.pointsReturned = giveBack;
    }
    if (reverse > 0) {
        auto balance = PointsLedger::balance(work, customerId);
        if (!balance)
            return balance.error();
        const qint64 take = std::min(reverse, *balance);
        const qint64 shortfall = reverse - take;
        if (shortfall > 0 && !request.forgivePoints)
            return fail(Error::Code::BusinessRule,
                QStringLiteral("%1 has %2 points, but this refund takes back the %3 earned on receipt %4: %5 of them "
                               "were spent since. A manager may forgive those %5 points (kept in the audit log).")
                    .arg(customerName)
                    .arg(*balance)
                    .arg(reverse)
                    .arg(request.receiptNo)
                    .arg(shortfall));
        if (take > 0)
            CREMA_TRY(
                PointsLedger::record(work, {{}, customerId, orderId, -take, QStringLiteral("refund_earn"), note, now}));
        result.pointsReversed = take;
        result.pointsForgiven = shortfall;
    }
    return {};
}

Result<QList<OrderSummary>> SaleService::queryOrders(const QString& where, std::initializer_list<QVariant> values)
{
    SqlQuery q(m_db.connection(),
        QStringLiteral("SELECT o.id, o.uuid, coalesce(o.receipt_no, 0), o.total_cents, o.status, o.created_at, o.note, "
                       "coalesce(c.name, '') FROM orders AS o LEFT JOIN customers AS c ON c.id = o.customer_id WHERE ")
            + where + QStringLiteral(" ORDER BY o.created_at, o.id"));
    q.bindAll(values);
    CREMA_TRY(q.run(QStringLiteral("listing orders")));
    QList<OrderSummary> out;
    while (q.next())
        out.append(OrderSummary {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
            Money(q.value(3).toLongLong()), q.value(4).toString(), fromDbTime(q.value(5).toString()),
            q.value(6).toString(), q.value(7).toString()});
    return out;
}

Result<QList<OrderSummary>> SaleService::orders(const QDate& from, const QDate& to, const QString& status)
{
    const QTimeZone tz(m_site.timeZone.toUtf8());
    const QString start = from.isValid() ? toDbTime(QDateTime(from, QTime(0, 0), tz)) : QString();
    const QString end = to.isValid() ? toDbTime(QDateTime(to.addDays(1), QTime(0, 0), tz)) : QString();
    return queryOrders(
        QStringLiteral("o.terminal_id = ? AND (? = '' OR o.created_at >= ?) AND (? = '' OR o.created_at < ?) "
                       "AND (? = '' OR o.status = ?)"),
        {m_site.terminalId, textOrEmpty(start), textOrEmpty(start), textOrEmpty(end), textOrEmpty(end),
            textOrEmpty(status), textOrEmpty(status)});
}

Result<Receipt> SaleService::receipt(qint64 receiptNo)
{
    return Receipt::load(m_db, m_site, receiptNo);
}

Result<QList<OrderSummary>> SaleService::customerOrders(qint64 customerId)
{
    return queryOrders(QStringLiteral("o.customer_id = ?"), {customerId});
}

} // namespace crema

#include "saleservice.h"

#include "audit/auditlog.h"
#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "common/ids.h"
#include "loyalty/loyaltyservice.h"
#include "storage/database.h"
#include "storage/scopedtransaction.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <map>

namespace crema {

namespace {

const QVariant kNullId(QMetaType::fromType<qint64>());
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : kNullId;
}

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

QJsonObject orderEventPayload(const Site& site, const QString& orderUuid, qint64 receipt, const PricedOrder& priced,
    const QList<ResolvedPayment>& payments, const QString& customerUuid, const QString& paidAt)
{
    QJsonArray lines;
    for (const PricedLine& l : priced.lines) {
        QJsonArray mods;
        for (const Modifier* m : l.modifiers)
            mods.append(m->uuid);
        lines.append(QJsonObject {{QStringLiteral("product"), l.product->uuid}, {QStringLiteral("size"), l.size->uuid},
            {QStringLiteral("modifiers"), mods}, {QStringLiteral("quantity"), l.quantity},
            {QStringLiteral("total_cents"), l.total.cents()}, {QStringLiteral("tax_cents"), l.tax.cents()},
            {QStringLiteral("discount_cents"), l.discount().cents()}});
    }
    QJsonArray pays;
    for (const ResolvedPayment& p : payments)
        pays.append(QJsonObject {
            {QStringLiteral("method"), methodCode(p.method)}, {QStringLiteral("amount_cents"), p.amount.cents()}});
    return QJsonObject {{QStringLiteral("order"), orderUuid}, {QStringLiteral("store"), site.storeUuid},
        {QStringLiteral("terminal"), site.terminalUuid}, {QStringLiteral("receipt"), receipt},
        {QStringLiteral("customer"), customerUuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(customerUuid)},
        {QStringLiteral("total_cents"), priced.total.cents()}, {QStringLiteral("tax_cents"), priced.tax.cents()},
        {QStringLiteral("discount_cents"), priced.discount.cents()}, {QStringLiteral("paid_at"), paidAt},
        {QStringLiteral("lines"), lines}, {QStringLiteral("payments"), pays}};
}

Status outbox(const QSqlDatabase& db, const QString& event, const QString& entityUuid, const QJsonObject& payload,
    const QString& at)
{
    SqlQuery q(db,
        QStringLiteral("INSERT INTO sync_outbox (uuid, entity, entity_uuid, event, payload, created_at) "
                       "VALUES (?, 'order', ?, ?, ?, ?)"));
    q.bindAll(
        {newUuid(), entityUuid, event, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), at});
    return q.run(QStringLiteral("queueing the order for HQ"));
}

Status insertMovement(const QSqlDatabase& db, qint64 storeId, qint64 ingredientId, const QString& kind, qint64 quantity,
    qint64 orderId, qint64 lineId, qint64 staffId, const QString& note, const QString& at)
{
    SqlQuery q(db,
        QStringLiteral("INSERT INTO stock_movements (uuid, store_id, ingredient_id, kind, quantity, order_id, "
                       "order_line_id, staff_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({newUuid(), storeId, ingredientId, kind, quantity, idOrNull(orderId), idOrNull(lineId), idOrNull(staffId),
        note, at});
    return q.run(QStringLiteral("recording a stock movement"));
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
        if (parts.size() == 2 && !amountText.isEmpty() && !Money::parse(amountText, minorDigits).ok()
            && !amountText.trimmed().startsWith(QLatin1Char('-'))) {
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

QJsonObject RefundResult::toJson() const
{
    QJsonArray pays;
    for (const auto& [method, paidBack] : payments)
        pays.append(
            QJsonObject {{QStringLiteral("method"), method}, {QStringLiteral("amount_cents"), paidBack.cents()}});
    return QJsonObject {{QStringLiteral("receipt"), receiptNo}, {QStringLiteral("refund_cents"), amount.cents()},
        {QStringLiteral("status"), status}, {QStringLiteral("payments"), pays},
        {QStringLiteral("points_reversed"), pointsReversed}, {QStringLiteral("points_returned"), pointsReturned},
        {QStringLiteral("restocked"), stockJson(restocked)}, {QStringLiteral("wasted"), stockJson(wasted)}};
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
{
    connect(&m_catalog, &CatalogService::menuChanged, this, [this] { m_menu.reset(); });
}

Result<const Menu*> SaleService::menu()
{
    if (!m_menu) {
        auto loaded = m_catalog.loadMenu();
        if (!loaded)
            return loaded.error();
        m_menu = std::move(loaded).value();
    }
    return &*m_menu;
}

Result<qint64> SaleService::discountLimitBp()
{
    auto v = queryScalar(m_db.connection(),
        QStringLiteral("SELECT value FROM settings WHERE key = 'cashier_discount_limit_bp'"), {},
        QStringLiteral("reading the discount limit"));
    if (!v)
        return v.error();
    if (!v->isValid())
        return kDefaultDiscountLimitBp;
    bool ok = false;
    const qint64 bp = v->toString().toLongLong(&ok);
    if (!ok || bp < 0 || bp > 10000)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("setting cashier_discount_limit_bp '%1' must be 0 to 10000").arg(v->toString()));
    return bp;
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
    return Pricing::price(**m, cart, *rewards, m_site.pricesIncludeTax);
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

Status SaleService::clearParkedOrder(const QSqlDatabase& db, qint64 orderId)
{
    auto status = queryScalar(db, QStringLiteral("SELECT status FROM orders WHERE id = ? AND terminal_id = ?"),
        {orderId, m_site.terminalId}, QStringLiteral("reading the parked order"));
    if (!status)
        return status.error();
    if (!status->isValid())
        return fail(Error::Code::NotFound, QStringLiteral("no parked order #%1 on this till").arg(orderId));
    if (status->toString() != u"open")
        return fail(Error::Code::BusinessRule,
            QStringLiteral("order #%1 is %2, not parked").arg(orderId).arg(status->toString()));
    for (const char* sql :
        {"DELETE FROM line_modifiers WHERE order_line_id IN (SELECT id FROM order_lines WHERE order_id = ?)",
            "DELETE FROM order_discounts WHERE order_id = ?", "DELETE FROM order_lines WHERE order_id = ?"}) {
        SqlQuery del(db, QString::fromLatin1(sql));
        del.bind(orderId);
        CREMA_TRY(del.run(QStringLiteral("replacing the parked order's lines")));
    }
    return {};
}

Status SaleService::requireOpenShift(const QSqlDatabase& db, const QString& doing)
{
    // Every payment in and out of the drawer belongs to a shift, so it is in that shift's Z report.
    auto shift = queryScalar(db, QStringLiteral("SELECT id FROM shifts WHERE terminal_id = ? AND closed_at IS NULL"),
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
    if (request.payments.isEmpty() && priced->total.cents() > 0)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("no payment given for a total of %1")
                .arg(priced->total.format(m_site.currency, currencyMinorDigits(m_site.currency))));
    auto payments = resolvePayments(request.payments, priced->total, m_site.currency);
    if (!payments)
        return payments.error();
    auto rules = m_loyalty.rules();
    if (!rules)
        return rules.error();

    const QSqlDatabase db = m_db.connection();
    auto tx = ScopedTransaction::begin(db);
    if (!tx)
        return tx.error();
    CREMA_TRY(requireOpenShift(db, QStringLiteral("taking a payment")));
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = toDbTime(nowUtc);
    const BusinessTime business = businessTime(nowUtc, storeZone(m_site.timeZone));
    const int digits = currencyMinorDigits(m_site.currency);
    SaleResult result;

    // Stock: what every line takes, checked against on-hand and each ingredient's policy.
    QList<QList<RecipeItem>> recipes;
    std::map<qint64, StockLine> need;
    for (const PricedLine& l : priced->lines) {
        QList<qint64> modIds;
        for (const Modifier* mod : l.modifiers)
            modIds.append(mod->id);
        QList<RecipeItem> recipe = menu.resolveRecipe(*l.size, modIds);
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

    // Customer and points.
    QString customerUuid;
    QString customerName;
    if (request.cart.customerId) {
        SqlQuery c(db,
            QStringLiteral(
                "SELECT uuid, name, (SELECT coalesce(sum(points), 0) FROM loyalty_ledger WHERE customer_id = c.id) "
                "FROM customers AS c WHERE id = ?"));
        c.bind(request.cart.customerId);
        CREMA_TRY(c.run(QStringLiteral("reading the customer")));
        if (!c.next())
            return fail(
                Error::Code::NotFound, QStringLiteral("customer #%1 does not exist").arg(request.cart.customerId));
        customerUuid = c.value(0).toString();
        customerName = c.value(1).toString();
        const qint64 balance = c.value(2).toLongLong();
        if (priced->pointsRedeemed > balance)
            return fail(Error::Code::BusinessRule,
                QStringLiteral("%1 has %2 points; the reward needs %3")
                    .arg(customerName)
                    .arg(balance)
                    .arg(priced->pointsRedeemed));
    }
    Money netExTax;
    for (const PricedLine& l : priced->lines)
        netExTax += l.total - l.tax;
    result.pointsEarned = request.cart.customerId ? rules->pointsFor(netExTax, digits) : 0;
    result.pointsRedeemed = priced->pointsRedeemed;

    // The order row: a new one, or the parked one being paid.
    auto receipt
        = queryScalar(db, QStringLiteral("SELECT coalesce(max(receipt_no), 0) + 1 FROM orders WHERE terminal_id = ?"),
            {m_site.terminalId}, QStringLiteral("numbering the receipt"));
    if (!receipt)
        return receipt.error();
    result.receiptNo = receipt->toLongLong();
    if (request.heldOrderId) {
        CREMA_TRY(clearParkedOrder(db, request.heldOrderId));
        SqlQuery upd(db,
            QStringLiteral(
                "UPDATE orders SET receipt_no = ?, staff_id = ?, customer_id = ?, status = 'paid', subtotal_cents = ?, "
                "discount_cents = ?, tax_cents = ?, total_cents = ?, paid_at = ?, business_day = ?, business_hour = ? "
                "WHERE id = ?"));
        upd.bindAll({result.receiptNo, actor.id, idOrNull(request.cart.customerId), priced->subtotal.cents(),
            priced->discount.cents(), priced->tax.cents(), priced->total.cents(), now, business.day, business.hour,
            request.heldOrderId});
        CREMA_TRY(upd.run(QStringLiteral("paying the parked order")));
        result.orderId = request.heldOrderId;
        auto uuid = queryScalar(db, QStringLiteral("SELECT uuid FROM orders WHERE id = ?"), {result.orderId},
            QStringLiteral("reading the order"));
        if (!uuid)
            return uuid.error();
        result.orderUuid = uuid->toString();
    } else {
        result.orderUuid = newUuid();
        SqlQuery ins(db,
            QStringLiteral(
                "INSERT INTO orders (uuid, store_id, terminal_id, receipt_no, staff_id, customer_id, status, "
                "subtotal_cents, discount_cents, tax_cents, total_cents, created_at, paid_at, business_day, "
                "business_hour) "
                "VALUES (?, ?, ?, ?, ?, ?, 'paid', ?, ?, ?, ?, ?, ?, ?, ?)"));
        ins.bindAll({result.orderUuid, m_site.storeId, m_site.terminalId, result.receiptNo, actor.id,
            idOrNull(request.cart.customerId), priced->subtotal.cents(), priced->discount.cents(), priced->tax.cents(),
            priced->total.cents(), now, now, business.day, business.hour});
        CREMA_TRY(ins.run(QStringLiteral("saving the order")));
        result.orderId = ins.lastInsertId();
    }
    const QString note = QStringLiteral("receipt %1").arg(result.receiptNo);

    // Lines, their modifiers, discounts and stock movements.
    SqlQuery line(db,
        QStringLiteral(
            "INSERT INTO order_lines (uuid, order_id, line_no, product_id, size_id, product_name, size_name, "
            "quantity, unit_price_cents, discount_cents, tax_rate_bp, tax_cents, total_cents, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    SqlQuery lineMod(db,
        QStringLiteral(
            "INSERT INTO line_modifiers (order_line_id, modifier_id, name, price_delta_cents) VALUES (?, ?, ?, ?)"));
    SqlQuery discount(db,
        QStringLiteral(
            "INSERT INTO order_discounts (uuid, order_id, order_line_id, kind, value, reward_id, points, amount_cents, "
            "authorised_staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 authorisedBy = *authoriser ? (*authoriser)->id : 0;
    const auto kindOf = [](const Discount& d) {
        return d.kind == Discount::Kind::Percent ? QStringLiteral("percent") : QStringLiteral("amount");
    };
    QList<qint64> lineIds;
    for (qsizetype i = 0; i < priced->lines.size(); ++i) {
        const PricedLine& l = priced->lines[i];
        line.bindAll({newUuid(), result.orderId, static_cast<int>(i + 1), l.product->id, l.size->id, l.product->name,
            l.size->name, l.quantity, l.unitPrice.cents(), l.discount().cents(), l.taxRateBp, l.tax.cents(),
            l.total.cents(), textOrEmpty(l.note)});
        CREMA_TRY(line.run(QStringLiteral("saving order lines")));
        const qint64 lineId = line.lastInsertId();
        lineIds.append(lineId);
        for (const Modifier* mod : l.modifiers) {
            lineMod.bindAll({lineId, mod->id, mod->name, mod->priceDelta.cents()});
            CREMA_TRY(lineMod.run(QStringLiteral("saving modifiers")));
        }
        const Discount& d = request.cart.lines[i].discount;
        if (l.lineDiscount.cents() > 0) {
            discount.bindAll({newUuid(), result.orderId, lineId, kindOf(d), d.value, kNullId, 0, l.lineDiscount.cents(),
                idOrNull(authorisedBy)});
            CREMA_TRY(discount.run(QStringLiteral("saving discounts")));
        }
        for (const RecipeItem& r : recipes[i])
            CREMA_TRY(insertMovement(db, m_site.storeId, r.ingredientId, QStringLiteral("sale"), -r.quantity,
                result.orderId, lineId, actor.id, note, now));
    }
    const Money orderDiscount = priced->manualDiscount - [&] {
        Money lineDiscounts;
        for (const PricedLine& l : priced->lines)
            lineDiscounts += l.lineDiscount;
        return lineDiscounts;
    }();
    if (orderDiscount.cents() > 0) {
        discount.bindAll({newUuid(), result.orderId, kNullId, kindOf(request.cart.orderDiscount),
            request.cart.orderDiscount.value, kNullId, 0, orderDiscount.cents(), idOrNull(authorisedBy)});
        CREMA_TRY(discount.run(QStringLiteral("saving discounts")));
    }
    for (const AppliedReward& r : priced->rewards) {
        discount.bindAll({newUuid(), result.orderId, r.lineIndex >= 0 ? QVariant(lineIds[r.lineIndex]) : kNullId,
            QStringLiteral("reward"), r.amount.cents(), r.reward->id, r.reward->pointsCost, r.amount.cents(), kNullId});
        CREMA_TRY(discount.run(QStringLiteral("saving rewards")));
    }

    // Payments.
    SqlQuery pay(db,
        QStringLiteral(
            "INSERT INTO payments (uuid, order_id, method, amount_cents, tendered_cents, change_cents, reference, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ResolvedPayment& p : *payments) {
        if (p.amount.cents() == 0)
            continue;
        pay.bindAll({newUuid(), result.orderId, methodCode(p.method), p.amount.cents(),
            p.tendered ? QVariant(p.tendered->cents()) : kNullId,
            p.method == PaymentRequest::Method::Cash ? QVariant(p.change.cents()) : kNullId, textOrEmpty(p.reference),
            now});
        CREMA_TRY(pay.run(QStringLiteral("saving payments")));
        result.change += p.change;
    }

    // Points: the redemption first, so the balance is checked before new points are added.
    SqlQuery points(db,
        QStringLiteral("INSERT INTO loyalty_ledger (uuid, customer_id, order_id, points, reason, created_at) VALUES "
                       "(?, ?, ?, ?, ?, ?)"));
    if (result.pointsRedeemed > 0) {
        points.bindAll({newUuid(), request.cart.customerId, result.orderId, -result.pointsRedeemed,
            QStringLiteral("redeem"), now});
        CREMA_TRY(points.run(QStringLiteral("redeeming points")));
    }
    if (result.pointsEarned > 0) {
        points.bindAll(
            {newUuid(), request.cart.customerId, result.orderId, result.pointsEarned, QStringLiteral("earn"), now});
        CREMA_TRY(points.run(QStringLiteral("adding points")));
    }

    // Kitchen tickets: one per station for the lines that need preparing.
    std::map<QString, QList<qint64>> stations;
    for (qsizetype i = 0; i < priced->lines.size(); ++i) {
        if (priced->lines[i].product->needsPreparation)
            stations[priced->lines[i].station.isEmpty() ? QStringLiteral("Bar") : priced->lines[i].station].append(
                lineIds[i]);
    }
    SqlQuery ticket(db,
        QStringLiteral("INSERT INTO kitchen_tickets (uuid, order_id, station, status, created_at, updated_at) "
                       "VALUES (?, ?, ?, 'pending', ?, ?)"));
    SqlQuery ticketItem(
        db, QStringLiteral("INSERT INTO kitchen_ticket_items (ticket_id, order_line_id) VALUES (?, ?)"));
    for (const auto& [station, ids] : stations) {
        ticket.bindAll({newUuid(), result.orderId, station, now, now});
        CREMA_TRY(ticket.run(QStringLiteral("creating a kitchen ticket")));
        const qint64 ticketId = ticket.lastInsertId();
        for (qint64 id : ids) {
            ticketItem.bindAll({ticketId, id});
            CREMA_TRY(ticketItem.run(QStringLiteral("filling a kitchen ticket")));
        }
    }

    // Audit and the event for HQ.
    QJsonObject details {{QStringLiteral("receipt"), result.receiptNo},
        {QStringLiteral("total_cents"), priced->total.cents()},
        {QStringLiteral("discount_cents"), priced->discount.cents()}};
    if (!result.warnings.isEmpty())
        details.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
    CREMA_TRY(AuditLog::record(
        db, m_clock, m_site.terminalId, actor.id, authorisedBy, QStringLiteral("order.paid"), details));
    CREMA_TRY(outbox(db, QStringLiteral("order.paid"), result.orderUuid,
        orderEventPayload(m_site, result.orderUuid, result.receiptNo, *priced, *payments, customerUuid, now), now));
    CREMA_TRY(tx->commit());

    result.subtotal = priced->subtotal;
    result.discount = priced->discount;
    result.tax = priced->tax;
    result.total = priced->total;
    for (const auto& [id, s] : need)
        result.stock.append(s);
    Q_EMIT orderPaid(result.orderId, result.receiptNo);
    Q_EMIT stockChanged();
    return result;
}

Result<qint64> SaleService::hold(
    const StaffMember& actor, const Cart& cart, const QString& name, qint64 replacingOrderId)
{
    CREMA_TRY(StaffService::require(actor, Permission::UsePos));
    if (!cart.rewardIds.isEmpty())
        return fail(Error::Code::InvalidInput,
            QStringLiteral("rewards are redeemed when the order is paid, not when it is parked"));
    auto priced = quote(cart);
    if (!priced)
        return priced.error();
    const QSqlDatabase db = m_db.connection();
    auto tx = ScopedTransaction::begin(db);
    if (!tx)
        return tx.error();
    const QString now = toDbTime(m_clock.nowUtc());
    qint64 orderId = replacingOrderId;
    if (replacingOrderId) {
        // Parked again after being resumed: the same order, its lines replaced.
        CREMA_TRY(clearParkedOrder(db, replacingOrderId));
        SqlQuery upd(db,
            QStringLiteral("UPDATE orders SET staff_id = ?, customer_id = ?, subtotal_cents = ?, discount_cents = ?, "
                           "tax_cents = ?, total_cents = ?, note = ? WHERE id = ?"));
        upd.bindAll({actor.id, idOrNull(cart.customerId), priced->subtotal.cents(), priced->discount.cents(),
            priced->tax.cents(), priced->total.cents(), textOrEmpty(name.trimmed()), replacingOrderId});
        CREMA_TRY(upd.run(QStringLiteral("parking the order again")));
    } else {
        SqlQuery ins(db,
            QStringLiteral(
                "INSERT INTO orders (uuid, store_id, terminal_id, staff_id, customer_id, status, subtotal_cents, "
                "discount_cents, tax_cents, total_cents, note, created_at) "
                "VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)"));
        ins.bindAll({newUuid(), m_site.storeId, m_site.terminalId, actor.id, idOrNull(cart.customerId),
            priced->subtotal.cents(), priced->discount.cents(), priced->tax.cents(), priced->total.cents(),
            textOrEmpty(name.trimmed()), now});
        CREMA_TRY(ins.run(QStringLiteral("parking the order")));
        orderId = ins.lastInsertId();
    }
    SqlQuery line(db,
        QStringLiteral(
            "INSERT INTO order_lines (uuid, order_id, line_no, product_id, size_id, product_name, size_name, quantity, "
            "unit_price_cents, discount_cents, tax_rate_bp, tax_cents, total_cents, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    SqlQuery lineMod(db,
        QStringLiteral(
            "INSERT INTO line_modifiers (order_line_id, modifier_id, name, price_delta_cents) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < priced->lines.size(); ++i) {
        const PricedLine& l = priced->lines[i];
        line.bindAll({newUuid(), orderId, static_cast<int>(i + 1), l.product->id, l.size->id, l.product->name,
            l.size->name, l.quantity, l.unitPrice.cents(), l.discount().cents(), l.taxRateBp, l.tax.cents(),
            l.total.cents(), textOrEmpty(l.note)});
        CREMA_TRY(line.run(QStringLiteral("parking order lines")));
        const qint64 lineId = line.lastInsertId();
        for (const Modifier* mod : l.modifiers) {
            lineMod.bindAll({lineId, mod->id, mod->name, mod->priceDelta.cents()});
            CREMA_TRY(lineMod.run(QStringLiteral("parking modifiers")));
        }
    }
    CREMA_TRY(AuditLog::record(db, m_clock, m_site.terminalId, actor.id, 0, QStringLiteral("order.hold"),
        {{QStringLiteral("order"), orderId}, {QStringLiteral("name"), name.trimmed()}}));
    CREMA_TRY(tx->commit());
    Q_EMIT orderHeld(orderId);
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
    const QSqlDatabase db = m_db.connection();
    auto tx = ScopedTransaction::begin(db);
    if (!tx)
        return tx.error();
    SqlQuery q(db,
        QStringLiteral("SELECT status, uuid, coalesce(receipt_no, 0) FROM orders WHERE id = ? AND terminal_id = ?"));
    q.bindAll({orderId, m_site.terminalId});
    CREMA_TRY(q.run(QStringLiteral("reading the order")));
    if (!q.next())
        return fail(Error::Code::NotFound, QStringLiteral("no order #%1 on this till").arg(orderId));
    const QString status = q.value(0).toString();
    const QString uuid = q.value(1).toString();
    if (status == u"voided")
        return fail(Error::Code::BusinessRule, QStringLiteral("order #%1 is already void").arg(orderId));
    if (status != u"open")
        return fail(Error::Code::BusinessRule,
            QStringLiteral("order #%1 is paid (receipt %2): refund it instead")
                .arg(orderId)
                .arg(q.value(2).toLongLong()));
    const QString now = toDbTime(m_clock.nowUtc());
    SqlQuery upd(db, QStringLiteral("UPDATE orders SET status = 'voided' WHERE id = ?"));
    upd.bind(orderId);
    CREMA_TRY(upd.run(QStringLiteral("voiding the order")));
    CREMA_TRY(AuditLog::record(db, m_clock, m_site.terminalId, actor.id, 0, QStringLiteral("order.void"),
        {{QStringLiteral("order"), orderId}, {QStringLiteral("reason"), reason}}));
    CREMA_TRY(outbox(db, QStringLiteral("order.voided"), uuid,
        {{QStringLiteral("order"), uuid}, {QStringLiteral("reason"), reason}, {QStringLiteral("voided_at"), now}},
        now));
    CREMA_TRY(tx->commit());
    Q_EMIT orderVoided(orderId);
    return {};
}

Result<RefundResult> SaleService::refund(const StaffMember& actor, const RefundRequest& request)
{
    auto authorised = m_staff.authorise(actor, Permission::Refund, request.overridePin);
    if (!authorised)
        return authorised.error();
    const qint64 authorisedBy = *authorised;
    const QSqlDatabase db = m_db.connection();
    auto tx = ScopedTransaction::begin(db);
    if (!tx)
        return tx.error();
    CREMA_TRY(requireOpenShift(db, QStringLiteral("giving a refund")));
    const QString now = toDbTime(m_clock.nowUtc());

    SqlQuery o(db,
        QStringLiteral(
            "SELECT id, uuid, status, coalesce(customer_id, 0) FROM orders WHERE terminal_id = ? AND receipt_no = ?"));
    o.bindAll({m_site.terminalId, request.receiptNo});
    CREMA_TRY(o.run(QStringLiteral("finding the receipt")));
    if (!o.next())
        return fail(Error::Code::NotFound, QStringLiteral("no receipt %1 on this till").arg(request.receiptNo));
    const qint64 orderId = o.value(0).toLongLong();
    const QString orderUuid = o.value(1).toString();
    const QString status = o.value(2).toString();
    const qint64 customerId = o.value(3).toLongLong();
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
    qsizetype alreadyRefunded = std::count_if(lines.cbegin(), lines.cend(), [](const Line& x) { return x.refunded; });
    const bool completes = alreadyRefunded + chosen.size() == lines.size();

    RefundResult result;
    result.receiptNo = request.receiptNo;
    Money refundNetExTax;
    for (const Line& line : chosen) {
        result.amount += line.total;
        refundNetExTax += line.total - line.tax;
    }

    SqlQuery refundRow(db,
        QStringLiteral(
            "INSERT INTO refunds (uuid, order_id, staff_id, authorised_staff_id, reason, amount_cents, created_at, "
            "business_day, business_hour) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString refundUuid = newUuid();
    const BusinessTime business = businessTime(fromDbTime(now), storeZone(m_site.timeZone));
    refundRow.bindAll({refundUuid, orderId, actor.id, idOrNull(authorisedBy), textOrEmpty(request.reason.trimmed()),
        result.amount.cents(), now, business.day, business.hour});
    CREMA_TRY(refundRow.run(QStringLiteral("recording the refund")));
    const qint64 refundId = refundRow.lastInsertId();

    // Stock: what each line took comes back; a wasted line is then written off again, so the ledger
    // shows the waste.
    SqlQuery taken(db,
        QStringLiteral("SELECT m.ingredient_id, i.name, i.base_unit, -sum(m.quantity) FROM stock_movements AS m "
                       "JOIN ingredients AS i ON i.id = m.ingredient_id WHERE m.order_line_id = ? AND m.kind = 'sale' "
                       "GROUP BY m.ingredient_id, i.name, i.base_unit"));
    SqlQuery refundLine(db,
        QStringLiteral(
            "INSERT INTO refund_lines (refund_id, order_line_id, amount_cents, disposition) VALUES (?, ?, ?, ?)"));
    const QString note = QStringLiteral("refund of receipt %1").arg(request.receiptNo);
    for (const Line& line : chosen) {
        const bool waste = request.disposition == RefundRequest::Disposition::Waste
            || (request.disposition == RefundRequest::Disposition::Default && line.prepared);
        refundLine.bindAll(
            {refundId, line.id, line.total.cents(), waste ? QStringLiteral("waste") : QStringLiteral("restock")});
        CREMA_TRY(refundLine.run(QStringLiteral("recording refunded lines")));
        taken.bind(line.id);
        CREMA_TRY(taken.run(QStringLiteral("reading what the line took from stock")));
        QList<StockLine> back;
        while (taken.next())
            back.append(StockLine {taken.value(0).toLongLong(), taken.value(1).toString(), taken.value(3).toLongLong(),
                parseBaseUnit(taken.value(2).toString()).value()});
        for (const StockLine& s : back) {
            if (s.quantity == 0)
                continue;
            CREMA_TRY(insertMovement(db, m_site.storeId, s.ingredientId, QStringLiteral("refund"), s.quantity, orderId,
                line.id, actor.id, note, now));
            if (waste) {
                CREMA_TRY(insertMovement(db, m_site.storeId, s.ingredientId, QStringLiteral("waste"), -s.quantity,
                    orderId, line.id, actor.id, note, now));
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
    SqlQuery pay(db,
        QStringLiteral("INSERT INTO payments (uuid, order_id, method, amount_cents, reference, created_at) VALUES (?, "
                       "?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < back.size(); ++i) {
        if (back[i].cents() == 0)
            continue;
        pay.bindAll({newUuid(), orderId, names[i], -back[i].cents(),
            refs[i].isEmpty() ? QStringLiteral("refund") : QStringLiteral("refund of ") + refs[i], now});
        CREMA_TRY(pay.run(QStringLiteral("paying the refund back")));
        result.payments.append({names[i], back[i]});
    }

    // Points: redeemed points come back when the order is fully refunded; earned points go in
    // proportion to what was refunded, the last refund taking exactly what is left.
    if (customerId) {
        SqlQuery ledger(db,
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
        Money orderNetExTax;
        for (const Line& line : lines)
            orderNetExTax += line.total - line.tax;
        qint64 reverse = completes
            ? earned - reversedBefore
            : (orderNetExTax.cents() > 0 ? earned * refundNetExTax.cents() / orderNetExTax.cents() : 0);
        reverse = std::clamp<qint64>(reverse, 0, earned - reversedBefore);
        const qint64 giveBack = completes ? redeemed - returnedBefore : 0;
        SqlQuery points(db,
            QStringLiteral("INSERT INTO loyalty_ledger (uuid, customer_id, order_id, points, reason, note, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (giveBack > 0) {
            points.bindAll({newUuid(), customerId, orderId, giveBack, QStringLiteral("refund_redeem"), note, now});
            CREMA_TRY(points.run(QStringLiteral("giving back redeemed points")));
            result.pointsReturned = giveBack;
        }
        if (reverse > 0) {
            // Points already spent elsewhere cannot be taken back below zero; the rest is forgiven and audited.
            auto balance = m_loyalty.balance(customerId);
            if (!balance)
                return balance.error();
            const qint64 take = std::min(reverse, *balance);
            if (take > 0) {
                points.bindAll({newUuid(), customerId, orderId, -take, QStringLiteral("refund_earn"), note, now});
                CREMA_TRY(points.run(QStringLiteral("taking back earned points")));
            }
            result.pointsReversed = take;
        }
    }

    result.status = completes ? QStringLiteral("refunded") : QStringLiteral("partially_refunded");
    SqlQuery upd(db, QStringLiteral("UPDATE orders SET status = ? WHERE id = ?"));
    upd.bindAll({result.status, orderId});
    CREMA_TRY(upd.run(QStringLiteral("marking the order refunded")));

    QJsonArray lineNos;
    for (const Line& line : chosen)
        lineNos.append(line.no);
    CREMA_TRY(AuditLog::record(db, m_clock, m_site.terminalId, actor.id, authorisedBy, QStringLiteral("order.refund"),
        {{QStringLiteral("receipt"), request.receiptNo}, {QStringLiteral("lines"), lineNos},
            {QStringLiteral("amount_cents"), result.amount.cents()},
            {QStringLiteral("reason"), request.reason.trimmed()}}));
    CREMA_TRY(outbox(db, QStringLiteral("order.refunded"), orderUuid,
        {{QStringLiteral("order"), orderUuid}, {QStringLiteral("refund"), refundUuid},
            {QStringLiteral("lines"), lineNos}, {QStringLiteral("amount_cents"), result.amount.cents()},
            {QStringLiteral("refunded_at"), now}},
        now));
    CREMA_TRY(tx->commit());
    Q_EMIT orderRefunded(orderId, request.receiptNo);
    Q_EMIT stockChanged();
    return result;
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

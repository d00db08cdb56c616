#include "pricing.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace crema {

Result<Discount> Discount::parse(const QString& text, int minorDigits)
{
    const QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%'))) {
        // Percent with up to two decimals, as basis points.
        auto asMoney = Money::parse(t.chopped(1), 2);
        if (!asMoney || asMoney->isNegative())
            return fail(Error::Code::InvalidInput,
                QStringLiteral("invalid discount '%1': expected a percentage like 10% or 12.5%").arg(text));
        if (asMoney->cents() > 10000)
            return fail(Error::Code::InvalidInput, QStringLiteral("invalid discount '%1': more than 100%").arg(text));
        return Discount::percent(asMoney->cents());
    }
    auto amount = Money::parse(t, minorDigits);
    if (!amount) // Money's reason: a number beyond the bound is told so, not called malformed
        return fail(Error::Code::InvalidInput,
            QStringLiteral("invalid discount '%1': expected a percentage like 10% or an amount like 2.50 (%2)")
                .arg(text, amount.error().message));
    if (amount->isNegative())
        return fail(Error::Code::InvalidInput,
            QStringLiteral("invalid discount '%1': expected a percentage like 10% or an amount like 2.50").arg(text));
    return Discount::amount(*amount);
}

qint64 PricedOrder::manualDiscountBp() const
{
    if (subtotal.cents() <= 0)
        return 0;
    return (manualDiscount.cents() * 10000 * 2 + subtotal.cents()) / (subtotal.cents() * 2); // nearest
}

namespace {

// An order beyond Money::kMaxCents is refused as a typed amount beyond it is.
Error tooLarge(const QString& product, int quantity)
{
    return fail(Error::Code::InvalidInput,
        QStringLiteral("%1 × %2 takes the order past %3, the largest amount Crema takes")
            .arg(quantity)
            .arg(product, Money(Money::kMaxCents).toDecimalString()));
}

Money applyDiscount(const Discount& d, Money base)
{
    if (d.isNone() || base.cents() <= 0)
        return Money();
    const Money off = d.kind == Discount::Kind::Percent ? base.percentBp(d.value) : Money(d.value);
    return std::min(off, base);
}

// Spreads `amount` over lines in proportion to what each still costs.
void allocate(QList<PricedLine>& lines, Money amount)
{
    if (amount.cents() <= 0)
        return;
    QList<qint64> weights;
    for (const PricedLine& l : lines)
        weights.append(std::max<qint64>(0, l.net().cents()));
    const QList<Money> parts = amount.allocate(weights);
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i].orderDiscountShare += parts[i];
}

} // namespace

Result<PricedOrder> Pricing::price(
    const Menu& menu, const Cart& cart, const QList<Reward>& rewards, bool pricesIncludeTax)
{
    if (cart.lines.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("the order has no items"));

    QHash<qint64, const Product*> products;
    for (const Product& p : menu.products)
        products.insert(p.id, &p);
    QHash<qint64, const Category*> categories;
    for (const Category& c : menu.categories)
        categories.insert(c.id, &c);

    PricedOrder order;
    for (const CartLine& in : cart.lines) {
        const Product* product = products.value(in.productId);
        if (!product)
            return fail(Error::Code::NotFound, QStringLiteral("product #%1 is not on the menu").arg(in.productId));
        PricedLine line;
        line.product = product;
        for (const ProductSize& s : product->sizes) {
            if (s.id == in.sizeId)
                line.size = &s;
        }
        if (!line.size)
            return fail(Error::Code::NotFound, QStringLiteral("%1 has no such size").arg(product->name));
        if (in.quantity < 1 || in.quantity > 999)
            return fail(Error::Code::InvalidInput,
                QStringLiteral("quantity of %1 must be 1 to 999, not %2").arg(product->name).arg(in.quantity));
        line.quantity = in.quantity;
        line.note = in.note.trimmed();

        // Modifiers: each from one of the product's groups, once, within the group's min/max.
        QHash<qint64, int> perGroup;
        QSet<qint64> seen;
        line.unitPrice = line.size->price;
        for (qint64 modifierId : in.modifierIds) {
            const Modifier* found = nullptr;
            qint64 groupId = 0;
            for (qint64 gid : product->modifierGroupIds) {
                for (const Modifier& m : menu.group(gid)->modifiers) {
                    if (m.id == modifierId) {
                        found = &m;
                        groupId = gid;
                    }
                }
            }
            if (!found)
                return fail(Error::Code::InvalidInput,
                    QStringLiteral("modifier #%1 cannot be added to %2").arg(modifierId).arg(product->name));
            if (seen.contains(modifierId))
                return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is chosen twice on %2").arg(found->name, product->name));
            seen.insert(modifierId);
            ++perGroup[groupId];
            line.modifiers.append(found);
            const auto unit = line.unitPrice.checkedAdd(found->priceDelta);
            if (!unit)
                return tooLarge(product->name, in.quantity);
            line.unitPrice = *unit;
        }
        // A line rung before a price change in the back office keeps the price it was rung at.
        if (in.unitPrice) {
            if (in.unitPrice->cents() < 0 || in.unitPrice->cents() > Money::kMaxCents)
                return fail(Error::Code::InvalidInput,
                    QStringLiteral("the price %1 was rung at is out of range").arg(product->name));
            line.unitPrice = *in.unitPrice;
        }
        for (qint64 gid : product->modifierGroupIds) {
            const ModifierGroup& g = *menu.group(gid);
            const int n = perGroup.value(gid);
            if (n < g.minChoices) {
                QStringList names;
                for (const Modifier& m : g.modifiers)
                    names << m.name;
                return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 needs %2 choice%3 of %4 (%5)")
                        .arg(product->name)
                        .arg(g.minChoices)
                        .arg(g.minChoices > 1 ? QStringLiteral("s") : QString())
                        .arg(g.name, names.join(QLatin1String(", "))));
            }
            if (n > g.maxChoices)
                return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 allows at most %2 choice%3 on %4 (%5 chosen)")
                        .arg(g.name)
                        .arg(g.maxChoices)
                        .arg(g.maxChoices > 1 ? QStringLiteral("s") : QString())
                        .arg(product->name)
                        .arg(n));
        }
        if (line.unitPrice.isNegative())
            return fail(
                Error::Code::InvalidInput, QStringLiteral("%1 would cost less than nothing").arg(product->name));
        const auto gross = line.unitPrice.checkedTimes(line.quantity);
        if (!gross)
            return tooLarge(product->name, in.quantity);
        line.gross = *gross;
        if (const Category* c = categories.value(product->categoryId)) {
            line.taxRateBp = c->taxRateBp;
            line.station = c->station;
        }
        line.lineDiscount = applyDiscount(in.discount, line.gross);
        if (in.discount.kind == Discount::Kind::Percent && in.discount.value > 10000)
            return fail(Error::Code::InvalidInput, QStringLiteral("a discount cannot be more than 100%"));
        const auto subtotal = order.subtotal.checkedAdd(line.gross);
        if (!subtotal || !subtotal->isWithinBound())
            return tooLarge(product->name, in.quantity);
        order.subtotal = *subtotal;
        order.manualDiscount += line.lineDiscount;
        order.lines.append(line);
    }
    // From here on every amount is at most the subtotal (discounts are capped by what they apply
    // to) or the subtotal plus its tax, far inside a qint64: plain arithmetic cannot overflow.

    // Free-item rewards: one unit of the first line that matches and still costs something.
    QList<const Reward*> orderRewards;
    for (const Reward& r : rewards) {
        order.pointsRedeemed += r.pointsCost;
        if (r.isOrderReward()) {
            orderRewards.append(&r);
            continue;
        }
        int target = -1;
        for (qsizetype i = 0; i < order.lines.size(); ++i) {
            const PricedLine& l = order.lines[i];
            const bool matches = (r.productId && l.product->id == r.productId)
                || (r.categoryId && l.product->categoryId == r.categoryId);
            if (matches && l.net().cents() > 0 && l.rewardDiscount < l.gross) {
                target = static_cast<int>(i);
                break;
            }
        }
        if (target < 0)
            return fail(Error::Code::BusinessRule,
                QStringLiteral("the reward '%1' needs a matching item in the order").arg(r.name));
        PricedLine& l = order.lines[target];
        const Money off = std::min(l.unitPrice, l.net());
        l.rewardDiscount += off;
        order.rewardDiscount += off;
        order.rewards.append(AppliedReward {&r, target, off});
    }

    // The order discount, on what is left after line discounts and free items.
    Money remaining;
    for (const PricedLine& l : order.lines)
        remaining += l.net();
    if (cart.orderDiscount.kind == Discount::Kind::Percent && cart.orderDiscount.value > 10000)
        return fail(Error::Code::InvalidInput, QStringLiteral("a discount cannot be more than 100%"));
    const Money orderOff = applyDiscount(cart.orderDiscount, remaining);
    allocate(order.lines, orderOff);
    order.manualDiscount += orderOff;
    // Percentages before amounts, so a percent reward is a share of what the customer would pay and
    // not of what an amount reward left; each on what is left after everything before it.
    std::stable_sort(orderRewards.begin(), orderRewards.end(),
        [](const Reward* a, const Reward* b) { return a->percentBp > 0 && b->percentBp == 0; });
    for (const Reward* r : std::as_const(orderRewards)) {
        Money left;
        for (const PricedLine& l : order.lines)
            left += l.net();
        const Money off = r->percentBp > 0 ? std::min(left.percentBp(r->percentBp), left) : std::min(r->amount, left);
        allocate(order.lines, off);
        order.rewardDiscount += off;
        order.rewards.append(AppliedReward {r, -1, off});
    }

    for (PricedLine& l : order.lines) {
        const Money net = l.net();
        if (pricesIncludeTax) {
            l.tax = taxIncluded(net, l.taxRateBp);
            l.total = net;
        } else {
            l.tax = taxOnTop(net, l.taxRateBp);
            l.total = net + l.tax;
        }
        order.tax += l.tax;
        order.total += l.total;
    }
    order.discount = order.manualDiscount + order.rewardDiscount;
    return order;
}

} // namespace crema

#pragma once

#include "cart.h"
#include "catalog/menu.h"
#include "common/result.h"
#include "loyalty/reward.h"

#include <memory>

namespace crema {

struct PricedLine {
    const Product* product = nullptr;
    const ProductSize* size = nullptr;
    QList<const Modifier*> modifiers;
    int quantity = 1;
    QString note;
    qint64 taxRateBp = 0;
    QString station;
    Money unitPrice; // size price plus modifier deltas
    Money gross; // unitPrice x quantity
    Money lineDiscount; // the cashier's discount on this line
    Money rewardDiscount; // free-item rewards on this line
    Money orderDiscountShare; // this line's share of order discounts and amount and percent rewards
    Money tax;
    Money total; // what the customer pays for the line (tax included)

    Money discount() const { return lineDiscount + rewardDiscount + orderDiscountShare; }
    Money net() const { return gross - discount(); } // before any tax added on top
};

struct AppliedReward {
    const Reward* reward = nullptr;
    int lineIndex = -1; // the free item's line, -1 for an amount or percentage off the order
    Money amount;
};

// An order with every cent accounted for: the lines' totals add up to the total, the discounts
// to the discount, the lines' taxes to the tax.
struct PricedOrder {
    // The menu the lines point into, when the order was quoted by SaleService: the till keeps an
    // order on screen while the back office changes the menu, which is then read afresh.
    std::shared_ptr<const Menu> menu;
    QList<PricedLine> lines;
    QList<AppliedReward> rewards;
    Money subtotal; // sum of gross
    Money manualDiscount; // the cashier's discounts (what the discount limit applies to)
    Money rewardDiscount;
    Money discount; // all discounts
    Money tax;
    Money total;
    qint64 pointsRedeemed = 0;
    // The cashier's discounts as a share of the subtotal, in basis points, to the nearest.
    qint64 manualDiscountBp() const;
};

// Prices a cart against the menu:
// - unit price = size price + modifier deltas; each modifier must belong to a group of the product,
//   each group's min/max is enforced, quantities are 1 to 999;
// - the cashier's line discounts first, then free-item rewards (one unit of the first matching line),
//   then the order discount, then percent-off rewards and then amount rewards, each on what is left
//   and allocated across lines in proportion to what is left of each (largest remainder, so no cent
//   is lost or invented);
// - tax per line at its category's rate, extracted from tax-inclusive prices or added on top.
namespace Pricing {
Result<PricedOrder> price(const Menu& menu, const Cart& cart, const QList<Reward>& rewards, bool pricesIncludeTax);
} // namespace Pricing

} // namespace crema

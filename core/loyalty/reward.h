#pragma once

#include "common/money.h"

#include <QString>

namespace crema {

// A reward from the loyalty catalogue: a free item of a category or product, an amount off the
// order or a percentage off it, for a number of points. Rewards belong to loyalty; pricing applies
// them to an order.
struct Reward {
    qint64 id = 0;
    QString uuid;
    QString name;
    qint64 pointsCost = 0;
    qint64 categoryId = 0; // a free item of this category, or
    qint64 productId = 0; // a free item of this product, or
    Money amount; // this much off the order, or
    qint64 percentBp = 0; // this share of the order off, in basis points (1000 = 10 %)
    QString target; // the category's or product's name
    bool active = true;
    bool isOrderReward() const { return amount.cents() > 0 || percentBp > 0; } // not a free item
    QString description() const;
};

} // namespace crema

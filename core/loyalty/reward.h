#pragma once

#include "common/money.h"

#include <QString>

namespace crema {

// A reward from the loyalty catalogue: a free item of a category or product, or an amount off the
// order, for a number of points. Rewards belong to loyalty; pricing applies them to an order.
struct Reward {
    qint64 id = 0;
    QString uuid;
    QString name;
    qint64 pointsCost = 0;
    qint64 categoryId = 0; // a free item of this category, or
    qint64 productId = 0; // a free item of this product, or
    Money amount; // this much off the order
    QString target; // the category's or product's name
    QString description() const;
};

} // namespace crema

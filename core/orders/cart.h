#pragma once

#include "common/money.h"

#include <QList>
#include <QString>

#include <optional>

namespace crema {

// A cashier's discount: a percentage (in basis points, 1000 = 10 %) or an amount in minor units.
struct Discount {
    enum class Kind { None, Percent, Amount };
    Kind kind = Kind::None;
    qint64 value = 0; // basis points or cents

    bool isNone() const { return kind == Kind::None || value == 0; }
    static Discount percent(qint64 basisPoints) { return {Kind::Percent, basisPoints}; }
    static Discount amount(Money m) { return {Kind::Amount, m.cents()}; }
    // "10%", "12.5%" or "2.50" (an amount in the currency). Errors name the text.
    static Result<Discount> parse(const QString& text, int minorDigits = 2);
};

// One line as rung up: a product size with modifiers, a quantity, a note ("extra hot").
struct CartLine {
    qint64 productId = 0;
    qint64 sizeId = 0;
    QList<qint64> modifierIds;
    int quantity = 1;
    QString note;
    Discount discount;
    // The unit price (size and modifiers) when it was rung up; empty: today's menu price. The till
    // stamps it so that a price changed in the back office mid-order leaves the order's lines alone.
    std::optional<Money> unitPrice;
};

// What the till holds before payment.
struct Cart {
    QList<CartLine> lines;
    Discount orderDiscount;
    qint64 customerId = 0; // 0: none
    QList<qint64> rewardIds; // rewards to redeem from the customer's points
};

} // namespace crema

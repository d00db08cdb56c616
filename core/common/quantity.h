#pragma once

#include "result.h"

#include <QString>
#include <QtGlobal>

namespace crema {

// The base units ingredient stock is counted in. Quantities are whole numbers of these.
enum class BaseUnit { Gram, Millilitre, Piece };

QString unitSymbol(BaseUnit unit); // "g", "ml", "pc"
Result<BaseUnit> parseBaseUnit(const QString& symbol);

// A whole number of base units of one kind.
struct Quantity {
    qint64 amount = 0;
    BaseUnit unit = BaseUnit::Gram;

    friend bool operator==(const Quantity&, const Quantity&) = default;

    // Parses a purchase or recipe quantity into base units: "250 g", "1 kg", "1.5 l", "330ml",
    // "12 x 1 l" (a case of 12 one-litre cartons = 12000 ml), "6 pc", "2 dozen" (24 pc).
    // Fractions of a base unit ("0.5 g") are refused, as are unknown units.
    static Result<Quantity> parse(const QString& text);

    // Short human form using the largest unit that keeps it exact: "1.25 kg", "750 ml", "12 pc".
    QString toString() const;
};

// A quantity of an ingredient counted in `unit`, typed in any unit of that kind: "1.5 kg" for Gram
// gives 1500, "250 ml" and "2 l" for Millilitre 250 and 2000, "3 pc" 3; a bare whole number is
// already in base units ("18"). The wrong kind ("250 ml" of something counted in g) and fractions
// of a base unit ("0.5 g") are refused, naming the text.
Result<qint64> parseQuantity(const QString& text, BaseUnit unit);

} // namespace crema

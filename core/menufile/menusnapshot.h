#pragma once

#include "catalog/catalogwriter.h"
#include "common/result.h"
#include "inventory/stockitemwriter.h"
#include "loyalty/rewardwriter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace crema {

// A kitchen station and when its tickets turn amber and red (seconds since the order was paid).
struct StationRecord {
    QString name;
    int amberSeconds = 180;
    int redSeconds = 360;

    bool operator==(const StationRecord&) const = default;
};

// Core-private: everything the menu file carries, as the file's records, read in a handful of
// queries (one per table, whatever the number of products), inactive rows included. Store-specific
// rows (stock levels and on hand, sold-out marks) are not part of it. Lists are in no particular
// order; the menu file sorts them.
struct MenuSnapshot {
    QList<TaxRateRecord> taxRates;
    QList<StationRecord> stations; // those with timings and those categories name (default timings)
    QList<CategoryRecord> categories;
    QList<SupplierRecord> suppliers;
    QList<IngredientRecord> ingredients;
    QList<PurchaseUnitRecord> purchaseUnits;
    QList<ModifierGroupRecord> groups; // with modifiers and their effects
    QList<ProductRecord> products; // with barcodes, groups in chooser order, sizes and recipes
    QList<RewardRecord> rewards;

    static Result<MenuSnapshot> read(const QSqlDatabase& db);
};

} // namespace crema

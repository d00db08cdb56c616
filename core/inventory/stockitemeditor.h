#pragma once

#include "common/result.h"
#include "inventory/stockitemwriter.h"
#include "store/site.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace crema {

class Clock;
class Database;
struct StaffMember;

// One ingredient as the stock items screen and `cremactl ingredient` show it, with this store's levels.
struct StockItem {
    qint64 id = 0;
    IngredientRecord ingredient;
    StoreStockLevels levels; // this store's (defaults when the store has no row yet)
    qint64 onHand = 0; // base units, from the stock ledger
    bool unitLocked = false; // recipes or stock movements use it: the base unit cannot change
    QList<PurchaseUnitRecord> purchaseUnits; // by name, inactive ones too

    // IngredientRecord::toJson plus "levels", "on_hand", "unit_locked" and "purchase_units".
    QJsonObject toJson() const;
};

// Every ingredient (with its purchase units and levels) and every supplier, inactive ones included,
// each list by name (case-insensitive). Read in a few queries, whatever the number of rows.
struct StockCatalog {
    QList<StockItem> items;
    QList<SupplierRecord> suppliers;

    const StockItem* item(const QString& ingredientUuid) const;
    const SupplierRecord* supplier(const QString& supplierUuid) const;
    // Found by uuid, else by name without regard to case; null when neither.
    const StockItem* findItem(const QString& uuidOrName) const;
    const SupplierRecord* findSupplier(const QString& uuidOrName) const;
};

// {"suppliers":[SupplierRecord::toJson...]}, the contract of `cremactl suppliers --json`.
QJsonObject suppliersJson(const QList<SupplierRecord>& suppliers);

// What a save did, and the record as it now stands (for the screens and `--json`).
template <typename T> struct Edited {
    T record;
    StockItemWriter::Outcome outcome = StockItemWriter::Outcome::Unchanged;
};

// {"outcome":"inserted|updated|unchanged|deactivated|deleted", key: the record's toJson()}, what
// `cremactl ingredient|purchase-unit|supplier ... --json` prints.
template <typename T> QJsonObject editedJson(const Edited<T>& edited, const QString& key)
{
    return QJsonObject {
        {QStringLiteral("outcome"), StockItemWriter::outcomeCode(edited.outcome)}, {key, edited.record.toJson()}};
}
// {"ingredients":[StockItem::toJson...]}, the contract of `cremactl ingredients --json`.
QJsonObject stockItemsJson(const QList<StockItem>& items);

// The use cases of stock items and suppliers: ingredients, purchase units, this store's levels and
// suppliers. Every call takes the acting staff member and needs ManageStock (owner and manager;
// PermissionDenied naming the person otherwise), and is one unit of work through StockItemWriter,
// whose changes reach the ChangeHub as CatalogChanged after the commit.
class StockItemEditor : public QObject {
    Q_OBJECT
public:
    StockItemEditor(Database& db, const Clock& clock, Site site, QObject* parent = nullptr);

    // Reads (no permission needed: the stock is shown to whoever may open the screen).
    Result<StockCatalog> load() const;

    // Ingredients.
    Result<Edited<IngredientRecord>> addIngredient(const StaffMember& by, const QString& name, BaseUnit baseUnit);
    // Saves every field of an existing (or, with a new uuid, a new) ingredient.
    Result<Edited<IngredientRecord>> saveIngredient(const StaffMember& by, const IngredientRecord& record);
    Result<Edited<IngredientRecord>> renameIngredient(
        const StaffMember& by, const QString& ingredientUuid, const QString& name);
    // Deactivated when history refers to it, else deleted (outcome Deleted).
    Result<Edited<IngredientRecord>> deactivateIngredient(const StaffMember& by, const QString& ingredientUuid);
    Result<Edited<IngredientRecord>> restoreIngredient(const StaffMember& by, const QString& ingredientUuid);

    // Purchase units. An empty uuid adds one.
    Result<Edited<PurchaseUnitRecord>> savePurchaseUnit(const StaffMember& by, const PurchaseUnitRecord& record);
    Result<Edited<PurchaseUnitRecord>> deactivatePurchaseUnit(const StaffMember& by, const QString& purchaseUnitUuid);
    // A purchase unit's size as typed ("1 kg", "12 x 1 l", "6 pc", or a bare number of base units)
    // in the ingredient's base unit; refuses another kind of unit ("1 l" of beans in g) naming the text.
    static Result<qint64> parseConversion(const QString& text, BaseUnit baseUnit);

    // This till's store's policy, par and critical level of an ingredient.
    Result<Edited<StoreStockLevels>> setLevels(const StaffMember& by, const StoreStockLevels& levels);

    // Suppliers. An empty uuid adds one.
    Result<Edited<SupplierRecord>> saveSupplier(const StaffMember& by, const SupplierRecord& record);
    // Deactivated when it has purchase units, else deleted (outcome Deleted).
    Result<Edited<SupplierRecord>> deactivateSupplier(const StaffMember& by, const QString& supplierUuid);
    Result<Edited<SupplierRecord>> restoreSupplier(const StaffMember& by, const QString& supplierUuid);

    const Site& site() const { return m_site; }

private:
    StockItemWriter::Author author(const StaffMember& by) const;
    // Checks ManageStock, runs `write` in one unit of work and reads back what it left with `read`.
    template <typename T, typename Write, typename Read>
    Result<Edited<T>> edit(const StaffMember& by, Write&& write, Read&& read);

    Database& m_db;
    const Clock& m_clock;
    Site m_site;
};

} // namespace crema

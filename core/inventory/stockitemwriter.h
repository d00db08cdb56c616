#pragma once

#include "common/quantity.h"
#include "common/result.h"
#include "inventory/inventoryservice.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace crema {

class Clock;
class UnitOfWork;

// What stock is counted in: an ingredient and its base unit (quantities everywhere are whole base units).
struct IngredientRecord {
    QString uuid; // empty on save: a new ingredient, given a new uuid
    QString name; // 1-80 characters, trimmed; unique among ingredients
    BaseUnit baseUnit = BaseUnit::Gram; // not changeable once recipes or stock movements use the ingredient
    bool active = true;

    bool operator==(const IngredientRecord&) const = default;
    // {"uuid","name","base_unit":"g|ml|pc","active"}
    QJsonObject toJson() const;
    // The reverse, for a record HQ sends down; errors name `where` and the field (the writer checks
    // the bounds when saving).
    static Result<IngredientRecord> fromJson(const QJsonObject& json, const QString& where);
};

// How an ingredient is bought from a supplier: "case of 6 x 1 l" = 6000 ml at 10.80.
struct PurchaseUnitRecord {
    QString uuid; // empty on save: a new one
    QString ingredientUuid;
    QString supplierUuid;
    QString name; // 1-80 characters, trimmed; unique per ingredient and supplier
    qint64 baseQuantity = 0; // in the ingredient's base unit, 1..10,000,000
    qint64 costCents = 0; // what one unit costs, 0..Money::kMaxCents
    QString supplierSku; // may be empty, at most 80 characters
    bool active = true;

    bool operator==(const PurchaseUnitRecord&) const = default;
    // {"uuid","ingredient_uuid","supplier_uuid","name","base_quantity","cost_cents","supplier_sku","active"}
    QJsonObject toJson() const;
    static Result<PurchaseUnitRecord> fromJson(const QJsonObject& json, const QString& where);
};

struct SupplierRecord {
    QString uuid; // empty on save: a new one
    QString name; // 1-80 characters, trimmed; unique among suppliers
    QString contactName; // may be empty, at most 80 characters
    QString email; // empty, or something@domain.tld
    QString phone; // empty, or digits, spaces and a leading +, at most 32 characters
    int leadTimeDays = 1; // from order to delivery, 0-365
    qint64 minOrderCents = 0; // the smallest order they take, 0..Money::kMaxCents
    QList<int> deliveryDays; // ISO weekdays (1 Monday .. 7 Sunday), ascending, each once; empty: any day
    QString orderCutoff; // "HH:MM" (24 h, the store's time zone) an order must be in by; empty: none
    QString notes; // may be empty, at most 1000 characters
    bool active = true;

    bool operator==(const SupplierRecord&) const = default;
    // {"uuid","name","contact_name","email","phone","lead_time_days","min_order_cents",
    //  "delivery_days":"mon,thu","order_cutoff","notes","active"}
    QJsonObject toJson() const;
    static Result<SupplierRecord> fromJson(const QJsonObject& json, const QString& where);
};

// A store's policy and levels for one ingredient (on-hand is the stock ledger's, never written here).
struct StoreStockLevels {
    QString ingredientUuid;
    StockPolicy policy = StockPolicy::Allow; // block: sales past stock are refused
    qint64 par = 0; // order up to this, base units, 0..10,000,000
    qint64 critical = 0; // below this: urgent, base units, 0..par

    bool operator==(const StoreStockLevels&) const = default;
    // {"ingredient_uuid","policy":"block|allow","par","critical"}
    QJsonObject toJson() const;
    static Result<StoreStockLevels> fromJson(const QJsonObject& json, const QString& where);
};

// "mon,thu" <-> {1, 4}. Parsing accepts any order, case and spaces and refuses unknown or repeated
// days naming them; the text is always written mon..sun in order.
QString deliveryDaysText(const QList<int>& isoDays);
Result<QList<int>> parseDeliveryDays(const QString& text);

// Core-private: the one writer of ingredients, purchase_units, suppliers and the policy and levels of
// store_ingredients. Every write runs inside the caller's UnitOfWork, validates every field (errors
// name the record and the field: "supplier 'Bean Co': email 'x@' is not an email address"), records
// CatalogChanged with its key ("ingredient", "purchase_unit", "supplier", "stock_item") and row id,
// queues an outbox event (catalog.<entity>.saved|deactivated|deleted, payload = the whole record with
// uuids) and writes an audit entry whose details hold {"old":{...},"new":{...}} with only the fields
// that changed. Saves are upserts keyed by uuid; a save that changes nothing writes nothing at all
// (no audit, no outbox, no change) and says Unchanged, so a menu import can call them for every row.
namespace StockItemWriter {

// Who makes the change, for the audit log.
struct Author {
    const Clock* clock = nullptr; // required
    qint64 terminalId = 0;
    qint64 staffId = 0; // who asked (0: the system, e.g. the demo)
    qint64 authorisedById = 0; // the manager whose PIN allowed it, 0 when none
};

enum class Outcome { Inserted, Updated, Unchanged, Deactivated, Deleted };
QString outcomeCode(Outcome outcome); // "inserted", "updated", "unchanged", "deactivated", "deleted"

struct Saved {
    qint64 id = 0; // the row (0 once deleted)
    QString uuid;
    Outcome outcome = Outcome::Unchanged;
};

// Inserts a new uuid, updates what differs for a known one. Conflict when the name belongs to another
// ingredient; BusinessRule when the base unit would change under recipes or stock movements.
Result<Saved> saveIngredient(UnitOfWork& work, const Author& by, const IngredientRecord& record);
// Needs the ingredient and the supplier to exist (NotFound naming the uuid); the supplier and the
// ingredient may be inactive (a deactivated supplier's units are kept for history).
Result<Saved> savePurchaseUnit(UnitOfWork& work, const Author& by, const PurchaseUnitRecord& record);
Result<Saved> saveSupplier(UnitOfWork& work, const Author& by, const SupplierRecord& record);
// Sets policy, par and critical of one ingredient in one store (the row is created when missing).
Result<Saved> saveLevels(UnitOfWork& work, const Author& by, qint64 storeId, const StoreStockLevels& levels);

// Takes a record out of use. One that history refers to (an ingredient in a recipe, a modifier or
// the stock ledger; a supplier with purchase units) is deactivated, never deleted; one nothing refers
// to is deleted (an ingredient with its purchase units and zero levels). Purchase units are always
// deactivated. Deactivating what is already inactive is Unchanged.
Result<Saved> retireIngredient(UnitOfWork& work, const Author& by, const QString& uuid);
Result<Saved> retirePurchaseUnit(UnitOfWork& work, const Author& by, const QString& uuid);
Result<Saved> retireSupplier(UnitOfWork& work, const Author& by, const QString& uuid);

// Lookups by uuid (NotFound naming it), for the use cases and the menu file: what a save left.
Result<IngredientRecord> readIngredient(const QSqlDatabase& db, const QString& uuid);
Result<PurchaseUnitRecord> readPurchaseUnit(const QSqlDatabase& db, const QString& uuid);
Result<SupplierRecord> readSupplier(const QSqlDatabase& db, const QString& uuid);
// The defaults (allow, 0, 0) when the store has no row for the ingredient yet.
Result<StoreStockLevels> readLevels(const QSqlDatabase& db, qint64 storeId, const QString& ingredientUuid);

} // namespace StockItemWriter

} // namespace crema

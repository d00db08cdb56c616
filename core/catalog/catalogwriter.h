#pragma once

#include "catalog/menu.h"
#include "common/money.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace crema {

class Clock;
class UnitOfWork;

// The catalogue as plain records that refer to each other by uuid, so they can be filled from a
// file (`cremactl menu import`), from an editor screen or from the command line alike. Row ids never
// appear: they differ from one database to the next. An empty uuid in a record given to a save
// function means "new": the writer makes one (UUID v7) and returns it.
//
// Bounds every save checks (errors name the field and the record):
// - names trimmed, 1 to kMaxNameLength characters;
// - prices 0..Money::kMaxCents, modifier price deltas -kMaxCents..kMaxCents;
// - colours "#rrggbb"; tax rates 0..10000 basis points (2000 = 20 %);
// - sort orders 0..kMaxSortOrder; modifier groups 0 <= min <= max, 1 <= max <= kMaxChoices;
// - recipe quantities 1..kMaxRecipeQuantity base units (g, ml or pc: the ingredient's unit).
inline constexpr int kMaxNameLength = 80;
inline constexpr int kMaxSortOrder = 1'000'000;
inline constexpr int kMaxChoices = 50;
inline constexpr qint64 kMaxRecipeQuantity = 10'000'000;
inline constexpr int kMaxBarcodeLength = 64;
inline constexpr int kMaxSkuLength = 64;

struct TaxRateRecord {
    QString uuid;
    QString name; // "Standard 20%"
    qint64 rateBp = 0; // basis points: 2000 = 20 %

    QJsonObject toJson() const; // {"uuid", "name", "rate_bp"}
    // The reverse of toJson, for a record HQ sends down; errors name `where` and the field.
    static Result<TaxRateRecord> fromJson(const QJsonObject& json, const QString& where);
    bool operator==(const TaxRateRecord&) const = default;
};

struct CategoryRecord {
    QString uuid;
    QString name;
    QString taxRateUuid;
    QString colour = QStringLiteral("#6b4f3a"); // the till's button colour, "#rrggbb"
    QString station = QStringLiteral("Bar"); // kitchen station its items go to
    int sortOrder = 0; // the till's category order, smallest first
    bool active = true;

    // {"uuid", "name", "tax_rate_uuid", "colour", "station", "sort_order", "active"}
    static Result<CategoryRecord> fromJson(const QJsonObject& json, const QString& where);
    QJsonObject toJson() const;
    bool operator==(const CategoryRecord&) const = default;
};

// One ingredient line of a size's recipe.
struct RecipeLineRecord {
    QString ingredientUuid;
    qint64 quantity = 0; // base units of the ingredient (g, ml or pc)

    QJsonObject toJson() const; // {"ingredient_uuid", "quantity"}
    static Result<RecipeLineRecord> fromJson(const QJsonObject& json, const QString& where);
    bool operator==(const RecipeLineRecord&) const = default;
};

// What one unit of a size takes from stock. setRecipe replaces the whole recipe with `items`
// (empty: the size has no recipe). At most one line per ingredient.
struct SizeRecipe {
    QString sizeUuid;
    QList<RecipeLineRecord> items;

    QJsonObject toJson() const; // {"size_uuid", "items": [...]}
    static Result<SizeRecipe> fromJson(const QJsonObject& json, const QString& where);
    bool operator==(const SizeRecipe&) const = default;
};

struct SizeRecord {
    QString uuid;
    QString name; // "Regular", "Large"; unique within its product
    Money price; // what the till charges, as entered (with or without tax per the store)
    int sortOrder = 0; // order of the size buttons
    bool active = true;
    // Saving: nullopt leaves the stored recipe as it is; a list replaces it. Reading: always set.
    std::optional<QList<RecipeLineRecord>> recipe;

    // {"uuid", "name", "price_cents", "sort_order", "active", "recipe": [...] when set}
    static Result<SizeRecord> fromJson(const QJsonObject& json, const QString& where);
    QJsonObject toJson() const;
    bool operator==(const SizeRecord&) const = default;
};

struct ProductRecord {
    QString uuid;
    QString name; // unique in the catalogue
    QString categoryUuid;
    QString sku; // empty: none; unique when given
    QStringList barcodes; // every code the till's scanner and search find it by; each unique
    bool needsPreparation = true; // goes to the kitchen
    bool active = true;
    int sortOrder = 0; // its place on the till's grid within its category
    // Saving: sizes listed are saved (inserted or updated by uuid); sizes not listed are left as they
    // are (deactivateSize removes one from sale). Reading: every size, inactive ones too.
    QList<SizeRecord> sizes;
    // The modifier groups offered on it, in the order the chooser shows them. Saving replaces the
    // whole list (and barcodes likewise).
    QStringList modifierGroupUuids;

    // {"uuid", "name", "category_uuid", "sku", "barcodes", "needs_preparation", "active",
    //  "sort_order", "modifier_group_uuids", "sizes": [...]}
    static Result<ProductRecord> fromJson(const QJsonObject& json, const QString& where);
    QJsonObject toJson() const;
    bool operator==(const ProductRecord&) const = default;
};

// How a modifier changes the recipe of the size it is applied to (see modifier_recipe_items):
// add `quantity` of an ingredient; remove one; or replace `replacesIngredientUuid` with
// `ingredientUuid` (in the quantity the size had of it, or `quantity` when given).
struct ModifierEffectRecord {
    RecipeAction action = RecipeAction::Add;
    QString ingredientUuid; // added, removed, or the replacement
    QString replacesIngredientUuid; // replace only
    std::optional<qint64> quantity; // add: required; remove: none; replace: optional

    // {"action", "ingredient_uuid", "replaces_ingredient_uuid" (replace), "quantity" (when set)}
    static Result<ModifierEffectRecord> fromJson(const QJsonObject& json, const QString& where);
    QJsonObject toJson() const;
    bool operator==(const ModifierEffectRecord&) const = default;
};

struct ModifierRecord {
    QString uuid;
    QString name; // unique within its group
    Money priceDelta; // added to the size's price; may be negative
    int sortOrder = 0;
    bool active = true;
    // Saving: nullopt leaves the stored effects as they are; a list replaces them. Reading: always set.
    std::optional<QList<ModifierEffectRecord>> effects;

    // {"uuid", "name", "price_delta_cents", "sort_order", "active", "effects": [...] when set}
    static Result<ModifierRecord> fromJson(const QJsonObject& json, const QString& where);
    QJsonObject toJson() const;
    bool operator==(const ModifierRecord&) const = default;
};

struct ModifierGroupRecord {
    QString uuid;
    QString name; // unique in the catalogue
    int minChoices = 0; // required when at least 1
    int maxChoices = 1;
    bool active = true;
    // Saving: modifiers listed are saved by uuid; others are left as they are. Reading: all of them.
    // Which products offer the group is the products' modifierGroupUuids (setGroupProducts).
    QList<ModifierRecord> modifiers;

    bool required() const { return minChoices >= 1; }
    // {"uuid", "name", "min_choices", "max_choices", "active", "modifiers": [...]}
    static Result<ModifierGroupRecord> fromJson(const QJsonObject& json, const QString& where);
    QJsonObject toJson() const;
    bool operator==(const ModifierGroupRecord&) const = default;
};

enum class SaveOutcome {
    Inserted,
    Updated,
    Unchanged, // nothing differed: nothing written, audited or queued
    Deactivated, // kept because history refers to it (or it was already inactive)
    Deleted, // never used anywhere, so removed
};
QString saveOutcomeCode(SaveOutcome outcome); // "inserted", "updated", "unchanged", "deactivated", "deleted"

struct WriteResult {
    qint64 id = 0; // the row (for callers inside core: CatalogChanged carries it too)
    QString uuid;
    SaveOutcome outcome = SaveOutcome::Unchanged;
};

// The one writer of categories, products, product_barcodes, product_sizes, modifier_groups,
// modifiers, product_modifier_groups, size_recipe_items, modifier_recipe_items, tax_rates and
// sold_out. Core-private: use cases (MenuEditor, the menu import, the demo) call it inside their
// unit of work; it never opens or commits one, and it checks no permission (the use case does).
//
// Every write records CatalogChanged {key, row id} on the unit of work ("tax_rate", "category",
// "product", "size", "modifier_group", "modifier", "recipe", "sold_out"), queues an outbox event
// "catalog.<key>.saved" / ".deactivated" / ".deleted" whose payload is the whole record as JSON (with
// uuids), and writes an audit entry "catalog.<key>.<inserted|updated|deactivated|deleted>" whose
// details are {"uuid", "name", "old": {changed fields}, "new": {changed fields}} and the actor.
// Saves are upserts by uuid: a new uuid inserts, an existing one updates only what differs, and
// when nothing differs reports Unchanged without writing anything. Statements are prepared once per
// connection, and no call reads more than the rows it writes, so 20,000 products in one unit of work
// cost 20,000 times one product.
class CatalogWriter {
public:
    // Who is making the changes (written to the audit log) and from which till.
    CatalogWriter(const Clock& clock, qint64 terminalId, qint64 actorStaffId, qint64 authorisedByStaffId = 0);

    Result<WriteResult> saveTaxRate(UnitOfWork& work, const TaxRateRecord& record);
    Result<WriteResult> saveCategory(UnitOfWork& work, const CategoryRecord& record);
    // The product, its barcodes and modifier groups, and the sizes it lists (with their recipes when
    // set). The result is the product's; sizes' outcomes are in `sizeResults` when given.
    Result<WriteResult> saveProduct(
        UnitOfWork& work, const ProductRecord& record, QList<WriteResult>* sizeResults = nullptr);
    Result<WriteResult> saveSize(UnitOfWork& work, const QString& productUuid, const SizeRecord& record);
    Result<WriteResult> setRecipe(UnitOfWork& work, const SizeRecipe& recipe);
    // The group and the modifiers it lists (see ModifierGroupRecord).
    Result<WriteResult> saveModifierGroup(UnitOfWork& work, const ModifierGroupRecord& record);
    Result<WriteResult> saveModifier(UnitOfWork& work, const QString& groupUuid, const ModifierRecord& record);
    // Which products offer a group, in place of those that did (the group keeps its place in the
    // lists of products that already had it; new ones get it last).
    Result<WriteResult> setGroupProducts(UnitOfWork& work, const QString& groupUuid, const QStringList& productUuids);

    // Every category (active or not) that sends its items to station `from` (matched without regard
    // to case) sends them to `to` instead: each saved as saveCategory saves it (audit, outbox,
    // CatalogChanged "category"). The kitchen's station rename is the caller. Returns what moved.
    Result<QList<WriteResult>> moveCategoriesToStation(UnitOfWork& work, const QString& from, const QString& to);

    // Deactivated when anything refers to it (sold on an order line, a reward, a size or modifier
    // sold, a category with products); deleted when nothing ever did.
    Result<WriteResult> deactivateProduct(UnitOfWork& work, const QString& uuid);
    Result<WriteResult> deactivateSize(UnitOfWork& work, const QString& uuid);
    Result<WriteResult> deactivateCategory(UnitOfWork& work, const QString& uuid);
    Result<WriteResult> deactivateModifierGroup(UnitOfWork& work, const QString& uuid);
    Result<WriteResult> deactivateModifier(UnitOfWork& work, const QString& uuid);

    // Sold out in `storeId` until the end of `businessDay` ("YYYY-MM-DD", the store's local day);
    // Unchanged when already marked for that day.
    Result<WriteResult> markSoldOut(
        UnitOfWork& work, qint64 storeId, const QString& productUuid, const QString& businessDay);
    // Unchanged when it was not sold out (or only on an earlier day).
    Result<WriteResult> restore(
        UnitOfWork& work, qint64 storeId, const QString& productUuid, const QString& businessDay);

    // One record as stored, for a use case's answer; nullopt when no row has that uuid. A product
    // comes with all its sizes (inactive too) and their recipes, a group with all its modifiers and
    // their effects.
    static Result<std::optional<TaxRateRecord>> readTaxRate(const QSqlDatabase& db, const QString& uuid);
    static Result<std::optional<CategoryRecord>> readCategory(const QSqlDatabase& db, const QString& uuid);
    static Result<std::optional<ProductRecord>> readProduct(const QSqlDatabase& db, const QString& uuid);
    static Result<std::optional<ModifierGroupRecord>> readModifierGroup(const QSqlDatabase& db, const QString& uuid);
    // The uuid of the product a size belongs to, of the group a modifier belongs to; empty when none.
    static Result<QString> productOfSize(const QSqlDatabase& db, const QString& sizeUuid);
    static Result<QString> groupOfModifier(const QSqlDatabase& db, const QString& modifierUuid);

private:
    const Clock& m_clock;
    qint64 m_terminalId;
    qint64 m_actorStaffId;
    qint64 m_authorisedByStaffId;
};

} // namespace crema

#pragma once

#include "catalog/catalogwriter.h"
#include "catalog/menu.h"
#include "common/money.h"
#include "common/quantity.h"
#include "common/result.h"
#include "staff/staffservice.h"
#include "store/site.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace crema {

class Clock;
class Database;

// An ingredient as the menu editor offers it for recipes (stock items are edited elsewhere).
struct IngredientRef {
    QString uuid;
    QString name;
    BaseUnit unit = BaseUnit::Gram;
    bool active = true;

    QJsonObject toJson() const; // {"uuid", "name", "base_unit", "active"}
};

// The whole catalogue as the editors show it, inactive rows included, read in a handful of queries
// (fast on 20,000 products). Lists are in editor order: categories by sort order, products by
// category then place on the grid, sizes and modifiers by their sort order.
struct EditableMenu {
    QList<TaxRateRecord> taxRates;
    QList<CategoryRecord> categories;
    QList<ProductRecord> products; // sizes with their recipes, barcodes, modifier groups
    QList<ModifierGroupRecord> groups; // modifiers with their effects
    QList<IngredientRef> ingredients;
    QStringList soldOutToday; // uuids of products sold out in this store's current business day
    QStringList stations; // the kitchen stations a category may send its items to (KitchenService::stations)

    // By uuid or, failing that, by name (case-insensitive, trimmed); nullptr when none.
    const TaxRateRecord* findTaxRate(const QString& uuidOrName) const;
    const CategoryRecord* findCategory(const QString& uuidOrName) const;
    const ProductRecord* findProduct(const QString& uuidOrName) const;
    const ModifierGroupRecord* findGroup(const QString& uuidOrName) const;
    const IngredientRef* findIngredient(const QString& uuidOrName) const;
    // A size of `product` by uuid or name.
    static const SizeRecord* findSize(const ProductRecord& product, const QString& uuidOrName);
    // A modifier by uuid, or by name within `group` (or any group when empty); nullptr when none or,
    // by name across groups, when more than one has it. `groupOut` receives its group.
    const ModifierRecord* findModifier(
        const QString& uuidOrName, const QString& group = {}, const ModifierGroupRecord** groupOut = nullptr) const;
    bool isSoldOut(const QString& productUuid) const { return soldOutToday.contains(productUuid); }
    // What the till's Menu::recipeProblems finds in the menu on sale, found here without reading it
    // again (the same rule, findRecipeProblems): the same problems in the same order, with row ids 0
    // and product uuids set.
    QList<RecipeProblem> recipeProblems() const;

    QJsonObject toJson() const;
};

// A size's theoretical cost (from its recipe and its ingredients' purchase costs) and margin.
//
// An ingredient's cost per base unit is its cheapest active purchase unit's cost_cents /
// base_quantity. The size's cost is the exact sum of quantity × cost per unit over its recipe,
// rounded once, half up, to the minor unit. An ingredient with no active purchase unit makes the
// cost unknown (not zero). The margin is the price net of tax (taken out when the store's prices
// include tax, else the price itself) minus the cost, in minor units and in basis points of the
// net price.
struct SizeCost {
    QString productUuid;
    QString sizeUuid;
    QString product;
    QString size;
    Money price; // as entered
    Money netPrice; // without tax
    bool hasRecipe = false; // false: flagged, cost and margin unknown
    std::optional<Money> cost; // nullopt: unknown (no recipe, or an ingredient without a cost)
    QStringList uncostedIngredients; // names of the recipe's ingredients with no purchase unit
    std::optional<Money> margin; // netPrice - cost
    std::optional<qint64> marginBp; // margin / netPrice × 10000, rounded half up; nullopt when netPrice is 0

    // {"product_uuid", "size_uuid", "product", "size", "price_cents", "net_price_cents",
    //  "has_recipe", "cost_cents" (null: unknown), "uncosted_ingredients", "margin_cents", "margin_bp"}
    QJsonObject toJson() const;
};

// What a save returns: the record as stored afterwards, what happened, and what the editor should
// show about it (a modifier that changes nothing in one of the product's sizes).
template <typename Record> struct Saved {
    Record record;
    SaveOutcome outcome = SaveOutcome::Unchanged;
    QList<RecipeProblem> warnings;

    // {"outcome", "record": {...}, "warnings": [{...RecipeProblem::toJson...}]}
    QJsonObject toJson() const;
};

// The menu editor's use cases, for the back office screens, cremactl and crema-hq alike. Each call
// takes the acting staff member, checks permission in core and is one unit of work through
// CatalogWriter (so it is audited with old and new values, reaches the outbox and announces
// CatalogChanged on the database's ChangeHub):
// - ManageMenu (owner, manager): categories, products, sizes, prices, modifier groups, modifiers,
//   recipes; which categories use a tax rate is a category field.
// - ManageSettings (owner): tax rates themselves (name, rate).
// - MarkSoldOut (everyone): markSoldOut and restore.
// Refusals are PermissionDenied naming the person and their role. Validation errors are
// InvalidInput naming the record and field ("product 'Latte' size 'Large': price must be at least 0");
// an unknown uuid is NotFound; a name taken by another record is Conflict.
class MenuEditor : public QObject {
    Q_OBJECT
public:
    MenuEditor(Database& db, const Clock& clock, Site site, QObject* parent = nullptr);

    Result<Saved<TaxRateRecord>> saveTaxRate(const StaffMember& actor, const TaxRateRecord& record);

    Result<Saved<CategoryRecord>> saveCategory(const StaffMember& actor, const CategoryRecord& record);
    Result<Saved<CategoryRecord>> deactivateCategory(const StaffMember& actor, const QString& uuid);

    // With its sizes (see ProductRecord). Warnings: modifiers offered on it whose replace or remove
    // finds nothing in one of its sizes' recipes.
    Result<Saved<ProductRecord>> saveProduct(const StaffMember& actor, const ProductRecord& record);
    Result<Saved<ProductRecord>> deactivateProduct(const StaffMember& actor, const QString& uuid);

    // Add (empty uuid), rename, reprice, reorder a size of a product; the record returned is the
    // whole product.
    Result<Saved<ProductRecord>> saveSize(const StaffMember& actor, const QString& productUuid, const SizeRecord& size);
    Result<Saved<ProductRecord>> deactivateSize(const StaffMember& actor, const QString& sizeUuid);
    // Replaces the whole recipe of a size; the record returned is the size's product.
    Result<Saved<ProductRecord>> setRecipe(const StaffMember& actor, const SizeRecipe& recipe);

    Result<Saved<ModifierGroupRecord>> saveModifierGroup(const StaffMember& actor, const ModifierGroupRecord& record);
    Result<Saved<ModifierGroupRecord>> deactivateModifierGroup(const StaffMember& actor, const QString& uuid);
    // Which products offer the group (see CatalogWriter::setGroupProducts).
    Result<Saved<ModifierGroupRecord>> setGroupProducts(
        const StaffMember& actor, const QString& groupUuid, const QStringList& productUuids);
    // The record returned is the modifier's group.
    Result<Saved<ModifierGroupRecord>> saveModifier(
        const StaffMember& actor, const QString& groupUuid, const ModifierRecord& record);
    Result<Saved<ModifierGroupRecord>> deactivateModifier(const StaffMember& actor, const QString& uuid);

    // 86: sold out in this store until its current business day ends (the next business day it is on
    // sale again with nothing written), or until restored.
    Result<Saved<ProductRecord>> markSoldOut(const StaffMember& actor, const QString& productUuid);
    Result<Saved<ProductRecord>> restore(const StaffMember& actor, const QString& productUuid);

    // Reading needs no permission beyond being logged in to the back office (the screens check
    // UseBackOffice); cremactl reads with a PIN like every other command.
    Result<EditableMenu> loadForEditing();
    // Every size of every active product, in editor order.
    Result<QList<SizeCost>> sizeCosts();
    Result<SizeCost> sizeCost(const QString& sizeUuid);
    // The active menu's recipe problems (loadForEditing().recipeProblems()). A screen that has the
    // EditableMenu already asks it instead of reading the menu again.
    Result<QList<RecipeProblem>> warnings();

    // A recipe line from what someone typed: the ingredient by uuid or name and a quantity in any
    // unit of its kind ("1.5 kg", "250 ml", "18g", "2 pc"; a bare number is base units). Errors name
    // the ingredient and the text.
    static Result<RecipeLineRecord> recipeLine(
        const EditableMenu& menu, const QString& ingredient, const QString& quantityText);

    // The store's business day now ("YYYY-MM-DD"), which sold-out marks last until the end of.
    QString businessDay() const;
    // The store's details as edited meanwhile (Store details): the time zone decides the business day.
    void setSite(Site site) { m_site = std::move(site); }

private:
    Database& m_db;
    const Clock& m_clock;
    Site m_site;
};

template <typename Record> QJsonObject Saved<Record>::toJson() const
{
    QJsonArray problems;
    for (const RecipeProblem& p : warnings)
        problems.append(p.toJson());
    return QJsonObject {
        {QStringLiteral("outcome"), saveOutcomeCode(outcome)},
        {QStringLiteral("record"), record.toJson()},
        {QStringLiteral("warnings"), problems},
    };
}

} // namespace crema

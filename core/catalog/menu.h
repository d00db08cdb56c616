#pragma once

#include "common/money.h"
#include "common/quantity.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crema {

struct RecipeItem {
    qint64 ingredientId = 0;
    QString ingredient;
    qint64 quantity = 0; // base units
    BaseUnit unit = BaseUnit::Gram;
};

enum class RecipeAction { Add, Remove, Replace };
QString recipeActionCode(RecipeAction a); // "add" | "remove" | "replace"

struct ModifierRecipeItem {
    RecipeAction action = RecipeAction::Add;
    qint64 ingredientId = 0;
    QString ingredient; // added, removed, or the replacement
    std::optional<qint64> quantity; // add: always; replace: only when it differs from the replaced amount
    BaseUnit unit = BaseUnit::Gram;
    qint64 replacesId = 0;
    QString replaces; // replace: the ingredient taken out of the size's recipe
};

struct Modifier {
    qint64 id = 0;
    QString uuid;
    QString name;
    Money priceDelta;
    QList<ModifierRecipeItem> recipe;
};

struct ModifierGroup {
    qint64 id = 0;
    QString uuid;
    QString name;
    int minChoices = 0;
    int maxChoices = 1;
    QList<Modifier> modifiers;
};

struct ProductSize {
    qint64 id = 0;
    QString uuid;
    QString name;
    Money price;
    QList<RecipeItem> recipe;
};

struct Category {
    qint64 id = 0;
    QString uuid;
    QString name;
    QString colour;
    qint64 taxRateBp = 0;
    QString station; // kitchen station its items go to ("Bar", "Kitchen")
};

struct Product {
    qint64 id = 0;
    QString uuid;
    QString name;
    qint64 categoryId = 0;
    QString category;
    QString sku;
    QString barcode; // the first of `barcodes`, or empty
    QStringList barcodes; // every code the scanner and search find it by
    bool needsPreparation = true;
    bool soldOut = false; // 86: sold out in this store for its current business day
    QList<ProductSize> sizes;
    QList<qint64> modifierGroupIds; // in display order; details in Menu::groups
};

// A modifier offered on a size whose replace or remove finds nothing in that size's recipe. Sold, it
// would take the wrong stock: oat milk offered on a drink without milk never leaves the shelf.
struct RecipeProblem {
    qint64 productId = 0; // row ids: found in the till's Menu; 0 when found in the editor's EditableMenu
    qint64 sizeId = 0;
    qint64 modifierId = 0;
    QString product;
    QString size;
    QString modifier;
    RecipeAction action = RecipeAction::Replace; // replace or remove
    QString ingredient; // the one the recipe does not have
    QString productUuid;
    // "Americano (Regular): Oat milk replaces Whole milk, which the recipe does not have"
    QString message() const;
    QJsonObject toJson() const;
};

// The one rule behind RecipeProblem, for both shapes the catalogue is read in: the till's Menu (row
// ids, only what is on sale) and the editor's EditableMenu (uuids, inactive rows too). The till's
// check, a sale's warnings, `cremactl menu` and the editor's warnings all come from here, so they
// cannot disagree, and the editor needs no second read of the menu to warn.
//
// A modifier offered on a product changes nothing in one of its sizes when one of its effects
// replaces or removes an ingredient that the size's own recipe does not have (an add always takes
// something). Judged against the size's own recipe: an add from another modifier may supply the
// ingredient on some orders, but picked alone this modifier would still take nothing. Only what is
// on sale is checked. Problems come in menu order: product, size, the groups in the order the
// chooser offers them, modifier, effect.
//
// `shape` says how to walk its menu (Menu::recipeProblems and EditableMenu::recipeProblems have one):
//   products()                  the products in menu order; sizesOf(product) its sizes in order
//   onSale(product), onSale(size)
//   forEachOffered(product, f)  f(modifier) for each modifier on sale in the groups on sale offered
//                               on the product, in the chooser's order
//   effectsOf(modifier)         its recipe effects, each with an `action`
//   ingredientOf(effect), replacedOf(effect)  the ingredient removed, the one replaced: something
//                               with a `key` for recipeHas(size, key), handed back to problem()
//   problem(product, size, modifier, action, ingredient)  the RecipeProblem
template <typename Shape> QList<RecipeProblem> findRecipeProblems(const Shape& shape)
{
    QList<RecipeProblem> out;
    for (const auto& product : shape.products()) {
        if (!shape.onSale(product))
            continue;
        for (const auto& size : shape.sizesOf(product)) {
            if (!shape.onSale(size))
                continue;
            shape.forEachOffered(product, [&](const auto& modifier) {
                for (const auto& effect : shape.effectsOf(modifier)) {
                    if (effect.action == RecipeAction::Add)
                        continue;
                    const auto& wanted = effect.action == RecipeAction::Replace ? shape.replacedOf(effect)
                                                                                : shape.ingredientOf(effect);
                    if (!shape.recipeHas(size, wanted.key))
                        out.append(shape.problem(product, size, modifier, effect.action, wanted));
                }
            });
        }
    }
    return out;
}

// The active menu, read in one go: categories in till order, products within them.
struct Menu {
    QList<Category> categories;
    QList<Product> products;
    QHash<qint64, ModifierGroup> groups;
    // recipeProblems() as of loading: CatalogService::loadMenu fills it, once per load, so a sale
    // can look its line up without checking the menu again.
    QList<RecipeProblem> problems;

    const Product* findProduct(const QString& name) const;
    // The group with this id, or nullptr (no copy, unlike QHash::value on a const menu).
    const ModifierGroup* group(qint64 id) const;
    // The ingredient quantities one unit of `size` with `modifierIds` takes from stock, after
    // applying each modifier's add/remove/replace to the size's recipe.
    QList<RecipeItem> resolveRecipe(const ProductSize& size, const QList<qint64>& modifierIds) const;

    // Every (product, size, modifier offered on that product) where a replace or a remove changes
    // nothing in the size's recipe, in menu order. Empty for a sound menu; the menu editor, `cremactl
    // menu` and the tests call it.
    QList<RecipeProblem> recipeProblems() const;
    // The messages of `problems` that a line of `size` with `modifierIds` runs into: the sale records
    // them as warnings (the drink was made; the menu is what needs fixing, not the queue).
    QStringList problemsOf(const ProductSize& size, const QList<qint64>& modifierIds) const;

    // The stable JSON contract of `cremactl menu --json`.
    QJsonObject toJson() const;
};

} // namespace crema

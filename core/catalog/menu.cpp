#include "menu.h"

#include <QJsonArray>

#include <algorithm>

namespace crema {

QString recipeActionCode(RecipeAction a)
{
    switch (a) {
    case RecipeAction::Add:
        return QStringLiteral("add");
    case RecipeAction::Remove:
        return QStringLiteral("remove");
    case RecipeAction::Replace:
        return QStringLiteral("replace");
    }
    return {};
}

const Product* Menu::findProduct(const QString& name) const
{
    for (const Product& p : products) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const ModifierGroup* Menu::group(qint64 id) const
{
    const auto it = groups.constFind(id);
    return it == groups.constEnd() ? nullptr : &*it;
}

QList<RecipeItem> Menu::resolveRecipe(const ProductSize& size, const QList<qint64>& modifierIds) const
{
    QList<const Modifier*> chosen;
    for (qint64 modifierId : modifierIds) {
        for (const auto& g : groups) {
            for (const auto& m : g.modifiers) {
                if (m.id == modifierId)
                    chosen.append(&m);
            }
        }
    }
    QList<RecipeItem> items = size.recipe;
    const auto find = [&items](qint64 ingredientId) {
        return std::find_if(
            items.begin(), items.end(), [&](const RecipeItem& r) { return r.ingredientId == ingredientId; });
    };
    // Adds first, then replacements, then removals, whatever order the modifiers were picked in:
    // a decaf latte with an extra shot is all decaf, and an oat latte has no dairy milk at all.
    for (RecipeAction phase : {RecipeAction::Add, RecipeAction::Replace, RecipeAction::Remove}) {
        for (const Modifier* mod : std::as_const(chosen)) {
            for (const ModifierRecipeItem& r : mod->recipe) {
                if (r.action != phase)
                    continue;
                if (phase == RecipeAction::Add) {
                    auto it = find(r.ingredientId);
                    if (it != items.end())
                        it->quantity += r.quantity.value_or(0);
                    else
                        items.append(RecipeItem {r.ingredientId, r.ingredient, r.quantity.value_or(0), r.unit});
                } else if (phase == RecipeAction::Replace) {
                    auto it = find(r.replacesId);
                    if (it == items.end())
                        continue; // nothing to replace in this size
                    const qint64 qty = r.quantity.value_or(it->quantity);
                    items.erase(it);
                    auto existing = find(r.ingredientId);
                    if (existing != items.end())
                        existing->quantity += qty;
                    else
                        items.append(RecipeItem {r.ingredientId, r.ingredient, qty, r.unit});
                } else {
                    auto it = find(r.ingredientId);
                    if (it != items.end())
                        items.erase(it);
                }
            }
        }
    }
    return items;
}

QString RecipeProblem::message() const
{
    return QStringLiteral("%1 (%2): %3 %4 %5, which the recipe does not have")
        .arg(product, size, modifier,
            action == RecipeAction::Remove ? QStringLiteral("removes") : QStringLiteral("replaces"), ingredient);
}

QJsonObject RecipeProblem::toJson() const
{
    return QJsonObject {{QStringLiteral("product"), product}, {QStringLiteral("size"), size},
        {QStringLiteral("modifier"), modifier}, {QStringLiteral("action"), recipeActionCode(action)},
        {QStringLiteral("ingredient"), ingredient}, {QStringLiteral("message"), message()}};
}

namespace {

// How findRecipeProblems walks the till's Menu: it holds only what is on sale, by row id.
struct MenuShape {
    const Menu& menu;
    struct Ingredient {
        qint64 key;
        const QString& name;
    };

    const QList<Product>& products() const { return menu.products; }
    static const QList<ProductSize>& sizesOf(const Product& p) { return p.sizes; }
    static bool onSale(const Product&) { return true; }
    static bool onSale(const ProductSize&) { return true; }
    template <typename F> void forEachOffered(const Product& p, F&& f) const
    {
        for (qint64 gid : p.modifierGroupIds) {
            if (const ModifierGroup* g = menu.group(gid)) {
                for (const Modifier& m : g->modifiers)
                    f(m);
            }
        }
    }
    static const QList<ModifierRecipeItem>& effectsOf(const Modifier& m) { return m.recipe; }
    static Ingredient ingredientOf(const ModifierRecipeItem& r) { return {r.ingredientId, r.ingredient}; }
    static Ingredient replacedOf(const ModifierRecipeItem& r) { return {r.replacesId, r.replaces}; }
    static bool recipeHas(const ProductSize& s, qint64 ingredientId)
    {
        return std::any_of(
            s.recipe.begin(), s.recipe.end(), [&](const RecipeItem& r) { return r.ingredientId == ingredientId; });
    }
    static RecipeProblem problem(
        const Product& p, const ProductSize& s, const Modifier& m, RecipeAction action, const Ingredient& missing)
    {
        return RecipeProblem {p.id, s.id, m.id, p.name, s.name, m.name, action, missing.name, p.uuid};
    }
};

} // namespace

QList<RecipeProblem> Menu::recipeProblems() const
{
    return findRecipeProblems(MenuShape {*this});
}

QStringList Menu::problemsOf(const ProductSize& size, const QList<qint64>& modifierIds) const
{
    QStringList out;
    for (const RecipeProblem& p : problems) {
        if (p.sizeId == size.id && modifierIds.contains(p.modifierId))
            out << p.message();
    }
    return out;
}

QJsonObject Menu::toJson() const
{
    const auto recipeJson = [](const QList<RecipeItem>& recipe) {
        QJsonArray arr;
        for (const RecipeItem& r : recipe)
            arr.append(QJsonObject {{QStringLiteral("ingredient"), r.ingredient},
                {QStringLiteral("quantity"), r.quantity}, {QStringLiteral("unit"), unitSymbol(r.unit)}});
        return arr;
    };
    QJsonArray productsJson;
    for (const Product& p : products) {
        QJsonArray sizes;
        for (const ProductSize& s : p.sizes)
            sizes.append(QJsonObject {{QStringLiteral("name"), s.name},
                {QStringLiteral("price_cents"), s.price.cents()}, {QStringLiteral("recipe"), recipeJson(s.recipe)}});
        QJsonArray groupsJson;
        for (qint64 gid : p.modifierGroupIds) {
            const ModifierGroup& g = *group(gid);
            QJsonArray mods;
            for (const Modifier& m : g.modifiers) {
                QJsonArray recipe;
                for (const ModifierRecipeItem& r : m.recipe) {
                    recipe.append(QJsonObject {
                        {QStringLiteral("ingredient"), r.ingredient},
                        {QStringLiteral("quantity"),
                            r.quantity ? QJsonValue(*r.quantity) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("unit"), unitSymbol(r.unit)},
                        {QStringLiteral("action"), recipeActionCode(r.action)},
                        {QStringLiteral("replaces"),
                            r.action == RecipeAction::Replace ? QJsonValue(r.replaces) : QJsonValue(QJsonValue::Null)},
                    });
                }
                mods.append(QJsonObject {{QStringLiteral("name"), m.name},
                    {QStringLiteral("price_cents"), m.priceDelta.cents()}, {QStringLiteral("recipe"), recipe}});
            }
            groupsJson.append(QJsonObject {{QStringLiteral("name"), g.name}, {QStringLiteral("min"), g.minChoices},
                {QStringLiteral("max"), g.maxChoices}, {QStringLiteral("modifiers"), mods}});
        }
        productsJson.append(QJsonObject {{QStringLiteral("name"), p.name}, {QStringLiteral("category"), p.category},
            {QStringLiteral("sizes"), sizes}, {QStringLiteral("modifier_groups"), groupsJson}});
    }
    QJsonArray problemsJson;
    for (const RecipeProblem& p : recipeProblems())
        problemsJson.append(p.toJson());
    return QJsonObject {{QStringLiteral("products"), productsJson}, {QStringLiteral("problems"), problemsJson}};
}

} // namespace crema

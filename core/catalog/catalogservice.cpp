#include "catalogservice.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace crema {

CatalogService::CatalogService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{ }

CatalogService::CatalogService(Database& db, const Clock& clock, Site site, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(&clock)
    , m_site(std::move(site))
{ }

Result<Menu> CatalogService::loadMenu()
{
    const QSqlDatabase db = m_db.connection();
    const QString doing = QStringLiteral("reading the menu");
    Menu menu;

    SqlQuery cats(db,
        QStringLiteral("SELECT c.id, c.uuid, c.name, c.colour, t.rate_bp, c.station FROM categories AS c "
                       "JOIN tax_rates AS t ON t.id = c.tax_rate_id WHERE c.active = 1 ORDER BY c.sort_order, c.name"));
    CREMA_TRY(cats.run(doing));
    while (cats.next())
        menu.categories.append(Category {cats.value(0).toLongLong(), cats.value(1).toString(), cats.value(2).toString(),
            cats.value(3).toString(), cats.value(4).toLongLong(), cats.value(5).toString()});

    SqlQuery prods(db,
        QStringLiteral("SELECT p.id, p.uuid, p.name, p.category_id, c.name, coalesce(p.sku, ''), "
                       "p.needs_preparation FROM products AS p JOIN categories AS c ON c.id = p.category_id "
                       "WHERE p.active = 1 AND c.active = 1 ORDER BY c.sort_order, c.name, p.sort_order, p.name"));
    CREMA_TRY(prods.run(doing));
    QHash<qint64, qsizetype> productIndex;
    while (prods.next()) {
        Product p;
        p.id = prods.value(0).toLongLong();
        p.uuid = prods.value(1).toString();
        p.name = prods.value(2).toString();
        p.categoryId = prods.value(3).toLongLong();
        p.category = prods.value(4).toString();
        p.sku = prods.value(5).toString();
        p.needsPreparation = prods.value(6).toBool();
        productIndex.insert(p.id, menu.products.size());
        menu.products.append(std::move(p));
    }

    SqlQuery sizes(db,
        QStringLiteral("SELECT id, uuid, product_id, name, price_cents FROM product_sizes WHERE active = 1 "
                       "ORDER BY product_id, sort_order, id"));
    CREMA_TRY(sizes.run(doing));
    QHash<qint64, QPair<qsizetype, qsizetype>> sizeIndex; // size id -> (product index, size index)
    while (sizes.next()) {
        auto it = productIndex.constFind(sizes.value(2).toLongLong());
        if (it == productIndex.constEnd())
            continue; // inactive product
        Product& p = menu.products[*it];
        sizeIndex.insert(sizes.value(0).toLongLong(), {*it, p.sizes.size()});
        p.sizes.append(ProductSize {sizes.value(0).toLongLong(), sizes.value(1).toString(), sizes.value(3).toString(),
            Money(sizes.value(4).toLongLong()), {}});
    }

    SqlQuery recipes(db,
        QStringLiteral("SELECT r.size_id, i.id, i.name, r.quantity, i.base_unit FROM size_recipe_items AS r "
                       "JOIN ingredients AS i ON i.id = r.ingredient_id ORDER BY r.size_id, i.name"));
    CREMA_TRY(recipes.run(doing));
    while (recipes.next()) {
        auto it = sizeIndex.constFind(recipes.value(0).toLongLong());
        if (it == sizeIndex.constEnd())
            continue;
        menu.products[it->first].sizes[it->second].recipe.append(
            RecipeItem {recipes.value(1).toLongLong(), recipes.value(2).toString(), recipes.value(3).toLongLong(),
                parseBaseUnit(recipes.value(4).toString()).value()});
    }

    SqlQuery groups(
        db, QStringLiteral("SELECT id, uuid, name, min_choices, max_choices FROM modifier_groups WHERE active = 1"));
    CREMA_TRY(groups.run(doing));
    while (groups.next()) {
        ModifierGroup g {groups.value(0).toLongLong(), groups.value(1).toString(), groups.value(2).toString(),
            groups.value(3).toInt(), groups.value(4).toInt(), {}};
        menu.groups.insert(g.id, g);
    }

    SqlQuery mods(db,
        QStringLiteral("SELECT id, uuid, group_id, name, price_delta_cents FROM modifiers WHERE active = 1 "
                       "ORDER BY group_id, sort_order, id"));
    CREMA_TRY(mods.run(doing));
    QHash<qint64, QPair<qint64, qsizetype>> modIndex; // modifier id -> (group id, index)
    while (mods.next()) {
        auto g = menu.groups.find(mods.value(2).toLongLong());
        if (g == menu.groups.end())
            continue;
        modIndex.insert(mods.value(0).toLongLong(), {g.key(), g->modifiers.size()});
        g->modifiers.append(Modifier {mods.value(0).toLongLong(), mods.value(1).toString(), mods.value(3).toString(),
            Money(mods.value(4).toLongLong()), {}});
    }

    SqlQuery modRecipes(db,
        QStringLiteral(
            "SELECT m.modifier_id, m.action, i.id, i.name, m.quantity, i.base_unit, r.id, coalesce(r.name, '') "
            "FROM modifier_recipe_items AS m JOIN ingredients AS i ON i.id = m.ingredient_id "
            "LEFT JOIN ingredients AS r ON r.id = m.replaces_ingredient_id ORDER BY m.modifier_id, m.id"));
    CREMA_TRY(modRecipes.run(doing));
    while (modRecipes.next()) {
        auto it = modIndex.constFind(modRecipes.value(0).toLongLong());
        if (it == modIndex.constEnd())
            continue;
        const QString action = modRecipes.value(1).toString();
        ModifierRecipeItem item;
        item.action = action == u"add" ? RecipeAction::Add
            : action == u"remove"      ? RecipeAction::Remove
                                       : RecipeAction::Replace;
        item.ingredientId = modRecipes.value(2).toLongLong();
        item.ingredient = modRecipes.value(3).toString();
        if (!modRecipes.value(4).isNull())
            item.quantity = modRecipes.value(4).toLongLong();
        item.unit = parseBaseUnit(modRecipes.value(5).toString()).value();
        item.replacesId = modRecipes.value(6).toLongLong();
        item.replaces = modRecipes.value(7).toString();
        menu.groups[it->first].modifiers[it->second].recipe.append(item);
    }

    SqlQuery links(db,
        QStringLiteral(
            "SELECT product_id, group_id FROM product_modifier_groups ORDER BY product_id, sort_order, group_id"));
    CREMA_TRY(links.run(doing));
    while (links.next()) {
        auto it = productIndex.constFind(links.value(0).toLongLong());
        if (it != productIndex.constEnd() && menu.groups.contains(links.value(1).toLongLong()))
            menu.products[*it].modifierGroupIds.append(links.value(1).toLongLong());
    }

    SqlQuery codes(db, QStringLiteral("SELECT product_id, barcode FROM product_barcodes ORDER BY product_id, barcode"));
    CREMA_TRY(codes.run(doing));
    while (codes.next()) {
        auto it = productIndex.constFind(codes.value(0).toLongLong());
        if (it == productIndex.constEnd())
            continue;
        Product& p = menu.products[*it];
        p.barcodes.append(codes.value(1).toString());
        if (p.barcode.isEmpty())
            p.barcode = p.barcodes.first();
    }

    // Sold out today in this store; a mark from an earlier business day has lapsed by itself.
    std::optional<Site> site;
    {
        const QMutexLocker locked(&m_siteLock);
        if (!m_site) {
            if (auto stored = loadSite(db))
                m_site = *stored;
        }
        site = m_site; // a copy: setSite may replace it while this reads on
    }
    if (site) {
        static const Clock realClock;
        const Clock& clock = m_clock ? *m_clock : realClock;
        const QString today = businessTime(clock.nowUtc(), storeZone(site->timeZone)).day;
        SqlQuery soldOut(db, QStringLiteral("SELECT product_id FROM sold_out WHERE store_id = ? AND business_day = ?"));
        soldOut.bindAll({site->storeId, today});
        CREMA_TRY(soldOut.run(doing));
        while (soldOut.next()) {
            auto it = productIndex.constFind(soldOut.value(0).toLongLong());
            if (it != productIndex.constEnd())
                menu.products[*it].soldOut = true;
        }
    }
    menu.problems = menu.recipeProblems();
    return menu;
}

void CatalogService::setSite(Site site)
{
    const QMutexLocker locked(&m_siteLock);
    m_site = std::move(site);
}

} // namespace crema

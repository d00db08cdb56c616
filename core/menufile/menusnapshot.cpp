#include "menufile/menusnapshot.h"

#include "storage/sql.h"

#include <QHash>

#include <utility>

namespace crema {

namespace {

QString text(const SqlQuery& q, int i)
{
    return q.value(i).isNull() ? QString() : q.value(i).toString();
}

} // namespace

Result<MenuSnapshot> MenuSnapshot::read(const QSqlDatabase& db)
{
    MenuSnapshot s;
    const QString doing = QStringLiteral("reading the menu");
    {
        SqlQuery q(db, QStringLiteral("SELECT uuid, name, rate_bp FROM tax_rates"));
        CREMA_TRY(q.run(doing));
        while (q.next())
            s.taxRates.append(TaxRateRecord {text(q, 0), text(q, 1), q.value(2).toLongLong()});
    }
    {
        SqlQuery q(db,
            QStringLiteral("SELECT c.uuid, c.name, t.uuid, c.colour, c.station, c.sort_order, c.active "
                           "FROM categories c JOIN tax_rates t ON t.id = c.tax_rate_id"));
        CREMA_TRY(q.run(doing));
        while (q.next()) {
            CategoryRecord c;
            c.uuid = text(q, 0);
            c.name = text(q, 1);
            c.taxRateUuid = text(q, 2);
            c.colour = text(q, 3);
            c.station = text(q, 4);
            c.sortOrder = q.value(5).toInt();
            c.active = q.value(6).toBool();
            s.categories.append(c);
        }
    }
    {
        // Stations with timings, and those only categories name (which run on the default timings).
        SqlQuery q(db,
            QStringLiteral("SELECT name, amber_seconds, red_seconds FROM kitchen_stations UNION "
                           "SELECT DISTINCT station, 180, 360 FROM categories WHERE station <> '' "
                           "AND station NOT IN (SELECT name FROM kitchen_stations)"));
        CREMA_TRY(q.run(doing));
        while (q.next())
            s.stations.append(StationRecord {text(q, 0), q.value(1).toInt(), q.value(2).toInt()});
    }
    {
        SqlQuery q(db,
            QStringLiteral("SELECT uuid, name, contact_name, email, phone, lead_time_days, min_order_cents, "
                           "delivery_days, order_cutoff, notes, active FROM suppliers"));
        CREMA_TRY(q.run(doing));
        while (q.next()) {
            SupplierRecord r;
            r.uuid = text(q, 0);
            r.name = text(q, 1);
            r.contactName = text(q, 2);
            r.email = text(q, 3);
            r.phone = text(q, 4);
            r.leadTimeDays = q.value(5).toInt();
            r.minOrderCents = q.value(6).toLongLong();
            if (auto days = parseDeliveryDays(text(q, 7)))
                r.deliveryDays = *days;
            r.orderCutoff = text(q, 8);
            r.notes = text(q, 9);
            r.active = q.value(10).toBool();
            s.suppliers.append(r);
        }
    }
    {
        SqlQuery q(db, QStringLiteral("SELECT uuid, name, base_unit, active FROM ingredients"));
        CREMA_TRY(q.run(doing));
        while (q.next()) {
            IngredientRecord r;
            r.uuid = text(q, 0);
            r.name = text(q, 1);
            if (auto unit = parseBaseUnit(text(q, 2)))
                r.baseUnit = *unit;
            r.active = q.value(3).toBool();
            s.ingredients.append(r);
        }
    }
    {
        SqlQuery q(db,
            QStringLiteral("SELECT p.uuid, i.uuid, s.uuid, p.name, p.base_quantity, p.cost_cents, p.supplier_sku, "
                           "p.active FROM purchase_units p JOIN ingredients i ON i.id = p.ingredient_id "
                           "JOIN suppliers s ON s.id = p.supplier_id"));
        CREMA_TRY(q.run(doing));
        while (q.next()) {
            PurchaseUnitRecord r;
            r.uuid = text(q, 0);
            r.ingredientUuid = text(q, 1);
            r.supplierUuid = text(q, 2);
            r.name = text(q, 3);
            r.baseQuantity = q.value(4).toLongLong();
            r.costCents = q.value(5).toLongLong();
            r.supplierSku = text(q, 6);
            r.active = q.value(7).toBool();
            s.purchaseUnits.append(r);
        }
    }

    // Where each group's and product's children go: by uuid, the (parent, child) positions.
    using At = std::pair<qsizetype, qsizetype>;
    QHash<QString, qsizetype> groupAt;
    QHash<QString, At> modifierAt;
    {
        SqlQuery q(db, QStringLiteral("SELECT uuid, name, min_choices, max_choices, active FROM modifier_groups"));
        CREMA_TRY(q.run(doing));
        while (q.next()) {
            ModifierGroupRecord g;
            g.uuid = text(q, 0);
            g.name = text(q, 1);
            g.minChoices = q.value(2).toInt();
            g.maxChoices = q.value(3).toInt();
            g.active = q.value(4).toBool();
            groupAt.insert(g.uuid, s.groups.size());
            s.groups.append(g);
        }
    }
    {
        SqlQuery q(db,
            QStringLiteral("SELECT m.uuid, g.uuid, m.name, m.price_delta_cents, m.sort_order, m.active "
                           "FROM modifiers m JOIN modifier_groups g ON g.id = m.group_id ORDER BY m.id"));
        CREMA_TRY(q.run(doing));
        while (q.next()) {
            ModifierRecord m;
            m.uuid = text(q, 0);
            m.name = text(q, 2);
            m.priceDelta = Money(q.value(3).toLongLong());
            m.sortOrder = q.value(4).toInt();
            m.active = q.value(5).toBool();
            m.effects = QList<ModifierEffectRecord> {};
            const qsizetype g = groupAt.value(text(q, 1));
            modifierAt.insert(m.uuid, At {g, s.groups[g].modifiers.size()});
            s.groups[g].modifiers.append(m);
        }
    }
    {
        SqlQuery q(db,
            QStringLiteral("SELECT m.uuid, r.action, i.uuid, x.uuid, r.quantity FROM modifier_recipe_items r "
                           "JOIN modifiers m ON m.id = r.modifier_id JOIN ingredients i ON i.id = r.ingredient_id "
                           "LEFT JOIN ingredients x ON x.id = r.replaces_ingredient_id ORDER BY r.id"));
        CREMA_TRY(q.run(doing));
        while (q.next()) {
            ModifierEffectRecord e;
            const QString action = text(q, 1);
            e.action = action == u"remove" ? RecipeAction::Remove
                : action == u"replace"     ? RecipeAction::Replace
                                           : RecipeAction::Add;
            e.ingredientUuid = text(q, 2);
            e.replacesIngredientUuid = text(q, 3);
            if (!q.value(4).isNull())
                e.quantity = q.value(4).toLongLong();
            const auto at = modifierAt.constFind(text(q, 0));
            if (at != modifierAt.cend())
                s.groups[at->first].modifiers[at->second].effects->append(e);
        }
    }

    QHash<QString, qsizetype> productAt;
    QHash<QString, At> sizeAt;
    {
        SqlQuery q(db,
            QStringLiteral("SELECT p.uuid, p.name, c.uuid, p.sku, p.needs_preparation, p.active, p.sort_order "
                           "FROM products p JOIN categories c ON c.id = p.category_id"));
        CREMA_TRY(q.run(doing));
        while (q.next()) {
            ProductRecord p;
            p.uuid = text(q, 0);
            p.name = text(q, 1);
            p.categoryUuid = text(q, 2);
            p.sku = text(q, 3);
            p.needsPreparation = q.value(4).toBool();
            p.active = q.value(5).toBool();
            p.sortOrder = q.value(6).toInt();
            productAt.insert(p.uuid, s.products.size());
            s.products.append(p);
        }
    }
    {
        SqlQuery q(db,
            QStringLiteral("SELECT p.uuid, b.barcode FROM product_barcodes b JOIN products p ON p.id = b.product_id "
                           "ORDER BY b.barcode"));
        CREMA_TRY(q.run(doing));
        while (q.next())
            s.products[productAt.value(text(q, 0))].barcodes.append(text(q, 1));
    }
    {
        SqlQuery q(db,
            QStringLiteral(
                "SELECT p.uuid, g.uuid FROM product_modifier_groups pg JOIN products p ON p.id = pg.product_id "
                "JOIN modifier_groups g ON g.id = pg.group_id ORDER BY pg.product_id, pg.sort_order, g.id"));
        CREMA_TRY(q.run(doing));
        while (q.next())
            s.products[productAt.value(text(q, 0))].modifierGroupUuids.append(text(q, 1));
    }
    {
        SqlQuery q(db,
            QStringLiteral("SELECT s.uuid, p.uuid, s.name, s.price_cents, s.sort_order, s.active "
                           "FROM product_sizes s JOIN products p ON p.id = s.product_id ORDER BY s.id"));
        CREMA_TRY(q.run(doing));
        while (q.next()) {
            SizeRecord z;
            z.uuid = text(q, 0);
            z.name = text(q, 2);
            z.price = Money(q.value(3).toLongLong());
            z.sortOrder = q.value(4).toInt();
            z.active = q.value(5).toBool();
            z.recipe = QList<RecipeLineRecord> {};
            const qsizetype p = productAt.value(text(q, 1));
            sizeAt.insert(z.uuid, At {p, s.products[p].sizes.size()});
            s.products[p].sizes.append(z);
        }
    }
    {
        SqlQuery q(db,
            QStringLiteral("SELECT z.uuid, i.uuid, r.quantity FROM size_recipe_items r "
                           "JOIN product_sizes z ON z.id = r.size_id JOIN ingredients i ON i.id = r.ingredient_id "
                           "ORDER BY i.name, i.uuid"));
        CREMA_TRY(q.run(doing));
        while (q.next()) {
            const auto at = sizeAt.constFind(text(q, 0));
            if (at != sizeAt.cend())
                s.products[at->first].sizes[at->second].recipe->append(
                    RecipeLineRecord {text(q, 1), q.value(2).toLongLong()});
        }
    }
    {
        SqlQuery q(db,
            QStringLiteral("SELECT r.uuid, r.name, r.points_cost, c.uuid, p.uuid, r.amount_cents, r.percent_bp, "
                           "r.active FROM rewards r LEFT JOIN categories c ON c.id = r.category_id "
                           "LEFT JOIN products p ON p.id = r.product_id"));
        CREMA_TRY(q.run(doing));
        while (q.next()) {
            RewardRecord r;
            r.uuid = text(q, 0);
            r.name = text(q, 1);
            r.pointsCost = q.value(2).toLongLong();
            r.categoryUuid = text(q, 3);
            r.productUuid = text(q, 4);
            r.amountCents = q.value(5).toLongLong();
            r.percentBp = q.value(6).toLongLong();
            r.active = q.value(7).toBool();
            s.rewards.append(r);
        }
    }
    return s;
}

} // namespace crema

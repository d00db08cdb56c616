#include "catalogwriter.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/ids.h"
#include "common/jsonfields.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace crema {

// ---- JSON beside the records ----

QJsonObject TaxRateRecord::toJson() const
{
    return {{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name}, {QStringLiteral("rate_bp"), rateBp}};
}

QJsonObject CategoryRecord::toJson() const
{
    return {{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name},
        {QStringLiteral("tax_rate_uuid"), taxRateUuid}, {QStringLiteral("colour"), colour},
        {QStringLiteral("station"), station}, {QStringLiteral("sort_order"), sortOrder},
        {QStringLiteral("active"), active}};
}

QJsonObject RecipeLineRecord::toJson() const
{
    return {{QStringLiteral("ingredient_uuid"), ingredientUuid}, {QStringLiteral("quantity"), quantity}};
}

namespace {

QJsonArray recipeJson(const QList<RecipeLineRecord>& items)
{
    QJsonArray arr;
    for (const RecipeLineRecord& r : items)
        arr.append(r.toJson());
    return arr;
}

} // namespace

QJsonObject SizeRecipe::toJson() const
{
    return {{QStringLiteral("size_uuid"), sizeUuid}, {QStringLiteral("items"), recipeJson(items)}};
}

QJsonObject SizeRecord::toJson() const
{
    QJsonObject o {{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name},
        {QStringLiteral("price_cents"), price.cents()}, {QStringLiteral("sort_order"), sortOrder},
        {QStringLiteral("active"), active}};
    if (recipe)
        o.insert(QStringLiteral("recipe"), recipeJson(*recipe));
    return o;
}

QJsonObject ProductRecord::toJson() const
{
    QJsonArray sizeArr;
    for (const SizeRecord& s : sizes)
        sizeArr.append(s.toJson());
    return {{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name},
        {QStringLiteral("category_uuid"), categoryUuid}, {QStringLiteral("sku"), sku},
        {QStringLiteral("barcodes"), QJsonArray::fromStringList(barcodes)},
        {QStringLiteral("needs_preparation"), needsPreparation}, {QStringLiteral("active"), active},
        {QStringLiteral("sort_order"), sortOrder},
        {QStringLiteral("modifier_group_uuids"), QJsonArray::fromStringList(modifierGroupUuids)},
        {QStringLiteral("sizes"), sizeArr}};
}

QJsonObject ModifierEffectRecord::toJson() const
{
    QJsonObject o {
        {QStringLiteral("action"), recipeActionCode(action)}, {QStringLiteral("ingredient_uuid"), ingredientUuid}};
    if (action == RecipeAction::Replace)
        o.insert(QStringLiteral("replaces_ingredient_uuid"), replacesIngredientUuid);
    if (quantity)
        o.insert(QStringLiteral("quantity"), *quantity);
    return o;
}

QJsonObject ModifierRecord::toJson() const
{
    QJsonObject o {{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name},
        {QStringLiteral("price_delta_cents"), priceDelta.cents()}, {QStringLiteral("sort_order"), sortOrder},
        {QStringLiteral("active"), active}};
    if (effects) {
        QJsonArray arr;
        for (const ModifierEffectRecord& e : *effects)
            arr.append(e.toJson());
        o.insert(QStringLiteral("effects"), arr);
    }
    return o;
}

QJsonObject ModifierGroupRecord::toJson() const
{
    QJsonArray mods;
    for (const ModifierRecord& m : modifiers)
        mods.append(m.toJson());
    return {{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name}, {QStringLiteral("min_choices"), minChoices},
        {QStringLiteral("max_choices"), maxChoices}, {QStringLiteral("active"), active},
        {QStringLiteral("modifiers"), mods}};
}

// ---- and back, for what HQ sends down (the writers check the bounds when saving) ----

namespace {

constexpr qint64 kMaxJsonCount = 1'000'000;

Result<QList<RecipeLineRecord>> recipeFromJson(const QJsonArray& items, const QString& where)
{
    QList<RecipeLineRecord> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        CREMA_GET(line, RecipeLineRecord::fromJson(items[i].toObject(), QStringLiteral("%1[%2]").arg(where).arg(i)));
        out.append(line);
    }
    return out;
}

} // namespace

Result<TaxRateRecord> TaxRateRecord::fromJson(const QJsonObject& json, const QString& where)
{
    const JsonFields f(json, where);
    CREMA_GET(uuid, f.text("uuid", true, 64));
    CREMA_GET(name, f.text("name", true, kMaxNameLength * 4));
    CREMA_GET(rate, f.integer("rate_bp", true, 0, 10000));
    return TaxRateRecord {uuid, name, rate};
}

Result<CategoryRecord> CategoryRecord::fromJson(const QJsonObject& json, const QString& where)
{
    const JsonFields f(json, where);
    CategoryRecord r;
    CREMA_GET(uuid, f.text("uuid", true, 64));
    CREMA_GET(name, f.text("name", true, kMaxNameLength * 4));
    CREMA_GET(tax, f.text("tax_rate_uuid", false, 64));
    CREMA_GET(colour, f.text("colour", false, 16));
    CREMA_GET(station, f.text("station", false, kMaxNameLength * 4));
    CREMA_GET(sortOrder, f.integer("sort_order", false, 0, kMaxSortOrder));
    CREMA_GET(active, f.boolean("active", true));
    r.uuid = uuid;
    r.name = name;
    r.taxRateUuid = tax;
    if (!colour.isEmpty())
        r.colour = colour;
    if (!station.isEmpty())
        r.station = station;
    r.sortOrder = int(sortOrder);
    r.active = active;
    return r;
}

Result<RecipeLineRecord> RecipeLineRecord::fromJson(const QJsonObject& json, const QString& where)
{
    const JsonFields f(json, where);
    CREMA_GET(ingredient, f.text("ingredient_uuid", true, 64));
    CREMA_GET(quantity, f.integer("quantity", true, 1, kMaxRecipeQuantity));
    return RecipeLineRecord {ingredient, quantity};
}

Result<SizeRecipe> SizeRecipe::fromJson(const QJsonObject& json, const QString& where)
{
    const JsonFields f(json, where);
    CREMA_GET(size, f.text("size_uuid", true, 64));
    CREMA_GET(items, f.array("items", false));
    CREMA_GET(lines, recipeFromJson(items, where + QStringLiteral(", items")));
    return SizeRecipe {size, lines};
}

Result<SizeRecord> SizeRecord::fromJson(const QJsonObject& json, const QString& where)
{
    const JsonFields f(json, where);
    SizeRecord r;
    CREMA_GET(uuid, f.text("uuid", true, 64));
    CREMA_GET(name, f.text("name", true, kMaxNameLength * 4));
    CREMA_GET(price, f.integer("price_cents", true, 0, Money::kMaxCents));
    CREMA_GET(sortOrder, f.integer("sort_order", false, 0, kMaxSortOrder));
    CREMA_GET(active, f.boolean("active", true));
    r.uuid = uuid;
    r.name = name;
    r.price = Money::fromCents(price);
    r.sortOrder = int(sortOrder);
    r.active = active;
    if (f.has("recipe")) {
        CREMA_GET(items, f.array("recipe"));
        CREMA_GET(lines, recipeFromJson(items, where + QStringLiteral(", recipe")));
        r.recipe = lines;
    }
    return r;
}

Result<ProductRecord> ProductRecord::fromJson(const QJsonObject& json, const QString& where)
{
    const JsonFields f(json, where);
    ProductRecord r;
    CREMA_GET(uuid, f.text("uuid", true, 64));
    CREMA_GET(name, f.text("name", true, kMaxNameLength * 4));
    CREMA_GET(category, f.text("category_uuid", true, 64));
    CREMA_GET(sku, f.text("sku", false, kMaxSkuLength * 4));
    CREMA_GET(barcodes, f.texts("barcodes", kMaxBarcodeLength * 4));
    CREMA_GET(prep, f.boolean("needs_preparation", true));
    CREMA_GET(active, f.boolean("active", true));
    CREMA_GET(sortOrder, f.integer("sort_order", false, 0, kMaxSortOrder));
    CREMA_GET(groups, f.texts("modifier_group_uuids", 64));
    CREMA_GET(sizes, f.array("sizes", false));
    r.uuid = uuid;
    r.name = name;
    r.categoryUuid = category;
    r.sku = sku;
    r.barcodes = barcodes;
    r.needsPreparation = prep;
    r.active = active;
    r.sortOrder = int(sortOrder);
    r.modifierGroupUuids = groups;
    for (qsizetype i = 0; i < sizes.size() && i < kMaxJsonCount; ++i) {
        CREMA_GET(size, SizeRecord::fromJson(sizes[i].toObject(), QStringLiteral("%1, sizes[%2]").arg(where).arg(i)));
        r.sizes.append(size);
    }
    return r;
}

Result<ModifierEffectRecord> ModifierEffectRecord::fromJson(const QJsonObject& json, const QString& where)
{
    const JsonFields f(json, where);
    ModifierEffectRecord r;
    CREMA_GET(action, f.text("action", true, 16));
    if (action == u"add")
        r.action = RecipeAction::Add;
    else if (action == u"remove")
        r.action = RecipeAction::Remove;
    else if (action == u"replace")
        r.action = RecipeAction::Replace;
    else
        return f.bad("action", QStringLiteral("must be add, remove or replace (it is '%1')").arg(action));
    CREMA_GET(ingredient, f.text("ingredient_uuid", true, 64));
    CREMA_GET(replaces, f.text("replaces_ingredient_uuid", r.action == RecipeAction::Replace, 64));
    r.ingredientUuid = ingredient;
    r.replacesIngredientUuid = replaces;
    if (f.has("quantity")) {
        CREMA_GET(quantity, f.integer("quantity", true, 1, kMaxRecipeQuantity));
        r.quantity = quantity;
    }
    return r;
}

Result<ModifierRecord> ModifierRecord::fromJson(const QJsonObject& json, const QString& where)
{
    const JsonFields f(json, where);
    ModifierRecord r;
    CREMA_GET(uuid, f.text("uuid", true, 64));
    CREMA_GET(name, f.text("name", true, kMaxNameLength * 4));
    CREMA_GET(delta, f.integer("price_delta_cents", false, -Money::kMaxCents, Money::kMaxCents));
    CREMA_GET(sortOrder, f.integer("sort_order", false, 0, kMaxSortOrder));
    CREMA_GET(active, f.boolean("active", true));
    r.uuid = uuid;
    r.name = name;
    r.priceDelta = Money::fromCents(delta);
    r.sortOrder = int(sortOrder);
    r.active = active;
    if (f.has("effects")) {
        CREMA_GET(effects, f.array("effects"));
        QList<ModifierEffectRecord> list;
        for (qsizetype i = 0; i < effects.size(); ++i) {
            CREMA_GET(e,
                ModifierEffectRecord::fromJson(
                    effects[i].toObject(), QStringLiteral("%1, effects[%2]").arg(where).arg(i)));
            list.append(e);
        }
        r.effects = list;
    }
    return r;
}

Result<ModifierGroupRecord> ModifierGroupRecord::fromJson(const QJsonObject& json, const QString& where)
{
    const JsonFields f(json, where);
    ModifierGroupRecord r;
    CREMA_GET(uuid, f.text("uuid", true, 64));
    CREMA_GET(name, f.text("name", true, kMaxNameLength * 4));
    CREMA_GET(minChoices, f.integer("min_choices", false, 0, kMaxChoices));
    CREMA_GET(maxChoices, f.integer("max_choices", false, 1, kMaxChoices));
    CREMA_GET(active, f.boolean("active", true));
    CREMA_GET(mods, f.array("modifiers", false));
    r.uuid = uuid;
    r.name = name;
    r.minChoices = int(minChoices);
    r.maxChoices = f.has("max_choices") ? int(maxChoices) : 1;
    r.active = active;
    for (qsizetype i = 0; i < mods.size(); ++i) {
        CREMA_GET(
            m, ModifierRecord::fromJson(mods[i].toObject(), QStringLiteral("%1, modifiers[%2]").arg(where).arg(i)));
        r.modifiers.append(m);
    }
    return r;
}

QString saveOutcomeCode(SaveOutcome outcome)
{
    switch (outcome) {
    case SaveOutcome::Inserted:
        return QStringLiteral("inserted");
    case SaveOutcome::Updated:
        return QStringLiteral("updated");
    case SaveOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case SaveOutcome::Deactivated:
        return QStringLiteral("deactivated");
    case SaveOutcome::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

// ---- validation ----

namespace {

const QVariant kNullId(QMetaType::fromType<qint64>());
const QVariant kNullText(QMetaType::fromType<QString>());

Error invalid(const QString& what, const QString& problem)
{
    return fail(Error::Code::InvalidInput, what + QStringLiteral(": ") + problem);
}

QString describe(const QString& kind, const QString& name, const QString& uuid)
{
    const QString n = name.trimmed();
    return n.isEmpty() ? QStringLiteral("%1 %2").arg(kind, uuid.isEmpty() ? QStringLiteral("(new)") : uuid)
                       : QStringLiteral("%1 '%2'").arg(kind, n);
}

Status checkName(const QString& what, const QString& name, const QString& field = QStringLiteral("name"))
{
    const qsizetype n = name.trimmed().size();
    if (n < 1 || n > kMaxNameLength)
        return invalid(
            what, QStringLiteral("%1 must be 1 to %2 characters (it has %3)").arg(field).arg(kMaxNameLength).arg(n));
    return {};
}

Status checkSortOrder(const QString& what, int sortOrder)
{
    if (sortOrder < 0 || sortOrder > kMaxSortOrder)
        return invalid(what, QStringLiteral("sort order must be 0 to %1 (it is %2)").arg(kMaxSortOrder).arg(sortOrder));
    return {};
}

Status checkPrice(const QString& what, Money price, const QString& field = QStringLiteral("price"))
{
    if (price.cents() < 0)
        return invalid(what, QStringLiteral("%1 must be at least 0").arg(field));
    if (price.cents() > Money::kMaxCents)
        return invalid(what, QStringLiteral("%1 must be at most %2 minor units").arg(field).arg(Money::kMaxCents));
    return {};
}

Status checkQuantity(const QString& what, qint64 quantity)
{
    if (quantity < 1 || quantity > kMaxRecipeQuantity)
        return invalid(what,
            QStringLiteral("quantity must be 1 to %1 base units (it is %2)").arg(kMaxRecipeQuantity).arg(quantity));
    return {};
}

QString newOrGiven(const QString& uuid)
{
    return uuid.trimmed().isEmpty() ? newUuid() : uuid.trimmed();
}

// The fields of `after` that differ from `before`, both ways, leaving out nested lists saved on their own.
void diff(const QJsonObject& before, const QJsonObject& after, QJsonObject& oldOut, QJsonObject& newOut,
    const QStringList& skip = {})
{
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (skip.contains(it.key()))
            continue;
        if (before.value(it.key()) != it.value()) {
            if (before.contains(it.key()))
                oldOut.insert(it.key(), before.value(it.key()));
            newOut.insert(it.key(), it.value());
        }
    }
}

struct IngredientRow {
    qint64 id = 0;
    QString name;
    QString unit;
};

Result<IngredientRow> ingredientByUuid(const QSqlDatabase& db, const QString& uuid, const QString& what)
{
    SqlQuery q(db, QStringLiteral("SELECT id, name, base_unit FROM ingredients WHERE uuid = ?"));
    q.bind(uuid);
    CREMA_TRY(q.run(QStringLiteral("reading an ingredient")));
    if (!q.next())
        return fail(Error::Code::NotFound, QStringLiteral("%1: no ingredient with uuid %2").arg(what, uuid));
    return IngredientRow {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

Result<qint64> idByUuid(
    const QSqlDatabase& db, const QString& table, const QString& uuid, const QString& what, const QString& kind)
{
    // The table name comes from this file only, never from a caller's value.
    SqlQuery q(db, QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
    q.bind(uuid);
    CREMA_TRY(q.run(QStringLiteral("looking up a %1").arg(kind)));
    if (!q.next())
        return fail(Error::Code::NotFound, QStringLiteral("%1: no %2 with uuid %3").arg(what, kind, uuid));
    return q.value(0).toLongLong();
}

Result<bool> exists(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    auto v = queryScalar(db, sql, values, QStringLiteral("checking the catalogue"));
    if (!v)
        return v.error();
    return v->isValid();
}

// ---- readers of the stored records (the "old" side of every upsert) ----

struct TaxRow {
    qint64 id = 0;
    TaxRateRecord rec;
};
Result<std::optional<TaxRow>> readTax(const QSqlDatabase& db, const QString& uuid)
{
    SqlQuery q(db, QStringLiteral("SELECT id, name, rate_bp FROM tax_rates WHERE uuid = ?"));
    q.bind(uuid);
    CREMA_TRY(q.run(QStringLiteral("reading a tax rate")));
    if (!q.next())
        return std::optional<TaxRow>();
    return std::optional<TaxRow>(
        TaxRow {q.value(0).toLongLong(), {uuid, q.value(1).toString(), q.value(2).toLongLong()}});
}

struct CategoryRow {
    qint64 id = 0;
    CategoryRecord rec;
};
Result<std::optional<CategoryRow>> readCategoryRow(const QSqlDatabase& db, const QString& uuid)
{
    SqlQuery q(db,
        QStringLiteral("SELECT c.id, c.name, t.uuid, c.colour, c.station, c.sort_order, c.active FROM categories AS c "
                       "JOIN tax_rates AS t ON t.id = c.tax_rate_id WHERE c.uuid = ?"));
    q.bind(uuid);
    CREMA_TRY(q.run(QStringLiteral("reading a category")));
    if (!q.next())
        return std::optional<CategoryRow>();
    CategoryRow row;
    row.id = q.value(0).toLongLong();
    row.rec = CategoryRecord {uuid, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toInt(), q.value(6).toBool()};
    return std::optional<CategoryRow>(row);
}

struct ProductRow {
    qint64 id = 0;
    ProductRecord rec; // without sizes
};
Result<std::optional<ProductRow>> readProductRow(const QSqlDatabase& db, const QString& uuid)
{
    ProductRow row;
    {
        SqlQuery q(db,
            QStringLiteral("SELECT p.id, p.name, c.uuid, coalesce(p.sku, ''), p.needs_preparation, p.active, "
                           "p.sort_order FROM products AS p JOIN categories AS c ON c.id = p.category_id "
                           "WHERE p.uuid = ?"));
        q.bind(uuid);
        CREMA_TRY(q.run(QStringLiteral("reading a product")));
        if (!q.next())
            return std::optional<ProductRow>();
        row.id = q.value(0).toLongLong();
        row.rec.uuid = uuid;
        row.rec.name = q.value(1).toString();
        row.rec.categoryUuid = q.value(2).toString();
        row.rec.sku = q.value(3).toString();
        row.rec.needsPreparation = q.value(4).toBool();
        row.rec.active = q.value(5).toBool();
        row.rec.sortOrder = q.value(6).toInt();
    }
    SqlQuery codes(db, QStringLiteral("SELECT barcode FROM product_barcodes WHERE product_id = ? ORDER BY barcode"));
    codes.bind(row.id);
    CREMA_TRY(codes.run(QStringLiteral("reading a product's barcodes")));
    while (codes.next())
        row.rec.barcodes.append(codes.value(0).toString());
    SqlQuery groups(db,
        QStringLiteral("SELECT g.uuid FROM product_modifier_groups AS l JOIN modifier_groups AS g ON g.id = l.group_id "
                       "WHERE l.product_id = ? ORDER BY l.sort_order, g.id"));
    groups.bind(row.id);
    CREMA_TRY(groups.run(QStringLiteral("reading a product's modifier groups")));
    while (groups.next())
        row.rec.modifierGroupUuids.append(groups.value(0).toString());
    return std::optional<ProductRow>(row);
}

Result<QList<RecipeLineRecord>> readRecipe(const QSqlDatabase& db, qint64 sizeId)
{
    SqlQuery q(db,
        QStringLiteral("SELECT i.uuid, r.quantity FROM size_recipe_items AS r JOIN ingredients AS i ON i.id = "
                       "r.ingredient_id WHERE r.size_id = ? ORDER BY i.name, i.uuid"));
    q.bind(sizeId);
    CREMA_TRY(q.run(QStringLiteral("reading a recipe")));
    QList<RecipeLineRecord> out;
    while (q.next())
        out.append(RecipeLineRecord {q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

struct SizeRow {
    qint64 id = 0;
    qint64 productId = 0;
    QString productUuid;
    QString productName;
    SizeRecord rec; // with its recipe
};
Result<std::optional<SizeRow>> readSize(const QSqlDatabase& db, const QString& uuid)
{
    SizeRow row;
    {
        SqlQuery q(db,
            QStringLiteral("SELECT s.id, s.product_id, p.uuid, p.name, s.name, s.price_cents, s.sort_order, s.active "
                           "FROM product_sizes AS s JOIN products AS p ON p.id = s.product_id WHERE s.uuid = ?"));
        q.bind(uuid);
        CREMA_TRY(q.run(QStringLiteral("reading a size")));
        if (!q.next())
            return std::optional<SizeRow>();
        row.id = q.value(0).toLongLong();
        row.productId = q.value(1).toLongLong();
        row.productUuid = q.value(2).toString();
        row.productName = q.value(3).toString();
        row.rec.uuid = uuid;
        row.rec.name = q.value(4).toString();
        row.rec.price = Money(q.value(5).toLongLong());
        row.rec.sortOrder = q.value(6).toInt();
        row.rec.active = q.value(7).toBool();
    }
    auto recipe = readRecipe(db, row.id);
    if (!recipe)
        return recipe.error();
    row.rec.recipe = *recipe;
    return std::optional<SizeRow>(row);
}

struct GroupRow {
    qint64 id = 0;
    ModifierGroupRecord rec; // without modifiers
};
Result<std::optional<GroupRow>> readGroup(const QSqlDatabase& db, const QString& uuid)
{
    SqlQuery q(
        db, QStringLiteral("SELECT id, name, min_choices, max_choices, active FROM modifier_groups WHERE uuid = ?"));
    q.bind(uuid);
    CREMA_TRY(q.run(QStringLiteral("reading a modifier group")));
    if (!q.next())
        return std::optional<GroupRow>();
    GroupRow row;
    row.id = q.value(0).toLongLong();
    row.rec.uuid = uuid;
    row.rec.name = q.value(1).toString();
    row.rec.minChoices = q.value(2).toInt();
    row.rec.maxChoices = q.value(3).toInt();
    row.rec.active = q.value(4).toBool();
    return std::optional<GroupRow>(row);
}

Result<QList<ModifierEffectRecord>> readEffects(const QSqlDatabase& db, qint64 modifierId)
{
    SqlQuery q(db,
        QStringLiteral("SELECT m.action, i.uuid, coalesce(r.uuid, ''), m.quantity FROM modifier_recipe_items AS m "
                       "JOIN ingredients AS i ON i.id = m.ingredient_id LEFT JOIN ingredients AS r ON r.id = "
                       "m.replaces_ingredient_id WHERE m.modifier_id = ? ORDER BY m.id"));
    q.bind(modifierId);
    CREMA_TRY(q.run(QStringLiteral("reading a modifier's recipe effects")));
    QList<ModifierEffectRecord> out;
    while (q.next()) {
        ModifierEffectRecord e;
        const QString action = q.value(0).toString();
        e.action = action == u"add" ? RecipeAction::Add
            : action == u"remove"   ? RecipeAction::Remove
                                    : RecipeAction::Replace;
        e.ingredientUuid = q.value(1).toString();
        e.replacesIngredientUuid = q.value(2).toString();
        if (!q.value(3).isNull())
            e.quantity = q.value(3).toLongLong();
        out.append(e);
    }
    return out;
}

struct ModifierRow {
    qint64 id = 0;
    qint64 groupId = 0;
    QString groupUuid;
    QString groupName;
    ModifierRecord rec; // with its effects
};
Result<std::optional<ModifierRow>> readModifier(const QSqlDatabase& db, const QString& uuid)
{
    ModifierRow row;
    {
        SqlQuery q(db,
            QStringLiteral("SELECT m.id, m.group_id, g.uuid, g.name, m.name, m.price_delta_cents, m.sort_order, "
                           "m.active FROM modifiers AS m JOIN modifier_groups AS g ON g.id = m.group_id "
                           "WHERE m.uuid = ?"));
        q.bind(uuid);
        CREMA_TRY(q.run(QStringLiteral("reading a modifier")));
        if (!q.next())
            return std::optional<ModifierRow>();
        row.id = q.value(0).toLongLong();
        row.groupId = q.value(1).toLongLong();
        row.groupUuid = q.value(2).toString();
        row.groupName = q.value(3).toString();
        row.rec.uuid = uuid;
        row.rec.name = q.value(4).toString();
        row.rec.priceDelta = Money(q.value(5).toLongLong());
        row.rec.sortOrder = q.value(6).toInt();
        row.rec.active = q.value(7).toBool();
    }
    auto effects = readEffects(db, row.id);
    if (!effects)
        return effects.error();
    row.rec.effects = *effects;
    return std::optional<ModifierRow>(row);
}

bool sameRecipe(QList<RecipeLineRecord> a, QList<RecipeLineRecord> b)
{
    const auto byUuid
        = [](const RecipeLineRecord& x, const RecipeLineRecord& y) { return x.ingredientUuid < y.ingredientUuid; };
    std::sort(a.begin(), a.end(), byUuid);
    std::sort(b.begin(), b.end(), byUuid);
    return a == b;
}

} // namespace

// ---- the writer ----

CatalogWriter::CatalogWriter(const Clock& clock, qint64 terminalId, qint64 actorStaffId, qint64 authorisedByStaffId)
    : m_clock(clock)
    , m_terminalId(terminalId)
    , m_actorStaffId(actorStaffId)
    , m_authorisedByStaffId(authorisedByStaffId)
{ }

namespace {

struct Done {
    Done(QString k, qint64 i, QString u, QString n, SaveOutcome o = SaveOutcome::Unchanged)
        : key(std::move(k))
        , id(i)
        , uuid(std::move(u))
        , name(std::move(n))
        , outcome(o)
    { }
    QString key; // "product"
    qint64 id = 0;
    QString uuid;
    QString name;
    SaveOutcome outcome = SaveOutcome::Unchanged;
    QJsonObject oldFields;
    QJsonObject newFields;
    QJsonObject payload;
    QString auditVerb; // empty: the outcome's code
};

} // namespace

static Status finish(
    UnitOfWork& work, const Clock& clock, qint64 terminalId, qint64 actor, qint64 authorisedBy, const Done& d)
{
    if (d.outcome == SaveOutcome::Unchanged)
        return {};
    work.record(Change {Change::Kind::CatalogChanged, d.id, 0, d.key});
    const QString at = toDbTime(clock.nowUtc());
    const QString event = d.outcome == SaveOutcome::Deactivated ? QStringLiteral("deactivated")
        : d.outcome == SaveOutcome::Deleted                     ? QStringLiteral("deleted")
                                                                : QStringLiteral("saved");
    work.queueEvent(d.key, d.uuid, QStringLiteral("catalog.%1.%2").arg(d.key, event), d.payload, at);
    const QString verb = d.auditVerb.isEmpty() ? saveOutcomeCode(d.outcome) : d.auditVerb;
    return AuditLog::record(work, clock, terminalId, actor, authorisedBy,
        QStringLiteral("catalog.%1.%2").arg(d.key, verb),
        QJsonObject {{QStringLiteral("uuid"), d.uuid}, {QStringLiteral("name"), d.name},
            {QStringLiteral("old"), d.oldFields}, {QStringLiteral("new"), d.newFields}});
}

#define CREMA_FINISH(done) CREMA_TRY(finish(work, m_clock, m_terminalId, m_actorStaffId, m_authorisedByStaffId, done))

Result<WriteResult> CatalogWriter::saveTaxRate(UnitOfWork& work, const TaxRateRecord& record)
{
    const QSqlDatabase& db = work.db();
    TaxRateRecord rec = record;
    rec.uuid = newOrGiven(record.uuid);
    rec.name = record.name.trimmed();
    const QString what = describe(QStringLiteral("tax rate"), rec.name, rec.uuid);
    CREMA_TRY(checkName(what, rec.name));
    if (rec.rateBp < 0 || rec.rateBp > 10000)
        return invalid(what, QStringLiteral("rate must be 0 to 10000 basis points (it is %1)").arg(rec.rateBp));
    auto taken
        = exists(db, QStringLiteral("SELECT 1 FROM tax_rates WHERE name = ? AND uuid <> ?"), {rec.name, rec.uuid});
    if (!taken)
        return taken.error();
    if (*taken)
        return fail(Error::Code::Conflict, QStringLiteral("%1: another tax rate has that name").arg(what));
    auto old = readTax(db, rec.uuid);
    if (!old)
        return old.error();
    Done d {QStringLiteral("tax_rate"), 0, rec.uuid, rec.name};
    d.payload = rec.toJson();
    if (!*old) {
        SqlQuery q(db, QStringLiteral("INSERT INTO tax_rates (uuid, name, rate_bp) VALUES (?, ?, ?)"));
        q.bindAll({rec.uuid, rec.name, rec.rateBp});
        CREMA_TRY(q.run(QStringLiteral("adding %1").arg(what)));
        d.id = q.lastInsertId();
        d.outcome = SaveOutcome::Inserted;
        d.newFields = d.payload;
    } else {
        d.id = (*old)->id;
        if ((*old)->rec == rec)
            return WriteResult {d.id, rec.uuid, SaveOutcome::Unchanged};
        SqlQuery q(db, QStringLiteral("UPDATE tax_rates SET name = ?, rate_bp = ? WHERE id = ?"));
        q.bindAll({rec.name, rec.rateBp, d.id});
        CREMA_TRY(q.run(QStringLiteral("saving %1").arg(what)));
        d.outcome = SaveOutcome::Updated;
        diff((*old)->rec.toJson(), d.payload, d.oldFields, d.newFields);
    }
    CREMA_FINISH(d);
    return WriteResult {d.id, rec.uuid, d.outcome};
}

Result<WriteResult> CatalogWriter::saveCategory(UnitOfWork& work, const CategoryRecord& record)
{
    const QSqlDatabase& db = work.db();
    CategoryRecord rec = record;
    rec.uuid = newOrGiven(record.uuid);
    rec.name = record.name.trimmed();
    rec.station = record.station.trimmed();
    rec.colour = record.colour.trimmed().toLower();
    rec.taxRateUuid = record.taxRateUuid.trimmed();
    const QString what = describe(QStringLiteral("category"), rec.name, rec.uuid);
    CREMA_TRY(checkName(what, rec.name));
    CREMA_TRY(checkName(what, rec.station, QStringLiteral("kitchen station")));
    static const QRegularExpression colourRe(QStringLiteral("^#[0-9a-f]{6}$"));
    if (!colourRe.match(rec.colour).hasMatch())
        return invalid(what, QStringLiteral("colour must be #rrggbb (it is '%1')").arg(record.colour));
    CREMA_TRY(checkSortOrder(what, rec.sortOrder));
    if (rec.taxRateUuid.isEmpty())
        return invalid(what, QStringLiteral("a tax rate is required"));
    auto taxId = idByUuid(db, QStringLiteral("tax_rates"), rec.taxRateUuid, what, QStringLiteral("tax rate"));
    if (!taxId)
        return taxId.error();
    auto taken
        = exists(db, QStringLiteral("SELECT 1 FROM categories WHERE name = ? AND uuid <> ?"), {rec.name, rec.uuid});
    if (!taken)
        return taken.error();
    if (*taken)
        return fail(Error::Code::Conflict, QStringLiteral("%1: another category has that name").arg(what));
    auto old = readCategoryRow(db, rec.uuid);
    if (!old)
        return old.error();
    Done d {QStringLiteral("category"), 0, rec.uuid, rec.name};
    d.payload = rec.toJson();
    if (!*old) {
        SqlQuery q(db,
            QStringLiteral("INSERT INTO categories (uuid, name, tax_rate_id, colour, station, sort_order, active) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.bindAll({rec.uuid, rec.name, *taxId, rec.colour, rec.station, rec.sortOrder, rec.active ? 1 : 0});
        CREMA_TRY(q.run(QStringLiteral("adding %1").arg(what)));
        d.id = q.lastInsertId();
        d.outcome = SaveOutcome::Inserted;
        d.newFields = d.payload;
    } else {
        d.id = (*old)->id;
        if ((*old)->rec == rec)
            return WriteResult {d.id, rec.uuid, SaveOutcome::Unchanged};
        SqlQuery q(db,
            QStringLiteral("UPDATE categories SET name = ?, tax_rate_id = ?, colour = ?, station = ?, sort_order = ?, "
                           "active = ? WHERE id = ?"));
        q.bindAll({rec.name, *taxId, rec.colour, rec.station, rec.sortOrder, rec.active ? 1 : 0, d.id});
        CREMA_TRY(q.run(QStringLiteral("saving %1").arg(what)));
        d.outcome = SaveOutcome::Updated;
        diff((*old)->rec.toJson(), d.payload, d.oldFields, d.newFields);
    }
    CREMA_FINISH(d);
    return WriteResult {d.id, rec.uuid, d.outcome};
}

Result<QList<WriteResult>> CatalogWriter::moveCategoriesToStation(
    UnitOfWork& work, const QString& from, const QString& to)
{
    SqlQuery q(work.db(), QStringLiteral("SELECT uuid FROM categories WHERE station = ? COLLATE NOCASE ORDER BY id"));
    q.bind(from.trimmed());
    CREMA_TRY(q.run(QStringLiteral("reading the categories of station %1").arg(from.trimmed())));
    QStringList uuids;
    while (q.next())
        uuids << q.value(0).toString();
    QList<WriteResult> moved;
    for (const QString& uuid : std::as_const(uuids)) {
        auto category = readCategory(work.db(), uuid);
        if (!category)
            return category.error();
        CategoryRecord rec = **category; // read by the uuid just listed, in the same transaction
        rec.station = to;
        auto saved = saveCategory(work, rec);
        if (!saved)
            return saved.error();
        moved.append(*saved);
    }
    return moved;
}

Result<WriteResult> CatalogWriter::saveProduct(
    UnitOfWork& work, const ProductRecord& record, QList<WriteResult>* sizeResults)
{
    const QSqlDatabase& db = work.db();
    ProductRecord rec = record;
    rec.uuid = newOrGiven(record.uuid);
    rec.name = record.name.trimmed();
    rec.sku = record.sku.trimmed();
    rec.categoryUuid = record.categoryUuid.trimmed();
    rec.sizes.clear();
    const QString what = describe(QStringLiteral("product"), rec.name, rec.uuid);
    CREMA_TRY(checkName(what, rec.name));
    CREMA_TRY(checkSortOrder(what, rec.sortOrder));
    if (rec.sku.size() > kMaxSkuLength)
        return invalid(what, QStringLiteral("SKU must be at most %1 characters").arg(kMaxSkuLength));
    rec.barcodes.clear();
    for (const QString& code : record.barcodes) {
        const QString c = code.trimmed();
        if (c.isEmpty() || c.size() > kMaxBarcodeLength)
            return invalid(
                what, QStringLiteral("barcode '%1' must be 1 to %2 characters").arg(code).arg(kMaxBarcodeLength));
        if (rec.barcodes.contains(c))
            return invalid(what, QStringLiteral("barcode '%1' is listed twice").arg(c));
        rec.barcodes.append(c);
    }
    std::sort(rec.barcodes.begin(), rec.barcodes.end());
    QList<qint64> groupIds;
    rec.modifierGroupUuids.clear();
    for (const QString& g : record.modifierGroupUuids) {
        const QString u = g.trimmed();
        if (rec.modifierGroupUuids.contains(u))
            return invalid(what, QStringLiteral("modifier group %1 is listed twice").arg(u));
        auto id = idByUuid(db, QStringLiteral("modifier_groups"), u, what, QStringLiteral("modifier group"));
        if (!id)
            return id.error();
        groupIds.append(*id);
        rec.modifierGroupUuids.append(u);
    }
    QStringList sizeNames;
    for (const SizeRecord& s : record.sizes) {
        const QString n = s.name.trimmed().toCaseFolded();
        if (sizeNames.contains(n))
            return invalid(what, QStringLiteral("size '%1' is listed twice").arg(s.name.trimmed()));
        sizeNames.append(n);
    }
    if (rec.categoryUuid.isEmpty())
        return invalid(what, QStringLiteral("a category is required"));
    auto categoryId = idByUuid(db, QStringLiteral("categories"), rec.categoryUuid, what, QStringLiteral("category"));
    if (!categoryId)
        return categoryId.error();

    auto old = readProductRow(db, rec.uuid);
    if (!old)
        return old.error();
    const qint64 selfId = *old ? (*old)->id : 0;
    {
        SqlQuery q(
            db, QStringLiteral("SELECT name FROM products WHERE (name = ? OR (? <> '' AND sku = ?)) AND id <> ?"));
        q.bindAll({rec.name, rec.sku, rec.sku, selfId});
        CREMA_TRY(q.run(QStringLiteral("checking %1").arg(what)));
        if (q.next())
            return fail(Error::Code::Conflict,
                q.value(0).toString() == rec.name ? QStringLiteral("%1: another product has that name").arg(what)
                                                  : QStringLiteral("%1: SKU '%2' is already product '%3''s")
                                                        .arg(what, rec.sku, q.value(0).toString()));
    }
    for (const QString& c : rec.barcodes) {
        SqlQuery q(db,
            QStringLiteral("SELECT p.name FROM product_barcodes AS b JOIN products AS p ON p.id = b.product_id "
                           "WHERE b.barcode = ? AND b.product_id <> ?"));
        q.bindAll({c, selfId});
        CREMA_TRY(q.run(QStringLiteral("checking %1").arg(what)));
        if (q.next())
            return fail(Error::Code::Conflict,
                QStringLiteral("%1: barcode '%2' is already product '%3''s").arg(what, c, q.value(0).toString()));
    }

    Done d {QStringLiteral("product"), 0, rec.uuid, rec.name};
    d.payload = rec.toJson();
    d.payload.remove(QStringLiteral("sizes"));
    const QVariant sku = rec.sku.isEmpty() ? kNullText : QVariant(rec.sku);
    bool writeCodes = true;
    bool writeGroups = true;
    if (!*old) {
        SqlQuery q(db,
            QStringLiteral("INSERT INTO products (uuid, category_id, name, sku, needs_preparation, active, sort_order) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.bindAll(
            {rec.uuid, *categoryId, rec.name, sku, rec.needsPreparation ? 1 : 0, rec.active ? 1 : 0, rec.sortOrder});
        CREMA_TRY(q.run(QStringLiteral("adding %1").arg(what)));
        d.id = q.lastInsertId();
        d.outcome = SaveOutcome::Inserted;
        d.newFields = d.payload;
    } else {
        d.id = (*old)->id;
        ProductRecord before = (*old)->rec;
        if (before == rec) {
            d.outcome = SaveOutcome::Unchanged;
        } else {
            writeCodes = before.barcodes != rec.barcodes;
            writeGroups = before.modifierGroupUuids != rec.modifierGroupUuids;
            SqlQuery q(db,
                QStringLiteral("UPDATE products SET category_id = ?, name = ?, sku = ?, needs_preparation = ?, "
                               "active = ?, sort_order = ? WHERE id = ?"));
            q.bindAll(
                {*categoryId, rec.name, sku, rec.needsPreparation ? 1 : 0, rec.active ? 1 : 0, rec.sortOrder, d.id});
            CREMA_TRY(q.run(QStringLiteral("saving %1").arg(what)));
            d.outcome = SaveOutcome::Updated;
            diff(before.toJson(), d.payload, d.oldFields, d.newFields, {QStringLiteral("sizes")});
        }
    }
    if (d.outcome != SaveOutcome::Unchanged) {
        if (writeCodes) {
            SqlQuery del(db, QStringLiteral("DELETE FROM product_barcodes WHERE product_id = ?"));
            del.bind(d.id);
            CREMA_TRY(del.run(QStringLiteral("saving the barcodes of %1").arg(what)));
            SqlQuery ins(db, QStringLiteral("INSERT INTO product_barcodes (barcode, product_id) VALUES (?, ?)"));
            for (const QString& c : rec.barcodes) {
                ins.bindAll({c, d.id});
                CREMA_TRY(ins.run(QStringLiteral("saving the barcodes of %1").arg(what)));
            }
        }
        if (writeGroups) {
            SqlQuery del(db, QStringLiteral("DELETE FROM product_modifier_groups WHERE product_id = ?"));
            del.bind(d.id);
            CREMA_TRY(del.run(QStringLiteral("saving the modifier groups of %1").arg(what)));
            SqlQuery ins(db,
                QStringLiteral(
                    "INSERT INTO product_modifier_groups (product_id, group_id, sort_order) VALUES (?, ?, ?)"));
            for (qsizetype i = 0; i < groupIds.size(); ++i) {
                ins.bindAll({d.id, groupIds[i], static_cast<int>(i)});
                CREMA_TRY(ins.run(QStringLiteral("saving the modifier groups of %1").arg(what)));
            }
        }
        CREMA_FINISH(d);
    }
    for (const SizeRecord& s : record.sizes) {
        auto saved = saveSize(work, rec.uuid, s);
        if (!saved)
            return saved.error();
        if (sizeResults)
            sizeResults->append(*saved);
    }
    return WriteResult {d.id, rec.uuid, d.outcome};
}

Result<WriteResult> CatalogWriter::saveSize(UnitOfWork& work, const QString& productUuid, const SizeRecord& record)
{
    const QSqlDatabase& db = work.db();
    SqlQuery pq(db, QStringLiteral("SELECT id, name FROM products WHERE uuid = ?"));
    pq.bind(productUuid.trimmed());
    CREMA_TRY(pq.run(QStringLiteral("reading a product")));
    if (!pq.next())
        return fail(Error::Code::NotFound, QStringLiteral("no product with uuid %1").arg(productUuid));
    const qint64 productId = pq.value(0).toLongLong();
    const QString productName = pq.value(1).toString();
    SizeRecord rec = record;
    rec.uuid = newOrGiven(record.uuid);
    rec.name = record.name.trimmed();
    const QString what
        = QStringLiteral("product '%1' %2").arg(productName, describe(QStringLiteral("size"), rec.name, rec.uuid));
    CREMA_TRY(checkName(what, rec.name));
    CREMA_TRY(checkPrice(what, rec.price));
    CREMA_TRY(checkSortOrder(what, rec.sortOrder));
    auto old = readSize(db, rec.uuid);
    if (!old)
        return old.error();
    if (*old && (*old)->productId != productId)
        return invalid(what, QStringLiteral("this size belongs to product '%1'").arg((*old)->productName));
    const qint64 selfId = *old ? (*old)->id : 0;
    auto taken = exists(db, QStringLiteral("SELECT 1 FROM product_sizes WHERE product_id = ? AND name = ? AND id <> ?"),
        {productId, rec.name, selfId});
    if (!taken)
        return taken.error();
    if (*taken)
        return fail(Error::Code::Conflict, QStringLiteral("%1: the product already has a size of that name").arg(what));

    Done d {QStringLiteral("size"), 0, rec.uuid, QStringLiteral("%1 %2").arg(productName, rec.name)};
    SizeRecord fields = rec;
    fields.recipe.reset();
    d.payload = fields.toJson();
    d.payload.insert(QStringLiteral("product_uuid"), productUuid.trimmed());
    if (!*old) {
        SqlQuery q(db,
            QStringLiteral("INSERT INTO product_sizes (uuid, product_id, name, price_cents, sort_order, active) "
                           "VALUES (?, ?, ?, ?, ?, ?)"));
        q.bindAll({rec.uuid, productId, rec.name, rec.price.cents(), rec.sortOrder, rec.active ? 1 : 0});
        CREMA_TRY(q.run(QStringLiteral("adding %1").arg(what)));
        d.id = q.lastInsertId();
        d.outcome = SaveOutcome::Inserted;
        d.newFields = d.payload;
    } else {
        d.id = (*old)->id;
        SizeRecord before = (*old)->rec;
        before.recipe.reset();
        if (before != fields) {
            SqlQuery q(db,
                QStringLiteral("UPDATE product_sizes SET name = ?, price_cents = ?, sort_order = ?, active = ? "
                               "WHERE id = ?"));
            q.bindAll({rec.name, rec.price.cents(), rec.sortOrder, rec.active ? 1 : 0, d.id});
            CREMA_TRY(q.run(QStringLiteral("saving %1").arg(what)));
            d.outcome = SaveOutcome::Updated;
            diff(before.toJson(), d.payload, d.oldFields, d.newFields, {QStringLiteral("product_uuid")});
        }
    }
    CREMA_FINISH(d);
    WriteResult result {d.id, rec.uuid, d.outcome};
    if (rec.recipe) {
        auto r = setRecipe(work, SizeRecipe {rec.uuid, *rec.recipe});
        if (!r)
            return r.error();
        if (r->outcome != SaveOutcome::Unchanged && result.outcome == SaveOutcome::Unchanged)
            result.outcome = SaveOutcome::Updated;
    }
    return result;
}

Result<WriteResult> CatalogWriter::setRecipe(UnitOfWork& work, const SizeRecipe& recipe)
{
    const QSqlDatabase& db = work.db();
    auto size = readSize(db, recipe.sizeUuid.trimmed());
    if (!size)
        return size.error();
    if (!*size)
        return fail(Error::Code::NotFound, QStringLiteral("no size with uuid %1").arg(recipe.sizeUuid));
    const SizeRow& row = **size;
    const QString what = QStringLiteral("product '%1' size '%2' recipe").arg(row.productName, row.rec.name);
    QList<RecipeLineRecord> items;
    QList<qint64> ingredientIds;
    for (const RecipeLineRecord& item : recipe.items) {
        const QString uuid = item.ingredientUuid.trimmed();
        auto ing = ingredientByUuid(db, uuid, what);
        if (!ing)
            return ing.error();
        const QString line = QStringLiteral("%1 ingredient '%2'").arg(what, ing->name);
        if (ingredientIds.contains(ing->id))
            return invalid(line, QStringLiteral("listed twice"));
        CREMA_TRY(checkQuantity(line, item.quantity));
        ingredientIds.append(ing->id);
        items.append(RecipeLineRecord {uuid, item.quantity});
    }
    Done d {QStringLiteral("recipe"), row.id, row.rec.uuid, QStringLiteral("%1 %2").arg(row.productName, row.rec.name)};
    if (sameRecipe(*row.rec.recipe, items))
        return WriteResult {row.id, row.rec.uuid, SaveOutcome::Unchanged};
    SqlQuery del(db, QStringLiteral("DELETE FROM size_recipe_items WHERE size_id = ?"));
    del.bind(row.id);
    CREMA_TRY(del.run(QStringLiteral("saving %1").arg(what)));
    SqlQuery ins(
        db, QStringLiteral("INSERT INTO size_recipe_items (size_id, ingredient_id, quantity) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        ins.bindAll({row.id, ingredientIds[i], items[i].quantity});
        CREMA_TRY(ins.run(QStringLiteral("saving %1").arg(what)));
    }
    d.outcome = row.rec.recipe->isEmpty() ? SaveOutcome::Inserted : SaveOutcome::Updated;
    d.payload = SizeRecipe {row.rec.uuid, items}.toJson();
    d.oldFields = {{QStringLiteral("items"), recipeJson(*row.rec.recipe)}};
    d.newFields = {{QStringLiteral("items"), recipeJson(items)}};
    CREMA_FINISH(d);
    return WriteResult {row.id, row.rec.uuid, d.outcome};
}

Result<WriteResult> CatalogWriter::saveModifierGroup(UnitOfWork& work, const ModifierGroupRecord& record)
{
    const QSqlDatabase& db = work.db();
    ModifierGroupRecord rec = record;
    rec.uuid = newOrGiven(record.uuid);
    rec.name = record.name.trimmed();
    rec.modifiers.clear();
    const QString what = describe(QStringLiteral("modifier group"), rec.name, rec.uuid);
    CREMA_TRY(checkName(what, rec.name));
    if (rec.maxChoices < 1 || rec.maxChoices > kMaxChoices)
        return invalid(
            what, QStringLiteral("max choices must be 1 to %1 (it is %2)").arg(kMaxChoices).arg(rec.maxChoices));
    if (rec.minChoices < 0 || rec.minChoices > rec.maxChoices)
        return invalid(what,
            QStringLiteral("min choices must be 0 to max choices, %1 (it is %2)")
                .arg(rec.maxChoices)
                .arg(rec.minChoices));
    QStringList names;
    for (const ModifierRecord& m : record.modifiers) {
        const QString n = m.name.trimmed().toCaseFolded();
        if (names.contains(n))
            return invalid(what, QStringLiteral("modifier '%1' is listed twice").arg(m.name.trimmed()));
        names.append(n);
    }
    auto taken = exists(
        db, QStringLiteral("SELECT 1 FROM modifier_groups WHERE name = ? AND uuid <> ?"), {rec.name, rec.uuid});
    if (!taken)
        return taken.error();
    if (*taken)
        return fail(Error::Code::Conflict, QStringLiteral("%1: another modifier group has that name").arg(what));
    auto old = readGroup(db, rec.uuid);
    if (!old)
        return old.error();
    Done d {QStringLiteral("modifier_group"), 0, rec.uuid, rec.name};
    d.payload = rec.toJson();
    d.payload.remove(QStringLiteral("modifiers"));
    if (!*old) {
        SqlQuery q(db,
            QStringLiteral(
                "INSERT INTO modifier_groups (uuid, name, min_choices, max_choices, active) VALUES (?, ?, ?, ?, ?)"));
        q.bindAll({rec.uuid, rec.name, rec.minChoices, rec.maxChoices, rec.active ? 1 : 0});
        CREMA_TRY(q.run(QStringLiteral("adding %1").arg(what)));
        d.id = q.lastInsertId();
        d.outcome = SaveOutcome::Inserted;
        d.newFields = d.payload;
    } else {
        d.id = (*old)->id;
        if ((*old)->rec != rec) {
            SqlQuery q(db,
                QStringLiteral(
                    "UPDATE modifier_groups SET name = ?, min_choices = ?, max_choices = ?, active = ? WHERE id = ?"));
            q.bindAll({rec.name, rec.minChoices, rec.maxChoices, rec.active ? 1 : 0, d.id});
            CREMA_TRY(q.run(QStringLiteral("saving %1").arg(what)));
            d.outcome = SaveOutcome::Updated;
            diff((*old)->rec.toJson(), d.payload, d.oldFields, d.newFields);
        }
    }
    CREMA_FINISH(d);
    WriteResult result {d.id, rec.uuid, d.outcome};
    for (const ModifierRecord& m : record.modifiers) {
        auto saved = saveModifier(work, rec.uuid, m);
        if (!saved)
            return saved.error();
        if (saved->outcome != SaveOutcome::Unchanged && result.outcome == SaveOutcome::Unchanged)
            result.outcome = SaveOutcome::Updated;
    }
    return result;
}

Result<WriteResult> CatalogWriter::saveModifier(
    UnitOfWork& work, const QString& groupUuid, const ModifierRecord& record)
{
    const QSqlDatabase& db = work.db();
    auto group = readGroup(db, groupUuid.trimmed());
    if (!group)
        return group.error();
    if (!*group)
        return fail(Error::Code::NotFound, QStringLiteral("no modifier group with uuid %1").arg(groupUuid));
    const qint64 groupId = (*group)->id;
    ModifierRecord rec = record;
    rec.uuid = newOrGiven(record.uuid);
    rec.name = record.name.trimmed();
    const QString what = QStringLiteral("modifier group '%1' %2")
                             .arg((*group)->rec.name, describe(QStringLiteral("modifier"), rec.name, rec.uuid));
    CREMA_TRY(checkName(what, rec.name));
    CREMA_TRY(checkSortOrder(what, rec.sortOrder));
    if (rec.priceDelta.cents() < -Money::kMaxCents || rec.priceDelta.cents() > Money::kMaxCents)
        return invalid(what, QStringLiteral("price delta must be within ±%1 minor units").arg(Money::kMaxCents));
    QList<qint64> ingredientIds, replacesIds;
    if (rec.effects) {
        QList<ModifierEffectRecord> effects;
        for (const ModifierEffectRecord& e : *rec.effects) {
            ModifierEffectRecord n = e;
            n.ingredientUuid = e.ingredientUuid.trimmed();
            n.replacesIngredientUuid = e.replacesIngredientUuid.trimmed();
            auto ing = ingredientByUuid(db, n.ingredientUuid, what);
            if (!ing)
                return ing.error();
            const QString line = QStringLiteral("%1 effect '%2 %3'").arg(what, recipeActionCode(n.action), ing->name);
            qint64 replaces = 0;
            switch (n.action) {
            case RecipeAction::Add:
                if (!n.quantity)
                    return invalid(line, QStringLiteral("an add needs a quantity"));
                n.replacesIngredientUuid.clear();
                break;
            case RecipeAction::Remove:
                if (n.quantity)
                    return invalid(line, QStringLiteral("a remove takes no quantity"));
                n.replacesIngredientUuid.clear();
                break;
            case RecipeAction::Replace: {
                if (n.replacesIngredientUuid.isEmpty())
                    return invalid(line, QStringLiteral("a replace needs the ingredient it replaces"));
                auto old = ingredientByUuid(db, n.replacesIngredientUuid, line);
                if (!old)
                    return old.error();
                if (old->id == ing->id)
                    return invalid(line, QStringLiteral("an ingredient cannot replace itself"));
                replaces = old->id;
                break;
            }
            }
            if (n.quantity)
                CREMA_TRY(checkQuantity(line, *n.quantity));
            for (qsizetype i = 0; i < effects.size(); ++i)
                if (effects[i].action == n.action && ingredientIds[i] == ing->id)
                    return invalid(line, QStringLiteral("listed twice"));
            effects.append(n);
            ingredientIds.append(ing->id);
            replacesIds.append(replaces);
        }
        rec.effects = effects;
    }
    auto old = readModifier(db, rec.uuid);
    if (!old)
        return old.error();
    if (*old && (*old)->groupId != groupId)
        return invalid(what, QStringLiteral("this modifier belongs to group '%1'").arg((*old)->groupName));
    const qint64 selfId = *old ? (*old)->id : 0;
    auto taken = exists(db, QStringLiteral("SELECT 1 FROM modifiers WHERE group_id = ? AND name = ? AND id <> ?"),
        {groupId, rec.name, selfId});
    if (!taken)
        return taken.error();
    if (*taken)
        return fail(
            Error::Code::Conflict, QStringLiteral("%1: the group already has a modifier of that name").arg(what));

    ModifierRecord stored = rec;
    if (!stored.effects)
        stored.effects = *old ? (*old)->rec.effects : QList<ModifierEffectRecord>();
    Done d {QStringLiteral("modifier"), 0, rec.uuid, QStringLiteral("%1 %2").arg((*group)->rec.name, rec.name)};
    d.payload = stored.toJson();
    d.payload.insert(QStringLiteral("group_uuid"), (*group)->rec.uuid);
    bool writeEffects = rec.effects.has_value();
    if (!*old) {
        SqlQuery q(db,
            QStringLiteral("INSERT INTO modifiers (uuid, group_id, name, price_delta_cents, sort_order, active) "
                           "VALUES (?, ?, ?, ?, ?, ?)"));
        q.bindAll({rec.uuid, groupId, rec.name, rec.priceDelta.cents(), rec.sortOrder, rec.active ? 1 : 0});
        CREMA_TRY(q.run(QStringLiteral("adding %1").arg(what)));
        d.id = q.lastInsertId();
        d.outcome = SaveOutcome::Inserted;
        d.newFields = d.payload;
    } else {
        d.id = (*old)->id;
        const ModifierRecord& before = (*old)->rec;
        writeEffects = writeEffects && *before.effects != *stored.effects;
        ModifierRecord a = before, b = stored;
        a.effects.reset();
        b.effects.reset();
        if (a != b) {
            SqlQuery q(db,
                QStringLiteral("UPDATE modifiers SET name = ?, price_delta_cents = ?, sort_order = ?, active = ? "
                               "WHERE id = ?"));
            q.bindAll({rec.name, rec.priceDelta.cents(), rec.sortOrder, rec.active ? 1 : 0, d.id});
            CREMA_TRY(q.run(QStringLiteral("saving %1").arg(what)));
        }
        if (a != b || writeEffects) {
            d.outcome = SaveOutcome::Updated;
            diff(before.toJson(), d.payload, d.oldFields, d.newFields, {QStringLiteral("group_uuid")});
        }
    }
    if (writeEffects) {
        SqlQuery del(db, QStringLiteral("DELETE FROM modifier_recipe_items WHERE modifier_id = ?"));
        del.bind(d.id);
        CREMA_TRY(del.run(QStringLiteral("saving the recipe effects of %1").arg(what)));
        SqlQuery ins(db,
            QStringLiteral("INSERT INTO modifier_recipe_items (modifier_id, action, ingredient_id, "
                           "replaces_ingredient_id, quantity) VALUES (?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < rec.effects->size(); ++i) {
            const ModifierEffectRecord& e = rec.effects->at(i);
            ins.bindAll({d.id, recipeActionCode(e.action), ingredientIds[i],
                replacesIds[i] ? QVariant(replacesIds[i]) : kNullId, e.quantity ? QVariant(*e.quantity) : kNullId});
            CREMA_TRY(ins.run(QStringLiteral("saving the recipe effects of %1").arg(what)));
        }
    }
    CREMA_FINISH(d);
    return WriteResult {d.id, rec.uuid, d.outcome};
}

Result<WriteResult> CatalogWriter::setGroupProducts(
    UnitOfWork& work, const QString& groupUuid, const QStringList& productUuids)
{
    const QSqlDatabase& db = work.db();
    auto group = readGroup(db, groupUuid.trimmed());
    if (!group)
        return group.error();
    if (!*group)
        return fail(Error::Code::NotFound, QStringLiteral("no modifier group with uuid %1").arg(groupUuid));
    const qint64 groupId = (*group)->id;
    const QString what = describe(QStringLiteral("modifier group"), (*group)->rec.name, groupUuid);
    QStringList before;
    QHash<QString, qint64> beforeIds;
    {
        SqlQuery q(db,
            QStringLiteral("SELECT p.uuid, p.id FROM product_modifier_groups AS l JOIN products AS p ON p.id = "
                           "l.product_id WHERE l.group_id = ? ORDER BY p.uuid"));
        q.bind(groupId);
        CREMA_TRY(q.run(QStringLiteral("reading the products of %1").arg(what)));
        while (q.next()) {
            before.append(q.value(0).toString());
            beforeIds.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
    }
    QStringList after;
    QHash<QString, qint64> afterIds;
    for (const QString& p : productUuids) {
        const QString u = p.trimmed();
        if (afterIds.contains(u))
            continue;
        auto id = idByUuid(db, QStringLiteral("products"), u, what, QStringLiteral("product"));
        if (!id)
            return id.error();
        after.append(u);
        afterIds.insert(u, *id);
    }
    std::sort(after.begin(), after.end());
    if (before == after)
        return WriteResult {groupId, (*group)->rec.uuid, SaveOutcome::Unchanged};
    SqlQuery del(db, QStringLiteral("DELETE FROM product_modifier_groups WHERE product_id = ? AND group_id = ?"));
    for (const QString& u : before) {
        if (afterIds.contains(u))
            continue;
        del.bindAll({beforeIds.value(u), groupId});
        CREMA_TRY(del.run(QStringLiteral("saving the products of %1").arg(what)));
    }
    SqlQuery ins(db,
        QStringLiteral("INSERT INTO product_modifier_groups (product_id, group_id, sort_order) VALUES (?, ?, "
                       "(SELECT coalesce(max(sort_order) + 1, 0) FROM product_modifier_groups WHERE product_id = ?))"));
    for (const QString& u : after) {
        if (beforeIds.contains(u))
            continue;
        ins.bindAll({afterIds.value(u), groupId, afterIds.value(u)});
        CREMA_TRY(ins.run(QStringLiteral("saving the products of %1").arg(what)));
    }
    Done d {QStringLiteral("modifier_group"), groupId, (*group)->rec.uuid, (*group)->rec.name, SaveOutcome::Updated};
    d.payload = (*group)->rec.toJson();
    d.payload.remove(QStringLiteral("modifiers"));
    d.payload.insert(QStringLiteral("product_uuids"), QJsonArray::fromStringList(after));
    d.oldFields = {{QStringLiteral("product_uuids"), QJsonArray::fromStringList(before)}};
    d.newFields = {{QStringLiteral("product_uuids"), QJsonArray::fromStringList(after)}};
    CREMA_FINISH(d);
    return WriteResult {groupId, (*group)->rec.uuid, SaveOutcome::Updated};
}

// ---- deactivating, or deleting what was never used ----

namespace {

// Takes a row out of the catalogue the one way history allows: deactivated (`deactivateSql`, bound to
// the row's id) when anything refers to it, or else deleted with the rows that hang off it (`deletes`,
// each bound to the id, the row itself last). Sets what `d` audits and sends; Unchanged when the row
// is used and already inactive, so nothing is written.
Status retire(const QSqlDatabase& db, Done& d, bool used, bool active, const char* deactivateSql,
    std::initializer_list<const char*> deletes, const QString& what)
{
    if (used) {
        if (!active)
            return {};
        SqlQuery q(db, QString::fromLatin1(deactivateSql));
        q.bind(d.id);
        CREMA_TRY(q.run(QStringLiteral("deactivating %1").arg(what)));
        d.outcome = SaveOutcome::Deactivated;
        d.payload.insert(QStringLiteral("active"), false);
        d.oldFields = {{QStringLiteral("active"), true}};
        d.newFields = {{QStringLiteral("active"), false}};
        return {};
    }
    for (const char* sql : deletes) {
        SqlQuery q(db, QString::fromLatin1(sql));
        q.bind(d.id);
        CREMA_TRY(q.run(QStringLiteral("deleting %1").arg(what)));
    }
    d.outcome = SaveOutcome::Deleted;
    d.oldFields = d.payload;
    return {};
}

} // namespace

Result<WriteResult> CatalogWriter::deactivateProduct(UnitOfWork& work, const QString& uuid)
{
    const QSqlDatabase& db = work.db();
    auto old = readProductRow(db, uuid.trimmed());
    if (!old)
        return old.error();
    if (!*old)
        return fail(Error::Code::NotFound, QStringLiteral("no product with uuid %1").arg(uuid));
    const ProductRow& row = **old;
    const QString what = describe(QStringLiteral("product"), row.rec.name, row.rec.uuid);
    auto used = exists(db,
        QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM order_lines WHERE product_id = ?) "
                       "OR EXISTS (SELECT 1 FROM sales_product_daily WHERE product_id = ?) "
                       "OR EXISTS (SELECT 1 FROM rewards WHERE product_id = ?) "
                       "OR EXISTS (SELECT 1 FROM sales_mix_daily AS m JOIN product_sizes AS s ON s.id = m.size_id "
                       "WHERE s.product_id = ?)"),
        {row.id, row.id, row.id, row.id});
    if (!used)
        return used.error();
    Done d {QStringLiteral("product"), row.id, row.rec.uuid, row.rec.name};
    d.payload = row.rec.toJson();
    d.payload.remove(QStringLiteral("sizes"));
    CREMA_TRY(retire(db, d, *used, row.rec.active, "UPDATE products SET active = 0 WHERE id = ?",
        {"DELETE FROM product_barcodes WHERE product_id = ?", "DELETE FROM sold_out WHERE product_id = ?",
            "DELETE FROM size_recipe_items WHERE size_id IN (SELECT id FROM product_sizes WHERE product_id = ?)",
            "DELETE FROM product_sizes WHERE product_id = ?",
            "DELETE FROM product_modifier_groups WHERE product_id = ?", "DELETE FROM products WHERE id = ?"},
        what));
    if (d.outcome != SaveOutcome::Unchanged)
        CREMA_FINISH(d);
    return WriteResult {row.id, row.rec.uuid, d.outcome};
}

Result<WriteResult> CatalogWriter::deactivateSize(UnitOfWork& work, const QString& uuid)
{
    const QSqlDatabase& db = work.db();
    auto old = readSize(db, uuid.trimmed());
    if (!old)
        return old.error();
    if (!*old)
        return fail(Error::Code::NotFound, QStringLiteral("no size with uuid %1").arg(uuid));
    const SizeRow& row = **old;
    const QString what = QStringLiteral("product '%1' size '%2'").arg(row.productName, row.rec.name);
    auto used = exists(db,
        QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM order_lines WHERE size_id = ?) "
                       "OR EXISTS (SELECT 1 FROM sales_mix_daily WHERE size_id = ?)"),
        {row.id, row.id});
    if (!used)
        return used.error();
    Done d {QStringLiteral("size"), row.id, row.rec.uuid, QStringLiteral("%1 %2").arg(row.productName, row.rec.name)};
    SizeRecord fields = row.rec;
    fields.recipe.reset();
    d.payload = fields.toJson();
    d.payload.insert(QStringLiteral("product_uuid"), row.productUuid);
    CREMA_TRY(retire(db, d, *used, row.rec.active, "UPDATE product_sizes SET active = 0 WHERE id = ?",
        {"DELETE FROM size_recipe_items WHERE size_id = ?", "DELETE FROM product_sizes WHERE id = ?"}, what));
    if (d.outcome != SaveOutcome::Unchanged)
        CREMA_FINISH(d);
    return WriteResult {row.id, row.rec.uuid, d.outcome};
}

Result<WriteResult> CatalogWriter::deactivateCategory(UnitOfWork& work, const QString& uuid)
{
    const QSqlDatabase& db = work.db();
    auto old = readCategoryRow(db, uuid.trimmed());
    if (!old)
        return old.error();
    if (!*old)
        return fail(Error::Code::NotFound, QStringLiteral("no category with uuid %1").arg(uuid));
    const CategoryRow& row = **old;
    const QString what = describe(QStringLiteral("category"), row.rec.name, row.rec.uuid);
    auto used = exists(db,
        QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM products WHERE category_id = ?) "
                       "OR EXISTS (SELECT 1 FROM rewards WHERE category_id = ?)"),
        {row.id, row.id});
    if (!used)
        return used.error();
    Done d {QStringLiteral("category"), row.id, row.rec.uuid, row.rec.name};
    d.payload = row.rec.toJson();
    CREMA_TRY(retire(db, d, *used, row.rec.active, "UPDATE categories SET active = 0 WHERE id = ?",
        {"DELETE FROM categories WHERE id = ?"}, what));
    if (d.outcome != SaveOutcome::Unchanged)
        CREMA_FINISH(d);
    return WriteResult {row.id, row.rec.uuid, d.outcome};
}

Result<WriteResult> CatalogWriter::deactivateModifierGroup(UnitOfWork& work, const QString& uuid)
{
    const QSqlDatabase& db = work.db();
    auto old = readGroup(db, uuid.trimmed());
    if (!old)
        return old.error();
    if (!*old)
        return fail(Error::Code::NotFound, QStringLiteral("no modifier group with uuid %1").arg(uuid));
    const GroupRow& row = **old;
    const QString what = describe(QStringLiteral("modifier group"), row.rec.name, row.rec.uuid);
    auto used = exists(db,
        QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM line_modifiers AS l JOIN modifiers AS m ON m.id = "
                       "l.modifier_id WHERE m.group_id = ?) OR EXISTS (SELECT 1 FROM sales_mix_daily AS s JOIN "
                       "modifiers AS m ON m.id = s.modifier_id WHERE m.group_id = ?)"),
        {row.id, row.id});
    if (!used)
        return used.error();
    Done d {QStringLiteral("modifier_group"), row.id, row.rec.uuid, row.rec.name};
    d.payload = row.rec.toJson();
    d.payload.remove(QStringLiteral("modifiers"));
    CREMA_TRY(retire(db, d, *used, row.rec.active, "UPDATE modifier_groups SET active = 0 WHERE id = ?",
        {"DELETE FROM modifier_recipe_items WHERE modifier_id IN (SELECT id FROM modifiers WHERE group_id = ?)",
            "DELETE FROM modifiers WHERE group_id = ?", "DELETE FROM product_modifier_groups WHERE group_id = ?",
            "DELETE FROM modifier_groups WHERE id = ?"},
        what));
    if (d.outcome != SaveOutcome::Unchanged)
        CREMA_FINISH(d);
    return WriteResult {row.id, row.rec.uuid, d.outcome};
}

Result<WriteResult> CatalogWriter::deactivateModifier(UnitOfWork& work, const QString& uuid)
{
    const QSqlDatabase& db = work.db();
    auto old = readModifier(db, uuid.trimmed());
    if (!old)
        return old.error();
    if (!*old)
        return fail(Error::Code::NotFound, QStringLiteral("no modifier with uuid %1").arg(uuid));
    const ModifierRow& row = **old;
    const QString what = QStringLiteral("modifier group '%1' modifier '%2'").arg(row.groupName, row.rec.name);
    auto used = exists(db,
        QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM line_modifiers WHERE modifier_id = ?) "
                       "OR EXISTS (SELECT 1 FROM sales_mix_daily WHERE modifier_id = ?)"),
        {row.id, row.id});
    if (!used)
        return used.error();
    Done d {QStringLiteral("modifier"), row.id, row.rec.uuid, QStringLiteral("%1 %2").arg(row.groupName, row.rec.name)};
    d.payload = row.rec.toJson();
    d.payload.insert(QStringLiteral("group_uuid"), row.groupUuid);
    CREMA_TRY(retire(db, d, *used, row.rec.active, "UPDATE modifiers SET active = 0 WHERE id = ?",
        {"DELETE FROM modifier_recipe_items WHERE modifier_id = ?", "DELETE FROM modifiers WHERE id = ?"}, what));
    if (d.outcome != SaveOutcome::Unchanged)
        CREMA_FINISH(d);
    return WriteResult {row.id, row.rec.uuid, d.outcome};
}

// ---- 86 ----

namespace {

struct SoldOutTarget {
    qint64 productId = 0;
    QString productName;
    QString storeUuid;
    QString day; // the business day it is marked for, or empty
};

Result<SoldOutTarget> soldOutTarget(const QSqlDatabase& db, qint64 storeId, const QString& productUuid)
{
    SoldOutTarget t;
    SqlQuery q(db,
        QStringLiteral("SELECT p.id, p.name, (SELECT uuid FROM stores WHERE id = ?), coalesce((SELECT business_day "
                       "FROM sold_out WHERE store_id = ? AND product_id = p.id), '') FROM products AS p "
                       "WHERE p.uuid = ?"));
    q.bindAll({storeId, storeId, productUuid.trimmed()});
    CREMA_TRY(q.run(QStringLiteral("reading a product's sold-out state")));
    if (!q.next())
        return fail(Error::Code::NotFound, QStringLiteral("no product with uuid %1").arg(productUuid));
    t.productId = q.value(0).toLongLong();
    t.productName = q.value(1).toString();
    t.storeUuid = q.value(2).toString();
    t.day = q.value(3).toString();
    if (t.storeUuid.isEmpty())
        return fail(Error::Code::NotFound, QStringLiteral("no store #%1").arg(storeId));
    return t;
}

} // namespace

Result<WriteResult> CatalogWriter::markSoldOut(
    UnitOfWork& work, qint64 storeId, const QString& productUuid, const QString& businessDay)
{
    const QSqlDatabase& db = work.db();
    auto t = soldOutTarget(db, storeId, productUuid);
    if (!t)
        return t.error();
    if (t->day == businessDay)
        return WriteResult {t->productId, productUuid.trimmed(), SaveOutcome::Unchanged};
    SqlQuery q(db,
        QStringLiteral("INSERT INTO sold_out (store_id, product_id, business_day, staff_id, at) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (store_id, product_id) DO UPDATE SET business_day = excluded.business_day, "
                       "staff_id = excluded.staff_id, at = excluded.at"));
    q.bindAll({storeId, t->productId, businessDay, m_actorStaffId > 0 ? QVariant(m_actorStaffId) : kNullId,
        toDbTime(m_clock.nowUtc())});
    CREMA_TRY(q.run(QStringLiteral("marking product '%1' sold out").arg(t->productName)));
    Done d {QStringLiteral("sold_out"), t->productId, productUuid.trimmed(), t->productName, SaveOutcome::Inserted};
    d.auditVerb = QStringLiteral("marked");
    d.payload = {{QStringLiteral("product_uuid"), productUuid.trimmed()}, {QStringLiteral("store_uuid"), t->storeUuid},
        {QStringLiteral("business_day"), businessDay}};
    d.oldFields = {{QStringLiteral("sold_out_until"), t->day.isEmpty() ? QJsonValue() : QJsonValue(t->day)}};
    d.newFields = {{QStringLiteral("sold_out_until"), businessDay}};
    CREMA_FINISH(d);
    return WriteResult {t->productId, productUuid.trimmed(), SaveOutcome::Inserted};
}

Result<WriteResult> CatalogWriter::restore(
    UnitOfWork& work, qint64 storeId, const QString& productUuid, const QString& businessDay)
{
    const QSqlDatabase& db = work.db();
    auto t = soldOutTarget(db, storeId, productUuid);
    if (!t)
        return t.error();
    if (t->day.isEmpty())
        return WriteResult {t->productId, productUuid.trimmed(), SaveOutcome::Unchanged};

    // A mark from an earlier day has lapsed already: on sale again, nothing to write.
    if (t->day < businessDay)
        return WriteResult {t->productId, productUuid.trimmed(), SaveOutcome::Unchanged};
    SqlQuery q(db, QStringLiteral("DELETE FROM sold_out WHERE store_id = ? AND product_id = ?"));
    q.bindAll({storeId, t->productId});
    CREMA_TRY(q.run(QStringLiteral("restoring product '%1'").arg(t->productName)));
    Done d {QStringLiteral("sold_out"), t->productId, productUuid.trimmed(), t->productName, SaveOutcome::Deleted};
    d.auditVerb = QStringLiteral("restored");
    d.payload = {{QStringLiteral("product_uuid"), productUuid.trimmed()}, {QStringLiteral("store_uuid"), t->storeUuid},
        {QStringLiteral("business_day"), t->day}};
    d.oldFields = {{QStringLiteral("sold_out_until"), t->day}};
    d.newFields = {{QStringLiteral("sold_out_until"), QJsonValue()}};
    CREMA_FINISH(d);
    return WriteResult {t->productId, productUuid.trimmed(), SaveOutcome::Deleted};
}

// ---- reading one record back ----

Result<std::optional<TaxRateRecord>> CatalogWriter::readTaxRate(const QSqlDatabase& db, const QString& uuid)
{
    auto row = readTax(db, uuid.trimmed());
    if (!row)
        return row.error();
    return *row ? std::optional<TaxRateRecord>((*row)->rec) : std::nullopt;
}

Result<std::optional<CategoryRecord>> CatalogWriter::readCategory(const QSqlDatabase& db, const QString& uuid)
{
    auto row = readCategoryRow(db, uuid.trimmed());
    if (!row)
        return row.error();
    return *row ? std::optional<CategoryRecord>((*row)->rec) : std::nullopt;
}

Result<std::optional<ProductRecord>> CatalogWriter::readProduct(const QSqlDatabase& db, const QString& uuid)
{
    auto row = readProductRow(db, uuid.trimmed());
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ProductRecord>();
    ProductRecord rec = (*row)->rec;
    QStringList sizeUuids;
    {
        SqlQuery q(db, QStringLiteral("SELECT uuid FROM product_sizes WHERE product_id = ? ORDER BY sort_order, id"));
        q.bind((*row)->id);
        CREMA_TRY(q.run(QStringLiteral("reading the sizes of product '%1'").arg(rec.name)));
        while (q.next())
            sizeUuids.append(q.value(0).toString());
    }
    for (const QString& s : sizeUuids) {
        auto size = readSize(db, s);
        if (!size)
            return size.error();
        if (*size)
            rec.sizes.append((*size)->rec);
    }
    return std::optional<ProductRecord>(rec);
}

Result<std::optional<ModifierGroupRecord>> CatalogWriter::readModifierGroup(const QSqlDatabase& db, const QString& uuid)
{
    auto row = readGroup(db, uuid.trimmed());
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ModifierGroupRecord>();
    ModifierGroupRecord rec = (*row)->rec;
    QStringList modUuids;
    {
        SqlQuery q(db, QStringLiteral("SELECT uuid FROM modifiers WHERE group_id = ? ORDER BY sort_order, id"));
        q.bind((*row)->id);
        CREMA_TRY(q.run(QStringLiteral("reading the modifiers of group '%1'").arg(rec.name)));
        while (q.next())
            modUuids.append(q.value(0).toString());
    }
    for (const QString& m : modUuids) {
        auto mod = readModifier(db, m);
        if (!mod)
            return mod.error();
        if (*mod)
            rec.modifiers.append((*mod)->rec);
    }
    return std::optional<ModifierGroupRecord>(rec);
}

Result<QString> CatalogWriter::productOfSize(const QSqlDatabase& db, const QString& sizeUuid)
{
    auto v = queryScalar(db,
        QStringLiteral(
            "SELECT p.uuid FROM product_sizes AS s JOIN products AS p ON p.id = s.product_id WHERE s.uuid = ?"),
        {sizeUuid.trimmed()}, QStringLiteral("reading a size"));
    if (!v)
        return v.error();
    return v->toString();
}

Result<QString> CatalogWriter::groupOfModifier(const QSqlDatabase& db, const QString& modifierUuid)
{
    auto v = queryScalar(db,
        QStringLiteral(
            "SELECT g.uuid FROM modifiers AS m JOIN modifier_groups AS g ON g.id = m.group_id WHERE m.uuid = ?"),
        {modifierUuid.trimmed()}, QStringLiteral("reading a modifier"));
    if (!v)
        return v.error();
    return v->toString();
}

} // namespace crema

#include "menueditor.h"

#include "common/clock.h"
#include "kitchen/kitchenservice.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <functional>
#include <numeric>

namespace crema {

QJsonObject IngredientRef::toJson() const
{
    return {{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name},
        {QStringLiteral("base_unit"), unitSymbol(unit)}, {QStringLiteral("active"), active}};
}

namespace {

template <typename T> const T* findIn(const QList<T>& list, const QString& uuidOrName)
{
    const QString key = uuidOrName.trimmed();
    for (const T& x : list)
        if (x.uuid == key)
            return &x;
    for (const T& x : list)
        if (x.name.compare(key, Qt::CaseInsensitive) == 0)
            return &x;
    return nullptr;
}

} // namespace

const TaxRateRecord* EditableMenu::findTaxRate(const QString& uuidOrName) const
{
    return findIn(taxRates, uuidOrName);
}

const CategoryRecord* EditableMenu::findCategory(const QString& uuidOrName) const
{
    return findIn(categories, uuidOrName);
}

const ProductRecord* EditableMenu::findProduct(const QString& uuidOrName) const
{
    return findIn(products, uuidOrName);
}

const ModifierGroupRecord* EditableMenu::findGroup(const QString& uuidOrName) const
{
    return findIn(groups, uuidOrName);
}

const IngredientRef* EditableMenu::findIngredient(const QString& uuidOrName) const
{
    return findIn(ingredients, uuidOrName);
}

const SizeRecord* EditableMenu::findSize(const ProductRecord& product, const QString& uuidOrName)
{
    return findIn(product.sizes, uuidOrName);
}

const ModifierRecord* EditableMenu::findModifier(
    const QString& uuidOrName, const QString& group, const ModifierGroupRecord** groupOut) const
{
    const QString key = uuidOrName.trimmed();
    for (const ModifierGroupRecord& g : groups)
        for (const ModifierRecord& m : g.modifiers)
            if (m.uuid == key) {
                if (groupOut)
                    *groupOut = &g;
                return &m;
            }
    const ModifierGroupRecord* only = group.isEmpty() ? nullptr : findGroup(group);
    if (!group.isEmpty() && !only)
        return nullptr;
    const ModifierRecord* found = nullptr;
    const ModifierGroupRecord* foundIn = nullptr;
    for (const ModifierGroupRecord& g : groups) {
        if (only && &g != only)
            continue;
        for (const ModifierRecord& m : g.modifiers) {
            if (m.name.compare(key, Qt::CaseInsensitive) != 0)
                continue;
            if (found)
                return nullptr; // ambiguous across groups
            found = &m;
            foundIn = &g;
        }
    }
    if (found && groupOut)
        *groupOut = foundIn;
    return found;
}

namespace {

// How findRecipeProblems walks the editor's EditableMenu: by uuid, with inactive rows, which it
// passes over as the till's Menu leaves them out (inactive products, products of inactive
// categories, inactive sizes, groups and modifiers).
class EditableMenuShape {
public:
    explicit EditableMenuShape(const EditableMenu& menu)
        : m_menu(menu)
    {
        for (const CategoryRecord& c : menu.categories) {
            if (!c.active)
                m_inactiveCategories.insert(c.uuid);
        }
        m_groups.reserve(menu.groups.size());
        for (const ModifierGroupRecord& g : menu.groups) {
            if (g.active)
                m_groups.insert(g.uuid, &g);
        }
    }
    struct Ingredient {
        const QString& key; // uuid
    };

    const QList<ProductRecord>& products() const { return m_menu.products; }
    static const QList<SizeRecord>& sizesOf(const ProductRecord& p) { return p.sizes; }
    bool onSale(const ProductRecord& p) const
    {
        return p.active && (m_inactiveCategories.isEmpty() || !m_inactiveCategories.contains(p.categoryUuid));
    }
    static bool onSale(const SizeRecord& s) { return s.active; }
    template <typename F> void forEachOffered(const ProductRecord& p, F&& f) const
    {
        for (const QString& uuid : p.modifierGroupUuids) {
            if (const ModifierGroupRecord* g = m_groups.value(uuid)) {
                for (const ModifierRecord& m : g->modifiers) {
                    if (m.active)
                        f(m);
                }
            }
        }
    }
    static const QList<ModifierEffectRecord>& effectsOf(const ModifierRecord& m)
    {
        static const QList<ModifierEffectRecord> none;
        return m.effects ? *m.effects : none;
    }
    static Ingredient ingredientOf(const ModifierEffectRecord& e) { return {e.ingredientUuid}; }
    static Ingredient replacedOf(const ModifierEffectRecord& e) { return {e.replacesIngredientUuid}; }
    static bool recipeHas(const SizeRecord& s, const QString& ingredientUuid)
    {
        return s.recipe && std::any_of(s.recipe->begin(), s.recipe->end(), [&](const RecipeLineRecord& r) {
            return r.ingredientUuid == ingredientUuid;
        });
    }
    RecipeProblem problem(const ProductRecord& p, const SizeRecord& s, const ModifierRecord& m, RecipeAction action,
        const Ingredient& missing) const
    {
        // Names only for what is reported: a big menu has few problems and many checks.
        const IngredientRef* ingredient = m_menu.findIngredient(missing.key);
        RecipeProblem out;
        out.product = p.name;
        out.size = s.name;
        out.modifier = m.name;
        out.action = action;
        out.ingredient = ingredient ? ingredient->name : missing.key;
        out.productUuid = p.uuid;
        return out;
    }

private:
    const EditableMenu& m_menu;
    QSet<QString> m_inactiveCategories;
    QHash<QString, const ModifierGroupRecord*> m_groups; // active ones by uuid
};

} // namespace

QList<RecipeProblem> EditableMenu::recipeProblems() const
{
    return findRecipeProblems(EditableMenuShape(*this));
}

QJsonObject EditableMenu::toJson() const
{
    const auto arr = [](const auto& list) {
        QJsonArray a;
        for (const auto& x : list)
            a.append(x.toJson());
        return a;
    };
    return {{QStringLiteral("tax_rates"), arr(taxRates)}, {QStringLiteral("categories"), arr(categories)},
        {QStringLiteral("products"), arr(products)}, {QStringLiteral("modifier_groups"), arr(groups)},
        {QStringLiteral("ingredients"), arr(ingredients)},
        {QStringLiteral("sold_out_today"), QJsonArray::fromStringList(soldOutToday)}};
}

QJsonObject SizeCost::toJson() const
{
    const auto opt = [](const std::optional<qint64>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return {{QStringLiteral("product_uuid"), productUuid}, {QStringLiteral("size_uuid"), sizeUuid},
        {QStringLiteral("product"), product}, {QStringLiteral("size"), size},
        {QStringLiteral("price_cents"), price.cents()}, {QStringLiteral("net_price_cents"), netPrice.cents()},
        {QStringLiteral("has_recipe"), hasRecipe},
        {QStringLiteral("cost_cents"), opt(cost ? std::optional<qint64>(cost->cents()) : std::nullopt)},
        {QStringLiteral("uncosted_ingredients"), QJsonArray::fromStringList(uncostedIngredients)},
        {QStringLiteral("margin_cents"), opt(margin ? std::optional<qint64>(margin->cents()) : std::nullopt)},
        {QStringLiteral("margin_bp"), opt(marginBp)}};
}

MenuEditor::MenuEditor(Database& db, const Clock& clock, Site site, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_site(std::move(site))
{ }

QString MenuEditor::businessDay() const
{
    return businessTime(m_clock.nowUtc(), storeZone(m_site.timeZone)).day;
}

namespace {

using Write = std::function<Result<WriteResult>(UnitOfWork&, CatalogWriter&)>;

// The warnings of one product (EditableMenu::recipeProblems, the till's rule) from just what it
// needs: the product, its category, the groups it offers and the ingredients' names, without
// reading the whole menu.
Result<QList<RecipeProblem>> productProblems(const QSqlDatabase& db, const ProductRecord& product)
{
    if (!product.active || product.modifierGroupUuids.isEmpty())
        return QList<RecipeProblem>();
    EditableMenu one;
    one.products.append(product);
    auto category = CatalogWriter::readCategory(db, product.categoryUuid);
    if (!category)
        return category.error();
    if (*category)
        one.categories.append(**category);
    for (const QString& uuid : product.modifierGroupUuids) {
        auto group = CatalogWriter::readModifierGroup(db, uuid);
        if (!group)
            return group.error();
        if (*group)
            one.groups.append(std::move(**group));
    }
    SqlQuery ingredients(db, QStringLiteral("SELECT uuid, name FROM ingredients"));
    CREMA_TRY(ingredients.run(QStringLiteral("reading ingredients")));
    while (ingredients.next())
        one.ingredients.append(IngredientRef {ingredients.value(0).toString(), ingredients.value(1).toString()});
    return one.recipeProblems();
}

} // namespace

// One use case: permission, one unit of work, the writes, commit.
static Result<WriteResult> runWrite(Database& database, const Clock& clock, const Site& site, const StaffMember& actor,
    Permission permission, const Write& write)
{
    CREMA_TRY(StaffService::require(actor, permission));
    auto work = UnitOfWork::begin(database);
    if (!work)
        return work.error();
    CatalogWriter writer(clock, site.terminalId, actor.id);
    auto result = write(*work, writer);
    if (!result)
        return result.error();
    CREMA_TRY(work->commit());
    return *result;
}

namespace {

template <typename R>
Result<Saved<R>> savedOf(Result<std::optional<R>> record, SaveOutcome outcome, const QString& what)
{
    if (!record)
        return record.error();
    Saved<R> saved;
    if (*record)
        saved.record = **record;
    else if (outcome != SaveOutcome::Deleted)
        return fail(Error::Code::NotFound, QStringLiteral("%1 was not found after saving").arg(what));
    saved.outcome = outcome;
    return saved;
}

} // namespace

Result<Saved<TaxRateRecord>> MenuEditor::saveTaxRate(const StaffMember& actor, const TaxRateRecord& record)
{
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::ManageSettings,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.saveTaxRate(w, record); });
    if (!r)
        return r.error();
    return savedOf(CatalogWriter::readTaxRate(m_db.connection(), r->uuid), r->outcome, QStringLiteral("tax rate"));
}

Result<Saved<CategoryRecord>> MenuEditor::saveCategory(const StaffMember& actor, const CategoryRecord& record)
{
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::ManageMenu,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.saveCategory(w, record); });
    if (!r)
        return r.error();
    return savedOf(CatalogWriter::readCategory(m_db.connection(), r->uuid), r->outcome, QStringLiteral("category"));
}

Result<Saved<CategoryRecord>> MenuEditor::deactivateCategory(const StaffMember& actor, const QString& uuid)
{
    const QSqlDatabase db = m_db.connection();
    CREMA_TRY(StaffService::require(actor, Permission::ManageMenu));
    auto before = CatalogWriter::readCategory(db, uuid);
    if (!before)
        return before.error();
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::ManageMenu,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.deactivateCategory(w, uuid); });
    if (!r)
        return r.error();
    auto saved = savedOf(CatalogWriter::readCategory(db, r->uuid), r->outcome, QStringLiteral("category"));
    if (saved && r->outcome == SaveOutcome::Deleted && *before)
        saved->record = **before;
    return saved;
}

namespace {

Result<Saved<ProductRecord>> productSaved(const QSqlDatabase& db, const QString& uuid, SaveOutcome outcome,
    const std::optional<ProductRecord>& deleted = std::nullopt)
{
    auto saved = savedOf(CatalogWriter::readProduct(db, uuid), outcome, QStringLiteral("product"));
    if (!saved)
        return saved;
    if (outcome == SaveOutcome::Deleted && deleted)
        saved->record = *deleted;
    else {
        auto problems = productProblems(db, saved->record);
        if (!problems)
            return problems.error();
        saved->warnings = *problems;
    }
    return saved;
}

} // namespace

Result<Saved<ProductRecord>> MenuEditor::saveProduct(const StaffMember& actor, const ProductRecord& record)
{
    SaveOutcome outcome = SaveOutcome::Unchanged;
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::ManageMenu, [&](UnitOfWork& w, CatalogWriter& c) {
        QList<WriteResult> sizes;
        auto p = c.saveProduct(w, record, &sizes);
        if (p) {
            outcome = p->outcome;
            for (const WriteResult& s : sizes)
                if (s.outcome != SaveOutcome::Unchanged && outcome == SaveOutcome::Unchanged)
                    outcome = SaveOutcome::Updated;
        }
        return p;
    });
    if (!r)
        return r.error();
    return productSaved(m_db.connection(), r->uuid, outcome);
}

Result<Saved<ProductRecord>> MenuEditor::deactivateProduct(const StaffMember& actor, const QString& uuid)
{
    CREMA_TRY(StaffService::require(actor, Permission::ManageMenu));
    const QSqlDatabase db = m_db.connection();
    auto before = CatalogWriter::readProduct(db, uuid);
    if (!before)
        return before.error();
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::ManageMenu,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.deactivateProduct(w, uuid); });
    if (!r)
        return r.error();
    return productSaved(db, r->uuid, r->outcome, *before);
}

Result<Saved<ProductRecord>> MenuEditor::saveSize(
    const StaffMember& actor, const QString& productUuid, const SizeRecord& size)
{
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::ManageMenu,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.saveSize(w, productUuid, size); });
    if (!r)
        return r.error();
    return productSaved(m_db.connection(), productUuid.trimmed(), r->outcome);
}

Result<Saved<ProductRecord>> MenuEditor::deactivateSize(const StaffMember& actor, const QString& sizeUuid)
{
    CREMA_TRY(StaffService::require(actor, Permission::ManageMenu));
    auto product = CatalogWriter::productOfSize(m_db.connection(), sizeUuid);
    if (!product)
        return product.error();
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::ManageMenu,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.deactivateSize(w, sizeUuid); });
    if (!r)
        return r.error();
    auto saved = productSaved(m_db.connection(), *product, SaveOutcome::Updated);
    if (saved)
        saved->outcome = r->outcome;
    return saved;
}

Result<Saved<ProductRecord>> MenuEditor::setRecipe(const StaffMember& actor, const SizeRecipe& recipe)
{
    CREMA_TRY(StaffService::require(actor, Permission::ManageMenu));
    auto product = CatalogWriter::productOfSize(m_db.connection(), recipe.sizeUuid);
    if (!product)
        return product.error();
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::ManageMenu,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.setRecipe(w, recipe); });
    if (!r)
        return r.error();
    return productSaved(m_db.connection(), *product, r->outcome);
}

Result<Saved<ModifierGroupRecord>> MenuEditor::saveModifierGroup(
    const StaffMember& actor, const ModifierGroupRecord& record)
{
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::ManageMenu,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.saveModifierGroup(w, record); });
    if (!r)
        return r.error();
    return savedOf(
        CatalogWriter::readModifierGroup(m_db.connection(), r->uuid), r->outcome, QStringLiteral("modifier group"));
}

Result<Saved<ModifierGroupRecord>> MenuEditor::deactivateModifierGroup(const StaffMember& actor, const QString& uuid)
{
    CREMA_TRY(StaffService::require(actor, Permission::ManageMenu));
    const QSqlDatabase db = m_db.connection();
    auto before = CatalogWriter::readModifierGroup(db, uuid);
    if (!before)
        return before.error();
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::ManageMenu,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.deactivateModifierGroup(w, uuid); });
    if (!r)
        return r.error();
    auto saved = savedOf(CatalogWriter::readModifierGroup(db, r->uuid), r->outcome, QStringLiteral("modifier group"));
    if (saved && r->outcome == SaveOutcome::Deleted && *before)
        saved->record = **before;
    return saved;
}

Result<Saved<ModifierGroupRecord>> MenuEditor::setGroupProducts(
    const StaffMember& actor, const QString& groupUuid, const QStringList& productUuids)
{
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::ManageMenu,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.setGroupProducts(w, groupUuid, productUuids); });
    if (!r)
        return r.error();
    return savedOf(
        CatalogWriter::readModifierGroup(m_db.connection(), r->uuid), r->outcome, QStringLiteral("modifier group"));
}

Result<Saved<ModifierGroupRecord>> MenuEditor::saveModifier(
    const StaffMember& actor, const QString& groupUuid, const ModifierRecord& record)
{
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::ManageMenu,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.saveModifier(w, groupUuid, record); });
    if (!r)
        return r.error();
    return savedOf(CatalogWriter::readModifierGroup(m_db.connection(), groupUuid.trimmed()), r->outcome,
        QStringLiteral("modifier group"));
}

Result<Saved<ModifierGroupRecord>> MenuEditor::deactivateModifier(const StaffMember& actor, const QString& uuid)
{
    CREMA_TRY(StaffService::require(actor, Permission::ManageMenu));
    auto group = CatalogWriter::groupOfModifier(m_db.connection(), uuid);
    if (!group)
        return group.error();
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::ManageMenu,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.deactivateModifier(w, uuid); });
    if (!r)
        return r.error();
    auto saved = savedOf(CatalogWriter::readModifierGroup(m_db.connection(), *group), SaveOutcome::Updated,
        QStringLiteral("modifier group"));
    if (saved)
        saved->outcome = r->outcome;
    return saved;
}

Result<Saved<ProductRecord>> MenuEditor::markSoldOut(const StaffMember& actor, const QString& productUuid)
{
    const QString day = businessDay();
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::MarkSoldOut,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.markSoldOut(w, m_site.storeId, productUuid, day); });
    if (!r)
        return r.error();
    return productSaved(m_db.connection(), r->uuid, r->outcome);
}

Result<Saved<ProductRecord>> MenuEditor::restore(const StaffMember& actor, const QString& productUuid)
{
    const QString day = businessDay();
    auto r = runWrite(m_db, m_clock, m_site, actor, Permission::MarkSoldOut,
        [&](UnitOfWork& w, CatalogWriter& c) { return c.restore(w, m_site.storeId, productUuid, day); });
    if (!r)
        return r.error();
    auto saved = productSaved(m_db.connection(), r->uuid, SaveOutcome::Updated);
    if (saved)
        saved->outcome = r->outcome;
    return saved;
}

// ---- reading for the editors ----

namespace {

// SQLite's BINARY order of the same text (its UTF-8 bytes), which is code point order: UTF-16 code
// units compare the same way except that surrogates (code points past U+FFFF) sort after U+E000..U+FFFF.
bool binaryLess(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a[i].unicode(), y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0xd800 && y >= 0xd800) {
            const auto fix = [](char16_t u) { return char16_t(u >= 0xe000 ? u - 0x800 : u + 0x2000); };
            x = fix(x);
            y = fix(y);
        }
        return x < y;
    }
    return a.size() < b.size();
}

// Where a row id sits in ids read in ascending order, or -1: a binary search costs less than
// hashing 20,000 ids.
qsizetype indexOf(const std::vector<qint64>& ids, qint64 id)
{
    const auto it = std::lower_bound(ids.begin(), ids.end(), id);
    return it != ids.end() && *it == id ? it - ids.begin() : -1;
}

} // namespace

// Tables are read in the order they are stored (rowid or primary key: no sort, no join) and put in
// editor order here, where 20,000 rows sort faster than SQLite's temporary b-trees do and row ids
// find their parents by binary search.
Result<EditableMenu> MenuEditor::loadForEditing()
{
    const QSqlDatabase db = m_db.connection();
    const QString doing = QStringLiteral("reading the menu for editing");
    EditableMenu menu;

    SqlQuery taxes(db, QStringLiteral("SELECT id, uuid, name, rate_bp FROM tax_rates ORDER BY name"));
    CREMA_TRY(taxes.run(doing));
    QHash<qint64, QString> taxUuid;
    while (taxes.next()) {
        menu.taxRates.append(
            TaxRateRecord {taxes.value(1).toString(), taxes.value(2).toString(), taxes.value(3).toLongLong()});
        taxUuid.insert(taxes.value(0).toLongLong(), menu.taxRates.last().uuid);
    }

    SqlQuery cats(db,
        QStringLiteral("SELECT id, uuid, name, tax_rate_id, colour, station, sort_order, active FROM categories "
                       "ORDER BY sort_order, name"));
    CREMA_TRY(cats.run(doing));
    QHash<qint64, int> categoryPlace; // id -> index in menu.categories
    while (cats.next()) {
        const auto tax = taxUuid.constFind(cats.value(3).toLongLong());
        if (tax == taxUuid.constEnd())
            continue; // as the join with tax_rates did
        categoryPlace.insert(cats.value(0).toLongLong(), int(menu.categories.size()));
        menu.categories.append(CategoryRecord {cats.value(1).toString(), cats.value(2).toString(), *tax,
            cats.value(4).toString(), cats.value(5).toString(), cats.value(6).toInt(), cats.value(7).toBool()});
    }

    SqlQuery ingredients(db, QStringLiteral("SELECT id, uuid, name, base_unit, active FROM ingredients ORDER BY name"));
    CREMA_TRY(ingredients.run(doing));
    QHash<qint64, int> ingredientPlace; // id -> index in menu.ingredients, which is recipe line order
    while (ingredients.next()) {
        auto unit = parseBaseUnit(ingredients.value(3).toString());
        ingredientPlace.insert(ingredients.value(0).toLongLong(), int(menu.ingredients.size()));
        menu.ingredients.append(IngredientRef {ingredients.value(1).toString(), ingredients.value(2).toString(),
            unit ? *unit : BaseUnit::Gram, ingredients.value(4).toBool()});
    }

    struct Place {
        int category = 0;
        int sortOrder = 0;
    };
    SqlQuery prods(db,
        QStringLiteral("SELECT id, uuid, name, category_id, coalesce(sku, ''), needs_preparation, active, sort_order "
                       "FROM products ORDER BY id"));
    CREMA_TRY(prods.run(doing));
    QList<ProductRecord> products; // by id
    std::vector<qint64> productIds;
    std::vector<Place> places;
    while (prods.next()) {
        const auto category = categoryPlace.constFind(prods.value(3).toLongLong());
        if (category == categoryPlace.constEnd())
            continue;
        ProductRecord p;
        p.uuid = prods.value(1).toString();
        p.name = prods.value(2).toString();
        p.categoryUuid = menu.categories[*category].uuid;
        p.sku = prods.value(4).toString();
        p.needsPreparation = prods.value(5).toBool();
        p.active = prods.value(6).toBool();
        p.sortOrder = prods.value(7).toInt();
        productIds.push_back(prods.value(0).toLongLong());
        places.push_back(Place {*category, p.sortOrder});
        products.append(std::move(p));
    }

    SqlQuery codes(db, QStringLiteral("SELECT product_id, barcode FROM product_barcodes ORDER BY product_id, barcode"));
    CREMA_TRY(codes.run(doing));
    while (codes.next()) {
        if (const qsizetype i = indexOf(productIds, codes.value(0).toLongLong()); i >= 0)
            products[i].barcodes.append(codes.value(1).toString());
    }

    SqlQuery groups(db,
        QStringLiteral("SELECT id, uuid, name, min_choices, max_choices, active FROM modifier_groups ORDER BY name"));
    CREMA_TRY(groups.run(doing));
    QHash<qint64, qsizetype> groupIndex;
    while (groups.next()) {
        ModifierGroupRecord g;
        g.uuid = groups.value(1).toString();
        g.name = groups.value(2).toString();
        g.minChoices = groups.value(3).toInt();
        g.maxChoices = groups.value(4).toInt();
        g.active = groups.value(5).toBool();
        groupIndex.insert(groups.value(0).toLongLong(), menu.groups.size());
        menu.groups.append(std::move(g));
    }

    SqlQuery links(db,
        QStringLiteral(
            "SELECT product_id, group_id FROM product_modifier_groups ORDER BY product_id, sort_order, group_id"));
    CREMA_TRY(links.run(doing));
    while (links.next()) {
        const qsizetype i = indexOf(productIds, links.value(0).toLongLong());
        const auto g = groupIndex.constFind(links.value(1).toLongLong());
        if (i >= 0 && g != groupIndex.constEnd())
            products[i].modifierGroupUuids.append(menu.groups[*g].uuid);
    }

    // Sizes in id order, so that within a product those of equal sort order stay in id order.
    SqlQuery sizes(db,
        QStringLiteral(
            "SELECT id, product_id, uuid, name, price_cents, sort_order, active FROM product_sizes ORDER BY id"));
    CREMA_TRY(sizes.run(doing));
    std::vector<qint64> sizeIds;
    std::vector<std::pair<qsizetype, qsizetype>> sizeAt; // (product, size) per sizeIds entry
    while (sizes.next()) {
        const qsizetype i = indexOf(productIds, sizes.value(1).toLongLong());
        if (i < 0)
            continue;
        ProductRecord& p = products[i];
        sizeIds.push_back(sizes.value(0).toLongLong());
        sizeAt.emplace_back(i, p.sizes.size());
        p.sizes.append(
            SizeRecord {sizes.value(2).toString(), sizes.value(3).toString(), Money(sizes.value(4).toLongLong()),
                sizes.value(5).toInt(), sizes.value(6).toBool(), QList<RecipeLineRecord>()});
    }

    // In primary key order; each size's lines are then put in ingredient name order.
    // The primary key's order (size_id, ingredient_id): no sort, and each size's lines together.
    SqlQuery recipes(db,
        QStringLiteral(
            "SELECT size_id, ingredient_id, quantity FROM size_recipe_items ORDER BY size_id, ingredient_id"));
    CREMA_TRY(recipes.run(doing));
    QList<QPair<int, qint64>> lines; // (ingredient place, quantity) of the size being read
    qint64 lineSize = -1;
    const auto flush = [&] {
        const qsizetype k = indexOf(sizeIds, lineSize);
        if (k < 0 || lines.isEmpty())
            return;
        std::sort(lines.begin(), lines.end());
        QList<RecipeLineRecord>& recipe = *products[sizeAt[k].first].sizes[sizeAt[k].second].recipe;
        recipe.reserve(lines.size());
        for (const auto& [place, quantity] : std::as_const(lines))
            recipe.append(RecipeLineRecord {menu.ingredients[place].uuid, quantity});
    };
    while (recipes.next()) {
        const qint64 sizeId = recipes.value(0).toLongLong();
        if (sizeId != lineSize) {
            flush();
            lines.clear();
            lineSize = sizeId;
        }
        if (const auto place = ingredientPlace.constFind(recipes.value(1).toLongLong());
            place != ingredientPlace.constEnd())
            lines.append({*place, recipes.value(2).toLongLong()});
    }
    flush();

    for (ProductRecord& p : products) {
        if (p.sizes.size() > 1)
            std::stable_sort(p.sizes.begin(), p.sizes.end(),
                [](const SizeRecord& a, const SizeRecord& b) { return a.sortOrder < b.sortOrder; });
    }
    // Editor order: categories in their order, then place on the grid, then name.
    std::vector<qsizetype> order(products.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (places[a].category != places[b].category)
            return places[a].category < places[b].category;
        if (places[a].sortOrder != places[b].sortOrder)
            return places[a].sortOrder < places[b].sortOrder;
        return binaryLess(products[a].name, products[b].name);
    });
    menu.products.reserve(products.size());
    for (qsizetype i : order)
        menu.products.append(std::move(products[i]));

    SqlQuery mods(db,
        QStringLiteral("SELECT id, group_id, uuid, name, price_delta_cents, sort_order, active FROM modifiers "
                       "ORDER BY group_id, sort_order, id"));
    CREMA_TRY(mods.run(doing));
    QHash<qint64, QPair<qsizetype, qsizetype>> modIndex;
    while (mods.next()) {
        auto it = groupIndex.constFind(mods.value(1).toLongLong());
        if (it == groupIndex.constEnd())
            continue;
        ModifierGroupRecord& g = menu.groups[*it];
        modIndex.insert(mods.value(0).toLongLong(), {*it, g.modifiers.size()});
        g.modifiers.append(
            ModifierRecord {mods.value(2).toString(), mods.value(3).toString(), Money(mods.value(4).toLongLong()),
                mods.value(5).toInt(), mods.value(6).toBool(), QList<ModifierEffectRecord>()});
    }

    SqlQuery effects(db,
        QStringLiteral("SELECT m.modifier_id, m.action, i.uuid, coalesce(r.uuid, ''), m.quantity FROM "
                       "modifier_recipe_items AS m JOIN ingredients AS i ON i.id = m.ingredient_id LEFT JOIN "
                       "ingredients AS r ON r.id = m.replaces_ingredient_id ORDER BY m.modifier_id, m.id"));
    CREMA_TRY(effects.run(doing));
    while (effects.next()) {
        auto it = modIndex.constFind(effects.value(0).toLongLong());
        if (it == modIndex.constEnd())
            continue;
        ModifierEffectRecord e;
        const QString action = effects.value(1).toString();
        e.action = action == u"add" ? RecipeAction::Add
            : action == u"remove"   ? RecipeAction::Remove
                                    : RecipeAction::Replace;
        e.ingredientUuid = effects.value(2).toString();
        e.replacesIngredientUuid = effects.value(3).toString();
        if (!effects.value(4).isNull())
            e.quantity = effects.value(4).toLongLong();
        menu.groups[it->first].modifiers[it->second].effects->append(e);
    }

    SqlQuery soldOut(db,
        QStringLiteral("SELECT p.uuid FROM sold_out AS s JOIN products AS p ON p.id = s.product_id "
                       "WHERE s.store_id = ? AND s.business_day = ? ORDER BY p.uuid"));
    soldOut.bindAll({m_site.storeId, businessDay()});
    CREMA_TRY(soldOut.run(doing));
    while (soldOut.next())
        menu.soldOutToday.append(soldOut.value(0).toString());

    auto stations = KitchenService::stationNames(db);
    if (!stations)
        return stations.error();
    menu.stations = std::move(*stations);
    return menu;
}

namespace {

// Wide enough for a recipe's exact cost: quantity (≤ 1e7) × cost (≤ 1e9) over many denominators.
__extension__ typedef __int128 Wide;

// A non-negative exact fraction of a minor unit.
struct Fraction {
    Wide num = 0;
    Wide den = 1;
};

Wide gcd128(Wide a, Wide b)
{
    if (a < 0)
        a = -a;
    while (b != 0) {
        const Wide t = a % b;
        a = b;
        b = t;
    }
    return a == 0 ? 1 : a;
}

void addTo(Fraction& sum, Wide num, Wide den)
{
    const Wide g = gcd128(sum.den, den);
    sum.num = sum.num * (den / g) + num * (sum.den / g);
    sum.den = sum.den / g * den;
    const Wide r = gcd128(sum.num, sum.den);
    sum.num /= r;
    sum.den /= r;
}

// num / den rounded to the nearest whole number, halves away from zero (up, for what is positive).
qint64 roundHalfUp(Wide num, Wide den)
{
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const bool negative = num < 0;
    const Wide a = negative ? -num : num;
    const Wide q = (2 * a + den) / (2 * den);
    return static_cast<qint64>(negative ? -q : q);
}

struct UnitCost {
    qint64 cents = 0;
    qint64 baseQuantity = 1;
};

} // namespace

static Result<QList<SizeCost>> costsOf(const QSqlDatabase& db, const EditableMenu& menu, const Site& site,
    const std::function<bool(const ProductRecord&, const SizeRecord&)>& wanted)
{
    // An ingredient's cost per base unit: its cheapest active purchase unit's cost / quantity.
    QHash<QString, UnitCost> unitCost;
    SqlQuery pu(db,
        QStringLiteral("SELECT i.uuid, pu.cost_cents, pu.base_quantity FROM purchase_units AS pu JOIN ingredients AS i "
                       "ON i.id = pu.ingredient_id WHERE pu.active = 1"));
    CREMA_TRY(pu.run(QStringLiteral("reading purchase costs")));
    while (pu.next()) {
        const UnitCost c {pu.value(1).toLongLong(), std::max<qint64>(1, pu.value(2).toLongLong())};
        auto it = unitCost.find(pu.value(0).toString());
        if (it == unitCost.end())
            unitCost.insert(pu.value(0).toString(), c);
        else if (Wide(c.cents) * it->baseQuantity < Wide(it->cents) * c.baseQuantity)
            *it = c;
    }
    QHash<QString, qint64> rateOf;
    for (const CategoryRecord& c : menu.categories) {
        const TaxRateRecord* t = menu.findTaxRate(c.taxRateUuid);
        rateOf.insert(c.uuid, t ? t->rateBp : 0);
    }
    QHash<QString, QString> ingredientName;
    for (const IngredientRef& i : menu.ingredients)
        ingredientName.insert(i.uuid, i.name);

    QList<SizeCost> out;
    for (const ProductRecord& p : menu.products) {
        for (const SizeRecord& s : p.sizes) {
            if (!wanted(p, s))
                continue;
            SizeCost c;
            c.productUuid = p.uuid;
            c.sizeUuid = s.uuid;
            c.product = p.name;
            c.size = s.name;
            c.price = s.price;
            const qint64 rate = rateOf.value(p.categoryUuid);
            c.netPrice = site.pricesIncludeTax ? s.price - taxIncluded(s.price, rate) : s.price;
            const QList<RecipeLineRecord> recipe = s.recipe.value_or(QList<RecipeLineRecord>());
            c.hasRecipe = !recipe.isEmpty();
            if (c.hasRecipe) {
                Fraction total;
                for (const RecipeLineRecord& r : recipe) {
                    auto it = unitCost.constFind(r.ingredientUuid);
                    if (it == unitCost.constEnd()) {
                        c.uncostedIngredients.append(ingredientName.value(r.ingredientUuid, r.ingredientUuid));
                        continue;
                    }
                    addTo(total, Wide(r.quantity) * it->cents, it->baseQuantity);
                }
                if (c.uncostedIngredients.isEmpty()) {
                    c.cost = Money(roundHalfUp(total.num, total.den));
                    c.margin = c.netPrice - *c.cost;
                    if (c.netPrice.cents() != 0)
                        c.marginBp = roundHalfUp(Wide(c.margin->cents()) * 10000, c.netPrice.cents());
                }
            }
            out.append(c);
        }
    }
    return out;
}

Result<QList<SizeCost>> MenuEditor::sizeCosts()
{
    auto menu = loadForEditing();
    if (!menu)
        return menu.error();
    return costsOf(m_db.connection(), *menu, m_site,
        [](const ProductRecord& p, const SizeRecord& s) { return p.active && s.active; });
}

Result<SizeCost> MenuEditor::sizeCost(const QString& sizeUuid)
{
    const QSqlDatabase db = m_db.connection();
    auto productUuid = CatalogWriter::productOfSize(db, sizeUuid);
    if (!productUuid)
        return productUuid.error();
    if (productUuid->isEmpty())
        return fail(Error::Code::NotFound, QStringLiteral("no size with uuid %1").arg(sizeUuid));
    // Just what one size needs: its product, its category's rate, its ingredients.
    EditableMenu one;
    auto product = CatalogWriter::readProduct(db, *productUuid);
    if (!product)
        return product.error();
    one.products.append(**product);
    auto category = CatalogWriter::readCategory(db, (*product)->categoryUuid);
    if (!category)
        return category.error();
    if (*category) {
        one.categories.append(**category);
        auto tax = CatalogWriter::readTaxRate(db, (*category)->taxRateUuid);
        if (!tax)
            return tax.error();
        if (*tax)
            one.taxRates.append(**tax);
    }
    SqlQuery ing(db, QStringLiteral("SELECT uuid, name FROM ingredients"));
    CREMA_TRY(ing.run(QStringLiteral("reading ingredients")));
    while (ing.next())
        one.ingredients.append(IngredientRef {ing.value(0).toString(), ing.value(1).toString()});
    const QString wantedUuid = sizeUuid.trimmed();
    auto costs
        = costsOf(db, one, m_site, [&](const ProductRecord&, const SizeRecord& s) { return s.uuid == wantedUuid; });
    if (!costs)
        return costs.error();
    if (costs->isEmpty())
        return fail(Error::Code::NotFound, QStringLiteral("no size with uuid %1").arg(sizeUuid));
    return costs->first();
}

Result<QList<RecipeProblem>> MenuEditor::warnings()
{
    auto menu = loadForEditing();
    if (!menu)
        return menu.error();
    return menu->recipeProblems();
}

Result<RecipeLineRecord> MenuEditor::recipeLine(
    const EditableMenu& menu, const QString& ingredient, const QString& quantityText)
{
    const IngredientRef* ing = menu.findIngredient(ingredient);
    if (!ing)
        return fail(Error::Code::NotFound, QStringLiteral("no ingredient '%1'").arg(ingredient.trimmed()));
    auto qty = parseQuantity(quantityText, ing->unit);
    if (!qty)
        return fail(qty.error().code, QStringLiteral("ingredient '%1': %2").arg(ing->name, qty.error().message));
    if (*qty < 1 || *qty > kMaxRecipeQuantity)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("ingredient '%1': quantity '%2' must be 1 to %3 %4")
                .arg(ing->name, quantityText.trimmed())
                .arg(kMaxRecipeQuantity)
                .arg(unitSymbol(ing->unit)));
    return RecipeLineRecord {ing->uuid, *qty};
}

} // namespace crema

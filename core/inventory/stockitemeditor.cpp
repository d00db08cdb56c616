#include "stockitemeditor.h"

#include "common/clock.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace crema {

namespace {

template <typename T> const T* findBy(const QList<T>& list, auto&& matches)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), matches);
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

QJsonObject StockItem::toJson() const
{
    QJsonObject o = ingredient.toJson();
    QJsonObject lv = levels.toJson();
    lv.remove(QStringLiteral("ingredient_uuid"));
    o.insert(QStringLiteral("levels"), lv);
    o.insert(QStringLiteral("on_hand"), onHand);
    o.insert(QStringLiteral("unit_locked"), unitLocked);
    QJsonArray units;
    for (const PurchaseUnitRecord& p : purchaseUnits)
        units.append(p.toJson());
    o.insert(QStringLiteral("purchase_units"), units);
    return o;
}

const StockItem* StockCatalog::item(const QString& ingredientUuid) const
{
    return findBy(items, [&](const StockItem& i) { return i.ingredient.uuid == ingredientUuid; });
}

const SupplierRecord* StockCatalog::supplier(const QString& supplierUuid) const
{
    return findBy(suppliers, [&](const SupplierRecord& s) { return s.uuid == supplierUuid; });
}

const StockItem* StockCatalog::findItem(const QString& uuidOrName) const
{
    const QString wanted = uuidOrName.trimmed();
    if (const StockItem* found = item(wanted))
        return found;
    return findBy(
        items, [&](const StockItem& i) { return i.ingredient.name.compare(wanted, Qt::CaseInsensitive) == 0; });
}

const SupplierRecord* StockCatalog::findSupplier(const QString& uuidOrName) const
{
    const QString wanted = uuidOrName.trimmed();
    if (const SupplierRecord* found = supplier(wanted))
        return found;
    return findBy(suppliers, [&](const SupplierRecord& s) { return s.name.compare(wanted, Qt::CaseInsensitive) == 0; });
}

QJsonObject suppliersJson(const QList<SupplierRecord>& suppliers)
{
    QJsonArray list;
    for (const SupplierRecord& s : suppliers)
        list.append(s.toJson());
    return QJsonObject {{QStringLiteral("suppliers"), list}};
}

QJsonObject stockItemsJson(const QList<StockItem>& items)
{
    QJsonArray list;
    for (const StockItem& i : items)
        list.append(i.toJson());
    return QJsonObject {{QStringLiteral("ingredients"), list}};
}

StockItemEditor::StockItemEditor(Database& db, const Clock& clock, Site site, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_site(std::move(site))
{ }

Result<StockCatalog> StockItemEditor::load() const
{
    const QSqlDatabase& db = m_db.connection();
    StockCatalog catalog;
    // The base unit is locked once anything refers to the ingredient; the stock ledger's index leads
    // with the store, hence the store list (a handful of rows) to keep each check an index probe.
    SqlQuery items(db,
        QStringLiteral(
            "SELECT i.id, i.uuid, i.name, i.base_unit, i.active, si.policy, si.par_level, si.critical_level, "
            "si.on_hand, "
            "EXISTS (SELECT 1 FROM stock_movements AS m WHERE m.store_id IN (SELECT id FROM stores) "
            "AND m.ingredient_id = i.id) "
            "OR EXISTS (SELECT 1 FROM size_recipe_items AS r WHERE r.ingredient_id = i.id) "
            "OR EXISTS (SELECT 1 FROM modifier_recipe_items AS x WHERE x.ingredient_id = i.id "
            "OR x.replaces_ingredient_id = i.id) "
            "FROM ingredients AS i LEFT JOIN store_ingredients AS si ON si.ingredient_id = i.id AND si.store_id = ? "
            "ORDER BY i.name COLLATE NOCASE, i.id"));
    items.bind(m_site.storeId);
    CREMA_TRY(items.run(QStringLiteral("reading ingredients")));
    QHash<qint64, qsizetype> indexOf;
    while (items.next()) {
        StockItem item;
        item.id = items.value(0).toLongLong();
        item.ingredient.uuid = items.value(1).toString();
        item.ingredient.name = items.value(2).toString();
        auto unit = parseBaseUnit(items.value(3).toString());
        item.ingredient.baseUnit = unit ? *unit : BaseUnit::Gram;
        item.ingredient.active = items.value(4).toInt() != 0;
        item.levels.ingredientUuid = item.ingredient.uuid;
        item.levels.policy
            = items.value(5).toString() == QLatin1String("block") ? StockPolicy::Block : StockPolicy::Allow;
        item.levels.par = items.value(6).toLongLong();
        item.levels.critical = items.value(7).toLongLong();
        item.onHand = items.value(8).toLongLong();
        item.unitLocked = items.value(9).toInt() != 0;
        indexOf.insert(item.id, catalog.items.size());
        catalog.items.append(item);
    }
    SqlQuery units(db,
        QStringLiteral("SELECT p.ingredient_id, p.uuid, i.uuid, s.uuid, p.name, p.base_quantity, p.cost_cents, "
                       "p.supplier_sku, p.active FROM purchase_units AS p JOIN ingredients AS i ON i.id = "
                       "p.ingredient_id JOIN suppliers AS s ON s.id = p.supplier_id ORDER BY p.name COLLATE NOCASE, "
                       "p.id"));
    CREMA_TRY(units.run(QStringLiteral("reading purchase units")));
    while (units.next()) {
        const auto at = indexOf.constFind(units.value(0).toLongLong());
        if (at == indexOf.constEnd())
            continue;
        PurchaseUnitRecord p;
        p.uuid = units.value(1).toString();
        p.ingredientUuid = units.value(2).toString();
        p.supplierUuid = units.value(3).toString();
        p.name = units.value(4).toString();
        p.baseQuantity = units.value(5).toLongLong();
        p.costCents = units.value(6).toLongLong();
        p.supplierSku = units.value(7).toString();
        p.active = units.value(8).toInt() != 0;
        catalog.items[*at].purchaseUnits.append(p);
    }
    SqlQuery sup(db, QStringLiteral("SELECT uuid FROM suppliers ORDER BY name COLLATE NOCASE, id"));
    CREMA_TRY(sup.run(QStringLiteral("reading suppliers")));
    QStringList supplierUuids;
    while (sup.next())
        supplierUuids.append(sup.value(0).toString());
    for (const QString& uuid : supplierUuids) {
        auto s = StockItemWriter::readSupplier(db, uuid);
        if (!s)
            return s.error();
        catalog.suppliers.append(*s);
    }
    return catalog;
}

StockItemWriter::Author StockItemEditor::author(const StaffMember& by) const
{
    return StockItemWriter::Author {&m_clock, m_site.terminalId, by.id, 0};
}

template <typename T, typename Write, typename Read>
Result<Edited<T>> StockItemEditor::edit(const StaffMember& by, Write&& write, Read&& read)
{
    CREMA_TRY(StaffService::require(by, Permission::ManageStock));
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    auto saved = write(*work, author(by));
    if (!saved)
        return saved.error();
    Edited<T> edited;
    edited.outcome = saved->outcome;
    auto record = read(work->db(), saved->uuid);
    if (!record)
        return record.error();
    edited.record = *record;
    CREMA_TRY(work->commit());
    return edited;
}

Result<Edited<IngredientRecord>> StockItemEditor::addIngredient(
    const StaffMember& by, const QString& name, BaseUnit baseUnit)
{
    return saveIngredient(by, IngredientRecord {QString(), name, baseUnit, true});
}

Result<Edited<IngredientRecord>> StockItemEditor::saveIngredient(const StaffMember& by, const IngredientRecord& record)
{
    return edit<IngredientRecord>(
        by, [&](UnitOfWork& w, const auto& a) { return StockItemWriter::saveIngredient(w, a, record); },
        &StockItemWriter::readIngredient);
}

Result<Edited<IngredientRecord>> StockItemEditor::renameIngredient(
    const StaffMember& by, const QString& ingredientUuid, const QString& name)
{
    return edit<IngredientRecord>(
        by,
        [&](UnitOfWork& w, const auto& a) -> Result<StockItemWriter::Saved> {
            auto current = StockItemWriter::readIngredient(w.db(), ingredientUuid);
            if (!current)
                return current.error();
            IngredientRecord changed = *current;
            changed.name = name;
            return StockItemWriter::saveIngredient(w, a, changed);
        },
        &StockItemWriter::readIngredient);
}

Result<Edited<IngredientRecord>> StockItemEditor::deactivateIngredient(
    const StaffMember& by, const QString& ingredientUuid)
{
    // A deleted ingredient can no longer be read: the record is what it was.
    CREMA_TRY(StaffService::require(by, Permission::ManageStock));
    auto before = StockItemWriter::readIngredient(m_db.connection(), ingredientUuid);
    if (!before)
        return before.error();
    return edit<IngredientRecord>(
        by, [&](UnitOfWork& w, const auto& a) { return StockItemWriter::retireIngredient(w, a, ingredientUuid); },
        [&](const QSqlDatabase& db, const QString& uuid) -> Result<IngredientRecord> {
            auto now = StockItemWriter::readIngredient(db, uuid);
            if (!now && now.error().code == Error::Code::NotFound)
                return *before;
            return now;
        });
}

Result<Edited<IngredientRecord>> StockItemEditor::restoreIngredient(
    const StaffMember& by, const QString& ingredientUuid)
{
    return edit<IngredientRecord>(
        by,
        [&](UnitOfWork& w, const auto& a) -> Result<StockItemWriter::Saved> {
            auto current = StockItemWriter::readIngredient(w.db(), ingredientUuid);
            if (!current)
                return current.error();
            IngredientRecord changed = *current;
            changed.active = true;
            return StockItemWriter::saveIngredient(w, a, changed);
        },
        &StockItemWriter::readIngredient);
}

Result<Edited<PurchaseUnitRecord>> StockItemEditor::savePurchaseUnit(
    const StaffMember& by, const PurchaseUnitRecord& record)
{
    return edit<PurchaseUnitRecord>(
        by, [&](UnitOfWork& w, const auto& a) { return StockItemWriter::savePurchaseUnit(w, a, record); },
        &StockItemWriter::readPurchaseUnit);
}

Result<Edited<PurchaseUnitRecord>> StockItemEditor::deactivatePurchaseUnit(
    const StaffMember& by, const QString& purchaseUnitUuid)
{
    return edit<PurchaseUnitRecord>(
        by, [&](UnitOfWork& w, const auto& a) { return StockItemWriter::retirePurchaseUnit(w, a, purchaseUnitUuid); },
        &StockItemWriter::readPurchaseUnit);
}

Result<qint64> StockItemEditor::parseConversion(const QString& text, BaseUnit baseUnit)
{
    const QString typed = text.trimmed();
    static const QRegularExpression bare(QStringLiteral("^[0-9]+$"));
    if (bare.match(typed).hasMatch()) {
        bool ok = false;
        const qint64 n = typed.toLongLong(&ok);
        if (ok)
            return n;
    }
    auto quantity = Quantity::parse(typed);
    if (!quantity)
        return quantity.error();
    if (quantity->unit != baseUnit)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("'%1' is in %2, but this ingredient is counted in %3")
                .arg(typed, unitSymbol(quantity->unit), unitSymbol(baseUnit)));
    return quantity->amount;
}

Result<Edited<StoreStockLevels>> StockItemEditor::setLevels(const StaffMember& by, const StoreStockLevels& levels)
{
    const qint64 store = m_site.storeId;
    return edit<StoreStockLevels>(
        by, [&](UnitOfWork& w, const auto& a) { return StockItemWriter::saveLevels(w, a, store, levels); },
        [store](const QSqlDatabase& db, const QString& uuid) { return StockItemWriter::readLevels(db, store, uuid); });
}

Result<Edited<SupplierRecord>> StockItemEditor::saveSupplier(const StaffMember& by, const SupplierRecord& record)
{
    return edit<SupplierRecord>(
        by, [&](UnitOfWork& w, const auto& a) { return StockItemWriter::saveSupplier(w, a, record); },
        &StockItemWriter::readSupplier);
}

Result<Edited<SupplierRecord>> StockItemEditor::deactivateSupplier(const StaffMember& by, const QString& supplierUuid)
{
    CREMA_TRY(StaffService::require(by, Permission::ManageStock));
    auto before = StockItemWriter::readSupplier(m_db.connection(), supplierUuid);
    if (!before)
        return before.error();
    return edit<SupplierRecord>(
        by, [&](UnitOfWork& w, const auto& a) { return StockItemWriter::retireSupplier(w, a, supplierUuid); },
        [&](const QSqlDatabase& db, const QString& uuid) -> Result<SupplierRecord> {
            auto now = StockItemWriter::readSupplier(db, uuid);
            if (!now && now.error().code == Error::Code::NotFound)
                return *before;
            return now;
        });
}

Result<Edited<SupplierRecord>> StockItemEditor::restoreSupplier(const StaffMember& by, const QString& supplierUuid)
{
    return edit<SupplierRecord>(
        by,
        [&](UnitOfWork& w, const auto& a) -> Result<StockItemWriter::Saved> {
            auto current = StockItemWriter::readSupplier(w.db(), supplierUuid);
            if (!current)
                return current.error();
            SupplierRecord changed = *current;
            changed.active = true;
            return StockItemWriter::saveSupplier(w, a, changed);
        },
        &StockItemWriter::readSupplier);
}

} // namespace crema

#include "stockitemwriter.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/ids.h"
#include "common/jsonfields.h"
#include "common/money.h"
#include "common/text.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QRegularExpression>

#include <algorithm>

namespace crema {

namespace {

constexpr qsizetype kStockNameMaxChars = 80;
constexpr qsizetype kPhoneMaxChars = 32;
constexpr qint64 kMaxBaseQuantity = 10'000'000;
constexpr int kMaxLeadTimeDays = 365;

const char* const kDayCodes[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QString q(const QString& name)
{
    return QLatin1Char('\'') + name + QLatin1Char('\'');
}

// "supplier 'Bean Co'" or, before it has a usable name, "new supplier".
QString describe(const char* kind, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("new %1").arg(QLatin1String(kind));
    return QStringLiteral("%1 %2").arg(QLatin1String(kind), q(trimmed.left(kStockNameMaxChars)));
}

Error invalid(const QString& what, const QString& message)
{
    return fail(Error::Code::InvalidInput, what + QStringLiteral(": ") + message);
}

// text::clean's message already starts with the field's name.
Result<QString> cleanField(const QString& what, const QString& field, const QString& input, qsizetype maxChars,
    text::Presence presence = text::Presence::Optional)
{
    auto cleaned = text::clean(field, input, maxChars, presence);
    if (!cleaned)
        return fail(cleaned.error().code, what + QStringLiteral(": ") + cleaned.error().message);
    return cleaned;
}

Status checkRange(const QString& what, const QString& field, qint64 value, qint64 low, qint64 high)
{
    if (value < low)
        return invalid(what, QStringLiteral("%1 must be at least %2 (got %3)").arg(field).arg(low).arg(value));
    if (value > high)
        return invalid(what, QStringLiteral("%1 must be at most %2 (got %3)").arg(field).arg(high).arg(value));
    return {};
}

// {"old":{...},"new":{...}} with only the keys whose values differ (all of `after` when `before` is empty).
QJsonObject difference(const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject oldValues, newValues;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key()) || before.value(it.key()) != it.value()) {
            if (before.contains(it.key()))
                oldValues.insert(it.key(), before.value(it.key()));
            newValues.insert(it.key(), it.value());
        }
    }
    return QJsonObject {{QStringLiteral("old"), oldValues}, {QStringLiteral("new"), newValues}};
}

QJsonObject withUuid(QJsonObject details, const QString& uuid)
{
    details.insert(QStringLiteral("uuid"), uuid);
    return details;
}

// Audit, outbox and change for one write: the three things every write of this file leaves behind.
Status announce(UnitOfWork& work, const StockItemWriter::Author& by, const QString& entity, const QString& key,
    qint64 id, const QString& uuid, const QString& verb, const QJsonObject& payload, const QJsonObject& details)
{
    if (!by.clock)
        return fail(Error::Code::InvalidInput, QStringLiteral("stock item writer: no clock given"));
    const QString at = toDbTime(by.clock->nowUtc());
    CREMA_TRY(AuditLog::record(work, *by.clock, by.terminalId, by.staffId, by.authorisedById,
        entity + QLatin1Char('.') + verb, withUuid(details, uuid)));
    // HQ needs to know only whether the record stands (saved), is out of use or is gone.
    const bool gone = verb == QLatin1String("deactivated") || verb == QLatin1String("deleted");
    work.queueEvent(
        entity, uuid, QStringLiteral("catalog.%1.%2").arg(entity, gone ? verb : QStringLiteral("saved")), payload, at);
    work.record(Change {Change::Kind::CatalogChanged, id, 0, key});
    return {};
}

Result<bool> exists(const QSqlDatabase& db, const QString& sql, qint64 id, const QString& doing)
{
    auto v = queryScalar(db, sql, {id}, doing);
    if (!v)
        return v.error();
    return v->isValid();
}

// ---- Ingredients ----------------------------------------------------------------------------

struct StoredIngredient {
    qint64 id = 0;
    IngredientRecord record;
};

Result<std::optional<StoredIngredient>> findIngredient(const QSqlDatabase& db, const QString& uuid)
{
    SqlQuery s(db, QStringLiteral("SELECT id, name, base_unit, active FROM ingredients WHERE uuid = ?"));
    s.bind(uuid);
    CREMA_TRY(s.run(QStringLiteral("reading ingredient %1").arg(uuid)));
    if (!s.next())
        return std::optional<StoredIngredient> {};
    StoredIngredient found;
    found.id = s.value(0).toLongLong();
    found.record.uuid = uuid;
    found.record.name = s.value(1).toString();
    found.record.baseUnit = parseBaseUnit(s.value(2).toString()).value();
    found.record.active = s.value(3).toInt() != 0;
    return std::optional<StoredIngredient> {found};
}

Result<StoredIngredient> requireIngredient(const QSqlDatabase& db, const QString& uuid)
{
    auto found = findIngredient(db, uuid);
    if (!found)
        return found.error();
    if (!found->has_value())
        return fail(Error::Code::NotFound, QStringLiteral("no ingredient %1").arg(q(uuid)));
    return **found;
}

Result<bool> ingredientHasHistory(const QSqlDatabase& db, qint64 id)
{
    auto v = queryScalar(db,
        QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM stock_movements WHERE store_id IN (SELECT id FROM stores) "
                       "AND ingredient_id = ?) "
                       "OR EXISTS (SELECT 1 FROM size_recipe_items WHERE ingredient_id = ?) "
                       "OR EXISTS (SELECT 1 FROM modifier_recipe_items WHERE ingredient_id = ? "
                       "OR replaces_ingredient_id = ?)"),
        {id, id, id, id}, QStringLiteral("checking what uses an ingredient"));
    if (!v)
        return v.error();
    return v->isValid();
}

Result<IngredientRecord> cleanIngredient(const IngredientRecord& in)
{
    const QString what = describe("ingredient", in.name);
    IngredientRecord out = in;
    auto name = cleanField(what, QStringLiteral("name"), in.name, kStockNameMaxChars, text::Presence::Required);
    if (!name)
        return name.error();
    out.name = *name;
    out.uuid = in.uuid.trimmed();
    return out;
}

// Another row of `table` with this name (names are unique without regard to case).
Result<bool> nameTaken(const QSqlDatabase& db, const QString& table, const QString& name, qint64 exceptId)
{
    auto v = queryScalar(db,
        QStringLiteral("SELECT id FROM %1 WHERE name = ? COLLATE NOCASE AND id <> ? LIMIT 1").arg(table),
        {name, exceptId}, QStringLiteral("checking the name %1").arg(q(name)));
    if (!v)
        return v.error();
    return v->isValid();
}

// ---- Suppliers ------------------------------------------------------------------------------

struct StoredSupplier {
    qint64 id = 0;
    SupplierRecord record;
};

Result<std::optional<StoredSupplier>> findSupplier(const QSqlDatabase& db, const QString& uuid)
{
    SqlQuery s(db,
        QStringLiteral("SELECT id, name, contact_name, email, phone, lead_time_days, min_order_cents, "
                       "delivery_days, order_cutoff, notes, active FROM suppliers WHERE uuid = ?"));
    s.bind(uuid);
    CREMA_TRY(s.run(QStringLiteral("reading supplier %1").arg(uuid)));
    if (!s.next())
        return std::optional<StoredSupplier> {};
    StoredSupplier found;
    found.id = s.value(0).toLongLong();
    SupplierRecord& r = found.record;
    r.uuid = uuid;
    r.name = s.value(1).toString();
    r.contactName = s.value(2).toString();
    r.email = s.value(3).toString();
    r.phone = s.value(4).toString();
    r.leadTimeDays = s.value(5).toInt();
    r.minOrderCents = s.value(6).toLongLong();
    auto days = parseDeliveryDays(s.value(7).toString());
    r.deliveryDays = days ? *days : QList<int> {};
    r.orderCutoff = s.value(8).toString();
    r.notes = s.value(9).toString();
    r.active = s.value(10).toInt() != 0;
    return std::optional<StoredSupplier> {found};
}

Result<StoredSupplier> requireSupplier(const QSqlDatabase& db, const QString& uuid)
{
    auto found = findSupplier(db, uuid);
    if (!found)
        return found.error();
    if (!found->has_value())
        return fail(Error::Code::NotFound, QStringLiteral("no supplier %1").arg(q(uuid)));
    return **found;
}

Result<SupplierRecord> cleanSupplier(const SupplierRecord& in)
{
    const QString what = describe("supplier", in.name);
    SupplierRecord out = in;
    out.uuid = in.uuid.trimmed();
    auto name = cleanField(what, QStringLiteral("name"), in.name, kStockNameMaxChars, text::Presence::Required);
    if (!name)
        return name.error();
    out.name = *name;
    auto contact = cleanField(what, QStringLiteral("contact"), in.contactName, kStockNameMaxChars);
    if (!contact)
        return contact.error();
    out.contactName = *contact;
    auto email = cleanField(what, QStringLiteral("email"), in.email, kStockNameMaxChars);
    if (!email)
        return email.error();
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!email->isEmpty() && !emailShape.match(*email).hasMatch())
        return invalid(what, QStringLiteral("email %1 is not an email address").arg(q(*email)));
    out.email = *email;
    auto phone = cleanField(what, QStringLiteral("phone"), in.phone, kPhoneMaxChars);
    if (!phone)
        return phone.error();
    static const QRegularExpression phoneShape(QStringLiteral("^\\+?[0-9][0-9 ]*$"));
    if (!phone->isEmpty() && !phoneShape.match(*phone).hasMatch())
        return invalid(what, QStringLiteral("phone %1 may hold only digits, spaces and a leading +").arg(q(*phone)));
    out.phone = *phone;
    CREMA_TRY(checkRange(what, QStringLiteral("lead time in days"), in.leadTimeDays, 0, kMaxLeadTimeDays));
    CREMA_TRY(checkRange(what, QStringLiteral("minimum order in cents"), in.minOrderCents, 0, Money::kMaxCents));
    QList<int> days = in.deliveryDays;
    std::sort(days.begin(), days.end());
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (days[i] < 1 || days[i] > 7)
            return invalid(what, QStringLiteral("delivery day %1 is not a weekday 1 (Monday) to 7").arg(days[i]));
        if (i > 0 && days[i] == days[i - 1])
            return invalid(
                what, QStringLiteral("delivery day %1 is given twice").arg(QLatin1String(kDayCodes[days[i] - 1])));
    }
    out.deliveryDays = days;
    const QString cutoff = in.orderCutoff.trimmed();
    if (!cutoff.isEmpty()) {
        static const QRegularExpression hhmm(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
        if (!hhmm.match(cutoff).hasMatch())
            return invalid(
                what, QStringLiteral("order cut-off %1 is not a time HH:MM (00:00 to 23:59)").arg(q(cutoff)));
    }
    out.orderCutoff = cutoff;
    // Notes may run over several lines; apart from the line breaks they are checked like any text.
    QString notes = in.notes.trimmed();
    notes.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QString flat = notes;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    auto checked = cleanField(what, QStringLiteral("notes"), flat, text::kNoteMaxChars);
    if (!checked)
        return checked.error();
    out.notes = notes;
    return out;
}

// ---- Purchase units -------------------------------------------------------------------------

struct StoredPurchaseUnit {
    qint64 id = 0;
    qint64 ingredientId = 0;
    qint64 supplierId = 0;
    PurchaseUnitRecord record;
};

Result<std::optional<StoredPurchaseUnit>> findPurchaseUnit(const QSqlDatabase& db, const QString& uuid)
{
    SqlQuery s(db,
        QStringLiteral("SELECT p.id, p.ingredient_id, p.supplier_id, i.uuid, s.uuid, p.name, p.base_quantity, "
                       "p.cost_cents, p.supplier_sku, p.active FROM purchase_units AS p "
                       "JOIN ingredients AS i ON i.id = p.ingredient_id JOIN suppliers AS s ON s.id = p.supplier_id "
                       "WHERE p.uuid = ?"));
    s.bind(uuid);
    CREMA_TRY(s.run(QStringLiteral("reading purchase unit %1").arg(uuid)));
    if (!s.next())
        return std::optional<StoredPurchaseUnit> {};
    StoredPurchaseUnit found;
    found.id = s.value(0).toLongLong();
    found.ingredientId = s.value(1).toLongLong();
    found.supplierId = s.value(2).toLongLong();
    PurchaseUnitRecord& r = found.record;
    r.uuid = uuid;
    r.ingredientUuid = s.value(3).toString();
    r.supplierUuid = s.value(4).toString();
    r.name = s.value(5).toString();
    r.baseQuantity = s.value(6).toLongLong();
    r.costCents = s.value(7).toLongLong();
    r.supplierSku = s.value(8).toString();
    r.active = s.value(9).toInt() != 0;
    return std::optional<StoredPurchaseUnit> {found};
}

} // namespace

// ---- Records --------------------------------------------------------------------------------

QJsonObject IngredientRecord::toJson() const
{
    return QJsonObject {{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name},
        {QStringLiteral("base_unit"), unitSymbol(baseUnit)}, {QStringLiteral("active"), active}};
}

QJsonObject PurchaseUnitRecord::toJson() const
{
    return QJsonObject {{QStringLiteral("uuid"), uuid}, {QStringLiteral("ingredient_uuid"), ingredientUuid},
        {QStringLiteral("supplier_uuid"), supplierUuid}, {QStringLiteral("name"), name},
        {QStringLiteral("base_quantity"), baseQuantity}, {QStringLiteral("cost_cents"), costCents},
        {QStringLiteral("supplier_sku"), supplierSku}, {QStringLiteral("active"), active}};
}

QJsonObject SupplierRecord::toJson() const
{
    return QJsonObject {{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name},
        {QStringLiteral("contact_name"), contactName}, {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone}, {QStringLiteral("lead_time_days"), leadTimeDays},
        {QStringLiteral("min_order_cents"), minOrderCents},
        {QStringLiteral("delivery_days"), deliveryDaysText(deliveryDays)},
        {QStringLiteral("order_cutoff"), orderCutoff}, {QStringLiteral("notes"), notes},
        {QStringLiteral("active"), active}};
}

QJsonObject StoreStockLevels::toJson() const
{
    return QJsonObject {{QStringLiteral("ingredient_uuid"), ingredientUuid},
        {QStringLiteral("policy"), stockPolicyCode(policy)}, {QStringLiteral("par"), par},
        {QStringLiteral("critical"), critical}};
}

Result<IngredientRecord> IngredientRecord::fromJson(const QJsonObject& json, const QString& where)
{
    const JsonFields f(json, where);
    CREMA_GET(uuid, f.text("uuid", true, 64));
    CREMA_GET(name, f.text("name", true, 400));
    CREMA_GET(unitText, f.text("base_unit", true, 8));
    CREMA_GET(active, f.boolean("active", true));
    auto unit = parseBaseUnit(unitText);
    if (!unit)
        return f.bad("base_unit", unit.error().message);
    return IngredientRecord {uuid, name, *unit, active};
}

Result<PurchaseUnitRecord> PurchaseUnitRecord::fromJson(const QJsonObject& json, const QString& where)
{
    const JsonFields f(json, where);
    CREMA_GET(uuid, f.text("uuid", true, 64));
    CREMA_GET(ingredient, f.text("ingredient_uuid", true, 64));
    CREMA_GET(supplier, f.text("supplier_uuid", true, 64));
    CREMA_GET(name, f.text("name", true, 400));
    CREMA_GET(quantity, f.integer("base_quantity", true, 1, 10'000'000));
    CREMA_GET(cost, f.integer("cost_cents", false, 0, Money::kMaxCents));
    CREMA_GET(sku, f.text("supplier_sku", false, 400));
    CREMA_GET(active, f.boolean("active", true));
    return PurchaseUnitRecord {uuid, ingredient, supplier, name, quantity, cost, sku, active};
}

Result<SupplierRecord> SupplierRecord::fromJson(const QJsonObject& json, const QString& where)
{
    const JsonFields f(json, where);
    SupplierRecord r;
    CREMA_GET(uuid, f.text("uuid", true, 64));
    CREMA_GET(name, f.text("name", true, 400));
    CREMA_GET(contact, f.text("contact_name", false, 400));
    CREMA_GET(email, f.text("email", false, 400));
    CREMA_GET(phone, f.text("phone", false, 64));
    CREMA_GET(lead, f.integer("lead_time_days", false, 0, 365));
    CREMA_GET(minOrder, f.integer("min_order_cents", false, 0, Money::kMaxCents));
    CREMA_GET(daysText, f.text("delivery_days", false, 64));
    CREMA_GET(cutoff, f.text("order_cutoff", false, 8));
    CREMA_GET(notes, f.text("notes", false, 4000));
    CREMA_GET(active, f.boolean("active", true));
    auto days = parseDeliveryDays(daysText);
    if (!days)
        return f.bad("delivery_days", days.error().message);
    r.uuid = uuid;
    r.name = name;
    r.contactName = contact;
    r.email = email;
    r.phone = phone;
    r.leadTimeDays = f.has("lead_time_days") ? int(lead) : 1;
    r.minOrderCents = minOrder;
    r.deliveryDays = *days;
    r.orderCutoff = cutoff;
    r.notes = notes;
    r.active = active;
    return r;
}

Result<StoreStockLevels> StoreStockLevels::fromJson(const QJsonObject& json, const QString& where)
{
    const JsonFields f(json, where);
    CREMA_GET(ingredient, f.text("ingredient_uuid", true, 64));
    CREMA_GET(policyText, f.text("policy", false, 16));
    CREMA_GET(par, f.integer("par", false, 0, 10'000'000));
    CREMA_GET(critical, f.integer("critical", false, 0, 10'000'000));
    StoreStockLevels r;
    r.ingredientUuid = ingredient;
    if (policyText == u"block")
        r.policy = StockPolicy::Block;
    else if (policyText.isEmpty() || policyText == u"allow")
        r.policy = StockPolicy::Allow;
    else
        return f.bad("policy", QStringLiteral("must be block or allow (it is '%1')").arg(policyText));
    r.par = par;
    r.critical = critical;
    return r;
}

QString deliveryDaysText(const QList<int>& isoDays)
{
    QList<int> days = isoDays;
    std::sort(days.begin(), days.end());
    QStringList codes;
    for (int d : days) {
        if (d >= 1 && d <= 7 && !codes.contains(QLatin1String(kDayCodes[d - 1])))
            codes.append(QLatin1String(kDayCodes[d - 1]));
    }
    return codes.join(QLatin1Char(','));
}

Result<QList<int>> parseDeliveryDays(const QString& text)
{
    QList<int> days;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toLower();
        if (code.isEmpty())
            continue;
        int found = 0;
        for (int i = 0; i < 7; ++i) {
            if (code == QLatin1String(kDayCodes[i]))
                found = i + 1;
        }
        if (found == 0)
            return fail(Error::Code::InvalidInput,
                QStringLiteral("delivery day '%1' is not one of mon, tue, wed, thu, fri, sat, sun").arg(code));
        if (days.contains(found))
            return fail(Error::Code::InvalidInput, QStringLiteral("delivery day '%1' is given twice").arg(code));
        days.append(found);
    }
    std::sort(days.begin(), days.end());
    return days;
}

namespace StockItemWriter {

Result<IngredientRecord> readIngredient(const QSqlDatabase& db, const QString& uuid)
{
    auto found = requireIngredient(db, uuid.trimmed());
    if (!found)
        return found.error();
    return found->record;
}

Result<PurchaseUnitRecord> readPurchaseUnit(const QSqlDatabase& db, const QString& uuid)
{
    auto found = findPurchaseUnit(db, uuid.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value())
        return fail(Error::Code::NotFound, QStringLiteral("no purchase unit %1").arg(q(uuid)));
    return (*found)->record;
}

Result<SupplierRecord> readSupplier(const QSqlDatabase& db, const QString& uuid)
{
    auto found = requireSupplier(db, uuid.trimmed());
    if (!found)
        return found.error();
    return found->record;
}

Result<StoreStockLevels> readLevels(const QSqlDatabase& db, qint64 storeId, const QString& ingredientUuid)
{
    SqlQuery s(db,
        QStringLiteral("SELECT i.uuid, si.policy, si.par_level, si.critical_level FROM ingredients AS i "
                       "LEFT JOIN store_ingredients AS si ON si.ingredient_id = i.id AND si.store_id = ? "
                       "WHERE i.uuid = ?"));
    s.bindAll({storeId, ingredientUuid.trimmed()});
    CREMA_TRY(s.run(QStringLiteral("reading the levels of ingredient %1").arg(q(ingredientUuid))));
    if (!s.next())
        return fail(Error::Code::NotFound, QStringLiteral("no ingredient %1").arg(q(ingredientUuid)));
    StoreStockLevels levels;
    levels.ingredientUuid = s.value(0).toString();
    levels.policy = s.value(1).toString() == QLatin1String("block") ? StockPolicy::Block : StockPolicy::Allow;
    levels.par = s.value(2).toLongLong();
    levels.critical = s.value(3).toLongLong();
    return levels;
}

QString outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Inserted:
        return QStringLiteral("inserted");
    case Outcome::Updated:
        return QStringLiteral("updated");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Deactivated:
        return QStringLiteral("deactivated");
    case Outcome::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

Result<Saved> saveIngredient(UnitOfWork& work, const Author& by, const IngredientRecord& input)
{
    auto cleaned = cleanIngredient(input);
    if (!cleaned)
        return cleaned.error();
    IngredientRecord record = *cleaned;
    const QSqlDatabase& db = work.db();
    const QString what = describe("ingredient", record.name);
    std::optional<StoredIngredient> stored;
    if (record.uuid.isEmpty()) {
        record.uuid = newUuid();
    } else {
        auto found = findIngredient(db, record.uuid);
        if (!found)
            return found.error();
        stored = *found;
    }
    if (stored && stored->record == record)
        return Saved {stored->id, record.uuid, Outcome::Unchanged};
    if (!stored || stored->record.name.compare(record.name, Qt::CaseInsensitive) != 0) {
        auto taken = nameTaken(db, QStringLiteral("ingredients"), record.name, stored ? stored->id : 0);
        if (!taken)
            return taken.error();
        if (*taken)
            return fail(Error::Code::Conflict, QStringLiteral("%1: another ingredient has this name").arg(what));
    }
    if (!stored) {
        SqlQuery ins(db, QStringLiteral("INSERT INTO ingredients (uuid, name, base_unit, active) VALUES (?, ?, ?, ?)"));
        ins.bindAll({record.uuid, record.name, unitSymbol(record.baseUnit), record.active ? 1 : 0});
        CREMA_TRY(ins.run(QStringLiteral("adding %1").arg(what)));
        const qint64 id = ins.lastInsertId();
        CREMA_TRY(announce(work, by, QStringLiteral("ingredient"), QStringLiteral("ingredient"), id, record.uuid,
            QStringLiteral("added"), record.toJson(), difference({}, record.toJson())));
        return Saved {id, record.uuid, Outcome::Inserted};
    }
    if (stored->record.baseUnit != record.baseUnit) {
        auto used = ingredientHasHistory(db, stored->id);
        if (!used)
            return used.error();
        if (*used)
            return fail(Error::Code::BusinessRule,
                QStringLiteral("%1: the base unit cannot change from %2 to %3, recipes or stock movements use it")
                    .arg(what, unitSymbol(stored->record.baseUnit), unitSymbol(record.baseUnit)));
    }
    SqlQuery upd(db, QStringLiteral("UPDATE ingredients SET name = ?, base_unit = ?, active = ? WHERE id = ?"));
    upd.bindAll({record.name, unitSymbol(record.baseUnit), record.active ? 1 : 0, stored->id});
    CREMA_TRY(upd.run(QStringLiteral("saving %1").arg(what)));
    CREMA_TRY(announce(work, by, QStringLiteral("ingredient"), QStringLiteral("ingredient"), stored->id, record.uuid,
        QStringLiteral("edited"), record.toJson(), difference(stored->record.toJson(), record.toJson())));
    return Saved {stored->id, record.uuid, Outcome::Updated};
}

Result<Saved> savePurchaseUnit(UnitOfWork& work, const Author& by, const PurchaseUnitRecord& input)
{
    const QSqlDatabase& db = work.db();
    PurchaseUnitRecord record = input;
    record.uuid = input.uuid.trimmed();
    auto ingredient = requireIngredient(db, input.ingredientUuid.trimmed());
    if (!ingredient)
        return ingredient.error();
    record.ingredientUuid = ingredient->record.uuid;
    const QString what
        = QStringLiteral("purchase unit %1 of %2").arg(q(input.name.trimmed()), q(ingredient->record.name));
    auto name = cleanField(what, QStringLiteral("name"), input.name, kStockNameMaxChars, text::Presence::Required);
    if (!name)
        return name.error();
    record.name = *name;
    auto sku = cleanField(what, QStringLiteral("supplier SKU"), input.supplierSku, kStockNameMaxChars);
    if (!sku)
        return sku.error();
    record.supplierSku = *sku;
    CREMA_TRY(checkRange(what, QStringLiteral("base quantity (%1)").arg(unitSymbol(ingredient->record.baseUnit)),
        input.baseQuantity, 1, kMaxBaseQuantity));
    CREMA_TRY(checkRange(what, QStringLiteral("cost in cents"), input.costCents, 0, Money::kMaxCents));
    if (input.supplierUuid.trimmed().isEmpty())
        return invalid(what, QStringLiteral("a supplier is required"));
    auto supplier = requireSupplier(db, input.supplierUuid.trimmed());
    if (!supplier)
        return supplier.error();
    record.supplierUuid = supplier->record.uuid;

    std::optional<StoredPurchaseUnit> stored;
    if (record.uuid.isEmpty()) {
        record.uuid = newUuid();
    } else {
        auto found = findPurchaseUnit(db, record.uuid);
        if (!found)
            return found.error();
        stored = *found;
    }
    if (stored && stored->record == record)
        return Saved {stored->id, record.uuid, Outcome::Unchanged};
    auto clash = queryScalar(db,
        QStringLiteral("SELECT id FROM purchase_units WHERE ingredient_id = ? AND supplier_id = ? AND name = ? "
                       "AND id <> ?"),
        {ingredient->id, supplier->id, record.name, stored ? stored->id : 0},
        QStringLiteral("checking the name of %1").arg(what));
    if (!clash)
        return clash.error();
    if (clash->isValid())
        return fail(Error::Code::Conflict,
            QStringLiteral("%1: %2 already has a purchase unit of this name").arg(what, q(supplier->record.name)));
    if (!stored) {
        SqlQuery ins(db,
            QStringLiteral("INSERT INTO purchase_units (uuid, ingredient_id, supplier_id, name, base_quantity, "
                           "cost_cents, supplier_sku, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        ins.bindAll({record.uuid, ingredient->id, supplier->id, record.name, record.baseQuantity, record.costCents,
            textOrEmpty(record.supplierSku), record.active ? 1 : 0});
        CREMA_TRY(ins.run(QStringLiteral("adding %1").arg(what)));
        const qint64 id = ins.lastInsertId();
        CREMA_TRY(announce(work, by, QStringLiteral("purchase_unit"), QStringLiteral("purchase_unit"), id, record.uuid,
            QStringLiteral("added"), record.toJson(), difference({}, record.toJson())));
        return Saved {id, record.uuid, Outcome::Inserted};
    }
    SqlQuery upd(db,
        QStringLiteral("UPDATE purchase_units SET ingredient_id = ?, supplier_id = ?, name = ?, base_quantity = ?, "
                       "cost_cents = ?, supplier_sku = ?, active = ? WHERE id = ?"));
    upd.bindAll({ingredient->id, supplier->id, record.name, record.baseQuantity, record.costCents,
        textOrEmpty(record.supplierSku), record.active ? 1 : 0, stored->id});
    CREMA_TRY(upd.run(QStringLiteral("saving %1").arg(what)));
    CREMA_TRY(announce(work, by, QStringLiteral("purchase_unit"), QStringLiteral("purchase_unit"), stored->id,
        record.uuid, QStringLiteral("edited"), record.toJson(), difference(stored->record.toJson(), record.toJson())));
    return Saved {stored->id, record.uuid, Outcome::Updated};
}

Result<Saved> saveSupplier(UnitOfWork& work, const Author& by, const SupplierRecord& input)
{
    auto cleaned = cleanSupplier(input);
    if (!cleaned)
        return cleaned.error();
    SupplierRecord record = *cleaned;
    const QSqlDatabase& db = work.db();
    const QString what = describe("supplier", record.name);
    std::optional<StoredSupplier> stored;
    if (record.uuid.isEmpty()) {
        record.uuid = newUuid();
    } else {
        auto found = findSupplier(db, record.uuid);
        if (!found)
            return found.error();
        stored = *found;
    }
    if (stored && stored->record == record)
        return Saved {stored->id, record.uuid, Outcome::Unchanged};
    if (!stored || stored->record.name.compare(record.name, Qt::CaseInsensitive) != 0) {
        auto taken = nameTaken(db, QStringLiteral("suppliers"), record.name, stored ? stored->id : 0);
        if (!taken)
            return taken.error();
        if (*taken)
            return fail(Error::Code::Conflict, QStringLiteral("%1: another supplier has this name").arg(what));
    }
    const QList<QVariant> values {record.name, textOrEmpty(record.contactName), textOrEmpty(record.email),
        textOrEmpty(record.phone), record.leadTimeDays, record.minOrderCents,
        textOrEmpty(deliveryDaysText(record.deliveryDays)), textOrEmpty(record.orderCutoff), textOrEmpty(record.notes),
        record.active ? 1 : 0};
    if (!stored) {
        SqlQuery ins(db,
            QStringLiteral(
                "INSERT INTO suppliers (name, contact_name, email, phone, lead_time_days, min_order_cents, "
                "delivery_days, order_cutoff, notes, active, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : values)
            ins.bind(v);
        ins.bind(record.uuid);
        CREMA_TRY(ins.run(QStringLiteral("adding %1").arg(what)));
        const qint64 id = ins.lastInsertId();
        CREMA_TRY(announce(work, by, QStringLiteral("supplier"), QStringLiteral("supplier"), id, record.uuid,
            QStringLiteral("added"), record.toJson(), difference({}, record.toJson())));
        return Saved {id, record.uuid, Outcome::Inserted};
    }
    SqlQuery upd(db,
        QStringLiteral("UPDATE suppliers SET name = ?, contact_name = ?, email = ?, phone = ?, lead_time_days = ?, "
                       "min_order_cents = ?, delivery_days = ?, order_cutoff = ?, notes = ?, active = ? WHERE id = ?"));
    for (const QVariant& v : values)
        upd.bind(v);
    upd.bind(stored->id);
    CREMA_TRY(upd.run(QStringLiteral("saving %1").arg(what)));
    CREMA_TRY(announce(work, by, QStringLiteral("supplier"), QStringLiteral("supplier"), stored->id, record.uuid,
        QStringLiteral("edited"), record.toJson(), difference(stored->record.toJson(), record.toJson())));
    return Saved {stored->id, record.uuid, Outcome::Updated};
}

Result<Saved> saveLevels(UnitOfWork& work, const Author& by, qint64 storeId, const StoreStockLevels& input)
{
    const QSqlDatabase& db = work.db();
    auto ingredient = requireIngredient(db, input.ingredientUuid.trimmed());
    if (!ingredient)
        return ingredient.error();
    const QString what = QStringLiteral("stock item %1").arg(q(ingredient->record.name));
    const QString unit = unitSymbol(ingredient->record.baseUnit);
    CREMA_TRY(checkRange(what, QStringLiteral("par level (%1)").arg(unit), input.par, 0, kMaxBaseQuantity));
    CREMA_TRY(checkRange(what, QStringLiteral("critical level (%1)").arg(unit), input.critical, 0, kMaxBaseQuantity));
    if (input.critical > input.par)
        return invalid(what,
            QStringLiteral("critical level (%1 %3) must not be above the par level (%2 %3)")
                .arg(input.critical)
                .arg(input.par)
                .arg(unit));
    auto storeUuid = queryScalar(
        db, QStringLiteral("SELECT uuid FROM stores WHERE id = ?"), {storeId}, QStringLiteral("reading the store"));
    if (!storeUuid)
        return storeUuid.error();
    if (!storeUuid->isValid())
        return fail(Error::Code::NotFound, QStringLiteral("no store %1").arg(storeId));

    StoreStockLevels record = input;
    record.ingredientUuid = ingredient->record.uuid;
    StoreStockLevels before;
    before.ingredientUuid = record.ingredientUuid;
    SqlQuery s(db,
        QStringLiteral("SELECT policy, par_level, critical_level FROM store_ingredients "
                       "WHERE store_id = ? AND ingredient_id = ?"));
    s.bindAll({storeId, ingredient->id});
    CREMA_TRY(s.run(QStringLiteral("reading the levels of %1").arg(what)));
    if (s.next()) {
        before.policy = s.value(0).toString() == QLatin1String("block") ? StockPolicy::Block : StockPolicy::Allow;
        before.par = s.value(1).toLongLong();
        before.critical = s.value(2).toLongLong();
    }
    // No row and the defaults asked for: the same as what is stored, so nothing to write.
    if (before == record)
        return Saved {ingredient->id, record.ingredientUuid, Outcome::Unchanged};
    // on_hand is the stock ledger's (trigger-maintained): never set here.
    SqlQuery up(db,
        QStringLiteral("INSERT INTO store_ingredients (store_id, ingredient_id, policy, par_level, critical_level) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (store_id, ingredient_id) DO UPDATE SET "
                       "policy = excluded.policy, par_level = excluded.par_level, "
                       "critical_level = excluded.critical_level"));
    up.bindAll({storeId, ingredient->id, stockPolicyCode(record.policy), record.par, record.critical});
    CREMA_TRY(up.run(QStringLiteral("saving the levels of %1").arg(what)));
    QJsonObject payload = record.toJson();
    payload.insert(QStringLiteral("store_uuid"), storeUuid->toString());
    QJsonObject details = difference(before.toJson(), record.toJson());
    details.insert(QStringLiteral("store_uuid"), storeUuid->toString());
    CREMA_TRY(announce(work, by, QStringLiteral("stock_item"), QStringLiteral("stock_item"), ingredient->id,
        record.ingredientUuid, QStringLiteral("levels"), payload, details));
    return Saved {ingredient->id, record.ingredientUuid, Outcome::Updated};
}

Result<Saved> retireIngredient(UnitOfWork& work, const Author& by, const QString& uuid)
{
    const QSqlDatabase& db = work.db();
    auto stored = requireIngredient(db, uuid.trimmed());
    if (!stored)
        return stored.error();
    const QString what = describe("ingredient", stored->record.name);
    auto used = ingredientHasHistory(db, stored->id);
    if (!used)
        return used.error();
    if (*used) {
        if (!stored->record.active)
            return Saved {stored->id, stored->record.uuid, Outcome::Unchanged};
        IngredientRecord after = stored->record;
        after.active = false;
        SqlQuery upd(db, QStringLiteral("UPDATE ingredients SET active = 0 WHERE id = ?"));
        upd.bind(stored->id);
        CREMA_TRY(upd.run(QStringLiteral("deactivating %1").arg(what)));
        CREMA_TRY(announce(work, by, QStringLiteral("ingredient"), QStringLiteral("ingredient"), stored->id, after.uuid,
            QStringLiteral("deactivated"), after.toJson(), difference(stored->record.toJson(), after.toJson())));
        return Saved {stored->id, after.uuid, Outcome::Deactivated};
    }
    // Nothing refers to it: its purchase units (cascade) and zero levels go with it.
    SqlQuery lv(db, QStringLiteral("DELETE FROM store_ingredients WHERE ingredient_id = ?"));
    lv.bind(stored->id);
    CREMA_TRY(lv.run(QStringLiteral("deleting the levels of %1").arg(what)));
    SqlQuery del(db, QStringLiteral("DELETE FROM ingredients WHERE id = ?"));
    del.bind(stored->id);
    CREMA_TRY(del.run(QStringLiteral("deleting %1").arg(what)));
    CREMA_TRY(announce(work, by, QStringLiteral("ingredient"), QStringLiteral("ingredient"), stored->id,
        stored->record.uuid, QStringLiteral("deleted"), stored->record.toJson(),
        QJsonObject {{QStringLiteral("old"), stored->record.toJson()}, {QStringLiteral("new"), QJsonObject {}}}));
    return Saved {0, stored->record.uuid, Outcome::Deleted};
}

Result<Saved> retirePurchaseUnit(UnitOfWork& work, const Author& by, const QString& uuid)
{
    const QSqlDatabase& db = work.db();
    auto found = findPurchaseUnit(db, uuid.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value())
        return fail(Error::Code::NotFound, QStringLiteral("no purchase unit %1").arg(q(uuid)));
    const StoredPurchaseUnit& stored = **found;
    if (!stored.record.active)
        return Saved {stored.id, stored.record.uuid, Outcome::Unchanged};
    PurchaseUnitRecord after = stored.record;
    after.active = false;
    SqlQuery upd(db, QStringLiteral("UPDATE purchase_units SET active = 0 WHERE id = ?"));
    upd.bind(stored.id);
    CREMA_TRY(upd.run(QStringLiteral("deactivating purchase unit %1").arg(q(stored.record.name))));
    CREMA_TRY(announce(work, by, QStringLiteral("purchase_unit"), QStringLiteral("purchase_unit"), stored.id,
        after.uuid, QStringLiteral("deactivated"), after.toJson(), difference(stored.record.toJson(), after.toJson())));
    return Saved {stored.id, after.uuid, Outcome::Deactivated};
}

Result<Saved> retireSupplier(UnitOfWork& work, const Author& by, const QString& uuid)
{
    const QSqlDatabase& db = work.db();
    auto stored = requireSupplier(db, uuid.trimmed());
    if (!stored)
        return stored.error();
    const QString what = describe("supplier", stored->record.name);
    auto used = exists(db, QStringLiteral("SELECT 1 FROM purchase_units WHERE supplier_id = ? LIMIT 1"), stored->id,
        QStringLiteral("checking what %1 supplies").arg(what));
    if (!used)
        return used.error();
    if (*used) {
        if (!stored->record.active)
            return Saved {stored->id, stored->record.uuid, Outcome::Unchanged};
        SupplierRecord after = stored->record;
        after.active = false;
        SqlQuery upd(db, QStringLiteral("UPDATE suppliers SET active = 0 WHERE id = ?"));
        upd.bind(stored->id);
        CREMA_TRY(upd.run(QStringLiteral("deactivating %1").arg(what)));
        CREMA_TRY(announce(work, by, QStringLiteral("supplier"), QStringLiteral("supplier"), stored->id, after.uuid,
            QStringLiteral("deactivated"), after.toJson(), difference(stored->record.toJson(), after.toJson())));
        return Saved {stored->id, after.uuid, Outcome::Deactivated};
    }
    SqlQuery del(db, QStringLiteral("DELETE FROM suppliers WHERE id = ?"));
    del.bind(stored->id);
    CREMA_TRY(del.run(QStringLiteral("deleting %1").arg(what)));
    CREMA_TRY(announce(work, by, QStringLiteral("supplier"), QStringLiteral("supplier"), stored->id,
        stored->record.uuid, QStringLiteral("deleted"), stored->record.toJson(),
        QJsonObject {{QStringLiteral("old"), stored->record.toJson()}, {QStringLiteral("new"), QJsonObject {}}}));
    return Saved {0, stored->record.uuid, Outcome::Deleted};
}

} // namespace StockItemWriter

} // namespace crema

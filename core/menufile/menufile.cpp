#include "menufile/menufile.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/ids.h"
#include "kitchen/kitchenservice.h"
#include "loyalty/rewardwriter.h"
#include "menufile/menusnapshot.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/unitofwork.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>

namespace crema {

namespace {

const QString kFormat = QStringLiteral("crema-menu");

QString fold(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

// UUIDs compare in their canonical lower-case form; other ids (from other systems) as given.
QString normalId(const QString& id)
{
    return QUuid::fromString(id).isNull() ? id : id.toLower();
}

// ---------------------------------------------------------------------------------------------
// Export

// Orders rows by (sort order, name, uuid): the file's one order, whatever order the rows were read in.
template <typename T, typename Key> void sortBy(QList<T>& rows, Key key)
{
    std::sort(rows.begin(), rows.end(), [&](const T& a, const T& b) { return key(a) < key(b); });
}

struct Names {
    QHash<QString, QString> of; // uuid -> name, every kind (uuids are unique across them)
    QString operator()(const QString& uuid) const { return of.value(uuid); }
};

void putRef(QJsonObject& o, const QString& key, const QString& uuid, const Names& names)
{
    o.insert(key, uuid);
    o.insert(key + QStringLiteral("_name"), names(uuid));
}

QString actionCode(RecipeAction a)
{
    return recipeActionCode(a);
}

QJsonObject exportMenu(MenuSnapshot s, const QString& currency)
{
    Names names;
    for (const auto& r : s.taxRates)
        names.of.insert(r.uuid, r.name);
    for (const auto& r : s.categories)
        names.of.insert(r.uuid, r.name);
    for (const auto& r : s.suppliers)
        names.of.insert(r.uuid, r.name);
    for (const auto& r : s.ingredients)
        names.of.insert(r.uuid, r.name);
    for (const auto& r : s.groups)
        names.of.insert(r.uuid, r.name);
    for (const auto& r : s.products)
        names.of.insert(r.uuid, r.name);
    QHash<QString, BaseUnit> unitOf;
    for (const auto& r : s.ingredients)
        unitOf.insert(r.uuid, r.baseUnit);

    sortBy(s.taxRates, [](const TaxRateRecord& r) { return std::tuple(r.name, r.uuid); });
    sortBy(s.stations, [](const StationRecord& r) { return r.name; });
    sortBy(s.categories, [](const CategoryRecord& r) { return std::tuple(r.sortOrder, r.name, r.uuid); });
    sortBy(s.suppliers, [](const SupplierRecord& r) { return std::tuple(r.name, r.uuid); });
    sortBy(s.ingredients, [](const IngredientRecord& r) { return std::tuple(r.name, r.uuid); });
    sortBy(s.purchaseUnits,
        [&](const PurchaseUnitRecord& r) { return std::tuple(names(r.supplierUuid), r.name, r.uuid); });
    sortBy(s.groups, [](const ModifierGroupRecord& r) { return std::tuple(r.name, r.uuid); });
    sortBy(s.rewards, [](const RewardRecord& r) { return std::tuple(r.name, r.uuid); });
    QHash<QString, qsizetype> categoryPlace;
    for (qsizetype i = 0; i < s.categories.size(); ++i)
        categoryPlace.insert(s.categories[i].uuid, i);
    sortBy(s.products, [&](const ProductRecord& r) {
        return std::tuple(categoryPlace.value(r.categoryUuid), r.sortOrder, r.name, r.uuid);
    });

    QJsonArray taxRates;
    for (const auto& r : s.taxRates)
        taxRates.append(QJsonObject {
            {QStringLiteral("uuid"), r.uuid}, {QStringLiteral("name"), r.name}, {QStringLiteral("rate_bp"), r.rateBp}});
    QJsonArray stations;
    for (const auto& r : s.stations)
        stations.append(QJsonObject {{QStringLiteral("name"), r.name},
            {QStringLiteral("amber_seconds"), r.amberSeconds}, {QStringLiteral("red_seconds"), r.redSeconds}});
    QJsonArray categories;
    for (const auto& r : s.categories) {
        QJsonObject o {{QStringLiteral("uuid"), r.uuid}, {QStringLiteral("name"), r.name},
            {QStringLiteral("colour"), r.colour}, {QStringLiteral("station"), r.station},
            {QStringLiteral("sort_order"), r.sortOrder}, {QStringLiteral("active"), r.active}};
        putRef(o, QStringLiteral("tax_rate"), r.taxRateUuid, names);
        categories.append(o);
    }
    QJsonArray suppliers;
    for (const auto& r : s.suppliers)
        suppliers.append(QJsonObject {{QStringLiteral("uuid"), r.uuid}, {QStringLiteral("name"), r.name},
            {QStringLiteral("contact_name"), r.contactName}, {QStringLiteral("email"), r.email},
            {QStringLiteral("phone"), r.phone}, {QStringLiteral("lead_time_days"), r.leadTimeDays},
            {QStringLiteral("min_order_cents"), r.minOrderCents},
            {QStringLiteral("delivery_days"), deliveryDaysText(r.deliveryDays)},
            {QStringLiteral("order_cutoff"), r.orderCutoff}, {QStringLiteral("notes"), r.notes},
            {QStringLiteral("active"), r.active}});
    QHash<QString, QJsonArray> unitsOf;
    for (const auto& r : s.purchaseUnits) {
        QJsonObject o {{QStringLiteral("uuid"), r.uuid}, {QStringLiteral("name"), r.name},
            {QStringLiteral("base_quantity"), r.baseQuantity}, {QStringLiteral("cost_cents"), r.costCents},
            {QStringLiteral("supplier_sku"), r.supplierSku}, {QStringLiteral("active"), r.active}};
        putRef(o, QStringLiteral("supplier"), r.supplierUuid, names);
        unitsOf[r.ingredientUuid].append(o);
    }
    QJsonArray ingredients;
    for (const auto& r : s.ingredients)
        ingredients.append(QJsonObject {{QStringLiteral("uuid"), r.uuid}, {QStringLiteral("name"), r.name},
            {QStringLiteral("base_unit"), unitSymbol(r.baseUnit)}, {QStringLiteral("active"), r.active},
            {QStringLiteral("purchase_units"), unitsOf.value(r.uuid)}});
    QJsonArray groups;
    for (auto g : s.groups) {
        sortBy(g.modifiers, [](const ModifierRecord& m) { return std::tuple(m.sortOrder, m.name, m.uuid); });
        QJsonArray modifiers;
        for (auto m : g.modifiers) {
            QList<ModifierEffectRecord> effects = m.effects.value_or(QList<ModifierEffectRecord> {});
            sortBy(effects, [&](const ModifierEffectRecord& e) {
                return std::tuple(
                    actionCode(e.action), names(e.ingredientUuid), names(e.replacesIngredientUuid), e.ingredientUuid);
            });
            QJsonArray effectsJson;
            for (const auto& e : effects) {
                QJsonObject o {{QStringLiteral("action"), actionCode(e.action)},
                    {QStringLiteral("unit"), unitSymbol(unitOf.value(e.ingredientUuid))}};
                putRef(o, QStringLiteral("ingredient"), e.ingredientUuid, names);
                if (e.action == RecipeAction::Replace)
                    putRef(o, QStringLiteral("replaces"), e.replacesIngredientUuid, names);
                if (e.quantity)
                    o.insert(QStringLiteral("quantity"), *e.quantity);
                effectsJson.append(o);
            }
            modifiers.append(QJsonObject {{QStringLiteral("uuid"), m.uuid}, {QStringLiteral("name"), m.name},
                {QStringLiteral("price_delta_cents"), m.priceDelta.cents()},
                {QStringLiteral("sort_order"), m.sortOrder}, {QStringLiteral("active"), m.active},
                {QStringLiteral("effects"), effectsJson}});
        }
        groups.append(QJsonObject {{QStringLiteral("uuid"), g.uuid}, {QStringLiteral("name"), g.name},
            {QStringLiteral("min_choices"), g.minChoices}, {QStringLiteral("max_choices"), g.maxChoices},
            {QStringLiteral("active"), g.active}, {QStringLiteral("modifiers"), modifiers}});
    }
    QJsonArray products;
    for (auto p : s.products) {
        sortBy(p.sizes, [](const SizeRecord& z) { return std::tuple(z.sortOrder, z.name, z.uuid); });
        QJsonArray sizes;
        for (const auto& z : p.sizes) {
            QList<RecipeLineRecord> recipe = z.recipe.value_or(QList<RecipeLineRecord> {});
            sortBy(recipe,
                [&](const RecipeLineRecord& l) { return std::tuple(names(l.ingredientUuid), l.ingredientUuid); });
            QJsonArray lines;
            for (const auto& l : recipe) {
                QJsonObject o {{QStringLiteral("quantity"), l.quantity},
                    {QStringLiteral("unit"), unitSymbol(unitOf.value(l.ingredientUuid))}};
                putRef(o, QStringLiteral("ingredient"), l.ingredientUuid, names);
                lines.append(o);
            }
            sizes.append(QJsonObject {{QStringLiteral("uuid"), z.uuid}, {QStringLiteral("name"), z.name},
                {QStringLiteral("price_cents"), z.price.cents()}, {QStringLiteral("sort_order"), z.sortOrder},
                {QStringLiteral("active"), z.active}, {QStringLiteral("recipe"), lines}});
        }
        QStringList barcodes = p.barcodes;
        barcodes.sort();
        QJsonArray groupRefs;
        for (const QString& g : p.modifierGroupUuids) {
            QJsonObject o;
            putRef(o, QStringLiteral("group"), g, names);
            groupRefs.append(o);
        }
        QJsonObject o {{QStringLiteral("uuid"), p.uuid}, {QStringLiteral("name"), p.name},
            {QStringLiteral("sku"), p.sku}, {QStringLiteral("barcodes"), QJsonArray::fromStringList(barcodes)},
            {QStringLiteral("needs_preparation"), p.needsPreparation}, {QStringLiteral("active"), p.active},
            {QStringLiteral("sort_order"), p.sortOrder}, {QStringLiteral("modifier_groups"), groupRefs},
            {QStringLiteral("sizes"), sizes}};
        putRef(o, QStringLiteral("category"), p.categoryUuid, names);
        products.append(o);
    }
    QJsonArray rewards;
    for (const auto& r : s.rewards) {
        QJsonObject o {{QStringLiteral("uuid"), r.uuid}, {QStringLiteral("name"), r.name},
            {QStringLiteral("points"), r.pointsCost}, {QStringLiteral("active"), r.active}};
        if (!r.categoryUuid.isEmpty())
            putRef(o, QStringLiteral("free_category"), r.categoryUuid, names);
        else if (!r.productUuid.isEmpty())
            putRef(o, QStringLiteral("free_product"), r.productUuid, names);
        else if (r.amountCents > 0)
            o.insert(QStringLiteral("amount_off_cents"), r.amountCents);
        else
            o.insert(QStringLiteral("percent_off_bp"), r.percentBp);
        rewards.append(o);
    }
    return QJsonObject {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kMenuFileVersion},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("tax_rates"), taxRates},
        {QStringLiteral("stations"), stations},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("suppliers"), suppliers},
        {QStringLiteral("ingredients"), ingredients},
        {QStringLiteral("modifier_groups"), groups},
        {QStringLiteral("products"), products},
        {QStringLiteral("rewards"), rewards},
    };
}

// ---------------------------------------------------------------------------------------------
// Reading a file: values checked field by field, every problem kept with its path.

class Problems {
public:
    void add(const QString& path, const QString& message) { m_list.append(FileProblem {path, message}); }
    const QList<FileProblem>& list() const { return m_list; }

private:
    QList<FileProblem> m_list;
};

QString at(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString at(const QString& path, const QString& key, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(at(path, key)).arg(index);
}

// The fields of one JSON object, read with checks; a missing field gives the default.
class Fields {
public:
    Fields(const QJsonObject& o, QString path, Problems& problems)
        : m_o(o)
        , m_path(std::move(path))
        , m_problems(problems)
    { }

    const QString& path() const { return m_path; }
    bool has(const QString& key) const { return m_o.contains(key) && !m_o.value(key).isNull(); }

    QString text(const QString& key, int maxLength, const QString& fallback = {})
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_o.value(key);
        if (!v.isString()) {
            problem(key, QStringLiteral("must be text"));
            return fallback;
        }
        const QString s = v.toString().trimmed();
        if (s.size() > maxLength)
            problem(key, QStringLiteral("must be at most %1 characters").arg(maxLength));
        return s;
    }

    QString name(const QString& key = QStringLiteral("name"))
    {
        if (!has(key)) {
            problem(key, QStringLiteral("missing"));
            return {};
        }
        const QString s = text(key, kMaxNameLength);
        if (s.isEmpty() && m_o.value(key).isString())
            problem(key, QStringLiteral("must not be empty"));
        return s;
    }

    // Any id without spaces (files from other systems carry their own); UUIDs in their canonical
    // lower-case form, as Crema writes them.
    QString uuid()
    {
        const QString s = text(QStringLiteral("uuid"), 64);
        if (s.contains(QLatin1Char(' '))) {
            problem(QStringLiteral("uuid"), QStringLiteral("'%1' is not an id (no spaces)").arg(s));
            return {};
        }
        return normalId(s);
    }

    qint64 integer(const QString& key, qint64 min, qint64 max, qint64 fallback, bool required = false)
    {
        if (!has(key)) {
            if (required)
                problem(key, QStringLiteral("missing"));
            return fallback;
        }
        const QJsonValue v = m_o.value(key);
        // toInteger: a whole number stays whole (prices in cents never pass through a double);
        // anything else gives the default.
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 n = v.toInteger(notWhole);
        if (!v.isDouble() || n == notWhole) {
            problem(key, QStringLiteral("must be a whole number"));
            return fallback;
        }
        if (n < min) {
            problem(key, QStringLiteral("must be at least %1").arg(min));
            return fallback;
        }
        if (n > max) {
            problem(key, QStringLiteral("must be at most %1").arg(max));
            return fallback;
        }
        return n;
    }

    bool boolean(const QString& key, bool fallback)
    {
        if (!has(key))
            return fallback;
        if (!m_o.value(key).isBool()) {
            problem(key, QStringLiteral("must be true or false"));
            return fallback;
        }
        return m_o.value(key).toBool();
    }

    // A list of objects; a problem (and none) for anything else.
    QList<QJsonObject> objects(const QString& key)
    {
        QList<QJsonObject> list;
        if (!has(key))
            return list;
        if (!m_o.value(key).isArray()) {
            problem(key, QStringLiteral("must be a list"));
            return list;
        }
        const QJsonArray a = m_o.value(key).toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isObject())
                m_problems.add(at(m_path, key, i), QStringLiteral("must be an object"));
            list.append(a[i].toObject());
        }
        return list;
    }

    QJsonValue value(const QString& key) const { return m_o.value(key); }

    void problem(const QString& key, const QString& message) { m_problems.add(at(m_path, key), message); }

private:
    const QJsonObject& m_o;
    QString m_path;
    Problems& m_problems;
};

// A reference to another row: its uuid or its name in "<key>", its name in "<key>_name".
struct Ref {
    QString path; // of the field, for problems
    QString value;
    QString name;

    bool isEmpty() const { return value.isEmpty() && name.isEmpty(); }
    QString shown() const { return value.isEmpty() ? name : value; }
};

Ref readRef(Fields& f, const QString& key)
{
    return Ref {at(f.path(), key), f.text(key, 200), f.text(key + QStringLiteral("_name"), 200)};
}

// One kind of row: what the menu has and what the file has, matched by uuid, else by name.
class Matcher {
public:
    explicit Matcher(QString what)
        : m_what(std::move(what))
    { }

    void addStored(const QString& uuid, const QString& name)
    {
        m_storedName.insert(uuid, name);
        m_storedByName.insert(fold(name), uuid);
    }

    // A row of the file: the uuid it is saved under. `takenElsewhere`: uuids another parent's
    // rows of this kind have (a size's uuid under another product), which a new row cannot take.
    QString match(const QString& fileUuid, const QString& name, const QString& path, Problems& problems,
        const QSet<QString>* takenElsewhere = nullptr)
    {
        QString uuid;
        if (!fileUuid.isEmpty() && m_storedName.contains(fileUuid))
            uuid = fileUuid;
        else if (const auto it = m_storedByName.constFind(fold(name)); !name.isEmpty() && it != m_storedByName.cend())
            uuid = *it;
        else if (!fileUuid.isEmpty() && !(takenElsewhere && takenElsewhere->contains(fileUuid)))
            uuid = fileUuid;
        else
            uuid = newUuid();
        if (const auto first = m_pathOf.constFind(uuid); first != m_pathOf.cend()) {
            problems.add(path, QStringLiteral("the same %1 as %2").arg(m_what, *first));
        } else if (const auto dup = m_fileByName.constFind(fold(name)); !name.isEmpty() && dup != m_fileByName.cend()) {
            problems.add(at(path, QStringLiteral("name")),
                QStringLiteral("'%1' is also the name of %2").arg(name, m_pathOf.value(*dup)));
        }
        m_pathOf.insert(uuid, path);
        if (!fileUuid.isEmpty())
            m_fileUuid.insert(fileUuid, uuid);
        if (!name.isEmpty())
            m_fileByName.insert(fold(name), uuid);
        m_rows.append(Row {uuid, name, path});
        return uuid;
    }

    // Names the file gives that another row of the menu has, which the file leaves as it is.
    void checkNames(Problems& problems) const
    {
        for (const Row& r : m_rows) {
            const QString other = m_storedByName.value(fold(r.name));
            if (!other.isEmpty() && other != r.uuid && !m_pathOf.contains(other))
                problems.add(at(r.path, QStringLiteral("name")),
                    QStringLiteral("'%1' is the name of another %2 in the menu").arg(r.name, m_what));
        }
    }

    // The uuid a reference names, or empty (with a problem) when neither the file nor the menu has it.
    QString resolve(const Ref& ref, Problems& problems) const
    {
        const QString found = find(ref);
        if (found.isEmpty())
            problems.add(ref.path,
                ref.isEmpty() ? QStringLiteral("missing")
                              : QStringLiteral("no %1 '%2' in the file or the menu").arg(m_what, ref.shown()));
        return found;
    }

    // The name beside a uuid is for people: it is only looked at when the uuid (or name) field is empty,
    // so a reference that names nothing is never quietly taken for another.
    QString find(const Ref& ref) const
    {
        const QString v = ref.value.isEmpty() ? ref.name : ref.value;
        if (v.isEmpty())
            return {};
        if (const auto it = m_fileUuid.constFind(normalId(v)); it != m_fileUuid.cend())
            return *it;
        if (m_storedName.contains(normalId(v)))
            return normalId(v);
        if (const auto it = m_fileByName.constFind(fold(v)); it != m_fileByName.cend())
            return *it;
        if (const auto it = m_storedByName.constFind(fold(v)); it != m_storedByName.cend())
            return *it;
        return {};
    }

private:
    struct Row {
        QString uuid, name, path;
    };
    QString m_what;
    QHash<QString, QString> m_storedName; // uuid -> name
    QHash<QString, QString> m_storedByName; // folded name -> uuid
    QHash<QString, QString> m_fileUuid; // uuid the file gives -> uuid saved under
    QHash<QString, QString> m_fileByName; // folded name -> uuid saved under
    QHash<QString, QString> m_pathOf; // uuid saved under -> the file row's path
    QList<Row> m_rows;
};

// The file's rows, as records with their uuids settled and their references resolved, in the order
// they are applied.
struct Plan {
    QList<TaxRateRecord> taxRates;
    QList<StationRecord> stations;
    QList<CategoryRecord> categories;
    QList<SupplierRecord> suppliers;
    QList<IngredientRecord> ingredients;
    QList<PurchaseUnitRecord> purchaseUnits;
    QList<ModifierGroupRecord> groups;
    QList<ProductRecord> products;
    QList<RewardRecord> rewards;
};

// The same items, in any order.
template <typename T> bool sameItems(const QList<T>& a, const QList<T>& b)
{
    return a.size() == b.size()
        && std::all_of(a.cbegin(), a.cend(), [&](const T& x) { return b.count(x) == a.count(x); });
}

template <typename T> QHash<QString, const T*> byUuid(const QList<T>& rows)
{
    QHash<QString, const T*> map;
    for (const T& r : rows)
        map.insert(r.uuid, &r);
    return map;
}

const QRegularExpression& colourPattern()
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re;
}

const QRegularExpression& cutoffPattern()
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    return re;
}

// Checks the whole file against itself and the stored menu; every problem goes to `problems`.
Plan check(const QJsonObject& root, const MenuSnapshot& stored, const Site& site, Problems& problems)
{
    Plan plan;
    Fields top(root, QString(), problems);
    if (top.has(QStringLiteral("format")) && top.text(QStringLiteral("format"), 40) != kFormat)
        top.problem(QStringLiteral("format"), QStringLiteral("must be '%1'").arg(kFormat));
    top.integer(QStringLiteral("version"), 1, kMenuFileVersion, 1, true);
    const QString currency = top.text(QStringLiteral("currency"), 3);
    if (!currency.isEmpty() && currency.toUpper() != site.currency.toUpper())
        top.problem(QStringLiteral("currency"),
            QStringLiteral("the file's prices are in %1, this café's in %2").arg(currency, site.currency));

    Matcher taxes(QStringLiteral("tax rate")), categories(QStringLiteral("category")),
        suppliers(QStringLiteral("supplier")), ingredients(QStringLiteral("ingredient")),
        groups(QStringLiteral("modifier group")), products(QStringLiteral("product")),
        rewards(QStringLiteral("reward"));
    for (const auto& r : stored.taxRates)
        taxes.addStored(r.uuid, r.name);
    for (const auto& r : stored.categories)
        categories.addStored(r.uuid, r.name);
    for (const auto& r : stored.suppliers)
        suppliers.addStored(r.uuid, r.name);
    for (const auto& r : stored.ingredients)
        ingredients.addStored(r.uuid, r.name);
    for (const auto& r : stored.groups)
        groups.addStored(r.uuid, r.name);
    for (const auto& r : stored.products)
        products.addStored(r.uuid, r.name);
    for (const auto& r : stored.rewards)
        rewards.addStored(r.uuid, r.name);
    QHash<QString, BaseUnit> unitOf;
    for (const auto& r : stored.ingredients)
        unitOf.insert(r.uuid, r.baseUnit);
    const auto storedTax = byUuid(stored.taxRates);
    const auto storedCategory = byUuid(stored.categories);
    const auto storedSupplier = byUuid(stored.suppliers);
    const auto storedIngredient = byUuid(stored.ingredients);
    const auto storedUnit = byUuid(stored.purchaseUnits);
    const auto storedReward = byUuid(stored.rewards);

    // First every row's own fields and uuid, so that references may point forwards or backwards.
    const QString kTax = QStringLiteral("tax_rates");
    const QList<QJsonObject> taxRows = top.objects(kTax);
    for (qsizetype i = 0; i < taxRows.size(); ++i) {
        Fields f(taxRows[i], at({}, kTax, i), problems);
        const QString fileUuid = f.uuid();
        const QString name = f.name();
        const QString uuid = taxes.match(fileUuid, name, f.path(), problems);
        // A row the menu has keeps what the file leaves out; a new one starts from the defaults.
        TaxRateRecord r = storedTax.contains(uuid) ? *storedTax[uuid] : TaxRateRecord {};
        r.uuid = uuid;
        r.name = name;
        r.rateBp = f.integer(QStringLiteral("rate_bp"), 0, 10000, r.rateBp, !storedTax.contains(uuid));
        plan.taxRates.append(r);
    }

    const QString kStations = QStringLiteral("stations");
    const QList<QJsonObject> stationRows = top.objects(kStations);
    QSet<QString> stationNames;
    for (qsizetype i = 0; i < stationRows.size(); ++i) {
        Fields f(stationRows[i], at({}, kStations, i), problems);
        StationRecord r;
        r.name = f.name();
        r.amberSeconds = static_cast<int>(f.integer(QStringLiteral("amber_seconds"), 1, 86400, 180));
        r.redSeconds = static_cast<int>(f.integer(QStringLiteral("red_seconds"), 1, 86400, 360));
        if (r.redSeconds <= r.amberSeconds)
            f.problem(QStringLiteral("red_seconds"), QStringLiteral("must be more than amber_seconds"));
        if (!r.name.isEmpty() && stationNames.contains(fold(r.name)))
            f.problem(QStringLiteral("name"), QStringLiteral("station '%1' is listed twice").arg(r.name));
        stationNames.insert(fold(r.name));
        plan.stations.append(r);
    }

    struct CategoryRow {
        Ref tax;
    };
    QList<CategoryRow> categoryRefs;
    const QString kCategories = QStringLiteral("categories");
    const QList<QJsonObject> categoryRows = top.objects(kCategories);
    for (qsizetype i = 0; i < categoryRows.size(); ++i) {
        Fields f(categoryRows[i], at({}, kCategories, i), problems);
        const QString fileUuid = f.uuid();
        const QString name = f.name();
        const QString uuid = categories.match(fileUuid, name, f.path(), problems);
        CategoryRecord r = storedCategory.contains(uuid) ? *storedCategory[uuid] : CategoryRecord {};
        r.uuid = uuid;
        r.name = name;
        r.colour = f.text(QStringLiteral("colour"), 7, r.colour);
        if (!colourPattern().match(r.colour).hasMatch())
            f.problem(QStringLiteral("colour"), QStringLiteral("must be #rrggbb"));
        r.station = f.text(QStringLiteral("station"), kMaxNameLength, r.station);
        if (r.station.isEmpty())
            f.problem(QStringLiteral("station"), QStringLiteral("must not be empty"));
        r.sortOrder = static_cast<int>(f.integer(QStringLiteral("sort_order"), 0, kMaxSortOrder, r.sortOrder));
        r.active = f.boolean(QStringLiteral("active"), r.active);
        categoryRefs.append(CategoryRow {readRef(f, QStringLiteral("tax_rate"))});
        plan.categories.append(r);
    }

    const QString kSuppliers = QStringLiteral("suppliers");
    const QList<QJsonObject> supplierRows = top.objects(kSuppliers);
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ]*$"));
    for (qsizetype i = 0; i < supplierRows.size(); ++i) {
        Fields f(supplierRows[i], at({}, kSuppliers, i), problems);
        const QString fileUuid = f.uuid();
        const QString name = f.name();
        const QString uuid = suppliers.match(fileUuid, name, f.path(), problems);
        SupplierRecord r = storedSupplier.contains(uuid) ? *storedSupplier[uuid] : SupplierRecord {};
        r.uuid = uuid;
        r.name = name;
        r.contactName = f.text(QStringLiteral("contact_name"), 80, r.contactName);
        r.email = f.text(QStringLiteral("email"), 200, r.email);
        if (!r.email.isEmpty() && !email.match(r.email).hasMatch())
            f.problem(QStringLiteral("email"), QStringLiteral("'%1' is not an email address").arg(r.email));
        r.phone = f.text(QStringLiteral("phone"), 32, r.phone);
        if (!phone.match(r.phone).hasMatch())
            f.problem(QStringLiteral("phone"), QStringLiteral("digits, spaces and a leading + only"));
        r.leadTimeDays = static_cast<int>(f.integer(QStringLiteral("lead_time_days"), 0, 365, r.leadTimeDays));
        r.minOrderCents = f.integer(QStringLiteral("min_order_cents"), 0, Money::kMaxCents, r.minOrderCents);
        if (f.has(QStringLiteral("delivery_days"))) {
            if (auto days = parseDeliveryDays(f.text(QStringLiteral("delivery_days"), 80)))
                r.deliveryDays = *days;
            else
                f.problem(QStringLiteral("delivery_days"), days.error().message);
        }
        r.orderCutoff = f.text(QStringLiteral("order_cutoff"), 5, r.orderCutoff);
        if (!r.orderCutoff.isEmpty() && !cutoffPattern().match(r.orderCutoff).hasMatch())
            f.problem(QStringLiteral("order_cutoff"), QStringLiteral("must be HH:MM (24 h) or empty"));
        r.notes = f.text(QStringLiteral("notes"), 1000, r.notes);
        r.active = f.boolean(QStringLiteral("active"), r.active);
        plan.suppliers.append(r);
    }

    struct UnitRow {
        qsizetype ingredient;
        QString fileUuid, path;
        Ref supplier;
        PurchaseUnitRecord record;
        bool hasSku = false, hasActive = false; // else kept as stored
    };
    QList<UnitRow> unitRows;
    const QString kIngredients = QStringLiteral("ingredients");
    const QList<QJsonObject> ingredientRows = top.objects(kIngredients);
    for (qsizetype i = 0; i < ingredientRows.size(); ++i) {
        Fields f(ingredientRows[i], at({}, kIngredients, i), problems);
        const QString fileUuid = f.uuid();
        const QString name = f.name();
        const QString uuid = ingredients.match(fileUuid, name, f.path(), problems);
        const bool known = storedIngredient.contains(uuid);
        IngredientRecord r = known ? *storedIngredient[uuid] : IngredientRecord {};
        r.uuid = uuid;
        r.name = name;
        const QString unit = f.text(QStringLiteral("base_unit"), 8);
        if (auto parsed = parseBaseUnit(unit))
            r.baseUnit = *parsed;
        else if (!unit.isEmpty() || !known)
            f.problem(QStringLiteral("base_unit"),
                unit.isEmpty() ? QStringLiteral("missing (g, ml or pc)") : QStringLiteral("must be g, ml or pc"));
        r.active = f.boolean(QStringLiteral("active"), r.active);
        unitOf.insert(r.uuid, r.baseUnit);
        const QList<QJsonObject> units = f.objects(QStringLiteral("purchase_units"));
        for (qsizetype j = 0; j < units.size(); ++j) {
            Fields u(units[j], at(f.path(), QStringLiteral("purchase_units"), j), problems);
            UnitRow row;
            row.ingredient = plan.ingredients.size();
            row.path = u.path();
            row.fileUuid = u.uuid();
            row.record.name = u.name();
            row.record.baseQuantity = u.integer(QStringLiteral("base_quantity"), 1, kMaxRecipeQuantity, 1, true);
            row.record.costCents = u.integer(QStringLiteral("cost_cents"), 0, Money::kMaxCents, 0, true);
            row.record.supplierSku = u.text(QStringLiteral("supplier_sku"), 80);
            row.record.active = u.boolean(QStringLiteral("active"), true);
            row.hasSku = u.has(QStringLiteral("supplier_sku"));
            row.hasActive = u.has(QStringLiteral("active"));
            row.supplier = readRef(u, QStringLiteral("supplier"));
            unitRows.append(row);
        }
        plan.ingredients.append(r);
    }

    // Modifier groups and their modifiers; effects are resolved once every ingredient is known.
    struct EffectRow {
        qsizetype group, modifier;
        QString path;
        QString action;
        Ref ingredient, replaces;
        std::optional<qint64> quantity;
    };
    QList<EffectRow> effectRows;
    QSet<QString> storedModifierUuids;
    QHash<QString, const ModifierGroupRecord*> storedGroup;
    for (const auto& g : stored.groups) {
        storedGroup.insert(g.uuid, &g);
        for (const auto& m : g.modifiers)
            storedModifierUuids.insert(m.uuid);
    }
    const QString kGroups = QStringLiteral("modifier_groups");
    const QList<QJsonObject> groupRows = top.objects(kGroups);
    for (qsizetype i = 0; i < groupRows.size(); ++i) {
        Fields f(groupRows[i], at({}, kGroups, i), problems);
        const QString fileUuid = f.uuid();
        const QString name = f.name();
        const QString uuid = groups.match(fileUuid, name, f.path(), problems);
        const ModifierGroupRecord* before = storedGroup.value(uuid);
        ModifierGroupRecord r = before ? *before : ModifierGroupRecord {};
        r.modifiers.clear();
        r.uuid = uuid;
        r.name = name;
        r.minChoices = static_cast<int>(f.integer(QStringLiteral("min_choices"), 0, kMaxChoices, r.minChoices));
        r.maxChoices = static_cast<int>(f.integer(QStringLiteral("max_choices"), 1, kMaxChoices, r.maxChoices));
        if (r.minChoices > r.maxChoices)
            f.problem(
                QStringLiteral("min_choices"), QStringLiteral("must be at most max_choices (%1)").arg(r.maxChoices));
        r.active = f.boolean(QStringLiteral("active"), r.active);
        Matcher modifiers(QStringLiteral("modifier of '%1'").arg(r.name));
        QHash<QString, const ModifierRecord*> storedModifier;
        if (before) {
            for (const auto& m : before->modifiers) {
                modifiers.addStored(m.uuid, m.name);
                storedModifier.insert(m.uuid, &m);
            }
        }
        const QList<QJsonObject> modifierRows = f.objects(QStringLiteral("modifiers"));
        for (qsizetype j = 0; j < modifierRows.size(); ++j) {
            Fields m(modifierRows[j], at(f.path(), QStringLiteral("modifiers"), j), problems);
            const QString modUuid = m.uuid();
            const QString modName = m.name();
            const QString modifierUuid = modifiers.match(modUuid, modName, m.path(), problems, &storedModifierUuids);
            ModifierRecord mod
                = storedModifier.contains(modifierUuid) ? *storedModifier[modifierUuid] : ModifierRecord {};
            mod.uuid = modifierUuid;
            mod.name = modName;
            mod.effects.reset(); // as stored, unless the file lists them
            mod.priceDelta = Money(m.integer(
                QStringLiteral("price_delta_cents"), -Money::kMaxCents, Money::kMaxCents, mod.priceDelta.cents()));
            mod.sortOrder = static_cast<int>(m.integer(QStringLiteral("sort_order"), 0, kMaxSortOrder, mod.sortOrder));
            mod.active = m.boolean(QStringLiteral("active"), mod.active);
            if (m.has(QStringLiteral("effects"))) {
                mod.effects = QList<ModifierEffectRecord> {};
                const QList<QJsonObject> effects = m.objects(QStringLiteral("effects"));
                for (qsizetype k = 0; k < effects.size(); ++k) {
                    Fields e(effects[k], at(m.path(), QStringLiteral("effects"), k), problems);
                    EffectRow row {i, j, e.path(), e.text(QStringLiteral("action"), 16),
                        readRef(e, QStringLiteral("ingredient")), readRef(e, QStringLiteral("replaces")), {}};
                    if (e.has(QStringLiteral("quantity")))
                        row.quantity = e.integer(QStringLiteral("quantity"), 1, kMaxRecipeQuantity, 1);
                    effectRows.append(row);
                }
            }
            r.modifiers.append(mod);
        }
        modifiers.checkNames(problems);
        plan.groups.append(r);
    }

    struct ProductRow {
        Ref category;
        QList<Ref> groups;
        bool listsGroups = false; // else kept as stored
    };
    struct LineRow {
        qsizetype product, size;
        Ref ingredient;
        qint64 quantity = 0;
        QString quantityText; // "1.5 kg", read once the ingredient's unit is known
    };
    QList<ProductRow> productRefs;
    QList<LineRow> lineRows;
    QSet<QString> storedSizeUuids;
    QHash<QString, const ProductRecord*> storedProduct;
    for (const auto& p : stored.products) {
        storedProduct.insert(p.uuid, &p);
        for (const auto& z : p.sizes)
            storedSizeUuids.insert(z.uuid);
    }
    QHash<QString, QString> barcodeAt, skuAt;
    const QString kProducts = QStringLiteral("products");
    const QList<QJsonObject> productRows = top.objects(kProducts);
    for (qsizetype i = 0; i < productRows.size(); ++i) {
        Fields f(productRows[i], at({}, kProducts, i), problems);
        const QString fileUuid = f.uuid();
        const QString name = f.name();
        const QString uuid = products.match(fileUuid, name, f.path(), problems);
        const ProductRecord* before = storedProduct.value(uuid);
        ProductRecord r = before ? *before : ProductRecord {};
        r.sizes.clear();
        r.uuid = uuid;
        r.name = name;
        r.sku = f.text(QStringLiteral("sku"), kMaxSkuLength, r.sku);
        if (!r.sku.isEmpty()) {
            if (skuAt.contains(fold(r.sku)))
                f.problem(
                    QStringLiteral("sku"), QStringLiteral("'%1' is also the SKU of %2").arg(r.sku, skuAt[fold(r.sku)]));
            skuAt.insert(fold(r.sku), f.path());
        }
        if (f.has(QStringLiteral("barcodes")) && !f.value(QStringLiteral("barcodes")).isArray())
            f.problem(QStringLiteral("barcodes"), QStringLiteral("must be a list"));
        const QJsonArray codes = f.value(QStringLiteral("barcodes")).toArray();
        if (f.has(QStringLiteral("barcodes")))
            r.barcodes.clear();
        for (qsizetype j = 0; j < codes.size(); ++j) {
            const QString path = at(f.path(), QStringLiteral("barcodes"), j);
            const QString code = codes[j].toString().trimmed();
            if (!codes[j].isString() || code.isEmpty() || code.size() > kMaxBarcodeLength) {
                problems.add(path, QStringLiteral("must be text of 1 to %1 characters").arg(kMaxBarcodeLength));
                continue;
            }
            if (barcodeAt.contains(code)) {
                problems.add(path, QStringLiteral("'%1' is also a barcode of %2").arg(code, barcodeAt[code]));
                continue;
            }
            barcodeAt.insert(code, f.path());
            r.barcodes.append(code);
        }
        r.needsPreparation = f.boolean(QStringLiteral("needs_preparation"), r.needsPreparation);
        r.active = f.boolean(QStringLiteral("active"), r.active);
        r.sortOrder = static_cast<int>(f.integer(QStringLiteral("sort_order"), 0, kMaxSortOrder, r.sortOrder));
        ProductRow refs {readRef(f, QStringLiteral("category")), {}, f.has(QStringLiteral("modifier_groups"))};
        if (f.has(QStringLiteral("modifier_groups")) && !f.value(QStringLiteral("modifier_groups")).isArray())
            f.problem(QStringLiteral("modifier_groups"), QStringLiteral("must be a list"));
        const QJsonArray groupList = f.value(QStringLiteral("modifier_groups")).toArray();
        for (qsizetype j = 0; j < groupList.size(); ++j) {
            const QString path = at(f.path(), QStringLiteral("modifier_groups"), j);
            if (groupList[j].isString()) {
                refs.groups.append(Ref {path, groupList[j].toString().trimmed(), {}});
            } else {
                const QJsonObject o = groupList[j].toObject();
                Fields g(o, path, problems);
                Ref ref = readRef(g, QStringLiteral("group"));
                ref.path = path;
                refs.groups.append(ref);
            }
        }
        productRefs.append(refs);

        Matcher sizes(QStringLiteral("size of '%1'").arg(r.name));
        QHash<QString, const SizeRecord*> storedSize;
        if (before) {
            for (const auto& z : before->sizes) {
                sizes.addStored(z.uuid, z.name);
                storedSize.insert(z.uuid, &z);
            }
        }
        const QList<QJsonObject> sizeRows = f.objects(QStringLiteral("sizes"));
        if (sizeRows.isEmpty() && !before)
            f.problem(QStringLiteral("sizes"), QStringLiteral("a new product needs at least one size"));
        for (qsizetype j = 0; j < sizeRows.size(); ++j) {
            Fields z(sizeRows[j], at(f.path(), QStringLiteral("sizes"), j), problems);
            const QString sizeUuid = z.uuid();
            const QString sizeName = z.name();
            const QString settled = sizes.match(sizeUuid, sizeName, z.path(), problems, &storedSizeUuids);
            const bool known = storedSize.contains(settled);
            SizeRecord size = known ? *storedSize[settled] : SizeRecord {};
            size.uuid = settled;
            size.name = sizeName;
            size.recipe.reset(); // as stored, unless the file lists it
            size.price
                = Money(z.integer(QStringLiteral("price_cents"), 0, Money::kMaxCents, size.price.cents(), !known));
            size.sortOrder
                = static_cast<int>(z.integer(QStringLiteral("sort_order"), 0, kMaxSortOrder, size.sortOrder));
            size.active = z.boolean(QStringLiteral("active"), size.active);
            if (z.has(QStringLiteral("recipe"))) {
                size.recipe = QList<RecipeLineRecord> {};
                const QList<QJsonObject> lines = z.objects(QStringLiteral("recipe"));
                for (qsizetype k = 0; k < lines.size(); ++k) {
                    Fields l(lines[k], at(z.path(), QStringLiteral("recipe"), k), problems);
                    LineRow row {i, j, readRef(l, QStringLiteral("ingredient")), 0, {}};
                    if (l.value(QStringLiteral("quantity")).isString())
                        row.quantityText = l.text(QStringLiteral("quantity"), 40);
                    else
                        row.quantity = l.integer(QStringLiteral("quantity"), 1, kMaxRecipeQuantity, 0, true);
                    row.ingredient.path = l.path();
                    lineRows.append(row);
                }
            }
            r.sizes.append(size);
        }
        sizes.checkNames(problems);
        plan.products.append(r);
    }

    struct RewardRow {
        Ref category, product;
    };
    QList<RewardRow> rewardRefs;
    const QString kRewards = QStringLiteral("rewards");
    const QList<QJsonObject> rewardRows = top.objects(kRewards);
    for (qsizetype i = 0; i < rewardRows.size(); ++i) {
        Fields f(rewardRows[i], at({}, kRewards, i), problems);
        const QString fileUuid = f.uuid();
        const QString name = f.name();
        const QString uuid = rewards.match(fileUuid, name, f.path(), problems);
        const RewardRecord* before = storedReward.value(uuid);
        RewardRecord r = before ? *before : RewardRecord {};
        r.uuid = uuid;
        r.name = name;
        r.pointsCost = f.integer(QStringLiteral("points"), 1, 1'000'000'000, r.pointsCost, !before);
        r.active = f.boolean(QStringLiteral("active"), r.active);
        RewardRow refs {readRef(f, QStringLiteral("free_category")), readRef(f, QStringLiteral("free_product"))};
        const int gives = int(!refs.category.isEmpty()) + int(!refs.product.isEmpty())
            + int(f.has(QStringLiteral("amount_off_cents"))) + int(f.has(QStringLiteral("percent_off_bp")));
        if (gives != 1 && !(gives == 0 && before))
            problems.add(f.path(),
                QStringLiteral(
                    "must give exactly one of free_category, free_product, amount_off_cents, percent_off_bp"));
        if (gives == 1) {
            // What it gives is replaced whole.
            r.categoryUuid.clear();
            r.productUuid.clear();
            r.amountCents = f.integer(QStringLiteral("amount_off_cents"), 1, Money::kMaxCents, 0);
            r.percentBp = f.integer(QStringLiteral("percent_off_bp"), 1, 10000, 0);
        }
        rewardRefs.append(refs);
        plan.rewards.append(r);
    }

    for (const Matcher* m : {&taxes, &categories, &suppliers, &ingredients, &groups, &products, &rewards})
        m->checkNames(problems);

    // Then every reference, against the file and the menu.
    for (qsizetype i = 0; i < plan.categories.size(); ++i)
        if (!categoryRefs[i].tax.isEmpty() || plan.categories[i].taxRateUuid.isEmpty())
            plan.categories[i].taxRateUuid = taxes.resolve(categoryRefs[i].tax, problems);

    Matcher unitMatcher(QStringLiteral("purchase unit"));
    QSet<QString> storedUnitUuids;
    for (const auto& u : stored.purchaseUnits) {
        unitMatcher.addStored(u.uuid, u.ingredientUuid + u.supplierUuid + u.name);
        storedUnitUuids.insert(u.uuid);
    }
    for (UnitRow& row : unitRows) {
        PurchaseUnitRecord& r = row.record;
        r.ingredientUuid = plan.ingredients[row.ingredient].uuid;
        r.supplierUuid = suppliers.resolve(row.supplier, problems);
        // Matched by uuid, else by ingredient, supplier and name together.
        r.uuid
            = unitMatcher.match(row.fileUuid, r.ingredientUuid + r.supplierUuid + r.name, row.path, problems, nullptr);
        if (const PurchaseUnitRecord* before = storedUnit.value(r.uuid)) {
            if (!row.hasSku)
                r.supplierSku = before->supplierSku;
            if (!row.hasActive)
                r.active = before->active;
        }
        plan.purchaseUnits.append(r);
    }

    for (const EffectRow& row : effectRows) {
        ModifierEffectRecord e;
        const QString actionPath = at(row.path, QStringLiteral("action"));
        if (row.action == u"add")
            e.action = RecipeAction::Add;
        else if (row.action == u"remove")
            e.action = RecipeAction::Remove;
        else if (row.action == u"replace")
            e.action = RecipeAction::Replace;
        else
            problems.add(actionPath, QStringLiteral("must be add, remove or replace"));
        e.ingredientUuid = ingredients.resolve(row.ingredient, problems);
        e.quantity = row.quantity;
        if (e.action == RecipeAction::Add && !e.quantity)
            problems.add(at(row.path, QStringLiteral("quantity")), QStringLiteral("missing (add needs a quantity)"));
        if (e.action == RecipeAction::Remove && e.quantity)
            problems.add(at(row.path, QStringLiteral("quantity")), QStringLiteral("remove takes no quantity"));
        if (e.action == RecipeAction::Replace) {
            e.replacesIngredientUuid = ingredients.resolve(row.replaces, problems);
            if (!e.replacesIngredientUuid.isEmpty() && e.replacesIngredientUuid == e.ingredientUuid)
                problems.add(
                    at(row.path, QStringLiteral("replaces")), QStringLiteral("must differ from the ingredient"));
        }
        plan.groups[row.group].modifiers[row.modifier].effects->append(e);
    }

    for (qsizetype i = 0; i < plan.products.size(); ++i) {
        ProductRecord& p = plan.products[i];
        if (!productRefs[i].category.isEmpty() || p.categoryUuid.isEmpty())
            p.categoryUuid = categories.resolve(productRefs[i].category, problems);
        if (productRefs[i].listsGroups)
            p.modifierGroupUuids.clear();
        for (const Ref& g : productRefs[i].groups) {
            const QString uuid = groups.resolve(g, problems);
            if (uuid.isEmpty())
                continue;
            if (p.modifierGroupUuids.contains(uuid))
                problems.add(g.path, QStringLiteral("modifier group '%1' is listed twice").arg(g.shown()));
            else
                p.modifierGroupUuids.append(uuid);
        }
    }
    for (const LineRow& row : lineRows) {
        RecipeLineRecord line;
        line.ingredientUuid = ingredients.resolve(row.ingredient, problems);
        line.quantity = row.quantity;
        if (!row.quantityText.isEmpty() && !line.ingredientUuid.isEmpty()) {
            auto q = parseQuantity(row.quantityText, unitOf.value(line.ingredientUuid));
            if (!q)
                problems.add(at(row.ingredient.path, QStringLiteral("quantity")), q.error().message);
            else if (*q < 1 || *q > kMaxRecipeQuantity)
                problems.add(at(row.ingredient.path, QStringLiteral("quantity")),
                    QStringLiteral("must be 1 to %1 base units").arg(kMaxRecipeQuantity));
            else
                line.quantity = *q;
        }
        QList<RecipeLineRecord>& recipe = *plan.products[row.product].sizes[row.size].recipe;
        if (!line.ingredientUuid.isEmpty()
            && std::any_of(recipe.cbegin(), recipe.cend(),
                [&](const RecipeLineRecord& l) { return l.ingredientUuid == line.ingredientUuid; }))
            problems.add(at(row.ingredient.path, QStringLiteral("ingredient")),
                QStringLiteral("'%1' is in this recipe twice").arg(row.ingredient.shown()));
        recipe.append(line);
    }
    for (qsizetype i = 0; i < plan.rewards.size(); ++i) {
        RewardRecord& r = plan.rewards[i];
        if (!rewardRefs[i].category.isEmpty())
            r.categoryUuid = categories.resolve(rewardRefs[i].category, problems);
        if (!rewardRefs[i].product.isEmpty())
            r.productUuid = products.resolve(rewardRefs[i].product, problems);
    }

    // Lists whose order means nothing (recipe lines, effects, barcodes) are handed over in the order
    // the menu keeps them when they hold the same things, so that a file's own order never reads as a
    // change.
    for (ProductRecord& p : plan.products) {
        const ProductRecord* before = storedProduct.value(p.uuid);
        if (!before)
            continue;
        if (sameItems(p.barcodes, before->barcodes))
            p.barcodes = before->barcodes;
        for (SizeRecord& z : p.sizes) {
            const auto old = std::find_if(
                before->sizes.cbegin(), before->sizes.cend(), [&](const SizeRecord& b) { return b.uuid == z.uuid; });
            if (z.recipe && old != before->sizes.cend() && old->recipe && sameItems(*z.recipe, *old->recipe))
                z.recipe = old->recipe;
        }
    }
    for (ModifierGroupRecord& g : plan.groups) {
        const ModifierGroupRecord* before = storedGroup.value(g.uuid);
        if (!before)
            continue;
        for (ModifierRecord& m : g.modifiers) {
            const auto old = std::find_if(before->modifiers.cbegin(), before->modifiers.cend(),
                [&](const ModifierRecord& b) { return b.uuid == m.uuid; });
            if (m.effects && old != before->modifiers.cend() && old->effects && sameItems(*m.effects, *old->effects))
                m.effects = old->effects;
        }
    }
    return plan;
}

// ---------------------------------------------------------------------------------------------
// Applying a checked plan in one unit of work.

enum Kind {
    TaxRates,
    Stations,
    Categories,
    Suppliers,
    Ingredients,
    PurchaseUnits,
    Groups,
    Modifiers,
    Products,
    Sizes,
    Rewards,
    KindCount
};

void tally(KindCounts& c, SaveOutcome o)
{
    switch (o) {
    case SaveOutcome::Inserted:
        ++c.created;
        break;
    case SaveOutcome::Updated:
        ++c.changed;
        break;
    case SaveOutcome::Unchanged:
        ++c.unchanged;
        break;
    case SaveOutcome::Deactivated:
    case SaveOutcome::Deleted:
        ++c.deactivated;
        break;
    }
}

void tally(KindCounts& c, StockItemWriter::Outcome o)
{
    using O = StockItemWriter::Outcome;
    tally(c,
        o == O::Inserted        ? SaveOutcome::Inserted
            : o == O::Updated   ? SaveOutcome::Updated
            : o == O::Unchanged ? SaveOutcome::Unchanged
                                : SaveOutcome::Deactivated);
}

void tally(KindCounts& c, const RewardSaved& s)
{
    if (!s.before)
        ++c.created;
    else if (s.changed)
        ++c.changed;
    else
        ++c.unchanged;
}

Status apply(UnitOfWork& work, const Plan& plan, const MenuSnapshot& stored, const Clock& clock, const Site& site,
    const StaffMember& actor, bool prune, QList<KindCounts>& counts)
{
    CatalogWriter catalog(clock, site.terminalId, actor.id);
    const StockItemWriter::Author author {&clock, site.terminalId, actor.id, 0};
    const QString now = toDbTime(clock.nowUtc());

    for (const auto& r : plan.taxRates) {
        auto saved = catalog.saveTaxRate(work, r);
        CREMA_TRY(saved);
        tally(counts[TaxRates], saved->outcome);
    }
    // A station is a name categories give, matched without regard to case; only its timings are
    // stored, so one equal to what the menu has, or new on the default timings (it exists as soon
    // as a category names it), is left alone.
    QHash<QString, StationRecord> storedStations;
    for (const auto& r : stored.stations)
        storedStations.insert(fold(r.name), r);
    for (StationRecord r : plan.stations) {
        const auto it = storedStations.constFind(fold(r.name));
        if (it != storedStations.cend())
            r.name = it->name;
        if (it != storedStations.cend() ? *it == r : r == StationRecord {r.name}) {
            ++counts[Stations].unchanged;
            continue;
        }
        std::optional<StationTiming> before;
        if (it != storedStations.cend())
            before = StationTiming {it->amberSeconds, it->redSeconds};
        CREMA_TRY(KitchenService::writeStationTiming(
            work, clock, site.terminalId, actor.id, r.name, StationTiming {r.amberSeconds, r.redSeconds}, before));
        ++(it != storedStations.cend() ? counts[Stations].changed : counts[Stations].created);
    }
    for (const auto& r : plan.categories) {
        auto saved = catalog.saveCategory(work, r);
        CREMA_TRY(saved);
        tally(counts[Categories], saved->outcome);
    }
    for (const auto& r : plan.suppliers) {
        auto saved = StockItemWriter::saveSupplier(work, author, r);
        CREMA_TRY(saved);
        tally(counts[Suppliers], saved->outcome);
    }
    for (const auto& r : plan.ingredients) {
        auto saved = StockItemWriter::saveIngredient(work, author, r);
        CREMA_TRY(saved);
        tally(counts[Ingredients], saved->outcome);
    }
    for (const auto& r : plan.purchaseUnits) {
        auto saved = StockItemWriter::savePurchaseUnit(work, author, r);
        CREMA_TRY(saved);
        tally(counts[PurchaseUnits], saved->outcome);
    }
    for (const auto& g : plan.groups) {
        ModifierGroupRecord alone = g;
        alone.modifiers.clear();
        auto saved = catalog.saveModifierGroup(work, alone);
        CREMA_TRY(saved);
        tally(counts[Groups], saved->outcome);
        for (const auto& m : g.modifiers) {
            auto mod = catalog.saveModifier(work, g.uuid, m);
            CREMA_TRY(mod);
            tally(counts[Modifiers], mod->outcome);
        }
    }
    QList<WriteResult> sizeResults;
    for (const auto& p : plan.products) {
        sizeResults.clear();
        auto saved = catalog.saveProduct(work, p, &sizeResults);
        CREMA_TRY(saved);
        tally(counts[Products], saved->outcome);
        for (const WriteResult& z : std::as_const(sizeResults))
            tally(counts[Sizes], z.outcome);
    }
    for (const auto& r : plan.rewards) {
        auto saved = RewardWriter::save(work, r, now);
        CREMA_TRY(saved);
        tally(counts[Rewards], *saved);
    }
    if (!prune)
        return {};

    // What the file does not have goes out of use, dependants first.
    QSet<QString> inFile;
    for (const auto& r : plan.rewards)
        inFile.insert(r.uuid);
    for (const auto& r : stored.rewards) {
        if (r.active && !inFile.contains(r.uuid)) {
            CREMA_TRY(RewardWriter::deactivate(work, r.uuid, now));
            ++counts[Rewards].deactivated;
        }
    }
    QHash<QString, const ProductRecord*> fileProducts;
    for (const auto& p : plan.products)
        fileProducts.insert(p.uuid, &p);
    for (const auto& p : stored.products) {
        const ProductRecord* kept = fileProducts.value(p.uuid);
        if (!kept) {
            if (p.active) {
                auto done = catalog.deactivateProduct(work, p.uuid);
                CREMA_TRY(done);
                tally(counts[Products], done->outcome);
            }
            continue;
        }
        for (const auto& z : p.sizes) {
            const bool listed = std::any_of(
                kept->sizes.cbegin(), kept->sizes.cend(), [&](const SizeRecord& s) { return s.uuid == z.uuid; });
            if (z.active && !listed) {
                auto done = catalog.deactivateSize(work, z.uuid);
                CREMA_TRY(done);
                tally(counts[Sizes], done->outcome);
            }
        }
    }
    QHash<QString, const ModifierGroupRecord*> fileGroups;
    for (const auto& g : plan.groups)
        fileGroups.insert(g.uuid, &g);
    for (const auto& g : stored.groups) {
        const ModifierGroupRecord* kept = fileGroups.value(g.uuid);
        if (!kept) {
            if (g.active) {
                auto done = catalog.deactivateModifierGroup(work, g.uuid);
                CREMA_TRY(done);
                tally(counts[Groups], done->outcome);
            }
            continue;
        }
        for (const auto& m : g.modifiers) {
            const bool listed = std::any_of(kept->modifiers.cbegin(), kept->modifiers.cend(),
                [&](const ModifierRecord& x) { return x.uuid == m.uuid; });
            if (m.active && !listed) {
                auto done = catalog.deactivateModifier(work, m.uuid);
                CREMA_TRY(done);
                tally(counts[Modifiers], done->outcome);
            }
        }
    }
    inFile.clear();
    for (const auto& c : plan.categories)
        inFile.insert(c.uuid);
    for (const auto& c : stored.categories) {
        if (c.active && !inFile.contains(c.uuid)) {
            auto done = catalog.deactivateCategory(work, c.uuid);
            CREMA_TRY(done);
            tally(counts[Categories], done->outcome);
        }
    }
    inFile.clear();
    for (const auto& u : plan.purchaseUnits)
        inFile.insert(u.uuid);
    for (const auto& u : stored.purchaseUnits) {
        if (u.active && !inFile.contains(u.uuid)) {
            auto done = StockItemWriter::retirePurchaseUnit(work, author, u.uuid);
            CREMA_TRY(done);
            tally(counts[PurchaseUnits], done->outcome);
        }
    }
    inFile.clear();
    for (const auto& i : plan.ingredients)
        inFile.insert(i.uuid);
    for (const auto& i : stored.ingredients) {
        if (i.active && !inFile.contains(i.uuid)) {
            auto done = StockItemWriter::retireIngredient(work, author, i.uuid);
            CREMA_TRY(done);
            tally(counts[Ingredients], done->outcome);
        }
    }
    inFile.clear();
    for (const auto& s : plan.suppliers)
        inFile.insert(s.uuid);
    for (const auto& s : stored.suppliers) {
        if (s.active && !inFile.contains(s.uuid)) {
            auto done = StockItemWriter::retireSupplier(work, author, s.uuid);
            CREMA_TRY(done);
            tally(counts[Suppliers], done->outcome);
        }
    }
    return {};
}

} // namespace

QJsonObject FileProblem::toJson() const
{
    return {{QStringLiteral("path"), path}, {QStringLiteral("message"), message}};
}

const QStringList& MenuImportResult::kinds()
{
    static const QStringList list {QStringLiteral("tax_rates"), QStringLiteral("stations"),
        QStringLiteral("categories"), QStringLiteral("suppliers"), QStringLiteral("ingredients"),
        QStringLiteral("purchase_units"), QStringLiteral("modifier_groups"), QStringLiteral("modifiers"),
        QStringLiteral("products"), QStringLiteral("sizes"), QStringLiteral("rewards")};
    return list;
}

const KindCounts& MenuImportResult::of(const QString& kind) const
{
    static const KindCounts none;
    const qsizetype i = kinds().indexOf(kind);
    return i >= 0 && i < counts.size() ? counts[i] : none;
}

KindCounts MenuImportResult::total() const
{
    KindCounts t;
    for (const KindCounts& c : counts) {
        t.created += c.created;
        t.changed += c.changed;
        t.unchanged += c.unchanged;
        t.deactivated += c.deactivated;
    }
    return t;
}

namespace {
QJsonObject countsJson(const KindCounts& c)
{
    return {{QStringLiteral("created"), c.created}, {QStringLiteral("changed"), c.changed},
        {QStringLiteral("unchanged"), c.unchanged}, {QStringLiteral("deactivated"), c.deactivated}};
}
} // namespace

QJsonObject MenuImportResult::toJson() const
{
    QJsonArray problemList;
    for (const FileProblem& p : problems)
        problemList.append(p.toJson());
    QJsonObject perKind;
    for (qsizetype i = 0; i < counts.size(); ++i)
        perKind.insert(kinds()[i], countsJson(counts[i]));
    return {{QStringLiteral("file"), fileName}, {QStringLiteral("dry_run"), dryRun}, {QStringLiteral("prune"), prune},
        {QStringLiteral("ok"), !refused()}, {QStringLiteral("problems"), problemList},
        {QStringLiteral("counts"), perKind}, {QStringLiteral("total"), countsJson(total())}};
}

QString MenuImportResult::summaryText() const
{
    QString text;
    const auto line = [](const QString& name, const KindCounts& c) {
        return QStringLiteral("%1 %2 created, %3 changed, %4 unchanged, %5 deactivated\n")
            .arg((name + QLatin1Char(':')).leftJustified(16))
            .arg(c.created)
            .arg(c.changed)
            .arg(c.unchanged)
            .arg(c.deactivated);
    };
    for (qsizetype i = 0; i < counts.size(); ++i)
        if (counts[i].touched() || counts[i].unchanged > 0)
            text += line(kinds()[i], counts[i]);
    text += line(QStringLiteral("total"), total());
    return text;
}

MenuFile::MenuFile(Database& db, const Clock& clock, Site site)
    : m_db(db)
    , m_clock(clock)
    , m_site(std::move(site))
{ }

Result<QJsonObject> MenuFile::exportJson()
{
    auto snapshot = MenuSnapshot::read(m_db.connection());
    CREMA_TRY(snapshot);
    return exportMenu(std::move(snapshot).value(), m_site.currency);
}

Result<QByteArray> MenuFile::exportBytes()
{
    auto json = exportJson();
    CREMA_TRY(json);
    return QJsonDocument(*json).toJson(QJsonDocument::Indented);
}

Result<MenuImportResult> MenuFile::import(
    const StaffMember& actor, const QByteArray& data, const MenuImportOptions& options)
{
    CREMA_TRY(StaffService::require(actor, Permission::ManageMenu));
    MenuImportResult result;
    result.fileName = options.fileName;
    result.dryRun = options.dryRun;
    result.prune = options.prune;
    result.counts.resize(MenuImportResult::kinds().size());

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset as a line and column, which is what an editor shows.
        const QByteArray before = data.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        result.problems.append(FileProblem {QStringLiteral("line %1, column %2").arg(line).arg(column),
            QStringLiteral("not JSON: %1").arg(parseError.errorString())});
        return result;
    }
    if (!doc.isObject()) {
        result.problems.append(FileProblem {QStringLiteral("(file)"), QStringLiteral("must be a JSON object")});
        return result;
    }

    auto work = UnitOfWork::begin(m_db);
    CREMA_TRY(work);
    // Read inside the unit of work, so nothing changes between the check and the writes.
    auto stored = MenuSnapshot::read(work->db());
    CREMA_TRY(stored);
    Problems problems;
    const Plan plan = check(doc.object(), *stored, m_site, problems);
    if (!problems.list().isEmpty()) {
        result.problems = problems.list();
        return result; // the unit of work rolls back: nothing was written
    }
    CREMA_TRY(apply(*work, plan, *stored, m_clock, m_site, actor, options.prune, result.counts));

    // Now that it is known what the file changes, whether this person may.
    QStringList settingsKinds, stockKinds;
    for (const auto& [kind, what] : {std::pair {TaxRates, QStringLiteral("tax rates")},
             std::pair {Stations, QStringLiteral("kitchen stations")}, std::pair {Rewards, QStringLiteral("rewards")}})
        if (result.counts[kind].touched())
            settingsKinds << what;
    for (const auto& [kind, what] :
        {std::pair {Suppliers, QStringLiteral("suppliers")}, std::pair {Ingredients, QStringLiteral("ingredients")},
            std::pair {PurchaseUnits, QStringLiteral("purchase units")}})
        if (result.counts[kind].touched())
            stockKinds << what;
    if (!settingsKinds.isEmpty() && !actor.can(Permission::ManageSettings))
        return Error::make(Error::Code::PermissionDenied,
            QStringLiteral("%1 (%2) may not change %3, which the file changes; only the owner may")
                .arg(actor.name, roleCode(actor.role), settingsKinds.join(QStringLiteral(", "))));
    if (!stockKinds.isEmpty())
        CREMA_TRY(StaffService::require(actor, Permission::ManageStock));

    if (options.dryRun)
        return result; // rolled back: the counts are what a real run would do

    QJsonObject counts;
    for (qsizetype i = 0; i < result.counts.size(); ++i)
        if (result.counts[i].touched())
            counts.insert(MenuImportResult::kinds()[i], countsJson(result.counts[i]));
    CREMA_TRY(AuditLog::record(*work, m_clock, m_site.terminalId, actor.id, 0, QStringLiteral("menu.import"),
        {{QStringLiteral("by"), actor.name}, {QStringLiteral("file"), options.fileName},
            {QStringLiteral("prune"), options.prune}, {QStringLiteral("counts"), counts},
            {QStringLiteral("total"), countsJson(result.total())}}));
    if (result.total().touched())
        work->record(Change {Change::Kind::CatalogChanged, 0, 0, QStringLiteral("menu_import")});
    CREMA_TRY(work->commit());
    return result;
}

} // namespace crema

#include "democafe.h"

#include "catalog/catalogservice.h"
#include "catalog/catalogwriter.h"
#include "common/clock.h"
#include "common/ids.h"
#include "common/money.h"
#include "common/quantity.h"
#include "inventory/stockitemwriter.h"
#include "inventory/stockledger.h"
#include "loyalty/loyaltyservice.h"
#include "loyalty/pointsledger.h"
#include "orders/orderwriter.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "store/setupservice.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <vector>

namespace crema {

namespace {

// ---- The café's data -----------------------------------------------------------------------

struct SupplierDef {
    const char* name;
    const char* contact;
    const char* email;
    const char* phone;
    int deliveryDays; // bit 1 << (dayOfWeek - 1), Monday = 1
};
constexpr int Mon = 1, Tue = 2, Wed = 4, Thu = 8, Fri = 16, Sat = 32;
const SupplierDef kSuppliers[] = {
    {"Ridgeback Coffee Roasters", "Morag Fraser", "orders@ridgeback-roasters.example", "+441315550101", Mon | Thu},
    {"Glen Dairy", "Iain Murray", "sales@glendairy.example", "+441315550102", Mon | Tue | Wed | Thu | Fri | Sat},
    {"Northern Plant Milks", "Priya Shah", "trade@northernplant.example", "+441415550103", Tue | Fri},
    {"Maison Fournil Bakery", "Claire Dubois", "wholesale@fournil.example", "+441315550104",
        Mon | Tue | Wed | Thu | Fri | Sat},
    {"Caledonian Cafe Supplies", "Euan Reid", "orders@caledoniansupplies.example", "+441315550105", Wed},
    {"Lothian Fresh Produce", "Aisha Khan", "orders@lothianfresh.example", "+441315550106", Mon | Wed | Fri},
};

struct IngredientDef {
    const char* name;
    const char* unit;
    int supplier; // index into kSuppliers
    const char* purchaseName;
    const char* purchaseQuantity; // parsed with Quantity::parse
    int costCents;
    bool block; // sales refused past stock (packaged goods)
};
const IngredientDef kIngredients[] = {
    {"House espresso beans", "g", 0, "1 kg bag", "1 kg", 2400, false},
    {"Decaf espresso beans", "g", 0, "1 kg bag", "1 kg", 2600, false},
    {"Filter beans", "g", 0, "1 kg bag", "1 kg", 2800, false},
    {"Ethiopia 250 g bag", "pc", 0, "case of 10 bags", "10 pc", 6500, true},
    {"Colombia 250 g bag", "pc", 0, "case of 10 bags", "10 pc", 6000, true},
    {"Decaf Colombia 250 g bag", "pc", 0, "case of 10 bags", "10 pc", 6000, true},
    {"House blend 1 kg bag", "pc", 0, "case of 6 bags", "6 pc", 14400, true},
    {"Whole milk", "ml", 1, "crate of 6 x 2 l", "6 x 2 l", 780, false},
    {"Whipping cream", "ml", 1, "case of 6 x 1 l", "6 x 1 l", 1500, false},
    {"Butter", "g", 1, "box of 10 x 250 g", "10 x 250 g", 2200, false},
    {"Oat milk", "ml", 2, "case of 6 x 1 l", "6 x 1 l", 1080, false},
    {"Soy milk", "ml", 2, "case of 6 x 1 l", "6 x 1 l", 900, false},
    {"Almond milk", "ml", 2, "case of 6 x 1 l", "6 x 1 l", 1140, false},
    {"Croissant", "pc", 3, "tray of 12", "12 pc", 960, false},
    {"Pain au chocolat", "pc", 3, "tray of 12", "12 pc", 1080, false},
    {"Almond croissant", "pc", 3, "tray of 12", "12 pc", 1440, false},
    {"Cinnamon bun", "pc", 3, "tray of 12", "12 pc", 1320, false},
    {"Blueberry muffin", "pc", 3, "box of 12", "1 dozen", 1080, false},
    {"Banana bread slice", "pc", 3, "loaf of 10 slices", "10 pc", 900, false},
    {"Chocolate brownie", "pc", 3, "tray of 16", "16 pc", 1600, false},
    {"Fruit scone", "pc", 3, "box of 12", "12 pc", 840, false},
    {"Sourdough slice", "pc", 3, "loaf of 14 slices", "14 pc", 420, false},
    {"Rye slice", "pc", 3, "loaf of 14 slices", "14 pc", 450, false},
    {"Bread roll", "pc", 3, "bag of 12", "12 pc", 360, false},
    {"Vanilla syrup", "ml", 4, "1 l bottle", "1 l", 900, false},
    {"Caramel syrup", "ml", 4, "1 l bottle", "1 l", 900, false},
    {"Hazelnut syrup", "ml", 4, "1 l bottle", "1 l", 900, false},
    {"Sugar-free vanilla syrup", "ml", 4, "1 l bottle", "1 l", 1000, false},
    {"Hot chocolate powder", "g", 4, "1 kg tin", "1 kg", 1300, false},
    {"Chai concentrate", "ml", 4, "1 l carton", "1 l", 1100, false},
    {"Matcha powder", "g", 4, "100 g tin", "100 g", 1800, false},
    {"English breakfast tea", "pc", 4, "box of 100 bags", "100 pc", 600, false},
    {"Earl Grey tea", "pc", 4, "box of 100 bags", "100 pc", 700, false},
    {"Green tea", "pc", 4, "box of 100 bags", "100 pc", 700, false},
    {"Peppermint tea", "pc", 4, "box of 100 bags", "100 pc", 650, false},
    {"Cup 8 oz", "pc", 4, "sleeve of 50", "50 pc", 450, false},
    {"Cup 12 oz", "pc", 4, "sleeve of 50", "50 pc", 550, false},
    {"Cup 16 oz", "pc", 4, "sleeve of 50", "50 pc", 650, false},
    {"Cold cup 16 oz", "pc", 4, "sleeve of 50", "50 pc", 700, false},
    {"Sparkling water 330 ml", "pc", 4, "case of 24", "24 pc", 1200, true},
    {"Lemonade 330 ml", "pc", 4, "case of 24", "24 pc", 1800, true},
    {"Oranges", "pc", 5, "box of 40", "40 pc", 1400, false},
    {"Avocado", "pc", 5, "box of 20", "20 pc", 1800, false},
    {"Cheddar", "g", 5, "2.5 kg block", "2.5 kg", 2250, false},
    {"Ham", "g", 5, "1 kg pack", "1 kg", 1400, false},
    {"Bacon rasher", "pc", 5, "pack of 40", "40 pc", 1000, false},
};

struct CategoryDef {
    const char* name;
    bool zeroRated;
    const char* colour;
    const char* station; // where its prepared items are made
};
const CategoryDef kCategories[] = {
    {"Espresso", false, "#6f4e37", "Bar"},
    {"Filter", false, "#8c6d46", "Bar"},
    {"Tea & more", false, "#5f7f4f", "Bar"},
    {"Cold drinks", false, "#3f7fa0", "Bar"},
    {"Pastries", true, "#c0843d", "Bar"},
    {"Food", false, "#a0522d", "Kitchen"},
    {"Retail beans", true, "#4a4a4a", "Bar"},
};

struct Use {
    const char* ingredient;
    int quantity;
};
struct SizeDef {
    const char* name;
    int priceCents;
    std::vector<Use> recipe;
};
enum Daypart { AllDay, Morning, Lunch };
struct ProductDef {
    const char* name;
    int category;
    int popularity; // relative weight in the order history
    Daypart daypart;
    bool prep;
    std::vector<SizeDef> sizes;
    std::vector<const char*> groups;
    const char* barcode = nullptr;
};

const char* const kMilkGroups[] = {"Milk alternatives", "Extra shot", "Syrups", "Decaf"};

std::vector<ProductDef> products()
{
    const std::vector<const char*> coffee(std::begin(kMilkGroups), std::end(kMilkGroups));
    return {
        {"Espresso", 0, 30, AllDay, true,
            {{"Single", 250, {{"House espresso beans", 9}}}, {"Double", 290, {{"House espresso beans", 18}}}},
            {"Decaf"}},
        // Served with a splash of milk (the jug is poured at the bar, as for tea), so the milk alternatives
        // offered with every coffee replace something: oat milk sold leaves the shelf.
        {"Americano", 0, 90, AllDay, true,
            {{"Regular", 300, {{"House espresso beans", 18}, {"Whole milk", 30}, {"Cup 12 oz", 1}}},
                {"Large", 340, {{"House espresso beans", 27}, {"Whole milk", 40}, {"Cup 16 oz", 1}}}},
            coffee},
        {"Flat White", 0, 100, AllDay, true,
            {{"Regular", 330, {{"House espresso beans", 18}, {"Whole milk", 150}, {"Cup 8 oz", 1}}}}, coffee},
        {"Latte", 0, 140, AllDay, true,
            {{"Regular", 350, {{"House espresso beans", 18}, {"Whole milk", 250}, {"Cup 12 oz", 1}}},
                {"Large", 390, {{"House espresso beans", 27}, {"Whole milk", 330}, {"Cup 16 oz", 1}}}},
            coffee},
        {"Cappuccino", 0, 90, AllDay, true,
            {{"Regular", 340, {{"House espresso beans", 18}, {"Whole milk", 200}, {"Cup 12 oz", 1}}},
                {"Large", 380, {{"House espresso beans", 27}, {"Whole milk", 280}, {"Cup 16 oz", 1}}}},
            coffee},
        {"Cortado", 0, 30, AllDay, true,
            {{"Regular", 310, {{"House espresso beans", 18}, {"Whole milk", 90}, {"Cup 8 oz", 1}}}},
            {"Milk alternatives", "Decaf"}},
        {"Macchiato", 0, 12, AllDay, true, {{"Regular", 280, {{"House espresso beans", 18}, {"Whole milk", 30}}}},
            {"Milk alternatives", "Decaf"}},
        {"Mocha", 0, 40, AllDay, true,
            {{"Regular", 380,
                 {{"House espresso beans", 18}, {"Whole milk", 220}, {"Hot chocolate powder", 20},
                     {"Whipping cream", 30}, {"Cup 12 oz", 1}}},
                {"Large", 420,
                    {{"House espresso beans", 27}, {"Whole milk", 300}, {"Hot chocolate powder", 28},
                        {"Whipping cream", 30}, {"Cup 16 oz", 1}}}},
            {"Milk alternatives", "Extra shot", "Syrups", "Decaf", "Cream"}},
        {"Batch Brew", 1, 50, Morning, true,
            {{"Regular", 280, {{"Filter beans", 15}, {"Cup 12 oz", 1}}},
                {"Large", 320, {{"Filter beans", 20}, {"Cup 16 oz", 1}}}},
            {}},
        {"Pour Over V60", 1, 12, AllDay, true, {{"Regular", 400, {{"Filter beans", 15}, {"Cup 12 oz", 1}}}}, {}},
        {"AeroPress", 1, 8, AllDay, true, {{"Regular", 380, {{"Filter beans", 17}, {"Cup 12 oz", 1}}}}, {}},
        {"English Breakfast Tea", 2, 35, Morning, true,
            {{"Regular", 260, {{"English breakfast tea", 1}, {"Whole milk", 30}, {"Cup 12 oz", 1}}},
                {"Large", 290, {{"English breakfast tea", 1}, {"Whole milk", 40}, {"Cup 16 oz", 1}}}},
            {"Milk alternatives"}},
        {"Earl Grey", 2, 12, AllDay, true, {{"Regular", 260, {{"Earl Grey tea", 1}, {"Cup 12 oz", 1}}}}, {}},
        {"Green Tea", 2, 10, AllDay, true, {{"Regular", 260, {{"Green tea", 1}, {"Cup 12 oz", 1}}}}, {}},
        {"Peppermint Tea", 2, 10, AllDay, true, {{"Regular", 260, {{"Peppermint tea", 1}, {"Cup 12 oz", 1}}}}, {}},
        {"Chai Latte", 2, 30, AllDay, true,
            {{"Regular", 360, {{"Chai concentrate", 60}, {"Whole milk", 200}, {"Cup 12 oz", 1}}},
                {"Large", 400, {{"Chai concentrate", 80}, {"Whole milk", 280}, {"Cup 16 oz", 1}}}},
            {"Milk alternatives", "Syrups"}},
        {"Hot Chocolate", 2, 30, AllDay, true,
            {{"Regular", 340,
                 {{"Hot chocolate powder", 28}, {"Whole milk", 250}, {"Whipping cream", 30}, {"Cup 12 oz", 1}}},
                {"Large", 380,
                    {{"Hot chocolate powder", 36}, {"Whole milk", 330}, {"Whipping cream", 30}, {"Cup 16 oz", 1}}}},
            {"Milk alternatives", "Syrups", "Cream"}},
        {"Matcha Latte", 2, 15, AllDay, true,
            {{"Regular", 380, {{"Matcha powder", 3}, {"Whole milk", 250}, {"Cup 12 oz", 1}}},
                {"Large", 420, {{"Matcha powder", 4}, {"Whole milk", 330}, {"Cup 16 oz", 1}}}},
            {"Milk alternatives", "Syrups"}},
        {"Iced Latte", 3, 30, Lunch, true,
            {{"Regular", 380, {{"House espresso beans", 18}, {"Whole milk", 220}, {"Cold cup 16 oz", 1}}}}, coffee},
        {"Iced Americano", 3, 15, Lunch, true,
            {{"Regular", 330, {{"House espresso beans", 18}, {"Cold cup 16 oz", 1}}}},
            {"Extra shot", "Syrups", "Decaf"}},
        {"Cold Brew", 3, 15, Lunch, true, {{"Regular", 360, {{"Filter beans", 25}, {"Cold cup 16 oz", 1}}}}, {}},
        {"Fresh Orange Juice", 3, 15, Morning, true, {{"Regular", 350, {{"Oranges", 3}, {"Cold cup 16 oz", 1}}}}, {}},
        {"Sparkling Water", 3, 12, Lunch, false, {{"Regular", 180, {{"Sparkling water 330 ml", 1}}}}, {},
            "5012345678900"},
        {"Lemonade", 3, 10, Lunch, false, {{"Regular", 250, {{"Lemonade 330 ml", 1}}}}, {}, "5012345678917"},
        {"Croissant", 4, 55, Morning, false, {{"Regular", 260, {{"Croissant", 1}}}}, {}},
        {"Pain au Chocolat", 4, 40, Morning, false, {{"Regular", 290, {{"Pain au chocolat", 1}}}}, {}},
        {"Almond Croissant", 4, 25, Morning, false, {{"Regular", 340, {{"Almond croissant", 1}}}}, {}},
        {"Cinnamon Bun", 4, 30, AllDay, false, {{"Regular", 330, {{"Cinnamon bun", 1}}}}, {}},
        {"Blueberry Muffin", 4, 20, AllDay, false, {{"Regular", 295, {{"Blueberry muffin", 1}}}}, {}},
        {"Banana Bread", 4, 25, AllDay, false, {{"Regular", 320, {{"Banana bread slice", 1}, {"Butter", 10}}}}, {}},
        {"Chocolate Brownie", 4, 25, AllDay, false, {{"Regular", 300, {{"Chocolate brownie", 1}}}}, {}},
        {"Fruit Scone", 4, 15, AllDay, false, {{"Regular", 280, {{"Fruit scone", 1}, {"Butter", 15}}}}, {}},
        {"Cheese Toastie", 5, 25, Lunch, true, {{"Regular", 550, {{"Cheddar", 60}, {"Butter", 10}}}}, {"Bread"}},
        {"Ham & Cheese Toastie", 5, 25, Lunch, true, {{"Regular", 650, {{"Cheddar", 50}, {"Ham", 50}, {"Butter", 10}}}},
            {"Bread"}},
        {"Avocado Toast", 5, 20, Lunch, true, {{"Regular", 750, {{"Avocado", 1}, {"Butter", 5}}}}, {"Bread"}},
        {"Bacon Roll", 5, 20, Morning, true,
            {{"Regular", 520, {{"Bread roll", 1}, {"Bacon rasher", 3}, {"Butter", 10}}}}, {}},
        {"Ethiopia Yirgacheffe 250 g", 6, 3, AllDay, false, {{"Regular", 1200, {{"Ethiopia 250 g bag", 1}}}}, {},
            "5060123450011"},
        {"Colombia Huila 250 g", 6, 3, AllDay, false, {{"Regular", 1100, {{"Colombia 250 g bag", 1}}}}, {},
            "5060123450028"},
        {"Decaf Colombia 250 g", 6, 1, AllDay, false, {{"Regular", 1100, {{"Decaf Colombia 250 g bag", 1}}}}, {},
            "5060123450035"},
        {"House Blend 1 kg", 6, 1, AllDay, false, {{"Regular", 3200, {{"House blend 1 kg bag", 1}}}}, {},
            "5060123450042"},
    };
}

struct ModRecipeDef {
    const char* action;
    const char* ingredient;
    int quantity; // 0 = none (remove, or replace in the same amount)
    const char* replaces;
};
struct ModifierDef {
    const char* name;
    int priceDeltaCents;
    std::vector<ModRecipeDef> recipe;
};
struct GroupDef {
    const char* name;
    int min;
    int max;
    std::vector<ModifierDef> modifiers;
};
std::vector<GroupDef> modifierGroups()
{
    return {
        {"Milk alternatives", 0, 1,
            {{"Oat milk", 40, {{"replace", "Oat milk", 0, "Whole milk"}}},
                {"Soy milk", 40, {{"replace", "Soy milk", 0, "Whole milk"}}},
                {"Almond milk", 40, {{"replace", "Almond milk", 0, "Whole milk"}}}}},
        {"Extra shot", 0, 1, {{"Extra shot", 60, {{"add", "House espresso beans", 18, nullptr}}}}},
        {"Syrups", 0, 3,
            {{"Vanilla", 50, {{"add", "Vanilla syrup", 10, nullptr}}},
                {"Caramel", 50, {{"add", "Caramel syrup", 10, nullptr}}},
                {"Hazelnut", 50, {{"add", "Hazelnut syrup", 10, nullptr}}},
                {"Sugar-free vanilla", 50, {{"add", "Sugar-free vanilla syrup", 10, nullptr}}}}},
        {"Decaf", 0, 1, {{"Decaf", 0, {{"replace", "Decaf espresso beans", 0, "House espresso beans"}}}}},
        {"Cream", 0, 1, {{"No whipped cream", 0, {{"remove", "Whipping cream", 0, nullptr}}}}},
        {"Bread", 1, 1,
            {{"Sourdough", 0, {{"add", "Sourdough slice", 2, nullptr}}},
                {"Rye", 50, {{"add", "Rye slice", 2, nullptr}}}}},
    };
}

const char* const kFirstNames[] = {"Olivia", "Jack", "Amelia", "Harry", "Isla", "Oliver", "Ava", "Charlie", "Emily",
    "George", "Mia", "Noah", "Sophie", "Leo", "Grace", "Alfie", "Freya", "Lewis", "Ella", "James", "Lily", "Finlay",
    "Hannah", "Callum", "Chloe", "Rory", "Eilidh", "Euan", "Zara", "Ruaridh", "Aisha", "Mohammed", "Priya", "Arjun",
    "Mei", "Wei", "Anna", "Lukas", "Sofia", "Mateo"};
const char* const kLastNames[] = {"Smith", "Brown", "Wilson", "Campbell", "Stewart", "Thomson", "Robertson", "Anderson",
    "MacDonald", "Scott", "Reid", "Murray", "Taylor", "Clark", "Ross", "Watson", "Morrison", "Paterson", "Young",
    "Mitchell", "Walker", "Fraser", "Miller", "McDonald", "Gray", "Henderson", "Hamilton", "Johnston", "Duncan",
    "Graham", "Ferguson", "Kerr", "Davidson", "Bell", "Cameron", "Kelly", "Khan", "Singh", "Chen", "Novak"};
constexpr int kCustomers = 240;

// ---- Simulation helpers ----------------------------------------------------------------------

int pickWeighted(QRandomGenerator& rng, const std::vector<int>& weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = static_cast<int>(rng.bounded(total));
    for (size_t i = 0; i < weights.size(); ++i) {
        if (r < weights[i])
            return static_cast<int>(i);
        r -= weights[i];
    }
    return static_cast<int>(weights.size()) - 1;
}

bool chance(QRandomGenerator& rng, int perMille)
{
    return static_cast<int>(rng.bounded(1000)) < perMille;
}

struct PlannedLine {
    const Product* product;
    const ProductSize* size;
    QList<qint64> modifiers;
    int quantity;
};
struct PlannedOrder {
    QDateTime at; // UTC
    QDate localDay;
    int customer; // -1 none
    int staff;
    bool cash;
    QList<PlannedLine> lines;
};

// Orders a day: a café of ~190 a weekday with a busier Saturday, slow growth and some noise.
int ordersForDay(QRandomGenerator& rng, const QDate& day, int dayIndex)
{
    static const int weekdayPerMille[] = {920, 950, 1000, 1020, 1100, 1250, 850};
    const int base = 190 * weekdayPerMille[day.dayOfWeek() - 1] / 1000;
    const int trend = base * dayIndex / 1500; // about +6 % over the 13 weeks
    const int noise = static_cast<int>(rng.bounded(base / 6 + 1)) - base / 12;
    return std::max(20, base + trend + noise);
}

// Hour-of-day weights from opening to closing, weekdays and weekends.
const std::vector<int>& hourWeights(const QDate& day, int& openHour)
{
    static const std::vector<int> weekday {6, 15, 12, 9, 8, 12, 10, 7, 8, 6, 3}; // 07:00-18:00
    static const std::vector<int> saturday {6, 10, 14, 14, 13, 11, 9, 8, 6, 4}; // 08:00-18:00
    static const std::vector<int> sunday {8, 13, 14, 12, 10, 9, 7, 5}; // 09:00-17:00
    switch (day.dayOfWeek()) {
    case Qt::Saturday:
        openHour = 8;
        return saturday;
    case Qt::Sunday:
        openHour = 9;
        return sunday;
    default:
        openHour = 7;
        return weekday;
    }
}

class Seeder {
public:
    Seeder(QSqlDatabase db, UnitOfWork& work, Database& database, const QDate& asOf, int days)
        : m_db(std::move(db))
        , m_work(work)
        , m_database(database)
        , m_asOf(asOf)
        , m_days(days)
        , m_tz(QByteArrayLiteral("Europe/London"))
    { }

    Status run(DemoStats& stats);

private:
    Status seedSuppliersAndIngredients();
    Status seedCatalog(const Clock& clock);
    Status seedCustomers();
    Status seedHistory(DemoStats& stats);
    QList<PlannedOrder> planOrders(const Menu& menu);
    QDateTime local(const QDate& d, int h, int m, int s) const { return QDateTime(d, QTime(h, m, s), m_tz).toUTC(); }
    QString when(const QDateTime& t) const { return toDbTime(t); }

    QSqlDatabase m_db;
    UnitOfWork& m_work;
    Database& m_database;
    QDate m_asOf;
    int m_days;
    QTimeZone m_tz;
    qint64 m_storeId = 0;
    qint64 m_terminalId = 0;
    QList<qint64> m_staffIds;
    QHash<QString, qint64> m_ingredientIds;
    QHash<qint64, int> m_ingredientDef; // id -> index in kIngredients
    QHash<QString, qint64> m_groupIds;
    QList<qint64> m_customerIds;
    QList<qint64> m_supplierIds;
    QStringList m_supplierUuids;
    const Clock* m_clock = nullptr; // the set-up time, for the audit rows of what the demo writes
    StockItemWriter::Author stockAuthor() const { return {m_clock, m_terminalId, 0, 0}; }
};

Status Seeder::seedSuppliersAndIngredients()
{
    const StockItemWriter::Author by = stockAuthor();
    for (const SupplierDef& s : kSuppliers) {
        SupplierRecord supplier;
        supplier.uuid = stableUuid(QStringLiteral("demo/supplier/") + QLatin1String(s.name));
        supplier.name = QString::fromUtf8(s.name);
        supplier.contactName = QString::fromUtf8(s.contact);
        supplier.email = QString::fromUtf8(s.email);
        supplier.phone = QString::fromUtf8(s.phone);
        for (int day = 1; day <= 7; ++day) {
            if (s.deliveryDays & (1 << (day - 1)))
                supplier.deliveryDays.append(day);
        }
        auto saved = StockItemWriter::saveSupplier(m_work, by, supplier);
        if (!saved)
            return saved.error();
        m_supplierIds.append(saved->id);
        m_supplierUuids.append(supplier.uuid);
    }
    int index = 0;
    for (const IngredientDef& d : kIngredients) {
        const QString name = QString::fromUtf8(d.name);
        auto unit = parseBaseUnit(QString::fromLatin1(d.unit));
        if (!unit)
            return unit.error();
        const IngredientRecord ingredient {stableUuid(QStringLiteral("demo/ingredient/") + name), name, *unit, true};
        auto saved = StockItemWriter::saveIngredient(m_work, by, ingredient);
        if (!saved)
            return saved.error();
        const qint64 id = saved->id;
        m_ingredientIds.insert(name, id);
        m_ingredientDef.insert(id, index);
        auto qty = Quantity::parse(QString::fromUtf8(d.purchaseQuantity));
        if (!qty)
            return qty.error();
        if (unitSymbol(qty->unit) != QLatin1String(d.unit))
            return fail(
                Error::Code::InvalidInput, QStringLiteral("demo: purchase unit of %1 is in the wrong unit").arg(name));
        const PurchaseUnitRecord pack {stableUuid(QStringLiteral("demo/purchase-unit/") + name), ingredient.uuid,
            m_supplierUuids[d.supplier], QString::fromUtf8(d.purchaseName), qty->amount, d.costCents,
            QStringLiteral("SKU-%1").arg(1000 + index), true};
        auto packed = StockItemWriter::savePurchaseUnit(m_work, by, pack);
        if (!packed)
            return packed.error();
        ++index;
    }
    return {};
}

Status Seeder::seedCatalog(const Clock& clock)
{
    // The catalogue goes through its one writer, as the back office's would, by the owner.
    CatalogWriter writer(clock, m_terminalId, m_staffIds.isEmpty() ? 0 : m_staffIds.last());
    const auto tax = [&](const char* key, const char* name, qint64 bp) -> Result<QString> {
        auto r = writer.saveTaxRate(m_work,
            TaxRateRecord {stableUuid(QStringLiteral("demo/tax/") + QLatin1String(key)), QString::fromUtf8(name), bp});
        if (!r)
            return r.error();
        return r->uuid;
    };
    auto standard = tax("standard", "Standard 20%", 2000);
    if (!standard)
        return standard.error();
    auto zero = tax("zero", "Zero-rated", 0);
    if (!zero)
        return zero.error();

    QList<qint64> categoryIds;
    QStringList categoryUuids;
    int order = 0;
    for (const CategoryDef& c : kCategories) {
        const QString name = QString::fromUtf8(c.name);
        CategoryRecord rec;
        rec.uuid = stableUuid(QStringLiteral("demo/category/") + name);
        rec.name = name;
        rec.taxRateUuid = c.zeroRated ? *zero : *standard;
        rec.colour = QString::fromLatin1(c.colour);
        rec.station = QString::fromLatin1(c.station);
        rec.sortOrder = order++;
        auto r = writer.saveCategory(m_work, rec);
        if (!r)
            return r.error();
        categoryIds.append(r->id);
        categoryUuids.append(r->uuid);
    }
    // Drinks should leave the bar within 3 minutes; hot food takes longer.
    SqlQuery station(m_db,
        QStringLiteral("INSERT OR REPLACE INTO kitchen_stations (name, amber_seconds, red_seconds) VALUES (?, ?, ?)"));
    station.bindAll({QStringLiteral("Bar"), 180, 360});
    CREMA_TRY(station.run(QStringLiteral("adding kitchen stations")));
    station.bindAll({QStringLiteral("Kitchen"), 300, 600});
    CREMA_TRY(station.run(QStringLiteral("adding kitchen stations")));

    // The rewards catalogue: points buy a free pastry, a free coffee, or money off.
    SqlQuery reward(m_db,
        QStringLiteral(
            "INSERT INTO rewards (uuid, name, points_cost, category_id, amount_cents) VALUES (?, ?, ?, ?, ?)"));
    const QVariant noId(QMetaType::fromType<qint64>());
    const struct {
        const char* name;
        int points;
        int category; // index into kCategories, or -1
        int amountCents;
    } kRewards[] = {{"Free pastry", 100, 4, 0}, {"Free coffee", 150, 0, 0}, {"£5 off", 400, -1, 500}};
    for (const auto& r : kRewards) {
        const QString name = QString::fromUtf8(r.name);
        reward.bindAll({stableUuid(QStringLiteral("demo/reward/") + name), name, r.points,
            r.category >= 0 ? QVariant(categoryIds[r.category]) : noId,
            r.amountCents > 0 ? QVariant(r.amountCents) : noId});
        CREMA_TRY(reward.run(QStringLiteral("adding reward %1").arg(name)));
    }

    const auto ingredientUuid
        = [](const char* name) { return stableUuid(QStringLiteral("demo/ingredient/") + QString::fromUtf8(name)); };
    QHash<QString, QString> groupUuids;
    for (const GroupDef& g : modifierGroups()) {
        const QString name = QString::fromUtf8(g.name);
        ModifierGroupRecord group;
        group.uuid = stableUuid(QStringLiteral("demo/group/") + name);
        group.name = name;
        group.minChoices = g.min;
        group.maxChoices = g.max;
        int sort = 0;
        for (const ModifierDef& m : g.modifiers) {
            const QString modName = QString::fromUtf8(m.name);
            ModifierRecord mod;
            mod.uuid = stableUuid(QStringLiteral("demo/modifier/%1/%2").arg(name, modName));
            mod.name = modName;
            mod.priceDelta = Money(m.priceDeltaCents);
            mod.sortOrder = sort++;
            QList<ModifierEffectRecord> effects;
            for (const ModRecipeDef& r : m.recipe) {
                ModifierEffectRecord e;
                const QLatin1String action(r.action);
                e.action = action == QLatin1String("add") ? RecipeAction::Add
                    : action == QLatin1String("remove")   ? RecipeAction::Remove
                                                          : RecipeAction::Replace;
                e.ingredientUuid = ingredientUuid(r.ingredient);
                if (r.replaces)
                    e.replacesIngredientUuid = ingredientUuid(r.replaces);
                if (r.quantity > 0)
                    e.quantity = r.quantity;
                effects.append(e);
            }
            mod.effects = effects;
            group.modifiers.append(mod);
        }
        auto saved = writer.saveModifierGroup(m_work, group);
        if (!saved)
            return saved.error();
        m_groupIds.insert(name, saved->id);
        groupUuids.insert(name, saved->uuid);
    }

    int sort = 0;
    for (const ProductDef& p : products()) {
        const QString name = QString::fromUtf8(p.name);
        ProductRecord product;
        product.uuid = stableUuid(QStringLiteral("demo/product/") + name);
        product.name = name;
        product.categoryUuid = categoryUuids[p.category];
        product.sku = QStringLiteral("CR-%1").arg(101 + sort);
        if (p.barcode)
            product.barcodes = {QString::fromLatin1(p.barcode)};
        product.needsPreparation = p.prep;
        product.sortOrder = sort++;
        int sizeSort = 0;
        for (const SizeDef& s : p.sizes) {
            const QString sizeName = QString::fromUtf8(s.name);
            SizeRecord size;
            size.uuid = stableUuid(QStringLiteral("demo/size/%1/%2").arg(name, sizeName));
            size.name = sizeName;
            size.price = Money(s.priceCents);
            size.sortOrder = sizeSort++;
            QList<RecipeLineRecord> recipe;
            for (const Use& u : s.recipe) {
                if (!m_ingredientIds.contains(QString::fromUtf8(u.ingredient)))
                    return fail(Error::Code::InvalidInput,
                        QStringLiteral("demo: recipe of %1 names unknown ingredient %2")
                            .arg(name, QString::fromUtf8(u.ingredient)));
                recipe.append(RecipeLineRecord {ingredientUuid(u.ingredient), u.quantity});
            }
            size.recipe = recipe;
            product.sizes.append(size);
        }
        for (const char* g : p.groups)
            product.modifierGroupUuids.append(groupUuids.value(QString::fromUtf8(g)));
        auto saved = writer.saveProduct(m_work, product);
        if (!saved)
            return saved.error();
    }
    return {};
}

Status Seeder::seedCustomers()
{
    SqlQuery q(m_db,
        QStringLiteral(
            "INSERT INTO customers (uuid, name, phone, email, marketing_consent, consent_source, consent_at, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant nullText(QMetaType::fromType<QString>());
    const QDate first = m_asOf.addDays(-m_days - 180);
    for (int i = 0; i < kCustomers; ++i) {
        const QString firstName = QString::fromUtf8(kFirstNames[i % 40]);
        const QString lastName = QString::fromUtf8(kLastNames[(3 * (i % 40) + i / 40) % 40]);
        // Ofcom's range reserved for drama: real-looking numbers that reach nobody.
        const QString phone = QStringLiteral("+447700900%1").arg(i, 3, 10, QLatin1Char('0'));
        const bool hasEmail = i % 2 == 0;
        const QString email = QStringLiteral("%1.%2@example.com").arg(firstName.toLower(), lastName.toLower());
        const bool consent = (i * 7) % 20 < 13;
        const QString created = when(local(first.addDays(i * 3 / 4), 9 + i % 8, (i * 13) % 60, (i * 29) % 60));
        q.bindAll({stableUuid(QStringLiteral("demo/customer/%1").arg(i)), firstName + QLatin1Char(' ') + lastName,
            phone, hasEmail ? QVariant(email) : nullText, consent ? 1 : 0,
            consent ? QVariant(QStringLiteral("till")) : nullText, consent ? QVariant(created) : nullText, created});
        CREMA_TRY(q.run(QStringLiteral("adding demo customers")));
        m_customerIds.append(q.lastInsertId());
    }
    return {};
}

QList<PlannedOrder> Seeder::planOrders(const Menu& menu)
{
    QRandomGenerator rng(static_cast<quint32>(m_asOf.toJulianDay()));
    std::vector<ProductDef> defs = products();
    QHash<QString, const ProductDef*> defByName;
    for (const ProductDef& d : defs)
        defByName.insert(QString::fromUtf8(d.name), &d);

    const auto groupModifiers = [&menu](const Product& p, const QString& groupName) -> const ModifierGroup* {
        for (qint64 gid : p.modifierGroupIds) {
            const auto it = menu.groups.constFind(gid);
            if (it != menu.groups.constEnd() && it->name == groupName)
                return &*it;
        }
        return nullptr;
    };

    QList<PlannedOrder> orders;
    const QDate start = m_asOf.addDays(-m_days);
    for (int dayIndex = 0; dayIndex < m_days; ++dayIndex) {
        const QDate day = start.addDays(dayIndex);
        int openHour = 7;
        const std::vector<int>& hours = hourWeights(day, openHour);
        const int count = ordersForDay(rng, day, dayIndex);
        QList<PlannedOrder> dayOrders;
        for (int n = 0; n < count; ++n) {
            PlannedOrder o;
            const int hour = openHour + pickWeighted(rng, hours);
            o.at = local(day, hour, static_cast<int>(rng.bounded(60)), static_cast<int>(rng.bounded(60)));
            o.localDay = day;
            // Regulars come more often: squaring skews towards the low indexes.
            const int r = static_cast<int>(rng.bounded(kCustomers));
            o.customer = chance(rng, 300) ? (r * r / kCustomers + r) / 2 : -1;
            o.staff = pickWeighted(rng, {5, 3, 2, 0});
            o.cash = chance(rng, 230);
            const int items = 1 + pickWeighted(rng, {55, 30, 10, 5});
            std::vector<int> weights;
            for (const Product& p : menu.products) {
                const ProductDef* d = defByName.value(p.name);
                int w = d ? d->popularity * 10 : 10;
                if (d && d->daypart == Morning)
                    w = hour < 11 ? w * 2 : w / 2;
                if (d && d->daypart == Lunch)
                    w = (hour >= 11 && hour < 15) ? w * 2 : w / 3;
                weights.push_back(std::max(1, w));
            }
            for (int i = 0; i < items; ++i) {
                const Product& p = menu.products[pickWeighted(rng, weights)];
                PlannedLine line {&p, &p.sizes[0], {}, chance(rng, 50) ? 2 : 1};
                if (p.sizes.size() > 1 && chance(rng, 350))
                    line.size = &p.sizes[1];
                if (auto g = groupModifiers(p, QStringLiteral("Milk alternatives")); g && chance(rng, 260)) {
                    const int which = pickWeighted(rng, {70, 16, 14});
                    line.modifiers.append(g->modifiers[which].id);
                }
                if (auto g = groupModifiers(p, QStringLiteral("Extra shot")); g && chance(rng, 80))
                    line.modifiers.append(g->modifiers[0].id);
                if (auto g = groupModifiers(p, QStringLiteral("Syrups")); g && chance(rng, 110)) {
                    line.modifiers.append(g->modifiers[pickWeighted(rng, {45, 30, 20, 5})].id);
                }
                if (auto g = groupModifiers(p, QStringLiteral("Decaf")); g && chance(rng, 60))
                    line.modifiers.append(g->modifiers[0].id);
                if (auto g = groupModifiers(p, QStringLiteral("Cream")); g && chance(rng, 150))
                    line.modifiers.append(g->modifiers[0].id);
                if (auto g = groupModifiers(p, QStringLiteral("Bread")))
                    line.modifiers.append(g->modifiers[pickWeighted(rng, {75, 25})].id);
                o.lines.append(line);
            }
            dayOrders.append(o);
        }
        std::sort(dayOrders.begin(), dayOrders.end(),
            [](const PlannedOrder& a, const PlannedOrder& b) { return a.at < b.at; });
        orders.append(dayOrders);
    }
    return orders;
}

Status Seeder::seedHistory(DemoStats& stats)
{
    CatalogService catalog(m_database);
    auto menu = catalog.loadMenu();
    if (!menu)
        return menu.error();
    const QList<PlannedOrder> plan = planOrders(*menu);

    // Par and critical levels from the planned use: par covers the longest gap between two
    // deliveries plus two days, critical one and a half day's use.
    const int days = m_days;
    QHash<qint64, qint64> use;
    for (const PlannedOrder& o : plan) {
        for (const PlannedLine& l : o.lines) {
            for (const RecipeItem& r : menu->resolveRecipe(*l.size, l.modifiers))
                use[r.ingredientId] += r.quantity * l.quantity;
        }
    }
    QHash<qint64, qint64> par, critical, packSize;
    SqlQuery packs(m_db, QStringLiteral("SELECT ingredient_id, base_quantity FROM purchase_units"));
    CREMA_TRY(packs.run(QStringLiteral("reading purchase units")));
    while (packs.next())
        packSize.insert(packs.value(0).toLongLong(), packs.value(1).toLongLong());
    const StockItemWriter::Author by = stockAuthor();
    for (auto it = m_ingredientIds.constBegin(); it != m_ingredientIds.constEnd(); ++it) {
        const qint64 id = it.value();
        const IngredientDef& d = kIngredients[m_ingredientDef.value(id)];
        int gap = 1;
        for (int start = 0; start < 7; ++start) {
            if (!(kSuppliers[d.supplier].deliveryDays & (1 << start)))
                continue;
            int next = 1;
            while (!(kSuppliers[d.supplier].deliveryDays & (1 << ((start + next) % 7))))
                ++next;
            gap = std::max(gap, next);
        }
        const qint64 daily = (use.value(id) + days - 1) / days;
        const qint64 pack = packSize.value(id, 1);
        qint64 p = daily * (gap + 2);
        p = std::max(pack, (p + pack - 1) / pack * pack);
        const qint64 roundTo = d.unit[0] == 'p' ? 1 : 10;
        const qint64 c = std::min(p, (daily * 3 / 2 + roundTo - 1) / roundTo * roundTo);
        par.insert(id, p);
        critical.insert(id, c);
        auto levels = StockItemWriter::saveLevels(m_work, by, m_storeId,
            StoreStockLevels {stableUuid(QStringLiteral("demo/ingredient/") + it.key()),
                d.block ? StockPolicy::Block : StockPolicy::Allow, p, c});
        if (!levels)
            return levels.error();
    }

    QHash<qint64, qint64> onHand;
    qint64 movementNo = 0;
    const auto movement = [&](qint64 ingredient, const QString& kind, qint64 qty, qint64 orderId, qint64 lineId,
                              qint64 staffId, const QString& note, const QDateTime& at) -> Status {
        onHand[ingredient] += qty;
        return StockLedger::record(m_work,
            {stableUuid(QStringLiteral("demo/movement/%1").arg(++movementNo)), m_storeId, ingredient, kind, qty,
                orderId, lineId, staffId, note, when(at)});
    };

    // Opening count: everything at par the morning history starts.
    const QDate start = m_asOf.addDays(-days);
    for (auto it = par.constBegin(); it != par.constEnd(); ++it)
        CREMA_TRY(movement(it.key(), QStringLiteral("count"), it.value(), 0, 0, m_staffIds[2],
            QStringLiteral("opening count"), local(start, 6, 0, 0)));

    QHash<qint64, qint64> taxOfCategory;
    QHash<qint64, const Modifier*> modifierById;
    for (const Category& c : menu->categories)
        taxOfCategory.insert(c.id, c.taxRateBp);
    for (const ModifierGroup& g : std::as_const(menu->groups)) {
        for (const Modifier& m : g.modifiers)
            modifierById.insert(m.id, &m);
    }

    QRandomGenerator rng(static_cast<quint32>(m_asOf.toJulianDay()) ^ 0x5eedu);
    qint64 receipt = 0;
    qint64 lineNo = 0;
    QDate deliveredFor;
    for (const PlannedOrder& o : plan) {
        if (o.localDay != deliveredFor) {
            deliveredFor = o.localDay;
            const int dow = o.localDay.dayOfWeek();
            for (auto it = par.constBegin(); it != par.constEnd(); ++it) {
                const IngredientDef& d = kIngredients[m_ingredientDef.value(it.key())];
                if (!(kSuppliers[d.supplier].deliveryDays & (1 << (dow - 1))))
                    continue;
                const qint64 have = onHand.value(it.key());
                if (have >= it.value())
                    continue;
                const qint64 pack = packSize.value(it.key(), 1);
                const qint64 count = (it.value() - have + pack - 1) / pack;
                CREMA_TRY(movement(it.key(), QStringLiteral("receipt"), count * pack, 0, 0, m_staffIds[2],
                    QStringLiteral("delivery from %1").arg(QString::fromUtf8(kSuppliers[d.supplier].name)),
                    local(o.localDay, 6, 30, 0)));
            }
        }

        // What can be sold: a line whose pieces ran out (pastries, bottles, retail bags) is
        // skipped, as the customer would have picked something else.
        struct Sold {
            const PlannedLine* plan;
            QList<RecipeItem> recipe;
            qint64 unitPrice;
            qint64 total;
            qint64 taxBp;
        };
        QList<Sold> sold;
        QHash<qint64, qint64> reserved;
        for (const PlannedLine& l : o.lines) {
            QList<RecipeItem> recipe = menu->resolveRecipe(*l.size, l.modifiers);
            bool available = true;
            for (const RecipeItem& r : recipe) {
                if (r.unit == BaseUnit::Piece
                    && onHand.value(r.ingredientId) - reserved.value(r.ingredientId) < r.quantity * l.quantity)
                    available = false;
            }
            if (!available)
                continue;
            for (const RecipeItem& r : recipe)
                reserved[r.ingredientId] += r.quantity * l.quantity;
            qint64 unit = l.size->price.cents();
            for (qint64 m : l.modifiers)
                unit += modifierById.value(m)->priceDelta.cents();
            sold.append(Sold {&l, recipe, unit, unit * l.quantity, taxOfCategory.value(l.product->categoryId)});
        }
        if (sold.isEmpty())
            continue;

        qint64 total = 0, tax = 0;
        for (const Sold& s : sold) {
            total += s.total;
            tax += taxIncluded(Money(s.total), s.taxBp).cents();
        }
        ++receipt;
        const QString orderKey = QStringLiteral("demo/order/%1").arg(receipt);
        const QDateTime paidAt = o.at.addSecs(20 + rng.bounded(70));
        const BusinessTime business = businessTime(paidAt, m_tz);
        OrderRow order {stableUuid(orderKey), m_storeId, m_terminalId, receipt, m_staffIds[o.staff],
            o.customer >= 0 ? m_customerIds[o.customer] : 0, QStringLiteral("paid"), Money(total), Money(), Money(tax),
            Money(total), {}, when(o.at), when(paidAt), business.day, business.hour};
        auto orderId = OrderWriter::insertOrder(m_work, order);
        if (!orderId)
            return orderId.error();
        int n = 0;
        for (const Sold& s : sold) {
            ++lineNo;
            OrderLineRow row {stableUuid(QStringLiteral("demo/line/%1").arg(lineNo)), ++n, s.plan->product->id,
                s.plan->size->id, s.plan->product->name, s.plan->size->name, s.plan->quantity, Money(s.unitPrice),
                Money(), s.taxBp, taxIncluded(Money(s.total), s.taxBp), Money(s.total), {}, {}};
            for (qint64 m : s.plan->modifiers) {
                const Modifier* mod = modifierById.value(m);
                row.modifiers.append({m, mod->name, mod->priceDelta});
            }
            auto lineId = OrderWriter::insertLine(m_work, *orderId, row);
            if (!lineId)
                return lineId.error();
            for (const RecipeItem& r : s.recipe)
                CREMA_TRY(movement(r.ingredientId, QStringLiteral("sale"), -r.quantity * s.plan->quantity, *orderId,
                    *lineId, m_staffIds[o.staff], QStringLiteral("receipt %1").arg(receipt), paidAt));
        }
        if (o.cash) {
            // Customers hand over the next note up, or the exact amount a third of the time.
            qint64 tendered = total;
            if (!chance(rng, 330)) {
                const qint64 note = total <= 500 ? 500 : total <= 1000 ? 1000 : 2000;
                tendered = std::max(note, (total + 499) / 500 * 500);
            }
            CREMA_TRY(OrderWriter::insertPayment(m_work, *orderId,
                {stableUuid(orderKey + QStringLiteral("/pay")), QStringLiteral("cash"), Money(total), Money(tendered),
                    Money(tendered - total), {}, when(paidAt)}));
        } else {
            CREMA_TRY(OrderWriter::insertPayment(m_work, *orderId,
                {stableUuid(orderKey + QStringLiteral("/pay")), QStringLiteral("card"), Money(total), std::nullopt,
                    std::nullopt, QStringLiteral("A%1").arg(rng.bounded(1000000), 6, 10, QLatin1Char('0')),
                    when(paidAt)}));
        }
        const qint64 earned = LoyaltyRules {}.pointsFor(Money(total - tax), 2);
        if (o.customer >= 0 && earned > 0)
            CREMA_TRY(PointsLedger::record(m_work,
                {stableUuid(orderKey + QStringLiteral("/points")), m_customerIds[o.customer], *orderId, earned,
                    QStringLiteral("earn"), {}, when(paidAt)}));
        ++stats.orders;
    }
    stats.days = days;
    return {};
}

Status Seeder::run(DemoStats& stats)
{
    const QDate historyStart = m_asOf.addDays(-m_days - 200);
    ManualClock setupClock(local(historyStart, 8, 0, 0));
    StoreSetup setup;
    setup.storeName = QStringLiteral("Crema Demo Café");
    setup.currency = QStringLiteral("GBP");
    setup.pricesIncludeTax = true;
    setup.timeZone = QStringLiteral("Europe/London");
    setup.terminalName = QStringLiteral("Till 1");
    setup.storeUuid = stableUuid(QStringLiteral("demo/store"));
    setup.terminalUuid = stableUuid(QStringLiteral("demo/terminal/1"));
    const QList<InitialStaff> staff {{QStringLiteral("Sam Cashier"), Role::Cashier, QStringLiteral("1111")},
        {QStringLiteral("Alex Barista"), Role::Barista, QStringLiteral("2222")},
        {QStringLiteral("Morgan Manager"), Role::Manager, QStringLiteral("3333")},
        {QStringLiteral("Olive Owner"), Role::Owner, QStringLiteral("4444")}};
    CREMA_TRY(Setup::createSite(m_db, setupClock, setup, staff));
    m_clock = &setupClock;

    auto ids = queryScalar(m_db, QStringLiteral("SELECT id FROM terminals WHERE uuid = ?"), {setup.terminalUuid},
        QStringLiteral("reading the demo till"));
    if (!ids)
        return ids.error();
    m_terminalId = ids->toLongLong();
    auto store = queryScalar(m_db, QStringLiteral("SELECT store_id FROM terminals WHERE id = ?"), {m_terminalId},
        QStringLiteral("reading the demo store"));
    if (!store)
        return store.error();
    m_storeId = store->toLongLong();
    SqlQuery staffIds(m_db, QStringLiteral("SELECT id FROM staff ORDER BY id"));
    CREMA_TRY(staffIds.run(QStringLiteral("reading demo staff")));
    while (staffIds.next())
        m_staffIds.append(staffIds.value(0).toLongLong());

    CREMA_TRY(seedSuppliersAndIngredients());
    CREMA_TRY(seedCatalog(setupClock));
    CREMA_TRY(seedCustomers());
    CREMA_TRY(seedHistory(stats));
    stats.products = static_cast<int>(products().size());
    stats.categories = static_cast<int>(std::size(kCategories));
    stats.ingredients = static_cast<int>(std::size(kIngredients));
    stats.customers = kCustomers;
    return {};
}

} // namespace

Result<DemoStats> DemoCafe::seed(Database& db, const QDate& asOf, int days)
{
    if (days < 7 || days > 3660)
        return fail(Error::Code::InvalidInput, QStringLiteral("demo history: %1 days is not 7 to 3660").arg(days));
    if (!asOf.isValid())
        return fail(Error::Code::InvalidInput, QStringLiteral("demo date is not a valid date"));
    auto work = UnitOfWork::begin(db);
    if (!work)
        return work.error();
    DemoStats stats;
    Seeder seeder(work->db(), *work, db, asOf, days);
    CREMA_TRY(seeder.run(stats));
    work->record(Change {Change::Kind::SalesImported});
    CREMA_TRY(work->commit());
    return stats;
}

} // namespace crema

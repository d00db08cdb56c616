#include "forecastservice.h"

#include "catalog/catalogservice.h"
#include "storage/database.h"
#include "storage/scopedtransaction.h"
#include "storage/sql.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

namespace crema {

namespace {

// How far back a method looks (8 weeks) plus a week of slack for horizons past the cutoff.
constexpr int kLookback = 63;
// The mix of sizes and modifiers comes from the last 4 weeks, or the whole loaded window when a
// product did not sell in them.
constexpr int kMixDays = 28;

// Units sold per product and day, from `origin` on, with each product's first day of sale.
struct History {
    QDate origin;
    int days = 0;
    std::map<qint64, DailySeries> series;
    QHash<qint64, int> firstSale; // day index, may be negative (before origin)
    QHash<qint64, QString> names;

    int index(const QDate& d) const { return static_cast<int>(origin.daysTo(d)); }
};

Result<History> loadHistory(const QSqlDatabase& db, qint64 storeId, const QDate& origin, const QDate& last)
{
    History h;
    h.origin = origin;
    h.days = static_cast<int>(origin.daysTo(last)) + 1;
    SqlQuery daily(db,
        QStringLiteral("SELECT day, product_id, quantity FROM sales_product_daily WHERE store_id = ? AND day BETWEEN ? "
                       "AND ? AND quantity > 0"));
    daily.bindAll({storeId, origin.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    CREMA_TRY(daily.run(QStringLiteral("reading daily sales")));
    while (daily.next()) {
        const int day = h.index(QDate::fromString(daily.value(0).toString(), Qt::ISODate));
        DailySeries& s = h.series[daily.value(1).toLongLong()];
        if (s.empty())
            s.assign(static_cast<size_t>(h.days), 0);
        if (day >= 0 && day < h.days)
            s[static_cast<size_t>(day)] = daily.value(2).toLongLong();
    }
    SqlQuery first(db,
        QStringLiteral("SELECT s.product_id, min(s.day), p.name FROM sales_product_daily AS s JOIN products AS p "
                       "ON p.id = s.product_id WHERE s.store_id = ? AND s.day <= ? AND s.quantity > 0 "
                       "GROUP BY s.product_id"));
    first.bindAll({storeId, last.toString(Qt::ISODate)});
    CREMA_TRY(first.run(QStringLiteral("reading first sales")));
    while (first.next()) {
        const qint64 id = first.value(0).toLongLong();
        h.firstSale.insert(id, h.index(QDate::fromString(first.value(1).toString(), Qt::ISODate)));
        h.names.insert(id, first.value(2).toString());
    }
    return h;
}

// Per product, what one unit sold takes from stock on average: the sizes in the proportions sold,
// each with its modifiers at the rate they were chosen.
Result<QHash<qint64, QHash<qint64, double>>> unitRecipes(
    const QSqlDatabase& db, const Menu& menu, qint64 storeId, const QDate& from, const QDate& to)
{
    SqlQuery mix(db,
        QStringLiteral("SELECT size_id, modifier_id, sum(quantity) FROM sales_mix_daily WHERE store_id = ? AND day "
                       "BETWEEN ? AND ? GROUP BY size_id, modifier_id"));
    mix.bindAll({storeId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    CREMA_TRY(mix.run(QStringLiteral("reading the mix sold")));
    QHash<qint64, qint64> sizeUnits;
    QHash<qint64, QList<QPair<qint64, qint64>>> modifierUnits;
    while (mix.next()) {
        const qint64 size = mix.value(0).toLongLong();
        const qint64 modifier = mix.value(1).toLongLong();
        if (modifier == 0)
            sizeUnits.insert(size, mix.value(2).toLongLong());
        else
            modifierUnits[size].append({modifier, mix.value(2).toLongLong()});
    }

    QHash<qint64, QHash<qint64, double>> out;
    for (const Product& p : menu.products) {
        qint64 units = 0;
        for (const ProductSize& s : p.sizes)
            units += sizeUnits.value(s.id);
        QHash<qint64, double> recipe;
        for (const ProductSize& s : p.sizes) {
            // Not sold lately: the first size as it comes.
            const double share = units > 0 ? static_cast<double>(sizeUnits.value(s.id)) / static_cast<double>(units)
                                           : (&s == &p.sizes.first() ? 1.0 : 0.0);
            if (share <= 0)
                continue;
            const QList<RecipeItem> base = menu.resolveRecipe(s, {});
            for (const RecipeItem& r : base)
                recipe[r.ingredientId] += share * static_cast<double>(r.quantity);
            const qint64 sold = sizeUnits.value(s.id);
            if (sold <= 0)
                continue;
            for (const auto& [modifier, withIt] : modifierUnits.value(s.id)) {
                // The modifier's effect: the recipe with it less the recipe without it.
                const double rate = share * static_cast<double>(withIt) / static_cast<double>(sold);
                QHash<qint64, qint64> delta;
                for (const RecipeItem& r : menu.resolveRecipe(s, {modifier}))
                    delta[r.ingredientId] += r.quantity;
                for (const RecipeItem& r : base)
                    delta[r.ingredientId] -= r.quantity;
                for (auto it = delta.constBegin(); it != delta.constEnd(); ++it)
                    recipe[it.key()] += rate * static_cast<double>(it.value());
            }
        }
        out.insert(p.id, recipe);
    }
    return out;
}

struct StockRow {
    QString name;
    BaseUnit unit = BaseUnit::Gram;
    qint64 onHand = 0;
    qint64 packSize = 0;
    QString packName;
    QString supplier;
};

Result<std::map<qint64, StockRow>> readStock(const QSqlDatabase& db, qint64 storeId)
{
    // The main purchase unit is the first one recorded, as on the stock screen.
    SqlQuery q(db,
        QStringLiteral("SELECT i.id, i.name, i.base_unit, coalesce(si.on_hand, 0), pu.base_quantity, pu.name, s.name "
                       "FROM ingredients AS i LEFT JOIN store_ingredients AS si ON si.ingredient_id = i.id AND "
                       "si.store_id = ? LEFT JOIN purchase_units AS pu ON pu.id = (SELECT min(id) FROM purchase_units "
                       "WHERE ingredient_id = i.id) LEFT JOIN suppliers AS s ON s.id = pu.supplier_id"));
    q.bind(storeId);
    CREMA_TRY(q.run(QStringLiteral("reading stock")));
    std::map<qint64, StockRow> out;
    while (q.next()) {
        StockRow r;
        r.name = q.value(1).toString();
        auto unit = parseBaseUnit(q.value(2).toString());
        r.unit = unit ? *unit : BaseUnit::Piece;
        r.onHand = q.value(3).toLongLong();
        r.packSize = q.value(4).toLongLong();
        r.packName = q.value(5).toString();
        r.supplier = q.value(6).toString();
        out.emplace(q.value(0).toLongLong(), r);
    }
    return out;
}

qint64 roundUp(double x)
{
    // Sums of fractions land a hair above a whole number; that hair is not another gram.
    return static_cast<qint64>(std::ceil(x - 1e-6));
}

Status checkStart(const QDate& start)
{
    if (!start.isValid())
        return fail(Error::Code::InvalidInput, QStringLiteral("a forecast needs a valid first day"));
    return {};
}

} // namespace

QString forecastStatusCode(ForecastStatus status)
{
    switch (status) {
    case ForecastStatus::Ok:
        return QStringLiteral("OK");
    case ForecastStatus::Warning:
        return QStringLiteral("WARNING");
    case ForecastStatus::Critical:
        return QStringLiteral("CRITICAL");
    }
    return {};
}

double ProductForecast::total() const
{
    double sum = 0;
    for (double d : daily)
        sum += d;
    return sum;
}

ForecastService::ForecastService(Database& db, CatalogService& catalog, qint64 storeId)
    : m_db(db)
    , m_catalog(catalog)
    , m_storeId(storeId)
{ }

Result<ForecastResult> ForecastService::forecast(const StaffMember& by, const ForecastOptions& options)
{
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
    CREMA_TRY(checkStart(options.start));
    if (options.horizon < 1 || options.horizon > kMaxHorizon)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("a forecast horizon of %1 days is not 1 to %2").arg(options.horizon).arg(kMaxHorizon));
    auto menu = m_catalog.loadMenu();
    if (!menu)
        return menu.error();
    const QSqlDatabase db = m_db.connection();
    auto tx = ScopedTransaction::beginRead(db);
    if (!tx)
        return tx.error();
    const QDate origin = options.start.addDays(-(kBacktestDays + kLookback));
    const QDate last = options.start.addDays(-1);
    auto history = loadHistory(db, m_storeId, origin, last);
    if (!history)
        return history.error();
    auto recipes = unitRecipes(db, *menu, m_storeId, options.start.addDays(-kMixDays), last);
    if (!recipes)
        return recipes.error();
    auto longRecipes = unitRecipes(db, *menu, m_storeId, origin, last);
    if (!longRecipes)
        return longRecipes.error();
    auto stock = readStock(db, m_storeId);
    if (!stock)
        return stock.error();
    CREMA_TRY(tx->commit());

    ForecastResult out;
    out.start = options.start;
    out.horizon = options.horizon;
    out.method = options.method;
    const int cutoff = history->index(options.start);
    const int backtestFrom = cutoff - kBacktestDays;
    std::map<qint64, double> demand;
    for (const auto& [productId, series] : history->series) {
        const int firstSale = history->firstSale.value(productId, cutoff);
        ProductForecast p;
        p.productId = productId;
        p.product = history->names.value(productId);
        p.method = options.method == ForecastMethod::Auto ? chooseMethod(series, firstSale, backtestFrom, cutoff - 1)
                                                          : options.method;
        for (int d = 0; d < options.horizon; ++d)
            p.daily.append(forecastDay(p.method, series, cutoff, cutoff + d));
        p.backtest = backtestSeries(p.method, series, firstSale, backtestFrom, cutoff - 1);
        out.backtest += p.backtest;
        // The recipe of a product that sold in the last four weeks comes from that mix.
        const QHash<qint64, double> recipe
            = recipes->value(productId).isEmpty() ? longRecipes->value(productId) : recipes->value(productId);
        const double units = p.total();
        for (auto it = recipe.constBegin(); it != recipe.constEnd(); ++it)
            demand[it.key()] += units * it.value();
        out.products.append(p);
    }
    std::stable_sort(out.products.begin(), out.products.end(), [](const ProductForecast& a, const ProductForecast& b) {
        return a.total() > b.total() || (a.total() == b.total() && a.product < b.product);
    });

    for (const auto& [id, row] : *stock) {
        IngredientForecast f;
        f.ingredientId = id;
        f.name = row.name;
        f.unit = row.unit;
        f.onHand = row.onHand;
        f.demand = roundUp(demand.count(id) ? demand.at(id) : 0.0);
        // CRITICAL below the forecast, WARNING below 1.5 times it (in whole units: 2 x on-hand < 3 x demand).
        f.status = f.onHand < f.demand    ? ForecastStatus::Critical
            : 2 * f.onHand < 3 * f.demand ? ForecastStatus::Warning
                                          : ForecastStatus::Ok;
        const qint64 target = (3 * f.demand + 1) / 2;
        if (f.status != ForecastStatus::Ok && target > f.onHand) {
            const qint64 need = target - f.onHand;
            if (row.packSize > 0) {
                f.packs = (need + row.packSize - 1) / row.packSize;
                f.suggestedOrder = f.packs * row.packSize;
            } else {
                f.suggestedOrder = need;
            }
        }
        f.packName = row.packName;
        f.supplier = row.supplier;
        out.ingredients.append(f);
    }
    std::stable_sort(
        out.ingredients.begin(), out.ingredients.end(), [](const IngredientForecast& a, const IngredientForecast& b) {
            if (a.status != b.status)
                return static_cast<int>(a.status) > static_cast<int>(b.status);
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
    return out;
}

void ForecastService::releaseThreadConnection()
{
    m_db.releaseConnection();
}

Result<BacktestResult> ForecastService::backtest(const StaffMember& by, const DateRange& range, ForecastMethod method)
{
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
    CREMA_TRY(checkRange(range, QStringLiteral("the backtest")));
    if (range.to >= range.from.addYears(kMaxDailyReportYears))
        return fail(Error::Code::InvalidInput,
            QStringLiteral("a backtest covers less than %1 years; %2 to %3 is longer")
                .arg(kMaxDailyReportYears)
                .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)));
    const QSqlDatabase db = m_db.connection();
    auto tx = ScopedTransaction::beginRead(db);
    if (!tx)
        return tx.error();
    const QDate origin = range.from.addDays(-kLookback);
    auto history = loadHistory(db, m_storeId, origin, range.to);
    if (!history)
        return history.error();
    CREMA_TRY(tx->commit());

    BacktestResult out;
    out.range = range;
    out.method = method;
    out.all.product = QStringLiteral("ALL");
    out.all.method = method;
    const int from = history->index(range.from);
    const int to = history->index(range.to);
    for (const auto& [productId, series] : history->series) {
        const int firstSale = history->firstSale.value(productId, to);
        BacktestRow row;
        row.productId = productId;
        row.product = history->names.value(productId);
        row.method = method == ForecastMethod::Auto ? chooseMethod(series, firstSale, from, to) : method;
        row.errors = backtestSeries(row.method, series, firstSale, from, to);
        if (row.errors.days == 0)
            continue;
        out.all.errors += row.errors;
        out.products.append(row);
    }
    std::sort(out.products.begin(), out.products.end(), [](const BacktestRow& a, const BacktestRow& b) {
        return a.product.compare(b.product, Qt::CaseInsensitive) < 0;
    });
    return out;
}

Result<QList<DailyForecastPoint>> ForecastService::history(
    const StaffMember& by, qint64 productId, const QDate& start, int days, ForecastMethod method)
{
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
    CREMA_TRY(checkStart(start));
    if (days < 1 || days > 366)
        return fail(Error::Code::InvalidInput, QStringLiteral("%1 days of history is not 1 to 366").arg(days));
    const QSqlDatabase db = m_db.connection();
    auto tx = ScopedTransaction::beginRead(db);
    if (!tx)
        return tx.error();
    const QDate origin = start.addDays(-(std::max(days, kBacktestDays) + kLookback));
    auto history = loadHistory(db, m_storeId, origin, start.addDays(-1));
    if (!history)
        return history.error();
    CREMA_TRY(tx->commit());

    const int cutoff = history->index(start);
    const auto it = history->series.find(productId);
    const DailySeries empty(static_cast<size_t>(history->days), 0);
    const DailySeries& series = it == history->series.end() ? empty : it->second;
    const int firstSale = history->firstSale.value(productId, cutoff);
    const ForecastMethod used
        = method == ForecastMethod::Auto ? chooseMethod(series, firstSale, cutoff - kBacktestDays, cutoff - 1) : method;
    QList<DailyForecastPoint> out;
    for (int d = cutoff - days; d < cutoff; ++d) {
        DailyForecastPoint p;
        p.day = history->origin.addDays(d);
        p.actual = series[static_cast<size_t>(d)];
        p.forecast = forecastDay(used, series, d, d);
        out.append(p);
    }
    return out;
}

// ---- JSON contracts -------------------------------------------------------------------------------

namespace {

QJsonValue wapeJson(const BacktestErrors& e)
{
    return e.wape() < 0 ? QJsonValue() : QJsonValue(std::round(e.wape() * 10000) / 10000);
}

QJsonObject forecastHeaderJson(const ForecastResult& r, const QString& store)
{
    return {{QStringLiteral("store"), store}, {QStringLiteral("start"), r.start.toString(Qt::ISODate)},
        {QStringLiteral("horizon"), r.horizon}, {QStringLiteral("method"), forecastMethodName(r.method)}};
}

} // namespace

QJsonObject backtestErrorsJson(const BacktestErrors& e)
{
    return {{QStringLiteral("wape"), wapeJson(e)}, {QStringLiteral("days"), e.days},
        {QStringLiteral("actual"), e.actual}, {QStringLiteral("forecast"), std::round(e.forecast * 100) / 100},
        {QStringLiteral("abs_error"), std::round(e.absError * 100) / 100}};
}

QJsonObject ForecastResult::ingredientsJson(const QString& store) const
{
    QJsonArray list;
    for (const IngredientForecast& f : ingredients)
        list.append(QJsonObject {{QStringLiteral("ingredient"), f.name}, {QStringLiteral("unit"), unitSymbol(f.unit)},
            {QStringLiteral("on_hand"), f.onHand}, {QStringLiteral("forecast"), f.demand},
            {QStringLiteral("status"), forecastStatusCode(f.status)},
            {QStringLiteral("suggested_order"), f.suggestedOrder}, {QStringLiteral("packs"), f.packs},
            {QStringLiteral("pack"), f.packName}, {QStringLiteral("supplier"), f.supplier}});
    QJsonObject o = forecastHeaderJson(*this, store);
    o.insert(QStringLiteral("backtest"), backtestErrorsJson(backtest));
    o.insert(QStringLiteral("ingredients"), list);
    return o;
}

QJsonObject ForecastResult::productsJson(const QString& store) const
{
    QJsonArray list;
    for (const ProductForecast& f : products) {
        QJsonArray perDay;
        for (int d = 0; d < f.daily.size(); ++d)
            perDay.append(QJsonObject {{QStringLiteral("date"), day(d).toString(Qt::ISODate)},
                {QStringLiteral("forecast"), std::round(f.daily[d] * 100) / 100}});
        list.append(QJsonObject {{QStringLiteral("product"), f.product},
            {QStringLiteral("method"), forecastMethodName(f.method)}, {QStringLiteral("days"), perDay},
            {QStringLiteral("backtest"), backtestErrorsJson(f.backtest)}});
    }
    QJsonObject o = forecastHeaderJson(*this, store);
    o.insert(QStringLiteral("products"), list);
    return o;
}

QJsonObject BacktestResult::toJson() const
{
    QJsonArray list;
    for (const BacktestRow& r : products) {
        QJsonObject o = backtestErrorsJson(r.errors);
        o.insert(QStringLiteral("product"), r.product);
        o.insert(QStringLiteral("method"), forecastMethodName(r.method));
        list.append(o);
    }
    return {{QStringLiteral("from"), range.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), range.to.toString(Qt::ISODate)}, {QStringLiteral("method"), forecastMethodName(method)},
        {QStringLiteral("products"), list}, {QStringLiteral("all"), backtestErrorsJson(all.errors)}};
}

} // namespace crema

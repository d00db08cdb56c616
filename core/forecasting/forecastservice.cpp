#include "forecastservice.h"

#include "catalog/catalogservice.h"
#include "storage/database.h"
#include "storage/scopedtransaction.h"
#include "storage/sql.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstring>
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

// Units sold per size (modifier 0) and, per size, units that carried each modifier.
struct MixRows {
    QHash<qint64, qint64> sizeUnits;
    QHash<qint64, QList<QPair<qint64, qint64>>> modifierUnits;

    void add(qint64 size, qint64 modifier, qint64 units)
    {
        if (modifier == 0)
            sizeUnits[size] += units;
        else
            modifierUnits[size].append({modifier, units});
    }
};

Result<MixRows> readMix(const QSqlDatabase& db, qint64 storeId, const QDate& from, const QDate& to)
{
    SqlQuery mix(db,
        QStringLiteral("SELECT size_id, modifier_id, sum(quantity) FROM sales_mix_daily WHERE store_id = ? AND day "
                       "BETWEEN ? AND ? GROUP BY size_id, modifier_id"));
    mix.bindAll({storeId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    CREMA_TRY(mix.run(QStringLiteral("reading the mix sold")));
    MixRows out;
    while (mix.next())
        out.add(mix.value(0).toLongLong(), mix.value(1).toLongLong(), mix.value(2).toLongLong());
    return out;
}

// Per product, what one unit sold takes from stock on average: the sizes in the proportions sold,
// each with its modifiers at the rate they were chosen.
QHash<qint64, QHash<qint64, double>> unitRecipes(const MixRows& mixRows, const Menu& menu)
{
    const QHash<qint64, qint64>& sizeUnits = mixRows.sizeUnits;
    const QHash<qint64, QList<QPair<qint64, qint64>>>& modifierUnits = mixRows.modifierUnits;

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

// What the forecast works on, read from the till's file or matched from HQ's ForecastData.
struct Inputs {
    History history;
    MixRows recent;
    MixRows whole;
    std::map<qint64, StockRow> stock;
};

// The forecast itself, the same for a till and for the chain.
ForecastResult computeForecast(const ForecastOptions& options, const Menu& menu, const Inputs& in);

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

namespace {

Status checkOptions(const ForecastOptions& options)
{
    CREMA_TRY(checkStart(options.start));
    if (options.horizon < 1 || options.horizon > ForecastService::kMaxHorizon)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("a forecast horizon of %1 days is not 1 to %2")
                .arg(options.horizon)
                .arg(ForecastService::kMaxHorizon));
    return {};
}

} // namespace

ForecastWindow ForecastWindow::forStart(const QDate& start)
{
    return {start.addDays(-(ForecastService::kBacktestDays + kLookback)), start.addDays(-1), start.addDays(-kMixDays)};
}

Result<ForecastResult> ForecastService::forecast(const StaffMember& by, const ForecastOptions& options)
{
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
    CREMA_TRY(checkOptions(options));
    auto menu = m_catalog.loadMenu();
    if (!menu)
        return menu.error();
    const QSqlDatabase db = m_db.connection();
    auto tx = ScopedTransaction::beginRead(db);
    if (!tx)
        return tx.error();
    const ForecastWindow w = ForecastWindow::forStart(options.start);
    Inputs in;
    auto history = loadHistory(db, m_storeId, w.origin, w.last);
    if (!history)
        return history.error();
    in.history = std::move(*history);
    auto recent = readMix(db, m_storeId, w.mixFrom, w.last);
    if (!recent)
        return recent.error();
    in.recent = std::move(*recent);
    auto whole = readMix(db, m_storeId, w.origin, w.last);
    if (!whole)
        return whole.error();
    in.whole = std::move(*whole);
    auto stock = readStock(db, m_storeId);
    if (!stock)
        return stock.error();
    in.stock = std::move(*stock);
    CREMA_TRY(tx->commit());
    return computeForecast(options, *menu, in);
}

namespace {

// HQ's ForecastData as this till's inputs: the chain's uuids matched to this file's ids, the stock
// rows (names, packs, suppliers) this till's, their on-hand the chain's.
Result<Inputs> chainInputs(const QSqlDatabase& db, qint64 storeId, const ForecastData& chain, const ForecastWindow& w)
{
    auto tx = ScopedTransaction::beginRead(db);
    if (!tx)
        return tx.error();
    // The chain's uuids as this till's ids.
    const auto ids = [&](const QString& table) -> Result<QHash<QString, std::pair<qint64, QString>>> {
        SqlQuery q(db,
            QStringLiteral("SELECT uuid, id, %1 FROM %2")
                .arg(table == u"products" ? QStringLiteral("name") : QStringLiteral("''"), table));
        CREMA_TRY(q.run(QStringLiteral("reading the %1").arg(table)));
        QHash<QString, std::pair<qint64, QString>> out;
        while (q.next())
            out.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString()});
        return out;
    };
    auto products = ids(QStringLiteral("products"));
    if (!products)
        return products.error();
    auto sizes = ids(QStringLiteral("product_sizes"));
    if (!sizes)
        return sizes.error();
    auto modifiers = ids(QStringLiteral("modifiers"));
    if (!modifiers)
        return modifiers.error();
    auto ingredients = ids(QStringLiteral("ingredients"));
    if (!ingredients)
        return ingredients.error();
    auto stock = readStock(db, storeId);
    if (!stock)
        return stock.error();
    CREMA_TRY(tx->commit());

    Inputs in;
    in.history.origin = w.origin;
    in.history.days = static_cast<int>(w.origin.daysTo(w.last)) + 1;
    for (const ForecastData::Daily& d : chain.daily) {
        const auto p = products->constFind(d.product);
        const int day = in.history.index(d.day);
        if (p == products->constEnd() || day < 0 || day >= in.history.days || d.units <= 0)
            continue;
        DailySeries& series = in.history.series[p->first];
        if (series.empty())
            series.assign(static_cast<size_t>(in.history.days), 0);
        series[static_cast<size_t>(day)] += d.units;
    }
    for (const auto& [uuid, day] : chain.firstSale) {
        const auto p = products->constFind(uuid);
        if (p == products->constEnd())
            continue;
        in.history.firstSale.insert(p->first, in.history.index(day));
        in.history.names.insert(p->first, p->second);
    }
    const auto mixOf = [&](const QList<ForecastData::Mix>& rows) {
        MixRows out;
        for (const ForecastData::Mix& m : rows) {
            const auto size = sizes->constFind(m.size);
            const auto modifier = modifiers->constFind(m.modifier);
            if (size == sizes->constEnd() || (!m.modifier.isEmpty() && modifier == modifiers->constEnd()))
                continue;
            out.add(size->first, m.modifier.isEmpty() ? 0 : modifier->first, m.units);
        }
        return out;
    };
    in.recent = mixOf(chain.recentMix);
    in.whole = mixOf(chain.mix);
    // The stores' stock, as HQ's ledger adds it up; an ingredient with no movements has none.
    for (auto& [id, row] : *stock)
        row.onHand = 0;
    for (const auto& [uuid, onHand] : chain.onHand) {
        const auto i = ingredients->constFind(uuid);
        if (i != ingredients->constEnd() && stock->count(i->first))
            stock->at(i->first).onHand = onHand;
    }
    in.stock = std::move(*stock);
    return in;
}

} // namespace

Result<ForecastResult> ForecastService::forecast(
    const StaffMember& by, const ForecastOptions& options, const ForecastData& chain)
{
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
    CREMA_TRY(checkOptions(options));
    auto menu = m_catalog.loadMenu();
    if (!menu)
        return menu.error();
    auto in = chainInputs(m_db.connection(), m_storeId, chain, ForecastWindow::forStart(options.start));
    if (!in)
        return in.error();
    return computeForecast(options, *menu, *in);
}

namespace {

ForecastResult computeForecast(const ForecastOptions& options, const Menu& menu, const Inputs& in)
{
    const QHash<qint64, QHash<qint64, double>> recipes = unitRecipes(in.recent, menu);
    const QHash<qint64, QHash<qint64, double>> longRecipes = unitRecipes(in.whole, menu);
    const History* history = &in.history;
    const std::map<qint64, StockRow>* stock = &in.stock;

    ForecastResult out;
    out.start = options.start;
    out.horizon = options.horizon;
    out.method = options.method;
    const int cutoff = history->index(options.start);
    const int backtestFrom = cutoff - ForecastService::kBacktestDays;
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
            = recipes.value(productId).isEmpty() ? longRecipes.value(productId) : recipes.value(productId);
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

} // namespace

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
    return history(by, productId, start, days, method, nullptr);
}

Result<QList<DailyForecastPoint>> ForecastService::history(const StaffMember& by, qint64 productId, const QDate& start,
    int days, ForecastMethod method, const ForecastData* chain)
{
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
    CREMA_TRY(checkStart(start));
    if (days < 1 || days > 366)
        return fail(Error::Code::InvalidInput, QStringLiteral("%1 days of history is not 1 to 366").arg(days));
    const QSqlDatabase db = m_db.connection();
    const QDate origin = start.addDays(-(std::max(days, kBacktestDays) + kLookback));
    Result<History> history = History {};
    if (chain) {
        // HQ's data covers a forecast's window: the 8 weeks shown, and the weeks before them.
        const ForecastWindow w = ForecastWindow::forStart(start);
        if (origin < w.origin)
            return fail(Error::Code::InvalidInput,
                QStringLiteral("the chain's history shows at most %1 days").arg(kBacktestDays));
        auto in = chainInputs(db, m_storeId, *chain, w);
        if (!in)
            return in.error();
        history = std::move(in->history);
    } else {
        auto tx = ScopedTransaction::beginRead(db);
        if (!tx)
            return tx.error();
        history = loadHistory(db, m_storeId, origin, start.addDays(-1));
        if (!history)
            return history.error();
        CREMA_TRY(tx->commit());
    }

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

QJsonObject ForecastData::toJson() const
{
    QJsonArray days;
    for (const Daily& d : daily)
        days.append(QJsonArray {d.day.toString(Qt::ISODate), d.product, d.units});
    QJsonArray first;
    for (const auto& [product, day] : firstSale)
        first.append(QJsonArray {product, day.toString(Qt::ISODate)});
    const auto mixJson = [](const QList<Mix>& rows) {
        QJsonArray out;
        for (const Mix& m : rows)
            out.append(QJsonArray {m.size, m.modifier, m.units});
        return out;
    };
    QJsonArray stock;
    for (const auto& [ingredient, units] : onHand)
        stock.append(QJsonArray {ingredient, units});
    return {{QStringLiteral("daily"), days}, {QStringLiteral("first_sale"), first},
        {QStringLiteral("mix"), mixJson(mix)}, {QStringLiteral("recent_mix"), mixJson(recentMix)},
        {QStringLiteral("on_hand"), stock}};
}

Result<ForecastData> ForecastData::fromJson(const QJsonObject& o, const QString& where)
{
    // Each row: a list of texts then whole numbers, as many as `shape` says ('t' or 'n'; 'd' a date).
    const auto rows = [&](const char* key, const char* shape) -> Result<QList<QJsonArray>> {
        const QString what = QStringLiteral("%1, %2").arg(where, QLatin1String(key));
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            return fail(Error::Code::InvalidInput, QStringLiteral("%1 is not a list").arg(what));
        const auto count = static_cast<qsizetype>(std::strlen(shape));
        QList<QJsonArray> out;
        int n = 0;
        for (const QJsonValue& r : v.toArray()) {
            ++n;
            const QJsonArray row = r.toArray();
            bool ok = r.isArray() && row.size() == count;
            for (qsizetype i = 0; ok && i < count; ++i) {
                const QJsonValue x = row.at(i);
                if (shape[i] == 'n')
                    ok = x.isDouble() && std::abs(x.toDouble()) < 1e15;
                else if (shape[i] == 'd')
                    ok = QDate::fromString(x.toString(), Qt::ISODate).isValid();
                else
                    ok = x.isString() && x.toString().size() <= 64;
            }
            if (!ok)
                return fail(Error::Code::InvalidInput, QStringLiteral("%1, row %2 is malformed").arg(what).arg(n));
            out.append(row);
        }
        return out;
    };
    ForecastData out;
    auto days = rows("daily", "dtn");
    if (!days)
        return days.error();
    for (const QJsonArray& r : *days)
        out.daily.append({QDate::fromString(r.at(0).toString(), Qt::ISODate), r.at(1).toString(), r.at(2).toInteger()});
    auto first = rows("first_sale", "td");
    if (!first)
        return first.error();
    for (const QJsonArray& r : *first)
        out.firstSale.append({r.at(0).toString(), QDate::fromString(r.at(1).toString(), Qt::ISODate)});
    auto mix = rows("mix", "ttn");
    if (!mix)
        return mix.error();
    for (const QJsonArray& r : *mix)
        out.mix.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toInteger()});
    auto recent = rows("recent_mix", "ttn");
    if (!recent)
        return recent.error();
    for (const QJsonArray& r : *recent)
        out.recentMix.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toInteger()});
    auto stock = rows("on_hand", "tn");
    if (!stock)
        return stock.error();
    for (const QJsonArray& r : *stock)
        out.onHand.append({r.at(0).toString(), r.at(1).toInteger()});
    return out;
}

} // namespace crema

#include "backoffice.h"

#include "demo/historygenerator.h"
#include "forecasting/forecastservice.h"
#include "importing/csvreader.h"
#include "importing/salesimport.h"
#include "reporting/salesreport.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <cmath>

namespace crema::cli {

namespace {

void printCsv(const QStringList& fields)
{
    QStringList escaped;
    for (const QString& f : fields)
        escaped << csvField(f);
    out() << escaped.join(QLatin1Char(',')) << "\n";
}

// Reads --from and --to (both required, yyyy-MM-dd). Returns an exit code, or -1.
int readRange(const QCommandLineParser& p, const Context& ctx, const QCommandLineOption& from,
    const QCommandLineOption& to, DateRange& range)
{
    for (const QCommandLineOption* o : {&from, &to}) {
        if (!p.isSet(*o))
            return usage(ctx.command, QStringLiteral("--%1 DATE is required").arg(o->names().first()));
    }
    auto first = parseIsoDate(p.value(from), QStringLiteral("--from"));
    if (!first)
        return usage(ctx.command, first.error().message);
    auto last = parseIsoDate(p.value(to), QStringLiteral("--to"));
    if (!last)
        return usage(ctx.command, last.error().message);
    if (*first > *last)
        return usage(ctx.command,
            QStringLiteral("--from %1 is after --to %2").arg(p.value(from).trimmed(), p.value(to).trimmed()));
    range = {*first, *last};
    return -1;
}

// Opens the till and reads --store NAME (matched without regard to case). Without --store:
// every store (id 0, "all") when allStores, else this till's own.
// Returns an exit code to stop with, or -1.
int openTillAndStore(const QCommandLineParser& p, const Context& ctx, const QCommandLineOption& store, bool allStores,
    std::unique_ptr<Till>& till, StoreChoice& chosen)
{
    auto opened = openTill(ctx);
    if (!opened)
        return cli::report(opened.error());
    till = std::move(opened).value();
    chosen
        = allStores ? StoreChoice {0, QStringLiteral("all")} : StoreChoice {till->site.storeId, till->site.storeName};
    if (!p.isSet(store))
        return -1;
    auto stores = SalesReport(*till->db).stores();
    if (!stores)
        return cli::report(stores.error());
    QStringList names;
    for (const StoreChoice& s : *stores) {
        names << s.name;
        if (s.name.compare(p.value(store).trimmed(), Qt::CaseInsensitive) == 0) {
            chosen = s;
            return -1;
        }
    }
    return usage(ctx.command,
        QStringLiteral("--store '%1': no such store (stores: %2)")
            .arg(p.value(store), names.join(QLatin1String(", "))));
}

} // namespace

int cmdReport(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption from(
        QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD (store time)."), QStringLiteral("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD, included."), QStringLiteral("DATE"));
    const QCommandLineOption by(QStringLiteral("by"),
        QStringLiteral("Rows by day (default), week, month, quarter, year, product, category or hour."),
        QStringLiteral("GROUPING"), QStringLiteral("day"));
    const QCommandLineOption store(QStringLiteral("store"),
        QStringLiteral("Only this store (default: every store in the file)."), QStringLiteral("NAME"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption csv(QStringLiteral("csv"),
        QStringLiteral("Print CSV: period,orders,items,revenue,discounts,refunds,tax (money as decimals)."));
    p.addOptions({from, to, by, store, json, csv});
    p.addPositionalArgument(QStringLiteral("sales"), QStringLiteral("The report: sales."));
    if (int code = parse(p, ctx,
            QStringLiteral("Sales report: orders, items and revenue (what customers paid after discounts and refunds, "
                           "tax included) by period, product, category or hour."),
            1);
        code >= 0)
        return code;
    if (p.positionalArguments().first() != u"sales")
        return usage(
            ctx.command, QStringLiteral("unknown report '%1' (reports: sales)").arg(p.positionalArguments().first()));
    if (p.isSet(json) && p.isSet(csv))
        return usage(ctx.command, QStringLiteral("--json and --csv cannot be used together"));
    DateRange range;
    if (int code = readRange(p, ctx, from, to, range); code >= 0)
        return code;
    auto grouping = parseGrouping(p.value(by).trimmed());
    if (!grouping)
        return usage(ctx.command, QStringLiteral("--by: ") + grouping.error().message);

    std::unique_ptr<Till> till;
    StoreChoice chosenStore;
    if (int code = openTillAndStore(p, ctx, store, true, till, chosenStore); code >= 0)
        return code;
    const qint64 storeId = chosenStore.id;
    const QString storeName = chosenStore.name;
    SalesReport sales(*till->db);
    const ReportFilter filter {range, storeId};
    auto rows = sales.sales(filter, *grouping);
    if (!rows)
        return cli::report(rows.error());
    auto totals = sales.totals(filter);
    if (!totals)
        return cli::report(totals.error());

    const int digits = till->digits();
    const bool perProduct = *grouping == Grouping::Product || *grouping == Grouping::Category;
    const auto decimal = [digits](Money m) { return m.toDecimalString(digits); };
    if (p.isSet(csv)) {
        printCsv({QStringLiteral("period"), QStringLiteral("orders"), QStringLiteral("items"),
            QStringLiteral("revenue"), QStringLiteral("discounts"), QStringLiteral("refunds"), QStringLiteral("tax")});
        for (const SalesRow& r : *rows) {
            const SalesFigures& f = r.figures;
            // Discounts, refunds and tax are kept per order, not per product: blank for product rows.
            printCsv({r.period, QString::number(f.orders), QString::number(f.items), decimal(f.revenue()),
                perProduct ? QString() : decimal(f.discounts), perProduct ? QString() : decimal(f.refunded),
                perProduct ? QString() : decimal(f.tax)});
        }
        return Ok;
    }
    const auto figuresJson = [&](const SalesFigures& f) {
        QJsonObject o {{QStringLiteral("orders"), f.orders}, {QStringLiteral("items"), f.items},
            {QStringLiteral("revenue"), decimal(f.revenue())}, {QStringLiteral("revenue_cents"), f.revenue().cents()}};
        if (!perProduct) {
            o.insert(QStringLiteral("discounts"), decimal(f.discounts));
            o.insert(QStringLiteral("refunds"), decimal(f.refunded));
            o.insert(QStringLiteral("tax"), decimal(f.tax));
        }
        return o;
    };
    if (p.isSet(json)) {
        QJsonArray list;
        for (const SalesRow& r : *rows) {
            QJsonObject o = figuresJson(r.figures);
            o.insert(QStringLiteral("period"), r.period);
            list.append(o);
        }
        QJsonObject total = figuresJson(*totals);
        total.insert(QStringLiteral("average_ticket"), decimal(totals->averageTicket()));
        total.insert(QStringLiteral("refunds"), decimal(totals->refunded));
        total.insert(QStringLiteral("discounts"), decimal(totals->discounts));
        total.insert(QStringLiteral("tax"), decimal(totals->tax));
        printJson({{QStringLiteral("from"), range.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), range.to.toString(Qt::ISODate)}, {QStringLiteral("store"), storeName},
            {QStringLiteral("by"), groupingName(*grouping)}, {QStringLiteral("currency"), till->site.currency},
            {QStringLiteral("rows"), list}, {QStringLiteral("totals"), total}});
        return Ok;
    }
    out() << QStringLiteral("Sales %1 to %2, %3 by %4\n\n")
                 .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate),
                     storeId ? storeName : QStringLiteral("all stores"), groupingName(*grouping));
    const auto line = [&](const QString& label, const QString& orders, const QString& items, const QString& revenue) {
        out() << label.left(30).leftJustified(30) << orders.rightJustified(9) << items.rightJustified(9)
              << revenue.rightJustified(14) << "\n";
    };
    line(perProduct ? groupingName(*grouping).toUpper() : QStringLiteral("PERIOD"), QStringLiteral("ORDERS"),
        QStringLiteral("ITEMS"), QStringLiteral("REVENUE"));
    for (const SalesRow& r : *rows)
        line(r.period, QString::number(r.figures.orders), QString::number(r.figures.items),
            till->money(r.figures.revenue()));
    line(QStringLiteral("TOTAL"), QString::number(totals->orders), QString::number(totals->items),
        till->money(totals->revenue()));
    out() << QStringLiteral("\nAverage ticket %1, discounts %2, refunds %3 (%4), tax %5\n")
                 .arg(till->money(totals->averageTicket()), till->money(totals->discounts),
                     till->money(totals->refunded), QString::number(totals->refunds), till->money(totals->tax));
    return Ok;
}

} // namespace crema::cli

namespace crema::cli {

namespace {

QString fixed(double x, int decimals)
{
    return QString::number(x, 'f', decimals);
}

QString wapeText(const BacktestErrors& e)
{
    return e.wape() < 0 ? QString() : fixed(e.wape(), 4);
}

QJsonValue wapeJson(const BacktestErrors& e)
{
    return e.wape() < 0 ? QJsonValue() : QJsonValue(std::round(e.wape() * 10000) / 10000);
}

QJsonObject errorsJson(const BacktestErrors& e)
{
    return {{QStringLiteral("wape"), wapeJson(e)}, {QStringLiteral("days"), e.days},
        {QStringLiteral("actual"), e.actual}, {QStringLiteral("forecast"), std::round(e.forecast * 100) / 100},
        {QStringLiteral("abs_error"), std::round(e.absError * 100) / 100}};
}

int printBacktest(const BacktestResult& result, bool csv, bool json)
{
    const QList<BacktestRow> rows = QList<BacktestRow>(result.products) << result.all;
    if (csv) {
        printCsv({QStringLiteral("product"), QStringLiteral("wape"), QStringLiteral("actual"),
            QStringLiteral("forecast"), QStringLiteral("abs_error"), QStringLiteral("days"), QStringLiteral("method")});
        for (const BacktestRow& r : rows)
            printCsv({r.product, wapeText(r.errors), fixed(r.errors.actual, 0), fixed(r.errors.forecast, 2),
                fixed(r.errors.absError, 2), QString::number(r.errors.days),
                r.productId ? forecastMethodName(r.method) : forecastMethodName(result.method)});
        return Ok;
    }
    if (json) {
        QJsonArray list;
        for (const BacktestRow& r : result.products) {
            QJsonObject o = errorsJson(r.errors);
            o.insert(QStringLiteral("product"), r.product);
            o.insert(QStringLiteral("method"), forecastMethodName(r.method));
            list.append(o);
        }
        printJson({{QStringLiteral("from"), result.range.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), result.range.to.toString(Qt::ISODate)},
            {QStringLiteral("method"), forecastMethodName(result.method)}, {QStringLiteral("products"), list},
            {QStringLiteral("all"), errorsJson(result.all.errors)}});
        return Ok;
    }
    out() << QStringLiteral("Backtest %1 to %2, method %3: each day forecast from the days before it\n\n")
                 .arg(result.range.from.toString(Qt::ISODate), result.range.to.toString(Qt::ISODate),
                     forecastMethodName(result.method));
    out() << QStringLiteral("PRODUCT").leftJustified(30) << QStringLiteral("WAPE").rightJustified(8)
          << QStringLiteral("SOLD").rightJustified(9) << QStringLiteral("FORECAST").rightJustified(10)
          << QStringLiteral("  METHOD\n");
    for (const BacktestRow& r : rows) {
        const QString wape = r.errors.wape() < 0 ? QStringLiteral("-") : fixed(r.errors.wape() * 100, 1) + u'%';
        out() << r.product.left(30).leftJustified(30) << wape.rightJustified(8)
              << fixed(r.errors.actual, 0).rightJustified(9) << fixed(r.errors.forecast, 1).rightJustified(10) << "  "
              << forecastMethodName(r.productId ? r.method : result.method) << "\n";
    }
    return Ok;
}

} // namespace

int cmdForecast(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption date(QStringLiteral("date"),
        QStringLiteral("First day to forecast, YYYY-MM-DD (default: today); history is every day before it."),
        QStringLiteral("DATE"));
    const QCommandLineOption horizon(QStringLiteral("horizon"),
        QStringLiteral("Days to forecast, 1 to 14 (default 7)."), QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption method(QStringLiteral("method"),
        QStringLiteral("seed (same weekday, last 4 weeks), weighted, long (8 weeks), profile, or auto (default: the "
                       "best per product on the 8 weeks before)."),
        QStringLiteral("METHOD"), QStringLiteral("auto"));
    const QCommandLineOption products(
        QStringLiteral("products"), QStringLiteral("Units per product and day instead of ingredients."));
    const QCommandLineOption backtest(QStringLiteral("backtest"),
        QStringLiteral("Measure the method on --from..--to: WAPE per product and for ALL."));
    const QCommandLineOption from(
        QStringLiteral("from"), QStringLiteral("Backtest: first day, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("Backtest: last day, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption store(QStringLiteral("store"),
        QStringLiteral("The store to forecast (default: this till's)."), QStringLiteral("NAME"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Print CSV."));
    p.addOptions({date, horizon, method, products, backtest, from, to, store, json, csv});
    if (int code = parse(p, ctx,
            QStringLiteral("Demand forecast from the sales history: what each ingredient will need, its status "
                           "(CRITICAL below the forecast, WARNING below 1.5 times it) and what to order."));
        code >= 0)
        return code;
    if (p.isSet(json) && p.isSet(csv))
        return usage(ctx.command, QStringLiteral("--json and --csv cannot be used together"));
    auto chosen = parseForecastMethod(p.value(method).trimmed());
    if (!chosen)
        return usage(ctx.command, QStringLiteral("--method: ") + chosen.error().message);
    DateRange range;
    if (p.isSet(backtest)) {
        for (const QCommandLineOption* o : {&date, &horizon, &products}) {
            if (p.isSet(*o))
                return usage(ctx.command, QStringLiteral("--%1 does not go with --backtest").arg(o->names().first()));
        }
        if (int code = readRange(p, ctx, from, to, range); code >= 0)
            return code;
    } else if (p.isSet(from) || p.isSet(to)) {
        return usage(ctx.command, QStringLiteral("--from and --to go with --backtest"));
    }
    bool okHorizon = false;
    const int days = p.value(horizon).trimmed().toInt(&okHorizon);
    if (!okHorizon || days < 1 || days > ForecastService::kMaxHorizon)
        return usage(ctx.command, QStringLiteral("--horizon '%1': expected 1 to 14 days").arg(p.value(horizon)));
    QDate start;
    if (p.isSet(date)) {
        auto d = parseIsoDate(p.value(date), QStringLiteral("--date"));
        if (!d)
            return usage(ctx.command, d.error().message);
        start = *d;
    }

    std::unique_ptr<Till> till;
    StoreChoice chosenStore;
    if (int code = openTillAndStore(p, ctx, store, false, till, chosenStore); code >= 0)
        return code;
    const QString storeName = chosenStore.name;
    ForecastService forecaster(*till->db, *till->catalog, chosenStore.id);
    if (p.isSet(backtest)) {
        auto result = forecaster.backtest(range, *chosen);
        if (!result)
            return cli::report(result.error());
        return printBacktest(*result, p.isSet(csv), p.isSet(json));
    }
    if (!start.isValid())
        start = businessDate(till->clock.nowUtc(), storeZone(till->site.timeZone));
    auto result = forecaster.forecast({start, days, *chosen});
    if (!result)
        return cli::report(result.error());

    if (p.isSet(products)) {
        if (p.isSet(csv)) {
            printCsv({QStringLiteral("product"), QStringLiteral("date"), QStringLiteral("forecast"),
                QStringLiteral("method")});
            for (const ProductForecast& f : result->products) {
                for (int d = 0; d < f.daily.size(); ++d)
                    printCsv({f.product, result->day(d).toString(Qt::ISODate), fixed(f.daily[d], 2),
                        forecastMethodName(f.method)});
            }
            return Ok;
        }
        if (p.isSet(json)) {
            QJsonArray list;
            for (const ProductForecast& f : result->products) {
                QJsonArray daily;
                for (int d = 0; d < f.daily.size(); ++d)
                    daily.append(QJsonObject {{QStringLiteral("date"), result->day(d).toString(Qt::ISODate)},
                        {QStringLiteral("forecast"), std::round(f.daily[d] * 100) / 100}});
                list.append(QJsonObject {{QStringLiteral("product"), f.product},
                    {QStringLiteral("method"), forecastMethodName(f.method)}, {QStringLiteral("days"), daily},
                    {QStringLiteral("backtest"), errorsJson(f.backtest)}});
            }
            printJson({{QStringLiteral("store"), storeName}, {QStringLiteral("start"), start.toString(Qt::ISODate)},
                {QStringLiteral("horizon"), days}, {QStringLiteral("method"), forecastMethodName(*chosen)},
                {QStringLiteral("products"), list}});
            return Ok;
        }
        out() << QStringLiteral("Forecast for %1, %2 to %3, method %4 (units per day)\n\n")
                     .arg(storeName, start.toString(Qt::ISODate), result->day(days - 1).toString(Qt::ISODate),
                         forecastMethodName(*chosen));
        out() << QStringLiteral("PRODUCT").leftJustified(30) << QStringLiteral("TOTAL").rightJustified(9)
              << QStringLiteral("  METHOD    DAYS\n");
        for (const ProductForecast& f : result->products) {
            QStringList perDay;
            for (double d : f.daily)
                perDay << fixed(d, 1);
            out() << f.product.left(30).leftJustified(30) << fixed(f.total(), 1).rightJustified(9) << "  "
                  << forecastMethodName(f.method).leftJustified(10) << perDay.join(QLatin1Char(' ')) << "\n";
        }
        return Ok;
    }

    if (p.isSet(csv)) {
        printCsv({QStringLiteral("ingredient"), QStringLiteral("unit"), QStringLiteral("on_hand"),
            QStringLiteral("forecast"), QStringLiteral("status"), QStringLiteral("suggested_order"),
            QStringLiteral("packs"), QStringLiteral("pack"), QStringLiteral("supplier")});
        for (const IngredientForecast& f : result->ingredients)
            printCsv({f.name, unitSymbol(f.unit), QString::number(f.onHand), QString::number(f.demand),
                forecastStatusCode(f.status), QString::number(f.suggestedOrder), QString::number(f.packs), f.packName,
                f.supplier});
        return Ok;
    }
    if (p.isSet(json)) {
        QJsonArray list;
        for (const IngredientForecast& f : result->ingredients)
            list.append(QJsonObject {{QStringLiteral("ingredient"), f.name},
                {QStringLiteral("unit"), unitSymbol(f.unit)}, {QStringLiteral("on_hand"), f.onHand},
                {QStringLiteral("forecast"), f.demand}, {QStringLiteral("status"), forecastStatusCode(f.status)},
                {QStringLiteral("suggested_order"), f.suggestedOrder}, {QStringLiteral("packs"), f.packs},
                {QStringLiteral("pack"), f.packName}, {QStringLiteral("supplier"), f.supplier}});
        printJson({{QStringLiteral("store"), storeName}, {QStringLiteral("start"), start.toString(Qt::ISODate)},
            {QStringLiteral("horizon"), days}, {QStringLiteral("method"), forecastMethodName(*chosen)},
            {QStringLiteral("backtest"), errorsJson(result->backtest)}, {QStringLiteral("ingredients"), list}});
        return Ok;
    }
    out() << QStringLiteral("Forecast for %1, %2 to %3 (%4 days), method %5\n")
                 .arg(storeName, start.toString(Qt::ISODate), result->day(days - 1).toString(Qt::ISODate))
                 .arg(days)
                 .arg(forecastMethodName(*chosen));
    if (result->backtest.wape() >= 0)
        out() << QStringLiteral("Over the last 8 weeks a day's forecast was off by %1% of what sold (WAPE).\n")
                     .arg(fixed(result->backtest.wape() * 100, 1));
    out() << "\n"
          << QStringLiteral("INGREDIENT").leftJustified(28) << QStringLiteral("ON HAND").rightJustified(11)
          << QStringLiteral("FORECAST").rightJustified(11) << QStringLiteral("  STATUS    ORDER\n");
    for (const IngredientForecast& f : result->ingredients) {
        QString order;
        if (f.suggestedOrder > 0)
            order = f.packs > 0 ? QStringLiteral("%1 x %2 (%3)").arg(f.packs).arg(f.packName, f.supplier)
                                : Quantity {f.suggestedOrder, f.unit}.toString();
        out() << f.name.left(28).leftJustified(28) << Quantity {f.onHand, f.unit}.toString().rightJustified(11)
              << Quantity {f.demand, f.unit}.toString().rightJustified(11) << "  "
              << forecastStatusCode(f.status).leftJustified(10) << order << "\n";
    }
    return Ok;
}

} // namespace crema::cli

namespace crema::cli {

int cmdImportSales(Context& ctx)
{
    QCommandLineParser p;
    QStringList fields;
    for (ImportField f : importFields())
        fields << importFieldName(f);
    const QCommandLineOption map(QStringLiteral("map"),
        QStringLiteral("FIELD=COLUMN,... with fields %1. Columns named like a field map themselves.")
            .arg(fields.join(QLatin1String(", "))),
        QStringLiteral("MAPPING"));
    const QCommandLineOption dateFormat(QStringLiteral("date-format"),
        QStringLiteral("Qt notation, e.g. dd-MM-yyyy or M/d/yyyy (default: detected)."), QStringLiteral("FMT"));
    const QCommandLineOption timeFormat(
        QStringLiteral("time-format"), QStringLiteral("e.g. H:mm:ss (default: detected)."), QStringLiteral("FMT"));
    const QCommandLineOption dateTimeFormat(QStringLiteral("datetime-format"),
        QStringLiteral("e.g. M/d/yyyy H:mm (default: detected)."), QStringLiteral("FMT"));
    const QCommandLineOption skipInvalid(
        QStringLiteral("skip-invalid"), QStringLiteral("Import the valid rows and list the others."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Check and count, write nothing."));
    const QCommandLineOption json = jsonOption();
    p.addOptions({map, dateFormat, timeFormat, dateTimeFormat, skipInvalid, dryRun, json});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file, one row per line item."));
    if (int code = parse(p, ctx,
            QStringLiteral("Import sales history from another till's CSV export. Charts, reports and forecasts see it; "
                           "stock does not. Importing the same file again adds nothing."),
            1);
        code >= 0)
        return code;
    auto mapping = ImportMapping::parse(p.value(map));
    if (!mapping)
        return usage(ctx.command, QStringLiteral("--map: ") + mapping.error().message);
    mapping->dateFormat = p.value(dateFormat).trimmed();
    mapping->timeFormat = p.value(timeFormat).trimmed();
    mapping->dateTimeFormat = p.value(dateTimeFormat).trimmed();

    const QString path = p.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usage(ctx.command, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto table = parseCsv(file.readAll());
    if (!table)
        return usage(ctx.command, QStringLiteral("%1: %2").arg(path, table.error().message));
    mapping->mapSameNames(table->header);

    auto opened = openTill(ctx);
    if (!opened)
        return cli::report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    SalesImporter importer(*till->db, till->clock, till->site);
    auto resolved = importer.resolve(*table, *mapping);
    if (!resolved)
        return usage(ctx.command, QStringLiteral("%1: %2").arg(path, resolved.error().message));
    auto result = importer.run(*table, *resolved, {p.isSet(skipInvalid), p.isSet(dryRun)});
    if (!result)
        return cli::report(result.error());
    const bool refused = !result->skipped.isEmpty() && !p.isSet(skipInvalid);

    if (p.isSet(json)) {
        QJsonArray skipped;
        for (const SkippedRow& s : result->skipped)
            skipped.append(QJsonObject {{QStringLiteral("line"), s.line}, {QStringLiteral("reason"), s.reason}});
        QJsonObject formats;
        for (const auto& [key, value] : {std::pair {"date", result->dateFormat}, std::pair {"time", result->timeFormat},
                 std::pair {"datetime", result->dateTimeFormat}}) {
            if (!value.isEmpty())
                formats.insert(QLatin1String(key), value);
        }
        printJson({{QStringLiteral("imported_rows"), result->importedRows}, {QStringLiteral("orders"), result->orders},
            {QStringLiteral("skipped"), skipped}, {QStringLiteral("already_imported"), result->alreadyImported},
            {QStringLiteral("created_products"), QJsonArray::fromStringList(result->createdProducts)},
            {QStringLiteral("created_stores"), QJsonArray::fromStringList(result->createdStores)},
            {QStringLiteral("formats"), formats}, {QStringLiteral("dry_run"), p.isSet(dryRun)},
            {QStringLiteral("written"), result->written}});
        return refused ? Refused : Ok;
    }
    if (refused) {
        err() << QStringLiteral("cremactl import-sales: %1 invalid row(s) in %2, nothing imported (--skip-invalid "
                                "imports the others):\n")
                     .arg(result->skipped.size())
                     .arg(path);
        for (const SkippedRow& s : result->skipped.mid(0, 50))
            err() << QStringLiteral("  line %1: %2\n").arg(s.line).arg(s.reason);
        if (result->skipped.size() > 50)
            err() << QStringLiteral("  ... and %1 more\n").arg(result->skipped.size() - 50);
        err().flush();
        return Refused;
    }
    out() << QStringLiteral("%1 %2 row(s) as %3 order(s)")
                 .arg(p.isSet(dryRun) ? QStringLiteral("Would import") : QStringLiteral("Imported"))
                 .arg(result->importedRows)
                 .arg(result->orders);
    if (result->alreadyImported > 0)
        out() << QStringLiteral("; %1 order(s) were already imported").arg(result->alreadyImported);
    out() << ".\n";
    if (!result->createdProducts.isEmpty())
        out() << QStringLiteral("New products in 'Imported', inactive until priced on the menu: %1\n")
                     .arg(result->createdProducts.join(QLatin1String(", ")));
    if (!result->createdStores.isEmpty())
        out() << QStringLiteral("New stores: %1\n").arg(result->createdStores.join(QLatin1String(", ")));
    for (const SkippedRow& s : result->skipped)
        out() << QStringLiteral("Skipped line %1: %2\n").arg(s.line).arg(s.reason);
    return Ok;
}

} // namespace crema::cli

namespace crema::cli {

int cmdGenerateHistory(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption stores(QStringLiteral("stores"),
        QStringLiteral("Stores: this one and new ones beside it (default 3)."), QStringLiteral("N"),
        QStringLiteral("3"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Days of history (default 365)."),
        QStringLiteral("N"), QStringLiteral("365"));
    const QCommandLineOption perDay(QStringLiteral("orders-per-day"),
        QStringLiteral("Orders a store takes on an average day (default 580)."), QStringLiteral("N"),
        QStringLiteral("580"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        QStringLiteral("The history ends the day before this date, YYYY-MM-DD (default: today)."),
        QStringLiteral("DATE"));
    p.addOptions({stores, days, perDay, asOf});
    if (int code = parse(p, ctx,
            QStringLiteral("Write a large made-up sales history from this file's menu, for benchmarks and for trying "
                           "the back office at chain scale. History only: stock is untouched."));
        code >= 0)
        return code;
    HistoryPlan plan;
    for (const auto& [option, target] :
        {std::pair {&stores, &plan.stores}, std::pair {&days, &plan.days}, std::pair {&perDay, &plan.ordersPerDay}}) {
        bool ok = false;
        *target = p.value(*option).trimmed().toInt(&ok);
        if (!ok)
            return usage(ctx.command,
                QStringLiteral("--%1 '%2' is not a whole number").arg(option->names().first(), p.value(*option)));
    }
    plan.asOf = QDate::currentDate();
    if (p.isSet(asOf)) {
        auto d = parseIsoDate(p.value(asOf), QStringLiteral("--as-of"));
        if (!d)
            return usage(ctx.command, d.error().message);
        plan.asOf = *d;
    }
    auto opened = openTill(ctx);
    if (!opened)
        return cli::report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    QElapsedTimer timer;
    timer.start();
    auto stats = HistoryGenerator::generate(*till->db, plan, nullptr, [](int done, int total) {
        if (done % 30 == 0 || done == total)
            err() << QStringLiteral("\r%1 of %2 days").arg(done).arg(total) << Qt::flush;
    });
    err() << "\n";
    if (!stats)
        return cli::report(stats.error());
    out() << QStringLiteral("Generated %1 orders (%2 lines) over %3 days in %4 store(s) in %5 s.\n")
                 .arg(stats->orders)
                 .arg(stats->lines)
                 .arg(plan.days)
                 .arg(plan.stores)
                 .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1);
    if (!stats->newStores.isEmpty())
        out() << QStringLiteral("New stores: %1\n").arg(stats->newStores.join(QLatin1String(", ")));
    return Ok;
}

} // namespace crema::cli

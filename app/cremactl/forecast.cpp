// cremactl forecast: demand forecast for ingredients and products, and its backtest.
#include "clisupport.h"
#include "registry.h"

#include "common/quantity.h"
#include "forecasting/forecastservice.h"
#include "reporting/reportperiod.h"
#include "reporting/salesreport.h"
#include "sync/hqchain.h"

#include <optional>

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
        printJson(result.toJson());
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
    const QCommandLineOption chain(QStringLiteral("chain"),
        QStringLiteral("Forecast the whole chain (or --store NAME) from HQ's sales and stock, on a joined till: the "
                       "owner's or a manager's own --pin, which HQ checks too."));
    p.addOptions({date, horizon, method, products, backtest, from, to, store, chain, json, csv, pinOption(),
        managerPinOption()});
    if (int code = parse(p, ctx,
            QStringLiteral(
                "Demand forecast from the sales history: what each ingredient will need, its status "
                "(CRITICAL below the forecast, WARNING below 1.5 times it) and what to order. Needs the --pin of "
                "someone who may view reports (a manager or the owner), or a manager's --manager-pin."));
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

    if (p.isSet(chain)) {
        if (p.isSet(managerPinOption()))
            return usage(
                ctx.command, QStringLiteral("--chain takes the owner's or a manager's own --pin, not --manager-pin"));
        if (p.isSet(backtest))
            return usage(ctx.command, QStringLiteral("--backtest does not go with --chain"));
    }
    std::unique_ptr<Till> till;
    StoreChoice chosenStore;
    if (p.isSet(chain)) {
        auto opened = openTill(ctx);
        if (!opened)
            return cli::report(opened.error());
        till = std::move(*opened);
        chosenStore = {till->site.storeId, till->site.storeName};
    } else if (int code = openTillAndStore(p, ctx, store, false, till, chosenStore); code >= 0) {
        return code;
    }
    QString storeName = chosenStore.name;
    auto reader = p.isSet(chain)
        ? logIn(*till, p, ctx)
        : logInFor(*till, p, ctx, Permission::ViewReports, QStringLiteral("override.view_reports"));
    if (!reader)
        return cli::report(reader.error());
    ForecastService forecaster(*till->db, *till->catalog, chosenStore.id);
    if (!start.isValid())
        start = businessDate(till->clock.nowUtc(), storeZone(till->site.timeZone));
    std::optional<ChainForecast> chainData;
    if (p.isSet(chain)) {
        ChainSignIn signIn {reader->uuid, p.value(pinOption()), {}};
        auto fetched = HqChain(*till->db).forecastData(*reader, signIn, p.value(store).trimmed(), start);
        if (!fetched)
            return reportChain(fetched.error());
        chainData = std::move(*fetched);
        storeName = chainData->scope.storeName.isEmpty() ? QStringLiteral("all") : chainData->scope.storeName;
    }
    if (p.isSet(backtest)) {
        auto result = forecaster.backtest(*reader, range, *chosen);
        if (!result)
            return cli::report(result.error());
        return printBacktest(*result, p.isSet(csv), p.isSet(json));
    }
    auto result = chainData ? forecaster.forecast(*reader, {start, days, *chosen}, chainData->data)
                            : forecaster.forecast(*reader, {start, days, *chosen});
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
            printJson(result->productsJson(storeName));
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
        printJson(result->ingredientsJson(storeName));
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

const Registration registerForecast {
    "forecast", "demand forecast: ingredients to order, products, backtest", cmdForecast};

} // namespace

} // namespace crema::cli

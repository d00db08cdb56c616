// cremactl report: sales by period, product, category or hour.
#include "clisupport.h"
#include "registry.h"

#include "reporting/reportperiod.h"
#include "reporting/salesreport.h"
#include "sync/hqchain.h"

#include <QJsonArray>

namespace crema::cli {

namespace {

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
    const QCommandLineOption chain(QStringLiteral("chain"),
        QStringLiteral("The whole chain's figures (or --store NAME's), served by HQ to a joined till: the owner's or "
                       "a manager's own --pin, which HQ checks too."));
    p.addOptions({from, to, by, store, chain, json, csv, pinOption(), managerPinOption()});
    p.addPositionalArgument(QStringLiteral("sales"), QStringLiteral("The report: sales."));
    if (int code = parse(p, ctx,
            QStringLiteral("Sales report: orders, items and revenue (what customers paid after discounts and refunds, "
                           "tax included) by period, product, category or hour. Needs the --pin of someone who may "
                           "view reports (a manager or the owner), or a manager's --manager-pin. With --chain, "
                           "every store of the chain, from HQ."),
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
    qint64 storeId = 0;
    QString storeName;
    QList<SalesRow> rowList;
    SalesFigures totalFigures;
    if (p.isSet(chain)) {
        // The person proves who they are to HQ with their own PIN: no override reaches the chain.
        if (p.isSet(managerPinOption()))
            return usage(
                ctx.command, QStringLiteral("--chain takes the owner's or a manager's own --pin, not --manager-pin"));
        auto opened = openTill(ctx);
        if (!opened)
            return cli::report(opened.error());
        till = std::move(*opened);
        auto reader = logIn(*till, p, ctx);
        if (!reader)
            return cli::report(reader.error());
        ChainSignIn signIn {reader->uuid, p.value(pinOption()), {}};
        auto chainSales = HqChain(*till->db).sales(*reader, signIn, p.value(store).trimmed(), range, *grouping);
        if (!chainSales)
            return reportChain(chainSales.error());
        storeName = chainSales->scope.storeName.isEmpty() ? QStringLiteral("all") : chainSales->scope.storeName;
        storeId = chainSales->scope.storeName.isEmpty() ? 0 : -1;
        rowList = chainSales->rows;
        totalFigures = chainSales->totals;
    } else {
        StoreChoice chosenStore;
        if (int code = openTillAndStore(p, ctx, store, true, till, chosenStore); code >= 0)
            return code;
        storeId = chosenStore.id;
        storeName = chosenStore.name;
        auto reader = logInFor(*till, p, ctx, Permission::ViewReports, QStringLiteral("override.view_reports"));
        if (!reader)
            return cli::report(reader.error());
        SalesReport& sales = *till->salesReport;
        const ReportFilter filter {range, storeId};
        auto rows = sales.sales(*reader, filter, *grouping);
        if (!rows)
            return cli::report(rows.error());
        auto totals = sales.totals(*reader, filter);
        if (!totals)
            return cli::report(totals.error());
        rowList = *rows;
        totalFigures = *totals;
    }
    const QList<SalesRow>* rows = &rowList;
    const SalesFigures* totals = &totalFigures;

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
    if (p.isSet(json)) {
        printJson(salesReportJson(range, storeName, *grouping, till->site.currency, digits, *rows, *totals));
        return Ok;
    }
    out() << QStringLiteral("Sales %1 to %2, %3 by %4\n\n")
                 .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate),
                     storeId              ? storeName
                         : p.isSet(chain) ? QStringLiteral("the whole chain")
                                          : QStringLiteral("all stores"),
                     groupingName(*grouping));
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

const Registration registerReport {
    "report", "sales report by period, product, category or hour (CSV, JSON)", cmdReport};

} // namespace

} // namespace crema::cli

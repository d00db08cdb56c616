#include "backoffice.h"

#include "reporting/salesreport.h"
#include "storage/database.h"

#include <QJsonArray>

namespace crema::cli {

namespace {

// One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180).
QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

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

// --store NAME: one store's figures (names matched without regard to case); all stores without it.
int readStore(const QCommandLineParser& p, const Context& ctx, const QCommandLineOption& store, SalesReport& report,
    qint64& storeId, QString& storeName)
{
    storeId = 0;
    storeName = QStringLiteral("all");
    if (!p.isSet(store))
        return -1;
    auto stores = report.stores();
    if (!stores)
        return cli::report(stores.error());
    QStringList names;
    for (const StoreChoice& s : *stores) {
        names << s.name;
        if (s.name.compare(p.value(store).trimmed(), Qt::CaseInsensitive) == 0) {
            storeId = s.id;
            storeName = s.name;
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

    auto opened = openTill(ctx);
    if (!opened)
        return cli::report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    SalesReport sales(*till->db);
    qint64 storeId = 0;
    QString storeName;
    if (int code = readStore(p, ctx, store, sales, storeId, storeName); code >= 0)
        return code;
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

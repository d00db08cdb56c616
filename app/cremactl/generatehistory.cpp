// cremactl generate-history: a large made-up sales history, for benchmarks and trials.
#include "clisupport.h"
#include "registry.h"

#include "demo/historygenerator.h"
#include "staff/staffservice.h"
#include "reporting/reportperiod.h"

#include <QElapsedTimer>
#include <utility>

namespace crema::cli {

namespace {

int cmdGenerateHistory(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption stores(QStringLiteral("stores"),
        QStringLiteral("New stores of its own to write (default 3); a real till's store is never written."),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Days of history (default 365)."),
        QStringLiteral("N"), QStringLiteral("365"));
    const QCommandLineOption perDay(QStringLiteral("orders-per-day"),
        QStringLiteral("Orders a store takes on an average day (default 580)."), QStringLiteral("N"),
        QStringLiteral("580"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        QStringLiteral("The history ends the day before this date, YYYY-MM-DD (default: today)."),
        QStringLiteral("DATE"));
    const QCommandLineOption besideReal(QStringLiteral("beside-real-sales"),
        QStringLiteral("Write even though the file holds real sales (not the demo café's): needs --pin of an owner."));
    const QCommandLineOption pin = pinOption();
    p.addOptions({stores, days, perDay, asOf, besideReal, pin});
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
    std::optional<StaffMember> owner;
    if (p.isSet(besideReal)) {
        plan.besideRealSales = true;
        auto who = logIn(*till, p, ctx);
        if (!who)
            return cli::report(who.error());
        owner = *who;
    }
    QElapsedTimer timer;
    timer.start();
    auto stats = HistoryGenerator::generate(*till->db, plan, owner ? &*owner : nullptr, [](int done, int total) {
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

const Registration registerGenerateHistory {
    "generate-history", "write a large made-up sales history (benchmarks, trials)", cmdGenerateHistory};

} // namespace

} // namespace crema::cli

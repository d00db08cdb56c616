// cremactl import-sales: sales history from another till's CSV export.
#include "clisupport.h"
#include "registry.h"

#include "importing/csvreader.h"
#include "importing/salesimport.h"

#include <QFile>
#include <QJsonArray>
#include <utility>

namespace crema::cli {

namespace {

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
    p.addOptions(
        {map, dateFormat, timeFormat, dateTimeFormat, skipInvalid, dryRun, json, pinOption(), managerPinOption()});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file, one row per line item."));
    if (int code = parse(p, ctx,
            QStringLiteral("Import sales history from another till's CSV export. Charts, reports and forecasts see it; "
                           "stock does not. Importing the same file again adds nothing. Needs the --pin of someone "
                           "who may import sales history (a manager or the owner), or a manager's --manager-pin; the "
                           "audit log records who imported."),
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
    auto who = logInFor(*till, p, ctx, Permission::ImportSales, QStringLiteral("override.import_sales"));
    if (!who)
        return cli::report(who.error());
    SalesImporter& importer = *till->importer;
    auto resolved = importer.resolve(*table, *mapping);
    if (!resolved)
        return usage(ctx.command, QStringLiteral("%1: %2").arg(path, resolved.error().message));
    auto result = importer.run(*who, *table, *resolved, {p.isSet(skipInvalid), p.isSet(dryRun)});
    if (!result)
        return cli::report(result.error());
    const bool refused = !result->skipped.isEmpty() && !p.isSet(skipInvalid);

    if (p.isSet(json)) {
        printJson(result->toJson(p.isSet(dryRun)));
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

const Registration registerImportSales {
    "import-sales", "import sales history from another till's CSV export", cmdImportSales};

} // namespace

} // namespace crema::cli

// cremactl menu export, menu import, menu prices: the menu as a file, and price lists.
#include "menufile.h"

#include "menufile/menufile.h"
#include "staff/staffservice.h"

#include <QFile>
#include <QFileInfo>

namespace crema::cli {

namespace {

// The subcommand's own context: "menu export" in messages and help, its arguments after it.
Context subcommand(const Context& ctx)
{
    Context sub = ctx;
    sub.command = ctx.command + QLatin1Char(' ') + ctx.args.value(1);
    sub.args = QStringList {sub.command} + ctx.args.mid(2);
    return sub;
}

MenuFile menuFileOf(Till& till)
{
    return MenuFile(*till.db, till.clock, till.site);
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::InvalidInput, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

void printProblems(const QString& command, const QString& path, const QList<FileProblem>& problems)
{
    err() << QStringLiteral("cremactl %1: %2 has %3 problem(s), nothing was changed:\n")
                 .arg(command, path)
                 .arg(problems.size());
    for (const FileProblem& p : problems)
        err() << p.text() << "\n";
    err().flush();
}

int cmdExport(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({pinOption(), managerPinOption()});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Where to write it (default: standard output)."));
    if (int code = parse(p, ctx,
            QStringLiteral("Write the whole menu as JSON: categories, products, sizes, modifier groups, modifiers, "
                           "recipes, ingredients, purchase units, suppliers, rewards, tax rates and kitchen "
                           "stations, inactive ones too, with their uuids. No sales, stock, staff or settings. "
                           "Needs the --pin of a manager or the owner (it holds costs and suppliers' contacts)."),
            -1);
        code >= 0)
        return code;
    const QStringList args = p.positionalArguments();
    if (args.size() > 1)
        return usage(ctx.command, QStringLiteral("unexpected argument '%1'").arg(args[1]));
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    auto who = logInFor(*till, p, ctx, Permission::UseBackOffice, QStringLiteral("override.menu_export"));
    if (!who)
        return report(who.error());
    auto bytes = menuFileOf(*till).exportBytes();
    if (!bytes)
        return report(bytes.error());
    if (args.isEmpty()) {
        out() << QString::fromUtf8(*bytes);
        return Ok;
    }
    QFile file(args[0]);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*bytes) != bytes->size() || !file.flush())
        return report(
            Error::make(Error::Code::Io, QStringLiteral("cannot write %1: %2").arg(args[0], file.errorString())));
    return Ok;
}

int cmdImport(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QStringLiteral("Check and count what would change, write nothing."));
    const QCommandLineOption prune(
        QStringLiteral("prune"), QStringLiteral("Deactivate what the file does not have (otherwise nothing goes)."));
    const QCommandLineOption json = jsonOption();
    p.addOptions({dryRun, prune, json, pinOption(), managerPinOption()});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A menu file (cremactl menu export writes one)."));
    if (int code = parse(p, ctx,
            QStringLiteral("Apply a menu file. The whole file is checked first and every problem listed with its "
                           "place in the file (nothing is written then); then it is applied in one transaction, "
                           "each row matched by uuid, else by name. Rows that are already the same are not "
                           "touched. Needs the --pin of a manager or the owner (or a manager's --manager-pin); "
                           "tax rates, rewards and kitchen stations only the owner may change."),
            1);
        code >= 0)
        return code;
    const QString path = p.positionalArguments().first();
    auto data = readFile(path);
    if (!data)
        return usage(ctx.command, data.error().message);
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    auto who = logInFor(*till, p, ctx, Permission::ManageMenu, QStringLiteral("override.menu_import"));
    if (!who)
        return report(who.error());
    auto result = menuFileOf(*till).import(
        *who, *data, MenuImportOptions {QFileInfo(path).fileName(), p.isSet(dryRun), p.isSet(prune)});
    if (!result)
        return report(result.error());
    if (p.isSet(json)) {
        printJson(result->toJson());
        return result->refused() ? Refused : Ok;
    }
    if (result->refused()) {
        printProblems(ctx.command, path, result->problems);
        return Refused;
    }
    out() << (p.isSet(dryRun) ? QStringLiteral("Would import %1 (nothing written):\n").arg(path)
                              : QStringLiteral("Imported %1:\n").arg(path))
          << result->summaryText();
    return Ok;
}

int cmdPrices(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Check and count, write nothing."));
    const QCommandLineOption json = jsonOption();
    p.addOptions({dryRun, json, pinOption(), managerPinOption()});
    p.addPositionalArgument(QStringLiteral("FILE.csv"), QStringLiteral("Columns product,size,price, with a header."));
    if (int code = parse(p, ctx,
            QStringLiteral("Apply a price list, all or nothing: CSV with the columns product, size and price "
                           "(in the currency's units, e.g. 3.40; size empty for a product with one size). Every "
                           "line is checked first; one bad line and no price changes. Needs the --pin of a "
                           "manager or the owner, or a manager's --manager-pin."),
            1);
        code >= 0)
        return code;
    const QString path = p.positionalArguments().first();
    auto data = readFile(path);
    if (!data)
        return usage(ctx.command, data.error().message);
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    auto who = logInFor(*till, p, ctx, Permission::ManageMenu, QStringLiteral("override.menu_prices"));
    if (!who)
        return report(who.error());
    auto result = menuFileOf(*till).importPrices(*who, *data, QFileInfo(path).fileName(), p.isSet(dryRun));
    if (!result)
        return report(result.error());
    if (p.isSet(json)) {
        printJson(result->toJson());
        return result->refused() ? Refused : Ok;
    }
    if (result->refused()) {
        printProblems(ctx.command, path, result->problems);
        return Refused;
    }
    out() << QStringLiteral("%1 %2 price(s) from %3; %4 already so.\n")
                 .arg(p.isSet(dryRun) ? QStringLiteral("Would change") : QStringLiteral("Changed"))
                 .arg(result->changed)
                 .arg(path)
                 .arg(result->unchanged);
    return Ok;
}

} // namespace

int runMenuFileCommand(Context& ctx)
{
    const QString name = ctx.args.value(1);
    int (*run)(Context&) = name == u"export" ? cmdExport
        : name == u"import"                  ? cmdImport
        : name == u"prices"                  ? cmdPrices
                                             : nullptr;
    if (!run)
        return -1;
    Context sub = subcommand(ctx);
    return run(sub);
}

} // namespace crema::cli

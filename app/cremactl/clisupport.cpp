#include "clisupport.h"

#include "catalog/catalogservice.h"
#include "customers/customerservice.h"
#include "inventory/inventoryservice.h"
#include "loyalty/loyaltyservice.h"
#include "orders/saleservice.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "storage/database.h"

#include <QJsonDocument>

namespace crema::cli {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int report(const Error& e)
{
    err() << "cremactl: " << e.message << Qt::endl;
    return isRefusal(e.code) ? Refused : Usage;
}

int usage(const QString& command, const QString& message)
{
    err() << "cremactl" << (command.isEmpty() ? QString() : QLatin1Char(' ') + command) << ": " << message
          << " (see: cremactl " << (command.isEmpty() ? QString() : command + QLatin1Char(' ')) << "--help)"
          << Qt::endl;
    return Usage;
}

void printJson(const QJsonObject& o)
{
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int parse(QCommandLineParser& p, Context& ctx, const QString& description, int positional)
{
    p.setApplicationDescription(description);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    p.addOption(help);
    if (!p.parse(ctx.args))
        return usage(ctx.command, p.errorText());
    if (p.isSet(help)) {
        // Qt names the binary's full path; people type "cremactl COMMAND".
        QString text = p.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        text.replace(0, firstLineEnd, QStringLiteral("Usage: cremactl [--db FILE] %1 [options]").arg(ctx.command));
        out() << text;
        return Ok;
    }
    const QStringList args = p.positionalArguments();
    if (positional < 0)
        return -1; // the command checks its own arguments
    if (args.size() > positional)
        return usage(ctx.command, QStringLiteral("unexpected argument '%1'").arg(args.value(positional)));
    if (args.size() < positional)
        return usage(ctx.command, QStringLiteral("missing argument"));
    return -1;
}

Till::Till(std::shared_ptr<Database> database, Site s)
    : db(std::move(database))
    , site(std::move(s))
    , staff(std::make_unique<StaffService>(*db, clock, site.terminalId, site.terminalUuid))
    , catalog(std::make_unique<CatalogService>(*db))
    , inventory(std::make_unique<InventoryService>(*db, site.storeId))
    , loyalty(std::make_unique<LoyaltyService>(*db))
    , customers(std::make_unique<CustomerService>(*db))
    , sales(std::make_unique<SaleService>(*db, clock, site, *staff, *catalog, *loyalty))
    , shifts(std::make_unique<ShiftService>(*db, clock, site, *staff))
{ }

Till::~Till() = default;

// Opens the file (checked on open) and reads which store and till it is.
Result<std::unique_ptr<Till>> openTill(const Context& ctx)
{
    auto db = Database::open(ctx.dbPath, OpenOptions {});
    if (!db)
        return db.error();
    auto site = loadSite((*db)->connection());
    if (!site)
        return site.error();
    return std::make_unique<Till>(*db, *site);
}

// Parses a command's options, then opens the till. Returns an exit code to stop with, or -1.
int begin(QCommandLineParser& p, Context& ctx, const QString& description, std::unique_ptr<Till>& till, int positional)
{
    if (int code = parse(p, ctx, description, positional); code >= 0)
        return code;
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    till = std::move(opened).value();
    return -1;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
}

} // namespace crema::cli

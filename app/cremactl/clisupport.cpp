#include "clisupport.h"

#include "catalog/catalogservice.h"
#include "customers/customerservice.h"
#include "importing/csvreader.h"
#include "inventory/inventoryservice.h"
#include "loyalty/loyaltyservice.h"
#include "orders/saleservice.h"
#include "reporting/reportperiod.h"
#include "reporting/salesreport.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "store/databasepath.h"

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimeZone>

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

int reportChain(const Error& e)
{
    const int code = report(e);
    return e.code == Error::Code::Io ? int(Refused) : code;
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

// Opens the file (checked on open) and reads which store and till it is.
Result<std::unique_ptr<Till>> openTill(const Context& ctx)
{
    return TillServices::open(ctx.dbPath);
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

QString defaultDbPath()
{
    return defaultDatabasePath();
}

QCommandLineOption pinOption()
{
    return QCommandLineOption(QStringLiteral("pin"), QStringLiteral("Your PIN (required)."), QStringLiteral("PIN"));
}

QCommandLineOption managerPinOption()
{
    return QCommandLineOption(QStringLiteral("manager-pin"),
        QStringLiteral("A manager's PIN, authorising what your role may not do alone."), QStringLiteral("PIN"));
}

Result<StaffMember> logIn(Till& till, const QCommandLineParser& p, const Context& ctx)
{
    if (!p.isSet(pinOption()))
        return fail(Error::Code::InvalidInput, QStringLiteral("cremactl %1 needs --pin PIN").arg(ctx.command));
    return till.staff->login(p.value(pinOption()));
}

Result<StaffMember> logInFor(
    Till& till, const QCommandLineParser& p, const Context& ctx, Permission permission, const QString& action)
{
    auto actor = logIn(till, p, ctx);
    if (!actor)
        return actor;
    const Status allowed = StaffService::require(*actor, permission);
    if (allowed.ok())
        return actor;
    const QString managerPin = p.value(managerPinOption());
    if (managerPin.isEmpty())
        return allowed.error();
    return till.staff->authoriseOverride(
        *actor, permission, managerPin, action, {{QStringLiteral("command"), ctx.command}});
}

void printOrders(const Till& t, const QList<OrderSummary>& orders)
{
    const QTimeZone tz(t.site.timeZone.toUtf8());
    for (const OrderSummary& o : orders)
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(o.receiptNo ? QString::number(o.receiptNo) : QStringLiteral("#%1").arg(o.id), -8)
                     .arg(o.createdAt.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .arg(t.money(o.total), 10)
                     .arg(o.status, -18)
                     .arg(o.name.isEmpty() ? o.customer : o.name);
}

void printCsv(const QStringList& fields)
{
    QStringList escaped;
    for (const QString& f : fields)
        escaped << csvField(f);
    out() << escaped.join(QLatin1Char(',')) << "\n";
}

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
    auto stores = till->salesReport->stores();
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

} // namespace crema::cli

#pragma once

#include "common/clock.h"
#include "common/money.h"
#include "common/result.h"
#include "services/tillservices.h"
#include "staff/permissions.h"
#include "store/site.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace crema {
class Database;
class StaffService;
class CatalogService;
class InventoryService;
class LoyaltyService;
class CustomerService;
class SaleService;
class ShiftService;
struct StaffMember;
struct OrderSummary;
struct DateRange;
struct StoreChoice;
} // namespace crema

// What every cremactl command shares: option parsing, exit codes, output, opening the till.
namespace crema::cli {

enum Exit { Ok = 0, Refused = 1, Usage = 2 };

QTextStream& out();
QTextStream& err();

// Prints the error and returns its exit code (1 refused, 2 usage or input).
int report(const Error& e);
// As report, and HQ out of reach is a refusal (exit 1), as for `hq sync`: the chain's figures.
int reportChain(const Error& e);
int usage(const QString& command, const QString& message);
void printJson(const QJsonObject& o);

struct Context {
    QString dbPath;
    QString command;
    QStringList args; // the command's own arguments, with the command name first
};

// Parses a command's options. Returns -1 to go on, or an exit code (help printed, bad usage).
// positional < 0: the command checks its own positional arguments.
int parse(QCommandLineParser& p, Context& ctx, const QString& description, int positional = 0);

// The services a till has, from the one composition root crema uses too.
using Till = TillServices;

// Opens the file (checked on open) and reads which store and till it is.
Result<std::unique_ptr<Till>> openTill(const Context& ctx);

// Parses a command's options, then opens the till. Returns an exit code to stop with, or -1.
int begin(
    QCommandLineParser& p, Context& ctx, const QString& description, std::unique_ptr<Till>& till, int positional = 0);

QCommandLineOption jsonOption();

// The file used without --db: $CREMA_DB, else crema.db in the platform's data folder.
QString defaultDbPath();

// --pin, and --manager-pin for what the role may not do alone.
QCommandLineOption pinOption();
QCommandLineOption managerPinOption();
// Logs in with --pin; refuses a command that needs someone without it.
Result<StaffMember> logIn(Till& till, const QCommandLineParser& p, const Context& ctx);
// Logs in with --pin for a command that needs `permission`, and returns who the command acts as.
// When core refuses the person for their role, --manager-pin authorises it (the override is
// audited as `action`) and the command acts as that manager; without it, PermissionDenied naming
// the person and what they may not do.
Result<StaffMember> logInFor(
    Till& till, const QCommandLineParser& p, const Context& ctx, Permission permission, const QString& action);

// Orders as `orders` and `customer` print them (their JSON is OrderSummary::toJson, in core).
void printOrders(const Till& t, const QList<OrderSummary>& orders);

// The owner's commands (report, forecast): a CSV row on stdout, fields quoted where needed.
void printCsv(const QStringList& fields);
// Reads --from and --to (both required, yyyy-MM-dd). Returns an exit code, or -1.
int readRange(const QCommandLineParser& p, const Context& ctx, const QCommandLineOption& from,
    const QCommandLineOption& to, DateRange& range);
// Opens the till and reads --store NAME (matched without regard to case). Without --store:
// every store (id 0, "all") when allStores, else this till's own.
// Returns an exit code to stop with, or -1.
int openTillAndStore(const QCommandLineParser& p, const Context& ctx, const QCommandLineOption& store, bool allStores,
    std::unique_ptr<Till>& till, StoreChoice& chosen);

} // namespace crema::cli

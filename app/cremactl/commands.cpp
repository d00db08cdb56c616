#include "commands.h"

#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "customers/customerservice.h"
#include "demo/democafe.h"
#include "inventory/inventoryservice.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "store/setupservice.h"
#include "store/site.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTextStream>

#include <functional>
#include <map>

namespace crema::cli {

namespace {

enum Exit { Ok = 0, Refused = 1, Usage = 2 };

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

struct Context {
    QString dbPath;
    QString command;
    QStringList args; // the command's own arguments, with the command name first
};

// Parses a command's options. Returns -1 to go on, or an exit code (help printed, bad usage).
int parse(QCommandLineParser& p, Context& ctx, const QString& description)
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
    if (!p.positionalArguments().isEmpty())
        return usage(ctx.command, QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    return -1;
}

// What every read command starts with: the file, checked and opened, and which store and till it is.
struct Session {
    std::shared_ptr<Database> db;
    Site site;
};

Result<Session> openSession(const Context& ctx)
{
    auto db = Database::open(ctx.dbPath, OpenOptions {});
    if (!db)
        return db.error();
    auto site = loadSite((*db)->connection());
    if (!site)
        return site.error();
    return Session {*db, *site};
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
}

// ---- init ----------------------------------------------------------------------------------

int cmdInit(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption demo(QStringLiteral("demo"),
        QStringLiteral("Fill the new file with the demo café: menu, stock, staff, customers and 13 weeks of sales."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        QStringLiteral("With --demo: the day the demo history leads up to (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("Store name."), QStringLiteral("NAME"));
    const QCommandLineOption currency(QStringLiteral("currency"), QStringLiteral("ISO 4217 code (default GBP)."),
        QStringLiteral("CODE"), QStringLiteral("GBP"));
    const QCommandLineOption taxExclusive(
        QStringLiteral("tax-exclusive"), QStringLiteral("Menu prices exclude tax (default: prices include tax)."));
    const QCommandLineOption timeZone(QStringLiteral("time-zone"),
        QStringLiteral("IANA time zone (default Europe/London)."), QStringLiteral("TZ"),
        QStringLiteral("Europe/London"));
    const QCommandLineOption till(QStringLiteral("till"), QStringLiteral("This till's name (default Till 1)."),
        QStringLiteral("NAME"), QStringLiteral("Till 1"));
    const QCommandLineOption owner(
        QStringLiteral("owner"), QStringLiteral("The owner's name."), QStringLiteral("NAME"));
    const QCommandLineOption ownerPin(
        QStringLiteral("owner-pin"), QStringLiteral("The owner's PIN (4 to 8 digits)."), QStringLiteral("PIN"));
    p.addOptions({demo, asOf, store, currency, taxExclusive, timeZone, till, owner, ownerPin});
    if (int code = parse(p, ctx, QStringLiteral("Create a new Crema database file.")); code >= 0)
        return code;

    if (p.isSet(demo)) {
        for (const auto& o : {store, currency, taxExclusive, timeZone, till, owner, ownerPin}) {
            if (p.isSet(o))
                return usage(ctx.command, QStringLiteral("--%1 cannot be combined with --demo").arg(o.names().first()));
        }
    } else {
        if (p.isSet(asOf))
            return usage(ctx.command, QStringLiteral("--as-of goes with --demo"));
        if (!p.isSet(store) || !p.isSet(owner) || !p.isSet(ownerPin))
            return usage(ctx.command,
                QStringLiteral("a new store needs --store NAME, --owner NAME and --owner-pin PIN (or use --demo)"));
    }
    QDate day = QDate::currentDate();
    if (p.isSet(asOf)) {
        day = QDate::fromString(p.value(asOf), Qt::ISODate);
        if (!day.isValid())
            return usage(ctx.command, QStringLiteral("--as-of '%1': expected a date as YYYY-MM-DD").arg(p.value(asOf)));
    }
    StoreSetup setup;
    QList<InitialStaff> staff;
    if (!p.isSet(demo)) {
        setup.storeName = p.value(store);
        setup.currency = p.value(currency).toUpper();
        setup.pricesIncludeTax = !p.isSet(taxExclusive);
        setup.timeZone = p.value(timeZone);
        setup.terminalName = p.value(till);
        staff.append(InitialStaff {p.value(owner), Role::Owner, p.value(ownerPin)});
        if (auto v = Setup::validate(setup, staff); !v.ok())
            return report(v.error());
    }

    if (QFileInfo::exists(ctx.dbPath))
        return report(fail(Error::Code::Conflict,
            QStringLiteral("%1 already exists; init creates a new file (choose another path)").arg(ctx.dbPath)));
    OpenOptions create;
    create.create = true;
    auto db = Database::open(ctx.dbPath, create);
    if (!db)
        return report(db.error());
    const auto cleanUp = [&] {
        // Nothing half-made is left behind: the file did not exist before.
        db->reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(ctx.dbPath + QLatin1String(suffix));
    };
    if (p.isSet(demo)) {
        auto stats = DemoCafe::seed(**db, day);
        if (!stats) {
            cleanUp();
            return report(stats.error());
        }
        out() << QStringLiteral("Created the demo café in %1: %2 products in %3 categories, %4 ingredients, "
                                "%5 customers, %6 orders over %7 days.\n")
                     .arg(ctx.dbPath)
                     .arg(stats->products)
                     .arg(stats->categories)
                     .arg(stats->ingredients)
                     .arg(stats->customers)
                     .arg(stats->orders)
                     .arg(stats->days);
        out() << "Demo PINs: cashier 1111, barista 2222, manager 3333, owner 4444.\n";
    } else {
        Clock clock;
        if (auto s = Setup::initialise(**db, clock, setup, staff); !s.ok()) {
            cleanUp();
            return report(s.error());
        }
        out() << QStringLiteral("Created store '%1' in %2.\n").arg(setup.storeName, ctx.dbPath);
    }
    return Ok;
}

// ---- read commands -------------------------------------------------------------------------

int cmdMenu(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    p.addOption(json);
    if (int code = parse(p, ctx, QStringLiteral("Show the menu: products, sizes, prices, recipes and modifiers."));
        code >= 0)
        return code;
    auto session = openSession(ctx);
    if (!session)
        return report(session.error());
    Database& db = *session->db;
    const Site& site = session->site;
    CatalogService catalog(db);
    auto menu = catalog.loadMenu();
    if (!menu)
        return report(menu.error());
    if (p.isSet(json)) {
        printJson(menu->toJson());
        return Ok;
    }
    const int digits = currencyMinorDigits(site.currency);
    QString category;
    for (const Product& prod : menu->products) {
        if (prod.category != category) {
            category = prod.category;
            out() << "\n" << category << "\n";
        }
        QStringList sizes;
        for (const ProductSize& s : prod.sizes)
            sizes << (prod.sizes.size() > 1 ? s.name + QLatin1Char(' ') : QString())
                    + s.price.format(site.currency, digits);
        out() << "  " << prod.name.leftJustified(30) << sizes.join(QLatin1String(", ")) << "\n";
    }
    return Ok;
}

int cmdStock(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    p.addOption(json);
    if (int code = parse(p, ctx, QStringLiteral("Show stock on hand, par and critical levels and status.")); code >= 0)
        return code;
    auto session = openSession(ctx);
    if (!session)
        return report(session.error());
    Database& db = *session->db;
    const Site& site = session->site;
    InventoryService inventory(db, site.storeId);
    auto levels = inventory.stockLevels();
    if (!levels)
        return report(levels.error());
    if (p.isSet(json)) {
        printJson(InventoryService::toJson(*levels));
        return Ok;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(QStringLiteral("INGREDIENT").leftJustified(28), QStringLiteral("ON HAND").rightJustified(10),
                     QStringLiteral("PAR").rightJustified(10), QStringLiteral("CRITICAL").rightJustified(10),
                     QStringLiteral("STATUS"));
    for (const StockLevel& l : *levels)
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(l.name.leftJustified(28), Quantity {l.onHand, l.unit}.toString().rightJustified(10),
                         Quantity {l.par, l.unit}.toString().rightJustified(10),
                         Quantity {l.critical, l.unit}.toString().rightJustified(10), stockStatusCode(l.status()));
    return Ok;
}

int cmdUsers(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    p.addOption(json);
    if (int code = parse(p, ctx, QStringLiteral("List staff and their roles (never PINs).")); code >= 0)
        return code;
    auto session = openSession(ctx);
    if (!session)
        return report(session.error());
    Database& db = *session->db;
    const Site& site = session->site;
    Clock clock;
    StaffService staff(db, clock, site.terminalId, site.terminalUuid);
    auto list = staff.list();
    if (!list)
        return report(list.error());
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const StaffMember& m : *list)
            arr.append(QJsonObject {{QStringLiteral("name"), m.name}, {QStringLiteral("role"), roleCode(m.role)}});
        printJson(QJsonObject {{QStringLiteral("users"), arr}});
        return Ok;
    }
    for (const StaffMember& m : *list)
        out() << m.name.leftJustified(24) << roleCode(m.role) << "\n";
    return Ok;
}

int cmdCustomers(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption search(QStringLiteral("search"),
        QStringLiteral("Only customers whose name or phone number contains TEXT."), QStringLiteral("TEXT"));
    p.addOptions({json, search});
    if (int code = parse(p, ctx, QStringLiteral("List customers with their loyalty points.")); code >= 0)
        return code;
    auto session = openSession(ctx);
    if (!session)
        return report(session.error());
    CustomerService customers(*session->db);
    auto list = customers.search(p.value(search));
    if (!list)
        return report(list.error());
    if (p.isSet(json)) {
        printJson(CustomerService::toJson(*list));
        return Ok;
    }
    for (const CustomerSummary& c : *list)
        out() << c.name.leftJustified(28) << c.phone.leftJustified(16) << QString::number(c.points).rightJustified(7)
              << " pts\n";
    return Ok;
}

struct Command {
    const char* summary;
    std::function<int(Context&)> run;
};

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table {
        {QStringLiteral("init"), {"create a new database file (--demo for the demo café)", cmdInit}},
        {QStringLiteral("menu"), {"show the menu with sizes, prices and recipes", cmdMenu}},
        {QStringLiteral("stock"), {"show stock levels", cmdStock}},
        {QStringLiteral("users"), {"list staff and roles", cmdUsers}},
        {QStringLiteral("customers"), {"list or search customers with points", cmdCustomers}},
    };
    return table;
}

QString defaultDbPath()
{
    const QString env = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CREMA_DB"));
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/crema.db");
}

void printHelp()
{
    out() << "Usage: cremactl [--db FILE] COMMAND [OPTIONS]\n\n"
             "Crema's command line: the same core as the till, without a screen.\n\n"
             "Options:\n"
             "  --db FILE      the database file (default: $CREMA_DB, else "
          << QDir::toNativeSeparators(defaultDbPath())
          << ")\n"
             "  -h, --help     show this help\n"
             "  -v, --version  show the version\n\n"
             "Commands:\n";
    for (const auto& [name, c] : commands())
        out() << "  " << name.leftJustified(12) << " " << c.summary << "\n";
    out() << "\nRun 'cremactl COMMAND --help' for a command's options.\n"
             "Exit codes: 0 ok, 1 refused by a business rule, 2 usage or input error.\n";
}

} // namespace

int run(const QStringList& arguments)
{
    Context ctx;
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == u"--help" || a == u"-h") {
            printHelp();
            return Ok;
        }
        if (a == u"--version" || a == u"-v") {
            out() << "cremactl " << QStringLiteral(CREMA_VERSION) << "\n";
            return Ok;
        }
        if (a == u"--db" || a.startsWith(QLatin1String("--db="))) {
            QString value;
            if (a == u"--db") {
                if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty())
                    return usage(QString(), QStringLiteral("--db needs a file path"));
                value = arguments[++i];
            } else {
                value = a.mid(5);
            }
            if (value.isEmpty())
                return usage(QString(), QStringLiteral("--db needs a file path"));
            ctx.dbPath = value;
            continue;
        }
        if (a.startsWith(u'-'))
            return usage(QString(), QStringLiteral("unknown option '%1'").arg(a));
        break;
    }
    if (i >= arguments.size()) {
        printHelp();
        return Usage;
    }
    ctx.command = arguments[i];
    const auto it = commands().find(ctx.command);
    if (it == commands().end())
        return usage(QString(), QStringLiteral("unknown command '%1'").arg(ctx.command));
    ctx.args = arguments.mid(i);
    if (ctx.dbPath.isEmpty()) {
        ctx.dbPath = defaultDbPath();
        QDir().mkpath(QFileInfo(ctx.dbPath).absolutePath());
    }
    return it->second.run(ctx);
}

} // namespace crema::cli

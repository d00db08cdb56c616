// cremactl init: a new database file, empty or the demo café.
#include "clisupport.h"
#include "registry.h"

#include "common/clock.h"
#include "demo/democafe.h"
#include "storage/database.h"
#include "store/setupservice.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

namespace crema::cli {

namespace {

int cmdInit(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption demo(QStringLiteral("demo"),
        QStringLiteral("Fill the new file with the demo café: menu, stock, staff, customers and 13 weeks of sales."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        QStringLiteral("With --demo: the day the demo history leads up to (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption historyDays(QStringLiteral("history-days"),
        QStringLiteral("With --demo: days of order history (default 91; 365 for a year)."), QStringLiteral("DAYS"),
        QStringLiteral("91"));
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
    const QCommandLineOption address(QStringLiteral("address"),
        QStringLiteral("The store's address as printed on receipts (lines separated by \\n or by newlines)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption locale(QStringLiteral("locale"),
        QStringLiteral("How money, numbers and dates are written, e.g. en_GB, fr_FR, kk_KZ (default en_GB)."),
        QStringLiteral("LOCALE"), QStringLiteral("en_GB"));
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("This till's language: %1 (default en).").arg(Setup::languages().join(QStringLiteral(", "))),
        QStringLiteral("CODE"), QStringLiteral("en"));
    const QCommandLineOption owner(
        QStringLiteral("owner"), QStringLiteral("The owner's name."), QStringLiteral("NAME"));
    const QCommandLineOption ownerPin(
        QStringLiteral("owner-pin"), QStringLiteral("The owner's PIN (4 to 8 digits)."), QStringLiteral("PIN"));
    p.addOptions({demo, asOf, historyDays, store, address, currency, taxExclusive, timeZone, locale, language, till,
        owner, ownerPin});
    if (int code = parse(p, ctx, QStringLiteral("Create a new Crema database file.")); code >= 0)
        return code;

    if (p.isSet(demo)) {
        for (const auto& o :
            {store, address, currency, taxExclusive, timeZone, locale, language, till, owner, ownerPin}) {
            if (p.isSet(o))
                return usage(ctx.command, QStringLiteral("--%1 cannot be combined with --demo").arg(o.names().first()));
        }
    } else {
        if (p.isSet(asOf) || p.isSet(historyDays))
            return usage(ctx.command, QStringLiteral("--as-of and --history-days go with --demo"));
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
    bool daysOk = false;
    const int days = p.value(historyDays).toInt(&daysOk);
    if (!daysOk || days < 7 || days > 3660)
        return usage(ctx.command, QStringLiteral("--history-days '%1': expected 7 to 3660").arg(p.value(historyDays)));
    StoreSetup setup;
    QList<InitialStaff> staff;
    if (!p.isSet(demo)) {
        setup.storeName = p.value(store);
        // A shell makes a typed "\n" hard to turn into a newline, so both mean a new line.
        setup.address = p.value(address).replace(QLatin1String("\\n"), QLatin1String("\n"));
        setup.locale = p.value(locale);
        setup.language = p.value(language);
        setup.currency = p.value(currency).toUpper();
        setup.pricesIncludeTax = !p.isSet(taxExclusive);
        setup.timeZone = p.value(timeZone);
        setup.terminalName = p.value(till);
        staff.append(InitialStaff {p.value(owner), Role::Owner, p.value(ownerPin)});
        if (auto v = Setup::validate(setup, staff); !v.ok())
            return report(v.error());
    }

    // Written to a temporary file and renamed into place, so nothing half-made is ever left at the path.
    DemoStats stats;
    const Status created = Setup::createFile(ctx.dbPath, [&](Database& db) -> Status {
        if (!p.isSet(demo)) {
            Clock clock;
            return Setup::initialise(db, clock, setup, staff);
        }
        auto seeded = DemoCafe::seed(db, day, days);
        if (!seeded)
            return seeded.error();
        stats = *seeded;
        return {};
    });
    if (!created)
        return report(created.error());
    if (p.isSet(demo)) {
        out() << QStringLiteral("Created the demo café in %1: %2 products in %3 categories, %4 ingredients, "
                                "%5 customers, %6 orders over %7 days.\n")
                     .arg(ctx.dbPath)
                     .arg(stats.products)
                     .arg(stats.categories)
                     .arg(stats.ingredients)
                     .arg(stats.customers)
                     .arg(stats.orders)
                     .arg(stats.days);
        out() << "Demo PINs: cashier 1111, barista 2222, manager 3333, owner 4444.\n";
    } else {
        out() << QStringLiteral("Created store '%1' in %2.\n").arg(setup.storeName, ctx.dbPath);
    }
    return Ok;
}

const Registration registerInit {"init", "create a new database file (--demo for the demo café)", cmdInit};

} // namespace

} // namespace crema::cli

// cremactl store: show or edit the store's details (name, address, locale, time zone, currency).
#include "clisupport.h"
#include "registry.h"

#include "staff/staffservice.h"
#include "store/storeeditor.h"

namespace crema::cli {

namespace {

void printDetails(const StoreDetails& d, qint64 orders)
{
    out() << "name=" << d.name << "\n";
    out() << "address=" << QString(d.address).replace(QLatin1Char('\n'), QLatin1String("\\n")) << "\n";
    out() << "locale=" << d.locale << "\n";
    out() << "time_zone=" << d.timeZone << "\n";
    out() << "currency=" << d.currency << " (" << currencyMinorDigits(d.currency) << " decimals)"
          << (orders > 0 ? "  [locked: the store has orders]" : "") << "\n";
    out() << "prices_include_tax=" << (d.pricesIncludeTax ? "yes" : "no")
          << (orders > 0 ? "  [locked: the store has orders]" : "") << "\n";
    out() << "orders=" << orders << "\n";
}

int cmdStore(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption name(
        QStringLiteral("name"), QStringLiteral("edit: the store's name."), QStringLiteral("NAME"));
    const QCommandLineOption address(QStringLiteral("address"),
        QStringLiteral("edit: the address printed on receipts (lines separated by \\n)."), QStringLiteral("TEXT"));
    const QCommandLineOption locale(QStringLiteral("locale"),
        QStringLiteral("edit: how money, numbers and dates are written (en_GB, fr_FR, ...)."),
        QStringLiteral("LOCALE"));
    const QCommandLineOption timeZone(
        QStringLiteral("time-zone"), QStringLiteral("edit: IANA time zone (Europe/Paris)."), QStringLiteral("TZ"));
    const QCommandLineOption currency(QStringLiteral("currency"),
        QStringLiteral("edit: ISO 4217 code; only while the store has no orders."), QStringLiteral("CODE"));
    const QCommandLineOption taxInclusive(QStringLiteral("tax-inclusive"),
        QStringLiteral("edit: menu prices include tax; only while the store has no orders."));
    const QCommandLineOption taxExclusive(QStringLiteral("tax-exclusive"),
        QStringLiteral("edit: menu prices exclude tax; only while the store has no orders."));
    const QCommandLineOption json = jsonOption();
    p.addOptions({pinOption(), name, address, locale, timeZone, currency, taxInclusive, taxExclusive, json});
    p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("show, or edit (the owner's --pin)."));
    if (int code = parse(p, ctx,
            QStringLiteral("Show or edit the store's details. Editing needs the owner's --pin; the currency and "
                           "whether prices include tax can change only while the store has no orders."),
            1);
        code >= 0)
        return code;
    const QString action = p.positionalArguments().first();
    if (action != u"show" && action != u"edit")
        return usage(ctx.command, QStringLiteral("unknown action '%1' (expected show or edit)").arg(action));
    const QList<QCommandLineOption> edits {name, address, locale, timeZone, currency, taxInclusive, taxExclusive};
    if (action == u"show") {
        for (const QCommandLineOption& o : edits) {
            if (p.isSet(o))
                return usage(ctx.command, QStringLiteral("--%1 goes with edit").arg(o.names().first()));
        }
    } else {
        if (std::none_of(edits.begin(), edits.end(), [&](const QCommandLineOption& o) { return p.isSet(o); }))
            return usage(ctx.command,
                QStringLiteral("edit needs something to change (--name, --address, --locale, --time-zone, "
                               "--currency, --tax-inclusive or --tax-exclusive)"));
        if (p.isSet(taxInclusive) && p.isSet(taxExclusive))
            return usage(ctx.command, QStringLiteral("--tax-inclusive and --tax-exclusive cannot be combined"));
    }
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    StoreEditor editor(*till->db, till->clock);
    auto details = editor.load();
    if (!details)
        return report(details.error());
    if (action == u"edit") {
        auto actor = logIn(*till, p, ctx);
        if (!actor)
            return report(actor.error());
        StoreDetails wanted = *details;
        if (p.isSet(name))
            wanted.name = p.value(name);
        if (p.isSet(address))
            wanted.address = p.value(address).replace(QLatin1String("\\n"), QLatin1String("\n"));
        if (p.isSet(locale))
            wanted.locale = p.value(locale);
        if (p.isSet(timeZone))
            wanted.timeZone = p.value(timeZone);
        if (p.isSet(currency))
            wanted.currency = p.value(currency).toUpper();
        if (p.isSet(taxInclusive) || p.isSet(taxExclusive))
            wanted.pricesIncludeTax = p.isSet(taxInclusive);
        auto saved = editor.save(*actor, wanted);
        if (!saved)
            return report(saved.error());
        details = std::move(saved);
    }
    auto orders = editor.orderCount();
    if (!orders)
        return report(orders.error());
    if (p.isSet(json))
        printJson(details->toJson(*orders));
    else
        printDetails(*details, *orders);
    return Ok;
}

const Registration registerStore {
    "store", "show or edit the store's details (name, address, locale, time zone, currency)", cmdStore};

} // namespace

} // namespace crema::cli

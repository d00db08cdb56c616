// cremactl settings: show or change this till's settings.
#include "clisupport.h"
#include "registry.h"

#include "kitchen/kitchenprotocol.h"
#include "receipts/escposprinter.h"
#include "staff/staffservice.h"
#include "store/tillsettings.h"

namespace crema::cli {

namespace {

int cmdSettings(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("KEY"), QStringLiteral("Show one setting (no KEY: all of them)."));
    p.addPositionalArgument(QStringLiteral("VALUE"), QStringLiteral("Set it to this value."));
    p.addOption(pinOption());
    if (int code = parse(p, ctx,
            QStringLiteral(
                "Show or change this till's settings: receipt_printer (escpos:HOST[:PORT], printer:NAME, pdf:FOLDER), "
                "receipt_width (42|48), idle_lock_seconds, cashier_discount_limit_bp, loyalty_points_per_unit, "
                "kitchen_listen (ADDR:PORT this till serves kitchen screens on), kitchen_secret (the store secret), "
                "kitchen_feeds (HOST:PORT,... of the tills a kitchen screen follows), kitchen_stations (the stations "
                "this screen shows, comma-separated; empty = all). "
                "Changing one needs an owner's --pin."),
            -1);
        code >= 0)
        return code;
    const QStringList args = p.positionalArguments();
    if (args.size() > 2)
        return usage(ctx.command, QStringLiteral("unexpected argument '%1'").arg(args.at(2)));
    static const QStringList known {QStringLiteral("receipt_printer"), QStringLiteral("receipt_width"),
        QStringLiteral("idle_lock_seconds"), QStringLiteral("cashier_discount_limit_bp"),
        QStringLiteral("loyalty_points_per_unit"), QStringLiteral("kitchen_listen"), QStringLiteral("kitchen_secret"),
        QStringLiteral("kitchen_feeds"), QStringLiteral("kitchen_stations")};
    if (!args.isEmpty() && !known.contains(args.first()))
        return usage(ctx.command,
            QStringLiteral("unknown setting '%1' (known: %2)").arg(args.first(), known.join(QLatin1String(", "))));
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    TillSettings settings(*till->db);
    if (args.size() < 2) {
        for (const QString& key : known) {
            if (args.isEmpty() || args.first() == key) {
                const QString v = settings.value(key);
                out() << key << "=" << (key == u"kitchen_secret" && !v.isEmpty() ? QStringLiteral("(set)") : v) << "\n";
            }
        }
        return Ok;
    }
    auto actor = logIn(*till, p, ctx);
    if (!actor)
        return report(actor.error());
    if (auto s = StaffService::require(*actor, Permission::ManageSettings); !s.ok())
        return report(s.error());
    const QString key = args.at(0);
    const QString value = args.at(1);
    bool ok = true;
    if (key == u"receipt_printer" && !value.isEmpty()) {
        ok = value.startsWith(QLatin1String("printer:")) || value.startsWith(QLatin1String("pdf:"))
            || (value.startsWith(QLatin1String("escpos:")) && EscPosPrinter::parseAddress(value.mid(7)).ok());
    } else if (key == u"receipt_width") {
        ok = value == u"42" || value == u"48";
    } else if (key == u"kitchen_listen") {
        ok = value.isEmpty() || kitchenwire::parseEndpoint(value, true).ok();
    } else if (key == u"kitchen_feeds") {
        for (const QString& a : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            ok = ok && kitchenwire::parseEndpoint(a.trimmed()).ok();
    } else if (key == u"kitchen_secret") {
        if (auto s = kitchenwire::checkSecret(value); !value.isEmpty() && !s.ok())
            return usage(ctx.command, QStringLiteral("setting kitchen_secret: ") + s.error().message);
    } else if (key == u"kitchen_stations") {
        ok = true; // names of stations; empty = all
    } else if (key != u"receipt_printer") {
        value.toUInt(&ok);
    }
    if (!ok)
        return usage(ctx.command, QStringLiteral("setting %1: '%2' is not a valid value").arg(key, value));
    if (auto s = settings.set(key, value); !s.ok())
        return report(s.error());
    out() << key << "=" << (key == u"kitchen_secret" && !value.isEmpty() ? QStringLiteral("(set)") : value) << "\n";
    return Ok;
}

const Registration registerSettings {
    "settings", "show or change this till's settings (printer, idle lock, limits)", cmdSettings};

} // namespace

} // namespace crema::cli

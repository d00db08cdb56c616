// cremactl settings: show or change this till's settings.
#include "clisupport.h"
#include "registry.h"

#include "staff/staffservice.h"
#include "store/tillsettings.h"

namespace crema::cli {

namespace {

int cmdSettings(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("KEY"), QStringLiteral("Show one setting (no KEY: all of them)."));
    p.addPositionalArgument(QStringLiteral("VALUE"), QStringLiteral("Set it to this value (checked by core)."));
    const QCommandLineOption reset(QStringLiteral("reset"), QStringLiteral("Set KEY back to its default."));
    const QCommandLineOption json = jsonOption();
    p.addOptions({pinOption(), reset, json});
    QString description = QStringLiteral(
        "Show or change this till's settings; a setting not changed shows its default, marked [default]. "
        "Changing or resetting one needs an owner's --pin. Settings:");
    for (const SettingDefinition& d : TillSettings::definitions())
        description += QStringLiteral("\n  %1: %2 (%3)").arg(d.key, d.description, d.allowed());
    if (int code = parse(p, ctx, description, -1); code >= 0)
        return code;
    const QStringList args = p.positionalArguments();
    if (args.size() > 2)
        return usage(ctx.command, QStringLiteral("unexpected argument '%1'").arg(args.at(2)));
    if (p.isSet(reset) && args.size() != 1)
        return usage(ctx.command, QStringLiteral("--reset takes one KEY and no VALUE"));
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    TillSettings& settings = *till->settings;
    const auto print = [&](const QList<SettingState>& states) {
        if (p.isSet(json)) {
            printJson(TillSettings::toJson(states));
            return;
        }
        for (const SettingState& s : states) {
            out() << s.definition.key << "=" << s.shown();
            if (s.isDefault)
                out() << "  [default]";
            if (!s.ignored.isEmpty())
                out() << "  (stored value ignored: not " << s.definition.allowed() << ")";
            out() << "\n";
        }
    };
    if (args.isEmpty()) {
        auto all = settings.list();
        if (!all)
            return report(all.error());
        print(*all);
        return Ok;
    }
    if (args.size() == 1 && !p.isSet(reset)) {
        auto one = settings.state(args.first());
        if (!one)
            return report(one.error());
        print({*one});
        return Ok;
    }
    auto actor = logIn(*till, p, ctx);
    if (!actor)
        return report(actor.error());
    auto changed
        = p.isSet(reset) ? settings.reset(*actor, args.first()) : settings.set(*actor, args.first(), args.at(1));
    if (!changed)
        return report(changed.error());
    print({*changed});
    return Ok;
}

const Registration registerSettings {
    "settings", "show or change this till's settings (printer, idle lock, limits)", cmdSettings};

} // namespace

} // namespace crema::cli

// cremactl reward, station: the owner's edits of the rewards catalogue and of the kitchen stations.
#include "clisupport.h"
#include "registry.h"

#include "kitchen/kitchenservice.h"
#include "loyalty/rewardeditor.h"
#include "staff/staffservice.h"

#include <QMap>

namespace crema::cli {

namespace {

const QString kRewardActions = QStringLiteral("list, add, edit or deactivate");
const QString kStationActions = QStringLiteral("list, add, rename, remove or timing");

// "10", "12.5" or "12.5%" as basis points.
Result<qint64> parsePercent(const QString& text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    auto bp = Money::parse(t, 2);
    if (!bp || bp->cents() <= 0 || bp->cents() > 10000)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("--percent '%1': expected a percentage above 0 and at most 100, like 10 or 12.5").arg(text));
    return bp->cents();
}

void printReward(const RewardChange& c)
{
    out() << c.saved.after.name << ": " << c.description << ", " << c.saved.after.pointsCost << " points"
          << (c.saved.after.active ? "" : " (inactive)") << " (" << c.action << ")\n";
}

int cmdReward(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ACTION"), kRewardActions);
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The reward (its name or uuid)."));
    const QCommandLineOption points(
        QStringLiteral("points"), QStringLiteral("What the reward costs in points."), QStringLiteral("N"));
    const QCommandLineOption category(QStringLiteral("free-category"),
        QStringLiteral("It gives one free item from this category."), QStringLiteral("CATEGORY"));
    const QCommandLineOption product(QStringLiteral("free-product"),
        QStringLiteral("It gives one free item of this product."), QStringLiteral("PRODUCT"));
    const QCommandLineOption amount(QStringLiteral("amount"),
        QStringLiteral("It takes this amount off the order (2.50)."), QStringLiteral("AMOUNT"));
    const QCommandLineOption percent(QStringLiteral("percent"),
        QStringLiteral("It takes this percentage off the order (10 or 12.5)."), QStringLiteral("PERCENT"));
    const QCommandLineOption rename(
        QStringLiteral("name"), QStringLiteral("edit: the reward's new name."), QStringLiteral("NEW"));
    const QCommandLineOption activate(QStringLiteral("activate"), QStringLiteral("edit: offer it again."));
    const QCommandLineOption json = jsonOption();
    p.addOptions({points, category, product, amount, percent, rename, activate, pinOption(), json});
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx,
            QStringLiteral("Add, edit or deactivate a loyalty reward (the owner's --pin): what it costs in points and "
                           "what it gives, exactly one of --free-category, --free-product, --amount or --percent. "
                           "list shows every reward, inactive ones too."),
            till, -1);
        code >= 0)
        return code;
    RewardEditor& editor = *till->rewards;
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    if (action == u"list") {
        if (args.size() > 1)
            return usage(ctx.command, QStringLiteral("unexpected argument '%1'").arg(args.at(1)));
        auto all = editor.list();
        if (!all)
            return report(all.error());
        QJsonArray arr;
        for (const RewardRecord& r : *all)
            arr.append(r.toJson());
        if (p.isSet(json)) {
            printJson(QJsonObject {{QStringLiteral("rewards"), arr}});
            return Ok;
        }
        for (const RewardRecord& r : *all)
            out() << r.name << ", " << r.pointsCost << " points" << (r.active ? "" : " (inactive)") << "\n";
        return Ok;
    }
    if (action != u"add" && action != u"edit" && action != u"deactivate")
        return usage(ctx.command,
            action.isEmpty() ? QStringLiteral("an action is required: %1").arg(kRewardActions)
                             : QStringLiteral("unknown action '%1' (expected %2)").arg(action, kRewardActions));
    if (args.size() != 2)
        return usage(ctx.command,
            args.size() < 2 ? QStringLiteral("reward %1 needs the reward's NAME").arg(action)
                            : QStringLiteral("unexpected argument '%1'").arg(args.at(2)));
    const int gives = int(p.isSet(category)) + int(p.isSet(product)) + int(p.isSet(amount)) + int(p.isSet(percent));
    if (gives > 1)
        return usage(ctx.command,
            QStringLiteral("give one of --free-category, --free-product, --amount or --percent, not %1").arg(gives));
    if (action == u"add" && (gives == 0 || !p.isSet(points)))
        return usage(ctx.command,
            QStringLiteral("reward add needs --points and one of --free-category, --free-product, --amount or "
                           "--percent"));
    if (action == u"deactivate" && (gives || p.isSet(points) || p.isSet(rename) || p.isSet(activate)))
        return usage(ctx.command, QStringLiteral("reward deactivate takes only the reward's NAME"));
    qint64 pointsCost = 0;
    if (p.isSet(points)) {
        bool ok = false;
        pointsCost = p.value(points).toLongLong(&ok);
        if (!ok)
            return usage(ctx.command, QStringLiteral("--points '%1': expected a whole number").arg(p.value(points)));
    }
    RewardSpec spec;
    spec.freeCategory = p.value(category);
    spec.freeProduct = p.value(product);
    if (p.isSet(amount)) {
        auto m = Money::parse(p.value(amount), till->digits());
        if (!m)
            return usage(ctx.command, QStringLiteral("--amount: %1").arg(m.error().message));
        if (m->cents() <= 0)
            return usage(ctx.command, QStringLiteral("--amount '%1': must be more than 0").arg(p.value(amount)));
        spec.amount = *m;
    }
    if (p.isSet(percent)) {
        auto bp = parsePercent(p.value(percent));
        if (!bp)
            return usage(ctx.command, bp.error().message);
        spec.percentBp = *bp;
    }
    auto actor = logIn(*till, p, ctx);
    if (!actor)
        return report(actor.error());
    // Permission first, so a cashier hears that before anything about the reward.
    if (auto allowed = StaffService::require(*actor, Permission::ManageSettings); !allowed.ok())
        return report(allowed.error());

    Result<RewardChange> done = fail(Error::Code::InvalidInput, QString());
    if (action == u"add") {
        spec.name = args.at(1);
        spec.pointsCost = pointsCost;
        done = editor.add(*actor, spec);
    } else {
        auto existing = editor.find(args.at(1));
        if (!existing)
            return report(existing.error());
        if (action == u"deactivate") {
            done = editor.deactivate(*actor, existing->uuid);
        } else {
            RewardRecord record = *existing;
            if (p.isSet(rename))
                record.name = p.value(rename);
            if (p.isSet(points))
                record.pointsCost = pointsCost;
            if (p.isSet(activate))
                record.active = true;
            if (gives) {
                spec.name = record.name;
                spec.pointsCost = record.pointsCost;
                auto resolved = editor.resolve(spec, record);
                if (!resolved)
                    return report(resolved.error());
                record = *resolved;
            }
            done = editor.edit(*actor, record);
        }
    }
    if (!done)
        return report(done.error());
    if (p.isSet(json))
        printJson(done->toJson());
    else
        printReward(*done);
    return Ok;
}

void printStation(const StationInfo& s)
{
    out() << s.name.leftJustified(16) << " amber " << s.timing.amberSeconds << " s, red " << s.timing.redSeconds
          << " s";
    if (!s.categories.isEmpty())
        out() << ", for " << s.categories.join(QLatin1String(", "));
    if (s.openTickets > 0)
        out() << ", " << s.openTickets << " open ticket" << (s.openTickets == 1 ? "" : "s");
    out() << "\n";
}

int cmdStation(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ACTION"), kStationActions);
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The station (rename: then its new name)."));
    const QCommandLineOption amber(
        QStringLiteral("amber"), QStringLiteral("Seconds before a ticket turns amber."), QStringLiteral("SECONDS"));
    const QCommandLineOption red(
        QStringLiteral("red"), QStringLiteral("Seconds before a ticket turns red."), QStringLiteral("SECONDS"));
    const QCommandLineOption json = jsonOption();
    p.addOptions({amber, red, pinOption(), json});
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx,
            QStringLiteral("Add, rename or remove a kitchen station, or set when its tickets turn amber and red (the "
                           "owner's --pin). A rename moves the menu categories that use the station with it; a "
                           "station still used by a category or with open tickets is not removed. list (the "
                           "default) shows them."),
            till, -1);
        code >= 0)
        return code;
    KitchenService& kitchen = *till->kitchen;
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    const QMap<QString, qsizetype> arity {{QStringLiteral("list"), 1}, {QStringLiteral("add"), 2},
        {QStringLiteral("rename"), 3}, {QStringLiteral("remove"), 2}, {QStringLiteral("timing"), 2}};
    if (!arity.contains(action))
        return usage(ctx.command, QStringLiteral("unknown action '%1' (expected %2)").arg(action, kStationActions));
    if (!args.isEmpty() && args.size() != arity.value(action))
        return usage(ctx.command,
            args.size() < arity.value(action)
                ? (action == u"rename" ? QStringLiteral("station rename needs the station's NAME and its NEW name")
                                       : QStringLiteral("station %1 needs the station's NAME").arg(action))
                : QStringLiteral("unexpected argument '%1'").arg(args.at(arity.value(action))));
    if (action == u"list") {
        auto all = kitchen.stationList();
        if (!all)
            return report(all.error());
        if (p.isSet(json)) {
            printJson(KitchenService::stationsJson(*all));
            return Ok;
        }
        for (const StationInfo& s : std::as_const(*all))
            printStation(s);
        return Ok;
    }
    const bool timed = action == u"add" || action == u"timing";
    if (!timed && (p.isSet(amber) || p.isSet(red)))
        return usage(ctx.command, QStringLiteral("--amber and --red go with station add or station timing"));
    if (action == u"timing" && (!p.isSet(amber) || !p.isSet(red)))
        return usage(ctx.command, QStringLiteral("station timing needs --amber and --red"));
    StationTiming timing;
    if (p.isSet(amber) != p.isSet(red))
        return usage(ctx.command, QStringLiteral("--amber and --red go together"));
    if (p.isSet(amber)) {
        bool okA = false;
        bool okR = false;
        timing = StationTiming {p.value(amber).toInt(&okA), p.value(red).toInt(&okR)};
        if (!okA || !okR)
            return usage(ctx.command, QStringLiteral("--amber and --red take whole seconds"));
    }
    auto actor = logIn(*till, p, ctx);
    if (!actor)
        return report(actor.error());
    Result<StationInfo> done = fail(Error::Code::InvalidInput, QString());
    if (action == u"add") {
        done = kitchen.addStation(*actor, args.at(1), timing);
    } else if (action == u"rename") {
        done = kitchen.renameStation(*actor, args.at(1), args.at(2));
    } else if (action == u"timing") {
        auto name = kitchen.setStationTiming(*actor, args.at(1), timing);
        if (!name)
            return report(name.error());
        done = kitchen.station(*name);
    } else {
        auto before = kitchen.station(args.at(1));
        if (!before)
            return report(before.error());
        if (auto removed = kitchen.removeStation(*actor, before->name); !removed.ok())
            return report(removed.error());
        if (p.isSet(json))
            printJson(QJsonObject {{QStringLiteral("removed"), before->name}});
        else
            out() << before->name << ": removed\n";
        return Ok;
    }
    if (!done)
        return report(done.error());
    if (p.isSet(json))
        printJson(done->toJson());
    else
        printStation(*done);
    return Ok;
}

const Registration registerReward {"reward",
    "add, edit or deactivate a loyalty reward (points, a free item, an amount or a percentage off)", cmdReward};
const Registration registerStation {
    "station", "add, rename or remove a kitchen station, or set when its tickets turn amber and red", cmdStation};

} // namespace

} // namespace crema::cli

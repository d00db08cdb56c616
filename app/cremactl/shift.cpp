// cremactl shift: open and close shifts, move cash, X and Z reports.
#include "clisupport.h"
#include "registry.h"

#include "receipts/documenttext.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"

namespace crema::cli {

namespace {

int cmdShift(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption openingFloat(
        QStringLiteral("float"), QStringLiteral("open: cash in the drawer, e.g. 100.00."), QStringLiteral("AMOUNT"));
    const QCommandLineOption amount(
        QStringLiteral("amount"), QStringLiteral("in/out: how much."), QStringLiteral("AMOUNT"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("in/out: why."), QStringLiteral("TEXT"));
    const QCommandLineOption counted(
        QStringLiteral("counted"), QStringLiteral("close: the cash counted in the drawer."), QStringLiteral("AMOUNT"));
    p.addOptions({pinOption(), openingFloat, amount, reason, counted, managerPinOption(), json});
    p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("open, in, out, x (report) or close."));
    if (int code = parse(p, ctx, QStringLiteral("Open and close till shifts, move cash, print X and Z reports."), 1);
        code >= 0)
        return code;
    const QString action = p.positionalArguments().first();
    static const QStringList actions {QStringLiteral("open"), QStringLiteral("in"), QStringLiteral("out"),
        QStringLiteral("x"), QStringLiteral("close")};
    if (!actions.contains(action))
        return usage(ctx.command,
            QStringLiteral("unknown action '%1' (expected %2)").arg(action, actions.join(QLatin1String(", "))));
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    const auto amountOf = [&](const QCommandLineOption& o) -> Result<Money> {
        if (!p.isSet(o))
            return fail(
                Error::Code::InvalidInput, QStringLiteral("shift %1 needs --%2").arg(action, o.names().first()));
        return Money::parse(p.value(o), till->digits());
    };
    const auto printReport = [&](const ShiftReport& r) {
        if (p.isSet(json))
            printJson(r.toJson());
        else
            out() << documentText(r.lines(till->site));
        return Ok;
    };
    if (action == u"x") {
        auto r = till->shifts->xReport();
        return r ? printReport(*r) : report(r.error());
    }
    auto actor = logIn(*till, p, ctx);
    if (!actor)
        return report(actor.error());
    if (action == u"open") {
        auto f = amountOf(openingFloat);
        if (!f)
            return report(f.error());
        auto s = till->shifts->open(*actor, *f);
        if (!s)
            return report(s.error());
        out() << QStringLiteral("Shift opened by %1 with a float of %2.\n").arg(actor->name, till->money(*f));
        return Ok;
    }
    if (action == u"in" || action == u"out") {
        auto a = amountOf(amount);
        if (!a)
            return report(a.error());
        if (auto s = till->shifts->moveCash(*actor, action, *a, p.value(reason), p.value(managerPinOption())); !s.ok())
            return report(s.error());
        out() << QStringLiteral("Cash %1: %2.\n").arg(action, till->money(*a));
        return Ok;
    }
    auto c = amountOf(counted);
    if (!c)
        return report(c.error());
    auto r = till->shifts->close(*actor, *c, p.value(managerPinOption()));
    return r ? printReport(*r) : report(r.error());
}

const Registration registerShift {"shift", "open and close shifts, cash in and out, X and Z reports", cmdShift};

} // namespace

} // namespace crema::cli

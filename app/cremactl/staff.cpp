// cremactl staff: add people, change their roles and names, deactivate and reactivate them, reset
// PINs and change one's own. Every rule is StaffService's; this file only reads options and prints.
#include "clisupport.h"
#include "registry.h"

#include "staff/staffservice.h"

#include <cstdio>

namespace crema::cli {

namespace {

struct Action {
    const char* name;
    int names; // positional arguments after the action
    const char* usage;
};

constexpr Action kActions[] = {
    {"list", 0, "list [--all]"},
    {"add", 1, "add NAME --role ROLE --new-pin PIN"},
    {"role", 2, "role NAME ROLE"},
    {"rename", 2, "rename NAME NEW-NAME"},
    {"deactivate", 1, "deactivate NAME"},
    {"activate", 1, "activate NAME --new-pin PIN"},
    {"reset-pin", 1, "reset-pin NAME --new-pin PIN"},
    {"pin", 0, "pin --old-pin PIN --new-pin PIN"},
};

// A PIN option's value; "-" reads one line from standard input instead, so the PIN is not on the
// command line for `ps` to show. Several "-" read one line each, in the order asked.
Result<QString> pinValue(const QCommandLineParser& p, const QCommandLineOption& option)
{
    const QString value = p.value(option);
    if (value != u"-")
        return value;
    static QTextStream in(stdin);
    const QString line = in.readLine();
    if (line.isNull())
        return fail(
            Error::Code::InvalidInput, QStringLiteral("--%1 -: no line on standard input").arg(option.names().first()));
    return line.trimmed();
}

void printMember(const StaffMember& m)
{
    out() << QStringLiteral("%1  %2  %3\n")
                 .arg(m.name.left(30), -30)
                 .arg(roleCode(m.role), -8)
                 .arg(m.active ? QStringLiteral("active") : QStringLiteral("inactive"));
}

int cmdStaff(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("ACTION"), QStringLiteral("list, add, role, rename, deactivate, activate, reset-pin or pin."));
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The person, by name (and a ROLE or NEW-NAME)."));
    const QCommandLineOption role(
        QStringLiteral("role"), QStringLiteral("add: cashier, barista, manager or owner."), QStringLiteral("ROLE"));
    const QCommandLineOption newPin(QStringLiteral("new-pin"),
        QStringLiteral("add, activate, reset-pin, pin: the new PIN (4 to 8 digits; '-' reads it from standard input)."),
        QStringLiteral("PIN"));
    const QCommandLineOption oldPin(QStringLiteral("old-pin"),
        QStringLiteral("pin: your current PIN ('-' reads it from standard input, before --new-pin -)."),
        QStringLiteral("PIN"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("list: inactive people too."));
    const QCommandLineOption json = jsonOption();
    p.addOptions({role, newPin, oldPin, all, json, pinOption(), managerPinOption()});
    QString description = QStringLiteral(
        "Staff: who works here, their roles and PINs. Adding, changing a role or name, deactivating and "
        "activating need the owner's --pin; resetting a PIN the owner's (anyone's) or a manager's (a cashier's or "
        "a barista's); changing your own PIN your --pin and --old-pin. Nobody is deleted: a deactivated person "
        "keeps their history and can no longer log in; activating them again takes a new PIN. A PIN given on "
        "the command line can be seen by other users of this computer (ps): give '-' to read it from standard "
        "input, one line each. Actions:");
    for (const Action& a : kActions)
        description += QStringLiteral("\n  cremactl staff %1").arg(QLatin1String(a.usage));
    if (int code = parse(p, ctx, description, -1); code >= 0)
        return code;

    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return usage(ctx.command,
            QStringLiteral("missing action (list, add, role, rename, deactivate, activate, "
                           "reset-pin or pin)"));
    const QString name = args.first();
    const Action* action = nullptr;
    for (const Action& a : kActions) {
        if (name == QLatin1String(a.name))
            action = &a;
    }
    if (!action)
        return usage(ctx.command, QStringLiteral("unknown action '%1'").arg(name));
    if (args.size() - 1 != action->names)
        return usage(ctx.command, QStringLiteral("usage: cremactl staff %1").arg(QLatin1String(action->usage)));
    const bool needsNewPin = name == u"add" || name == u"activate" || name == u"reset-pin" || name == u"pin";
    if (needsNewPin && !p.isSet(newPin))
        return usage(ctx.command, QStringLiteral("staff %1 needs --new-pin PIN").arg(name));
    if (!needsNewPin && p.isSet(newPin))
        return usage(ctx.command, QStringLiteral("staff %1 takes no --new-pin").arg(name));
    if ((name == u"pin") != p.isSet(oldPin))
        return usage(ctx.command,
            name == u"pin" ? QStringLiteral("staff pin needs --old-pin PIN")
                           : QStringLiteral("--old-pin is for staff pin only"));
    if ((name == u"add") != p.isSet(role))
        return usage(ctx.command,
            name == u"add" ? QStringLiteral("staff add needs --role ROLE")
                           : QStringLiteral("--role is for staff add only"));
    if (p.isSet(all) && name != u"list")
        return usage(ctx.command, QStringLiteral("--all is for staff list only"));
    std::optional<Role> newRole;
    if (name == u"add" || name == u"role") {
        auto parsed = parseRole(name == u"add" ? p.value(role) : args.at(2));
        if (!parsed)
            return usage(ctx.command, parsed.error().message);
        newRole = *parsed;
    }
    QString oldPinValue, newPinValue;
    if (p.isSet(oldPin)) {
        auto v = pinValue(p, oldPin);
        if (!v)
            return usage(ctx.command, v.error().message);
        oldPinValue = *v;
    }
    if (needsNewPin) {
        auto v = pinValue(p, newPin);
        if (!v)
            return usage(ctx.command, v.error().message);
        newPinValue = *v;
    }

    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    StaffService& staff = *till->staff;
    if (name == u"list") {
        auto people = staff.list(!p.isSet(all));
        if (!people)
            return report(people.error());
        if (p.isSet(json)) {
            printJson(staffListJson(*people));
            return Ok;
        }
        for (const StaffMember& m : std::as_const(*people))
            printMember(m);
        return Ok;
    }

    const bool reset = name == u"reset-pin";
    auto actor = name == u"pin"
        ? logIn(*till, p, ctx)
        : logInFor(*till, p, ctx, reset ? Permission::ResetStaffPins : Permission::ManageStaff,
            reset ? QStringLiteral("override.reset_staff_pin") : QStringLiteral("override.manage_staff"));
    if (!actor)
        return report(actor.error());
    Result<StaffMember> done = Error {};
    if (name == u"add") {
        done = staff.addStaff(*actor, args.at(1), *newRole, newPinValue);
    } else if (name == u"pin") {
        done = staff.changeOwnPin(*actor, oldPinValue, newPinValue);
    } else {
        auto target = staff.find(args.at(1));
        if (!target)
            return report(target.error());
        if (name == u"role")
            done = staff.changeRole(*actor, target->id, *newRole);
        else if (name == u"rename")
            done = staff.rename(*actor, target->id, args.at(2));
        else if (name == u"deactivate")
            done = staff.deactivate(*actor, target->id);
        else if (name == u"activate")
            done = staff.reactivate(*actor, target->id, newPinValue);
        else
            done = staff.resetPin(*actor, target->id, newPinValue);
    }
    if (!done)
        return report(done.error());
    if (p.isSet(json)) {
        printJson({{QStringLiteral("staff"), done->toJson()}});
        return Ok;
    }
    if (needsNewPin && name != u"add")
        out() << QStringLiteral("New PIN set for %1\n").arg(done->name);
    printMember(*done);
    return Ok;
}

const Registration registerStaff {
    "staff", "add, change, deactivate and reactivate staff; reset and change PINs", cmdStaff};

} // namespace

} // namespace crema::cli

// cremactl staff: every action through the real binary, its exit codes, --json, and PINs read from
// standard input so they stay out of `ps`.
#include "clirun.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QProcess>

using namespace crema;

namespace {

// cremactl with `input` on its standard input.
Run cremactlWithInput(const QStringList& args, const QByteArray& input)
{
    QProcess p;
    p.setProgram(QStringLiteral(CREMACTL_PATH));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return Run {
        p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

struct Cli {
    test::TempDir dir;
    QString db = test::demoCopy(dir);
    Run staff(QStringList args)
    {
        return cremactl(QStringList {QStringLiteral("--db"), db, QStringLiteral("staff")} + args);
    }
    Run staffWithInput(QStringList args, const QByteArray& input)
    {
        return cremactlWithInput(QStringList {QStringLiteral("--db"), db, QStringLiteral("staff")} + args, input);
    }
    // name -> {"role", "active"} from `staff list --all --json`
    QJsonObject person(const QString& name)
    {
        const Run r = staff({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
        REQUIRE(r.code == 0);
        for (const QJsonValue& v : r.json().value(QStringLiteral("staff")).toArray()) {
            if (v[QStringLiteral("name")].toString() == name)
                return v.toObject();
        }
        return {};
    }
    qint64 count(const char* sql)
    {
        auto file = Database::open(db);
        REQUIRE_OK(file);
        return test::scalar(**file, QString::fromUtf8(sql));
    }
};

QStringList pin(const char* p)
{
    return {QStringLiteral("--pin"), QString::fromLatin1(p)};
}

void noSecrets(const Run& r)
{
    for (const QString& text : {r.out, r.err}) {
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(QStringLiteral("argon"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(QStringLiteral("pin_hash")));
    }
}

} // namespace

TEST_CASE("cremactl staff adds a person with a PIN from standard input, and they change it themselves", "[cli][staff]")
{
    Cli c;
    const Run added = c.staffWithInput(
        QStringList {QStringLiteral("add"), QStringLiteral("Pat Newhire"), QStringLiteral("--role"),
            QStringLiteral("barista"), QStringLiteral("--new-pin"), QStringLiteral("-"), QStringLiteral("--json")}
            + pin("4444"),
        "57575757\n");
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const QJsonObject json = added.json().value(QStringLiteral("staff")).toObject();
    CHECK(json.value(QStringLiteral("name")).toString() == QStringLiteral("Pat Newhire"));
    CHECK(json.value(QStringLiteral("role")).toString() == QStringLiteral("barista"));
    CHECK(json.value(QStringLiteral("active")).toBool());
    CHECK(json.value(QStringLiteral("uuid")).toString().size() == 36);
    CHECK(json.keys()
        == QStringList {
            QStringLiteral("active"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("uuid")});
    CHECK_FALSE(added.out.contains(QStringLiteral("57575757")));
    noSecrets(added);

    // Pat logs in with it and changes it, both PINs on standard input (the old one's line first).
    const Run changed = c.staffWithInput(QStringList {QStringLiteral("pin"), QStringLiteral("--old-pin"),
                                             QStringLiteral("-"), QStringLiteral("--new-pin"), QStringLiteral("-")}
            + pin("57575757"),
        "57575757\n58585858\n");
    INFO(changed.err.toStdString());
    REQUIRE(changed.code == 0);
    CHECK(changed.out.startsWith(QStringLiteral("New PIN set for Pat Newhire")));
    CHECK(c.staff(QStringList {QStringLiteral("pin"), QStringLiteral("--old-pin"), QStringLiteral("58585858"),
                      QStringLiteral("--new-pin"), QStringLiteral("59595959")}
               + pin("58585858"))
              .code
        == 0);
    // A wrong current PIN is refused (and counted), the PIN unchanged.
    const Run wrong = c.staff(QStringList {QStringLiteral("pin"), QStringLiteral("--old-pin"),
                                  QStringLiteral("11112222"), QStringLiteral("--new-pin"), QStringLiteral("60606060")}
        + pin("59595959"));
    CHECK(wrong.code == 1);
    checkOneLineError(wrong);
    CHECK(wrong.err.contains(QStringLiteral("wrong PIN")));
    CHECK(c.count("SELECT failures FROM login_attempts WHERE login_key LIKE 'staff:%'") == 1);
    // Standard input with no line for the PIN is a usage error.
    const Run empty = c.staffWithInput(QStringList {QStringLiteral("reset-pin"), QStringLiteral("Sam Cashier"),
                                           QStringLiteral("--new-pin"), QStringLiteral("-")}
            + pin("4444"),
        "");
    CHECK(empty.code == 2);
    CHECK(empty.err.contains(QStringLiteral("--new-pin -: no line on standard input")));
}

TEST_CASE("cremactl staff role, rename, deactivate, activate and list, with the owner's PIN", "[cli][staff]")
{
    Cli c;
    const Run role = c.staff(
        QStringList {QStringLiteral("role"), QStringLiteral("Sam Cashier"), QStringLiteral("barista")} + pin("4444"));
    INFO(role.err.toStdString());
    REQUIRE(role.code == 0);
    CHECK(role.out.contains(QStringLiteral("barista")));
    CHECK(
        c.person(QStringLiteral("Sam Cashier")).value(QStringLiteral("role")).toString() == QStringLiteral("barista"));

    REQUIRE(c.staff(QStringList {QStringLiteral("rename"), QStringLiteral("Sam Cashier"), QStringLiteral("Sam Barista")}
                 + pin("4444"))
                .code
        == 0);
    REQUIRE(c.staff(QStringList {QStringLiteral("deactivate"), QStringLiteral("Sam Barista")} + pin("4444")).code == 0);
    CHECK_FALSE(c.person(QStringLiteral("Sam Barista")).value(QStringLiteral("active")).toBool());
    const Run active = c.staff(QStringList {QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(active.code == 0);
    CHECK(active.json().value(QStringLiteral("staff")).toArray().size() == 3); // inactive people only with --all
    const Run text = c.staff(QStringList {QStringLiteral("list"), QStringLiteral("--all")});
    CHECK(text.out.contains(QStringLiteral("inactive")));
    // A deactivated person's PIN no longer logs in.
    const Run asSam = c.staff(QStringList {QStringLiteral("pin"), QStringLiteral("--old-pin"), QStringLiteral("1111"),
                                  QStringLiteral("--new-pin"), QStringLiteral("1212")}
        + pin("1111"));
    CHECK(asSam.code == 1);

    CHECK(c.staff(QStringList {QStringLiteral("activate"), QStringLiteral("Sam Barista")} + pin("4444")).code
        == 2); // needs a PIN
    const Run back = c.staff(QStringList {QStringLiteral("activate"), QStringLiteral("Sam Barista"),
                                 QStringLiteral("--new-pin"), QStringLiteral("1313")}
        + pin("4444"));
    INFO(back.err.toStdString());
    REQUIRE(back.code == 0);
    CHECK(c.person(QStringLiteral("Sam Barista")).value(QStringLiteral("active")).toBool());
    CHECK(c.count("SELECT count(*) FROM audit_log WHERE action LIKE 'staff.%'") == 4);
    CHECK(c.count("SELECT count(*) FROM sync_outbox WHERE event = 'staff.saved'") == 4);
}

TEST_CASE("cremactl staff refuses by the rules, with exit 1, and bad usage with exit 2", "[cli][staff]")
{
    Cli c;
    // Only the owner manages staff; the refusal names who.
    const Run byManager = c.staff(QStringList {QStringLiteral("add"), QStringLiteral("Pat"), QStringLiteral("--role"),
                                      QStringLiteral("cashier"), QStringLiteral("--new-pin"), QStringLiteral("5656")}
        + pin("3333"));
    CHECK(byManager.code == 1);
    checkOneLineError(byManager);
    CHECK(byManager.err.contains(QStringLiteral("Morgan Manager (manager) may not manage staff")));
    // A PIN in use: refused without saying whose.
    const Run clash = c.staff(QStringList {QStringLiteral("add"), QStringLiteral("Pat"), QStringLiteral("--role"),
                                  QStringLiteral("cashier"), QStringLiteral("--new-pin"), QStringLiteral("2222")}
        + pin("4444"));
    CHECK(clash.code == 1);
    CHECK(clash.err.trimmed() == QStringLiteral("cremactl: that PIN is already in use; choose another"));
    // The last owner stays.
    const Run last = c.staff(QStringList {QStringLiteral("deactivate"), QStringLiteral("Olive Owner")} + pin("4444"));
    CHECK(last.code == 1);
    CHECK(last.err.contains(QStringLiteral("Olive Owner is the last active owner and cannot be deactivated")));
    CHECK(c.staff(QStringList {QStringLiteral("role"), QStringLiteral("Olive Owner"), QStringLiteral("manager")}
               + pin("4444"))
              .code
        == 1);
    // A manager resets a cashier's PIN, not the owner's.
    const Run managerReset = c.staff(QStringList {QStringLiteral("reset-pin"), QStringLiteral("Sam Cashier"),
                                         QStringLiteral("--new-pin"), QStringLiteral("6161")}
        + pin("3333"));
    INFO(managerReset.err.toStdString());
    CHECK(managerReset.code == 0);
    const Run ownerReset = c.staff(QStringList {QStringLiteral("reset-pin"), QStringLiteral("Olive Owner"),
                                       QStringLiteral("--new-pin"), QStringLiteral("6262")}
        + pin("3333"));
    CHECK(ownerReset.code == 1);
    CHECK(ownerReset.err.contains(QStringLiteral("may not reset the PIN of Olive Owner (owner)")));
    // A barista resets a cashier's PIN only under a manager's PIN, and the override is audited.
    const QStringList baristaReset {QStringLiteral("reset-pin"), QStringLiteral("Sam Cashier"),
        QStringLiteral("--new-pin"), QStringLiteral("6363")};
    const Run alone = c.staff(baristaReset + pin("2222"));
    CHECK(alone.code == 1);
    CHECK(alone.err.contains(QStringLiteral("Alex Barista (barista) may not reset staff PINs")));
    const Run allowed
        = c.staff(baristaReset + pin("2222") + QStringList {QStringLiteral("--manager-pin"), QStringLiteral("3333")});
    INFO(allowed.err.toStdString());
    CHECK(allowed.code == 0);
    CHECK(c.count("SELECT count(*) FROM audit_log WHERE action = 'override.reset_staff_pin'") == 1);

    for (const QStringList& bad : QList<QStringList> {
             {QStringLiteral("fire"), QStringLiteral("Sam Cashier")},
             {QStringLiteral("add"), QStringLiteral("Pat"), QStringLiteral("--new-pin"), QStringLiteral("5656")},
             {QStringLiteral("add"), QStringLiteral("Pat"), QStringLiteral("--role"), QStringLiteral("boss"),
                 QStringLiteral("--new-pin"), QStringLiteral("5656")},
             {QStringLiteral("add"), QStringLiteral("Pat"), QStringLiteral("--role"), QStringLiteral("cashier"),
                 QStringLiteral("--new-pin"), QStringLiteral("12a4")},
             {QStringLiteral("role"), QStringLiteral("Sam Cashier")},
             {QStringLiteral("reset-pin"), QStringLiteral("Nobody"), QStringLiteral("--new-pin"),
                 QStringLiteral("5656")},
             {QStringLiteral("deactivate"), QStringLiteral("Sam Cashier"), QStringLiteral("--new-pin"),
                 QStringLiteral("5656")},
             {QStringLiteral("pin"), QStringLiteral("--new-pin"), QStringLiteral("5656")},
             {},
         }) {
        const Run r = c.staff(bad + pin("4444"));
        INFO(bad.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.code == 2);
        checkOneLineError(r);
    }
    // Without --pin: a usage error.
    CHECK(c.staff(QStringList {QStringLiteral("deactivate"), QStringLiteral("Sam Cashier")}).code == 2);
    CHECK(c.person(QStringLiteral("Sam Cashier")).value(QStringLiteral("active")).toBool());
}

TEST_CASE("cremactl staff --help says how to keep a PIN off the command line", "[cli][staff]")
{
    const Run help = cremactl({QStringLiteral("staff"), QStringLiteral("--help")});
    REQUIRE(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("Usage: cremactl [--db FILE] staff")));
    CHECK(help.out.contains(QStringLiteral("'-' reads it from standard input")));
    CHECK(help.out.contains(QStringLiteral("cremactl staff reset-pin NAME --new-pin PIN")));
    const Run list = cremactl({QStringLiteral("--help")});
    CHECK(list.out.contains(QStringLiteral("staff")));
}

#include "clirun.h"
#include "testsupport.h"

#include <QJsonArray>

namespace {

Run ctl(const QString& db, QStringList args)
{
    return cremactl(QStringList {QStringLiteral("--db"), db} + args);
}

QStringList owner()
{
    return {QStringLiteral("--pin"), QStringLiteral("4444")};
}

} // namespace

TEST_CASE("cremactl reward adds, edits and deactivates rewards, with --json built in core", "[cli][rewards]")
{
    crema::test::TempDir dir;
    const QString db = crema::test::demoCopy(dir);

    const Run add = ctl(db,
        QStringList {QStringLiteral("reward"), QStringLiteral("add"), QStringLiteral("Tenth off"),
            QStringLiteral("--points"), QStringLiteral("120"), QStringLiteral("--percent"), QStringLiteral("10"),
            QStringLiteral("--json")}
            + owner());
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    const QJsonObject added = add.json();
    CHECK(added.value(QStringLiteral("action")) == QStringLiteral("added"));
    const QJsonObject reward = added.value(QStringLiteral("reward")).toObject();
    CHECK(reward.value(QStringLiteral("percent_bp")) == 1000);
    CHECK(reward.value(QStringLiteral("points")) == 120);
    CHECK(reward.value(QStringLiteral("description")) == QStringLiteral("10% off the order"));
    CHECK(added.value(QStringLiteral("before")).isNull());

    const Run food = ctl(db,
        QStringList {QStringLiteral("reward"), QStringLiteral("add"), QStringLiteral("Free bite"),
            QStringLiteral("--points"), QStringLiteral("90"), QStringLiteral("--free-category"), QStringLiteral("food")}
            + owner());
    INFO(food.err.toStdString());
    REQUIRE(food.code == 0);
    CHECK(food.out == QStringLiteral("Free bite: one free item from Food, 90 points (added)\n"));

    const Run edit = ctl(db,
        QStringList {QStringLiteral("reward"), QStringLiteral("edit"), QStringLiteral("tenth off"),
            QStringLiteral("--amount"), QStringLiteral("2.50"), QStringLiteral("--name"),
            QStringLiteral("Two fifty off"), QStringLiteral("--json")}
            + owner());
    INFO(edit.err.toStdString());
    REQUIRE(edit.code == 0);
    const QJsonObject edited = edit.json();
    CHECK(edited.value(QStringLiteral("action")) == QStringLiteral("edited"));
    CHECK(edited.value(QStringLiteral("reward")).toObject().value(QStringLiteral("amount_cents")) == 250);
    CHECK_FALSE(edited.value(QStringLiteral("reward")).toObject().contains(QStringLiteral("percent_bp")));
    CHECK(
        edited.value(QStringLiteral("before")).toObject().value(QStringLiteral("name")) == QStringLiteral("Tenth off"));

    const Run off = ctl(db,
        QStringList {QStringLiteral("reward"), QStringLiteral("deactivate"), QStringLiteral("Two fifty off")}
            + owner());
    INFO(off.err.toStdString());
    REQUIRE(off.code == 0);
    CHECK(off.out.contains(QStringLiteral("(inactive) (deactivated)")));
    const Run list = ctl(db, {QStringLiteral("rewards"), QStringLiteral("--json")});
    REQUIRE(list.code == 0);
    CHECK_FALSE(list.out.contains(QStringLiteral("Two fifty off")));
    const Run all = ctl(db, {QStringLiteral("reward"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(all.code == 0);
    CHECK(all.json().value(QStringLiteral("rewards")).toArray().size() == 5);
}

TEST_CASE("cremactl reward: usage errors exit 2, refusals exit 1 naming the person", "[cli][rewards]")
{
    crema::test::TempDir dir;
    const QString db = crema::test::demoCopy(dir);
    const auto reward = [&](QStringList args) { return ctl(db, QStringList {QStringLiteral("reward")} + args); };

    Run r = reward({QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--points"), QStringLiteral("10"),
        QStringLiteral("--percent"), QStringLiteral("10"), QStringLiteral("--amount"), QStringLiteral("1")});
    CHECK(r.code == 2);
    checkOneLineError(r);
    r = reward({QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--percent"), QStringLiteral("10")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--points")));
    r = reward({QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--points"), QStringLiteral("10"),
        QStringLiteral("--percent"), QStringLiteral("150"), QStringLiteral("--pin"), QStringLiteral("4444")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("at most 100")));
    r = reward({QStringLiteral("frobnicate"), QStringLiteral("X")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("unknown action 'frobnicate'")));

    for (const char* pin : {"1111", "2222", "3333"}) {
        r = reward({QStringLiteral("add"), QStringLiteral("Mine"), QStringLiteral("--points"), QStringLiteral("10"),
            QStringLiteral("--percent"), QStringLiteral("50"), QStringLiteral("--pin"), QString::fromLatin1(pin)});
        INFO(pin);
        CHECK(r.code == 1);
        checkOneLineError(r);
        CHECK(r.err.contains(QStringLiteral("only the owner may")));
    }
    r = reward(
        {QStringLiteral("deactivate"), QStringLiteral("Free pastry"), QStringLiteral("--pin"), QStringLiteral("3333")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Morgan Manager")));
    r = reward({QStringLiteral("edit"), QStringLiteral("No such"), QStringLiteral("--points"), QStringLiteral("5"),
        QStringLiteral("--pin"), QStringLiteral("4444")});
    CHECK(r.code == 2); // a name that does not exist is bad input, as everywhere in the contract
    CHECK(r.err.contains(QStringLiteral("no reward named 'No such'")));
}

TEST_CASE("cremactl station adds, renames, times and removes stations", "[cli][stations]")
{
    crema::test::TempDir dir;
    const QString db = crema::test::demoCopy(dir);
    const auto station = [&](QStringList args) { return ctl(db, QStringList {QStringLiteral("station")} + args); };

    Run r = station({QStringLiteral("add"), QStringLiteral("Pass"), QStringLiteral("--amber"), QStringLiteral("60"),
        QStringLiteral("--red"), QStringLiteral("120"), QStringLiteral("--json"), QStringLiteral("--pin"),
        QStringLiteral("4444")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.json().value(QStringLiteral("name")) == QStringLiteral("Pass"));
    CHECK(r.json().value(QStringLiteral("red_seconds")) == 120);

    r = station({QStringLiteral("rename"), QStringLiteral("Kitchen"), QStringLiteral("Hot food"),
        QStringLiteral("--pin"), QStringLiteral("4444")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("Hot food")));
    CHECK(r.out.contains(QStringLiteral("for Food")));

    r = station({QStringLiteral("timing"), QStringLiteral("pass"), QStringLiteral("--amber"), QStringLiteral("90"),
        QStringLiteral("--red"), QStringLiteral("180"), QStringLiteral("--pin"), QStringLiteral("4444")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("amber 90 s, red 180 s")));

    r = station({QStringLiteral("remove"), QStringLiteral("Bar"), QStringLiteral("--pin"), QStringLiteral("4444")});
    CHECK(r.code == 1);
    checkOneLineError(r);
    CHECK(r.err.contains(QStringLiteral("Espresso")));
    r = station({QStringLiteral("remove"), QStringLiteral("Pass"), QStringLiteral("--pin"), QStringLiteral("3333")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Morgan Manager")));
    r = station({QStringLiteral("remove"), QStringLiteral("Pass"), QStringLiteral("--pin"), QStringLiteral("4444")});
    REQUIRE(r.code == 0);
    CHECK(r.out == QStringLiteral("Pass: removed\n"));

    r = station({QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonArray all = r.json().value(QStringLiteral("stations")).toArray();
    REQUIRE(all.size() == 2);
    CHECK(all.at(1).toObject().value(QStringLiteral("name")) == QStringLiteral("Hot food"));

    r = station({QStringLiteral("rename"), QStringLiteral("Bar")});
    CHECK(r.code == 2);
    r = station({QStringLiteral("timing"), QStringLiteral("Bar"), QStringLiteral("--amber"), QStringLiteral("10")});
    CHECK(r.code == 2);
}

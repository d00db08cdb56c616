#include "clirun.h"
#include "store/tillsettings.h"
#include "testsupport.h"

#include <QJsonArray>

namespace {

QString shop(const crema::test::TempDir& dir)
{
    const QString db = dir.file(QStringLiteral("shop.db"));
    const Run init = cremactl({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--store"),
        QStringLiteral("Bean There"), QStringLiteral("--owner"), QStringLiteral("Ona Owner"),
        QStringLiteral("--owner-pin"), QStringLiteral("4321")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    return db;
}

} // namespace

TEST_CASE("cremactl settings lists every setting with its value in effect, marking defaults", "[cli][settings]")
{
    crema::test::TempDir dir;
    const QString db = shop(dir);
    const auto settings = [&](QStringList extra) {
        return cremactl(QStringList {QStringLiteral("--db"), db, QStringLiteral("settings")} + extra);
    };
    const Run all = settings({});
    REQUIRE(all.code == 0);
    CHECK(all.out.contains(QStringLiteral("idle_lock_seconds=120  [default]\n")));
    CHECK(all.out.contains(QStringLiteral("cashier_discount_limit_bp=1000  [default]\n")));
    CHECK(all.out.count(QLatin1Char('\n')) == crema::TillSettings::definitions().size());

    const Run set = settings(
        {QStringLiteral("idle_lock_seconds"), QStringLiteral("300"), QStringLiteral("--pin"), QStringLiteral("4321")});
    INFO(set.err.toStdString());
    REQUIRE(set.code == 0);
    CHECK(set.out == QStringLiteral("idle_lock_seconds=300\n"));
    CHECK(settings({}).out.contains(QStringLiteral("idle_lock_seconds=300\n")));

    const Run json = settings({QStringLiteral("--json")});
    REQUIRE(json.code == 0);
    const QJsonArray rows = json.json().value(QStringLiteral("settings")).toArray();
    REQUIRE(rows.size() == crema::TillSettings::definitions().size());
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("key")).toString() == QStringLiteral("idle_lock_seconds")) {
            CHECK(o.value(QStringLiteral("value")).toString() == QStringLiteral("300"));
            CHECK_FALSE(o.value(QStringLiteral("default")).toBool());
            CHECK(o.value(QStringLiteral("default_value")).toString() == QStringLiteral("120"));
            CHECK(o.value(QStringLiteral("allowed")).toString() == QStringLiteral("0 (never) or 15 to 28800 seconds"));
        }
    }

    const Run reset = settings({QStringLiteral("idle_lock_seconds"), QStringLiteral("--reset"), QStringLiteral("--pin"),
        QStringLiteral("4321")});
    REQUIRE(reset.code == 0);
    CHECK(reset.out == QStringLiteral("idle_lock_seconds=120  [default]\n"));
    CHECK(settings({QStringLiteral("idle_lock_seconds")}).out == QStringLiteral("idle_lock_seconds=120  [default]\n"));
}

TEST_CASE("cremactl settings refuses a bad value naming key, value and range, and changes nothing", "[cli][settings]")
{
    crema::test::TempDir dir;
    const QString db = shop(dir);
    const auto settings = [&](QStringList extra) {
        return cremactl(QStringList {QStringLiteral("--db"), db, QStringLiteral("settings")} + extra);
    };
    const Run big = settings({QStringLiteral("cashier_discount_limit_bp"), QStringLiteral("20000"),
        QStringLiteral("--pin"), QStringLiteral("4321")});
    CHECK(big.code == 2);
    checkOneLineError(big);
    CHECK(big.err.contains(QStringLiteral(
        "setting cashier_discount_limit_bp: '20000' is out of range; expected 0 to 10000 basis points")));
    const Run idle = settings(
        {QStringLiteral("idle_lock_seconds"), QStringLiteral("5"), QStringLiteral("--pin"), QStringLiteral("4321")});
    CHECK(idle.code == 2);
    CHECK(idle.err.contains(QStringLiteral("15 to 28800 seconds")));
    const Run secret = settings(
        {QStringLiteral("kitchen_secret"), QStringLiteral("short"), QStringLiteral("--pin"), QStringLiteral("4321")});
    CHECK(secret.code == 2);
    CHECK(secret.err.contains(QStringLiteral("at least 8 characters")));
    CHECK_FALSE(secret.err.contains(QStringLiteral("'short'"))); // never echoes a secret
    const Run unknown = settings(
        {QStringLiteral("idle_lock"), QStringLiteral("60"), QStringLiteral("--pin"), QStringLiteral("4321")});
    CHECK(unknown.code == 2);
    checkOneLineError(unknown);
    CHECK(unknown.err.contains(QStringLiteral("unknown setting 'idle_lock'")));
    const Run noPin = settings({QStringLiteral("idle_lock_seconds"), QStringLiteral("60")});
    CHECK(noPin.code == 2);
    CHECK(noPin.err.contains(QStringLiteral("--pin")));
    const Run resetWithValue = settings({QStringLiteral("idle_lock_seconds"), QStringLiteral("60"),
        QStringLiteral("--reset"), QStringLiteral("--pin"), QStringLiteral("4321")});
    CHECK(resetWithValue.code == 2);
    CHECK(settings({}).out.count(QStringLiteral("[default]")) == crema::TillSettings::definitions().size());
}

TEST_CASE("cremactl settings: only the owner may change them", "[cli][settings][permissions]")
{
    crema::test::TempDir dir;
    const QString db = crema::test::demoCopy(dir);
    const Run manager
        = cremactl({QStringLiteral("--db"), db, QStringLiteral("settings"), QStringLiteral("cashier_discount_limit_bp"),
            QStringLiteral("5000"), QStringLiteral("--pin"), QStringLiteral("3333")});
    CHECK(manager.code == 1);
    checkOneLineError(manager);
    CHECK(manager.err.contains(QStringLiteral("Morgan Manager")));
    const Run owner
        = cremactl({QStringLiteral("--db"), db, QStringLiteral("settings"), QStringLiteral("cashier_discount_limit_bp"),
            QStringLiteral("5000"), QStringLiteral("--pin"), QStringLiteral("4444")});
    CHECK(owner.code == 0);
    CHECK(owner.out == QStringLiteral("cashier_discount_limit_bp=5000\n"));
}

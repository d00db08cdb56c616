#include "clirun.h"
#include "testsupport.h"

#include <QFileInfo>

namespace {

QStringList initArgs(const QString& db, const QStringList& extra)
{
    return QStringList {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--store"),
               QStringLiteral("Kissa"), QStringLiteral("--owner"), QStringLiteral("Aiko"),
               QStringLiteral("--owner-pin"), QStringLiteral("2468")}
    + extra;
}

} // namespace

TEST_CASE("cremactl init takes the address, the locale and the till's language", "[cli][init][store]")
{
    crema::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("kissa.db"));
    const Run init = cremactl(initArgs(db,
        {QStringLiteral("--currency"), QStringLiteral("jpy"), QStringLiteral("--time-zone"),
            QStringLiteral("Asia/Tokyo"), QStringLiteral("--locale"), QStringLiteral("ja_JP"),
            QStringLiteral("--language"), QStringLiteral("kk"), QStringLiteral("--address"),
            QStringLiteral("1-2 Shibuya\\nTokyo")}));
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    const Run show = cremactl(
        {QStringLiteral("--db"), db, QStringLiteral("store"), QStringLiteral("show"), QStringLiteral("--json")});
    REQUIRE(show.code == 0);
    const QJsonObject o = show.json();
    CHECK(o.value(QStringLiteral("name")).toString() == QStringLiteral("Kissa"));
    CHECK(o.value(QStringLiteral("address")).toString() == QStringLiteral("1-2 Shibuya\nTokyo"));
    CHECK(o.value(QStringLiteral("locale")).toString() == QStringLiteral("ja_JP"));
    CHECK(o.value(QStringLiteral("currency")).toString() == QStringLiteral("JPY"));
    CHECK(o.value(QStringLiteral("minor_digits")).toInt() == 0);
    CHECK(o.value(QStringLiteral("time_zone")).toString() == QStringLiteral("Asia/Tokyo"));
    CHECK(o.value(QStringLiteral("orders")).toInt() == 0);
    CHECK(crema::test::scalar(*crema::Database::open(db).value(),
              QStringLiteral("SELECT count(*) FROM settings WHERE key = 'language' AND value = 'kk'"))
        == 1);
}

TEST_CASE(
    "cremactl init refuses a bad locale, language or currency, naming it, and writes no file", "[cli][init][store]")
{
    crema::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("bad.db"));
    struct Case {
        QStringList args;
        const char* message;
    };
    const QList<Case> cases {
        {{QStringLiteral("--locale"), QStringLiteral("fr")}, "locale 'fr': expected a locale name"},
        {{QStringLiteral("--language"), QStringLiteral("de")}, "language 'de': expected one of en, fr, tr, ru, kk"},
        {{QStringLiteral("--currency"), QStringLiteral("XYZ")}, "unknown currency 'XYZ'"},
        {{QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")}, "time zone 'Mars/Olympus'"},
        {{QStringLiteral("--till"), QString(41, QLatin1Char('t'))}, "till name: at most 40"},
    };
    for (const Case& c : cases) {
        const Run r = cremactl(initArgs(db, c.args));
        INFO(c.message);
        CHECK(r.code == 2);
        CHECK(r.err.contains(QString::fromLatin1(c.message)));
        checkOneLineError(r);
        CHECK_FALSE(QFileInfo::exists(db));
    }
    const Run demo = cremactl({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo"),
        QStringLiteral("--locale"), QStringLiteral("fr_FR")});
    CHECK(demo.code == 2);
    CHECK(demo.err.contains(QStringLiteral("--locale cannot be combined with --demo")));
}

TEST_CASE("cremactl store edit: the owner's PIN, exit codes, and the currency locked once sold", "[cli][store]")
{
    crema::test::TempDir dir;
    const QString db = crema::test::demoCopy(dir);
    const auto store = [&](const QStringList& args) {
        return cremactl(QStringList {QStringLiteral("--db"), db, QStringLiteral("store")} + args);
    };
    const Run shown = store({QStringLiteral("show")});
    REQUIRE(shown.code == 0);
    CHECK(shown.out.contains(QStringLiteral("currency=GBP (2 decimals)  [locked: the store has orders]")));

    // The manager may not; no PIN is a usage error; an unknown action too.
    const Run manager = store({QStringLiteral("edit"), QStringLiteral("--pin"), QStringLiteral("3333"),
        QStringLiteral("--name"), QStringLiteral("Riverside")});
    CHECK(manager.code == 1);
    CHECK(manager.err.contains(QStringLiteral("may not")));
    checkOneLineError(manager);
    CHECK(store({QStringLiteral("edit"), QStringLiteral("--name"), QStringLiteral("Riverside")}).code == 2);
    CHECK(store({QStringLiteral("edit"), QStringLiteral("--pin"), QStringLiteral("4444")}).code == 2);
    CHECK(store({QStringLiteral("rename")}).code == 2);
    CHECK(store({QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("X")}).code == 2);

    const Run currency = store({QStringLiteral("edit"), QStringLiteral("--pin"), QStringLiteral("4444"),
        QStringLiteral("--currency"), QStringLiteral("EUR")});
    CHECK(currency.code == 1);
    CHECK(currency.err.contains(QStringLiteral("currency: cannot change from GBP to EUR once the store has orders")));
    checkOneLineError(currency);
    const Run locale = store({QStringLiteral("edit"), QStringLiteral("--pin"), QStringLiteral("4444"),
        QStringLiteral("--locale"), QStringLiteral("fr")});
    CHECK(locale.code == 2);
    checkOneLineError(locale);

    const Run owner = store({QStringLiteral("edit"), QStringLiteral("--pin"), QStringLiteral("4444"),
        QStringLiteral("--name"), QStringLiteral("Crema Riverside"), QStringLiteral("--address"),
        QStringLiteral("1 River Walk\\nLondon"), QStringLiteral("--locale"), QStringLiteral("en_IE"),
        QStringLiteral("--time-zone"), QStringLiteral("Europe/Dublin"), QStringLiteral("--json")});
    INFO(owner.err.toStdString());
    REQUIRE(owner.code == 0);
    const QJsonObject o = owner.json();
    CHECK(o.value(QStringLiteral("name")).toString() == QStringLiteral("Crema Riverside"));
    CHECK(o.value(QStringLiteral("address")).toString() == QStringLiteral("1 River Walk\nLondon"));
    CHECK(o.value(QStringLiteral("locale")).toString() == QStringLiteral("en_IE"));
    CHECK(o.value(QStringLiteral("time_zone")).toString() == QStringLiteral("Europe/Dublin"));
    CHECK(o.value(QStringLiteral("currency")).toString() == QStringLiteral("GBP"));
    CHECK(o.value(QStringLiteral("orders")).toInt() > 0);
}

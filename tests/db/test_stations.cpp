#include "tillfixture.h"

#include "kitchen/kitchenservice.h"
#include "models/stationlistmodel.h"
#include "storage/unitofwork.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace crema;

namespace {

StaffMember owner(test::TillFixture& t)
{
    return t.login("4444");
}

QJsonObject lastAudit(test::TillFixture& t, const char* action)
{
    auto v = queryScalar(t.db->connection(),
        QStringLiteral("SELECT details FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1"),
        {QString::fromLatin1(action)}, QStringLiteral("reading the audit log"));
    REQUIRE_OK(v);
    return QJsonDocument::fromJson(v->toString().toUtf8()).object();
}

bool announcedStation(const QList<ChangeSet>& sets)
{
    for (const ChangeSet& s : sets) {
        for (const Change& c : s.of(Change::Kind::CatalogChanged)) {
            if (c.key == u"station")
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE(
    "the owner adds a station, renames it with its categories, changes its timing and removes it", "[db][stations]")
{
    test::TillFixture t;
    KitchenService& kitchen = *t.services->kitchen;
    QList<ChangeSet> announced;
    QObject::connect(&t.db->changes(), &ChangeHub::changed, [&](const ChangeSet& c) { announced << c; });

    auto added = kitchen.addStation(owner(t), QStringLiteral(" Pass "), StationTiming {120, 300});
    REQUIRE_OK(added);
    CHECK(added->name == QStringLiteral("Pass"));
    CHECK(added->timing.amberSeconds == 120);
    CHECK(kitchen.stations().value()
        == QStringList {QStringLiteral("Bar"), QStringLiteral("Kitchen"), QStringLiteral("Pass")});
    CHECK(announcedStation(announced));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE event = 'catalog.station.saved' "
                                  "AND json_extract(payload, '$.name') = 'Pass'"))
        == 1);
    QJsonObject audit = lastAudit(t, "kitchen.station_added");
    CHECK(audit.value(QStringLiteral("old")).isNull());
    CHECK(audit.value(QStringLiteral("new")).toObject().value(QStringLiteral("amber_seconds")).toInt() == 120);

    auto twice = kitchen.addStation(owner(t), QStringLiteral("bar"), StationTiming {});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == Error::Code::Conflict);
    CHECK(twice.error().message.contains(QStringLiteral("'Bar'")));
    auto badTiming = kitchen.addStation(owner(t), QStringLiteral("Grill"), StationTiming {300, 200});
    REQUIRE_FALSE(badTiming.ok());
    CHECK(badTiming.error().message.contains(QStringLiteral("red after amber")));
    CHECK_FALSE(kitchen.addStation(owner(t), QStringLiteral("  "), StationTiming {}).ok());

    // Rename: the categories that send their items there follow, and the timing goes with it.
    REQUIRE_OK(kitchen.setStationTiming(owner(t), QStringLiteral("Kitchen"), StationTiming {240, 480}));
    announced.clear();
    auto renamed = kitchen.renameStation(owner(t), QStringLiteral("kitchen"), QStringLiteral("Hot food"));
    REQUIRE_OK(renamed);
    CHECK(renamed->name == QStringLiteral("Hot food"));
    CHECK(renamed->categories == QStringList {QStringLiteral("Food")});
    CHECK(renamed->timing.amberSeconds == 240);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM categories WHERE station = 'Kitchen'")) == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM categories WHERE station = 'Hot food'")) == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM kitchen_stations WHERE name = 'Kitchen'")) == 0);
    CHECK(kitchen.stations().value()
        == QStringList {QStringLiteral("Bar"), QStringLiteral("Hot food"), QStringLiteral("Pass")});
    REQUIRE(announced.size() == 1);
    bool category = false;
    for (const Change& c : announced.first().of(Change::Kind::CatalogChanged))
        category = category || c.key == u"category";
    CHECK(category); // the till's menu reloads the categories' station
    // Each moved category is saved by the catalogue's writer: audited with its old and new station,
    // and sent to HQ as the category it now is.
    QJsonObject moved = lastAudit(t, "catalog.category.updated");
    CHECK(moved.value(QStringLiteral("name")).toString() == QStringLiteral("Food"));
    CHECK(moved.value(QStringLiteral("old")).toObject().value(QStringLiteral("station")).toString()
        == QStringLiteral("Kitchen"));
    CHECK(moved.value(QStringLiteral("new")).toObject().value(QStringLiteral("station")).toString()
        == QStringLiteral("Hot food"));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE event = 'catalog.category.saved' "
                                  "AND json_extract(payload, '$.name') = 'Food' "
                                  "AND json_extract(payload, '$.station') = 'Hot food'"))
        == 1);
    // HQ hears of the renamed station before the categories that now name it.
    CHECK(t.scalar(QStringLiteral("SELECT max(seq) FROM sync_outbox WHERE event = 'catalog.station.renamed'"))
        < t.scalar(QStringLiteral("SELECT max(seq) FROM sync_outbox WHERE event = 'catalog.category.saved' "
                                  "AND json_extract(payload, '$.name') = 'Food'")));
    CHECK(announcedStation(announced));
    audit = lastAudit(t, "kitchen.station_renamed");
    CHECK(audit.value(QStringLiteral("old")).toObject().value(QStringLiteral("name")).toString()
        == QStringLiteral("Kitchen"));
    CHECK(audit.value(QStringLiteral("new")).toObject().value(QStringLiteral("name")).toString()
        == QStringLiteral("Hot food"));
    // A bacon roll now goes to the renamed station.
    auto sale = t.sell(t.cashier(), t.cart({"Bacon roll"}));
    REQUIRE_OK(sale);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM kitchen_tickets WHERE station = 'Hot food'")) == 1);

    auto clash = kitchen.renameStation(owner(t), QStringLiteral("Pass"), QStringLiteral("BAR"));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().code == Error::Code::Conflict);

    // Timing is audited with its old values too.
    REQUIRE_OK(kitchen.setStationTiming(owner(t), QStringLiteral("Pass"), StationTiming {60, 90}));
    audit = lastAudit(t, "kitchen.station_timing");
    CHECK(audit.value(QStringLiteral("old")).toObject().value(QStringLiteral("amber_seconds")).toInt() == 120);
    CHECK(audit.value(QStringLiteral("new")).toObject().value(QStringLiteral("amber_seconds")).toInt() == 60);

    // Remove: refused while a category sends its items there (named) or it has open tickets.
    auto used = kitchen.removeStation(owner(t), QStringLiteral("Bar"));
    REQUIRE_FALSE(used.ok());
    CHECK(used.error().code == Error::Code::BusinessRule);
    CHECK(used.error().message.contains(QStringLiteral("Espresso")));
    CHECK(used.error().message.contains(QStringLiteral("Retail beans")));
    REQUIRE(t.scalar(QStringLiteral("SELECT count(*) FROM kitchen_tickets WHERE station = 'Hot food' AND status = "
                                    "'pending'"))
        == 1);
    QSqlQuery move(t.db->connection());
    REQUIRE(move.exec(QStringLiteral("UPDATE categories SET station = 'Bar' WHERE station = 'Hot food'")));
    auto busy = kitchen.removeStation(owner(t), QStringLiteral("Hot food"));
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().code == Error::Code::BusinessRule);
    CHECK(busy.error().message.contains(QStringLiteral("1 open ticket")));

    announced.clear();
    REQUIRE_OK(kitchen.removeStation(owner(t), QStringLiteral("pass")));
    CHECK(kitchen.stations().value() == QStringList {QStringLiteral("Bar"), QStringLiteral("Hot food")});
    CHECK(announcedStation(announced));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE event = 'catalog.station.removed'")) == 1);
    CHECK(lastAudit(t, "kitchen.station_removed").value(QStringLiteral("old")).toObject().value(QStringLiteral("name"))
        == QStringLiteral("Pass"));
    auto missing = kitchen.removeStation(owner(t), QStringLiteral("Pass"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::NotFound);
}

TEST_CASE(
    "the station list carries timings, the categories using each and open tickets, in stable JSON", "[db][stations]")
{
    test::TillFixture t;
    KitchenService& kitchen = *t.services->kitchen;
    auto list = kitchen.stationList();
    REQUIRE_OK(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).name == QStringLiteral("Bar"));
    CHECK(list->at(0).categories.size() == 6);
    CHECK(list->at(1).categories == QStringList {QStringLiteral("Food")});
    CHECK(list->at(1).timing.redSeconds == 600);
    const QJsonObject json = KitchenService::stationsJson(*list);
    const QJsonObject kitchenJson = json.value(QStringLiteral("stations")).toArray().at(1).toObject();
    CHECK(kitchenJson.value(QStringLiteral("name")) == QStringLiteral("Kitchen"));
    CHECK(kitchenJson.value(QStringLiteral("amber_seconds")) == 300);
    CHECK(kitchenJson.value(QStringLiteral("categories")).toArray().size() == 1);
    CHECK(kitchenJson.value(QStringLiteral("open_tickets")) == 0);
}

TEST_CASE("only the owner changes stations, and the others are refused by name", "[db][stations][permissions]")
{
    test::TillFixture t;
    KitchenService& kitchen = *t.services->kitchen;
    const auto footprint = t.footprint();
    for (const char* pin : {"1111", "2222", "3333"}) {
        const StaffMember who = t.login(pin);
        INFO(who.name.toStdString());
        QList<Error> errors;
        if (auto r = kitchen.addStation(who, QStringLiteral("Pass"), StationTiming {}); !r.ok())
            errors << r.error();
        if (auto r = kitchen.renameStation(who, QStringLiteral("Bar"), QStringLiteral("Counter")); !r.ok())
            errors << r.error();
        if (auto r = kitchen.removeStation(who, QStringLiteral("Kitchen")); !r.ok())
            errors << r.error();
        if (auto r = kitchen.setStationTiming(who, QStringLiteral("Bar"), StationTiming {60, 120}); !r.ok())
            errors << r.error();
        REQUIRE(errors.size() == 4);
        for (const Error& e : errors) {
            CHECK(e.code == Error::Code::PermissionDenied);
            CHECK(e.message.contains(who.name));
            CHECK(e.message.contains(QStringLiteral("only the owner may")));
        }
    }
    CHECK(t.footprint() == footprint);
    CHECK(kitchen.stations().value() == QStringList {QStringLiteral("Bar"), QStringLiteral("Kitchen")});
}

TEST_CASE("the station list model carries raw seconds and follows a reload", "[db][stations][models]")
{
    test::TillFixture t;
    KitchenService& kitchen = *t.services->kitchen;
    StationListModel model(kitchen);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_OK(model.reload());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(1, StationListModel::Name)).toString() == QStringLiteral("Kitchen"));
    CHECK(model.data(model.index(1, StationListModel::Amber), StationListModel::SecondsRole).toInt() == 300);
    CHECK(model.data(model.index(1, StationListModel::Categories)).toString() == QStringLiteral("Food"));
    REQUIRE_OK(kitchen.addStation(owner(t), QStringLiteral("Pass"), StationTiming {45, 90}));
    REQUIRE_OK(model.reload());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.rowOf(QStringLiteral("pass")) == 2);
    CHECK(model.data(model.index(2, StationListModel::Red), StationListModel::SecondsRole).toInt() == 90);
}

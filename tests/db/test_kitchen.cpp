#include "tillfixture.h"

#include "demo/democafe.h"
#include "kitchen/kitchenboard.h"
#include "kitchen/kitchenprotocol.h"
#include "kitchen/kitchenservice.h"
#include "orders/saleservice.h"
#include "storage/database.h"
#include "storage/unitofwork.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace crema;

namespace {

// A large oat latte for the bar and a bacon roll for the kitchen.
qint64 sellTwoStations(test::TillFixture& t)
{
    auto sale = t.sell(t.cashier(), t.cart({"Latte:Large+Oat milk", "Bacon roll"}), {test::TillFixture::cash(2000)});
    REQUIRE_OK(sale);
    return sale->receiptNo;
}

qint64 ticketOf(test::TillFixture& t, qint64 receipt, const char* station)
{
    return t.scalar(QStringLiteral("SELECT k.id FROM kitchen_tickets AS k JOIN orders AS o ON o.id = k.order_id "
                                   "WHERE o.receipt_no = ? AND k.station = ?"),
        {receipt, QString::fromLatin1(station)});
}

} // namespace

TEST_CASE(
    "kitchen: events are numbered, a bump id applies once, an order is ready when every station is", "[db][kitchen]")
{
    test::TillFixture t;
    KitchenService kitchen(*t.db, t.clock);
    const qint64 receipt = sellTwoStations(t);
    auto events = kitchen.events(0, 100);
    REQUIRE_OK(events);
    REQUIRE(events->size() == 2);
    CHECK(events->at(0).seq + 1 == events->at(1).seq);
    CHECK(events->at(0).ticket.status == KitchenState::Pending);
    CHECK(events->at(0).ticket.receiptNo == receipt);
    const KitchenTicket& bar = events->at(0).ticket.station == u"Bar" ? events->at(0).ticket : events->at(1).ticket;
    REQUIRE(bar.items.size() == 1);
    CHECK(bar.items[0].product == QStringLiteral("Latte"));
    CHECK(bar.items[0].size == QStringLiteral("Large"));
    CHECK(bar.items[0].modifiers == QStringList {QStringLiteral("Oat milk")});

    const qint64 barId = ticketOf(t, receipt, "Bar");
    const qint64 kitchenId = ticketOf(t, receipt, "Kitchen");
    auto changed = kitchen.setState(barId, KitchenState::InProgress, QStringLiteral("bump-1"));
    REQUIRE_OK(changed);
    CHECK(*changed);
    // The same bump again (its acknowledgement was lost): nothing more happens.
    changed = kitchen.setState(barId, KitchenState::Ready, QStringLiteral("bump-1"));
    REQUIRE_OK(changed);
    CHECK_FALSE(*changed);
    CHECK(t.scalar(QStringLiteral("SELECT status = 'in_progress' FROM kitchen_tickets WHERE id = ?"), {barId}) == 1);
    CHECK(kitchen.lastSeq().value() == events->back().seq + 1);

    CHECK(kitchen.setState(barId, QStringLiteral("done")).error().code == Error::Code::InvalidInput);
    CHECK(kitchen.setState(99999, KitchenState::Ready).error().code == Error::Code::NotFound);

    REQUIRE_OK(kitchen.setState(barId, KitchenState::Ready));
    CHECK(kitchen.readyOrders().value().isEmpty()); // the bacon roll is still cooking
    REQUIRE_OK(kitchen.setState(kitchenId, KitchenState::Ready));
    auto ready = kitchen.readyOrders();
    REQUIRE_OK(ready);
    REQUIRE(ready->size() == 1);
    CHECK(ready->first().receiptNo == receipt);

    // Handed over at the counter.
    REQUIRE_OK(kitchen.collect(ready->first().orderUuid));
    CHECK(kitchen.readyOrders().value().isEmpty());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM kitchen_tickets WHERE status = 'completed'")) == 2);
    CHECK(kitchen.lastSeq().value() == events->back().seq + 5);

    // The feed is append-only.
    QSqlQuery raw(t.db->connection());
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE kitchen_events SET state = 'pending'")));
    CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM kitchen_events")));

    // A new screen starts with today's tickets, not the whole history.
    CHECK(kitchen.replayStart(t.clock.nowUtc().addSecs(-3600)).value() == events->front().seq - 1);
    CHECK(kitchen.replayStart(t.clock.nowUtc().addSecs(60)).value() == kitchen.lastSeq().value());
}

TEST_CASE("kitchen board on a single till: stations, ages, all-day counts, bump and recall", "[db][kitchen]")
{
    test::TillFixture t;
    KitchenService kitchen(*t.db, t.clock);
    KitchenBoard board(*t.db, t.clock, &kitchen, t.site.terminalUuid);
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(board.rowCount() == 0);

    const qint64 first = sellTwoStations(t);
    kitchen.checkNow();
    t.clock.advanceSecs(60);
    REQUIRE_OK(t.sell(t.cashier(), t.cart({"Latte:Large", "Latte", "Flat white"}), {test::TillFixture::cash(2000)}));
    kitchen.checkNow();
    REQUIRE(board.rowCount() == 3);
    CHECK(board.ticketAt(0).ticket.receiptNo == first); // arrival order

    // All day: what waits, most first.
    QList<AllDayLine> allDay = board.allDay();
    REQUIRE(allDay.size() == 4);
    CHECK(allDay[0].item == QStringLiteral("Latte (Large)"));
    CHECK(allDay[0].quantity == 2);

    // Station filter.
    board.setStations({QStringLiteral("Kitchen")});
    REQUIRE(board.rowCount() == 1);
    CHECK(board.data(board.index(0), KitchenBoard::ItemsRole).toStringList()
        == QStringList {QStringLiteral("1× Bacon Roll")});
    board.setStations({});

    // Ages per station: the bar turns amber at 3 min and red at 6; the kitchen at 5 and 10.
    t.clock.advanceSecs(200 - 60); // the first order is 200 s old
    CHECK(board.data(board.index(0), KitchenBoard::AgeLevelRole).toInt() == 1); // bar
    CHECK(board.data(board.index(1), KitchenBoard::AgeLevelRole).toInt() == 0); // kitchen
    t.clock.advanceSecs(200);
    CHECK(board.data(board.index(0), KitchenBoard::AgeLevelRole).toInt() == 2);
    CHECK(board.data(board.index(1), KitchenBoard::AgeLevelRole).toInt() == 1);

    // Bump the bar part to ready: the order waits on the kitchen.
    REQUIRE_OK(board.advance(0));
    REQUIRE_OK(board.advance(0));
    CHECK(board.ticketAt(0).state() == KitchenState::Ready);
    CHECK_FALSE(board.data(board.index(0), KitchenBoard::OrderReadyRole).toBool());
    CHECK(board.data(board.index(0), KitchenBoard::WaitingOnRole).toStringList()
        == QStringList {QStringLiteral("Kitchen")});
    REQUIRE_OK(board.advance(1));
    REQUIRE_OK(board.advance(1));
    CHECK(board.data(board.index(0), KitchenBoard::OrderReadyRole).toBool());
    CHECK(kitchen.readyOrders().value().size() == 1);

    // Completed leaves the screen; recall brings the last one back as ready.
    REQUIRE_OK(board.advance(0));
    CHECK(board.rowCount() == 2);
    REQUIRE_OK(board.recall());
    CHECK(board.rowCount() == 3);
    CHECK(board.ticketAt(0).state() == KitchenState::Ready);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM kitchen_tickets WHERE status = 'ready'")) == 2);
}

TEST_CASE("kitchen wire: malformed messages and events are refused, naming the field", "[db][kitchen]")
{
    KitchenEvent e;
    e.seq = 7;
    e.at = QDateTime(QDate(2026, 11, 21), QTime(9, 0), QTimeZone::utc());
    e.ticket.id = 3;
    e.ticket.receiptNo = 104;
    e.ticket.orderUuid = QStringLiteral("order-1");
    e.ticket.station = QStringLiteral("Bar");
    e.ticket.status = KitchenState::Pending;
    e.ticket.createdAt = e.at;
    e.ticket.items.append(KitchenTicketItem {QStringLiteral("Latte"), QStringLiteral("Large"), 2,
        {QStringLiteral("Oat milk")}, QStringLiteral("extra hot")});
    const QJsonObject good = kitchenwire::eventToJson(QStringLiteral("till-1"), e);
    auto back = kitchenwire::eventFromJson(good);
    REQUIRE_OK(back);
    CHECK(back->seq == 7);
    CHECK(back->ticket.items.first().modifiers == QStringList {QStringLiteral("Oat milk")});
    CHECK(back->ticket.items.first().note == QStringLiteral("extra hot"));

    const auto broken = [&](const char* field, const QJsonValue& value) {
        QJsonObject o = good;
        o.insert(QString::fromLatin1(field), value);
        auto r = kitchenwire::eventFromJson(o);
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(broken("seq", QStringLiteral("7")).contains(QStringLiteral("seq")));
    CHECK(broken("seq", 1.5).contains(QStringLiteral("whole number")));
    CHECK(broken("ticket", 0).contains(QStringLiteral("ticket")));
    CHECK(broken("state", QStringLiteral("eaten")).contains(QStringLiteral("state")));
    CHECK(broken("created_at", QStringLiteral("yesterday")).contains(QStringLiteral("created_at")));
    CHECK(broken("items", QStringLiteral("lots")).contains(QStringLiteral("items")));
    CHECK(broken("items",
        QJsonArray {
            QJsonObject {{QStringLiteral("product"), QStringLiteral("Latte")}, {QStringLiteral("quantity"), 0}}})
              .contains(QStringLiteral("items[0].quantity")));
    CHECK_FALSE(kitchenwire::parseMessage(QStringLiteral("{\"type\": ")).ok());
    CHECK_FALSE(kitchenwire::parseMessage(QStringLiteral("[1, 2]")).ok());
    CHECK_FALSE(kitchenwire::parseMessage(QString(70 * 1024, QLatin1Char(' '))).ok());

    // The handshake MAC depends on the secret, both nonces, the role and the till.
    const QByteArray s = kitchenwire::newNonce();
    const QByteArray c = kitchenwire::newNonce();
    CHECK(s != c);
    const QByteArray mac = kitchenwire::mac(QStringLiteral("corner-cafe"), "client", s, c, QStringLiteral("till"));
    CHECK(kitchenwire::macEquals(
        mac, kitchenwire::mac(QStringLiteral("corner-cafe"), "client", s, c, QStringLiteral("till"))));
    CHECK_FALSE(kitchenwire::macEquals(
        mac, kitchenwire::mac(QStringLiteral("corner-caff"), "client", s, c, QStringLiteral("till"))));
    CHECK_FALSE(kitchenwire::macEquals(
        mac, kitchenwire::mac(QStringLiteral("corner-cafe"), "server", s, c, QStringLiteral("till"))));
    CHECK_FALSE(kitchenwire::macEquals(
        mac, kitchenwire::mac(QStringLiteral("corner-cafe"), "client", c, s, QStringLiteral("till"))));
    CHECK_FALSE(kitchenwire::macEquals(mac, mac.left(10)));
    CHECK(kitchenwire::checkSecret(QStringLiteral("short")).error().message.contains(QStringLiteral("at least 8")));
    CHECK(kitchenwire::parseEndpoint(QStringLiteral("[::1]:8765")).value().host == QStringLiteral("::1"));
    CHECK_FALSE(kitchenwire::parseEndpoint(QStringLiteral("till-1")).ok());
    CHECK_FALSE(kitchenwire::parseEndpoint(QStringLiteral("till-1:0")).ok());
}

namespace {

KitchenTicket ticketIn(const QList<KitchenTicket>& open, qint64 id)
{
    for (const KitchenTicket& k : open) {
        if (k.id == id)
            return k;
    }
    return {};
}

int allDayCount(const KitchenBoard& board, const char* item)
{
    for (const AllDayLine& l : board.allDay()) {
        if (l.item == QString::fromUtf8(item))
            return l.quantity;
    }
    return 0;
}

} // namespace

TEST_CASE("kitchen: a refunded line leaves its ticket, a ticket left with nothing is cancelled, All day drops",
    "[db][kitchen][refund]")
{
    test::TillFixture t;
    KitchenService kitchen(*t.db, t.clock);
    KitchenBoard board(*t.db, t.clock, &kitchen, t.site.terminalUuid);
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Lines 1 and 2 for the bar, 3 for the kitchen.
    auto sale = t.sell(t.cashier(), t.cart({"Latte:Large+Oat milk", "Flat white", "Bacon roll"}));
    REQUIRE_OK(sale);
    const qint64 receipt = sale->receiptNo;
    const qint64 barId = ticketOf(t, receipt, "Bar");
    const qint64 kitchenId = ticketOf(t, receipt, "Kitchen");
    kitchen.checkNow();
    REQUIRE(board.rowCount() == 2);
    CHECK(allDayCount(board, "Latte (Large)") == 1);
    CHECK(allDayCount(board, "Flat White") + allDayCount(board, "Flat white") == 1);
    CHECK(allDayCount(board, "Bacon Roll") == 1);
    REQUIRE_OK(board.advance(1)); // the kitchen has started on the bacon roll
    const qint64 before = kitchen.lastSeq().value();

    // The bacon roll is refunded: the kitchen's ticket is cancelled, the bar's is untouched.
    t.clock.advanceSecs(30);
    REQUIRE_OK(t.sales.refund(t.manager(), test::TillFixture::refundOf(receipt, {3})));
    CHECK(test::scalar(
              *t.db, QStringLiteral("SELECT status = 'cancelled' FROM kitchen_tickets WHERE id = ?"), {kitchenId})
        == 1);
    CHECK(test::scalar(*t.db, QStringLiteral("SELECT status = 'pending' FROM kitchen_tickets WHERE id = ?"), {barId})
        == 1);
    auto events = kitchen.events(before, 100);
    REQUIRE_OK(events);
    REQUIRE(events->size() == 1);
    CHECK(events->first().ticket.id == kitchenId);
    CHECK(events->first().ticket.status == KitchenState::Cancelled);
    CHECK(events->first().at == t.clock.nowUtc());
    REQUIRE(events->first().ticket.items.size() == 1); // what was stopped
    CHECK(events->first().ticket.items.first().product == QStringLiteral("Bacon Roll"));
    auto open = kitchen.openTickets();
    REQUIRE_OK(open);
    CHECK(open->size() == 1);
    CHECK(ticketIn(*open, barId).items.size() == 2);

    // On the board: the All-day count drops at once; the card stays, struck through, for a few
    // seconds, cannot be bumped, then goes.
    kitchen.checkNow();
    CHECK(allDayCount(board, "Bacon Roll") == 0);
    REQUIRE(board.rowCount() == 2);
    CHECK(board.ticketAt(1).state() == KitchenState::Cancelled);
    const auto bumped = board.advance(1);
    REQUIRE_FALSE(bumped.ok());
    CHECK(bumped.error().code == Error::Code::BusinessRule);
    CHECK(bumped.error().message.contains(QStringLiteral("cancelled")));
    CHECK(kitchen.setState(kitchenId, KitchenState::Ready).error().code == Error::Code::BusinessRule);
    CHECK(kitchen.setState(barId, KitchenState::Cancelled).error().code == Error::Code::InvalidInput);
    t.clock.advanceSecs(KitchenBoard::kCancelledShownSeconds);
    CHECK(QTest::qWaitFor([&]() { return board.rowCount() == 1; }, 3000));
    CHECK(board.ticketAt(0).ticket.id == barId);

    // The latte is refunded: the bar's ticket keeps the flat white, announced again as pending.
    const qint64 mid = kitchen.lastSeq().value();
    REQUIRE_OK(t.sales.refund(t.manager(), test::TillFixture::refundOf(receipt, {1})));
    events = kitchen.events(mid, 100);
    REQUIRE_OK(events);
    REQUIRE(events->size() == 1);
    CHECK(events->first().ticket.id == barId);
    CHECK(events->first().ticket.status == KitchenState::Pending);
    REQUIRE(events->first().ticket.items.size() == 1);
    CHECK(events->first().ticket.items.first().product.startsWith(QStringLiteral("Flat")));
    kitchen.checkNow();
    REQUIRE(board.rowCount() == 1);
    CHECK(board.data(board.index(0), KitchenBoard::ItemsRole).toStringList().size() == 1);
    CHECK(allDayCount(board, "Latte (Large)") == 0);
    REQUIRE_OK(board.advance(0)); // the rest of the ticket carries on
    CHECK(board.ticketAt(0).state() == KitchenState::InProgress);

    // The last line: the order is refunded whole and the bar's ticket is cancelled too.
    REQUIRE_OK(t.sales.refund(t.manager(), test::TillFixture::refundOf(receipt)));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM kitchen_tickets AS k JOIN orders AS o ON o.id = k.order_id "
                                  "WHERE o.receipt_no = ? AND k.status = 'cancelled'"),
              {receipt})
        == 2);
    kitchen.checkNow();
    CHECK(board.allDay().isEmpty());
    CHECK(kitchen.openTickets().value().isEmpty());
    CHECK(kitchen.readyOrders().value().isEmpty());
}

TEST_CASE("kitchen: a whole refund cancels every station's ticket, a handed-over ticket stays completed",
    "[db][kitchen][refund]")
{
    test::TillFixture t;
    KitchenService kitchen(*t.db, t.clock);
    KitchenBoard board(*t.db, t.clock, &kitchen, t.site.terminalUuid);
    const qint64 first = sellTwoStations(t);
    const qint64 second = sellTwoStations(t);
    kitchen.checkNow();
    REQUIRE(board.rowCount() == 4);
    CHECK(allDayCount(board, "Latte (Large)") == 2);
    CHECK(allDayCount(board, "Bacon Roll") == 2);

    // The first order's bar part is ready, which makes the order wait on the kitchen; the order is
    // refunded whole: both parts are cancelled, nothing waits and no "order ready" appears.
    REQUIRE_OK(kitchen.setState(ticketOf(t, first, "Bar"), KitchenState::Ready));
    const qint64 before = kitchen.lastSeq().value();
    REQUIRE_OK(t.sales.refund(t.manager(), test::TillFixture::refundOf(first)));
    auto events = kitchen.events(before, 100);
    REQUIRE_OK(events);
    REQUIRE(events->size() == 2);
    for (const KitchenEvent& e : *events) {
        CHECK(e.ticket.status == KitchenState::Cancelled);
        CHECK(e.ticket.receiptNo == first);
        CHECK(e.ticket.items.size() == 1);
    }
    kitchen.checkNow();
    CHECK(allDayCount(board, "Latte (Large)") == 1);
    CHECK(allDayCount(board, "Bacon Roll") == 1);
    CHECK(kitchen.readyOrders().value().isEmpty());
    t.clock.advanceSecs(KitchenBoard::kCancelledShownSeconds);
    CHECK(QTest::qWaitFor([&]() { return board.rowCount() == 2; }, 3000));

    // Handed over, then refunded: what was made and given stays completed; nothing is announced.
    REQUIRE_OK(kitchen.setState(ticketOf(t, second, "Bar"), KitchenState::Ready));
    REQUIRE_OK(kitchen.setState(ticketOf(t, second, "Kitchen"), KitchenState::Ready));
    auto ready = kitchen.readyOrders();
    REQUIRE_OK(ready);
    REQUIRE(ready->size() == 1);
    REQUIRE_OK(kitchen.collect(ready->first().orderUuid));
    const qint64 handed = kitchen.lastSeq().value();
    REQUIRE_OK(t.sales.refund(t.manager(), test::TillFixture::refundOf(second)));
    CHECK(kitchen.lastSeq().value() == handed);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM kitchen_tickets WHERE status = 'completed'")) == 2);
    // Recall has nothing to bring back: it was refunded.
    kitchen.checkNow();
    const auto recalled = board.recall();
    REQUIRE_FALSE(recalled.ok());
    CHECK(recalled.error().message.contains(QStringLiteral("cancelled")));

    // Any writer that only marks an order voided or refunded cancels what is left of its tickets.
    const qint64 third = sellTwoStations(t);
    QSqlQuery raw(t.db->connection());
    REQUIRE(raw.exec(QStringLiteral("UPDATE orders SET status = 'voided' WHERE receipt_no = %1").arg(third)));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM kitchen_tickets AS k JOIN orders AS o ON o.id = k.order_id "
                                  "WHERE o.receipt_no = ? AND k.status = 'cancelled'"),
              {third})
        == 2);
    // And a cancelled ticket stays cancelled, whoever writes.
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE kitchen_tickets SET status = 'pending' WHERE status = 'cancelled'")));
}

TEST_CASE("kitchen: tickets, their items, events and bump ids are kept when 0012 rebuilds the tables",
    "[db][kitchen][schema]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v11.db"));
    qint64 events = 0;
    qint64 lastSeq = 0;
    {
        OpenOptions v11;
        v11.create = true;
        v11.targetVersion = 11;
        auto db = Database::open(path, v11);
        REQUIRE_OK(db);
        // The demo's writers know only today's schema: seed a current file and copy into the
        // version 11 one every column its tables have (foreign keys off while the rows arrive).
        {
            auto demo = test::freshDatabase(dir, QStringLiteral("demo-now.db"));
            REQUIRE_OK(DemoCafe::seed(*demo, QDate(2026, 11, 21), 7));
        }
        QSqlQuery copy((*db)->connection());
        REQUIRE(copy.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(copy.prepare(QStringLiteral("ATTACH DATABASE ? AS demo")));
        copy.addBindValue(dir.file(QStringLiteral("demo-now.db")));
        REQUIRE(copy.exec());
        QStringList tables;
        REQUIRE(copy.exec(
            QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "AND name <> 'schema_migrations' ORDER BY rowid")));
        while (copy.next())
            tables << copy.value(0).toString();
        for (const QString& table : std::as_const(tables)) {
            QStringList columns;
            REQUIRE(copy.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
            while (copy.next())
                columns << copy.value(0).toString();
            const QString list = columns.join(QLatin1Char(','));
            // OR REPLACE: triggers fill summaries while orders arrive; the demo's own rows win.
            INFO(table.toStdString() << ": " << copy.lastError().text().toStdString());
            REQUIRE(copy.exec(
                QStringLiteral("INSERT OR REPLACE INTO main.%1 (%2) SELECT %2 FROM demo.%1").arg(table, list)));
        }
        REQUIRE(copy.exec(QStringLiteral("DETACH DATABASE demo")));
        REQUIRE(copy.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QSqlQuery q((*db)->connection());
        // Two paid orders' lines on tickets of version 11, one bumped from a screen.
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO kitchen_tickets (uuid, order_id, station, status, created_at, updated_at) "
            "SELECT 'k-' || id, id, 'Bar', 'pending', paid_at, paid_at FROM orders WHERE status = 'paid' "
            "ORDER BY id LIMIT 2")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO kitchen_ticket_items (ticket_id, order_line_id) "
                                      "SELECT k.id, l.id FROM kitchen_tickets AS k JOIN order_lines AS l "
                                      "ON l.order_id = k.order_id")));
        REQUIRE(q.exec(QStringLiteral("UPDATE kitchen_tickets SET status = 'in_progress', updated_at = created_at "
                                      "WHERE id = (SELECT min(id) FROM kitchen_tickets)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO kitchen_commands (uuid, ticket_id, state, applied_at) "
                                      "SELECT 'bump-1', min(id), 'in_progress', '2026-11-21T09:00:00.000Z' "
                                      "FROM kitchen_tickets")));
        events = test::scalar(**db, QStringLiteral("SELECT count(*) FROM kitchen_events"));
        lastSeq = test::scalar(**db, QStringLiteral("SELECT max(seq) FROM kitchen_events"));
        REQUIRE(events == 3);
    }
    auto db = Database::open(path);
    REQUIRE_OK(db);
    CHECK((*db)->schemaVersion() >= 12);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM kitchen_tickets")) == 2);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM kitchen_tickets WHERE status = 'in_progress'")) == 1);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM kitchen_ticket_items WHERE cancelled_at IS NULL"))
        == test::scalar(**db,
            QStringLiteral(
                "SELECT count(*) FROM order_lines WHERE order_id IN (SELECT order_id FROM kitchen_tickets)")));
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM kitchen_events")) == events);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM kitchen_commands")) == 1);
    QSqlQuery fk((*db)->connection());
    REQUIRE(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(fk.next());
    // The feed numbers on from where it stopped, and the 0009 triggers are back.
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE kitchen_tickets SET status = 'ready' WHERE status = 'in_progress'")));
    CHECK(test::scalar(**db, QStringLiteral("SELECT max(seq) FROM kitchen_events")) == lastSeq + 1);
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM kitchen_events")));
}

TEST_CASE("kitchen-station changes only a station that exists, matched without regard to case", "[db][kitchen]")
{
    test::TillFixture t;
    KitchenService kitchen(*t.db, t.clock);
    const StaffMember owner = t.login("4444");
    auto stations = kitchen.stations();
    REQUIRE_OK(stations);
    CHECK(*stations == QStringList {QStringLiteral("Bar"), QStringLiteral("Kitchen")});

    QList<ChangeSet> announced;
    QObject::connect(&t.db->changes(), &ChangeHub::changed, [&](const ChangeSet& c) { announced << c; });
    auto changed = kitchen.setStationTiming(owner, QStringLiteral(" bar "), StationTiming {120, 240});
    REQUIRE_OK(changed);
    CHECK(*changed == QStringLiteral("Bar"));
    // Who changed it is kept, and the change is announced once, as for every other setting.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'kitchen.station_timing' "
                                  "AND actor_staff_id = ? AND json_extract(details, '$.station') = 'Bar' "
                                  "AND json_extract(details, '$.amber_seconds') = 120"),
              {owner.id})
        == 1);
    REQUIRE(announced.size() == 1);
    CHECK(announced.first().all()
        == QList<Change> {Change {Change::Kind::SettingChanged, 0, 0, QStringLiteral("kitchen_station:Bar")}});
    auto timings = kitchen.stationTimings();
    REQUIRE_OK(timings);
    CHECK(timings->size() == 2);
    CHECK(timings->value(QStringLiteral("Bar")).amberSeconds == 120);
    CHECK(timings->value(QStringLiteral("Bar")).redSeconds == 240);

    auto typo = kitchen.setStationTiming(owner, QStringLiteral("Barr"), StationTiming {120, 240});
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.error().code == Error::Code::NotFound);
    CHECK(typo.error().message.contains(QStringLiteral("'Barr'")));
    CHECK(typo.error().message.contains(QStringLiteral("Bar, Kitchen")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM kitchen_stations")) == 2);
    CHECK(announced.size() == 1); // a refusal announces nothing
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'kitchen.station_timing'")) == 1);

    // A station named only by a menu category exists too.
    QSqlQuery raw(t.db->connection());
    REQUIRE(
        raw.exec(QStringLiteral("UPDATE categories SET station = 'Pass' WHERE id = (SELECT min(id) FROM categories)")));
    REQUIRE_OK(kitchen.setStationTiming(owner, QStringLiteral("PASS"), StationTiming {60, 120}));
    CHECK(kitchen.stationTimings().value().value(QStringLiteral("Pass")).amberSeconds == 60);
    CHECK(kitchen.setStationTiming(owner, QStringLiteral("Bar"), StationTiming {300, 200}).error().code
        == Error::Code::InvalidInput);
}

#include "tillfixture.h"

#include "kitchen/kitchenboard.h"
#include "kitchen/kitchenprotocol.h"
#include "kitchen/kitchenservice.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>

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

#include "kitchen/kitchenservice.h"
#include "storage/externalchanges.h"
#include "storage/unitofwork.h"
#include "store/tillsettings.h"
#include "tillfixture.h"

#include <QSqlError>
#include <QSqlQuery>

#include <ostream>

using namespace crema;

namespace crema {
// So that a failed comparison prints the changes, not "{?}".
std::ostream& operator<<(std::ostream& out, const Change& c)
{
    return out << "Change{kind " << static_cast<int>(c.kind) << ", id " << c.id << ", receipt " << c.receiptNo
               << ", key '" << c.key.toStdString() << "'}";
}
} // namespace crema

namespace {

using Sets = QList<QList<Change>>;

// Every change set the file's hub published, each as the changes it held, in order.
struct HubLog {
    Sets sets;
    QObject context;
    explicit HubLog(Database& db)
    {
        QObject::connect(&db.changes(), &ChangeHub::changed, &context,
            [this](const ChangeSet& changes) { sets.append(changes.all()); });
    }
    Sets take() { return std::exchange(sets, {}); }
};

Change change(Change::Kind kind, qint64 id)
{
    return Change {kind, id};
}

void exec(test::TillFixture& t, const char* sql)
{
    QSqlQuery q(t.db->connection());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(QString::fromLatin1(sql)));
}

} // namespace

TEST_CASE("a shift's open, cash moves and close each publish their one change and queue their event for HQ",
    "[db][shifts][changes]")
{
    test::TillFixture t(test::TillFixture::NoShift);
    HubLog log(*t.db);
    const auto events = [&](const char* event) {
        return t.scalar(
            QStringLiteral("SELECT count(*) FROM sync_outbox WHERE event = ?"), {QString::fromLatin1(event)});
    };
    const StaffMember cashier = t.cashier();

    auto opened = t.shifts.open(cashier, Money(10000));
    REQUIRE_OK(opened);
    CHECK(log.take() == Sets {{change(Change::Kind::ShiftOpened, opened->id)}});
    CHECK(events("shift.opened") == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE event = 'shift.opened' AND entity = 'shift' "
                                  "AND entity_uuid = ? AND json_extract(payload, '$.shift') = ? "
                                  "AND json_extract(payload, '$.opened_by') = ? "
                                  "AND json_extract(payload, '$.terminal') = ? "
                                  "AND json_extract(payload, '$.float_cents') = 10000"),
              {opened->uuid, opened->uuid, cashier.uuid, t.site.terminalUuid})
        == 1);
    CHECK_FALSE(t.shifts.open(cashier, Money(5000)).ok()); // one open shift per till
    CHECK(log.take().isEmpty());
    CHECK(events("shift.opened") == 1);

    CHECK(t.shifts.moveCash(cashier, QStringLiteral("out"), Money(2000), QStringLiteral("milk")).error().code
        == Error::Code::PermissionDenied);
    CHECK(log.take().isEmpty());
    REQUIRE_OK(
        t.shifts.moveCash(t.manager(), QStringLiteral("in"), Money(5000), QStringLiteral("change from the bank")));
    REQUIRE_OK(t.shifts.moveCash(
        cashier, QStringLiteral("out"), Money(2000), QStringLiteral("milk from the shop"), QStringLiteral("3333")));
    CHECK(log.take()
        == Sets {{change(Change::Kind::CashMoved, opened->id)}, {change(Change::Kind::CashMoved, opened->id)}});
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox AS o JOIN cash_movements AS m "
                                  "ON m.uuid = json_extract(o.payload, '$.movement') "
                                  "WHERE o.event = 'shift.cash_moved' AND o.entity_uuid = ? "
                                  "AND json_extract(o.payload, '$.kind') = m.kind "
                                  "AND json_extract(o.payload, '$.amount_cents') = m.amount_cents "
                                  "AND json_extract(o.payload, '$.reason') = m.reason"),
              {opened->uuid})
        == 2);

    CHECK(t.shifts.close(cashier, Money(13000)).error().code == Error::Code::PermissionDenied);
    CHECK(log.take().isEmpty());
    CHECK(events("shift.closed") == 0);
    auto z = t.shifts.close(t.manager(), Money(12900));
    REQUIRE_OK(z);
    CHECK(log.take() == Sets {{change(Change::Kind::ShiftClosed, opened->id)}});
    // HQ gets the Z report as it was kept.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox AS o JOIN shifts AS s ON s.uuid = o.entity_uuid "
                                  "WHERE o.event = 'shift.closed' "
                                  "AND json_extract(o.payload, '$.z_report') = json(s.z_report) "
                                  "AND json_extract(o.payload, '$.z_report.expected_cash_cents') = 13000 "
                                  "AND json_extract(o.payload, '$.z_report.difference_cents') = -100"))
        == 1);

    // With no shift open there is nothing to move cash into or to close: refused, nothing announced.
    CHECK(t.shifts.moveCash(t.manager(), QStringLiteral("in"), Money(100), QStringLiteral("float top-up")).error().code
        == Error::Code::BusinessRule);
    CHECK(t.shifts.close(t.manager(), Money(0)).error().code == Error::Code::BusinessRule);
    CHECK(log.take().isEmpty());
    CHECK(events("shift.cash_moved") == 2);
    CHECK(events("shift.closed") == 1);
}

TEST_CASE("a shift's event for HQ is written in the transaction of its change: if it cannot be, nothing changes",
    "[db][shifts][changes]")
{
    test::TillFixture t; // the cashier's shift is open
    const qint64 shift = t.shifts.current()->id;
    HubLog log(*t.db);
    exec(t,
        "CREATE TEMP TRIGGER refuse_shift_events BEFORE INSERT ON main.sync_outbox WHEN NEW.entity = 'shift' "
        "BEGIN SELECT RAISE(ABORT, 'the outbox is refused'); END");

    CHECK_FALSE(t.shifts.moveCash(t.manager(), QStringLiteral("in"), Money(500), QStringLiteral("change")).ok());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM cash_movements")) == 0);
    auto refused = t.shifts.close(t.manager(), Money(10000));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("outbox is refused")));
    CHECK(t.shifts.current()->id == shift); // still open
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('shift.close', 'cash.in')")) == 0);
    CHECK(log.take().isEmpty());

    exec(t, "DROP TRIGGER temp.refuse_shift_events");
    REQUIRE_OK(t.shifts.close(t.manager(), Money(10000)));
    CHECK(log.take() == Sets {{change(Change::Kind::ShiftClosed, shift)}});
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE event = 'shift.closed'")) == 1);
}

TEST_CASE(
    "adding a person publishes StaffChanged once, a refused one and wrong PINs publish nothing", "[db][staff][changes]")
{
    test::TillFixture t;
    HubLog log(*t.db);
    const StaffMember owner = t.login("4444");
    CHECK(
        t.staff.addStaff(t.manager(), QStringLiteral("Pat Newhire"), Role::Cashier, QStringLiteral("5656")).error().code
        == Error::Code::PermissionDenied);
    // Refused inside the unit of work (the name is checked there): rolled back, nothing announced.
    CHECK(t.staff.addStaff(owner, QStringLiteral("Sam Cashier"), Role::Cashier, QStringLiteral("5656")).error().code
        == Error::Code::Conflict);
    CHECK_FALSE(t.staff.login(QStringLiteral("9898")).ok()); // login bookkeeping is not a change of staff
    CHECK(log.take().isEmpty());

    auto pat = t.staff.addStaff(owner, QStringLiteral("Pat Newhire"), Role::Barista, QStringLiteral("5656"));
    REQUIRE_OK(pat);
    CHECK(log.take() == Sets {{change(Change::Kind::StaffChanged, pat->id)}});
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM staff WHERE name = 'Pat Newhire'")) == 1);
}

TEST_CASE("a bump, a recall and a hand-over each publish the tickets they changed once, a refused bump nothing",
    "[db][kitchen][changes]")
{
    test::TillFixture t;
    auto sale = t.sell(t.cashier(), t.cart({"Latte", "Bacon roll"}));
    REQUIRE_OK(sale);
    KitchenService& kitchen = *t.services->kitchen;
    auto tickets = kitchen.openTickets();
    REQUIRE_OK(tickets);
    REQUIRE(tickets->size() == 2);
    const qint64 bar = tickets->at(0).id;
    const qint64 hot = tickets->at(1).id;
    HubLog log(*t.db);

    REQUIRE(kitchen.setState(bar, KitchenState::Ready).value());
    CHECK(log.take() == Sets {{change(Change::Kind::KitchenTicketChanged, bar)}});
    CHECK_FALSE(kitchen.setState(bar, KitchenState::Ready).value()); // already there: nothing changed
    CHECK(kitchen.setState(bar, KitchenState::Cancelled).error().code == Error::Code::InvalidInput);
    CHECK(kitchen.setState(hot + 1000, KitchenState::Ready).error().code == Error::Code::NotFound);
    CHECK(log.take().isEmpty());
    // A command applied once: sent again, it changes nothing and announces nothing.
    REQUIRE(kitchen.setState(bar, KitchenState::InProgress, QStringLiteral("cmd-1")).value());
    CHECK_FALSE(kitchen.setState(bar, KitchenState::InProgress, QStringLiteral("cmd-1")).value());
    CHECK(log.take() == Sets {{change(Change::Kind::KitchenTicketChanged, bar)}});

    REQUIRE_OK(kitchen.collect(sale->orderUuid));
    CHECK(log.take()
        == Sets {{change(Change::Kind::KitchenTicketChanged, bar), change(Change::Kind::KitchenTicketChanged, hot)}});
    REQUIRE_OK(kitchen.collect(sale->orderUuid)); // handed over already
    CHECK(log.take().isEmpty());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM kitchen_tickets WHERE status = 'completed'")) == 2);
}

TEST_CASE("the till's kitchen feed hears at once of a bump made through another KitchenService of the process",
    "[db][kitchen][changes]")
{
    test::TillFixture t;
    REQUIRE_OK(t.sell(t.cashier(), t.cart({"Latte"})));
    KitchenService& till = *t.services->kitchen;
    till.checkNow();
    const qint64 before = till.knownSeq();
    KitchenService screen(*t.db, t.clock); // e.g. a kitchen screen's own
    auto tickets = screen.openTickets();
    REQUIRE_OK(tickets);
    REQUIRE(tickets->size() == 1);
    REQUIRE(screen.setState(tickets->first().id, KitchenState::Ready).value());
    CHECK(till.knownSeq() == before + 1); // through the hub, with no poll in between
}

TEST_CASE("what another program commits to the file reaches this one's hub as external changes, and only what "
          "master data it changed",
    "[db][changes][external]")
{
    test::TillFixture t;
    HubLog log(*t.db);
    ExternalChangeWatcher& watcher = *t.services->external;
    watcher.start(60 * 60 * 1000); // polled by hand below
    CHECK_FALSE(watcher.poll()); // nothing since the baseline

    // "cremactl" on the same file: its own Database, connections and services.
    auto other = TillServices::open(t.db->path(), {}, &t.clock);
    REQUIRE_OK(other);
    const StaffMember owner = (*other)->staff->login(QStringLiteral("4444")).value();
    REQUIRE_OK((*other)->settings->set(owner, QStringLiteral("idle_lock_seconds"), QStringLiteral("300")));
    log.take(); // the other program's own hub is not this one's; nothing here yet
    REQUIRE(watcher.poll());
    CHECK(log.take() == Sets {{Change {Change::Kind::SettingChanged, 0, 0, QStringLiteral("external")}}});
    CHECK_FALSE(watcher.poll()); // once

    // A sale elsewhere moves the file but no master data: the sale's own paths tell the screens.
    const StaffMember cashier = (*other)->staff->login(QStringLiteral("1111")).value();
    auto line = parseItemSpec(**(*other)->sales->menu(), QStringLiteral("Latte"));
    REQUIRE_OK(line);
    Cart cart;
    cart.lines.append(*line);
    REQUIRE_OK((*other)->sales->checkout(cashier, SaleRequest {cart, {test::TillFixture::card()}, {}, 0}));
    CHECK_FALSE(watcher.poll());
    CHECK(log.take().isEmpty());

    // A change made here is not re-announced as someone else's, even once another program's sale
    // moves the file.
    REQUIRE_OK(t.services->settings->set(owner, QStringLiteral("idle_lock_seconds"), QStringLiteral("600")));
    log.take();
    CHECK_FALSE(watcher.poll());
    REQUIRE_OK((*other)->sales->checkout(cashier, SaleRequest {cart, {test::TillFixture::card()}, {}, 0}));
    CHECK_FALSE(watcher.poll());
    CHECK(log.take().isEmpty());
}

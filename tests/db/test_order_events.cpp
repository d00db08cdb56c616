// What HQ keeps a till's sales by: the order.paid a live sale queues is exactly what join reads back
// from the rows for history the outbox never carried, and a refund's event says what it undid.
#include "customers/customerservice.h"
#include "orders/orderevents.h"
#include "storage/unitofwork.h"
#include "tillfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace crema;

namespace {

QJsonObject queued(test::TillFixture& t, const char* event, const QString& entity)
{
    QSqlQuery q(t.db->connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT payload FROM sync_outbox WHERE event = ? AND entity_uuid = ? "
                                     "ORDER BY seq DESC LIMIT 1")));
    q.addBindValue(QString::fromLatin1(event));
    q.addBindValue(entity);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

} // namespace

TEST_CASE(
    "a sale's order.paid is what the rows read back: lines, modifiers, discounts, payments, staff", "[db][hq][sales]")
{
    test::TillFixture t;
    Cart c = t.cart({"Latte:Large+Oat milk+Extra shot", "Croissant", "Cappuccino+Vanilla"});
    c.customerId = t.customerId("+447700900005");
    c.rewardIds = {t.rewardId("Free pastry")};
    c.lines[2].discount = Discount {Discount::Kind::Percent, 1000};
    auto sale = t.sell(t.manager(), c, {test::TillFixture::cash(500), test::TillFixture::card()});
    REQUIRE_OK(sale);

    const QJsonObject live = queued(t, "order.paid", sale->orderUuid);
    auto read = OrderEvents::paid(t.db->connection(), sale->orderId);
    REQUIRE_OK(read);
    CHECK(QJsonDocument(live).toJson().toStdString() == QJsonDocument(*read).toJson().toStdString());
    // And it is complete: names and prices as rung, both modifiers, both payments, who rang it.
    const QJsonArray lines = live.value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 3);
    const QJsonObject latte = lines[0].toObject();
    CHECK(latte.value(QStringLiteral("line_no")).toInt() == 1);
    CHECK(latte.value(QStringLiteral("product_name")).toString() == QStringLiteral("Latte"));
    CHECK(latte.value(QStringLiteral("size_name")).toString() == QStringLiteral("Large"));
    CHECK(latte.value(QStringLiteral("modifiers")).toArray().size() == 2);
    CHECK(latte.value(QStringLiteral("unit_price_cents")).toInteger() > 0);
    CHECK(lines[2].toObject().value(QStringLiteral("discount_cents")).toInteger() > 0);
    CHECK(live.value(QStringLiteral("payments")).toArray().size() == 2);
    CHECK(live.value(QStringLiteral("staff")).toString() == t.manager().uuid);

    // The sale's ledger rows go in one ledger.recorded, whose JSON SQLite writes: every stock
    // movement of the order, its points earned and its audit entry with the details as an object.
    QSqlQuery ledger(t.db->connection());
    REQUIRE(ledger.exec(
        QStringLiteral("SELECT payload FROM sync_outbox WHERE event = 'ledger.recorded' ORDER BY seq DESC LIMIT 1")));
    REQUIRE(ledger.next());
    QJsonParseError parsed;
    const QJsonObject recorded = QJsonDocument::fromJson(ledger.value(0).toString().toUtf8(), &parsed).object();
    REQUIRE(parsed.error == QJsonParseError::NoError);
    const QJsonArray moves = recorded.value(QStringLiteral("movements")).toArray();
    CHECK(moves.size()
        == t.scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE order_id = ?"), {sale->orderId}));
    for (const QJsonValue& m : moves) {
        CHECK(m.toObject().value(QStringLiteral("order")).toString() == sale->orderUuid);
        CHECK(m.toObject().value(QStringLiteral("quantity")).toInteger() < 0);
        CHECK(!m.toObject().value(QStringLiteral("ingredient")).toString().isEmpty());
        CHECK(
            m.toObject().value(QStringLiteral("note")).toString() == QStringLiteral("receipt %1").arg(sale->receiptNo));
    }
    bool earned = false;
    for (const QJsonValue& e : recorded.value(QStringLiteral("entries")).toArray())
        earned = earned
            || (e.toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("earn")
                && e.toObject().value(QStringLiteral("order")).toString() == sale->orderUuid);
    CHECK(earned);
    const QJsonArray audit = recorded.value(QStringLiteral("audit")).toArray();
    REQUIRE(!audit.isEmpty());
    CHECK(audit.last().toObject().value(QStringLiteral("action")).toString() == QStringLiteral("order.paid"));
    CHECK(audit.last().toObject().value(QStringLiteral("details")).isObject());
    CHECK(audit.last().toObject().value(QStringLiteral("staff")).toString() == t.manager().uuid);
    CHECK(live.value(QStringLiteral("subtotal_cents")).toInteger()
        >= live.value(QStringLiteral("total_cents")).toInteger());
    CHECK(live.value(QStringLiteral("discount_cents")).toInteger() == sale->discount.cents());

    // A refund of one line says which line, how many, the money and the tax it took back.
    auto refund = t.sales.refund(t.manager(), test::TillFixture::refundOf(sale->receiptNo, {1}));
    REQUIRE_OK(refund);
    const QJsonObject r = queued(t, "order.refunded", sale->orderUuid);
    CHECK(r.value(QStringLiteral("lines")).toArray() == QJsonArray {1});
    CHECK(r.value(QStringLiteral("line_quantities")).toArray()
        == QJsonArray {QJsonObject {{QStringLiteral("line_no"), 1}, {QStringLiteral("quantity"), 1},
            {QStringLiteral("amount_cents"), latte.value(QStringLiteral("total_cents")).toInteger()}}});
    CHECK(r.value(QStringLiteral("amount_cents")).toInteger() == refund->amount.cents());
    // What went back, by method, adds up to the refund; and the day and hour the till counts it in.
    qint64 paidBack = 0;
    for (const QJsonValue& p : r.value(QStringLiteral("payments")).toArray())
        paidBack += p.toObject().value(QStringLiteral("amount_cents")).toInteger();
    CHECK(paidBack == refund->amount.cents());
    CHECK(r.value(QStringLiteral("payments")).toArray().size() == 2);
    QSqlQuery day(t.db->connection());
    REQUIRE(day.exec(QStringLiteral("SELECT business_day FROM refunds")));
    REQUIRE(day.next());
    CHECK(r.value(QStringLiteral("business_day")).toString() == day.value(0).toString());
    CHECK(live.value(QStringLiteral("business_day")).toString().size() == 10);
    CHECK(live.value(QStringLiteral("business_hour")).toInt() >= 0);
    CHECK(r.value(QStringLiteral("tax_cents")).toInteger() == latte.value(QStringLiteral("tax_cents")).toInteger());
    CHECK(r.value(QStringLiteral("status")).toString() == QStringLiteral("partially_refunded"));
    CHECK(!r.value(QStringLiteral("refund")).toString().isEmpty());
}

TEST_CASE("a customer HQ merges away while their cart is open: the sale and a later refund are the survivor's",
    "[db][hq][loyalty]")
{
    test::TillFixture t;
    auto kept = t.customers.addCustomer(QStringLiteral("Kit Kept"), QStringLiteral("+447700955001"), {}, false);
    auto gone = t.customers.addCustomer(QStringLiteral("Kit Again"), QStringLiteral("+447700955002"), {}, false);
    REQUIRE_OK(kept);
    REQUIRE_OK(gone);
    // A sale on the second profile before HQ merges it: its points move with the merge.
    Cart before = t.cart({"Latte"});
    before.customerId = gone->id;
    auto first = t.sell(t.cashier(), before);
    REQUIRE_OK(first);
    REQUIRE(first->pointsEarned > 0);

    // The cart for the second profile is open when the sync thread applies HQ's merge.
    Cart open = t.cart({"Cappuccino", "Croissant"});
    open.customerId = gone->id;
    {
        auto work = UnitOfWork::begin(*t.db);
        REQUIRE_OK(work);
        work->markFromHq();
        auto merged = CustomerService::adoptFromHq(*work, t.clock, QStringLiteral("customer.merged"),
            {{QStringLiteral("customer"), gone->uuid}, {QStringLiteral("into"), kept->uuid},
                {QStringLiteral("phone"), QStringLiteral("+447700955001")}},
            QStringLiteral("test"));
        REQUIRE_OK(merged);
        REQUIRE_OK(work->commit());
    }
    CHECK(t.points(kept->id) == first->pointsEarned);
    CHECK(t.points(gone->id) == 0);
    // Its order is the survivor's too: one history, as at HQ.
    CHECK(t.scalar(QStringLiteral("SELECT customer_id FROM orders WHERE id = ?"), {first->orderId}) == kept->id);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE customer_id = ?"), {gone->id}) == 0);

    auto sale = t.sell(t.cashier(), open);
    REQUIRE_OK(sale);
    CHECK(t.points(gone->id) == 0);
    CHECK(t.points(kept->id) == first->pointsEarned + sale->pointsEarned);
    CHECK(t.scalar(QStringLiteral("SELECT customer_id FROM orders WHERE id = ?"), {sale->orderId}) == kept->id);
    CHECK(queued(t, "order.paid", sale->orderUuid).value(QStringLiteral("customer")).toString() == kept->uuid);

    // The first order's refund takes its points back from the survivor, where they went.
    auto refund = t.sales.refund(t.manager(), test::TillFixture::refundOf(first->receiptNo));
    REQUIRE_OK(refund);
    CHECK(t.points(gone->id) == 0);
    CHECK(t.points(kept->id) == sale->pointsEarned);
}

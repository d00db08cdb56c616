#include "storage/unitofwork.h"
#include "tillfixture.h"

#include <QSignalSpy>

using namespace crema;

namespace {

// A customer with no points yet, so every balance below is what these orders made.
qint64 newCustomer(test::TillFixture& t, const char* phone)
{
    auto c = t.customers.addCustomer(QStringLiteral("Rae Refund"), QString::fromLatin1(phone), {}, false);
    REQUIRE_OK(c);
    return c->id;
}

} // namespace

TEST_CASE("a partial refund leaves no more points than the kept lines would have earned alone", "[db][refund][loyalty]")
{
    test::TillFixture t;
    const qint64 rae = newCustomer(t, "+447700900901");
    // Three lines whose points do not split evenly.
    Cart c = t.cart({"Americano", "Latte", "Croissant"});
    c.customerId = rae;
    auto sale = t.sell(t.cashier(), c);
    REQUIRE_OK(sale);
    REQUIRE(sale->pointsEarned > 0);
    auto keptAlone = t.sales.quote(t.cart({"Latte", "Croissant"}));
    REQUIRE_OK(keptAlone);
    Money keptNet;
    for (const PricedLine& l : keptAlone->lines)
        keptNet += l.total - l.tax;
    const qint64 keptWouldEarn = keptNet.cents() * 10 / 100; // 10 points per 1.00 of net

    auto first = t.sales.refund(t.manager(), test::TillFixture::refundOf(sale->receiptNo, {1}));
    REQUIRE_OK(first);
    CHECK(t.points(rae) <= keptWouldEarn);
    CHECK(t.points(rae) == sale->pointsEarned - first->pointsReversed);
    // The rest of the order: nothing left.
    auto rest = t.sales.refund(t.manager(), test::TillFixture::refundOf(sale->receiptNo));
    REQUIRE_OK(rest);
    CHECK(t.points(rae) == 0);
}

TEST_CASE("refunding the free item a reward paid for gives its points back, and the order's last line the rest",
    "[db][refund][loyalty]")
{
    test::TillFixture t;
    const qint64 rich = t.customerId("+447700900005");
    const qint64 before = t.points(rich);
    Cart c = t.cart({"Latte", "Croissant"});
    c.customerId = rich;
    c.rewardIds = {t.rewardId("Free pastry")};
    auto sale = t.sell(t.cashier(), c);
    REQUIRE_OK(sale);
    REQUIRE(sale->pointsRedeemed == 100);

    // The free croissant comes back: no money, the 100 points it cost.
    auto croissant = t.sales.refund(t.manager(), test::TillFixture::refundOf(sale->receiptNo, {2}));
    REQUIRE_OK(croissant);
    CHECK(croissant->amount.cents() == 0);
    CHECK(croissant->pointsReturned == 100);
    CHECK(croissant->pointsReversed == 0); // the croissant earned nothing
    CHECK(t.points(rich) == before + sale->pointsEarned);
    // Then the latte: its points go, no reward points come back twice.
    auto latte = t.sales.refund(t.manager(), test::TillFixture::refundOf(sale->receiptNo, {1}));
    REQUIRE_OK(latte);
    CHECK(latte->pointsReturned == 0);
    CHECK(latte->pointsReversed == sale->pointsEarned);
    CHECK(t.points(rich) == before); // as if the order never happened
}

TEST_CASE("points earned on an order and spent since: the refund is refused unless a manager forgives them",
    "[db][refund][loyalty]")
{
    test::TillFixture t;
    const qint64 rae = newCustomer(t, "+447700900902");
    // Enough for 130+ points, then spend 100 of them on a reward straight away.
    Cart big = t.cart({"Latte*4"});
    big.customerId = rae;
    auto earned = t.sell(t.cashier(), big);
    REQUIRE_OK(earned);
    REQUIRE(earned->pointsEarned >= 100);
    Cart spend = t.cart({"Croissant"});
    spend.customerId = rae;
    spend.rewardIds = {t.rewardId("Free pastry")};
    REQUIRE_OK(t.sell(t.cashier(), spend, {})); // 0.00: no payment
    const qint64 balance = t.points(rae);
    REQUIRE(balance < earned->pointsEarned);

    const auto footprint = t.footprint();
    auto refused = t.sales.refund(t.manager(), test::TillFixture::refundOf(earned->receiptNo));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::BusinessRule);
    CHECK(
        refused.error().message.contains(QStringLiteral("%1 of them were spent").arg(earned->pointsEarned - balance)));
    CHECK(t.footprint() == footprint); // nothing written: no money went back

    RefundRequest forgive = test::TillFixture::refundOf(earned->receiptNo);
    forgive.forgivePoints = true;
    auto done = t.sales.refund(t.manager(), forgive);
    REQUIRE_OK(done);
    CHECK(done->pointsReversed == balance);
    CHECK(done->pointsForgiven == earned->pointsEarned - balance);
    CHECK(done->toJson().value(QStringLiteral("points_forgiven")).toInt() == earned->pointsEarned - balance);
    CHECK(t.points(rae) == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'order.refund' AND details LIKE ?"),
              {QStringLiteral("%points_forgiven%")})
        == 1);
}

TEST_CASE("a committed unit of work publishes what it changed once, a refused one publishes nothing", "[db][sales]")
{
    test::TillFixture t;
    qRegisterMetaType<ChangeSet>();
    Cart c = t.cart({"Latte"});
    c.customerId = t.customerId("+447700900005");
    QSignalSpy spy(&t.db->changes(), &ChangeHub::changed);
    auto sale = t.sell(t.cashier(), c);
    REQUIRE_OK(sale);
    REQUIRE(spy.count() == 1);
    const auto changes = spy.takeFirst().at(0).value<ChangeSet>();
    CHECK(changes.of(Change::Kind::OrderPaid)
        == QList<Change> {Change {Change::Kind::OrderPaid, sale->orderId, sale->receiptNo}});
    CHECK(changes.of(Change::Kind::StockMoved).size() == 1);
    CHECK(changes.of(Change::Kind::PointsMoved).size() == 1);
    CHECK(changes.touchesSales());
    // The outbox row is written with the sale.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity_uuid = ? AND event = 'order.paid'"),
              {sale->orderUuid})
        == 1);

    // Refused inside its unit of work (the customer has no points for the reward): rolled back, silent.
    Cart poor = t.cart({"Croissant"});
    poor.customerId = newCustomer(t, "+447700900903");
    poor.rewardIds = {t.rewardId("Free pastry")};
    spy.clear();
    auto refused = t.sell(t.cashier(), poor, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("has 0 points")));
    CHECK(spy.count() == 0);
}

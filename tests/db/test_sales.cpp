#include "tillfixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace crema;

TEST_CASE("a sale writes the order, lines, payments, stock, points, tickets, audit and outbox together", "[db][sales]")
{
    test::TillFixture t;
    const qint64 customer = t.customerId("+447700900005");
    const qint64 pointsBefore = t.points(customer);
    const qint64 oatBefore = t.onHand("Oat milk");
    const qint64 milkBefore = t.onHand("Whole milk");
    const qint64 beansBefore = t.onHand("House espresso beans");
    const qint64 ryeBefore = t.onHand("Rye slice");

    Cart cart = t.cart({"Latte:Large+Oat milk+Extra shot*2", "Croissant", "Cheese Toastie+Rye"});
    cart.lines[0].note = QStringLiteral("extra hot");
    cart.customerId = customer;
    auto sale = t.sell(t.cashier(), cart, {test::TillFixture::cash(3000)});
    REQUIRE_OK(sale);
    CHECK(sale->total.cents() == 980 + 260 + 600);
    CHECK(sale->change.cents() == 3000 - 1840);

    // Stock: oat milk replaced the dairy milk of the large size; the extra shot added 18 g each.
    CHECK(t.onHand("Oat milk") == oatBefore - 2 * 330);
    CHECK(t.onHand("Whole milk") == milkBefore);
    CHECK(t.onHand("House espresso beans") == beansBefore - 2 * (27 + 18));
    CHECK(t.onHand("Rye slice") == ryeBefore - 2);
    CHECK(t.scalar(
              QStringLiteral("SELECT count(*) FROM stock_movements WHERE order_id = ? AND order_line_id IS NOT NULL"),
              {sale->orderId})
        == 3 + 1 + 3); // latte: beans, oat milk, cup; croissant; toastie: cheddar, butter, rye
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM order_lines WHERE order_id = ?"), {sale->orderId}) == 3);
    CHECK(t.scalar(
              QStringLiteral("SELECT count(*) FROM line_modifiers AS m JOIN order_lines AS l ON l.id = m.order_line_id "
                             "WHERE l.order_id = ?"),
              {sale->orderId})
        == 3);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM order_lines WHERE order_id = ? AND note = 'extra hot'"),
              {sale->orderId})
        == 1);
    CHECK(
        t.scalar(QStringLiteral("SELECT sum(amount_cents) FROM payments WHERE order_id = ?"), {sale->orderId}) == 1840);
    CHECK(t.scalar(QStringLiteral("SELECT tendered_cents FROM payments WHERE order_id = ?"), {sale->orderId}) == 3000);

    // Points: 10 per 1.00 of net paid (after discounts, before tax).
    const qint64 net = sale->total.cents() - sale->tax.cents();
    CHECK(sale->pointsEarned == net * 10 / 100);
    CHECK(t.points(customer) == pointsBefore + sale->pointsEarned);

    // Kitchen: the latte to the bar, the toastie to the kitchen; the croissant needs no preparing.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM kitchen_tickets WHERE order_id = ? AND station = 'Bar'"),
              {sale->orderId})
        == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM kitchen_tickets WHERE order_id = ? AND station = 'Kitchen'"),
              {sale->orderId})
        == 1);
    CHECK(t.scalar(QStringLiteral(
                       "SELECT count(*) FROM kitchen_ticket_items AS i JOIN kitchen_tickets AS k ON k.id = i.ticket_id "
                       "WHERE k.order_id = ?"),
              {sale->orderId})
        == 2);

    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'order.paid' AND "
                                  "json_extract(details, '$.receipt') = ?"),
              {sale->receiptNo})
        == 1);
    auto payload = queryScalar(t.db->connection(),
        QStringLiteral("SELECT payload FROM sync_outbox WHERE entity_uuid = ? AND event = 'order.paid'"),
        {sale->orderUuid}, QStringLiteral("test"));
    REQUIRE_OK(payload);
    const QJsonObject event = QJsonDocument::fromJson(payload->toString().toUtf8()).object();
    CHECK(event.value(QStringLiteral("order")).toString() == sale->orderUuid);
    CHECK(event.value(QStringLiteral("total_cents")).toInteger() == 1840);
}

TEST_CASE("payments must add up to the total", "[db][sales]")
{
    test::TillFixture t;
    const auto before = t.footprint();
    const Cart latte = t.cart({"Latte"}); // 3.50
    SECTION("cash short of the total is refused and nothing is written")
    {
        auto r = t.sell(t.cashier(), latte, {test::TillFixture::cash(300)});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("short by £0.50")));
        CHECK(t.footprint() == before);
    }
    SECTION("a card for more than is due is refused")
    {
        auto r = t.sell(t.cashier(), latte, {test::TillFixture::card(400)});
        REQUIRE_FALSE(r.ok());
        CHECK(t.footprint() == before);
    }
    SECTION("no payment at all")
    {
        CHECK_FALSE(t.sell(t.cashier(), latte, {}).ok());
    }
    SECTION("split across card and cash, with change from the cash")
    {
        auto r = t.sell(t.cashier(), latte, {test::TillFixture::card(200), test::TillFixture::cash(500)});
        REQUIRE_OK(r);
        CHECK(r->change.cents() == 350);
        CHECK(t.scalar(QStringLiteral("SELECT amount_cents FROM payments WHERE order_id = ? AND method = 'card'"),
                  {r->orderId})
            == 200);
        CHECK(t.scalar(QStringLiteral("SELECT amount_cents FROM payments WHERE order_id = ? AND method = 'cash'"),
                  {r->orderId})
            == 150);
    }
    SECTION("cash with change before another payment is refused")
    {
        CHECK_FALSE(
            t.sell(t.cashier(), t.cart({"Latte", "Mocha"}), {test::TillFixture::cash(1000), test::TillFixture::card()})
                .ok());
    }
}

TEST_CASE("stock policy block refuses the sale naming the ingredient and the shortfall", "[db][sales][stock]")
{
    test::TillFixture t;
    const qint64 have = t.onHand("Ethiopia 250 g bag");
    REQUIRE(have > 0);
    const auto before = t.footprint();
    Cart c = t.cart({"Ethiopia Yirgacheffe 250 g"});
    c.lines[0].quantity = static_cast<int>(have + 1);
    auto r = t.sell(t.cashier(), c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Error::Code::BusinessRule);
    CHECK(
        r.error().message == QStringLiteral("not enough Ethiopia 250 g bag: need %1, have %2").arg(have + 1).arg(have));
    CHECK(t.footprint() == before);
    CHECK(t.onHand("Ethiopia 250 g bag") == have);

    c.lines[0].quantity = static_cast<int>(have);
    REQUIRE_OK(t.sell(t.cashier(), c)); // exactly what is there is fine
    CHECK(t.onHand("Ethiopia 250 g bag") == 0);
}

TEST_CASE("stock policy allow sells past zero with a warning that is recorded", "[db][sales][stock]")
{
    test::TillFixture t;
    const qint64 have = t.onHand("Matcha powder");
    Cart c = t.cart({"Matcha Latte"});
    c.lines[0].quantity = static_cast<int>(have / 3 + 5); // 3 g each
    auto r = t.sell(t.cashier(), c);
    REQUIRE_OK(r);
    REQUIRE(r->warnings.size() == 1);
    CHECK(r->warnings.first().startsWith(QStringLiteral("Matcha powder is short")));
    CHECK(t.onHand("Matcha powder") == have - 3 * c.lines[0].quantity);
    CHECK(t.onHand("Matcha powder") < 0);
    CHECK(t.scalar(QStringLiteral(
              "SELECT count(*) FROM audit_log WHERE action = 'order.paid' AND details LIKE '%Matcha powder is short%'"))
        == 1);
}

TEST_CASE("a cashier's discount over the limit needs a manager's PIN, and who allowed it is kept", "[db][sales][staff]")
{
    test::TillFixture t;
    Cart c = t.cart({"Latte", "Mocha"});
    c.orderDiscount = Discount::percent(1000);
    REQUIRE_OK(t.sell(t.cashier(), c)); // 10 % is within the default limit

    c.orderDiscount = Discount::percent(2000);
    const auto before = t.footprint();
    auto refused = t.sell(t.cashier(), c);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("limit")));
    CHECK(t.footprint() == before);
    CHECK(t.sell(t.cashier(), c, {test::TillFixture::card()}, QStringLiteral("2222")).error().code
        == Error::Code::PermissionDenied);

    auto allowed = t.sell(t.cashier(), c, {test::TillFixture::card()}, QStringLiteral("3333"));
    REQUIRE_OK(allowed);
    CHECK(allowed->discount.cents() == 146);
    CHECK(t.scalar(QStringLiteral(
                       "SELECT count(*) FROM order_discounts AS d JOIN staff AS s ON s.id = d.authorised_staff_id "
                       "WHERE d.order_id = ? AND s.name = 'Morgan Manager'"),
              {allowed->orderId})
        == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log AS a JOIN staff AS s ON s.id = a.authorised_staff_id "
                                  "WHERE a.action = 'order.paid' AND s.name = 'Morgan Manager'"))
        == 1);
    REQUIRE_OK(t.sell(t.manager(), c)); // a manager needs nobody's PIN

    // The limit is a setting.
    REQUIRE_OK(queryScalar(t.db->connection(),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('cashier_discount_limit_bp', '2500')"), {},
        QStringLiteral("t")));
    REQUIRE_OK(t.sell(t.cashier(), c));
}

TEST_CASE("rewards are redeemed from the customer's points, which never go below zero", "[db][sales][loyalty]")
{
    test::TillFixture t;
    const qint64 rich = t.customerId("+447700900005");
    const qint64 before = t.points(rich);
    REQUIRE(before >= 100);
    Cart c = t.cart({"Latte", "Croissant"});
    c.customerId = rich;
    c.rewardIds = {t.rewardId("Free pastry")};
    auto sale = t.sell(t.cashier(), c);
    REQUIRE_OK(sale);
    CHECK(sale->total.cents() == 350);
    CHECK(sale->pointsRedeemed == 100);
    CHECK(t.points(rich) == before - 100 + sale->pointsEarned);

    // A customer without enough points.
    const qint64 poor = t.scalar(
        QStringLiteral("SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM loyalty_ledger) LIMIT 1"));
    c.customerId = poor;
    const auto footprint = t.footprint();
    auto refused = t.sell(t.cashier(), c);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("has 0 points")));
    CHECK(t.footprint() == footprint);
    // A reward without a customer.
    c.customerId = 0;
    CHECK_FALSE(t.sell(t.cashier(), c).ok());

    // The earn rate is a setting.
    REQUIRE_OK(queryScalar(t.db->connection(),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('loyalty_points_per_unit', '20')"), {},
        QStringLiteral("t")));
    Cart plain = t.cart({"Latte"});
    plain.customerId = rich;
    auto doubled = t.sell(t.cashier(), plain);
    REQUIRE_OK(doubled);
    CHECK(doubled->pointsEarned == (350 - 58) * 20 / 100);
}

TEST_CASE("a refund with restock puts back stock and points exactly and pays back each method", "[db][sales][refund]")
{
    test::TillFixture t;
    const qint64 customer = t.customerId("+447700900005");
    const qint64 pointsBefore = t.points(customer);
    const qint64 beans = t.onHand("House espresso beans");
    const qint64 oat = t.onHand("Oat milk");
    const qint64 pastries = t.onHand("Croissant");
    Cart c = t.cart({"Latte:Large+Oat milk+Extra shot*2", "Croissant*2"});
    c.customerId = customer;
    c.rewardIds = {t.rewardId("Free pastry")};
    auto sale = t.sell(t.cashier(), c, {test::TillFixture::card(500), test::TillFixture::cash()});
    REQUIRE_OK(sale);

    RefundRequest req;
    req.receiptNo = sale->receiptNo;
    req.disposition = RefundRequest::Disposition::Restock;
    req.reason = QStringLiteral("wrong order");
    auto refund = t.sales.refund(t.manager(), req);
    REQUIRE_OK(refund);
    CHECK(refund->status == QStringLiteral("refunded"));
    CHECK(refund->amount == sale->total);
    CHECK(t.onHand("House espresso beans") == beans);
    CHECK(t.onHand("Oat milk") == oat);
    CHECK(t.onHand("Croissant") == pastries);
    CHECK(t.points(customer) == pointsBefore);
    CHECK(refund->pointsReturned == 100);
    CHECK(refund->pointsReversed == sale->pointsEarned);
    CHECK(t.scalar(QStringLiteral("SELECT sum(amount_cents) FROM payments WHERE order_id = ?"), {sale->orderId}) == 0);
    CHECK(t.scalar(QStringLiteral("SELECT sum(amount_cents) FROM payments WHERE order_id = ? AND method = 'card'"),
              {sale->orderId})
        == 0);
    CHECK(t.scalar(QStringLiteral("SELECT status = 'refunded' FROM orders WHERE id = ?"), {sale->orderId}) == 1);

    // Never twice.
    const auto footprint = t.footprint();
    auto again = t.sales.refund(t.manager(), req);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already refunded")));
    CHECK(t.footprint() == footprint);
}

TEST_CASE("refunds by line: prepared drinks are wasted by default, packaged goods restocked", "[db][sales][refund]")
{
    test::TillFixture t;
    const qint64 milk = t.onHand("Whole milk");
    const qint64 bags = t.onHand("Colombia 250 g bag");
    auto sale = t.sell(t.cashier(), t.cart({"Cappuccino", "Colombia Huila 250 g"}));
    REQUIRE_OK(sale);
    RefundRequest req;
    req.receiptNo = sale->receiptNo;
    req.lineNos = {1};
    auto first = t.sales.refund(t.manager(), req);
    REQUIRE_OK(first);
    CHECK(first->status == QStringLiteral("partially_refunded"));
    CHECK(first->amount.cents() == 340);
    CHECK(t.onHand("Whole milk") == milk - 200); // wasted: it came back and went out again
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE order_id = ? AND kind = 'waste'"),
              {sale->orderId})
        == 3);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE order_id = ? AND kind = 'refund'"),
              {sale->orderId})
        == 3);

    req.lineNos = {1};
    CHECK(t.sales.refund(t.manager(), req).error().message.contains(QStringLiteral("line 1 of receipt")));
    req.lineNos = {7};
    CHECK(t.sales.refund(t.manager(), req).error().message.contains(QStringLiteral("no line 7")));
    req.lineNos = {2};
    auto second = t.sales.refund(t.manager(), req);
    REQUIRE_OK(second);
    CHECK(second->status == QStringLiteral("refunded"));
    CHECK(t.onHand("Colombia 250 g bag") == bags);
}

TEST_CASE("refunds need a manager, or a manager's PIN, and unknown receipts are named", "[db][sales][refund][staff]")
{
    test::TillFixture t;
    auto sale = t.sell(t.cashier(), t.cart({"Latte"}));
    REQUIRE_OK(sale);
    RefundRequest req;
    req.receiptNo = sale->receiptNo;
    auto byCashier = t.sales.refund(t.cashier(), req);
    REQUIRE_FALSE(byCashier.ok());
    CHECK(byCashier.error().code == Error::Code::PermissionDenied);
    CHECK(t.sales.refund(t.barista(), req).error().code == Error::Code::PermissionDenied); // a PIN of the wrong role
    req.overridePin = QStringLiteral("2222");
    CHECK(t.sales.refund(t.cashier(), req).error().code == Error::Code::PermissionDenied);
    req.overridePin = QStringLiteral("3333");
    auto overridden = t.sales.refund(t.cashier(), req);
    REQUIRE_OK(overridden);
    CHECK(t.scalar(QStringLiteral(
              "SELECT count(*) FROM refunds AS r JOIN staff AS a ON a.id = r.authorised_staff_id "
              "JOIN staff AS s ON s.id = r.staff_id WHERE a.name = 'Morgan Manager' AND s.name = 'Sam Cashier'"))
        == 1);
    CHECK(t.scalar(QStringLiteral(
              "SELECT count(*) FROM audit_log WHERE action = 'order.refund' AND authorised_staff_id IS NOT NULL"))
        == 1);

    RefundRequest unknown;
    unknown.receiptNo = 999999;
    auto missing = t.sales.refund(t.manager(), unknown);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("999999")));
}

TEST_CASE("parked orders are paid as themselves or voided, paid orders cannot be voided", "[db][sales]")
{
    test::TillFixture t;
    const qint64 beans = t.onHand("House espresso beans");
    auto held = t.sales.hold(t.cashier(), t.cart({"Flat White", "Croissant"}), QStringLiteral("Anna"));
    REQUIRE_OK(held);
    CHECK(t.onHand("House espresso beans") == beans); // nothing taken until paid
    auto open = t.sales.orders({}, {}, QStringLiteral("open"));
    REQUIRE_OK(open);
    REQUIRE(open->size() == 1);
    CHECK(open->first().name == QStringLiteral("Anna"));

    auto cart = t.sales.heldCart(*held);
    REQUIRE_OK(cart);
    CHECK(cart->lines.size() == 2);
    auto paid = t.sales.checkout(t.cashier(), SaleRequest {*cart, {test::TillFixture::card()}, {}, *held});
    REQUIRE_OK(paid);
    CHECK(paid->orderId == *held);
    CHECK(t.onHand("House espresso beans") == beans - 18);
    CHECK(t.sales.voidOrder(t.cashier(), *held, {}).error().message.contains(QStringLiteral("refund it instead")));

    auto other = t.sales.hold(t.cashier(), t.cart({"Latte"}), QStringLiteral("table 4"));
    REQUIRE_OK(other);
    REQUIRE_OK(t.sales.voidOrder(t.cashier(), *other, QStringLiteral("walked out")));
    CHECK(t.scalar(QStringLiteral("SELECT status = 'voided' FROM orders WHERE id = ?"), {*other}) == 1);
    CHECK(t.sales.voidOrder(t.cashier(), *other, {}).error().message.contains(QStringLiteral("already void")));
    CHECK(t.sales.checkout(t.cashier(), SaleRequest {t.cart({"Latte"}), {test::TillFixture::card()}, {}, *other})
              .error()
              .code
        == Error::Code::BusinessRule);
}

TEST_CASE("receipt numbers run on without gaps, and a refused sale uses none", "[db][sales]")
{
    test::TillFixture t;
    const qint64 last = t.scalar(QStringLiteral("SELECT max(receipt_no) FROM orders"));
    auto a = t.sell(t.cashier(), t.cart({"Latte"}));
    REQUIRE_OK(a);
    CHECK(a->receiptNo == last + 1);
    CHECK_FALSE(t.sell(t.cashier(), t.cart({"Latte"}), {test::TillFixture::cash(1)}).ok());
    auto held = t.sales.hold(t.cashier(), t.cart({"Latte"}), QStringLiteral("x"));
    REQUIRE_OK(held);
    auto b = t.sell(t.cashier(), t.cart({"Mocha"}));
    REQUIRE_OK(b);
    CHECK(b->receiptNo == last + 2);
    CHECK(t.scalar(QStringLiteral("SELECT max(receipt_no) - count(receipt_no) FROM orders")) == 0);
}

TEST_CASE("a resumed order parked again stays the same order, with no void recorded", "[db][sales]")
{
    test::TillFixture t;
    auto held = t.sales.hold(t.cashier(), t.cart({"Latte"}), QStringLiteral("Anna"));
    REQUIRE_OK(held);
    auto again = t.sales.hold(t.cashier(), t.cart({"Latte", "Croissant*2"}), QStringLiteral("Anna, table 2"), *held);
    REQUIRE_OK(again);
    CHECK(*again == *held);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE status = 'open'")) == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE status = 'voided'")) == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'order.void'")) == 0);
    CHECK(t.scalar(QStringLiteral("SELECT total_cents FROM orders WHERE id = ?"), {*held}) == 350 + 520);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM order_lines WHERE order_id = ?"), {*held}) == 2);
    auto cart = t.sales.heldCart(*held);
    REQUIRE_OK(cart);
    CHECK(cart->lines.size() == 2);
    // Only a parked order of this till can be replaced.
    auto paid = t.sell(t.cashier(), t.cart({"Mocha"}));
    REQUIRE_OK(paid);
    CHECK(t.sales.hold(t.cashier(), t.cart({"Latte"}), QString(), paid->orderId).error().code
        == Error::Code::BusinessRule);
}

TEST_CASE("a till takes no payment and gives no refund without an open shift, so every sale is in a Z report",
    "[db][sales][shifts]")
{
    test::TillFixture t(test::TillFixture::NoShift);
    const auto before = t.footprint();
    auto sale = t.sell(t.cashier(), t.cart({"Latte"}), {test::TillFixture::cash()});
    REQUIRE_FALSE(sale.ok());
    CHECK(sale.error().code == Error::Code::NoOpenShift);
    CHECK(sale.error().message.contains(QStringLiteral("no open shift")));
    CHECK(t.footprint() == before);
    // Parking needs no shift: no money moves.
    REQUIRE_OK(t.sales.hold(t.cashier(), t.cart({"Latte"}), QStringLiteral("Anna")));

    REQUIRE_OK(t.shifts.open(t.cashier(), Money(10000)));
    auto paid = t.sell(t.cashier(), t.cart({"Latte"}), {test::TillFixture::cash()});
    REQUIRE_OK(paid);
    auto z = t.shifts.close(t.manager(), Money(10000 + paid->total.cents()));
    REQUIRE_OK(z);
    CHECK(z->orders == 1);
    CHECK(z->cashSales == paid->total);

    RefundRequest refund;
    refund.receiptNo = paid->receiptNo;
    auto refused = t.sales.refund(t.manager(), refund);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::NoOpenShift);
    REQUIRE_OK(t.shifts.open(t.cashier(), Money(10000)));
    REQUIRE_OK(t.sales.refund(t.manager(), refund));
    CHECK(t.shifts.xReport()->cashRefunds == paid->total);
}

TEST_CASE("notes, parked names and reasons are bounded and clean before anything is written", "[db][sales]")
{
    test::TillFixture t;
    const auto before = t.footprint();
    Cart c = t.cart({"Latte"});
    c.lines[0].note = QStringLiteral("extra hot \u202Eetihw");
    auto sale = t.sell(t.cashier(), c);
    REQUIRE_FALSE(sale.ok());
    CHECK(sale.error().message.contains(QStringLiteral("the note on line 1")));
    auto parked = t.sales.hold(t.cashier(), t.cart({"Latte"}), QString(201, QLatin1Char('x')));
    REQUIRE_FALSE(parked.ok());
    CHECK(parked.error().message.contains(QStringLiteral("at most 200 characters")));
    CHECK(t.footprint() == before);

    auto paid = t.sell(t.cashier(), t.cart({"Latte"}));
    REQUIRE_OK(paid);
    RefundRequest refund;
    refund.receiptNo = paid->receiptNo;
    refund.reason = QString(1001, QLatin1Char('r'));
    auto refused = t.sales.refund(t.manager(), refund);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("at most 1000 characters")));
    CHECK(t.shifts.moveCash(t.manager(), QStringLiteral("out"), Money(100), QStringLiteral("milk\u0007")).error().code
        == Error::Code::InvalidInput);
}

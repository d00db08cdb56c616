#include "reporting/salesreport.h"
#include "shifts/shiftservice.h"
#include "tillfixture.h"

using namespace crema;

TEST_CASE("a shift adds up cash and card sales, refunds, discounts, voids and cash moves", "[db][shifts]")
{
    test::TillFixture t(test::TillFixture::NoShift);
    ShiftService shifts(*t.db, t.clock, t.site, t.staff);
    CHECK(shifts.current()->id == 0);
    CHECK(shifts.xReport().error().message.contains(QStringLiteral("no shift")));
    auto opened = shifts.open(t.cashier(), Money(10000));
    REQUIRE_OK(opened);
    CHECK(shifts.open(t.cashier(), Money(5000)).error().message.contains(QStringLiteral("already open")));

    t.clock.advanceSecs(60);
    REQUIRE_OK(t.sell(t.cashier(), t.cart({"Latte"}), {test::TillFixture::cash(500)})); // cash 3.50
    REQUIRE_OK(t.sell(t.cashier(), t.cart({"Mocha", "Croissant"}), {test::TillFixture::card()})); // card 6.40
    Cart discounted = t.cart({"Americano"});
    discounted.orderDiscount = Discount::amount(Money(30));
    auto third = t.sell(t.cashier(), discounted, {test::TillFixture::cash()}); // cash 2.70
    REQUIRE_OK(third);
    RefundRequest refund;
    refund.receiptNo = third->receiptNo;
    REQUIRE_OK(t.sales.refund(t.manager(), refund)); // 2.70 back in cash
    auto held = t.sales.hold(t.cashier(), t.cart({"Flat White"}), QStringLiteral("Anna"));
    REQUIRE_OK(held);
    REQUIRE_OK(t.sales.voidOrder(t.cashier(), *held, QStringLiteral("left")));

    // Cash in and out need a manager (or a manager's PIN) and a reason.
    CHECK(shifts.moveCash(t.cashier(), QStringLiteral("out"), Money(2000), QStringLiteral("milk from the shop"))
              .error()
              .code
        == Error::Code::PermissionDenied);
    CHECK(shifts.moveCash(t.manager(), QStringLiteral("out"), Money(2000), QStringLiteral(" ")).error().code
        == Error::Code::InvalidInput);
    REQUIRE_OK(shifts.moveCash(
        t.cashier(), QStringLiteral("out"), Money(2000), QStringLiteral("milk from the shop"), QStringLiteral("3333")));
    REQUIRE_OK(shifts.moveCash(t.manager(), QStringLiteral("in"), Money(5000), QStringLiteral("change from the bank")));

    t.clock.advanceSecs(60);
    auto x = shifts.xReport();
    REQUIRE_OK(x);
    CHECK_FALSE(x->closed);
    CHECK(x->orders == 3);
    CHECK(x->cashSales.cents() == 350 + 270);
    CHECK(x->cardSales.cents() == 640);
    CHECK(x->cashRefunds.cents() == 270);
    CHECK(x->refunds == 1);
    CHECK(x->discounts.cents() == 30);
    CHECK(x->voids == 1);
    CHECK(x->voidedValue.cents() == 330);
    CHECK(x->expectedCash.cents() == 10000 + 620 - 270 - 2000 + 5000);

    // Close with the drawer 1.20 short: a manager closes, the Z report keeps the difference.
    CHECK(shifts.close(t.cashier(), Money(13230)).error().code == Error::Code::PermissionDenied);
    auto z = shifts.close(t.manager(), Money(13230));
    REQUIRE_OK(z);
    CHECK(z->closed);
    CHECK(z->difference().cents() == 13230 - 13350);
    const QStringList text = z->lines(t.site, 42);
    CHECK(text.first() == QStringLiteral("Z REPORT"));
    CHECK(text.contains(QStringLiteral("SHORT") + QString(42 - 5 - 6, QLatin1Char(' ')) + QStringLiteral("-£1.20")));
    for (const QString& line : text)
        CHECK(line.size() <= 42);
    CHECK(shifts.current()->id == 0);
    auto kept = shifts.zReport(opened->id);
    REQUIRE_OK(kept);
    CHECK(kept->expectedCash == z->expectedCash);
    CHECK(kept->countedCash.cents() == 13230);
    CHECK(t.scalar(QStringLiteral("SELECT json_extract(z_report, '$.difference_cents') FROM shifts WHERE id = ?"),
              {opened->id})
        == -120);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'shift.close'")) == 1);
}

TEST_CASE("a shift report shows the tax collected, the tax refunded and the net tax", "[db][shifts]")
{
    test::TillFixture t; // the cashier's shift open
    ShiftService& shifts = t.shifts;
    const auto lineTax = [&](qint64 orderId, int lineNo) {
        return t.scalar(
            QStringLiteral("SELECT tax_cents FROM order_lines WHERE order_id = ? AND line_no = ?"), {orderId, lineNo});
    };

    t.clock.advanceSecs(60);
    auto first = t.sell(
        t.cashier(), t.cart({"Latte:Large+Oat milk", "Flat White*2", "Croissant"}), {test::TillFixture::cash(2000)});
    REQUIRE_OK(first);
    Cart discounted = t.cart({"Mocha", "Cappuccino"});
    discounted.orderDiscount = Discount::percent(1000);
    auto second = t.sell(t.manager(), discounted, {test::TillFixture::card()});
    REQUIRE_OK(second);
    // The flat whites of the first order back, and the second order whole.
    RefundRequest partial;
    partial.receiptNo = first->receiptNo;
    partial.lineNos = {2};
    REQUIRE_OK(t.sales.refund(t.manager(), partial));
    RefundRequest whole;
    whole.receiptNo = second->receiptNo;
    REQUIRE_OK(t.sales.refund(t.manager(), whole));
    const qint64 refundedTax = lineTax(first->orderId, 2) + second->tax.cents();
    REQUIRE(lineTax(first->orderId, 2) > 0);

    t.clock.advanceSecs(60);
    auto x = shifts.xReport();
    REQUIRE_OK(x);
    CHECK(x->taxCollected.cents() == first->tax.cents() + second->tax.cents());
    CHECK(x->taxRefunded.cents() == refundedTax);
    CHECK(x->netTax().cents() == first->tax.cents() + second->tax.cents() - refundedTax);
    const QJsonObject json = x->toJson();
    CHECK(json.value(QStringLiteral("tax_collected_cents")).toInteger() == x->taxCollected.cents());
    CHECK(json.value(QStringLiteral("tax_refunded_cents")).toInteger() == refundedTax);
    CHECK(json.value(QStringLiteral("net_tax_cents")).toInteger()
        == json.value(QStringLiteral("tax_collected_cents")).toInteger() - refundedTax);

    // The same net tax as the day's sales report.
    auto day = SalesReport(*t.db).totals(t.manager(), {{QDate(2026, 11, 21), QDate(2026, 11, 21)}, 0});
    REQUIRE_OK(day);
    CHECK(day->tax == x->netTax());

    auto z = shifts.close(t.manager(), x->expectedCash);
    REQUIRE_OK(z);
    CHECK(z->netTax() == x->netTax());
    const QStringList text = z->lines(t.site, 42);
    const auto row = [](const QString& label, Money m) {
        const QString value = m.format(QStringLiteral("GBP"), 2);
        return label.leftJustified(42 - static_cast<int>(value.size()) - 1) + QLatin1Char(' ') + value;
    };
    CHECK(text.contains(row(QStringLiteral("Tax collected"), z->taxCollected)));
    CHECK(text.contains(row(QStringLiteral("Tax refunded"), -z->taxRefunded)));
    CHECK(text.contains(row(QStringLiteral("Net tax"), z->netTax())));
    for (const QString& line : text)
        CHECK(line.size() <= 42);
    CHECK(t.scalar(QStringLiteral("SELECT json_extract(z_report, '$.net_tax_cents') FROM shifts"))
        == z->netTax().cents());
}

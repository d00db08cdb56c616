#include "orders/pricing.h"
#include "tillfixture.h"

using namespace crema;

namespace {
qint64 sumOf(const PricedOrder& o, Money PricedLine::*field)
{
    qint64 s = 0;
    for (const PricedLine& l : o.lines)
        s += (l.*field).cents();
    return s;
}
} // namespace

TEST_CASE("a line costs its size plus its modifiers, and tax is taken out of inclusive prices", "[core][pricing]")
{
    test::TillFixture t;
    Cart cart = t.cart({"Latte:Large+Oat milk+Extra shot*2", "Croissant"});
    auto o = Pricing::price(t.menu(), cart, {}, true);
    REQUIRE_OK(o);
    REQUIRE(o->lines.size() == 2);
    CHECK(o->lines[0].unitPrice.cents() == 390 + 40 + 60);
    CHECK(o->lines[0].gross.cents() == 980);
    CHECK(o->lines[1].gross.cents() == 260);
    CHECK(o->total.cents() == 1240);
    CHECK(o->lines[0].tax.cents() == 163); // 980 includes 20 % VAT: 163.33
    CHECK(o->lines[1].tax.cents() == 0); // pastries are zero-rated
    CHECK(o->tax.cents() == sumOf(*o, &PricedLine::tax));
    CHECK(o->lines[0].station == QStringLiteral("Bar"));
}

TEST_CASE("tax-exclusive stores add tax on top of each line", "[core][pricing]")
{
    test::TillFixture t;
    auto o = Pricing::price(t.menu(), t.cart({"Latte", "Cheese Toastie+Rye"}), {}, false);
    REQUIRE_OK(o);
    CHECK(o->lines[0].tax.cents() == 70); // 20 % of 3.50
    CHECK(o->lines[0].total.cents() == 420);
    CHECK(o->lines[1].total.cents() == 600 + 120);
    CHECK(o->total.cents() == sumOf(*o, &PricedLine::total));
    CHECK(o->total.cents() == o->subtotal.cents() + o->tax.cents());
}

TEST_CASE("an order discount is spread over the lines without losing or inventing a cent", "[core][pricing]")
{
    test::TillFixture t;
    Cart cart = t.cart({"Latte", "Flat White", "Croissant", "Americano"});
    SECTION("an amount")
    {
        cart.orderDiscount = Discount::amount(Money(100));
        auto o = Pricing::price(t.menu(), cart, {}, true);
        REQUIRE_OK(o);
        CHECK(o->discount.cents() == 100);
        CHECK(sumOf(*o, &PricedLine::orderDiscountShare) == 100);
        CHECK(o->total.cents() == 350 + 330 + 260 + 300 - 100);
        CHECK(o->total.cents() == sumOf(*o, &PricedLine::total));
        // Deterministic: the same cart splits the same way.
        auto again = Pricing::price(t.menu(), cart, {}, true);
        for (qsizetype i = 0; i < o->lines.size(); ++i)
            CHECK(again->lines[i].orderDiscountShare == o->lines[i].orderDiscountShare);
    }
    SECTION("a percentage, after line discounts")
    {
        cart.lines[0].discount = Discount::amount(Money(50));
        cart.orderDiscount = Discount::percent(1000);
        auto o = Pricing::price(t.menu(), cart, {}, true);
        REQUIRE_OK(o);
        CHECK(o->lines[0].lineDiscount.cents() == 50);
        CHECK(sumOf(*o, &PricedLine::orderDiscountShare) == 119); // 10 % of 11.90
        CHECK(o->discount.cents() == 169);
        CHECK(o->manualDiscount.cents() == 169);
        CHECK(o->total.cents() == 1240 - 169);
    }
    SECTION("an amount larger than the order makes it free, never negative")
    {
        cart.orderDiscount = Discount::amount(Money(100000));
        auto o = Pricing::price(t.menu(), cart, {}, true);
        REQUIRE_OK(o);
        CHECK(o->total.cents() == 0);
        CHECK(o->tax.cents() == 0);
    }
}

TEST_CASE("modifier group rules are enforced", "[core][pricing]")
{
    test::TillFixture t;
    const auto priceOf = [&](const char* spec) { return Pricing::price(t.menu(), t.cart({spec}), {}, true); };
    SECTION("a required group")
    {
        auto r = priceOf("Cheese Toastie");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("Cheese Toastie needs 1 choice of Bread")));
        CHECK(priceOf("Cheese Toastie+Sourdough").ok());
    }
    SECTION("too many syrups")
    {
        CHECK(priceOf("Latte+Vanilla+Caramel+Hazelnut").ok());
        auto r = priceOf("Latte+Vanilla+Caramel+Hazelnut+Sugar-free vanilla");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("at most 3")));
    }
    SECTION("two choices from a pick-one group")
    {
        auto r = priceOf("Latte+Oat milk+Soy milk");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("Milk alternatives")));
    }
    SECTION("a modifier from another product, or twice")
    {
        Cart c = t.cart({"Latte"});
        c.lines[0].modifierIds.append(t.item("Cheese Toastie+Rye").modifierIds.first());
        CHECK_FALSE(Pricing::price(t.menu(), c, {}, true).ok());
        Cart twice = t.cart({"Latte+Vanilla"});
        twice.lines[0].modifierIds.append(twice.lines[0].modifierIds.first());
        CHECK(Pricing::price(t.menu(), twice, {}, true).error().message.contains(QStringLiteral("twice")));
    }
    SECTION("zero, negative and absurd quantities")
    {
        for (int q : {0, -1, 1000}) {
            Cart c = t.cart({"Latte"});
            c.lines[0].quantity = q;
            auto r = Pricing::price(t.menu(), c, {}, true);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message.contains(QStringLiteral("quantity")));
        }
    }
    SECTION("an empty order")
    {
        CHECK_FALSE(Pricing::price(t.menu(), Cart {}, {}, true).ok());
    }
}

TEST_CASE("item specs name what is wrong", "[core][pricing]")
{
    test::TillFixture t;
    const auto error = [&](const char* spec) {
        auto r = parseItemSpec(t.menu(), QString::fromUtf8(spec));
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(error("Lattee").contains(QStringLiteral("no product named 'Lattee'")));
    CHECK(error("Latte:Huge").contains(QStringLiteral("sizes: Regular, Large")));
    CHECK(error("Latte+Oat").contains(QStringLiteral("choices: Oat milk")));
    CHECK(error("Latte*0").contains(QStringLiteral("quantity")));
    CHECK(error("Latte*two").contains(QStringLiteral("quantity")));
    CHECK(error("Croissant+Oat milk").contains(QStringLiteral("takes no modifiers")));
    auto ok = parseItemSpec(t.menu(), QStringLiteral("latte:large + oat MILK * 3"));
    REQUIRE_OK(ok);
    CHECK(ok->quantity == 3);
    CHECK(ok->modifierIds.size() == 1);
}

TEST_CASE("discounts and payments parse strictly", "[core][pricing]")
{
    CHECK(Discount::parse(QStringLiteral("10%")).value().value == 1000);
    CHECK(Discount::parse(QStringLiteral("12.5%")).value().value == 1250);
    CHECK(Discount::parse(QStringLiteral("2.50")).value().kind == Discount::Kind::Amount);
    for (const char* bad : {"101%", "-5%", "abc", "-1.00", "%"})
        CHECK_FALSE(Discount::parse(QString::fromLatin1(bad)).ok());

    auto cash = PaymentRequest::parse(QStringLiteral("cash:20.00"));
    REQUIRE_OK(cash);
    CHECK(cash->method == PaymentRequest::Method::Cash);
    CHECK(cash->amount->cents() == 2000);
    CHECK_FALSE(PaymentRequest::parse(QStringLiteral("cash")).value().amount.has_value());
    auto card = PaymentRequest::parse(QStringLiteral("card:5.00:A1B2"));
    REQUIRE_OK(card);
    CHECK(card->amount->cents() == 500);
    CHECK(card->reference == QStringLiteral("A1B2"));
    CHECK(PaymentRequest::parse(QStringLiteral("card:XYZ99")).value().reference == QStringLiteral("XYZ99"));
    for (const char* bad : {"cheque", "cash:abc", "cash:0", "card:-5", "cash:1:2", ""})
        CHECK_FALSE(PaymentRequest::parse(QString::fromLatin1(bad)).ok());
}

TEST_CASE("rewards take one free item or an amount off", "[core][pricing][loyalty]")
{
    test::TillFixture t;
    auto all = t.loyalty.rewards();
    REQUIRE_OK(all);
    const auto reward = [&](const char* name) {
        for (const Reward& r : *all) {
            if (r.name == QString::fromUtf8(name))
                return r;
        }
        FAIL(name);
        return Reward {};
    };
    auto o = Pricing::price(t.menu(), t.cart({"Latte", "Croissant*2"}), {reward("Free pastry")}, true);
    REQUIRE_OK(o);
    CHECK(o->lines[1].rewardDiscount.cents() == 260); // one of the two croissants
    CHECK(o->total.cents() == 350 + 260);
    CHECK(o->pointsRedeemed == 100);
    CHECK(o->manualDiscount.cents() == 0); // rewards do not count against the cashier's limit

    auto off = Pricing::price(t.menu(), t.cart({"Latte", "Mocha"}), {reward("£5 off")}, true);
    REQUIRE_OK(off);
    CHECK(off->total.cents() == 730 - 500);
    CHECK(sumOf(*off, &PricedLine::orderDiscountShare) == 500);

    auto noPastry = Pricing::price(t.menu(), t.cart({"Latte"}), {reward("Free pastry")}, true);
    REQUIRE_FALSE(noPastry.ok());
    CHECK(noPastry.error().message.contains(QStringLiteral("needs a matching item")));
}

TEST_CASE("an order beyond the money bound is refused, quantity times price and the sum are checked",
    "[core][pricing][bound]")
{
    test::TillFixture t;
    Menu menu = t.menu();
    Product* latte = nullptr;
    for (Product& p : menu.products) {
        if (p.name == u"Latte")
            latte = &p;
    }
    REQUIRE(latte);
    Cart cart = t.cart({"Latte:Large"});
    const qint64 sizeId = cart.lines.first().sizeId;
    const auto setPrice = [&](qint64 cents) {
        for (ProductSize& s : latte->sizes) {
            if (s.id == sizeId)
                s.price = Money(cents);
        }
    };

    // 999 at a tenth of the bound: past it.
    setPrice(Money::kMaxCents / 10);
    cart.lines.first().quantity = 999;
    auto r = Pricing::price(menu, cart, {}, true);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Error::Code::InvalidInput);
    CHECK(r.error().message.contains(QStringLiteral("999 × Latte")));
    CHECK(r.error().message.contains(QStringLiteral("10000000.00")));

    // A stored price that would overflow a qint64 times the quantity: refused, not wrapped.
    setPrice(std::numeric_limits<qint64>::max() / 2);
    cart.lines.first().quantity = 3;
    CHECK_FALSE(Pricing::price(menu, cart, {}, true).ok());

    // Lines that each fit but add up past the bound.
    setPrice(Money::kMaxCents / 2 + 1);
    cart.lines.first().quantity = 1;
    cart.lines.append(cart.lines.first());
    CHECK_FALSE(Pricing::price(menu, cart, {}, true).ok());

    // Exactly at the bound: priced, every cent accounted for, tax on top included.
    setPrice(Money::kMaxCents / 2);
    auto atBound = Pricing::price(menu, cart, {}, false);
    REQUIRE_OK(atBound);
    CHECK(atBound->subtotal.cents() == Money::kMaxCents);
    CHECK(atBound->total == atBound->subtotal + atBound->tax);
}

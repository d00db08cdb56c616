#include "common/money.h"
#include "testsupport.h"

#include <limits>

using crema::Money;

TEST_CASE("money adds and compares in whole minor units", "[core][money]")
{
    const Money a(1050);
    const Money b(275);
    CHECK((a + b).cents() == 1325);
    CHECK((a - b).cents() == 775);
    CHECK((b * 3).cents() == 825);
    CHECK(b < a);
    CHECK((-a).isNegative());
}

TEST_CASE("money parses decimal text exactly", "[core][money]")
{
    CHECK(Money::parse(QStringLiteral("12")).value().cents() == 1200);
    CHECK(Money::parse(QStringLiteral("12.5")).value().cents() == 1250);
    CHECK(Money::parse(QStringLiteral("12.50")).value().cents() == 1250);
    CHECK(Money::parse(QStringLiteral("0,05")).value().cents() == 5);
    CHECK(Money::parse(QStringLiteral("-3.20")).value().cents() == -320);
    CHECK(Money::parse(QStringLiteral(" 7.99 ")).value().cents() == 799);
    // 0.1 + 0.2 as doubles is not 0.3; as parsed cents it is.
    CHECK((Money::parse(QStringLiteral("0.10")).value() + Money::parse(QStringLiteral("0.20")).value()).cents() == 30);
    CHECK(Money::parse(QStringLiteral("1500"), 0).value().cents() == 1500);
}

TEST_CASE("money refuses malformed amounts with a message naming the text", "[core][money]")
{
    for (const char* bad : {"", "abc", "1.234", "1.2.3", "12a", "--1", "1e5", ".", "99999999999999999999"}) {
        auto r = Money::parse(QString::fromLatin1(bad));
        INFO(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == crema::Error::Code::InvalidInput);
        CHECK(r.error().message.contains(QString::fromLatin1(bad)));
    }
}

TEST_CASE("money formats with the currency's symbol and digits", "[core][money]")
{
    CHECK(Money(1250).format(QStringLiteral("GBP")) == QStringLiteral("£12.50"));
    CHECK(Money(-5).format(QStringLiteral("EUR")) == QStringLiteral("-€0.05"));
    CHECK(Money(400).format(QStringLiteral("CHF")) == QStringLiteral("4.00 CHF"));
    CHECK(Money(1500).format(QStringLiteral("JPY"), crema::currencyMinorDigits(QStringLiteral("JPY")))
        == QStringLiteral("1500 JPY"));
    CHECK(Money(std::numeric_limits<qint64>::min()).toDecimalString().startsWith(QLatin1Char('-')));
}

TEST_CASE("money for the back office groups whole units in threes", "[core][money]")
{
    CHECK(Money(7759675).formatGrouped(QStringLiteral("GBP")) == u"£77,596.75");
    CHECK(Money(-123456789).formatGrouped(QStringLiteral("EUR")) == u"-€1,234,567.89");
    CHECK(Money(99999).formatGrouped(QStringLiteral("USD")) == u"$999.99");
    CHECK(Money(100000).formatGrouped(QStringLiteral("USD")) == u"$1,000.00");
    CHECK(Money(1234567).formatGrouped(QStringLiteral("JPY"), 0) == u"1,234,567 JPY");
    CHECK(Money(5).formatGrouped(QStringLiteral("GBP")) == u"£0.05");
    CHECK(Money(Money::kMaxCents).formatGrouped(QStringLiteral("GBP")) == u"£10,000,000.00");
}

TEST_CASE("allocation splits every cent and nothing more", "[core][money]")
{
    SECTION("a 1.00 discount over three equal lines")
    {
        const auto parts = Money(100).allocate({1, 1, 1});
        REQUIRE(parts.size() == 3);
        CHECK(parts[0].cents() == 34); // the odd cent goes to the first line: deterministic
        CHECK(parts[1].cents() == 33);
        CHECK(parts[2].cents() == 33);
    }
    SECTION("proportional to line totals")
    {
        const auto parts = Money(500).allocate({350, 390, 260});
        qint64 sum = 0;
        for (const Money& m : parts)
            sum += m.cents();
        CHECK(sum == 500);
        CHECK(parts[0].cents() == 175);
        CHECK(parts[1].cents() == 195);
        CHECK(parts[2].cents() == 130);
    }
    SECTION("zero weights get nothing, negative amounts split too")
    {
        const auto parts = Money(-101).allocate({0, 3, 1});
        CHECK(parts[0].cents() == 0);
        CHECK(parts[1].cents() + parts[2].cents() == -101);
        CHECK(parts[1].cents() == -76);
    }
    SECTION("many awkward weights always add up")
    {
        for (qint64 total : {1, 7, 99, 1001, 123457}) {
            const auto parts = Money(total).allocate({3, 7, 11, 13, 17, 19});
            qint64 sum = 0;
            for (const Money& m : parts)
                sum += m.cents();
            CHECK(sum == total);
        }
    }
}

TEST_CASE("tax is extracted from inclusive prices and added to exclusive ones", "[core][money]")
{
    CHECK(crema::taxIncluded(Money(360), 2000).cents() == 60); // £3.60 incl. 20 % VAT holds 60p
    CHECK(crema::taxIncluded(Money(350), 2000).cents() == 58); // 58.33 rounds to 58
    CHECK(crema::taxIncluded(Money(260), 0).cents() == 0);
    CHECK(crema::taxOnTop(Money(1000), 825).cents() == 83); // 82.5 rounds half away from zero
    CHECK(Money(-1000).percentBp(825).cents() == -83);
}

TEST_CASE("money refuses an amount beyond the bound, naming the text and the bound", "[core][money][bound]")
{
    CHECK(Money::kMaxCents == 1'000'000'000);
    CHECK(Money::parse(QStringLiteral("10000000.00")).value().cents() == Money::kMaxCents);
    CHECK(Money::parse(QStringLiteral("-10000000")).value().cents() == -Money::kMaxCents);
    CHECK(Money::parse(QStringLiteral("1000000000"), 0).value().cents() == Money::kMaxCents);
    CHECK(Money::parse(QStringLiteral("000000000000000000000012.50")).value().cents() == 1250);
    for (const auto& [text, digits] : std::initializer_list<std::pair<const char*, int>> {{"10000000.01", 2},
             {"-10000000.01", 2}, {"10000001", 2}, {"1000000001", 0}, {"1000000.001", 3}, {"99999999999999999999", 2},
             {"9223372036854775807", 2}, {"92233720368547758.08", 2}}) {
        INFO(text);
        auto r = Money::parse(QString::fromLatin1(text), digits);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == crema::Error::Code::InvalidInput);
        CHECK(r.error().message.contains(QString::fromLatin1(text)));
        CHECK(r.error().message.contains(Money(Money::kMaxCents).toDecimalString(digits)));
        CHECK(r.error().message.contains(QStringLiteral("largest amount")));
    }
}

TEST_CASE("checked money arithmetic says when a result would not fit", "[core][money][bound]")
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    CHECK(Money(5).checkedAdd(Money(7)).value() == Money(12));
    CHECK_FALSE(Money(max).checkedAdd(Money(1)).has_value());
    CHECK_FALSE(Money(-max).checkedAdd(Money(-2)).has_value());
    CHECK(Money(Money::kMaxCents).checkedTimes(999).value().cents() == 999 * Money::kMaxCents);
    CHECK_FALSE(Money(max / 2 + 1).checkedTimes(2).has_value());
    CHECK(Money::checkedSum({Money(1), Money(2), Money(-4)}).value() == Money(-1));
    CHECK_FALSE(Money::checkedSum({Money(max), Money(1), Money(-1)}).has_value()); // not saved by what follows
    CHECK_FALSE(Money::checkedSum(QList<Money> {Money(max), Money(max)}).has_value());
    // Nine billion amounts at the bound still fit: a chain's history cannot overflow a sum.
    CHECK(Money(Money::kMaxCents).checkedTimes(9'000'000'000LL).has_value());
    CHECK(Money(Money::kMaxCents).isWithinBound());
    CHECK_FALSE(Money(Money::kMaxCents + 1).isWithinBound());
    CHECK_FALSE(Money(-Money::kMaxCents - 1).isWithinBound());

    // Allocation weighs in 128 bits: weights whose sum overflows a qint64 still split exactly.
    const QList<Money> parts = Money(1001).allocate({max, max, 1});
    REQUIRE(parts.size() == 3);
    CHECK(parts[0] + parts[1] + parts[2] == Money(1001));
    CHECK(parts[0].cents() == 501);
    CHECK(parts[2].cents() == 0);
}

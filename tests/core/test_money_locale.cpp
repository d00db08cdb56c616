#include "common/money.h"

#include <catch2/catch.hpp>

#include <QLocale>

#include <limits>

using crema::Money;

namespace {

QString local(qint64 cents, const char* locale, const char* currency, int digits = 2)
{
    return Money(cents).formatLocal(QLocale(QString::fromLatin1(locale)), QString::fromLatin1(currency), digits);
}

} // namespace

// QLocale's conventions (CLDR 42 in Qt 6.4): French groups with a narrow no-break space (U+202F)
// and puts a no-break space (U+00A0) before the symbol; Russian and Kazakh use U+00A0 for both.
TEST_CASE("money is written the way the store's locale writes it", "[core][money][locale]")
{
    CHECK(local(2530370, "en_GB", "GBP") == u"£25,303.70");
    CHECK(local(2530370, "fr_FR", "EUR") == u"25\u202F303,70\u00A0€");
    CHECK(local(2530370, "tr_TR", "TRY") == u"₺25.303,70");
    CHECK(local(2530370, "ru_RU", "RUB") == u"25\u00A0303,70\u00A0₽");
    CHECK(local(2530370, "kk_KZ", "KZT") == u"25\u00A0303,70\u00A0₸");
    CHECK(local(25304, "ja_JP", "JPY", 0) == u"￥25,304");
    CHECK(local(350, "fr_FR", "EUR") == u"3,50\u00A0€");
    CHECK(local(5, "en_GB", "GBP") == u"£0.05");
    CHECK(local(0, "tr_TR", "TRY") == u"₺0,00");
    CHECK(local(100000, "en_GB", "GBP") == u"£1,000.00");
    CHECK(local(99999, "en_GB", "GBP") == u"£999.99");
    CHECK(local(1234567, "ru_RU", "RUB", 3) == u"1\u00A0234,567\u00A0₽");
}

TEST_CASE("negative amounts carry the locale's minus sign in front, never accounting brackets", "[core][money][locale]")
{
    CHECK(local(-250, "en_GB", "GBP") == u"-£2.50");
    CHECK(local(-350, "fr_FR", "EUR") == u"-3,50\u00A0€");
    CHECK(local(-2530370, "tr_TR", "TRY") == u"-₺25.303,70");
    CHECK(local(-2530370, "kk_KZ", "KZT") == u"-25\u00A0303,70\u00A0₸");
    CHECK(local(-1500, "ja_JP", "JPY", 0) == u"-￥1,500");
}

TEST_CASE("the largest amounts either way are written digit for digit", "[core][money][locale]")
{
    constexpr qint64 most = std::numeric_limits<qint64>::max();
    constexpr qint64 least = std::numeric_limits<qint64>::min();
    CHECK(local(most, "en_GB", "GBP") == u"£92,233,720,368,547,758.07");
    CHECK(local(least, "en_GB", "GBP") == u"-£92,233,720,368,547,758.08");
    CHECK(local(most, "fr_FR", "EUR") == u"92\u202F233\u202F720\u202F368\u202F547\u202F758,07\u00A0€");
    CHECK(local(most, "ja_JP", "JPY", 0) == u"￥9,223,372,036,854,775,807");
    CHECK(local(Money::kMaxCents, "tr_TR", "TRY") == u"₺10.000.000,00");
}

TEST_CASE("a currency that is not the locale's own keeps its symbol in the locale's place", "[core][money][locale]")
{
    CHECK(local(2530370, "fr_FR", "GBP") == u"25\u202F303,70\u00A0£");
    CHECK(local(350, "en_GB", "EUR") == u"€3.50");
    CHECK(local(1500, "en_GB", "JPY", 0) == u"¥1,500");
    // A code without a symbol stays apart from the digits.
    CHECK(local(2530370, "en_GB", "CHF") == u"CHF\u00A025,303.70");
    CHECK(local(2530370, "fr_FR", "CHF") == u"25\u202F303,70\u00A0CHF");
    CHECK(local(-400, "en_GB", "chf") == u"-CHF\u00A04.00");
}

TEST_CASE(
    "the C locale has no money convention and writes the grouped format screens had before", "[core][money][locale]")
{
    for (qint64 cents : {qint64(0), qint64(350), qint64(-5), qint64(123456789)}) {
        CHECK(Money(cents).formatLocal(QLocale::c(), QStringLiteral("GBP"))
            == Money(cents).formatGrouped(QStringLiteral("GBP")));
        CHECK(Money(cents).formatLocal(QLocale::c(), QStringLiteral("CHF"))
            == Money(cents).formatGrouped(QStringLiteral("CHF")));
    }
}

#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <compare>
#include <initializer_list>
#include <optional>

class QLocale;

namespace crema {

// An amount of money as a whole number of minor units (cents, pence). Never a double.
//
// The largest amount Crema takes in (typed, imported, or one order's total) is kMaxCents minor
// units: 10,000,000.00 in a two-digit currency, far past any café's sale, float or delivery. With
// every amount within it, a sum of nine billion of them still fits a qint64 (9.2e18), so a chain's
// whole history sums without overflow, and an amount times a rate in basis points (×10,000) or a
// quantity (×999) does too. The everyday operators are plain integer arithmetic; where amounts
// come from outside (stored rows, typed text), sums and products go through the checked forms,
// which say when a result would not fit.
class Money {
public:
    static constexpr qint64 kMaxCents = 1'000'000'000;

    constexpr Money() = default;
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    { }
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money operator*(qint64 factor) const { return Money(m_cents * factor); }
    Money& operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    Money& operator-=(Money o)
    {
        m_cents -= o.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

    // nullopt when the exact result does not fit a qint64.
    std::optional<Money> checkedAdd(Money o) const
    {
        qint64 r = 0;
        return __builtin_add_overflow(m_cents, o.m_cents, &r) ? std::nullopt : std::optional<Money>(Money(r));
    }
    std::optional<Money> checkedTimes(qint64 factor) const
    {
        qint64 r = 0;
        return __builtin_mul_overflow(m_cents, factor, &r) ? std::nullopt : std::optional<Money>(Money(r));
    }
    static std::optional<Money> checkedSum(std::initializer_list<Money> amounts);
    static std::optional<Money> checkedSum(const QList<Money>& amounts);
    // Within ±kMaxCents.
    constexpr bool isWithinBound() const { return m_cents >= -kMaxCents && m_cents <= kMaxCents; }

    // This amount times basisPoints / 10000 (2000 = 20 %), rounded half away from zero.
    Money percentBp(qint64 basisPoints) const;

    // Splits this amount in proportion to weights so that the parts add up exactly to it
    // (largest remainder; ties go to the earlier index, so the split is deterministic).
    // All-zero weights split evenly. Weights must not be negative.
    QList<Money> allocate(const QList<qint64>& weights) const;

    // "12.50", "-0.05": plain decimal with the currency's minor digits, no symbol.
    QString toDecimalString(int minorDigits = 2) const;
    // "£12.50", "€3.20", "12.50 CHF".
    QString format(const QString& currencyCode, int minorDigits = 2) const;
    // The same with the whole units in groups of three ("£12,345.60"), for figures read at a glance
    // (the back office); receipts and files keep format().
    QString formatGrouped(const QString& currencyCode, int minorDigits = 2) const;
    // The amount written the way `locale` writes money, for screens: "£25,303.70" (en_GB),
    // "25 303,70 €" (fr_FR: U+202F between groups, U+00A0 before the symbol), "₺25.303,70" (tr_TR),
    // "￥25,304" (ja_JP, JPY with 0 digits). The locale gives the grouping, the decimal sign, the
    // symbol's place and, when the currency is the locale's own, the symbol; the digits come from
    // the integer itself, never through a double. A negative amount has the locale's minus sign in
    // front ("-£2.50", "-3,50 €"), not accounting brackets. The C locale has no money convention:
    // it gives formatGrouped(). cremactl, receipts and files keep format().
    QString formatLocal(const QLocale& locale, const QString& currencyCode, int minorDigits = 2) const;

    // Parses "12", "12.5", "12.50", "-3.20" (dot or comma). More minor digits than the currency
    // has, signs in the middle, letters, or more than kMaxCents either way are errors naming the
    // text (and the bound).
    static Result<Money> parse(const QString& text, int minorDigits = 2);

private:
    qint64 m_cents = 0;
};

// Extracts the tax contained in a tax-inclusive gross amount: gross * rate / (1 + rate),
// rounded half away from zero. rateBp is in basis points (2000 = 20 %).
Money taxIncluded(Money gross, qint64 rateBp);
// Tax added on top of a net amount: net * rate, rounded half away from zero.
Money taxOnTop(Money net, qint64 rateBp);

// An ISO 4217 currency Crema knows the minor digits of.
struct CurrencyInfo {
    QString code; // "GBP"
    int minorDigits = 2; // 0 for JPY, 3 for KWD
};

// Every currency Crema knows, by code, for the screens that offer a choice.
const QList<CurrencyInfo>& knownCurrencies();
// The minor digits of a currency Crema knows; InvalidInput "unknown currency 'XYZ' ..." for any
// other code (so a new store never gets a guessed number of decimals). Upper case codes only.
Result<int> knownCurrencyMinorDigits(const QString& currencyCode);
// Minor digits of the currency of a store that exists (JPY 0, most 2). New stores are checked with
// knownCurrencyMinorDigits; a code it does not know can only come from a file made before that
// check and keeps the 2 digits it has always been written with.
int currencyMinorDigits(const QString& currencyCode);

} // namespace crema

#include "money.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace crema {

namespace {

// GCC/Clang's 128-bit integer, so a price times a rate cannot overflow before it is divided.
__extension__ typedef __int128 Int128;

// a * b / d rounded half away from zero, in 128-bit so big amounts cannot overflow midway.
qint64 mulDivRound(qint64 a, qint64 b, qint64 d)
{
    Q_ASSERT(d > 0);
    Int128 p = static_cast<Int128>(a) * b;
    const bool negative = p < 0;
    if (negative)
        p = -p;
    Int128 q = p / d;
    const Int128 r = p % d;
    if (r * 2 >= d)
        ++q;
    return static_cast<qint64>(negative ? -q : q);
}

qint64 pow10(int digits)
{
    qint64 v = 1;
    for (int i = 0; i < digits; ++i)
        v *= 10;
    return v;
}

} // namespace

namespace {
template <typename Amounts> std::optional<Money> sumChecked(const Amounts& amounts)
{
    Money sum;
    for (Money m : amounts) {
        const auto next = sum.checkedAdd(m);
        if (!next)
            return std::nullopt;
        sum = *next;
    }
    return sum;
}
} // namespace

std::optional<Money> Money::checkedSum(std::initializer_list<Money> amounts)
{
    return sumChecked(amounts);
}

std::optional<Money> Money::checkedSum(const QList<Money>& amounts)
{
    return sumChecked(amounts);
}

Money Money::percentBp(qint64 basisPoints) const
{
    return Money(mulDivRound(m_cents, basisPoints, 10000));
}

QList<Money> Money::allocate(const QList<qint64>& weights) const
{
    QList<Money> parts;
    if (weights.isEmpty())
        return parts;
    // 128 bits: weights are amounts too, and their sum must not overflow whatever they are.
    Int128 weightSum = 0;
    for (qint64 w : weights) {
        Q_ASSERT(w >= 0);
        weightSum += w;
    }
    QList<qint64> effective = weights;
    if (weightSum == 0) {
        effective.fill(1);
        weightSum = effective.size();
    }
    const bool negative = m_cents < 0;
    const qint64 total = negative ? -m_cents : m_cents;

    QList<qint64> base(effective.size());
    QList<Int128> remainders(effective.size());
    qint64 assigned = 0;
    for (qsizetype i = 0; i < effective.size(); ++i) {
        const Int128 p = static_cast<Int128>(total) * effective[i];
        base[i] = static_cast<qint64>(p / weightSum);
        remainders[i] = p % weightSum;
        assigned += base[i];
    }
    // Each remainder is below weightSum and they sum to left * weightSum, so at least `left` parts
    // have a positive remainder: a zero-weight part never receives a cent.
    qint64 left = total - assigned;
    while (left > 0) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < effective.size(); ++i) {
            if (best < 0 || remainders[i] > remainders[best])
                best = i;
        }
        ++base[best];
        remainders[best] = -1; // at most one extra cent each
        --left;
    }
    parts.reserve(base.size());
    for (qint64 b : base)
        parts.append(Money(negative ? -b : b));
    return parts;
}

QString Money::toDecimalString(int minorDigits) const
{
    const qint64 unit = pow10(minorDigits);
    const bool negative = m_cents < 0;
    // Work in unsigned to format the most negative value too.
    const quint64 abs = negative ? quint64(0) - quint64(m_cents) : quint64(m_cents);
    QString text = QString::number(abs / quint64(unit));
    if (minorDigits > 0)
        text += QLatin1Char('.') + QString::number(abs % quint64(unit)).rightJustified(minorDigits, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

namespace {
QString withCurrency(const QString& amount, bool negative, const QString& currencyCode)
{
    const QString sign = negative ? QStringLiteral("-") : QString();
    const QString code = currencyCode.toUpper();
    if (code == u"GBP")
        return sign + QStringLiteral("£") + amount;
    if (code == u"EUR")
        return sign + QStringLiteral("€") + amount;
    if (code == u"USD" || code == u"AUD" || code == u"CAD" || code == u"NZD")
        return sign + QStringLiteral("$") + amount;
    return sign + amount + QLatin1Char(' ') + code;
}
} // namespace

QString Money::formatGrouped(const QString& currencyCode, int minorDigits) const
{
    QString amount = toDecimalString(minorDigits);
    const bool negative = amount.startsWith(QLatin1Char('-'));
    if (negative)
        amount.remove(0, 1);
    qsizetype point = amount.indexOf(QLatin1Char('.'));
    if (point < 0)
        point = amount.size();
    for (qsizetype i = point - 3; i > 0; i -= 3)
        amount.insert(i, QLatin1Char(','));
    return withCurrency(amount, negative, currencyCode);
}

namespace {
// A symbol for a currency that is not the locale's own (a London café priced in euros).
QString knownSymbol(const QString& code)
{
    static const QHash<QString, QString> symbols {{QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("EUR"), QStringLiteral("€")}, {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("AUD"), QStringLiteral("$")}, {QStringLiteral("CAD"), QStringLiteral("$")},
        {QStringLiteral("NZD"), QStringLiteral("$")}, {QStringLiteral("TRY"), QStringLiteral("₺")},
        {QStringLiteral("KZT"), QStringLiteral("₸")}, {QStringLiteral("RUB"), QStringLiteral("₽")},
        {QStringLiteral("JPY"), QStringLiteral("¥")}};
    return symbols.value(code);
}

// ASCII digits in the locale's own digits (the same for every locale Crema ships).
QString localDigits(const QLocale& locale, QString digits)
{
    const QString zero = locale.zeroDigit();
    if (zero.size() != 1 || zero == u"0")
        return digits;
    for (QChar& c : digits)
        c = QChar(zero[0].unicode() + (c.unicode() - u'0'));
    return digits;
}
} // namespace

QString Money::formatLocal(const QLocale& locale, const QString& currencyCode, int minorDigits) const
{
    if (locale.language() == QLocale::C)
        return formatGrouped(currencyCode, minorDigits);
    const QString code = currencyCode.toUpper();
    const qint64 unit = pow10(minorDigits);
    const bool negative = m_cents < 0;
    // Unsigned, so the most negative amount is written too.
    const quint64 abs = negative ? quint64(0) - quint64(m_cents) : quint64(m_cents);
    QString amount = locale.toString(qulonglong(abs / quint64(unit)));
    if (minorDigits > 0) {
        const QString fraction = QString::number(abs % quint64(unit)).rightJustified(minorDigits, QLatin1Char('0'));
        amount += locale.decimalPoint() + localDigits(locale, fraction);
    }
    QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == code
        ? locale.currencySymbol(QLocale::CurrencySymbol)
        : knownSymbol(code);
    const bool isCode = symbol.isEmpty();
    if (isCode)
        symbol = code;
    // Where the locale puts the symbol and what separates it, from its pattern for one unit.
    QString text = locale.toCurrencyString(qlonglong(1), symbol);
    const QString one = locale.toString(qlonglong(1));
    qsizetype at = text.indexOf(one);
    if (at < 0)
        return format(currencyCode, minorDigits);
    if (isCode) {
        // "CHF12.50" reads as one word: a code keeps a space from the digits.
        if (at > 0 && text.at(at - 1).isLetter())
            text.insert(at++, QChar(0x00A0));
        else if (at + one.size() < text.size() && text.at(at + one.size()).isLetter())
            text.insert(at + one.size(), QChar(0x00A0));
    }
    text.replace(at, one.size(), amount);
    return negative ? locale.negativeSign() + text : text;
}

QString Money::format(const QString& currencyCode, int minorDigits) const
{
    QString amount = toDecimalString(minorDigits);
    const bool negative = amount.startsWith(QLatin1Char('-'));
    if (negative)
        amount.remove(0, 1);
    return withCurrency(amount, negative, currencyCode);
}

Result<Money> Money::parse(const QString& text, int minorDigits)
{
    const QString t = text.trimmed();
    const auto bad = [&](const QString& why) {
        return fail(Error::Code::InvalidInput, QStringLiteral("invalid amount '%1': %2").arg(text, why));
    };
    if (t.isEmpty())
        return bad(QStringLiteral("empty"));
    qsizetype i = 0;
    bool negative = false;
    if (t[0] == u'-' || t[0] == u'+') {
        negative = t[0] == u'-';
        ++i;
    }
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool sawDigit = false;
    bool inFraction = false;
    const qint64 unit = pow10(minorDigits);
    const auto tooLarge = [&]() {
        return bad(QStringLiteral("more than %1, the largest amount Crema takes")
                       .arg(Money(kMaxCents).toDecimalString(minorDigits)));
    };
    for (; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == u'.' || c == u',') {
            if (inFraction)
                return bad(QStringLiteral("more than one decimal separator"));
            inFraction = true;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 127)
            return bad(QStringLiteral("unexpected '%1' (expected a number like 12.50)").arg(c));
        sawDigit = true;
        const int d = c.unicode() - '0';
        if (inFraction) {
            if (++fractionDigits > minorDigits)
                return bad(QStringLiteral("more than %1 decimal places").arg(minorDigits));
            fraction = fraction * 10 + d;
        } else {
            // Past the bound already: stop before the digits could overflow.
            if (whole > kMaxCents / unit)
                return tooLarge();
            whole = whole * 10 + d;
        }
    }
    if (!sawDigit)
        return bad(QStringLiteral("no digits"));
    for (int k = fractionDigits; k < minorDigits; ++k)
        fraction *= 10;
    if (whole > kMaxCents / unit)
        return tooLarge();
    const qint64 cents = whole * unit + fraction; // at most kMaxCents + unit: no overflow
    if (cents > kMaxCents)
        return tooLarge();
    return Money(negative ? -cents : cents);
}

Money taxIncluded(Money gross, qint64 rateBp)
{
    return Money(mulDivRound(gross.cents(), rateBp, 10000 + rateBp));
}

Money taxOnTop(Money net, qint64 rateBp)
{
    return net.percentBp(rateBp);
}

const QList<CurrencyInfo>& knownCurrencies()
{
    // ISO 4217's active currencies a café might trade in; the digits are the standard's minor units.
    static const QList<CurrencyInfo> all = [] {
        QList<CurrencyInfo> list;
        const auto add = [&](const char* codes, int digits) {
            for (const QString& code : QString::fromLatin1(codes).split(QLatin1Char(' ')))
                list.append(CurrencyInfo {code, digits});
        };
        add("AED ARS AUD AZN BAM BGN BRL BYN CAD CHF CNY COP CZK DKK EGP EUR GBP GEL HKD HUF IDR ILS INR KGS KZT "
            "MAD MDL MKD MXN MYR NOK NZD PEN PHP PKR PLN QAR RON RSD RUB SAR SEK SGD THB TRY TWD UAH USD UZS ZAR",
            2);
        add("CLP ISK JPY KRW PYG UGX VND", 0);
        add("BHD JOD KWD LYD OMR TND", 3);
        std::sort(
            list.begin(), list.end(), [](const CurrencyInfo& a, const CurrencyInfo& b) { return a.code < b.code; });
        return list;
    }();
    return all;
}

Result<int> knownCurrencyMinorDigits(const QString& currencyCode)
{
    for (const CurrencyInfo& c : knownCurrencies()) {
        if (c.code == currencyCode)
            return c.minorDigits;
    }
    return fail(Error::Code::InvalidInput,
        QStringLiteral("unknown currency '%1': expected an ISO 4217 code Crema knows the decimals of, such as "
                       "GBP, EUR or JPY")
            .arg(currencyCode));
}

int currencyMinorDigits(const QString& currencyCode)
{
    const auto known = knownCurrencyMinorDigits(currencyCode.toUpper());
    return known ? *known : 2;
}

} // namespace crema

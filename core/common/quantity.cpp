#include "quantity.h"

#include <QRegularExpression>

namespace crema {

QString unitSymbol(BaseUnit unit)
{
    switch (unit) {
    case BaseUnit::Gram:
        return QStringLiteral("g");
    case BaseUnit::Millilitre:
        return QStringLiteral("ml");
    case BaseUnit::Piece:
        return QStringLiteral("pc");
    }
    return {};
}

Result<BaseUnit> parseBaseUnit(const QString& symbol)
{
    const QString s = symbol.trimmed().toLower();
    if (s == u"g")
        return BaseUnit::Gram;
    if (s == u"ml")
        return BaseUnit::Millilitre;
    if (s == u"pc")
        return BaseUnit::Piece;
    return fail(Error::Code::InvalidInput, QStringLiteral("unknown base unit '%1' (expected g, ml or pc)").arg(symbol));
}

namespace {

struct UnitFactor {
    const char16_t* name;
    BaseUnit unit;
    qint64 factor; // base units per one of this unit
};

constexpr UnitFactor kUnits[] = {
    {u"g", BaseUnit::Gram, 1},
    {u"gram", BaseUnit::Gram, 1},
    {u"grams", BaseUnit::Gram, 1},
    {u"kg", BaseUnit::Gram, 1000},
    {u"ml", BaseUnit::Millilitre, 1},
    {u"cl", BaseUnit::Millilitre, 10},
    {u"l", BaseUnit::Millilitre, 1000},
    {u"litre", BaseUnit::Millilitre, 1000},
    {u"liter", BaseUnit::Millilitre, 1000},
    {u"pc", BaseUnit::Piece, 1},
    {u"pcs", BaseUnit::Piece, 1},
    {u"piece", BaseUnit::Piece, 1},
    {u"pieces", BaseUnit::Piece, 1},
    {u"dozen", BaseUnit::Piece, 12},
};

// Parses "<decimal> <unit>" into base units, exactly.
Result<Quantity> parseSimple(const QString& text, const QString& whole)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)(?:[.,](\\d+))?\\s*([A-Za-z]+)\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return fail(Error::Code::InvalidInput,
            QStringLiteral("invalid quantity '%1' (expected e.g. 250 g, 1 kg, 1.5 l, 12 x 1 l, 6 pc)").arg(whole));
    const QString unitName = m.captured(3).toLower();
    for (const auto& u : kUnits) {
        if (unitName != QStringView(u.name))
            continue;
        bool ok = false;
        const qint64 intPart = m.captured(1).toLongLong(&ok);
        if (!ok || intPart > (qint64(1) << 40))
            return fail(Error::Code::InvalidInput, QStringLiteral("quantity '%1' is too large").arg(whole));
        qint64 amount = intPart * u.factor;
        const QString frac = m.captured(2);
        if (!frac.isEmpty()) {
            qint64 scale = 1;
            qint64 numerator = 0;
            for (QChar c : frac) {
                if (scale > 1'000'000'000)
                    break;
                scale *= 10;
                numerator = numerator * 10 + (c.unicode() - '0');
            }
            if ((numerator * u.factor) % scale != 0)
                return fail(Error::Code::InvalidInput,
                    QStringLiteral("quantity '%1' is not a whole number of %2").arg(whole, unitSymbol(u.unit)));
            amount += numerator * u.factor / scale;
        }
        return Quantity {amount, u.unit};
    }
    return fail(Error::Code::InvalidInput,
        QStringLiteral("unknown unit '%1' in '%2' (known: g, kg, ml, cl, l, pc, dozen)").arg(m.captured(3), whole));
}

} // namespace

Result<Quantity> Quantity::parse(const QString& text)
{
    static const QRegularExpression caseRe(
        QStringLiteral("^\\s*(\\d+)\\s*[x×*]\\s*(.+)$"), QRegularExpression::CaseInsensitiveOption);
    const auto m = caseRe.match(text);
    if (m.hasMatch()) {
        const qint64 count = m.captured(1).toLongLong();
        if (count <= 0 || count > 100000)
            return fail(Error::Code::InvalidInput, QStringLiteral("invalid pack count in '%1'").arg(text));
        auto inner = parseSimple(m.captured(2), text);
        if (!inner)
            return inner.error();
        return Quantity {inner->amount * count, inner->unit};
    }
    return parseSimple(text, text);
}

QString Quantity::toString() const
{
    const auto withBig = [this](qint64 per, const char* big, const QString& small) {
        if (amount != 0 && (amount >= per || amount <= -per)) {
            const qint64 abs = amount < 0 ? -amount : amount;
            QString num = QString::number(abs / per);
            if (abs % per) {
                QString frac = QString::number(abs % per).rightJustified(3, QLatin1Char('0'));
                while (frac.endsWith(QLatin1Char('0')))
                    frac.chop(1);
                num += QLatin1Char('.') + frac;
            }
            return (amount < 0 ? QStringLiteral("-") : QString()) + num + QLatin1Char(' ') + QLatin1String(big);
        }
        return QString::number(amount) + QLatin1Char(' ') + small;
    };
    switch (unit) {
    case BaseUnit::Gram:
        return withBig(1000, "kg", QStringLiteral("g"));
    case BaseUnit::Millilitre:
        return withBig(1000, "l", QStringLiteral("ml"));
    case BaseUnit::Piece:
        return QString::number(amount) + QStringLiteral(" pc");
    }
    return {};
}

} // namespace crema

namespace crema {

namespace {

QString kindName(BaseUnit unit)
{
    switch (unit) {
    case BaseUnit::Gram:
        return QStringLiteral("a weight");
    case BaseUnit::Millilitre:
        return QStringLiteral("a volume");
    case BaseUnit::Piece:
        return QStringLiteral("a count of pieces");
    }
    return {};
}

} // namespace

Result<qint64> parseQuantity(const QString& text, BaseUnit unit)
{
    const QString t = text.trimmed();
    static const QRegularExpression bare(QStringLiteral("^\\d+$"));
    if (bare.match(t).hasMatch()) {
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok || n > (qint64(1) << 40))
            return fail(Error::Code::InvalidInput, QStringLiteral("quantity '%1' is too large").arg(text));
        return n;
    }
    auto q = Quantity::parse(t);
    if (!q)
        return q.error();
    if (q->unit != unit)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("quantity '%1' is %2, but this is counted in %3")
                .arg(text, kindName(q->unit), unitSymbol(unit)));
    return q->amount;
}

} // namespace crema

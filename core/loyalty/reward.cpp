#include "reward.h"

namespace crema {

QString Reward::description() const
{
    if (percentBp > 0) {
        // "10%", "12.5%", "12.05%": basis points written with no trailing zeros.
        const qint64 whole = percentBp / 100, hundredths = percentBp % 100;
        const QString share = hundredths == 0 ? QString::number(whole)
            : hundredths % 10 == 0            ? QStringLiteral("%1.%2").arg(whole).arg(hundredths / 10)
                                   : QStringLiteral("%1.%2").arg(whole).arg(hundredths, 2, 10, QLatin1Char('0'));
        return QStringLiteral("%1% off the order").arg(share);
    }
    if (amount.cents() > 0)
        return QStringLiteral("%1 off the order").arg(amount.toDecimalString());
    return categoryId ? QStringLiteral("one free item from %1").arg(target) : QStringLiteral("one free %1").arg(target);
}

} // namespace crema

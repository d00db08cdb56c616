#include "reward.h"

namespace crema {

QString Reward::description() const
{
    if (amount.cents() > 0)
        return QStringLiteral("%1 off the order").arg(amount.toDecimalString());
    return categoryId ? QStringLiteral("one free item from %1").arg(target) : QStringLiteral("one free %1").arg(target);
}

} // namespace crema

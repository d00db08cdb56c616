#include "ids.h"

#include <QUuid>

namespace crema {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString stableUuid(const QString& name)
{
    static const QUuid ns(QStringLiteral("6f1d4a52-3c39-4d8e-9a0c-5e2b7c1f0a11"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

} // namespace crema

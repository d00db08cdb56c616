#include "clock.h"

#include <QTimeZone>

namespace crema {

QString toDbTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromDbTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

BusinessTime businessTime(const QDateTime& moment, const QTimeZone& zone)
{
    const QDateTime local = moment.toTimeZone(zone);
    return BusinessTime {local.date().toString(Qt::ISODate), local.time().hour()};
}

QDate businessDate(const QDateTime& moment, const QTimeZone& zone)
{
    return moment.toTimeZone(zone).date();
}

QTimeZone storeZone(const QString& ianaName)
{
    QTimeZone zone(ianaName.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace crema

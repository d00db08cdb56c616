#include "tillsettings.h"

#include "storage/database.h"
#include "storage/sql.h"

namespace crema {

TillSettings::TillSettings(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{ }

QString TillSettings::value(const QString& key, const QString& fallback)
{
    auto v = queryScalar(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
        QStringLiteral("reading setting %1").arg(key));
    return v && v->isValid() ? v->toString() : fallback;
}

Status TillSettings::set(const QString& key, const QString& value)
{
    SqlQuery q(m_db.connection(),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindAll({key, textOrEmpty(value)});
    CREMA_TRY(q.run(QStringLiteral("saving setting %1").arg(key)));
    Q_EMIT changed(key);
    return {};
}

int TillSettings::idleLockSeconds()
{
    bool ok = false;
    const int s = value(QStringLiteral("idle_lock_seconds"), QStringLiteral("120")).toInt(&ok);
    return ok && s >= 0 ? s : 120;
}

QString TillSettings::receiptPrinter()
{
    return value(QStringLiteral("receipt_printer"));
}

int TillSettings::receiptWidth()
{
    return value(QStringLiteral("receipt_width"), QStringLiteral("42")) == u"48" ? 48 : 42;
}

namespace {
QStringList commaList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    }
    return items;
}
} // namespace

QStringList TillSettings::kitchenStations()
{
    return commaList(value(QStringLiteral("kitchen_stations")));
}

QStringList TillSettings::kitchenFeeds()
{
    return commaList(value(QStringLiteral("kitchen_feeds")));
}

} // namespace crema

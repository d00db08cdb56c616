#include "loyaltyservice.h"

#include "store/tillsettings.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonArray>

namespace crema {

qint64 LoyaltyRules::pointsFor(Money netExTax, int minorDigits) const
{
    if (netExTax.cents() <= 0)
        return 0;
    qint64 unit = 1;
    for (int i = 0; i < minorDigits; ++i)
        unit *= 10;
    return netExTax.cents() * pointsPerUnit / unit;
}

LoyaltyService::LoyaltyService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(db)
{ }

Result<LoyaltyRules> LoyaltyService::rules()
{
    LoyaltyRules r;
    r.pointsPerUnit = m_settings.loyaltyPointsPerUnit();
    return r;
}

Result<QList<Reward>> LoyaltyService::rewards(bool activeOnly)
{
    SqlQuery q(m_db.connection(),
        QStringLiteral(
            "SELECT r.id, r.uuid, r.name, r.points_cost, coalesce(r.category_id, 0), coalesce(r.product_id, 0), "
            "coalesce(r.amount_cents, 0), coalesce(r.percent_bp, 0), coalesce(c.name, p.name, ''), r.active "
            "FROM rewards AS r "
            "LEFT JOIN categories AS c ON c.id = r.category_id LEFT JOIN products AS p ON p.id = r.product_id "
            "WHERE r.active = 1 OR ? = 0 ORDER BY r.points_cost, r.name"));
    q.bind(activeOnly ? 1 : 0);
    CREMA_TRY(q.run(QStringLiteral("reading rewards")));
    QList<Reward> out;
    while (q.next()) {
        Reward r;
        r.id = q.value(0).toLongLong();
        r.uuid = q.value(1).toString();
        r.name = q.value(2).toString();
        r.pointsCost = q.value(3).toLongLong();
        r.categoryId = q.value(4).toLongLong();
        r.productId = q.value(5).toLongLong();
        r.amount = Money(q.value(6).toLongLong());
        r.percentBp = q.value(7).toLongLong();
        r.target = q.value(8).toString();
        r.active = q.value(9).toInt() != 0;
        out.append(r);
    }
    return out;
}

Result<Reward> LoyaltyService::rewardByName(const QString& name)
{
    auto all = rewards();
    if (!all)
        return all.error();
    QStringList names;
    for (const Reward& r : *all) {
        names << r.name;
        if (r.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return r;
    }
    return fail(Error::Code::NotFound,
        QStringLiteral("no reward named '%1' (rewards: %2)").arg(name, names.join(QLatin1String(", "))));
}

Result<qint64> LoyaltyService::balance(qint64 customerId)
{
    auto v = queryScalar(m_db.connection(),
        QStringLiteral("SELECT coalesce(sum(points), 0) FROM loyalty_ledger WHERE customer_id = ?"), {customerId},
        QStringLiteral("reading a points balance"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

QJsonObject LoyaltyService::toJson(const QList<Reward>& rewards)
{
    QJsonArray arr;
    for (const Reward& r : rewards)
        arr.append(QJsonObject {{QStringLiteral("name"), r.name}, {QStringLiteral("points"), r.pointsCost},
            {QStringLiteral("description"), r.description()}});
    return QJsonObject {{QStringLiteral("rewards"), arr}};
}

} // namespace crema

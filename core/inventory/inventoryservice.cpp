#include "inventoryservice.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonArray>

namespace crema {

QString stockPolicyCode(StockPolicy p)
{
    return p == StockPolicy::Block ? QStringLiteral("block") : QStringLiteral("allow");
}

QString stockStatusCode(StockStatus s)
{
    switch (s) {
    case StockStatus::Ok:
        return QStringLiteral("ok");
    case StockStatus::Low:
        return QStringLiteral("low");
    case StockStatus::Critical:
        return QStringLiteral("critical");
    case StockStatus::Out:
        return QStringLiteral("out");
    }
    return {};
}

StockStatus StockLevel::status() const
{
    if (onHand <= 0)
        return StockStatus::Out;
    if (onHand < critical)
        return StockStatus::Critical;
    if (onHand < par)
        return StockStatus::Low;
    return StockStatus::Ok;
}

InventoryService::InventoryService(Database& db, qint64 storeId, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_storeId(storeId)
{ }

Result<QList<StockLevel>> InventoryService::stockLevels()
{
    SqlQuery q(m_db.connection(),
        QStringLiteral(
            "SELECT i.id, i.name, i.base_unit, coalesce(s.on_hand, 0), coalesce(s.par_level, 0), "
            "coalesce(s.critical_level, 0), coalesce(s.policy, 'allow'), "
            "coalesce((SELECT sup.name FROM purchase_units AS pu JOIN suppliers AS sup ON sup.id = pu.supplier_id "
            "          WHERE pu.ingredient_id = i.id ORDER BY pu.id LIMIT 1), '') "
            "FROM ingredients AS i LEFT JOIN store_ingredients AS s ON s.ingredient_id = i.id AND s.store_id = ? "
            "ORDER BY i.name"));
    q.bind(m_storeId);
    CREMA_TRY(q.run(QStringLiteral("reading stock levels")));
    QList<StockLevel> out;
    while (q.next()) {
        StockLevel l;
        l.ingredientId = q.value(0).toLongLong();
        l.name = q.value(1).toString();
        l.unit = parseBaseUnit(q.value(2).toString()).value();
        l.onHand = q.value(3).toLongLong();
        l.par = q.value(4).toLongLong();
        l.critical = q.value(5).toLongLong();
        l.policy = q.value(6).toString() == u"block" ? StockPolicy::Block : StockPolicy::Allow;
        l.supplier = q.value(7).toString();
        out.append(l);
    }
    return out;
}

QJsonObject InventoryService::toJson(const QList<StockLevel>& levels)
{
    QJsonArray arr;
    for (const StockLevel& l : levels)
        arr.append(QJsonObject {{QStringLiteral("name"), l.name}, {QStringLiteral("unit"), unitSymbol(l.unit)},
            {QStringLiteral("on_hand"), l.onHand}, {QStringLiteral("par"), l.par},
            {QStringLiteral("critical"), l.critical}, {QStringLiteral("policy"), stockPolicyCode(l.policy)},
            {QStringLiteral("status"), stockStatusCode(l.status())}});
    return QJsonObject {{QStringLiteral("ingredients"), arr}};
}

} // namespace crema

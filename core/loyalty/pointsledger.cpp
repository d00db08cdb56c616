#include "pointsledger.h"

#include "common/ids.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

namespace crema::PointsLedger {

Status record(UnitOfWork& work, const PointsEntry& e)
{
    static const QVariant nullId(QMetaType::fromType<qint64>());
    SqlQuery q(work.db(),
        QStringLiteral(
            "INSERT INTO loyalty_ledger (uuid, customer_id, order_id, points, reason, note, created_at, from_hq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({e.uuid.isEmpty() ? newUuid() : e.uuid, e.customerId, e.orderId > 0 ? QVariant(e.orderId) : nullId,
        e.points, e.reason, textOrEmpty(e.note), e.at, e.fromHq ? 1 : 0});
    CREMA_TRY(q.run(QStringLiteral("recording points (%1)").arg(e.reason)));
    work.noteLedgerRow(UnitOfWork::Ledger::Points, q.lastInsertId());
    work.record(Change {Change::Kind::PointsMoved, e.customerId});
    return {};
}

Result<qint64> balance(const UnitOfWork& work, qint64 customerId)
{
    auto v = queryScalar(work.db(),
        QStringLiteral("SELECT coalesce(sum(points), 0) FROM loyalty_ledger WHERE customer_id = ?"), {customerId},
        QStringLiteral("reading the points balance"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace crema::PointsLedger

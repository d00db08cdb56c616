#include "pointsledger.h"

#include "common/ids.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

namespace crema::PointsLedger {

Result<qint64> holder(const UnitOfWork& work, qint64 customerId)
{
    qint64 id = customerId;
    for (int hops = 0; hops < 8; ++hops) {
        auto next = queryScalar(work.db(),
            QStringLiteral("SELECT k.id FROM customers AS c JOIN customers AS k ON k.uuid = c.merged_into "
                           "WHERE c.id = ?"),
            {id}, QStringLiteral("finding who holds the customer's points"));
        if (!next)
            return next.error();
        if (!next->isValid())
            return id;
        id = next->toLongLong();
    }
    return fail(Error::Code::DatabaseError, QStringLiteral("customer #%1 is merged in a loop").arg(customerId));
}

Status record(UnitOfWork& work, const PointsEntry& given)
{
    static const QVariant nullId(QMetaType::fromType<qint64>());
    PointsEntry e = given;
    auto holds = holder(work, e.customerId);
    if (!holds)
        return holds.error();
    e.customerId = *holds;
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

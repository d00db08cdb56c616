#include "stockledger.h"

#include "common/ids.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

namespace crema::StockLedger {

Status record(UnitOfWork& work, const StockMovement& m)
{
    static const QVariant nullId(QMetaType::fromType<qint64>());
    const auto idOrNull = [](qint64 id) { return id > 0 ? QVariant(id) : nullId; };
    SqlQuery q(work.db(),
        QStringLiteral("INSERT INTO stock_movements (uuid, store_id, ingredient_id, kind, quantity, order_id, "
                       "order_line_id, staff_id, note, created_at, from_hq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll(
        {m.uuid.isEmpty() ? newUuid() : m.uuid, m.storeId, m.ingredientId, m.kind, m.quantity, idOrNull(m.orderId),
            idOrNull(m.orderLineId), idOrNull(m.staffId), textOrEmpty(m.note), m.at, m.fromHq ? 1 : 0});
    CREMA_TRY(q.run(QStringLiteral("recording a stock movement")));
    work.noteLedgerRow(UnitOfWork::Ledger::Stock, q.lastInsertId());
    work.record(Change {Change::Kind::StockMoved, m.storeId});
    return {};
}

} // namespace crema::StockLedger

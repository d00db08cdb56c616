#include "auditlog.h"

#include "common/clock.h"
#include "common/ids.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QJsonDocument>

namespace crema::AuditLog {

namespace {

Status insert(const QSqlDatabase& db, const Clock& clock, qint64 terminalId, qint64 actorStaffId,
    qint64 authorisedByStaffId, const QString& action, const QJsonObject& details, qint64& lastId)
{
    const auto idOrNull = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); };
    SqlQuery q(db,
        QStringLiteral(
            "INSERT INTO audit_log (uuid, terminal_id, actor_staff_id, authorised_staff_id, action, details, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({newUuid(), idOrNull(terminalId), idOrNull(actorStaffId), idOrNull(authorisedByStaffId), action,
        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), toDbTime(clock.nowUtc())});
    CREMA_TRY(q.run(QStringLiteral("writing the audit log")));
    lastId = q.lastInsertId();
    return {};
}

} // namespace

Status record(const QSqlDatabase& db, const Clock& clock, qint64 terminalId, qint64 actorStaffId,
    qint64 authorisedByStaffId, const QString& action, const QJsonObject& details)
{
    qint64 id = 0;
    return insert(db, clock, terminalId, actorStaffId, authorisedByStaffId, action, details, id);
}

Status record(UnitOfWork& work, const Clock& clock, qint64 terminalId, qint64 actorStaffId, qint64 authorisedByStaffId,
    const QString& action, const QJsonObject& details)
{
    qint64 id = 0;
    CREMA_TRY(insert(work.db(), clock, terminalId, actorStaffId, authorisedByStaffId, action, details, id));
    work.noteLedgerRow(UnitOfWork::Ledger::Audit, id);
    return {};
}

} // namespace crema::AuditLog

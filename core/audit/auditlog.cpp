#include "auditlog.h"

#include "common/clock.h"
#include "common/ids.h"
#include "storage/sql.h"

#include <QJsonDocument>

namespace crema::AuditLog {

Status record(const QSqlDatabase& db, const Clock& clock, qint64 terminalId, qint64 actorStaffId,
    qint64 authorisedByStaffId, const QString& action, const QJsonObject& details)
{
    const auto idOrNull = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); };
    SqlQuery q(db,
        QStringLiteral(
            "INSERT INTO audit_log (uuid, terminal_id, actor_staff_id, authorised_staff_id, action, details, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({newUuid(), idOrNull(terminalId), idOrNull(actorStaffId), idOrNull(authorisedByStaffId), action,
        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), toDbTime(clock.nowUtc())});
    return q.run(QStringLiteral("writing the audit log"));
}

} // namespace crema::AuditLog

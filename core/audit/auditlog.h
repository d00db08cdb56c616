#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace crema {

class Clock;
class UnitOfWork;

// Writes audit rows inside the caller's transaction (it never opens one itself).
namespace AuditLog {
// actor: who asked; authorisedBy: the manager whose PIN allowed it (0 when none).
Status record(const QSqlDatabase& db, const Clock& clock, qint64 terminalId, qint64 actorStaffId,
    qint64 authorisedByStaffId, const QString& action, const QJsonObject& details = {});
// The same inside a unit of work, which then sends the row to HQ with the rest of its ledger rows.
Status record(UnitOfWork& work, const Clock& clock, qint64 terminalId, qint64 actorStaffId, qint64 authorisedByStaffId,
    const QString& action, const QJsonObject& details = {});
} // namespace AuditLog

} // namespace crema

#include "outbox.h"

#include "common/ids.h"
#include "storage/sql.h"

#include <QJsonDocument>

namespace crema::Outbox {

Status append(const QSqlDatabase& db, const QString& entity, const QString& entityUuid, const QString& event,
    const QJsonObject& payload, const QString& at)
{
    SqlQuery q(db,
        QStringLiteral("INSERT INTO sync_outbox (uuid, entity, entity_uuid, event, payload, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindAll({newUuid(), entity, entityUuid, event,
        QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), at});
    return q.run(QStringLiteral("queueing the %1 for HQ").arg(entity));
}

} // namespace crema::Outbox

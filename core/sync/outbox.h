#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

// Core-private: the one writer of sync_outbox, the events a till owes HQ. Only UnitOfWork::commit
// calls it, so every event is written in the transaction of the change it describes.
namespace crema::Outbox {

Status append(const QSqlDatabase& db, const QString& entity, const QString& entityUuid, const QString& event,
    const QJsonObject& payload, const QString& at);

} // namespace crema::Outbox

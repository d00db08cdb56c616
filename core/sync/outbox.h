#pragma once

#include "common/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

// Core-private: the one writer of sync_outbox, the events a till owes HQ. UnitOfWork::commit
// appends, so every event is written in the transaction of the change it describes; the sync
// worker reads them in order and marks them sent once HQ has acknowledged them.
namespace crema::Outbox {

// payload: a JSON object's text.
Status append(const QSqlDatabase& db, const QString& entity, const QString& entityUuid, const QString& event,
    const QString& payload, const QString& at);

// The oldest unsent events, in order, at most maxEvents and about maxBytes of payload (at least
// one), as the push sends them: {"seq","uuid","entity","entity_uuid","event","payload","created_at"}.
Result<QJsonArray> pending(const QSqlDatabase& db, int maxEvents, qint64 maxBytes);
// HQ holds everything up to `seq`.
Status markSent(const QSqlDatabase& db, qint64 seq, const QString& at);
// HQ lost events from `seq` on (restored from a backup): send them again.
Status resendFrom(const QSqlDatabase& db, qint64 seq);
// A replacement file continues its till's sequence after what HQ has.
Status continueAfter(const QSqlDatabase& db, qint64 seq);

struct Backlog {
    qint64 count = 0;
    QString oldestAt; // empty when none
};
// What waits for HQ; afterSeq: only the events after that one (what a batch leaves behind it).
Result<Backlog> backlog(const QSqlDatabase& db, qint64 afterSeq = 0);

} // namespace crema::Outbox

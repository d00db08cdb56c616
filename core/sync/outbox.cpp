#include "outbox.h"

#include "common/ids.h"
#include "storage/sql.h"

#include <QJsonDocument>

namespace crema::Outbox {

Status append(const QSqlDatabase& db, const QString& entity, const QString& entityUuid, const QString& event,
    const QString& payload, const QString& at)
{
    SqlQuery q(db,
        QStringLiteral("INSERT INTO sync_outbox (uuid, entity, entity_uuid, event, payload, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindAll({newUuid(), entity, entityUuid, event, payload, at});
    return q.run(QStringLiteral("queueing the %1 for HQ").arg(entity));
}

Result<QJsonArray> pending(const QSqlDatabase& db, int maxEvents, qint64 maxBytes)
{
    SqlQuery q(db,
        QStringLiteral("SELECT seq, uuid, entity, entity_uuid, event, payload, created_at FROM sync_outbox "
                       "WHERE sent_at IS NULL ORDER BY seq LIMIT ?"));
    q.bind(maxEvents);
    CREMA_TRY(q.run(QStringLiteral("reading the events waiting for HQ")));
    QJsonArray out;
    qint64 bytes = 0;
    while (q.next()) {
        const QByteArray payload = q.value(5).toString().toUtf8();
        if (!out.isEmpty() && bytes + payload.size() > maxBytes)
            break;
        bytes += payload.size() + 200;
        out.append(QJsonObject {{QStringLiteral("seq"), q.value(0).toLongLong()},
            {QStringLiteral("uuid"), q.value(1).toString()}, {QStringLiteral("entity"), q.value(2).toString()},
            {QStringLiteral("entity_uuid"), q.value(3).toString()}, {QStringLiteral("event"), q.value(4).toString()},
            {QStringLiteral("payload"), QJsonDocument::fromJson(payload).object()},
            {QStringLiteral("created_at"), q.value(6).toString()}});
    }
    while (q.next()) { }
    return out;
}

Status markSent(const QSqlDatabase& db, qint64 seq, const QString& at)
{
    SqlQuery q(db, QStringLiteral("UPDATE sync_outbox SET sent_at = ? WHERE seq <= ? AND sent_at IS NULL"));
    q.bindAll({at, seq});
    return q.run(QStringLiteral("marking events sent to HQ"));
}

Status resendFrom(const QSqlDatabase& db, qint64 seq)
{
    SqlQuery q(db, QStringLiteral("UPDATE sync_outbox SET sent_at = NULL WHERE seq >= ? AND sent_at IS NOT NULL"));
    q.bind(seq);
    return q.run(QStringLiteral("queueing events for HQ again"));
}

Status continueAfter(const QSqlDatabase& db, qint64 seq)
{
    auto current = queryScalar(
        db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_outbox"), {}, QStringLiteral("reading the outbox"));
    if (!current)
        return current.error();
    if (current->toLongLong() >= seq)
        return {};
    SqlQuery del(db, QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'sync_outbox'"));
    CREMA_TRY(del.run(QStringLiteral("continuing the till's sequence")));
    SqlQuery ins(db, QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES ('sync_outbox', ?)"));
    ins.bind(seq);
    return ins.run(QStringLiteral("continuing the till's sequence"));
}

Result<Backlog> backlog(const QSqlDatabase& db, qint64 afterSeq)
{
    // An event waits for HQ from when it was made, or from the join when it is older (the history a
    // till sends at join, its sales from before it was in a chain): not from a sale months ago.
    SqlQuery q(db,
        QStringLiteral("SELECT count(*), max(min(created_at), coalesce((SELECT joined_at FROM hq_link), '')) "
                       "FROM sync_outbox WHERE sent_at IS NULL AND seq > ?"));
    q.bind(afterSeq);
    CREMA_TRY(q.run(QStringLiteral("counting the events waiting for HQ")));
    Backlog b;
    if (q.next()) {
        b.count = q.value(0).toLongLong();
        b.oldestAt = q.value(1).toString();
    }
    q.next();
    return b;
}

} // namespace crema::Outbox

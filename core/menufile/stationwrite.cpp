#include "menufile/stationwrite.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "menufile/menusnapshot.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QJsonObject>

namespace crema {

Status saveStationTiming(UnitOfWork& work, const Clock& clock, qint64 terminalId, qint64 actorStaffId,
    const StationRecord& station, const StationRecord* before)
{
    const QSqlDatabase& db = work.db();
    SqlQuery q(db,
        QStringLiteral("INSERT INTO kitchen_stations (name, amber_seconds, red_seconds) VALUES (?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET amber_seconds = excluded.amber_seconds, "
                       "red_seconds = excluded.red_seconds"));
    q.bindAll({station.name, station.amberSeconds, station.redSeconds});
    CREMA_TRY(q.run(QStringLiteral("saving kitchen station %1").arg(station.name)));
    const QJsonObject after {
        {QStringLiteral("amber_seconds"), station.amberSeconds}, {QStringLiteral("red_seconds"), station.redSeconds}};
    QJsonObject details {{QStringLiteral("station"), station.name}, {QStringLiteral("new"), after}};
    if (before)
        details.insert(QStringLiteral("old"),
            QJsonObject {{QStringLiteral("amber_seconds"), before->amberSeconds},
                {QStringLiteral("red_seconds"), before->redSeconds}});
    CREMA_TRY(
        AuditLog::record(db, clock, terminalId, actorStaffId, 0, QStringLiteral("kitchen.station_timing"), details));
    const QString now = toDbTime(clock.nowUtc());
    QJsonObject payload = after;
    payload.insert(QStringLiteral("name"), station.name);
    // Stations have no uuid: their name is their key, at HQ as here.
    work.queueEvent(QStringLiteral("station"), station.name, QStringLiteral("catalog.station.saved"), payload, now);
    work.record(Change {Change::Kind::CatalogChanged, 0, 0, QStringLiteral("station")});
    return {};
}

} // namespace crema

#include "site.h"

#include "storage/sql.h"

namespace crema {

Result<Site> loadSite(const QSqlDatabase& db)
{
    SqlQuery q(db,
        QStringLiteral(
            "SELECT s.id, s.uuid, s.name, s.currency, s.prices_include_tax, s.time_zone, t.id, t.uuid, t.name, "
            "s.address, s.locale "
            "FROM settings AS k JOIN terminals AS t ON t.uuid = k.value JOIN stores AS s ON s.id = t.store_id "
            "WHERE k.key = 'terminal_uuid'"));
    CREMA_TRY(q.run(QStringLiteral("reading which store and till this is")));
    if (!q.next())
        return fail(Error::Code::NotFound, QStringLiteral("this database has no store yet (run: cremactl init)"));
    Site s;
    s.storeId = q.value(0).toLongLong();
    s.storeUuid = q.value(1).toString();
    s.storeName = q.value(2).toString();
    s.currency = q.value(3).toString();
    s.pricesIncludeTax = q.value(4).toBool();
    s.timeZone = q.value(5).toString();
    s.terminalId = q.value(6).toLongLong();
    s.terminalUuid = q.value(7).toString();
    s.terminalName = q.value(8).toString();
    s.address = q.value(9).toString();
    s.locale = q.value(10).toString();
    return s;
}

} // namespace crema

#include "kitchenservice.h"

#include "audit/auditlog.h"
#include "catalog/catalogwriter.h"
#include "common/clock.h"
#include "common/ids.h"
#include "common/text.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "store/site.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace crema {

namespace KitchenState {

namespace {
const QStringList& order()
{
    static const QStringList states {Pending, InProgress, Ready, Completed};
    return states;
}
} // namespace

bool isValid(const QString& state)
{
    return state == Cancelled || isBumpTarget(state);
}

bool isBumpTarget(const QString& state)
{
    return order().contains(state);
}

int rank(const QString& state)
{
    return state == Cancelled ? static_cast<int>(order().size()) : static_cast<int>(order().indexOf(state));
}

QString next(const QString& state)
{
    if (state == Cancelled)
        return Cancelled;
    const int r = rank(state);
    return r < 0 ? Pending : order().at(std::min<qsizetype>(r + 1, order().size() - 1));
}

} // namespace KitchenState

namespace {

// Reads the items of the given tickets into them (one query for the lot).
template <typename T, typename TicketOf> Status loadItems(const QSqlDatabase& db, QList<T>& rows, TicketOf ticketOf)
{
    if (rows.isEmpty())
        return {};
    qint64 lo = ticketOf(rows.first()).id;
    qint64 hi = lo;
    QHash<qint64, QList<qsizetype>> index;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const qint64 id = ticketOf(rows[i]).id;
        lo = std::min(lo, id);
        hi = std::max(hi, id);
        index[id].append(i);
    }
    // Ticket ids in a batch are close together; read the range and keep the ones asked for.
    SqlQuery q(db,
        QStringLiteral(
            // The size only where the product comes in more than one: "Bacon Roll", "Latte · Large".
            "SELECT i.ticket_id, l.product_name, "
            "CASE WHEN (SELECT count(*) FROM product_sizes AS s WHERE s.product_id = l.product_id) > 1 "
            "THEN l.size_name ELSE '' END, l.quantity, l.note, "
            "coalesce((SELECT group_concat(m.name, char(31)) FROM line_modifiers AS m WHERE m.order_line_id = l.id), "
            "'') "
            "FROM kitchen_ticket_items AS i JOIN order_lines AS l ON l.id = i.order_line_id "
            "JOIN kitchen_tickets AS t ON t.id = i.ticket_id "
            // Refunded items are gone from a ticket; a cancelled one shows what its last refund took
            // (the trigger gave the ticket that refund's time).
            "WHERE i.ticket_id BETWEEN ? AND ? "
            "AND (i.cancelled_at IS NULL OR (t.status = 'cancelled' AND i.cancelled_at = t.updated_at)) "
            "ORDER BY i.ticket_id, l.line_no"));
    q.bindAll({lo, hi});
    CREMA_TRY(q.run(QStringLiteral("reading kitchen ticket items")));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        const QString mods = q.value(5).toString();
        const KitchenTicketItem item {q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
            mods.isEmpty() ? QStringList() : mods.split(QChar(0x1f)), q.value(4).toString()};
        for (qsizetype row : *it)
            ticketOf(rows[row]).items.append(item);
    }
    return {};
}

const QString kTicketColumns = QStringLiteral(
    "t.id, t.uuid, o.uuid, coalesce(o.receipt_no, 0), coalesce(c.name, ''), t.station, t.status, t.created_at");
const QString kTicketJoins
    = QStringLiteral("JOIN orders AS o ON o.id = t.order_id LEFT JOIN customers AS c ON c.id = o.customer_id");

KitchenTicket ticketFrom(const SqlQuery& q, int first)
{
    KitchenTicket t;
    t.id = q.value(first).toLongLong();
    t.uuid = q.value(first + 1).toString();
    t.orderUuid = q.value(first + 2).toString();
    t.receiptNo = q.value(first + 3).toLongLong();
    t.customer = q.value(first + 4).toString();
    t.station = q.value(first + 5).toString();
    t.status = q.value(first + 6).toString();
    t.createdAt = fromDbTime(q.value(first + 7).toString());
    return t;
}

} // namespace

KitchenService::KitchenService(Database& db, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{ }

Result<QList<KitchenTicket>> KitchenService::openTickets()
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery q(db,
        QStringLiteral("SELECT %1 FROM kitchen_tickets AS t %2 WHERE t.status IN ('pending', 'in_progress', 'ready') "
                       "ORDER BY t.created_at, t.id")
            .arg(kTicketColumns, kTicketJoins));
    CREMA_TRY(q.run(QStringLiteral("reading kitchen tickets")));
    QList<KitchenTicket> tickets;
    while (q.next())
        tickets.append(ticketFrom(q, 0));
    CREMA_TRY(loadItems(db, tickets, [](KitchenTicket& t) -> KitchenTicket& { return t; }));
    return tickets;
}

Result<QList<KitchenEvent>> KitchenService::events(qint64 afterSeq, int limit)
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery q(db,
        QStringLiteral("SELECT e.seq, e.state, e.at, %1 FROM kitchen_events AS e "
                       "JOIN kitchen_tickets AS t ON t.id = e.ticket_id %2 WHERE e.seq > ? ORDER BY e.seq LIMIT ?")
            .arg(kTicketColumns, kTicketJoins));
    q.bindAll({afterSeq, std::max(1, limit)});
    CREMA_TRY(q.run(QStringLiteral("reading kitchen events")));
    QList<KitchenEvent> events;
    while (q.next()) {
        KitchenEvent e;
        e.seq = q.value(0).toLongLong();
        e.at = fromDbTime(q.value(2).toString());
        e.ticket = ticketFrom(q, 3);
        e.ticket.status = q.value(1).toString(); // the state this event set, not today's
        events.append(std::move(e));
    }
    CREMA_TRY(loadItems(db, events, [](KitchenEvent& e) -> KitchenTicket& { return e.ticket; }));
    return events;
}

Result<qint64> KitchenService::lastSeq()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM kitchen_events"));
    CREMA_TRY(q.run(QStringLiteral("reading the kitchen feed")));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> KitchenService::replayStart(const QDateTime& since)
{
    SqlQuery q(m_db.connection(),
        QStringLiteral("SELECT min(e.seq) FROM kitchen_tickets AS t JOIN kitchen_events AS e ON e.ticket_id = t.id "
                       "WHERE t.created_at >= ?"));
    q.bind(toDbTime(since));
    CREMA_TRY(q.run(QStringLiteral("reading the kitchen feed")));
    if (q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong() - 1;
    return lastSeq();
}

Result<bool> KitchenService::setState(qint64 ticketId, const QString& state, const QString& commandUuid)
{
    if (state == KitchenState::Cancelled)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("kitchen ticket %1: a ticket is cancelled by refunding or voiding its order, not by a bump")
                .arg(ticketId));
    if (!KitchenState::isBumpTarget(state))
        return fail(Error::Code::InvalidInput,
            QStringLiteral("unknown kitchen state '%1' (expected pending, in_progress, ready or completed)")
                .arg(state));
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    SqlQuery current(db,
        QStringLiteral("SELECT status, EXISTS (SELECT 1 FROM kitchen_ticket_items AS i "
                       "WHERE i.ticket_id = t.id AND i.cancelled_at IS NULL) FROM kitchen_tickets AS t WHERE id = ?"));
    current.bind(ticketId);
    CREMA_TRY(current.run(QStringLiteral("reading a kitchen ticket")));
    if (!current.next())
        return fail(Error::Code::NotFound, QStringLiteral("no kitchen ticket %1 on this till").arg(ticketId));
    const QString was = current.value(0).toString();
    // A completed ticket refunded afterwards stays completed, but there is nothing to recall.
    if (was == KitchenState::Cancelled || !current.value(1).toBool())
        return fail(Error::Code::BusinessRule,
            QStringLiteral("kitchen ticket %1 was cancelled: its order was refunded or voided").arg(ticketId));
    const QString now = toDbTime(m_clock.nowUtc());
    if (!commandUuid.isEmpty()) {
        SqlQuery seen(db,
            QStringLiteral("INSERT OR IGNORE INTO kitchen_commands (uuid, ticket_id, state, applied_at) "
                           "VALUES (?, ?, ?, ?)"));
        seen.bindAll({commandUuid, ticketId, state, now});
        CREMA_TRY(seen.run(QStringLiteral("recording a kitchen bump")));
        if (seen.rowsAffected() == 0)
            return false; // already applied; the screen only missed our acknowledgement
    }
    const bool changed = was != state;
    if (changed) {
        SqlQuery update(db, QStringLiteral("UPDATE kitchen_tickets SET status = ?, updated_at = ? WHERE id = ?"));
        update.bindAll({state, now, ticketId});
        CREMA_TRY(update.run(QStringLiteral("bumping a kitchen ticket")));
        work->record(Change {Change::Kind::KitchenTicketChanged, ticketId});
    }
    // A command seen for the first time that changes nothing is still kept, so it is applied once.
    CREMA_TRY(work->commit());
    if (changed)
        checkNow(); // the trigger wrote an event; a service nobody subscribed to the hub tells its feed too
    return changed;
}

Result<QList<ReadyOrder>> KitchenService::readyOrders()
{
    SqlQuery q(m_db.connection(),
        QStringLiteral("SELECT o.uuid, coalesce(o.receipt_no, 0), coalesce(c.name, ''), max(t.updated_at) "
                       "FROM kitchen_tickets AS t JOIN orders AS o ON o.id = t.order_id "
                       "LEFT JOIN customers AS c ON c.id = o.customer_id "
                       "WHERE t.created_at >= ? GROUP BY t.order_id "
                       "HAVING sum(t.status IN ('pending', 'in_progress')) = 0 AND sum(t.status = 'ready') > 0 "
                       "ORDER BY max(t.updated_at)"));
    q.bind(toDbTime(m_clock.nowUtc().addSecs(-12 * 3600)));
    CREMA_TRY(q.run(QStringLiteral("reading ready orders")));
    QList<ReadyOrder> orders;
    while (q.next())
        orders.append(ReadyOrder {
            q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), fromDbTime(q.value(3).toString())});
    return orders;
}

Status KitchenService::collect(const QString& orderUuid)
{
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    SqlQuery open(db,
        QStringLiteral("SELECT t.id FROM kitchen_tickets AS t JOIN orders AS o ON o.id = t.order_id "
                       "WHERE o.uuid = ? AND t.status IN ('pending', 'in_progress', 'ready') ORDER BY t.id"));
    open.bind(orderUuid);
    CREMA_TRY(open.run(QStringLiteral("reading an order's kitchen tickets")));
    QList<qint64> tickets;
    while (open.next())
        tickets.append(open.value(0).toLongLong());
    if (tickets.isEmpty())
        return {}; // handed over already (by another screen): nothing to do
    SqlQuery q(db,
        QStringLiteral("UPDATE kitchen_tickets SET status = 'completed', updated_at = ? "
                       "WHERE status IN ('pending', 'in_progress', 'ready') AND order_id = (SELECT id FROM orders "
                       "WHERE uuid = ?)"));
    q.bindAll({toDbTime(m_clock.nowUtc()), orderUuid});
    CREMA_TRY(q.run(QStringLiteral("handing over an order")));
    for (qint64 id : std::as_const(tickets))
        work->record(Change {Change::Kind::KitchenTicketChanged, id});
    CREMA_TRY(work->commit());
    checkNow(); // the trigger wrote events; a service nobody subscribed to the hub tells its feed too
    return {};
}

Result<QHash<QString, StationTiming>> KitchenService::stationTimings()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT name, amber_seconds, red_seconds FROM kitchen_stations"));
    CREMA_TRY(q.run(QStringLiteral("reading kitchen stations")));
    QHash<QString, StationTiming> timings;
    while (q.next())
        timings.insert(q.value(0).toString(), StationTiming {q.value(1).toInt(), q.value(2).toInt()});
    return timings;
}

Result<QStringList> KitchenService::stations()
{
    return stationNames(m_db.connection());
}

Result<QStringList> KitchenService::stationNames(const QSqlDatabase& db)
{
    SqlQuery q(db,
        QStringLiteral("SELECT name FROM kitchen_stations UNION SELECT station FROM categories WHERE station <> ''"));
    CREMA_TRY(q.run(QStringLiteral("reading kitchen stations")));
    QStringList names;
    while (q.next()) {
        const QString name = q.value(0).toString();
        // A category may spell a station differently from its timing row ("bar", "Bar"): one station.
        if (!names.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

namespace {

// Stations have no row id of their own: HQ knows one by this, the same on every till of the chain.
QString stationUuid(const QString& name)
{
    return stableUuid(QStringLiteral("kitchen-station/") + name.toCaseFolded());
}

QJsonObject timingJson(const QString& name, const StationTiming& timing)
{
    return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("amber_seconds"), timing.amberSeconds},
        {QStringLiteral("red_seconds"), timing.redSeconds}};
}

Status checkTiming(const QString& name, const StationTiming& timing)
{
    if (timing.amberSeconds <= 0 || timing.redSeconds <= timing.amberSeconds || timing.redSeconds > 24 * 3600)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("station %1: amber must be after 0 s and red after amber, within a day (got %2 s and %3 s)")
                .arg(name)
                .arg(timing.amberSeconds)
                .arg(timing.redSeconds));
    return {};
}

// The categories (any, active or not) whose items go to a station, in menu order.
Result<QStringList> categoriesAt(const QSqlDatabase& db, const QString& station)
{
    SqlQuery q(
        db, QStringLiteral("SELECT name FROM categories WHERE station = ? COLLATE NOCASE ORDER BY sort_order, name"));
    q.bind(station);
    CREMA_TRY(q.run(QStringLiteral("reading the categories of station %1").arg(station)));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<qint64> openTicketsAt(const QSqlDatabase& db, const QString& station)
{
    auto n = queryScalar(db,
        QStringLiteral("SELECT count(*) FROM kitchen_tickets WHERE station = ? COLLATE NOCASE "
                       "AND status IN ('pending', 'in_progress', 'ready')"),
        {station}, QStringLiteral("counting the open tickets of station %1").arg(station));
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace

Result<QString> KitchenService::setStationTiming(const StaffMember& by, const QString& station, StationTiming timing)
{
    CREMA_TRY(StaffService::require(by, Permission::ManageSettings));
    const QString wanted = station.trimmed();
    if (wanted.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("a station needs a name"));
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    auto existing = stations();
    if (!existing)
        return existing.error();
    const auto found = std::find_if(existing->cbegin(), existing->cend(),
        [&](const QString& name) { return name.compare(wanted, Qt::CaseInsensitive) == 0; });
    if (found == existing->cend())
        return fail(Error::Code::NotFound,
            QStringLiteral("no kitchen station '%1' (the stations are: %2)")
                .arg(wanted, existing->isEmpty() ? QStringLiteral("none") : existing->join(QLatin1String(", "))));
    const QString name = *found;
    CREMA_TRY(checkTiming(name, timing));
    auto timings = stationTimings();
    if (!timings)
        return timings.error();
    auto site = loadSite(db);
    if (!site)
        return site.error();
    std::optional<StationTiming> before;
    for (auto it = timings->cbegin(); it != timings->cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            before = it.value();
    }
    CREMA_TRY(writeStationTiming(*work, m_clock, site->terminalId, by.id, name, timing, before));
    CREMA_TRY(work->commit());
    return name;
}

Status KitchenService::writeStationTiming(UnitOfWork& work, const Clock& clock, qint64 terminalId, qint64 actorStaffId,
    const QString& name, StationTiming timing, std::optional<StationTiming> before)
{
    const QSqlDatabase& db = work.db();
    SqlQuery q(db,
        QStringLiteral("INSERT INTO kitchen_stations (name, amber_seconds, red_seconds) VALUES (?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET amber_seconds = excluded.amber_seconds, "
                       "red_seconds = excluded.red_seconds"));
    q.bindAll({name, timing.amberSeconds, timing.redSeconds});
    CREMA_TRY(q.run(QStringLiteral("saving kitchen station %1").arg(name)));
    // A setting of the owner's like any other: who changed it is kept; screens learn it at their hello.
    const QJsonObject after = timingJson(name, timing);
    CREMA_TRY(AuditLog::record(work, clock, terminalId, actorStaffId, 0, QStringLiteral("kitchen.station_timing"),
        QJsonObject {{QStringLiteral("station"), name}, {QStringLiteral("amber_seconds"), timing.amberSeconds},
            {QStringLiteral("red_seconds"), timing.redSeconds},
            {QStringLiteral("old"), before ? QJsonValue(timingJson(name, *before)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("new"), after}}));
    work.queueEvent(QStringLiteral("station"), stationUuid(name), QStringLiteral("catalog.station.saved"), after,
        toDbTime(clock.nowUtc()));
    work.record(Change {Change::Kind::SettingChanged, 0, 0, QStringLiteral("kitchen_station:%1").arg(name)});
    // A station that had no row yet (the menu import adds them) is new to the lists that offer
    // stations, as one added on its page is.
    if (!before)
        work.record(Change {Change::Kind::CatalogChanged, 0, 0, QStringLiteral("station")});
    return {};
}

QJsonObject StationInfo::toJson() const
{
    QJsonObject o = timingJson(name, timing);
    o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(categories));
    o.insert(QStringLiteral("open_tickets"), openTickets);
    return o;
}

QJsonObject KitchenService::stationsJson(const QList<StationInfo>& stations)
{
    QJsonArray arr;
    for (const StationInfo& s : stations)
        arr.append(s.toJson());
    return QJsonObject {{QStringLiteral("stations"), arr}};
}

Result<QList<StationInfo>> KitchenService::stationList()
{
    auto names = stations();
    if (!names)
        return names.error();
    auto timings = stationTimings();
    if (!timings)
        return timings.error();
    QList<StationInfo> out;
    const QSqlDatabase db = m_db.connection();
    for (const QString& name : std::as_const(*names)) {
        StationInfo info;
        info.name = name;
        for (auto it = timings->cbegin(); it != timings->cend(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                info.timing = it.value();
        }
        auto categories = categoriesAt(db, name);
        if (!categories)
            return categories.error();
        info.categories = *categories;
        auto open = openTicketsAt(db, name);
        if (!open)
            return open.error();
        info.openTickets = *open;
        out.append(info);
    }
    return out;
}

Result<StationInfo> KitchenService::station(const QString& name)
{
    auto all = stationList();
    if (!all)
        return all.error();
    QStringList names;
    for (const StationInfo& s : std::as_const(*all)) {
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
        names << s.name;
    }
    return fail(Error::Code::NotFound,
        QStringLiteral("no kitchen station '%1' (the stations are: %2)")
            .arg(name.trimmed(), names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", "))));
}

Result<StationInfo> KitchenService::addStation(const StaffMember& by, const QString& name, StationTiming timing)
{
    CREMA_TRY(StaffService::require(by, Permission::ManageSettings));
    auto clean = text::cleanName(QStringLiteral("station name"), name);
    if (!clean)
        return clean.error();
    CREMA_TRY(checkTiming(*clean, timing));
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    if (auto existing = station(*clean))
        return fail(
            Error::Code::Conflict, QStringLiteral("there is already a kitchen station '%1'").arg(existing->name));
    else if (existing.error().code != Error::Code::NotFound)
        return existing.error();
    SqlQuery q(db, QStringLiteral("INSERT INTO kitchen_stations (name, amber_seconds, red_seconds) VALUES (?, ?, ?)"));
    q.bindAll({*clean, timing.amberSeconds, timing.redSeconds});
    CREMA_TRY(q.run(QStringLiteral("adding kitchen station %1").arg(*clean)));
    auto site = loadSite(db);
    if (!site)
        return site.error();
    const QJsonObject after = timingJson(*clean, timing);
    CREMA_TRY(AuditLog::record(*work, m_clock, site->terminalId, by.id, 0, QStringLiteral("kitchen.station_added"),
        QJsonObject {{QStringLiteral("station"), *clean}, {QStringLiteral("old"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("new"), after}}));
    work->queueEvent(QStringLiteral("station"), stationUuid(*clean), QStringLiteral("catalog.station.saved"), after,
        toDbTime(m_clock.nowUtc()));
    work->record(Change {Change::Kind::CatalogChanged, 0, 0, QStringLiteral("station")});
    auto info = station(*clean);
    if (!info)
        return info.error();
    CREMA_TRY(work->commit());
    return info;
}

Result<StationInfo> KitchenService::renameStation(const StaffMember& by, const QString& from, const QString& to)
{
    CREMA_TRY(StaffService::require(by, Permission::ManageSettings));
    auto clean = text::cleanName(QStringLiteral("station name"), to);
    if (!clean)
        return clean.error();
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    auto old = station(from);
    if (!old)
        return old.error();
    if (old->name == *clean)
        return *old; // nothing to do
    if (old->name.compare(*clean, Qt::CaseInsensitive) != 0) {
        if (auto taken = station(*clean))
            return fail(
                Error::Code::Conflict, QStringLiteral("there is already a kitchen station '%1'").arg(taken->name));
    }
    if (old->openTickets > 0)
        return fail(Error::Code::BusinessRule,
            QStringLiteral("station %1 has %2 open ticket%3: finish or hand them over before renaming it")
                .arg(old->name)
                .arg(old->openTickets)
                .arg(old->openTickets == 1 ? QString() : QStringLiteral("s")));
    SqlQuery drop(db, QStringLiteral("DELETE FROM kitchen_stations WHERE name = ? COLLATE NOCASE"));
    drop.bind(old->name);
    CREMA_TRY(drop.run(QStringLiteral("renaming kitchen station %1").arg(old->name)));
    SqlQuery add(
        db, QStringLiteral("INSERT INTO kitchen_stations (name, amber_seconds, red_seconds) VALUES (?, ?, ?)"));
    add.bindAll({*clean, old->timing.amberSeconds, old->timing.redSeconds});
    CREMA_TRY(add.run(QStringLiteral("renaming kitchen station %1").arg(old->name)));
    auto site = loadSite(db);
    if (!site)
        return site.error();
    const QJsonObject before = timingJson(old->name, old->timing);
    const QJsonObject after = timingJson(*clean, old->timing);
    CREMA_TRY(AuditLog::record(*work, m_clock, site->terminalId, by.id, 0, QStringLiteral("kitchen.station_renamed"),
        QJsonObject {{QStringLiteral("station"), *clean}, {QStringLiteral("old"), before},
            {QStringLiteral("new"), after},
            {QStringLiteral("categories"), QJsonArray::fromStringList(old->categories)}}));
    work->queueEvent(QStringLiteral("station"), stationUuid(old->name), QStringLiteral("catalog.station.renamed"),
        QJsonObject {{QStringLiteral("from"), old->name}, {QStringLiteral("to"), *clean},
            {QStringLiteral("uuid"), stationUuid(*clean)}, {QStringLiteral("station"), after}},
        toDbTime(m_clock.nowUtc()));
    // Then the categories follow, each saved by the catalogue's writer so HQ and the audit log see
    // them move, after HQ has heard of the station under its new name.
    CatalogWriter catalog(m_clock, site->terminalId, by.id);
    if (auto moved = catalog.moveCategoriesToStation(*work, old->name, *clean); !moved)
        return moved.error();
    work->record(Change {Change::Kind::CatalogChanged, 0, 0, QStringLiteral("station")});
    auto info = station(*clean);
    if (!info)
        return info.error();
    CREMA_TRY(work->commit());
    return info;
}

Result<bool> KitchenService::forgetStation(UnitOfWork& work, const QString& name)
{
    SqlQuery q(work.db(),
        QStringLiteral("DELETE FROM kitchen_stations WHERE name = ? COLLATE NOCASE AND NOT EXISTS "
                       "(SELECT 1 FROM categories WHERE station = ? COLLATE NOCASE)"));
    q.bindAll({name, name});
    CREMA_TRY(q.run(QStringLiteral("removing kitchen station %1").arg(name)));
    if (q.rowsAffected() > 0)
        work.record(Change {Change::Kind::CatalogChanged, 0, 0, QStringLiteral("station")});
    return q.rowsAffected() > 0;
}

Status KitchenService::removeStation(const StaffMember& by, const QString& name)
{
    CREMA_TRY(StaffService::require(by, Permission::ManageSettings));
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    auto old = station(name);
    if (!old)
        return old.error();
    if (!old->categories.isEmpty())
        return fail(Error::Code::BusinessRule,
            QStringLiteral("station %1 still gets the items of %2: send %3 to another station first")
                .arg(old->name, old->categories.join(QLatin1String(", ")),
                    old->categories.size() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
    if (old->openTickets > 0)
        return fail(Error::Code::BusinessRule,
            QStringLiteral("station %1 has %2 open ticket%3: finish or hand them over first")
                .arg(old->name)
                .arg(old->openTickets)
                .arg(old->openTickets == 1 ? QString() : QStringLiteral("s")));
    if (auto gone = forgetStation(*work, old->name); !gone)
        return gone.error();
    auto site = loadSite(db);
    if (!site)
        return site.error();
    CREMA_TRY(AuditLog::record(*work, m_clock, site->terminalId, by.id, 0, QStringLiteral("kitchen.station_removed"),
        QJsonObject {{QStringLiteral("station"), old->name},
            {QStringLiteral("old"), timingJson(old->name, old->timing)},
            {QStringLiteral("new"), QJsonValue(QJsonValue::Null)}}));
    work->queueEvent(QStringLiteral("station"), stationUuid(old->name), QStringLiteral("catalog.station.removed"),
        QJsonObject {{QStringLiteral("name"), old->name}}, toDbTime(m_clock.nowUtc()));
    work->record(Change {Change::Kind::CatalogChanged, 0, 0, QStringLiteral("station")});
    return work->commit();
}

void KitchenService::watch(int intervalMs)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &KitchenService::checkNow);
    }
    m_timer->start(intervalMs);
    checkNow();
}

void KitchenService::checkNow()
{
    auto last = lastSeq();
    if (!last || *last == m_knownSeq)
        return; // a busy database is looked at again on the next tick
    m_knownSeq = *last;
    Q_EMIT eventsAppended(m_knownSeq);
}

} // namespace crema

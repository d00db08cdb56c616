#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

class QSqlDatabase;
class QTimer;

namespace crema {

class Clock;
class Database;
class UnitOfWork;
struct StaffMember;

struct KitchenTicketItem {
    QString product;
    QString size; // empty when the product comes in one size only
    int quantity = 1;
    QStringList modifiers;
    QString note;
};

// The states a kitchen ticket moves through, in order, and `cancelled`: every item of the ticket was
// refunded or its order voided. Only the database cancels (triggers on refunds and voids, see
// db/migrations/0012); a bump cannot, and a cancelled ticket never changes again.
namespace KitchenState {
inline const QString Pending = QStringLiteral("pending");
inline const QString InProgress = QStringLiteral("in_progress");
inline const QString Ready = QStringLiteral("ready");
inline const QString Completed = QStringLiteral("completed");
inline const QString Cancelled = QStringLiteral("cancelled");
bool isValid(const QString& state); // any of the five
bool isBumpTarget(const QString& state); // pending, in_progress, ready or completed
QString next(const QString& state); // the state a bump moves to; completed and cancelled stay
int rank(const QString& state); // 0..3 along the way, 4 for cancelled (past everything), -1 unknown
} // namespace KitchenState

// One station's part of a paid order, as a kitchen screen shows it.
struct KitchenTicket {
    qint64 id = 0; // this till's ticket number
    QString uuid;
    QString orderUuid;
    qint64 receiptNo = 0;
    QString customer;
    QString station;
    QString status; // pending | in_progress | ready | completed | cancelled
    QDateTime createdAt; // UTC: when the order was paid
    // The items still to make: a refunded line's items are left out. A cancelled ticket keeps the
    // items its last refund or void took, so a screen can show what stopped.
    QList<KitchenTicketItem> items;
};

// A ticket's creation or change of state, numbered by this till's kitchen feed (seq grows by one
// per event, never reused). The ticket carries the state this event set.
struct KitchenEvent {
    qint64 seq = 0;
    QDateTime at; // UTC
    KitchenTicket ticket;
};

// When a station's tickets turn amber and red.
struct StationTiming {
    int amberSeconds = 180;
    int redSeconds = 360;
    // 0 on time, 1 amber, 2 red, for a ticket this many seconds old.
    int level(qint64 ageSeconds) const { return ageSeconds >= redSeconds ? 2 : ageSeconds >= amberSeconds ? 1 : 0; }
};

// A kitchen station as the back office shows it.
struct StationInfo {
    QString name;
    StationTiming timing;
    QStringList categories; // the menu categories that send their items here, in menu order
    qint64 openTickets = 0; // pending, in progress or ready
    // {"name", "amber_seconds", "red_seconds", "categories": [...], "open_tickets"}
    QJsonObject toJson() const;
};

// An order whose every station part is ready (and not all handed over yet).
struct ReadyOrder {
    QString orderUuid;
    qint64 receiptNo = 0;
    QString customer;
    QDateTime readyAt; // UTC
};

// The kitchen side of this till's database: tickets, their event feed, bumps.
class KitchenService : public QObject {
    Q_OBJECT
public:
    KitchenService(Database& db, Clock& clock, QObject* parent = nullptr);

    // Tickets not yet completed nor cancelled, oldest first, with their items.
    Result<QList<KitchenTicket>> openTickets();

    // Events after `afterSeq`, oldest first, at most `limit`, each with its ticket and items.
    Result<QList<KitchenEvent>> events(qint64 afterSeq, int limit);
    // The newest event's seq (0 when there is none).
    Result<qint64> lastSeq();
    // Where a screen that has seen nothing starts: just before the first event of the tickets
    // created since `since`, so a new screen gets today's service, not the whole history.
    Result<qint64> replayStart(const QDateTime& since);

    // Moves a ticket to `state` (any state: forward is a bump, backward a recall). With a command
    // id, the same command is applied once however often it is sent. Returns whether it changed
    // anything. NotFound for an unknown ticket, InvalidInput for an unknown state or `cancelled`,
    // BusinessRule for a ticket that was cancelled or whose every item was refunded. One unit of work,
    // which publishes KitchenTicketChanged when the state changed.
    Result<bool> setState(qint64 ticketId, const QString& state, const QString& commandUuid = {});

    // Orders (paid in the last 12 hours) whose station parts are all ready or completed and at
    // least one not yet completed: what the POS shows as "order ready".
    Result<QList<ReadyOrder>> readyOrders();
    // Marks all of an order's tickets completed (handed over at the counter), in one unit of work that
    // publishes KitchenTicketChanged for each ticket it completed.
    Status collect(const QString& orderUuid);

    Result<QHash<QString, StationTiming>> stationTimings();
    // The stations that exist: those menu categories name and those with timings, sorted.
    Result<QStringList> stations();
    // The same, read on `db` (the menu editor lists them for a category's station).
    static Result<QStringList> stationNames(const QSqlDatabase& db);
    // Changes an existing station's timing, for `by`, who needs Permission::ManageSettings
    // (PermissionDenied naming the person otherwise). The name is matched without regard to case and
    // the station's own spelling is returned ("bar" changes "Bar"). NotFound, naming the stations that
    // exist, for any other name: a station comes with the menu, not with a typo.
    Result<QString> setStationTiming(const StaffMember& by, const QString& station, StationTiming timing);
    // Core-private: the one writer of a station's timings, inside the caller's unit of work (the menu
    // import is one step of a larger one; setStationTiming is its own). Adds the row when the station
    // had none (`before` nullopt: it existed only as a category's station, on the default timings).
    // Audited as kitchen.station_timing {"station", "amber_seconds", "red_seconds", "old", "new"} (old
    // null when there was none) by `actorStaffId`, queued for HQ as catalog.station.saved under the
    // station's stable uuid, and announced as SettingChanged "kitchen_station:<name>". Checks nothing:
    // the caller has checked the name, the timings and the permission.
    static Status writeStationTiming(UnitOfWork& work, const Clock& clock, qint64 terminalId, qint64 actorStaffId,
        const QString& name, StationTiming timing, std::optional<StationTiming> before);
    // Forgets a station's timing row, unless a category here still sends it items (then it stays,
    // as every station a category names does). True when a row went. Checks nothing else: the
    // caller has checked the permission and the open tickets, or applies HQ's decision.
    static Result<bool> forgetStation(UnitOfWork& work, const QString& name);

    // Every station (as stations()) with its timing, the categories using it and its open tickets.
    Result<QList<StationInfo>> stationList();
    Result<StationInfo> station(const QString& name); // matched without regard to case
    // {"stations": [StationInfo::toJson()...]}: `cremactl station --json` and the back office.
    static QJsonObject stationsJson(const QList<StationInfo>& stations);

    // The owner's edits of the stations (Permission::ManageSettings, PermissionDenied naming the person
    // otherwise). Each is one unit of work that writes the audit log with the old and new values, queues
    // catalog.station.saved / .renamed / .removed for HQ and announces CatalogChanged "station". Names
    // are clean names matched without regard to case.
    // A new station; Conflict naming the existing one when the name is taken ("bar" and "Bar").
    Result<StationInfo> addStation(const StaffMember& by, const QString& name, StationTiming timing = {});
    // Renames a station and, in the same unit of work, the categories that send their items there
    // (CatalogChanged "category" for each), so new tickets go to the new name. Refused (BusinessRule)
    // while the station has open tickets: the kitchen screens show those under the old name.
    Result<StationInfo> renameStation(const StaffMember& by, const QString& from, const QString& to);
    // Refused (BusinessRule) while a category sends its items there (naming them) or it has open tickets.
    Status removeStation(const StaffMember& by, const QString& name);

    // Looks for new events every `intervalMs` (a max() on an index: microseconds; other processes write tickets too:
    // cremactl sell, a kitchen-serve process); checkNow() looks at once, after this process wrote some.
    void watch(int intervalMs = 50);
    void checkNow();
    qint64 knownSeq() const { return m_knownSeq; }

Q_SIGNALS:
    // New events up to `lastSeq` were written (by anyone: this process, or another found by polling),
    // for the feed and the screens that follow it. A change this process made is also published as
    // KitchenTicketChanged (or the order's change) on the database's ChangeHub.
    void eventsAppended(qint64 lastSeq);

private:
    Database& m_db;
    Clock& m_clock;
    QTimer* m_timer = nullptr;
    qint64 m_knownSeq = -1;
};

} // namespace crema

#pragma once

#include "common/result.h"
#include "scopedtransaction.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace crema {

class Database;

// One thing a unit of work changed, for the screens, models and services that show or derive it.
struct Change {
    enum class Kind {
        OrderPaid, // id: the order, receiptNo: its receipt
        OrderHeld, // id: the parked order
        OrderVoided,
        OrderRefunded, // id: the order, receiptNo: its receipt
        StockMoved, // id: the store
        PointsMoved, // id: the customer
        CustomerAdded, // id: the customer
        SalesImported, // history came in from elsewhere (an import, the demo, the generator)
        ShiftOpened, // id: the shift
        ShiftClosed, // id: the shift
        CashMoved, // id: the shift the cash went into or out of
        SettingChanged, // key: the setting (set or reset)
        StaffChanged, // id: the person
        KitchenTicketChanged, // id: the ticket (bumped, recalled or handed over)
        // The menu or what it is made of changed. key: what ("category", "product", "size",
        // "modifier_group", "modifier", "recipe", "sold_out", "tax_rate", "station", "reward",
        // "ingredient", "purchase_unit", "supplier", "stock_item", "menu_import"); id: its row, when one.
        CatalogChanged,
    };
    Kind kind = Kind::OrderPaid;
    qint64 id = 0;
    qint64 receiptNo = 0;
    QString key {}; // SettingChanged, CatalogChanged; "external" when another process made it

    bool operator==(const Change&) const = default;
};

// Everything one committed unit of work changed, in the order it was recorded (each change once).
class ChangeSet {
public:
    void add(const Change& change);
    bool contains(Change::Kind kind) const;
    QList<Change> of(Change::Kind kind) const;
    const QList<Change>& all() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    // Anything that moves sales figures: a sale, a refund or history coming in.
    bool touchesSales() const;
    // The menu, recipes, stock items, suppliers, rewards, taxes or stations changed.
    bool touchesCatalog() const { return contains(Change::Kind::CatalogChanged); }

private:
    QList<Change> m_changes;
};

// Where a database file announces what its committed units of work changed (KMyMoney's MyMoneyFile
// emits, after the storage commit, the changes its transaction gathered). One per Database, so
// every writer in the process reaches every subscriber without relays.
class ChangeHub : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    void publish(const ChangeSet& changes);

Q_SIGNALS:
    // After the commit, on the thread that committed (queued to subscribers living elsewhere).
    void changed(const crema::ChangeSet& changes);
};

// The change_revisions row a kind of change raises, or empty for kinds other processes need not
// reload (sales have their own paths: the kitchen feed, the dashboard's stale mark).
QString revisionKind(Change::Kind kind);

// One use case, one unit of work: BEGIN IMMEDIATE; the writers record what they change and queue the
// events for HQ; commit() writes those events to the outbox and raises change_revisions for the
// kinds of master data changed (so other processes on the file notice), in the same transaction,
// commits, and then publishes the changes on the database's hub. The rows it added to the stock
// ledger, the points ledger and the audit log go to HQ too, gathered at commit into one event,
// ledger.recorded {"movements","entries","audit"} (each a slice of at most kLedgerSlice rows and
// about kLedgerSliceBytes; more in further events), after the events the writers queued. Destroyed without commit():
// rolled back, nothing published. Writers take a UnitOfWork, so they cannot write outside one.
// Rows of one ledger: an SQL condition over its alias (m: stock_movements, l: loyalty_ledger,
// a: audit_log) and what it binds; an empty condition picks none.
struct LedgerFilter {
    QString where;
    QVariantList binds;
};
struct LedgerEvent {
    QString payload; // JSON text {"movements","entries","audit"}, each present when it has rows
    QString at; // the latest row's time
};
// The ledger.recorded events for the rows each filter picks, sliced as UnitOfWork slices them:
// what a commit sends, and what join sends for rows the outbox never carried.
Result<QList<LedgerEvent>> ledgerEvents(
    const QSqlDatabase& db, const LedgerFilter& stock, const LedgerFilter& points, const LedgerFilter& audit);

class UnitOfWork {
public:
    static constexpr int kLedgerSlice = 500;
    static constexpr qint64 kLedgerSliceBytes = 128 * 1024;
    static Result<UnitOfWork> begin(Database& database);

    UnitOfWork(UnitOfWork&&) noexcept = default;
    UnitOfWork(const UnitOfWork&) = delete;
    UnitOfWork& operator=(const UnitOfWork&) = delete;

    const QSqlDatabase& db() const { return m_db; }
    void record(const Change& change) { m_changes.add(change); }
    // An event for HQ (sync_outbox), written at commit, in the order queued.
    void queueEvent(const QString& entity, const QString& entityUuid, const QString& event, const QJsonObject& payload,
        const QString& at);
    // The same, its payload a JSON object's text already written.
    void queueEventText(const QString& entity, const QString& entityUuid, const QString& event, const QString& payload,
        const QString& at);
    const ChangeSet& changes() const { return m_changes; }

    // This unit applies changes HQ sent down: the writers check, audit and announce them as ever,
    // but nothing is queued for HQ (it has them already, and an echo would loop through the chain).
    void markFromHq() { m_fromHq = true; }

    // The append-only ledgers whose new rows commit() sends to HQ. Their writers note each row they
    // add, so a unit that adds none asks nothing of them (no read at begin, none at commit).
    enum class Ledger { Stock, Points, Audit };
    void noteLedgerRow(Ledger ledger, qint64 id)
    {
        qint64& first = m_firstRow[static_cast<int>(ledger)];
        if (first == 0 || id < first)
            first = id;
    }
    bool fromHq() const { return m_fromHq; }

    Status commit();

private:
    struct Event {
        QString entity, entityUuid, event;
        QString payload; // JSON text
        QString at;
    };
    UnitOfWork(Database& database, QSqlDatabase db, ScopedTransaction tx);
    Status queueLedgerEvents();

    Database* m_database;
    QSqlDatabase m_db;
    ScopedTransaction m_tx;
    ChangeSet m_changes;
    QList<Event> m_events;
    bool m_fromHq = false;
    // The first row this unit added to each ledger (0: none). Rows are only ever appended, and this
    // unit holds the write lock, so every row from there on is this unit's.
    qint64 m_firstRow[3] = {0, 0, 0};
};

} // namespace crema

Q_DECLARE_METATYPE(crema::ChangeSet)

#include "unitofwork.h"

#include "common/ids.h"
#include "common/jsonfields.h"
#include "database.h"
#include "sql.h"
#include "sync/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace crema {

void ChangeSet::add(const Change& change)
{
    if (!m_changes.contains(change))
        m_changes.append(change);
}

bool ChangeSet::contains(Change::Kind kind) const
{
    return std::any_of(m_changes.cbegin(), m_changes.cend(), [kind](const Change& c) { return c.kind == kind; });
}

QList<Change> ChangeSet::of(Change::Kind kind) const
{
    QList<Change> out;
    for (const Change& c : m_changes) {
        if (c.kind == kind)
            out.append(c);
    }
    return out;
}

bool ChangeSet::touchesSales() const
{
    return contains(Change::Kind::OrderPaid) || contains(Change::Kind::OrderRefunded)
        || contains(Change::Kind::SalesImported);
}

void ChangeHub::publish(const ChangeSet& changes)
{
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

UnitOfWork::UnitOfWork(Database& database, QSqlDatabase db, ScopedTransaction tx)
    : m_database(&database)
    , m_db(std::move(db))
    , m_tx(std::move(tx))
{ }

Result<UnitOfWork> UnitOfWork::begin(Database& database)
{
    QSqlDatabase db = database.connection();
    auto tx = ScopedTransaction::begin(db);
    if (!tx)
        return tx.error();
    UnitOfWork work(database, db, std::move(tx).value());
    return work;
}

namespace {

// The ledger rows `filter` picks, as HQ takes them, in slices of at most UnitOfWork::kLedgerSlice
// rows and about UnitOfWork::kLedgerSliceBytes (the rows' text, counted as read).
// One slice: its rows' JSON texts and the latest row's time.
struct Slice {
    QStringList rows;
    QString at;
};

Result<QList<Slice>> ledgerRows(
    const QSqlDatabase& db, const QString& sql, const LedgerFilter& filter, const QString& doing)
{
    if (filter.where.isEmpty()) // nothing to look for
        return QList<Slice>();
    SqlQuery q(db, sql.arg(filter.where));
    for (const QVariant& v : filter.binds)
        q.bind(v);
    CREMA_TRY(q.run(doing));
    QList<Slice> slices;
    qint64 bytes = 0;
    while (q.next()) {
        const QString row = q.value(0).toString();
        // Counted as UTF-8 at its longest (3 bytes a character), so the three slices of one event
        // stay inside what HQ takes for an event.
        const qint64 size = 3 * row.size();
        if (slices.isEmpty() || slices.last().rows.size() >= UnitOfWork::kLedgerSlice
            || bytes + size > UnitOfWork::kLedgerSliceBytes) {
            slices.append(Slice());
            bytes = 0;
        }
        Slice& slice = slices.last();
        slice.rows.append(row);
        slice.at = std::max(slice.at, q.value(1).toString());
        bytes += size;
    }
    return slices;
}

} // namespace

// Each row's JSON is written by SQLite (json_object), one text a row: reading eight columns a row
// through Qt and writing them out again cost a sale more than its own inserts did. An empty text
// is sent as null, as HQ's readers take it.
Result<QList<LedgerEvent>> ledgerEvents(
    const QSqlDatabase& db, const LedgerFilter& stock, const LedgerFilter& points, const LedgerFilter& audit)
{
    auto moves = ledgerRows(db,
        QStringLiteral("SELECT json_object('uuid', m.uuid, 'ingredient', i.uuid, 'kind', m.kind, 'quantity', "
                       "m.quantity, 'order', nullif(o.uuid, ''), 'note', nullif(m.note, ''), 'at', m.created_at, "
                       "'staff', nullif(s.uuid, '')), m.created_at "
                       "FROM stock_movements AS m JOIN ingredients AS i ON i.id = m.ingredient_id "
                       "LEFT JOIN orders AS o ON o.id = m.order_id LEFT JOIN staff AS s ON s.id = m.staff_id "
                       "WHERE %1 ORDER BY m.id"),
        stock, QStringLiteral("gathering stock movements for HQ"));
    if (!moves)
        return moves.error();
    auto entries = ledgerRows(db,
        QStringLiteral("SELECT json_object('uuid', l.uuid, 'customer', c.uuid, 'points', l.points, 'reason', "
                       "l.reason, 'order', nullif(o.uuid, ''), 'note', nullif(l.note, ''), 'at', l.created_at), "
                       "l.created_at FROM loyalty_ledger AS l JOIN customers AS c ON c.id = l.customer_id "
                       "LEFT JOIN orders AS o ON o.id = l.order_id WHERE %1 ORDER BY l.id"),
        points, QStringLiteral("gathering points entries for HQ"));
    if (!entries)
        return entries.error();
    // AuditLog, the one writer of audit_log, keeps details as a JSON object's text; anything else
    // goes as an empty object rather than stop the sale.
    auto audits = ledgerRows(db,
        QStringLiteral("SELECT json_object('uuid', a.uuid, 'action', a.action, 'details', "
                       "CASE WHEN json_valid(a.details) AND json_type(a.details) = 'object' THEN json(a.details) "
                       "ELSE json_object() END, 'at', a.created_at, 'staff', nullif(s.uuid, ''), 'authorised_by', "
                       "nullif(m.uuid, ''), 'terminal', nullif(t.uuid, '')), a.created_at "
                       "FROM audit_log AS a LEFT JOIN staff AS s ON s.id = a.actor_staff_id "
                       "LEFT JOIN staff AS m ON m.id = a.authorised_staff_id "
                       "LEFT JOIN terminals AS t ON t.id = a.terminal_id WHERE %1 ORDER BY a.id"),
        audit, QStringLiteral("gathering audit entries for HQ"));
    if (!audits)
        return audits.error();
    // One event for the three ledgers' rows (one more outbox row per sale, not three); more rows
    // than a slice go in further events.
    QList<LedgerEvent> events;
    const qsizetype count = std::max({moves->size(), entries->size(), audits->size()});
    for (qsizetype i = 0; i < count; ++i) {
        LedgerEvent e;
        QStringList parts; // "key":[row,row,…], the rows' JSON as SQLite wrote it
        const auto put = [&](const QList<Slice>& slices, QLatin1StringView key) {
            if (i >= slices.size())
                return;
            parts.append(QLatin1Char('"') + key + QLatin1String("\":[") + slices[i].rows.join(QLatin1Char(','))
                + QLatin1Char(']'));
            e.at = std::max(e.at, slices[i].at);
        };
        put(*moves, QLatin1StringView("movements"));
        put(*entries, QLatin1StringView("entries"));
        put(*audits, QLatin1StringView("audit"));
        e.payload = QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
        events.append(e);
    }
    return events;
}

Status UnitOfWork::queueLedgerEvents()
{
    const auto from = [this](Ledger ledger, const char* alias) {
        const qint64 first = m_firstRow[static_cast<int>(ledger)];
        return first > 0 ? LedgerFilter {QStringLiteral("%1.id >= ?").arg(QLatin1String(alias)), {first}}
                         : LedgerFilter {};
    };
    auto events = ledgerEvents(m_db, from(Ledger::Stock, "m"), from(Ledger::Points, "l"), from(Ledger::Audit, "a"));
    if (!events)
        return events.error();
    for (const LedgerEvent& e : std::as_const(*events))
        queueEventText(QStringLiteral("ledger"), newUuid(), QStringLiteral("ledger.recorded"), e.payload, e.at);
    return {};
}

void UnitOfWork::queueEvent(const QString& entity, const QString& entityUuid, const QString& event,
    const QJsonObject& payload, const QString& at)
{
    queueEventText(
        entity, entityUuid, event, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), at);
}

void UnitOfWork::queueEventText(
    const QString& entity, const QString& entityUuid, const QString& event, const QString& payload, const QString& at)
{
    m_events.append(Event {entity, entityUuid, event, payload, at});
}

QString revisionKind(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::CatalogChanged:
        return QStringLiteral("catalog");
    case Change::Kind::SettingChanged:
        return QStringLiteral("settings");
    case Change::Kind::StaffChanged:
        return QStringLiteral("staff");
    default:
        return {};
    }
}

Status UnitOfWork::commit()
{
    if (m_fromHq) {
        m_events.clear();
    } else {
        CREMA_TRY(queueLedgerEvents());
        for (const Event& e : std::as_const(m_events))
            CREMA_TRY(Outbox::append(m_db, e.entity, e.entityUuid, e.event, e.payload, e.at));
    }
    QStringList raised;
    for (const Change& c : m_changes.all()) {
        const QString kind = revisionKind(c.kind);
        if (kind.isEmpty() || raised.contains(kind))
            continue;
        raised << kind;
        SqlQuery q(m_db,
            QStringLiteral("INSERT INTO change_revisions (kind, revision) VALUES (?, 1) "
                           "ON CONFLICT (kind) DO UPDATE SET revision = revision + 1"));
        CREMA_TRY(q.bind(kind).run(QStringLiteral("noting the change for other programs")));
    }
    CREMA_TRY(m_tx.commit());
    m_events.clear();
    m_database->changes().publish(m_changes);
    return {};
}

} // namespace crema

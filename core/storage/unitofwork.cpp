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
Result<QList<QJsonArray>> ledgerRows(const QSqlDatabase& db, const QString& sql, int columns,
    const LedgerFilter& filter, const std::function<QJsonObject(const SqlQuery&)>& row, const QString& doing)
{
    if (filter.where.isEmpty()) // nothing to look for
        return QList<QJsonArray>();
    SqlQuery q(db, sql.arg(filter.where));
    for (const QVariant& v : filter.binds)
        q.bind(v);
    CREMA_TRY(q.run(doing));
    QList<QJsonArray> slices;
    qint64 bytes = 0;
    while (q.next()) {
        // Counted as UTF-8 at its longest (3 bytes a character), so the three slices of one event
        // stay inside what HQ takes for an event.
        qint64 size = 16 * columns;
        for (int i = 0; i < columns; ++i)
            size += 3 * q.value(i).toString().size();
        if (slices.isEmpty() || slices.last().size() >= UnitOfWork::kLedgerSlice
            || bytes + size > UnitOfWork::kLedgerSliceBytes) {
            slices.append(QJsonArray());
            bytes = 0;
        }
        slices.last().append(row(q));
        bytes += size;
    }
    return slices;
}

} // namespace

Result<QList<LedgerEvent>> ledgerEvents(
    const QSqlDatabase& db, const LedgerFilter& stock, const LedgerFilter& points, const LedgerFilter& audit)
{
    auto moves = ledgerRows(
        db,
        QStringLiteral("SELECT m.uuid, i.uuid, m.kind, m.quantity, o.uuid, m.note, m.created_at, s.uuid "
                       "FROM stock_movements AS m JOIN ingredients AS i ON i.id = m.ingredient_id "
                       "LEFT JOIN orders AS o ON o.id = m.order_id LEFT JOIN staff AS s ON s.id = m.staff_id "
                       "WHERE %1 ORDER BY m.id"),
        8, stock,
        [](const SqlQuery& q) {
            return QJsonObject {{QStringLiteral("uuid"), q.value(0).toString()},
                {QStringLiteral("ingredient"), q.value(1).toString()}, {QStringLiteral("kind"), q.value(2).toString()},
                {QStringLiteral("quantity"), q.value(3).toLongLong()},
                {QStringLiteral("order"), textOrNull(q.value(4).toString())},
                {QStringLiteral("note"), textOrNull(q.value(5).toString())},
                {QStringLiteral("at"), q.value(6).toString()},
                {QStringLiteral("staff"), textOrNull(q.value(7).toString())}};
        },
        QStringLiteral("gathering stock movements for HQ"));
    if (!moves)
        return moves.error();
    auto entries = ledgerRows(
        db,
        QStringLiteral("SELECT l.uuid, c.uuid, l.points, l.reason, o.uuid, l.note, l.created_at "
                       "FROM loyalty_ledger AS l JOIN customers AS c ON c.id = l.customer_id "
                       "LEFT JOIN orders AS o ON o.id = l.order_id WHERE %1 ORDER BY l.id"),
        7, points,
        [](const SqlQuery& q) {
            return QJsonObject {{QStringLiteral("uuid"), q.value(0).toString()},
                {QStringLiteral("customer"), q.value(1).toString()},
                {QStringLiteral("points"), q.value(2).toLongLong()}, {QStringLiteral("reason"), q.value(3).toString()},
                {QStringLiteral("order"), textOrNull(q.value(4).toString())},
                {QStringLiteral("note"), textOrNull(q.value(5).toString())},
                {QStringLiteral("at"), q.value(6).toString()}};
        },
        QStringLiteral("gathering points entries for HQ"));
    if (!entries)
        return entries.error();
    auto audits = ledgerRows(
        db,
        QStringLiteral("SELECT a.uuid, a.action, a.details, a.created_at, s.uuid, m.uuid, t.uuid "
                       "FROM audit_log AS a LEFT JOIN staff AS s ON s.id = a.actor_staff_id "
                       "LEFT JOIN staff AS m ON m.id = a.authorised_staff_id "
                       "LEFT JOIN terminals AS t ON t.id = a.terminal_id WHERE %1 ORDER BY a.id"),
        7, audit,
        [](const SqlQuery& q) {
            return QJsonObject {{QStringLiteral("uuid"), q.value(0).toString()},
                {QStringLiteral("action"), q.value(1).toString()},
                {QStringLiteral("details"), QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()},
                {QStringLiteral("at"), q.value(3).toString()},
                {QStringLiteral("staff"), textOrNull(q.value(4).toString())},
                {QStringLiteral("authorised_by"), textOrNull(q.value(5).toString())},
                {QStringLiteral("terminal"), textOrNull(q.value(6).toString())}};
        },
        QStringLiteral("gathering audit entries for HQ"));
    if (!audits)
        return audits.error();
    // One event for the three ledgers' rows (one more outbox row per sale, not three); more rows
    // than a slice go in further events.
    QList<LedgerEvent> events;
    const qsizetype count = std::max({moves->size(), entries->size(), audits->size()});
    for (qsizetype i = 0; i < count; ++i) {
        LedgerEvent e;
        const auto put = [&](const QList<QJsonArray>& slices, const QString& key) {
            if (i >= slices.size())
                return;
            e.payload.insert(key, slices[i]);
            e.at = std::max(e.at, slices[i].last().toObject().value(QStringLiteral("at")).toString());
        };
        put(*moves, QStringLiteral("movements"));
        put(*entries, QStringLiteral("entries"));
        put(*audits, QStringLiteral("audit"));
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
        m_events.append(
            Event {QStringLiteral("ledger"), newUuid(), QStringLiteral("ledger.recorded"), e.payload, e.at});
    return {};
}

void UnitOfWork::queueEvent(const QString& entity, const QString& entityUuid, const QString& event,
    const QJsonObject& payload, const QString& at)
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

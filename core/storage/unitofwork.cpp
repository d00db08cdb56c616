#include "unitofwork.h"

#include "database.h"
#include "sql.h"
#include "sync/outbox.h"

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
    return UnitOfWork(database, std::move(db), std::move(tx).value());
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
    for (const Event& e : std::as_const(m_events))
        CREMA_TRY(Outbox::append(m_db, e.entity, e.entityUuid, e.event, e.payload, e.at));
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

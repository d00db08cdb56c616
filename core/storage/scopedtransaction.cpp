#include "scopedtransaction.h"

#include "sql.h"

namespace crema {

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_active(true)
{ }

ScopedTransaction::ScopedTransaction(ScopedTransaction&& other) noexcept
    : m_db(other.m_db)
    , m_active(std::exchange(other.m_active, false))
{ }

Result<ScopedTransaction> ScopedTransaction::begin(const QSqlDatabase& db)
{
    SqlQuery q(db, QStringLiteral("BEGIN IMMEDIATE"));
    CREMA_TRY(q.run(QStringLiteral("starting a transaction")));
    return ScopedTransaction(db);
}

Result<ScopedTransaction> ScopedTransaction::beginRead(const QSqlDatabase& db)
{
    SqlQuery q(db, QStringLiteral("BEGIN"));
    CREMA_TRY(q.run(QStringLiteral("starting a read")));
    return ScopedTransaction(db);
}

Status ScopedTransaction::commit()
{
    if (!m_active)
        return fail(Error::Code::DatabaseError, QStringLiteral("commit without an open transaction"));
    SqlQuery q(m_db, QStringLiteral("COMMIT"));
    // A failed COMMIT leaves the transaction open in SQLite; the destructor rolls it back.
    CREMA_TRY(q.run(QStringLiteral("committing")));
    m_active = false;
    return {};
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active) {
        SqlQuery q(m_db, QStringLiteral("ROLLBACK"));
        (void)q.run(QStringLiteral("rolling back"));
    }
}

} // namespace crema

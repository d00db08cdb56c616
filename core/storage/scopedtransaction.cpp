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
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(q.lastError(), QStringLiteral("starting a transaction"));
    return ScopedTransaction(db);
}

Status ScopedTransaction::commit()
{
    if (!m_active)
        return fail(Error::Code::DatabaseError, QStringLiteral("commit without an open transaction"));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        // A failed COMMIT leaves the transaction open in SQLite; the destructor rolls it back.
        return sqlError(q.lastError(), QStringLiteral("committing"));
    }
    m_active = false;
    return {};
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

} // namespace crema

#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace crema {

// One use case, one unit of work: BEGIN IMMEDIATE on construction (so the write lock is taken up
// front and a busy database is reported before any work is done), ROLLBACK on destruction unless
// commit() succeeded. Services open these; repositories never do.
class ScopedTransaction {
public:
    static Result<ScopedTransaction> begin(const QSqlDatabase& db);
    // A read-only unit: a plain (deferred) BEGIN, so several reads see one snapshot of the file
    // without taking the write lock from the till.
    static Result<ScopedTransaction> beginRead(const QSqlDatabase& db);

    ScopedTransaction(ScopedTransaction&& other) noexcept;
    ScopedTransaction& operator=(ScopedTransaction&&) = delete;
    ScopedTransaction(const ScopedTransaction&) = delete;
    ~ScopedTransaction();

    Status commit();

private:
    explicit ScopedTransaction(QSqlDatabase db);
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace crema

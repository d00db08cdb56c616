#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace crema {

// HQ's store: an embedded SQLite file (nothing to set up) or PostgreSQL 15 through QPSQL, behind
// the same SQL (db/hq/*.sql is portable, and so is every statement HQ runs). One connection, used
// on the thread that opened it: crema-hq serves from one event loop and keeps each batch in one
// transaction.
class HqDatabase {
public:
    // spec: a file path, or postgresql://USER[:PASSWORD]@HOST:PORT/DBNAME (the password may also
    // come from PGPASSWORD). create: make the SQLite file when missing (PostgreSQL databases are
    // made by their administrator). Applies the missing HQ migrations.
    static Result<std::unique_ptr<HqDatabase>> open(const QString& spec, bool create = true);
    ~HqDatabase();
    HqDatabase(const HqDatabase&) = delete;
    HqDatabase& operator=(const HqDatabase&) = delete;

    QSqlDatabase& db() { return m_db; }
    bool isPostgres() const { return m_postgres; }
    // The spec without a password, for messages.
    QString describe() const { return m_described; }
    int schemaVersion() const { return m_version; }

    // A copy of the whole store into a new SQLite file, consistent while HQ serves (VACUUM INTO).
    // PostgreSQL: refused, naming pg_dump.
    Status backupTo(const QString& file);

private:
    HqDatabase() = default;
    Status migrate();

    QSqlDatabase m_db;
    QString m_name;
    QString m_described;
    bool m_postgres = false;
    int m_version = 0;
};

// One unit of work at HQ: BEGIN IMMEDIATE on SQLite (the write lock up front), BEGIN on
// PostgreSQL; rolled back on destruction unless committed.
class HqTransaction {
public:
    static Result<HqTransaction> begin(HqDatabase& db);
    // For reads only: no write lock on SQLite (a deferred BEGIN), one snapshot on PostgreSQL
    // (REPEATABLE READ), so every part of one answer comes from the same data.
    static Result<HqTransaction> beginRead(HqDatabase& db);
    HqTransaction(HqTransaction&& other) noexcept;
    HqTransaction(const HqTransaction&) = delete;
    HqTransaction& operator=(const HqTransaction&) = delete;
    ~HqTransaction();
    Status commit();

private:
    explicit HqTransaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(true)
    { }
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace crema

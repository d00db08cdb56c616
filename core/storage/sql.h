#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <memory>

namespace crema {

// Maps a Qt SQL error to a Crema Error whose message says what was being done and, when given, on
// which file: busy/locked, read-only (file, folder or disk), disk full, cannot open or i/o error,
// damaged (only when SQLite found the file damaged or not a database), else a plain database error.
Error sqlError(const QSqlError& error, const QString& doing, const QString& path = {});

// A prepared statement with positional bound values. Keeps call sites short and makes
// string-built SQL the odd one out.
//
// Statements are prepared once per connection and reused (SQLite's prepare costs more than most of
// the inserts a sale makes). The destructor resets the statement, so a SELECT left half-read never
// holds a read snapshot open. Two SqlQuery objects with the same SQL text on the same connection
// share one statement: do not nest them.
class SqlQuery {
public:
    SqlQuery(const QSqlDatabase& db, const QString& sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery&) = delete;
    SqlQuery& operator=(const SqlQuery&) = delete;

    // Drops this thread's cached statements of a connection; call before closing it.
    static void forgetConnection(const QString& connectionName);

    SqlQuery& bind(const QVariant& value);
    SqlQuery& bindAll(std::initializer_list<QVariant> values);
    // Runs the statement; the error names `doing` ("saving customer").
    Status run(const QString& doing);
    bool next() { return m_query->next(); }
    QVariant value(int i) const { return m_query->value(i); }
    qint64 lastInsertId() const { return m_query->lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    QSqlQuery& raw() { return *m_query; }

private:
    std::shared_ptr<QSqlQuery> m_query; // shared with the connection's statement cache
    bool m_prepared = false;
    int m_next = 0; // next positional placeholder
    QString m_sql;
    QString m_connection; // to name the file in errors
};

// Qt binds a null QString as SQL NULL; text columns that are NOT NULL take this instead.
inline QString textOrEmpty(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Runs a statement and returns the first column of the first row (or an invalid QVariant).
Result<QVariant> queryScalar(
    const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values, const QString& doing);

} // namespace crema

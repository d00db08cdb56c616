#include "sql.h"

#include <QHash>

namespace crema {

Error sqlError(const QSqlError& error, const QString& doing, const QString& path)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite primary result codes (the low byte of extended ones): 5 BUSY, 6 LOCKED, 8 READONLY,
    // 10 IOERR, 11 CORRUPT, 13 FULL, 14 CANTOPEN, 26 NOTADB.
    const int code = native.toInt() & 0xff;
    const QString file = path.isEmpty() ? QStringLiteral("the database") : path;
    if (code == 5 || code == 6 || text.contains(QLatin1String("database is locked")))
        return fail(Error::Code::DatabaseBusy,
            QStringLiteral("database busy while %1: another program holds the lock").arg(doing));
    if (code == 8)
        return fail(Error::Code::ReadOnly,
            QStringLiteral("cannot write %1 while %2: it is read-only (the file, its folder or the disk)")
                .arg(file, doing));
    if (code == 13)
        return fail(Error::Code::DiskFull,
            QStringLiteral("disk full while %1: no room left to write %2; nothing was saved").arg(doing, file));
    if (code == 14)
        return fail(Error::Code::Io, QStringLiteral("cannot open %1 while %2: %3").arg(file, doing, text));
    if (code == 10)
        return fail(Error::Code::Io, QStringLiteral("i/o error on %1 while %2: %3").arg(file, doing, text));
    if (code == 11 || code == 26)
        return fail(Error::Code::Corrupt, QStringLiteral("database damaged while %1: %2").arg(doing, text));
    return fail(Error::Code::DatabaseError, QStringLiteral("database error while %1: %2").arg(doing, text));
}

namespace {
// connection name -> SQL text -> prepared statement. Connections belong to one thread each.
thread_local QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> t_statements;
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql)
    : m_sql(sql)
    , m_connection(db.connectionName())
{
    auto& cache = t_statements[m_connection];
    if (auto it = cache.constFind(sql); it != cache.constEnd()) {
        m_query = *it;
        m_prepared = true;
        return;
    }
    m_query = std::make_shared<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    m_prepared = m_query->prepare(sql);
    if (m_prepared)
        cache.insert(sql, m_query);
}

SqlQuery::~SqlQuery()
{
    m_query->finish();
}

void SqlQuery::forgetConnection(const QString& connectionName)
{
    t_statements.remove(connectionName);
}

SqlQuery& SqlQuery::bind(const QVariant& value)
{
    m_query->bindValue(m_next++, value);
    return *this;
}

SqlQuery& SqlQuery::bindAll(std::initializer_list<QVariant> values)
{
    for (const auto& v : values)
        m_query->bindValue(m_next++, v);
    return *this;
}

Status SqlQuery::run(const QString& doing)
{
    m_next = 0; // the statement can be bound and run again
    if (!m_prepared || !m_query->exec())
        return sqlError(m_query->lastError(), doing, QSqlDatabase::database(m_connection, false).databaseName());
    return {};
}

Result<QVariant> queryScalar(
    const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values, const QString& doing)
{
    SqlQuery q(db, sql);
    q.bindAll(values);
    CREMA_TRY(q.run(doing));
    if (!q.next())
        return QVariant();
    return q.value(0);
}

} // namespace crema

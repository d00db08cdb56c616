#include "hqdatabase.h"

#include "common/clock.h"
#include "storage/migrator.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace crema {

namespace {

constexpr char kMigrations[] = ":/crema/hq";

QString nextConnectionName()
{
    static std::atomic<int> n {0};
    return QStringLiteral("crema-hq-%1").arg(++n);
}

Status exec(QSqlDatabase& db, const QString& sql, const QString& doing)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q.lastError(), doing);
    return {};
}

} // namespace

Result<std::unique_ptr<HqDatabase>> HqDatabase::open(const QString& spec, bool create)
{
    std::unique_ptr<HqDatabase> hq(new HqDatabase);
    hq->m_name = nextConnectionName();
    if (spec.startsWith(QLatin1String("postgresql://")) || spec.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(spec, QUrl::StrictMode);
        const QString dbName = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty() || dbName.contains(QLatin1Char('/')))
            return fail(Error::Code::InvalidInput,
                QStringLiteral("--db %1: expected postgresql://USER@HOST:PORT/DATABASE")
                    .arg(url.toDisplayString(QUrl::RemovePassword)));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return fail(Error::Code::InvalidInput,
                QStringLiteral("the PostgreSQL driver for Qt is not installed (Debian: libqt6sql6-psql)"));
        hq->m_postgres = true;
        hq->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), hq->m_name);
        hq->m_db.setHostName(url.host());
        hq->m_db.setPort(url.port(5432));
        hq->m_db.setDatabaseName(dbName);
        hq->m_db.setUserName(url.userName());
        QString password = url.password();
        if (password.isEmpty())
            password = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PGPASSWORD"));
        hq->m_db.setPassword(password);
        hq->m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=crema-hq"));
        hq->m_described = url.toDisplayString(QUrl::RemovePassword);
        if (!hq->m_db.open())
            return fail(Error::Code::Io,
                QStringLiteral("cannot connect to %1: %2").arg(hq->m_described, hq->m_db.lastError().text().trimmed()));
        // Serialised change numbering relies on read committed plus the counter row's lock.
        CREMA_TRY(exec(hq->m_db, QStringLiteral("SET client_min_messages TO WARNING"), QStringLiteral("connecting")));
    } else {
        const QFileInfo file(spec);
        if (spec.isEmpty())
            return fail(Error::Code::InvalidInput, QStringLiteral("--db needs a file or a postgresql:// address"));
        if (!file.exists() && !create)
            return fail(Error::Code::NotFound, QStringLiteral("no HQ database at %1").arg(spec));
        if (file.exists() && file.isDir())
            return fail(Error::Code::InvalidInput, QStringLiteral("--db %1 is a folder, not a file").arg(spec));
        hq->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), hq->m_name);
        hq->m_db.setDatabaseName(spec);
        hq->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        hq->m_described = spec;
        if (!hq->m_db.open())
            return fail(Error::Code::Io, QStringLiteral("cannot open %1: %2").arg(spec, hq->m_db.lastError().text()));
        for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
            CREMA_TRY(exec(hq->m_db, QString::fromLatin1(pragma), QStringLiteral("opening %1").arg(spec)));
        // A Crema till file is not an HQ store: refuse it rather than add HQ's tables to it.
        auto till = queryScalar(hq->m_db,
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('sync_outbox', 'terminals')"), {},
            QStringLiteral("checking %1").arg(spec));
        if (!till)
            return till.error();
        if (till->toInt() > 0)
            return fail(Error::Code::InvalidInput, QStringLiteral("%1 is a till's file, not an HQ database").arg(spec));
    }
    CREMA_TRY(hq->migrate());
    return hq;
}

HqDatabase::~HqDatabase()
{
    SqlQuery::forgetConnection(m_name);
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Status HqDatabase::migrate()
{
    auto migrations = Migrator::load(QString::fromLatin1(kMigrations));
    if (!migrations)
        return migrations.error();
    CREMA_TRY(exec(m_db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS hq_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "applied_at TEXT NOT NULL)"),
        QStringLiteral("preparing the HQ schema")));
    auto current = queryScalar(m_db, QStringLiteral("SELECT coalesce(max(version), 0) FROM hq_schema"), {},
        QStringLiteral("reading the HQ schema version"));
    if (!current)
        return current.error();
    m_version = current->toInt();
    const int latest = migrations->isEmpty() ? 0 : migrations->last().version;
    if (m_version > latest)
        return fail(Error::Code::TooNew,
            QStringLiteral("%1 has HQ schema version %2, newer than this crema-hq knows (%3): upgrade crema-hq")
                .arg(m_described)
                .arg(m_version)
                .arg(latest));
    for (const Migration& m : *migrations) {
        if (m.version <= m_version)
            continue;
        auto tx = HqTransaction::begin(*this);
        if (!tx)
            return tx.error();
        for (const QString& statement : splitSqlScript(m.sql))
            CREMA_TRY(
                exec(m_db, statement, QStringLiteral("applying HQ migration %1 (%2)").arg(m.version).arg(m.name)));
        SqlQuery record(m_db, QStringLiteral("INSERT INTO hq_schema (version, name, applied_at) VALUES (?, ?, ?)"));
        record.bindAll({m.version, m.name, toDbTime(QDateTime::currentDateTimeUtc())});
        CREMA_TRY(record.run(QStringLiteral("recording HQ migration %1").arg(m.version)));
        CREMA_TRY(tx->commit());
        m_version = m.version;
    }
    return {};
}

Status HqDatabase::backupTo(const QString& file)
{
    if (m_postgres)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("HQ on PostgreSQL is backed up with pg_dump (pg_dump -Fc -f FILE DBNAME), not crema-hq"));
    if (QFileInfo::exists(file))
        return fail(Error::Code::Conflict, QStringLiteral("%1 exists already; a backup never overwrites").arg(file));
    SqlQuery q(m_db, QStringLiteral("VACUUM INTO ?"));
    q.bind(file);
    return q.run(QStringLiteral("backing HQ up into %1").arg(file));
}

Result<HqTransaction> HqTransaction::beginRead(HqDatabase& db)
{
    QSqlQuery q(db.db());
    if (!q.exec(db.isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                : QStringLiteral("BEGIN")))
        return sqlError(q.lastError(), QStringLiteral("starting a read at HQ"));
    return HqTransaction(db.db());
}

Result<HqTransaction> HqTransaction::begin(HqDatabase& db)
{
    QSqlQuery q(db.db());
    if (!q.exec(db.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(q.lastError(), QStringLiteral("starting a transaction at HQ"));
    return HqTransaction(db.db());
}

HqTransaction::HqTransaction(HqTransaction&& other) noexcept
    : m_db(std::move(other.m_db))
    , m_active(std::exchange(other.m_active, false))
{ }

HqTransaction::~HqTransaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status HqTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return sqlError(q.lastError(), QStringLiteral("committing at HQ"));
    m_active = false;
    return {};
}

} // namespace crema

#include "database.h"

#include "common/clock.h"
#include "migrator.h"
#include "sql.h"
#include "unitofwork.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

namespace crema {

namespace {

QAtomicInt g_instanceCounter;

Error refuse(Error::Code code, const QString& path, const QString& why)
{
    return fail(code, QStringLiteral("%1: %2; the file was not modified").arg(path, why));
}

// Why a file cannot be written here, for messages: its folder (SQLite writes FILE-wal and FILE-shm
// beside a WAL database) or the file itself.
QString readOnlyReason(const QString& path)
{
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    if (!QFileInfo(folder).isWritable())
        return QStringLiteral("its folder %1 is read-only (SQLite needs to write %2-wal and %2-shm beside it)")
            .arg(folder, file.fileName());
    return QStringLiteral("the file is read-only");
}

bool writable(const QString& path)
{
    const QFileInfo file(path);
    return QFileInfo(file.absolutePath()).isWritable() && (!file.exists() || file.isWritable());
}

// What an error opening or checking an existing file means. "Damaged" only when SQLite says so: a
// file it cannot open because its folder is read-only is not damaged.
Error openError(const QString& path, const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (code == 11 || code == 26)
        return refuse(Error::Code::Corrupt, path, QStringLiteral("the database is damaged (%1)").arg(text));
    if (code == 8 || !writable(path))
        return refuse(Error::Code::ReadOnly, path, QStringLiteral("cannot be opened: %1").arg(readOnlyReason(path)));
    if (code == 13)
        return refuse(Error::Code::DiskFull, path, QStringLiteral("cannot be opened: the disk is full"));
    return refuse(Error::Code::Io, path, QStringLiteral("cannot be opened: %1").arg(text));
}

// Checks an existing file read-only. Returns its schema version.
Result<int> inspectExisting(const QString& path, const QString& connName, int knownVersion)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray header = f.read(16);
    f.close();
    if (header.isEmpty())
        return 0; // an empty file is an empty database
    if (header != QByteArray("SQLite format 3\0", 16))
        return refuse(Error::Code::Corrupt, path, QStringLiteral("not a Crema database (not an SQLite file)"));

    Result<int> result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = openError(path, db.lastError());
        } else {
            QSqlQuery q(db);
            QStringList problems;
            if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                result = openError(path, q.lastError());
            } else {
                while (q.next()) {
                    const QString row = q.value(0).toString();
                    if (row != u"ok")
                        problems << row;
                }
            }
            if (result && !problems.isEmpty()) {
                result = refuse(Error::Code::Corrupt, path,
                    QStringLiteral("the database is damaged (integrity check: %1)").arg(problems.first()));
            } else if (result) {
                q.exec(QStringLiteral("PRAGMA application_id"));
                const int appId = q.next() ? q.value(0).toInt() : 0;
                q.exec(QStringLiteral("PRAGMA user_version"));
                const int version = q.next() ? q.value(0).toInt() : 0;
                q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
                const int objects = q.next() ? q.value(0).toInt() : 0;
                if (appId != Database::kApplicationId && (appId != 0 || objects > 0)) {
                    result = refuse(Error::Code::Corrupt, path,
                        QStringLiteral("not a Crema database (an SQLite file of another program)"));
                } else if (version > knownVersion) {
                    result = refuse(Error::Code::TooNew, path,
                        QStringLiteral("written by a newer Crema (schema version %1; this Crema knows up to %2)")
                            .arg(version)
                            .arg(knownVersion));
                } else {
                    result = version;
                }
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connName);
    return result;
}

} // namespace

Database::Database(QString path, OpenOptions options)
    : m_path(std::move(path))
    , m_options(std::move(options))
    , m_prefix(QStringLiteral("crema-%1-").arg(g_instanceCounter.fetchAndAddRelaxed(1)))
    , m_changes(std::make_unique<ChangeHub>())
{ }

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connections)) {
        SqlQuery::forgetConnection(name);
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    auto migrations = Migrator::load(
        options.migrationsDir.isEmpty() ? QString::fromLatin1(Migrator::kResourceDir) : options.migrationsDir);
    if (!migrations)
        return migrations.error();
    const int latest = migrations->last().version;

    std::shared_ptr<Database> self(new Database(path, options));
    const QFileInfo info(path);
    int version = 0;
    if (info.exists()) {
        if (!info.isFile())
            return fail(Error::Code::Io, QStringLiteral("%1 is not a file").arg(path));
        auto inspected = inspectExisting(path, self->m_prefix + QStringLiteral("inspect"), latest);
        if (!inspected)
            return inspected.error();
        version = *inspected;
        if (version == 0 && !options.create)
            return fail(Error::Code::NotFound,
                QStringLiteral("%1 is an empty database (create one with: cremactl --db %1 init)").arg(path));
    } else {
        if (!options.create)
            return fail(Error::Code::NotFound,
                QStringLiteral("no database at %1 (create one with: cremactl --db %1 init)").arg(path));
        if (!info.dir().exists())
            return fail(Error::Code::Io, QStringLiteral("folder %1 does not exist").arg(info.dir().path()));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return fail(Error::Code::ReadOnly,
                QStringLiteral("cannot create %1: the folder %2 is read-only").arg(path, info.absolutePath()));
    }

    QSqlDatabase db = self->connection();
    if (!db.isOpen())
        return openError(path, db.lastError());

    const int target = options.targetVersion < 0 ? latest : std::min(options.targetVersion, latest);
    if (version < target) {
        if (version > 0) {
            if (!options.migrate)
                return fail(Error::Code::BusinessRule,
                    QStringLiteral("%1 has schema version %2 and needs upgrading to %3")
                        .arg(path)
                        .arg(version)
                        .arg(target));
            // A consistent copy of the old file before anything changes, even in WAL mode.
            const QString backup
                = QStringLiteral("%1.v%2-%3.bak")
                      .arg(path)
                      .arg(version)
                      .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            QFile::remove(backup);
            SqlQuery vacuum(db, QStringLiteral("VACUUM INTO ?"));
            vacuum.bind(backup);
            CREMA_TRY(vacuum.run(QStringLiteral("backing up %1 before upgrading it").arg(path)));
            self->m_backupPath = backup;
        } else {
            self->m_fresh = true;
        }
        CREMA_TRY(Migrator::migrate(db, *migrations, target));
        version = target;
    }
    self->m_version = version;
    return self;
}

Result<QSqlDatabase> Database::openConnection(const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!db.open())
        return fail(Error::Code::Io, QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text()));
    QSqlQuery q(db);
    // Checkpoints normally run in idle time (WalCheckpointer); the automatic one is only a safety net
    // for processes without an event loop, so it rarely lands inside a sale's commit.
    const QStringList pragmas {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(m_options.busyTimeoutMs),
        QStringLiteral("PRAGMA wal_autocheckpoint = 10000")};
    for (const QString& p : pragmas) {
        if (!q.exec(p))
            return sqlError(q.lastError(), QStringLiteral("configuring %1").arg(m_path), m_path);
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() || q.value(0).toString() != u"wal") {
        if (!writable(m_path))
            return fail(Error::Code::ReadOnly,
                QStringLiteral("%1: cannot switch to WAL journal mode: %2").arg(m_path, readOnlyReason(m_path)));
        return fail(Error::Code::Io, QStringLiteral("%1: cannot switch to WAL journal mode").arg(m_path));
    }
    return db;
}

Status Database::checkpoint()
{
    SqlQuery q(connection(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    return q.run(QStringLiteral("checkpointing the write-ahead log"));
}

void Database::releaseConnection()
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThreadId());
    QMutexLocker lock(&m_mutex);
    const auto it = m_connections.constFind(thread);
    if (it == m_connections.constEnd())
        return;
    const QString name = *it;
    m_connections.erase(it);
    SqlQuery::forgetConnection(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection()
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThreadId());
    QMutexLocker lock(&m_mutex);
    auto it = m_connections.constFind(thread);
    if (it != m_connections.constEnd())
        return QSqlDatabase::database(*it, false);
    const QString name = m_prefix + QString::number(thread);
    auto db = openConnection(name);
    m_connections.insert(thread, name);
    if (!db) {
        qWarning("crema: %s", qPrintable(db.error().message));
        return QSqlDatabase::database(name, false);
    }
    return *db;
}

} // namespace crema

#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/scopedtransaction.h"
#include "storage/sql.h"
#include "storage/walcheckpointer.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

using namespace crema;

namespace {
QString pragma(Database& db, const char* name)
{
    auto v = queryScalar(
        db.connection(), QStringLiteral("PRAGMA %1").arg(QLatin1String(name)), {}, QStringLiteral("test"));
    REQUIRE_OK(v);
    return v->toString();
}
int latestVersion()
{
    auto m = Migrator::load();
    REQUIRE_OK(m);
    return m->last().version;
}
} // namespace

TEST_CASE("a new file gets the whole chain, WAL and the safety pragmas", "[db][storage]")
{
    test::TempDir dir;
    auto db = test::freshDatabase(dir);
    CHECK(db->isNew());
    CHECK(db->schemaVersion() == latestVersion());
    CHECK(pragma(*db, "user_version").toInt() == latestVersion());
    CHECK(pragma(*db, "journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(*db, "foreign_keys") == QStringLiteral("1"));
    CHECK(pragma(*db, "synchronous") == QStringLiteral("2")); // FULL
    CHECK(pragma(*db, "busy_timeout").toInt() >= 1000);
    CHECK(pragma(*db, "application_id").toInt() == Database::kApplicationId);
    CHECK(pragma(*db, "integrity_check") == QStringLiteral("ok"));
    auto applied = queryScalar(
        db->connection(), QStringLiteral("SELECT count(*) FROM schema_migrations"), {}, QStringLiteral("test"));
    CHECK(applied->toInt() == latestVersion());
}

TEST_CASE("opening a missing file without create is refused", "[db][storage]")
{
    test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("nope.db")));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == Error::Code::NotFound);
    CHECK(db.error().message.contains(QStringLiteral("nope.db")));
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("nope.db"))));
}

TEST_CASE("an older file is backed up, then upgraded with its data kept", "[db][storage]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("old.db"));
    {
        OpenOptions v3;
        v3.create = true;
        v3.targetVersion = 3; // stores, staff, catalogue, customers; no orders or stock yet
        auto db = Database::open(path, v3);
        REQUIRE_OK(db);
        CHECK((*db)->schemaVersion() == 3);
        CHECK_FALSE(
            queryScalar((*db)->connection(), QStringLiteral("SELECT 1 FROM orders"), {}, QStringLiteral("probe")).ok());
        SqlQuery q((*db)->connection(),
            QStringLiteral("INSERT INTO customers (uuid, name, phone, created_at) VALUES ('c-1', 'Ada', "
                           "'+447700900001', '2026-01-01T00:00:00.000Z')"));
        REQUIRE_OK(q.run(QStringLiteral("seeding v3")));
    }
    auto db = Database::open(path);
    REQUIRE_OK(db);
    CHECK((*db)->schemaVersion() == latestVersion());
    auto kept = queryScalar((*db)->connection(), QStringLiteral("SELECT name FROM customers WHERE uuid = 'c-1'"), {},
        QStringLiteral("test"));
    REQUIRE_OK(kept);
    CHECK(kept->toString() == QStringLiteral("Ada"));
    REQUIRE_OK(queryScalar(
        (*db)->connection(), QStringLiteral("SELECT count(*) FROM orders"), {}, QStringLiteral("new table")));

    const QString backup = (*db)->backupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(backup.contains(QStringLiteral(".v3-")));
    {
        OpenOptions readBackup;
        readBackup.migrate = false;
        auto old = Database::open(backup, readBackup);
        REQUIRE_FALSE(old.ok()); // the backup is still version 3 and is not silently upgraded
        CHECK(old.error().message.contains(QStringLiteral("version 3")));
    }
    test::rawExec(backup, QStringLiteral("SELECT name FROM customers WHERE uuid = 'c-1'"));
}

TEST_CASE("a file from a newer Crema is refused and left untouched", "[db][storage]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("future.db"));
    test::freshDatabase(dir, QStringLiteral("future.db")).reset();
    test::rawExec(path, QStringLiteral("PRAGMA user_version = %1").arg(latestVersion() + 1));
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == Error::Code::TooNew);
    CHECK(db.error().message.contains(QStringLiteral("newer Crema")));
    CHECK(db.error().message.contains(QStringLiteral("not modified")));
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("a damaged database is refused and left untouched", "[db][storage]")
{
    test::TempDir dir;
    const QString path = test::demoCopy(dir);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 1'000'000);
    // Scribble over pages in the middle of the file, as a failing disk would.
    for (qint64 off = size / 3; off < size / 3 + 64 * 1024; off += 4096) {
        f.seek(off + 100);
        f.write(QByteArray(700, '\x5a'));
    }
    f.close();
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == Error::Code::Corrupt);
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
    CHECK(db.error().message.contains(path));
    CHECK(test::fileHash(path) == before);
    // SQLite may create an empty -wal beside a WAL file it reads; nothing may be written into it.
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

TEST_CASE("a truncated database is refused and left untouched", "[db][storage]")
{
    crema::test::TempDir dir;
    const QString path = crema::test::demoCopy(dir);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.resize(f.size() / 2)); // a copy cut short, as a full disk or a pulled USB stick leaves it
    f.close();
    const QByteArray before = crema::test::fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == Error::Code::Corrupt);
    CHECK(db.error().message.contains(QStringLiteral("not modified")));
    CHECK(crema::test::fileHash(path) == before);
}

TEST_CASE("a file that is not SQLite, or another program's SQLite file, is refused", "[db][storage]")
{
    test::TempDir dir;
    const QString text = dir.file(QStringLiteral("notes.db"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Date,Time,Transaction,Item\n30-10-2016,09:58:11,1,Bread\n");
    }
    const QByteArray before = test::fileHash(text);
    auto a = Database::open(text);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().code == Error::Code::Corrupt);
    CHECK(a.error().message.contains(QStringLiteral("not an SQLite file")));
    CHECK(test::fileHash(text) == before);

    const QString foreign = dir.file(QStringLiteral("other.sqlite"));
    test::rawExec(foreign, QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)"));
    const QByteArray foreignBefore = test::fileHash(foreign);
    auto b = Database::open(foreign);
    REQUIRE_FALSE(b.ok());
    CHECK(b.error().message.contains(QStringLiteral("another program")));
    CHECK(test::fileHash(foreign) == foreignBefore);
}

TEST_CASE("a scoped transaction rolls back unless committed", "[db][storage]")
{
    test::TempDir dir;
    auto db = test::freshDatabase(dir);
    const auto count = [&] {
        return queryScalar(
            db->connection(), QStringLiteral("SELECT count(*) FROM settings"), {}, QStringLiteral("count"))
            ->toInt();
    };
    {
        auto tx = ScopedTransaction::begin(db->connection());
        REQUIRE_OK(tx);
        SqlQuery q(db->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        q.bindAll({QStringLiteral("a"), QStringLiteral("1")});
        REQUIRE_OK(q.run(QStringLiteral("insert")));
        CHECK(count() == 1);
    } // no commit
    CHECK(count() == 0);
    {
        auto tx = ScopedTransaction::begin(db->connection());
        REQUIRE_OK(tx);
        SqlQuery q(db->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        q.bindAll({QStringLiteral("a"), QStringLiteral("1")});
        REQUIRE_OK(q.run(QStringLiteral("insert")));
        REQUIRE_OK(tx->commit());
    }
    CHECK(count() == 1);
}

TEST_CASE("a writer blocked past the busy timeout gets 'database busy', not a hang", "[db][storage]")
{
    test::TempDir dir;
    OpenOptions quick;
    quick.create = true;
    quick.busyTimeoutMs = 200;
    auto first = Database::open(dir.file(QStringLiteral("busy.db")), quick);
    REQUIRE_OK(first);
    quick.create = false;
    auto second = Database::open(dir.file(QStringLiteral("busy.db")), quick);
    REQUIRE_OK(second);
    auto holder = ScopedTransaction::begin((*first)->connection());
    REQUIRE_OK(holder);
    auto blocked = ScopedTransaction::begin((*second)->connection());
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().code == Error::Code::DatabaseBusy);
}

TEST_CASE("idle checkpoints move the WAL into the file", "[db][storage]")
{
    crema::test::TempDir dir;
    auto db = crema::test::freshDatabase(dir);
    const QString wal = dir.file(QStringLiteral("crema.db-wal"));
    {
        auto tx = ScopedTransaction::begin(db->connection());
        REQUIRE_OK(tx);
        SqlQuery q(db->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        for (int i = 0; i < 500; ++i) {
            q.bindAll({QStringLiteral("k%1").arg(i), QString(200, QLatin1Char('x'))});
            REQUIRE_OK(q.run(QStringLiteral("filling")));
        }
        REQUIRE_OK(tx->commit());
    }
    const qint64 fileBefore = QFileInfo(dir.file(QStringLiteral("crema.db"))).size();
    REQUIRE(QFileInfo(wal).size() > 0);
    const auto settle = [](WalCheckpointer& c, int wantAtLeast, int ms) {
        QElapsedTimer waited;
        waited.start();
        while (c.checkpoints() < wantAtLeast && waited.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    };
    WalCheckpointer checkpointer(*db, 10, 60000, 3);
    // Fewer writes than a batch: the log waits, so the next sale does not pay for restarting it.
    checkpointer.noteWrite();
    checkpointer.noteWrite();
    settle(checkpointer, 1, 300);
    CHECK(checkpointer.checkpoints() == 0);
    CHECK(QFileInfo(dir.file(QStringLiteral("crema.db"))).size() == fileBefore);
    // The batch is in: checkpointed once the till is quiet.
    checkpointer.noteWrite();
    settle(checkpointer, 1, 5000);
    CHECK(checkpointer.checkpoints() == 1);
    CHECK(checkpointer.pendingWrites() == 0);
    CHECK(QFileInfo(dir.file(QStringLiteral("crema.db"))).size() > fileBefore);
}

TEST_CASE("a quiet till checkpoints what is left of a batch within the period", "[db][storage]")
{
    crema::test::TempDir dir;
    auto db = crema::test::freshDatabase(dir);
    WalCheckpointer checkpointer(*db, 10, 100, 1000);
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(checkpointer.checkpoints() == 0); // nothing written, nothing to do
    checkpointer.noteWrite();
    waited.restart();
    while (checkpointer.checkpoints() == 0 && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(checkpointer.checkpoints() == 1);
    CHECK(checkpointer.pendingWrites() == 0);
}

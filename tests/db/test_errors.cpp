// Errors tell the truth: a read-only file or folder says read-only, a full disk says disk full, and
// "damaged" is kept for damaged files. Made for real: chattr +i (which binds root too, who ignores file
// modes), a tiny tmpfs, and SQLite's max_page_count.
#include "common/clock.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/scopedtransaction.h"
#include "storage/sql.h"
#include "store/setupservice.h"
#include "store/site.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace crema;

namespace {

// Makes a file or folder immutable for as long as it lives. ok is false where chattr cannot (a file
// system without the flag, no CAP_LINUX_IMMUTABLE).
struct Immutable {
    QString path;
    bool ok = false;
    explicit Immutable(QString p)
        : path(std::move(p))
    {
        ok = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
    }
    ~Immutable()
    {
        if (ok)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    }
};

// A tmpfs of `size` mounted on a folder for as long as it lives.
struct TinyDisk {
    QString path;
    bool ok = false;
    TinyDisk(QString p, const char* size)
        : path(std::move(p))
    {
        QDir().mkpath(path);
        ok = QProcess::execute(QStringLiteral("mount"),
                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=%1").arg(QLatin1String(size)), QStringLiteral("tmpfs"), path})
            == 0;
    }
    ~TinyDisk()
    {
        if (ok)
            QProcess::execute(QStringLiteral("umount"), {path});
    }
};

Status insertSettings(Database& db, int rows, int bytes)
{
    auto tx = ScopedTransaction::begin(db.connection());
    if (!tx)
        return tx.error();
    SqlQuery q(db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    for (int i = 0; i < rows; ++i) {
        q.bindAll({QStringLiteral("filler-%1").arg(i), QString(bytes, QLatin1Char('x'))});
        CREMA_TRY(q.run(QStringLiteral("filling the settings")));
    }
    return tx->commit();
}

qint64 settingsCount(const QString& path)
{
    auto db = Database::open(path);
    REQUIRE_OK(db);
    return test::scalar(**db, QStringLiteral("SELECT count(*) FROM settings"));
}

} // namespace

TEST_CASE("a database that cannot grow says disk full, names the file, and keeps what it had", "[db][errors]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("crema.db"));
    {
        auto db = test::freshDatabase(dir);
        // SQLite reports SQLITE_FULL when a file may not grow past max_page_count, as when the disk is full.
        const qint64 pages = test::scalar(*db, QStringLiteral("PRAGMA page_count"));
        test::scalar(*db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2));
        auto full = insertSettings(*db, 200, 4000);
        REQUIRE_FALSE(full.ok());
        INFO(full.error().message.toStdString());
        CHECK(full.error().code == Error::Code::DiskFull);
        CHECK(full.error().message.contains(QStringLiteral("disk full")));
        CHECK(full.error().message.contains(path));
        CHECK(full.error().message.contains(QStringLiteral("filling the settings")));
        CHECK_FALSE(full.error().message.contains(QStringLiteral("damaged")));
    }
    CHECK(settingsCount(path) == 0);
}

TEST_CASE("a full disk says disk full", "[db][errors]")
{
    test::TempDir dir;
    TinyDisk disk(dir.file(QStringLiteral("disk")), "2m");
    if (!disk.ok) {
        WARN("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN): the full-disk case is covered by "
             "max_page_count only");
        return;
    }
    const QString path = disk.path + QStringLiteral("/crema.db");
    {
        OpenOptions create;
        create.create = true;
        auto db = Database::open(path, create);
        REQUIRE_OK(db);
        // Fill the disk, leaving no room for the next write.
        QFile filler(disk.path + QStringLiteral("/filler"));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();
        auto full = insertSettings(**db, 200, 4000);
        REQUIRE_FALSE(full.ok());
        INFO(full.error().message.toStdString());
        CHECK(full.error().code == Error::Code::DiskFull);
        CHECK(full.error().message.contains(QStringLiteral("disk full")));
        CHECK(full.error().message.contains(path));
        QFile::remove(filler.fileName());
    }
    CHECK(settingsCount(path) == 0);
}

TEST_CASE("a read-only file can be read, and writing it says read-only", "[db][errors]")
{
    test::TempDir dir;
    const QString path = test::demoCopy(dir);
    const QByteArray before = test::fileHash(path);
    Immutable lock(path);
    if (!lock.ok) {
        WARN("chattr +i does not work here (file system or capability): read-only files are not tested");
        return;
    }
    {
        auto db = Database::open(path);
        REQUIRE_OK(db); // reports and listings still work, and so does a login (it writes nothing)
        CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM products")) > 0);
        const Site site = loadSite((*db)->connection()).value();
        Clock clock;
        StaffService staff(**db, clock, site.terminalId, site.terminalUuid);
        REQUIRE_OK(staff.login(QStringLiteral("3333")));
        auto wrong = staff.login(QStringLiteral("9999")); // counting it is a write
        CHECK(wrong.error().code == Error::Code::ReadOnly);
        auto write = insertSettings(**db, 1, 10);
        REQUIRE_FALSE(write.ok());
        INFO(write.error().message.toStdString());
        CHECK(write.error().code == Error::Code::ReadOnly);
        CHECK(write.error().message.contains(QStringLiteral("read-only")));
        CHECK(write.error().message.contains(path));
        CHECK_FALSE(write.error().message.contains(QStringLiteral("damaged")));
    }
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("a read-only folder says read-only, never damaged", "[db][errors]")
{
    test::TempDir dir;
    const QString folder = dir.file(QStringLiteral("shop"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/crema.db");
    test::freshDatabase(dir, QStringLiteral("shop/crema.db")).reset();
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))); // closed cleanly: only the file
    const QByteArray before = test::fileHash(path);
    Immutable lock(folder);
    if (!lock.ok) {
        WARN("chattr +i does not work here (file system or capability): read-only folders are not tested");
        return;
    }
    // SQLite cannot make the -wal and -shm files a WAL database needs beside it.
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().message.toStdString());
    CHECK(opened.error().code == Error::Code::ReadOnly);
    CHECK(opened.error().message.contains(QStringLiteral("read-only")));
    CHECK(opened.error().message.contains(folder));
    CHECK_FALSE(opened.error().message.contains(QStringLiteral("damaged")));
    CHECK(test::fileHash(path) == before);

    OpenOptions create;
    create.create = true;
    auto created = Database::open(folder + QStringLiteral("/new.db"), create);
    REQUIRE_FALSE(created.ok());
    INFO(created.error().message.toStdString());
    CHECK(created.error().code == Error::Code::ReadOnly);
    CHECK(created.error().message.contains(folder));
    CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral("/new.db")));
}

TEST_CASE("a new file is made under a temporary name and appears only when complete", "[db][errors][init]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("shop.db"));
    const auto entries
        = [&] { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name); };
    StoreSetup setup;
    setup.storeName = QStringLiteral("Bean There");
    const QList<InitialStaff> owner {{QStringLiteral("Ona"), Role::Owner, QStringLiteral("4321")}};
    Clock clock;

    SECTION("a failure half-way leaves nothing")
    {
        bool sawTemp = false;
        auto s = Setup::createFile(path, [&](Database& db) -> Status {
            CREMA_TRY(Setup::initialise(db, clock, setup, owner));
            sawTemp = !QFileInfo::exists(path) && db.path() != path;
            return fail(Error::Code::BusinessRule, QStringLiteral("stopped on purpose"));
        });
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message == QStringLiteral("stopped on purpose"));
        CHECK(sawTemp);
        CHECK(entries().isEmpty());
    }
    SECTION("success leaves only the file, complete")
    {
        // What a killed init left behind (its process is gone) is cleared.
        const QString abandoned = dir.file(QStringLiteral(".shop.db.init-2147483646"));
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile f(abandoned + QLatin1String(suffix));
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("half");
        }
        REQUIRE_OK(Setup::createFile(path, [&](Database& db) { return Setup::initialise(db, clock, setup, owner); }));
        CHECK(entries() == QStringList {QStringLiteral("shop.db")});
        auto db = Database::open(path);
        REQUIRE_OK(db);
        CHECK(loadSite((*db)->connection())->storeName == QStringLiteral("Bean There"));
    }
    SECTION("an existing file is refused and left alone")
    {
        test::freshDatabase(dir, QStringLiteral("shop.db")).reset();
        const QByteArray before = test::fileHash(path);
        auto s = Setup::createFile(path, [](Database&) -> Status { return {}; });
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == Error::Code::Conflict);
        CHECK(test::fileHash(path) == before);
    }
}

#include "testsupport.h"

#include "common/clock.h"
#include "demo/democafe.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "storage/sql.h"
#include "store/site.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace crema::test {

TempDir::TempDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/crema-test-XXXXXX"))
{
    REQUIRE(m_dir.isValid());
}

std::shared_ptr<Database> freshDatabase(const TempDir& dir, const QString& name)
{
    OpenOptions options;
    options.create = true;
    auto db = Database::open(dir.file(name), options);
    REQUIRE_OK(db);
    return *db;
}

QString demoCopy(const TempDir& dir, const QString& name)
{
    static TempDir cache;
    static QString built;
    if (built.isEmpty()) {
        // Under ctest, the "fixture: demo café" test has made one already.
        const QString fixture = qEnvironmentVariable("CREMA_TEST_DEMO");
        if (!fixture.isEmpty() && QFileInfo::exists(fixture))
            built = fixture;
    }
    if (built.isEmpty()) {
        const QString path = cache.file(QStringLiteral("demo-master.db"));
        {
            auto db = freshDatabase(cache, QStringLiteral("demo-master.db"));
            auto stats = DemoCafe::seed(*db, QDate(2026, 11, 21));
            REQUIRE_OK(stats);
        } // closing the last connection checkpoints the WAL into the file
        built = path;
    }
    const QString target = dir.file(name);
    REQUIRE(QFile::copy(built, target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

std::shared_ptr<Database> openDemo(const TempDir& dir)
{
    auto db = Database::open(demoCopy(dir));
    REQUIRE_OK(db);
    return *db;
}

void openShift(const QString& path)
{
    auto db = Database::open(path);
    REQUIRE_OK(db);
    auto site = loadSite((*db)->connection());
    REQUIRE_OK(site);
    Clock clock;
    StaffService staff(**db, clock, site->terminalId, site->terminalUuid);
    ShiftService shifts(**db, clock, *site, staff);
    auto cashier = staff.login(QStringLiteral("1111"));
    REQUIRE_OK(cashier);
    REQUIRE_OK(shifts.open(*cashier, Money(10000)));
}

StaffMember owner(Database& db)
{
    auto site = loadSite(db.connection());
    REQUIRE_OK(site);
    Clock clock;
    StaffService staff(db, clock, site->terminalId, site->terminalUuid);
    auto people = staff.list();
    REQUIRE_OK(people);
    for (const StaffMember& m : *people) {
        if (m.role == Role::Owner)
            return m;
    }
    FAIL("no owner in the file");
    return {};
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

qint64 scalar(Database& db, const QString& sql, std::initializer_list<QVariant> values)
{
    auto v = queryScalar(db.connection(), sql, values, QStringLiteral("test query"));
    REQUIRE_OK(v);
    return v->toLongLong();
}

qint64 onHand(Database& db, const QString& ingredient)
{
    return scalar(db,
        QStringLiteral("SELECT s.on_hand FROM store_ingredients AS s JOIN ingredients AS i ON i.id = s.ingredient_id "
                       "WHERE i.name = ?"),
        {ingredient});
}

void rawExec(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        const bool ok = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace crema::test

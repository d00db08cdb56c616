#include "setupservice.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/ids.h"
#include "common/money.h"
#include "common/text.h"
#include "staff/pinhasher.h"
#include "storage/database.h"
#include "storage/scopedtransaction.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace crema::Setup {

const QStringList& languages()
{
    static const QStringList codes {
        QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("tr"), QStringLiteral("ru"), QStringLiteral("kk")};
    return codes;
}

Result<QString> checkStoreName(const QString& name)
{
    return text::clean(QStringLiteral("store name"), name, 80, text::Presence::Required);
}

Result<QString> checkAddress(const QString& address)
{
    // Printed line by line at the top of receipts: each line is checked as a name is.
    QStringList lines = address.trimmed().split(QLatin1Char('\n'));
    if (lines.size() > 5)
        return fail(Error::Code::InvalidInput, QStringLiteral("address: at most 5 lines, got %1").arg(lines.size()));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        auto line = text::clean(QStringLiteral("address line %1").arg(i + 1), lines[i], 80, text::Presence::Optional);
        if (!line)
            return line.error();
        lines[i] = *line;
    }
    lines.removeAll(QString());
    if (lines.isEmpty())
        return QStringLiteral(""); // not a null string: the column is NOT NULL
    return lines.join(QLatin1Char('\n'));
}

Status checkCurrency(const QString& code)
{
    auto digits = knownCurrencyMinorDigits(code);
    if (!digits)
        return fail(Error::Code::InvalidInput, QStringLiteral("currency: %1").arg(digits.error().message));
    return {};
}

Status checkTimeZone(const QString& id)
{
    static const QSet<QByteArray> known = [] {
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        return QSet<QByteArray>(ids.begin(), ids.end());
    }();
    if (!known.contains(id.toUtf8()))
        return fail(Error::Code::InvalidInput,
            QStringLiteral("time zone '%1': expected an IANA name such as Europe/London or Asia/Almaty").arg(id));
    return {};
}

Status checkLocale(const QString& name)
{
    // QLocale answers "C" (or the language's main country) for a name it does not know, so only a
    // name that comes back unchanged is one it will write money and dates for.
    if (name.size() < 4 || name == QLatin1String("C") || QLocale(name).name() != name)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("locale '%1': expected a locale name as language_COUNTRY, such as en_GB, fr_FR or kk_KZ")
                .arg(name));
    return {};
}

Status checkLanguage(const QString& code)
{
    if (!languages().contains(code))
        return fail(Error::Code::InvalidInput,
            QStringLiteral("language '%1': expected one of %2").arg(code, languages().join(QStringLiteral(", "))));
    return {};
}

Result<QString> checkTillName(const QString& name)
{
    return text::clean(QStringLiteral("till name"), name, 40, text::Presence::Required);
}

QList<SetupProblem> problems(const StoreSetup& setup, const QList<InitialStaff>& staff)
{
    QList<SetupProblem> found;
    const auto note = [&](SetupField field, const auto& checked, int index = -1) {
        if (!checked.ok())
            found.append(SetupProblem {field, index, checked.error().message});
    };
    note(SetupField::StoreName, checkStoreName(setup.storeName));
    note(SetupField::Address, checkAddress(setup.address));
    note(SetupField::Currency, checkCurrency(setup.currency));
    note(SetupField::TimeZone, checkTimeZone(setup.timeZone));
    note(SetupField::Locale, checkLocale(setup.locale));
    note(SetupField::Language, checkLanguage(setup.language));
    note(SetupField::TillName, checkTillName(setup.terminalName));
    if (staff.isEmpty()
        || std::none_of(staff.begin(), staff.end(), [](const InitialStaff& s) { return s.role == Role::Owner; }))
        found.append(SetupProblem {SetupField::Staff, -1, QStringLiteral("a new store needs an owner (name and PIN)")});
    QSet<QString> pins;
    QSet<QString> names;
    for (int i = 0; i < staff.size(); ++i) {
        const InitialStaff& s = staff[i];
        const auto name = text::cleanName(QStringLiteral("staff name"), s.name);
        note(SetupField::StaffName, name, i);
        if (name && names.contains(*name))
            found.append(
                SetupProblem {SetupField::StaffName, i, QStringLiteral("staff name '%1' appears twice").arg(*name)});
        if (auto v = PinHasher::validate(s.pin); !v.ok())
            found.append(SetupProblem {
                SetupField::StaffPin, i, QStringLiteral("PIN of %1: %2").arg(s.name.trimmed(), v.error().message)});
        else if (pins.contains(s.pin))
            found.append(SetupProblem {SetupField::StaffPin, i,
                QStringLiteral("PIN of %1: already used by another person").arg(s.name.trimmed())});
        pins.insert(s.pin);
        if (name)
            names.insert(*name);
    }
    return found;
}

Status validate(const StoreSetup& setup, const QList<InitialStaff>& staff)
{
    const QList<SetupProblem> found = problems(setup, staff);
    if (!found.isEmpty())
        return fail(Error::Code::InvalidInput, found.first().message);
    return {};
}

Status createSite(const QSqlDatabase& db, const Clock& clock, const StoreSetup& setup, const QList<InitialStaff>& staff)
{
    CREMA_TRY(validate(setup, staff));
    auto existing
        = queryScalar(db, QStringLiteral("SELECT count(*) FROM stores"), {}, QStringLiteral("checking for a store"));
    if (!existing)
        return existing.error();
    if (existing->toInt() > 0)
        return fail(Error::Code::Conflict, QStringLiteral("this database already has a store; use a new file"));

    const QString now = toDbTime(clock.nowUtc());
    const QString storeUuid = setup.storeUuid.isEmpty() ? newUuid() : setup.storeUuid;
    const QString terminalUuid = setup.terminalUuid.isEmpty() ? newUuid() : setup.terminalUuid;
    const QString address = *checkAddress(setup.address); // validated above
    SqlQuery store(db,
        QStringLiteral("INSERT INTO stores (uuid, name, address, currency, prices_include_tax, time_zone, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    store.bindAll({storeUuid, setup.storeName.trimmed(), address, setup.currency, setup.pricesIncludeTax ? 1 : 0,
        setup.timeZone, now});
    CREMA_TRY(store.run(QStringLiteral("creating the store")));
    const qint64 storeId = store.lastInsertId();
    // en_GB is the column's default (0013). Written only when it differs, so the demo café (which is
    // en_GB) can still be seeded at an older schema version, as the migration tests do.
    if (setup.locale != QLatin1String("en_GB")) {
        SqlQuery locale(db, QStringLiteral("UPDATE stores SET locale = ? WHERE id = ?"));
        locale.bindAll({setup.locale, storeId});
        CREMA_TRY(locale.run(QStringLiteral("recording how the store writes money and dates")));
    }

    SqlQuery terminal(
        db, QStringLiteral("INSERT INTO terminals (uuid, store_id, name, created_at) VALUES (?, ?, ?, ?)"));
    terminal.bindAll({terminalUuid, storeId, setup.terminalName.trimmed(), now});
    CREMA_TRY(terminal.run(QStringLiteral("creating the till")));
    const qint64 terminalId = terminal.lastInsertId();

    SqlQuery setting(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('terminal_uuid', ?)"));
    setting.bind(terminalUuid);
    CREMA_TRY(setting.run(QStringLiteral("recording which till this is")));
    // The till's own setting (TillSettings' `language`), so the first login is already in it. English
    // is the setting's default: stored only when it is another, so the setting reads as the default.
    if (setup.language != QLatin1String("en")) {
        SqlQuery language(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('language', ?)"));
        language.bind(setup.language);
        CREMA_TRY(language.run(QStringLiteral("recording this till's language")));
    }

    SqlQuery person(db,
        QStringLiteral("INSERT INTO staff (uuid, name, role_id, pin_hash, active, created_at) "
                       "VALUES (?, ?, (SELECT id FROM roles WHERE code = ?), ?, 1, ?)"));
    for (const InitialStaff& s : staff) {
        auto hash = PinHasher::hash(s.pin);
        if (!hash)
            return hash.error();
        person.bindAll({stableUuid(storeUuid + QStringLiteral("/staff/") + s.name), s.name.trimmed(), roleCode(s.role),
            *hash, now});
        CREMA_TRY(person.run(QStringLiteral("adding %1").arg(s.name)));
    }
    return AuditLog::record(db, clock, terminalId, 0, 0, QStringLiteral("store.init"),
        {{QStringLiteral("store"), setup.storeName.trimmed()},
            {QStringLiteral("staff"), static_cast<int>(staff.size())}});
}

Status initialise(Database& db, const Clock& clock, const StoreSetup& setup, const QList<InitialStaff>& staff)
{
    CREMA_TRY(validate(setup, staff));
    auto tx = ScopedTransaction::begin(db.connection());
    if (!tx)
        return tx.error();
    CREMA_TRY(createSite(db.connection(), clock, setup, staff));
    return tx->commit();
}

namespace {

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Temporary files of inits of this path whose process is gone (killed, or the machine lost power).
void removeAbandoned(const QFileInfo& target)
{
    const QDir folder = target.absoluteDir();
    const QString prefix = QStringLiteral(".%1.init-").arg(target.fileName());
    for (const QString& name : folder.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden)) {
        const QString rest = name.mid(prefix.size());
        bool ok = false;
        const qint64 pid = rest.toLongLong(&ok);
        if (!ok || pid <= 0)
            continue; // FILE-wal, FILE-shm: removed with their file
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)
            continue; // still running (or not ours to judge)
        removeWithCompanions(folder.filePath(name));
    }
}

// The rename is durable only once the folder's entry is on disk.
void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Status createFile(const QString& path, const std::function<Status(Database&)>& fill)
{
    const QFileInfo target(path);
    if (target.exists())
        return fail(Error::Code::Conflict,
            QStringLiteral("%1 already exists; init creates a new file (choose another path)").arg(path));
    removeAbandoned(target);
    const QString temp = target.absoluteDir().filePath(
        QStringLiteral(".%1.init-%2").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    removeWithCompanions(temp);
    const auto failed = [&](const Error& e) {
        removeWithCompanions(temp);
        // Messages name the file the person asked for, not the temporary one.
        Error out = e;
        out.message.replace(temp, path);
        return out;
    };
    const Status written = [&]() -> Status {
        OpenOptions create;
        create.create = true;
        auto db = Database::open(temp, create);
        if (!db)
            return db.error();
        CREMA_TRY(fill(**db));
        {
            SqlQuery checkpoint((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            CREMA_TRY(checkpoint.run(QStringLiteral("writing the new file")));
        }
        if (db->use_count() != 1)
            return fail(Error::Code::DatabaseError, QStringLiteral("the new file is still in use"));
        return {};
    }(); // closing the last connection leaves all of it in the main file
    if (!written)
        return failed(written.error());
    if (QFileInfo(temp + QStringLiteral("-wal")).size() > 0)
        return failed(fail(Error::Code::Io, QStringLiteral("%1: the new file was not written completely").arg(path)));
    QFile::remove(temp + QStringLiteral("-wal")); // an empty -wal or -shm holds nothing of the file
    QFile::remove(temp + QStringLiteral("-shm"));
    QFile file(temp);
    // Refuses to replace a file that appeared meanwhile (renameat2 RENAME_NOREPLACE on Linux).
    if (!file.rename(path))
        return failed(fail(QFileInfo::exists(path) ? Error::Code::Conflict : Error::Code::Io,
            QStringLiteral("cannot put the new file at %1: %2").arg(path, file.errorString())));
    syncFolder(target.absolutePath());
    return {};
}

} // namespace crema::Setup
